#include "judicial/requestform.h"

#include "domain/codetables.h"
#include "domain/money.h"
#include "judicial/judicialtext.h"
#include "shell/translations.h"
#include "widgets/fieldwidth.h"
#include "widgets/formsection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QVBoxLayout>

namespace hpf::ui {

namespace {

using judicial::RequestType;

const QString kDatePlaceholder = u"YYYY-MM-DD"_qs;

// "2026-12-04" or "20261204" (the counter's short form).
std::optional<QDate> parseDate(const QString &text)
{
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid() && t.size() == 8)
        d = QDate::fromString(t, u"yyyyMMdd"_qs);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

QString codeLanguage()
{
    return Translations::currentLanguage().startsWith(u"en") ? u"en"_qs : u"zh"_qs;
}

} // namespace

JudicialRequestForm::JudicialRequestForm(QWidget *parent)
    : QWidget(parent)
    , m_amountBox(new QGroupBox(tr("Amount and period"), this))
    , m_deductBox(new QGroupBox(tr("Deduction: payee and case facts"), this))
{
    setObjectName(u"judicialRequestForm"_qs);
    auto *courtBox = new QGroupBox(tr("Court and documents"), this);
    auto *court = new QFormLayout(courtBox);
    addCombo(court, u"courtCode"_qs, tr("Court:"));
    addEdit(court, u"caseNumber"_qs, tr("Case number:"), 30, u"（2026）京0105执1234号"_qs);
    addEdit(court, u"ruling.number"_qs, tr("Enforcement ruling no.:"), 24);
    addEdit(court, u"ruling.date"_qs, tr("Ruling date:"), 10, kDatePlaceholder);
    addEdit(court, u"notice.number"_qs, tr("Notice of assistance no.:"), 24);
    addEdit(court, u"notice.date"_qs, tr("Notice date:"), 10, kDatePlaceholder);

    auto *officerBox = new QGroupBox(tr("Enforcement officers (both present, cards checked)"), this);
    auto *officers = new QFormLayout(officerBox);
    for (int i = 0; i < 2; ++i) {
        const QString p = u"officers[%1]."_qs.arg(i);
        addEdit(officers, p + u"name"_qs, tr("Officer %1 name:").arg(i + 1), chars::name);
        addEdit(officers, p + u"workCard"_qs, tr("Work card no.:"), 18);
        addEdit(officers, p + u"dutyCard"_qs, tr("Enforcement duty card no.:"), 18);
    }

    auto *amount = new QFormLayout(m_amountBox);
    addCheck(amount, u"wholeBalance"_qs, tr("Freeze the whole balance"));
    addEdit(amount, u"amountFen"_qs, tr("Amount (yuan):"), chars::amount);
    addEdit(amount, u"startDate"_qs, tr("Freeze from:"), 10, kDatePlaceholder);
    addEdit(amount, u"endDate"_qs, tr("Freeze until (inclusive):"), 10, kDatePlaceholder);
    addEdit(amount, u"newEndDate"_qs, tr("Renewed until (inclusive):"), 10, kDatePlaceholder);
    addCombo(amount, u"grounds"_qs, tr("Grounds for unfreezing:"));
    addEdit(amount, u"groundsText"_qs, tr("Grounds explained:"), 40);

    auto *deduct = new QFormLayout(m_deductBox);
    addCheck(deduct, u"courtOrdered"_qs, tr("The court orders the deduction explicitly"));
    auto *condition = addCombo(deduct, u"withdrawalCondition"_qs, tr("Withdrawal condition met:"));
    condition->addItem(tr("(none)"), QString());
    const QString language = codeLanguage();
    for (const codes::Entry &e : codes::withdrawalReasons().entries) {
        const QString code = QString::fromUtf16(e.code);
        condition->addItem(code + u' ' + codes::withdrawalReasons().label(code, language), code);
    }
    addEdit(deduct, u"payee.bank"_qs, tr("Payee bank:"), 24);
    addEdit(deduct, u"payee.name"_qs, tr("Payee account name:"), 24);
    addEdit(deduct, u"payee.account"_qs, tr("Payee account number:"), 24);
    addEdit(deduct, u"caseCause"_qs, tr("Cause of action:"), 16);
    auto *kind = addCombo(deduct, u"documentKind"_qs, tr("Basis document:"));
    kind->addItem(tr("Judgment"), u"judgment"_qs);
    kind->addItem(tr("Mediation statement"), u"mediation"_qs);
    kind->addItem(tr("Payment order"), u"payment_order"_qs);
    kind->addItem(tr("Other"), u"other"_qs);
    addEdit(deduct, u"filedOn"_qs, tr("Case filed on:"), 10, kDatePlaceholder);
    addEdit(deduct, u"creditor.name"_qs, tr("Creditor name:"), chars::name);
    addEdit(deduct, u"creditor.address"_qs, tr("Creditor address:"), 40);
    addEdit(deduct, u"creditor.unitName"_qs, tr("Creditor employer:"), 24);

    // Two sections side by side where the page is wide, one under the other at a large font.
    auto *documents = new SectionRow(this);
    documents->addSection(courtBox);
    documents->addSection(officerBox, 1);
    auto *money = new SectionRow(this);
    money->addSection(m_amountBox);
    money->addSection(m_deductBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(documents);
    layout->addWidget(money);
    connect(qobject_cast<QCheckBox *>(input(u"wholeBalance"_qs)), &QCheckBox::toggled, this,
            &JudicialRequestForm::updateRows);
    updateRows();
}

QLineEdit *JudicialRequestForm::addEdit(QFormLayout *form, const QString &path, const QString &label,
                                        int chars, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(u"judicial."_qs + path);
    edit->setPlaceholderText(placeholder);
    // Sized to what it holds: a date is short, an address long (and room for the placeholder).
    fitToChars(edit, std::max(chars, int(placeholder.size())));
    form->addRow(label, edit);
    connect(edit, &QLineEdit::textEdited, this, &JudicialRequestForm::edited);
    m_inputs.insert(path, edit);
    m_formOf.insert(path, form);
    m_order.append(edit);
    return edit;
}

QComboBox *JudicialRequestForm::addCombo(QFormLayout *form, const QString &path, const QString &label)
{
    auto *box = new QComboBox(this);
    box->setObjectName(u"judicial."_qs + path);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Named after its label even before its items arrive (on Linux a combo's name is otherwise its text).
    box->setAccessibleName(accessibleNameOf(label));
    form->addRow(label, box);
    connect(box, &QComboBox::activated, this, &JudicialRequestForm::edited);
    m_inputs.insert(path, box);
    m_formOf.insert(path, form);
    m_order.append(box);
    return box;
}

QCheckBox *JudicialRequestForm::addCheck(QFormLayout *form, const QString &path, const QString &label)
{
    auto *box = new QCheckBox(label, this);
    box->setObjectName(u"judicial."_qs + path);
    form->addRow(box);
    connect(box, &QCheckBox::toggled, this, &JudicialRequestForm::edited);
    m_inputs.insert(path, box);
    m_formOf.insert(path, form);
    m_order.append(box);
    return box;
}

QLineEdit *JudicialRequestForm::lineEdit(const QString &path) const
{
    return qobject_cast<QLineEdit *>(input(path));
}

void JudicialRequestForm::setCourts(const QList<client::api::JudicialCourt> &courts,
                                    const QStringList &grounds)
{
    auto *court = qobject_cast<QComboBox *>(input(u"courtCode"_qs));
    const QString current = court->currentData().toString();
    const bool english = codeLanguage() == u"en";
    court->clear();
    court->addItem(tr("(choose the court)"), QString());
    for (const auto &c : courts)
        court->addItem(c.code + u' ' + (english && !c.nameEn.isEmpty() ? c.nameEn : c.name), c.code);
    court->setCurrentIndex(std::max(0, court->findData(current)));
    auto *box = qobject_cast<QComboBox *>(input(u"grounds"_qs));
    const QString ground = box->currentData().toString();
    box->clear();
    box->addItem(tr("(choose the grounds)"), QString());
    for (const QString &g : grounds)
        box->addItem(JudicialText::groundsName(g), g);
    box->setCurrentIndex(std::max(0, box->findData(ground)));
}

void JudicialRequestForm::setType(RequestType type)
{
    m_type = type;
    updateRows();
}

void JudicialRequestForm::setRowShown(const QString &path, bool shown)
{
    QWidget *w = input(path);
    if (QFormLayout *form = m_formOf.value(path))
        form->setRowVisible(w, shown);
}

void JudicialRequestForm::updateRows()
{
    const bool freeze = m_type == RequestType::Freeze;
    const bool whole = qobject_cast<QCheckBox *>(input(u"wholeBalance"_qs))->isChecked();
    setRowShown(u"wholeBalance"_qs, freeze);
    setRowShown(u"amountFen"_qs,
                (freeze && !whole) || m_type == RequestType::Unfreeze || m_type == RequestType::Deduct);
    setRowShown(u"startDate"_qs, freeze);
    setRowShown(u"endDate"_qs, freeze);
    setRowShown(u"newEndDate"_qs, m_type == RequestType::Renew);
    setRowShown(u"grounds"_qs, m_type == RequestType::Unfreeze);
    setRowShown(u"groundsText"_qs, m_type == RequestType::Unfreeze);
    m_deductBox->setVisible(m_type == RequestType::Deduct);
    if (auto *amount = lineEdit(u"amountFen"_qs))
        amount->setPlaceholderText(m_type == RequestType::Unfreeze ? tr("empty: the whole freeze")
                                                                   : QString());
}

bool JudicialRequestForm::focusField(const QString &path)
{
    QWidget *w = input(path);
    if (!w && path == u"officers")
        w = input(u"officers[0].name"_qs);
    if (!w || !w->isVisibleTo(this))
        return false;
    w->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        edit->selectAll();
    return true;
}

QHash<QString, QString> JudicialRequestForm::values() const
{
    QHash<QString, QString> out;
    for (auto it = m_inputs.cbegin(); it != m_inputs.cend(); ++it) {
        if (auto *edit = qobject_cast<QLineEdit *>(it.value()))
            out.insert(it.key(), edit->text());
        else if (auto *box = qobject_cast<QComboBox *>(it.value()))
            out.insert(it.key(), box->currentData().toString());
        else if (auto *check = qobject_cast<QCheckBox *>(it.value()))
            out.insert(it.key(), check->isChecked() ? u"1"_qs : QString());
    }
    return out;
}

void JudicialRequestForm::setValues(const QHash<QString, QString> &values)
{
    const QSignalBlocker blocker(this);
    for (auto it = m_inputs.cbegin(); it != m_inputs.cend(); ++it) {
        const QString value = values.value(it.key());
        if (auto *edit = qobject_cast<QLineEdit *>(it.value()))
            edit->setText(value);
        else if (auto *box = qobject_cast<QComboBox *>(it.value()))
            box->setCurrentIndex(std::max(0, box->findData(value)));
        else if (auto *check = qobject_cast<QCheckBox *>(it.value()))
            check->setChecked(!value.isEmpty());
    }
    updateRows();
}

void JudicialRequestForm::clear()
{
    setValues({});
}

Result<judicial::Request> JudicialRequestForm::build(const QString &accountNumber, qint64 holdId) const
{
    const QHash<QString, QString> v = values();
    const auto text = [&](const char *path) { return v.value(QString::fromLatin1(path)).trimmed(); };
    std::optional<Error> error;
    const auto date = [&](const char *path, bool shown = true) -> QDate {
        const QString t = text(path);
        if (t.isEmpty() || !shown)
            return {};
        if (const auto d = parseDate(t))
            return *d;
        if (!error)
            error = makeError(u"judicial.date_format"_qs, QString::fromLatin1(path));
        return {};
    };
    const auto amount = [&]() -> qint64 {
        const QString t = text("amountFen");
        if (t.isEmpty())
            return 0;
        auto fen = money::parse(t, u"amountFen"_qs);
        if (!fen) {
            if (!error)
                error = Error{fen.error().code, u"amountFen"_qs, fen.error().detail};
            return 0;
        }
        return *fen;
    };

    judicial::Request r;
    r.type = m_type;
    r.accountNumber = accountNumber.trimmed();
    r.courtCode = text("courtCode");
    r.caseNumber = judicial::normalizeCaseNumber(text("caseNumber"));
    r.ruling = {text("ruling.number"), date("ruling.date")};
    r.notice = {text("notice.number"), date("notice.date")};
    for (int i = 0; i < 2; ++i) {
        const auto p = [i](const char *part) -> QString {
            return u"officers[%1]."_qs.arg(i) + QLatin1String(part);
        };
        r.officers.append({v.value(p("name")).trimmed(), v.value(p("workCard")).trimmed(),
                           v.value(p("dutyCard")).trimmed()});
    }
    switch (m_type) {
    case RequestType::Freeze:
        r.wholeBalance = !text("wholeBalance").isEmpty();
        r.amountFen = r.wholeBalance ? 0 : amount();
        r.startDate = date("startDate");
        r.endDate = date("endDate");
        break;
    case RequestType::Renew:
        r.newEndDate = date("newEndDate");
        break;
    case RequestType::Unfreeze:
        r.amountFen = amount();
        r.grounds = text("grounds");
        r.groundsText = text("groundsText");
        break;
    case RequestType::Deduct:
        r.amountFen = amount();
        r.courtOrdered = !text("courtOrdered").isEmpty();
        r.withdrawalCondition = text("withdrawalCondition");
        r.payee = {text("payee.bank"), text("payee.name"), text("payee.account")};
        r.caseCause = text("caseCause");
        r.documentKind =
            judicial::documentKindFromCode(text("documentKind")).value_or(judicial::DocumentKind::Judgment);
        r.filedOn = date("filedOn");
        r.creditor.name = text("creditor.name");
        r.creditor.address = text("creditor.address");
        r.creditor.unitName = text("creditor.unitName");
        break;
    case RequestType::Query:
        break;
    }
    if (m_type != RequestType::Freeze)
        r.holdId = holdId;
    if (error)
        return *error;
    return r;
}

} // namespace hpf::ui
