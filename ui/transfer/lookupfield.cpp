#include "transfer/lookupfield.h"

#include "clientcore.h"
#include "domain/accountnumber.h"
#include "domain/errortext.h"
#include "transfer/transfertext.h"
#include "widgets/fieldwidth.h"
#include "widgets/formsection.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace hpf::ui {

TransferLookupField::TransferLookupField(client::ClientCore *core, Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_kind(kind)
    , m_edit(new QLineEdit(this))
    , m_info(new QLabel(this))
{
    m_edit->setMaxLength(40);
    fitToChars(m_edit, chars::accountNumber);
    m_info->setObjectName(u"lookupInfo"_qs);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_info);
    setFocusProxy(m_edit);
    // Enter moves to the next field (the form's navigator); leaving the field loads what was typed.
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (!m_edit->text().trimmed().isEmpty() && number() != m_requested)
            load();
    });
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_requested.clear();
        m_account.reset();
        m_unit.reset();
        m_info->clear();
    });
}

void TransferLookupField::addTo(QFormLayout *form, const QString &label)
{
    form->addRow(label, this);
    labelInput(form, this, m_edit);
}

QGroupBox *TransferLookupField::summaryPanel(const QList<std::pair<QString, TransferLookupField *>> &fields,
                                             QWidget *parent)
{
    auto *box = new QGroupBox(tr("Looked up"), parent);
    box->setObjectName(u"lookupSummary"_qs);
    auto *form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const auto &[caption, field] : fields) {
        // Room for a typical answer, so the panel does not jump when the lookup arrives.
        field->m_info->setMinimumWidth(field->m_info->fontMetrics().averageCharWidth() * 24);
        form->addRow(caption, field->m_info);
    }
    return box;
}

QString TransferLookupField::infoText() const
{
    return m_info->text();
}

Status TransferLookupField::validate() const
{
    const auto kind = m_kind == Kind::Unit ? accountnumber::Kind::Unit : accountnumber::Kind::Personal;
    auto parsed = accountnumber::parse(m_edit->text(), kind);
    if (!parsed)
        return parsed.error();
    return {};
}

QString TransferLookupField::number() const
{
    const auto kind = m_kind == Kind::Unit ? accountnumber::Kind::Unit : accountnumber::Kind::Personal;
    auto parsed = accountnumber::parse(m_edit->text(), kind);
    return parsed ? parsed->number : QString();
}

void TransferLookupField::setText(const QString &number)
{
    m_edit->setText(number);
    load();
}

void TransferLookupField::clear()
{
    m_edit->clear();
    m_info->clear();
    m_requested.clear();
    m_account.reset();
    m_unit.reset();
}

void TransferLookupField::showInfo(const QString &text, bool error)
{
    TransferText::setStatus(m_info, text, error);
}

void TransferLookupField::load()
{
    m_account.reset();
    m_unit.reset();
    if (Status s = validate(); !s) {
        m_requested.clear();
        showInfo(errortext::describe(s.error()), true);
        emit loaded(false);
        return;
    }
    const QString requested = number();
    m_edit->setText(requested);
    m_requested = requested;
    showInfo(tr("Loading…"), false);
    if (m_kind == Kind::Unit) {
        client::api::openings::fetchUnit(
            m_core->api(), requested, this,
            [this, requested](const client::api::Reply<client::api::Unit> &reply) {
                if (requested != m_requested)
                    return; // the teller typed another number meanwhile
                if (!reply.ok()) {
                    showInfo(reply.message, true);
                    emit loaded(false);
                    return;
                }
                m_unit = reply.value();
                showInfo(TransferText::unit(m_unit->name, m_unit->state), m_unit->state != u"01");
                emit loaded(true);
            });
        return;
    }
    client::api::accounts::fetch(m_core->api(), requested, this,
                                 [this, requested](const client::api::Reply<client::api::Account> &reply) {
                                     if (requested != m_requested)
                                         return;
                                     if (!reply.ok()) {
                                         showInfo(reply.message, true);
                                         emit loaded(false);
                                         return;
                                     }
                                     m_account = reply.value();
                                     showInfo(TransferText::account(*m_account),
                                              TransferText::isRestricted(*m_account) ||
                                                  m_account->state != u"01");
                                     emit loaded(true);
                                 });
}

} // namespace hpf::ui
