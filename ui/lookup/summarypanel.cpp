#include "lookup/summarypanel.h"

#include "clientcore.h"
#include "domain/identity.h"
#include "domain/money.h"
#include "lookup/lookuptext.h"
#include "reference/referencesync.h"
#include "transfer/lookupfield.h"
#include "widgets/formsection.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace hpf::ui {

QWidget *SummaryPanel::besideForm(QLayout *form, Kind kind, TransferLookupField *field,
                                  client::ClientCore *core, QWidget *parent)
{
    auto *summary = new SummaryPanel(kind, core, parent);
    summary->follow(field);
    auto *formPane = new QWidget(parent);
    form->setContentsMargins(0, 0, 0, 0);
    // At 200 % a long label goes above its field rather than widening the page.
    if (auto *rows = qobject_cast<QFormLayout *>(form))
        rows->setRowWrapPolicy(QFormLayout::WrapLongRows);
    formPane->setLayout(form);
    auto *columns = new SectionColumns(parent);
    columns->addLeft(formPane);
    columns->addRight(summary);
    return columns;
}

SummaryPanel::SummaryPanel(Kind kind, client::ClientCore *core, QWidget *parent)
    : QGroupBox(kind == Kind::Unit ? tr("The unit") : tr("The person"), parent)
    , m_kind(kind)
    , m_core(core)
    , m_form(new QFormLayout(this))
    , m_empty(new QLabel(this))
{
    setObjectName(kind == Kind::Unit ? u"unitSummary"_qs : u"personSummary"_qs);
    m_empty->setWordWrap(true);
    m_empty->setText(kind == Kind::Unit ? tr("Type the unit account number and press Enter")
                                        : tr("Type the personal account number and press Enter"));
    m_form->addRow(m_empty);
    if (kind == Kind::Unit) {
        addRow(u"unitAccount"_qs, tr("Unit account:"));
        addRow(u"name"_qs, tr("Unit name:"));
        addRow(u"state"_qs, tr("State:"));
        addRow(u"branch"_qs, tr("Branch:"));
        addRow(u"ratios"_qs, tr("Deposit ratios (unit / personal):"));
    } else {
        addRow(u"accountNumber"_qs, tr("Personal account:"));
        addRow(u"name"_qs, tr("Name:"));
        addRow(u"state"_qs, tr("State:"));
        addRow(u"unitAccount"_qs, tr("Unit account:"));
        addRow(u"balance"_qs, tr("Balance:"));
        addRow(u"available"_qs, tr("Available:"));
    }
    clear();
}

void SummaryPanel::addRow(const QString &key, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName() + u'_' + key);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true); // a long unit name wraps instead of widening the page
    m_form->addRow(label, value);
    m_values.insert(key, value);
}

void SummaryPanel::follow(TransferLookupField *field)
{
    connect(field, &TransferLookupField::loaded, this, [this, field](bool ok) {
        if (ok)
            fill(field);
        else
            clear();
    });
    // Edited, or emptied by the page's reset (a new teller signs in): what is shown no longer
    // belongs to the number in the field.
    connect(field->edit(), &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString shown = value(m_kind == Kind::Unit ? u"unitAccount"_qs : u"accountNumber"_qs);
        if (shown.isEmpty() || text.trimmed() != shown)
            clear();
    });
}

void SummaryPanel::clear()
{
    for (QLabel *value : std::as_const(m_values)) {
        value->clear();
        m_form->setRowVisible(value, false);
    }
    m_empty->setVisible(true);
}

QString SummaryPanel::value(const QString &key) const
{
    const QLabel *label = m_values.value(key);
    return label ? label->text() : QString();
}

void SummaryPanel::fill(const TransferLookupField *field)
{
    QHash<QString, QString> texts;
    if (m_kind == Kind::Unit && field->unit()) {
        const client::api::Unit &u = *field->unit();
        texts = {
            {u"unitAccount"_qs, u.unitAccount},
            {u"name"_qs, u.name},
            {u"state"_qs, LookupText::unitState(u.state)},
            // The branch by its name as well as its number (0001 中心营业部).
            {u"branch"_qs, QString(u.branch + u' ' + m_core->reference()->branchName(u.branch)).trimmed()},
            {u"ratios"_qs,
             u.unitRatio.isEmpty() ? QString() : u"%1 % / %2 %"_qs.arg(u.unitRatio, u.personalRatio)}};
    } else if (m_kind == Kind::Person && field->account()) {
        const client::api::Account &a = *field->account();
        const auto amount = [](const std::optional<qint64> &fen) {
            return fen ? money::format(*fen) : QString();
        };
        texts = {{u"accountNumber"_qs, a.accountNumber},
                 {u"name"_qs, identity::maskName(a.name)},
                 {u"state"_qs, LookupText::accountState(a.state)},
                 {u"unitAccount"_qs, a.unitAccount},
                 {u"balance"_qs, amount(a.balanceFen)},
                 {u"available"_qs, amount(a.availableFen)}};
    } else {
        clear();
        return;
    }
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        const QString text = texts.value(it.key());
        it.value()->setText(text);
        m_form->setRowVisible(it.value(), !text.isEmpty());
    }
    m_empty->setVisible(false);
}

} // namespace hpf::ui
