#include "opening/personfields.h"

#include "clientcore.h"
#include "domain/codetables.h"
#include "domain/identity.h"
#include "domain/mobile.h"
#include "domain/money.h"
#include "opening/openingform.h"
#include "session/usertext.h"
#include "shell/translations.h"
#include "widgets/fieldwidth.h"
#include "widgets/formsection.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace hpf::ui {

namespace {

const QString kWage = u"wageBaseFen"_qs;

QString codeLabel(const codes::Table &table, const QString &code)
{
    const bool zh = Translations::currentLanguage().startsWith(u"zh");
    return code + u' ' + table.label(code, zh ? u"zh" : u"en");
}

} // namespace

PersonFields::PersonFields(client::ClientCore *core, bool mobileRequired, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_mobileRequired(mobileRequired)
    , m_columns(new SectionColumns(this))
    , m_personBox(formSection(tr("Person"), this))
    , m_depositBox(formSection(tr("Deposit"), this))
    , m_docType(new QComboBox(this))
    , m_docNumber(new QLineEdit(this))
    , m_identity(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_mobile(new QLineEdit(this))
    , m_wage(new QLineEdit(this))
    , m_firstMonth(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_warning(new QLabel(this))
{
    m_docType->setObjectName(u"personDocumentType"_qs);
    for (const codes::Entry &e : codes::documentTypes().entries) {
        const QString code = QString::fromUtf16(e.code);
        m_docType->addItem(codeLabel(codes::documentTypes(), code), code);
    }
    m_docNumber->setObjectName(u"personDocumentNumber"_qs);
    m_identity->setObjectName(u"personIdentityInfo"_qs);
    m_name->setObjectName(u"personName"_qs);
    m_mobile->setObjectName(u"personMobile"_qs);
    m_wage->setObjectName(u"personWageBase"_qs);
    m_wage->setPlaceholderText(tr("yuan, e.g. 6,500.00"));
    m_firstMonth->setObjectName(u"personFirstMonth"_qs);
    m_firstMonth->setPlaceholderText(tr("YYYY-MM (empty: this month)"));
    m_preview->setObjectName(u"depositPreview"_qs);
    m_warning->setObjectName(u"depositWarning"_qs);
    m_warning->setStyleSheet(u"color: #a15c00; font-weight: bold;"_qs);
    m_warning->setWordWrap(true);
    m_preview->setWordWrap(true);

    fitToChars(m_docType, 24);
    fitToChars(m_docNumber, chars::identityNumber);
    fitToChars(m_name, chars::name);
    fitToChars(m_mobile, chars::phone + 4); // "+86 139-0000-0003" as typed
    fitToChars(m_wage, chars::amount);
    fitToChars(m_firstMonth, 24); // room for the placeholder
    m_identity->setWordWrap(true);
    // The person on the left (after the page's own sections), the deposit on the right.
    QFormLayout *person = sectionForm(m_personBox);
    person->addRow(tr("Document type:"), m_docType);
    person->addRow(tr("Document number:"), m_docNumber);
    person->addRow(QString(), m_identity);
    person->addRow(tr("Name:"), m_name);
    person->addRow(mobileRequired ? tr("Mobile number:") : tr("Mobile number (optional):"), m_mobile);
    QFormLayout *deposit = sectionForm(m_depositBox);
    deposit->addRow(tr("Wage base (yuan):"), m_wage);
    deposit->addRow(tr("First deposit month:"), m_firstMonth);
    deposit->addRow(tr("Monthly deposit:"), m_preview);
    deposit->addRow(QString(), m_warning);
    m_columns->addLeft(m_personBox);
    m_columns->addRight(m_depositBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_columns);

    connect(m_docType, &QComboBox::currentIndexChanged, this, &PersonFields::checkIdentity);
    connect(m_docNumber, &QLineEdit::textChanged, this, &PersonFields::checkIdentity);
    connect(m_wage, &QLineEdit::textChanged, this, &PersonFields::updatePreview);
    connect(m_firstMonth, &QLineEdit::textChanged, this, &PersonFields::updatePreview);
    updatePreview();
}

void PersonFields::addLeadingSection(QGroupBox *section, const QList<QWidget *> &inputs)
{
    m_columns->insertLeft(int(m_extra.isEmpty() ? 0 : 1), section);
    m_extra += inputs;
    // Tab as Enter: the page's inputs (made before these), then the person, then the deposit.
    const QList<QWidget *> order = this->inputs();
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

QList<QWidget *> PersonFields::inputs() const
{
    return m_extra + QList<QWidget *>{m_docType, m_docNumber, m_name, m_mobile, m_wage, m_firstMonth};
}

void PersonFields::checkIdentity()
{
    const QString text = m_docNumber->text();
    const auto type = identity::documentTypeFromCode(m_docType->currentData().toString());
    if (text.trimmed().isEmpty() || !type) {
        m_identity->clear();
        return;
    }
    auto id = identity::parse(*type, text, m_core->clock().today(), u"documentNumber"_qs);
    if (!id) {
        // Say nothing while a number is still being typed; length errors show on submit.
        const bool typing = id.error().code == u"identity.length" && text.trimmed().size() < 18;
        m_identity->setStyleSheet(u"color: #b00020;"_qs);
        m_identity->setText(typing ? QString() : client::usertext::describe(id.error()));
        return;
    }
    m_identity->setStyleSheet(QString());
    QStringList parts{id->number};
    if (id->birthDate.isValid())
        parts << tr("born %1").arg(id->birthDate.toString(Qt::ISODate));
    if (id->sex != identity::Sex::Unknown)
        parts << (id->sex == identity::Sex::Male ? tr("male") : tr("female"));
    m_identity->setText(parts.join(u" · "_qs));
}

void PersonFields::setPreviewFunction(PreviewFunction preview)
{
    m_previewFunction = std::move(preview);
    updatePreview();
}

QDate PersonFields::firstMonth() const
{
    auto month = parseMonth(m_firstMonth->text(), u"firstMonth"_qs);
    return month && *month ? **month : monthOf(m_core->clock().today());
}

void PersonFields::updatePreview()
{
    m_warning->clear();
    auto base = money::parse(m_wage->text(), kWage);
    if (!m_previewFunction || !base || *base <= 0) {
        m_preview->setStyleSheet(QString());
        m_preview->setText(tr("Enter the wage base to see the monthly deposit"));
        return;
    }
    const DepositPreview p = m_previewFunction(*base, firstMonth());
    if (p.error) {
        m_preview->setStyleSheet(u"color: #b00020;"_qs);
        m_preview->setText(client::usertext::describe(*p.error));
        return;
    }
    m_preview->setStyleSheet(QString());
    m_preview->setText(p.text);
    m_warning->setText(p.warning);
}

Result<client::api::PersonInput> PersonFields::collect() const
{
    const QString typeCode = m_docType->currentData().toString();
    const auto type = identity::documentTypeFromCode(typeCode);
    if (!type)
        return makeError(u"identity.document_type"_qs, u"documentType"_qs);
    auto id = identity::parse(*type, m_docNumber->text(), m_core->clock().today(), u"documentNumber"_qs);
    if (!id)
        return id.error();
    const QString name = m_name->text().simplified();
    if (name.isEmpty())
        return makeError(u"request.field_required"_qs, u"name"_qs);
    QString mobileNumber;
    if (m_mobileRequired || !m_mobile->text().trimmed().isEmpty()) {
        auto m = mobile::parse(m_mobile->text(), u"mobile"_qs);
        if (!m)
            return m.error();
        mobileNumber = *m;
    }
    auto base = money::parse(m_wage->text(), kWage);
    if (!base)
        return base.error();
    if (*base <= 0)
        return makeError(u"deposit.base_invalid"_qs, kWage);
    auto month = parseMonth(m_firstMonth->text(), u"firstMonth"_qs);
    if (!month)
        return month.error();
    if (m_previewFunction) {
        if (const DepositPreview p = m_previewFunction(*base, firstMonth()); p.error)
            return *p.error;
    }
    return client::api::PersonInput{typeCode, id->number, name, mobileNumber, *base, *month};
}

void PersonFields::clear()
{
    m_docType->setCurrentIndex(0);
    for (QLineEdit *e : {m_docNumber, m_name, m_mobile, m_wage, m_firstMonth})
        e->clear();
    m_identity->clear();
    updatePreview();
}

QString PersonFields::identityText() const
{
    return m_identity->text();
}

QString PersonFields::previewText() const
{
    return m_preview->text();
}

QString PersonFields::warningText() const
{
    return m_warning->text();
}

} // namespace hpf::ui
