#pragma once

#include "api/accounts.h"
#include "api/openings.h"

#include <QWidget>
#include <optional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace hpf::client {
class ClientCore;
}

namespace hpf::ui {

// An account number input with what the server says about it underneath: for a personal account
// the state, masked name, unit, balance and 受限 (money held); for a unit its name and state. The
// number's check character is verified as typed; leaving the field (Enter moves on) loads it. The
// pages read the typed value; the lookup only informs the teller (the server decides).
class TransferLookupField : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Personal, Unit };

    TransferLookupField(client::ClientCore *core, Kind kind, QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }
    // A row of `form`: the label is the edit's buddy and gives it its accessible name.
    void addTo(QFormLayout *form, const QString &label);
    // What the lookup found, for a page that shows it beside the form instead of under the field
    // (the page lays the label out; it stays this field's to fill).
    QLabel *infoLabel() const { return m_info; }
    QString infoText() const;
    // The typed number, normalised (half-width, no spaces); empty when it does not parse.
    QString number() const;
    // The parse error of the typed number, for the page to show before sending anything.
    Status validate() const;
    // Validates and loads (no request when invalid: the error is shown under the field).
    void load();
    void clear();
    void setText(const QString &number);
    const std::optional<client::api::Account> &account() const { return m_account; }
    const std::optional<client::api::Unit> &unit() const { return m_unit; }

    // The section beside a form that shows what each field looked up ("Looked up": the account's
    // state, masked name, unit and balance; the unit's name and state), each under its caption.
    static QGroupBox *summaryPanel(const QList<std::pair<QString, TransferLookupField *>> &fields,
                                   QWidget *parent);

signals:
    void loaded(bool ok);

private:
    void showInfo(const QString &text, bool error);

    client::ClientCore *m_core;
    Kind m_kind;
    QLineEdit *m_edit;
    QLabel *m_info;
    QString m_requested; // the number whose answer is awaited or shown
    std::optional<client::api::Account> m_account;
    std::optional<client::api::Unit> m_unit;
};

} // namespace hpf::ui
