#pragma once

#include <QGroupBox>
#include <QHash>

class QFormLayout;
class QLayout;
class QLabel;

namespace hpf::client {
class ClientCore;
}

namespace hpf::ui {

class TransferLookupField;

// The looked-up unit or person beside a form (2101–2105, 2201, 2202): what the server says about
// the number typed in a TransferLookupField, one labelled line each (单位名称, 状态, 网点 …), codes
// as their display text, a person's name and document number masked. Empty until a number loads.
class SummaryPanel : public QGroupBox
{
    Q_OBJECT
public:
    enum class Kind { Unit, Person };

    SummaryPanel(Kind kind, client::ClientCore *core, QWidget *parent = nullptr);
    // The page's form on the left and a panel following `field` beside it (under it where the page
    // is narrow): the top of the 2101–2105 and 2201 pages.
    static QWidget *besideForm(QLayout *form, Kind kind, TransferLookupField *field, client::ClientCore *core,
                               QWidget *parent);
    // Fills from `field` each time it loads; empties when the number is edited or fails.
    void follow(TransferLookupField *field);
    void clear();
    // A shown value by key: unitAccount, name, state, branch, ratios (unit); accountNumber, name,
    // state, unitAccount, balance, available (person).
    QString value(const QString &key) const;

private:
    void addRow(const QString &key, const QString &label);
    void fill(const TransferLookupField *field);

    Kind m_kind;
    client::ClientCore *m_core;
    QFormLayout *m_form;
    QLabel *m_empty;
    QHash<QString, QLabel *> m_values;
};

} // namespace hpf::ui
