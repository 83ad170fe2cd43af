#pragma once

#include "api/transfers.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace hpf::client {
class ClientCore;
}

namespace hpf::ui {

// The table of cross-city transfers shared by 5102 (the sending center's inbox) and 5103 (the
// query): one row per transfer (letter, direction, status label, person masked, other center,
// amount, last change), newest first as the server lists them, with more pages on request; the
// selected transfer is read in full (GET, with its history) into the details underneath.
class CrossBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit CrossBrowser(client::ClientCore *core, QWidget *parent = nullptr);

    // Loads the first page of `query`; sorted with statuses `first` on top (e.g. 02 and 06 for the inbox).
    void load(const client::api::CrossListQuery &query, const QStringList &first = {});
    void loadMore();
    void reloadCurrent();
    void clear();

    QTableWidget *table() const { return m_table; }
    int rowCount() const;
    bool hasMore() const { return !m_nextCursor.isEmpty(); }
    // The selected transfer as GET returned it (with history); empty until it arrived.
    const std::optional<client::api::CrossTransfer> &current() const { return m_current; }
    QString detailsText() const;
    // Selects the row of this letter; false when it is not listed.
    bool select(const QString &letterNumber);

signals:
    void loaded(bool ok, const QString &message);
    void currentChanged(); // the full transfer of the selected row arrived (or the selection is gone)

private:
    void fill();
    void onRowChanged();

    client::ClientCore *m_core;
    QTableWidget *m_table;
    QLabel *m_details;
    client::api::CrossListQuery m_query;
    QStringList m_first;
    QList<client::api::CrossTransfer> m_items;
    QString m_nextCursor;
    QString m_wanted; // the letter whose GET is awaited
    std::optional<client::api::CrossTransfer> m_current;
};

} // namespace hpf::ui
