#include "certificates/certificateissuepage.h"

#include "certificates/certificateprint.h"
#include "certificates/certificatetypeform.h"
#include "clientcore.h"
#include "domain/errortext.h"
#include "domain/identity.h"
#include "ops/operation.h"
#include "session/usertext.h"
#include "shell/pageregistry.h"
#include "transfer/transfertext.h"
#include "transfer/wrappedlabel.h"
#include "widgets/documentprinter.h"
#include "widgets/fieldwidth.h"
#include "widgets/formnavigator.h"
#include "widgets/formsection.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hpf::ui {

CertificateIssuePage::CertificateIssuePage(client::ClientCore *core, DocumentPrinter *printer,
                                           QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_printer(printer)
    , m_key(new QComboBox(this))
    , m_input(new QLineEdit(this))
    , m_find(new QPushButton(tr("Find"), this))
    , m_account(new QComboBox(this))
    , m_types(new CertificateTypeForm(core, this))
    , m_issue(new QPushButton(tr("Issue certificate"), this))
    , m_status(new QLabel(this))
    , m_result(new QLabel(this))
    , m_preview(new QPushButton(tr("Preview…"), this))
    , m_print(new QPushButton(tr("Print…"), this))
    , m_pdf(new QPushButton(tr("Save as PDF…"), this))
    , m_operation(new client::ops::Operation(core->outbox(), this))
{
    connect(m_operation, &client::ops::Operation::succeeded, this, &CertificateIssuePage::onIssued);
    connect(m_operation, &client::ops::Operation::failed, this,
            [this](const QString &message) { onRefused(message); });
    connect(m_operation, &client::ops::Operation::status, this, [this](const QString &text, bool error) {
        if (!error || !m_operation->isPending())
            return;
        // Not confirmed yet: the outbox resends it with the same id; Issue sends it again now.
        m_issue->setEnabled(true);
        setStatus(text, true);
        emit issueFailed(text);
    });
    setObjectName(u"certificateIssuePage"_qs);
    m_key->setObjectName(u"certificateKey"_qs);
    m_key->addItem(tr("Personal account number"), int(Key::PersonalAccount));
    m_key->addItem(tr("Identity number (resident ID card)"), int(Key::IdentityNumber));
    m_input->setObjectName(u"certificatePerson"_qs);
    m_input->setClearButtonEnabled(true);
    m_input->setMaxLength(40);
    m_account->setObjectName(u"certificateAccount"_qs);
    m_issue->setObjectName(u"certificateIssue"_qs);
    m_status->setObjectName(u"certificateStatus"_qs);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setObjectName(u"certificateResult"_qs);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setObjectName(u"certificatePreview"_qs);
    m_print->setObjectName(u"certificatePrint"_qs);
    m_pdf->setObjectName(u"certificatePdf"_qs);

    m_key->setAccessibleName(tr("Find by"));
    m_account->setAccessibleName(tr("Account"));
    fitToChars(m_input, chars::identityNumber);
    // Two sections: whose certificate (the person found) and which certificate.
    QWidget *content = scrolledContent(this);
    QFormLayout *personForm = nullptr;
    auto *person = formSection(tr("Person"), content, &personForm);
    personForm->addRow(tr("Find &by:"), m_key);
    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input);
    inputRow->addWidget(m_find);
    personForm->addRow(buddyLabel(tr("&Number:"), m_input, person), inputRow);
    personForm->addRow(tr("&Account:"), m_account);
    auto *certificate = new QGroupBox(tr("Certificate"), content);
    (new QVBoxLayout(certificate))->addWidget(m_types);
    auto *sections = new SectionRow(content);
    sections->addSection(person);
    sections->addSection(certificate, 1);
    auto *printRow = new QHBoxLayout;
    printRow->addWidget(m_result, 1);
    printRow->addWidget(m_preview);
    printRow->addWidget(m_print);
    printRow->addWidget(m_pdf);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(
        wrappedLabel(tr("Issue a personal certificate with a signed QR code (亮码可办). It prints "
                        "exactly what the server stored and signed."),
                     content));
    layout->addWidget(sections);
    layout->addWidget(m_issue, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addLayout(printRow);
    layout->addStretch();
    chainTabOrder({m_key, m_input, m_account, m_types->typeBox()});

    connect(m_input, &QLineEdit::returnPressed, this, &CertificateIssuePage::find);
    connect(m_find, &QPushButton::clicked, this, &CertificateIssuePage::find);
    connect(m_issue, &QPushButton::clicked, this, &CertificateIssuePage::issue);
    connect(m_types, &CertificateTypeForm::typeChanged, this, &CertificateIssuePage::rebuildNavigation);
    connect(m_types, &CertificateTypeForm::typesLoaded, this, [this](bool ok, const QString &message) {
        if (!message.isEmpty())
            setStatus(message, !ok || !m_types->issuingAvailable());
    });
    connect(m_preview, &QPushButton::clicked, this, [this] { m_printer->preview(printJob()); });
    connect(m_print, &QPushButton::clicked, this, [this] { m_printer->print(printJob()); });
    connect(m_pdf, &QPushButton::clicked, this,
            [this] { m_printer->exportPdf(printJob(), m_document.certificateNumber + u".pdf"_qs); });
    rebuildNavigation();
    reset();
}

void CertificateIssuePage::setKey(Key key)
{
    m_key->setCurrentIndex(m_key->findData(int(key)));
}

QString CertificateIssuePage::statusText() const
{
    return m_status->text();
}

void CertificateIssuePage::setStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? u"color: #b00020;"_qs : QString());
    m_status->setText(text);
}

void CertificateIssuePage::setResultVisible(bool visible)
{
    for (QWidget *w : {static_cast<QWidget *>(m_result), static_cast<QWidget *>(m_preview),
                       static_cast<QWidget *>(m_print), static_cast<QWidget *>(m_pdf)})
        w->setVisible(visible);
}

void CertificateIssuePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_types->isLoaded())
        m_types->load();
    if (m_input->text().isEmpty())
        m_input->setFocus();
}

void CertificateIssuePage::reset()
{
    m_input->clear();
    m_account->clear();
    m_types->clearInputs();
    m_operation->forget();
    m_certificate.reset();
    m_document = {};
    m_status->clear();
    m_result->clear();
    setResultVisible(false);
}

void CertificateIssuePage::rebuildNavigation()
{
    // Enter moves through the account, the type and the type's inputs; in the last one it issues.
    delete m_navigator;
    QList<QWidget *> fields{m_account};
    fields += m_types->fields();
    m_navigator = new FormNavigator(fields, this);
    connect(m_navigator, &FormNavigator::submitRequested, this, &CertificateIssuePage::issue);
}

QString CertificateIssuePage::pendingOperationId() const
{
    const auto state = m_operation->state();
    return state == client::ops::Operation::State::Idle || state == client::ops::Operation::State::Done
               ? QString()
               : m_operation->id();
}

void CertificateIssuePage::find()
{
    const QString text = m_input->text().trimmed();
    client::api::PersonQuery query;
    if (Key(m_key->currentData().toInt()) == Key::IdentityNumber) {
        auto parsed = identity::parse(identity::DocumentType::ResidentIdCard, text, m_core->clock().today());
        if (!parsed) {
            setStatus(errortext::describe(parsed.error()), true);
            return;
        }
        query.documentType = u"01"_qs;
        query.documentNumber = parsed->number;
    } else {
        const bool digits = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
        if (text.isEmpty() || !digits || text.size() > 20) {
            setStatus(tr("An account number has only digits (at most 20)"), true);
            return;
        }
        query.accountNumber = text;
    }
    m_account->clear();
    setStatus(tr("Searching…"), false);
    client::api::accounts::find(
        m_core->api(), query, this,
        [this](const client::api::Reply<client::api::AccountList> &reply) { onPersons(reply); });
}

void CertificateIssuePage::onPersons(const client::api::Reply<client::api::AccountList> &reply)
{
    if (!reply.ok()) {
        setStatus(reply.message, true);
        emit personsFound(0);
        return;
    }
    const QList<client::api::Account> &items = reply.value().items;
    for (const client::api::Account &p : items) {
        // Masked: the teller confirms the person against the document in hand, not from the screen.
        m_account->addItem(u"%1  %2  %3  %4"_qs.arg(p.accountNumber, identity::maskName(p.name),
                                                    identity::maskNumber(p.documentNumber),
                                                    TransferText::accountState(p.state)),
                           p.accountNumber);
    }
    setStatus(items.isEmpty() ? tr("Nobody found") : tr("%n account(s) found", nullptr, int(items.size())),
              items.isEmpty());
    if (!items.isEmpty())
        (items.size() > 1 ? static_cast<QWidget *>(m_account) : m_types->typeBox())->setFocus();
    emit personsFound(int(items.size()));
}

void CertificateIssuePage::issue()
{
    if (m_operation->isPending()) {
        m_operation->resend(); // not answered yet: the same operation again, never a second one
        return;
    }
    const QString account = m_account->currentData().toString();
    if (account.isEmpty()) {
        setStatus(tr("Find the person first"), true);
        m_input->setFocus();
        return;
    }
    if (const QString problem = m_types->check(); !problem.isEmpty()) {
        setStatus(problem, true);
        return;
    }
    if (!m_core->isOnline()) {
        setStatus(tr("Certificates are signed by the server: issuing needs the connection. Try again when it "
                     "is back"),
                  true);
        return;
    }
    // The same request again (after a refusal the teller retries) keeps its id: the server then
    // answers what it already decided instead of issuing a second certificate.
    const auto request =
        client::api::certificates::issue(m_types->typeCode(), account, m_types->inputs(), tr("Certificate"));
    if (!m_operation->start(request))
        return;
    m_issue->setEnabled(false);
    setStatus(tr("Issuing…"), false);
}

void CertificateIssuePage::onRefused(const QString &message)
{
    m_issue->setEnabled(true);
    setStatus(message, true);
    emit issueFailed(message);
}

void CertificateIssuePage::onIssued(const client::ops::Outcome &outcome)
{
    m_issue->setEnabled(true);
    auto certificate = outcome.as<client::api::Certificate>();
    if (!certificate) {
        onRefused(client::usertext::describe(certificate.error()));
        return;
    }
    m_certificate = *certificate;
    m_document = certificateDocument(*m_certificate);
    setStatus(QString(), false);
    m_result->setText(tr("Issued %1 No. %2, valid until %3")
                          .arg(m_document.title, m_document.certificateNumber,
                               m_document.validUntil.toString(Qt::ISODate)));
    setResultVisible(true);
    m_pdf->setFocus();
    emit issued(*m_certificate);
}

PrintJob CertificateIssuePage::printJob() const
{
    PrintJob job;
    job.title = m_document.title + u' ' + m_document.certificateNumber;
    job.pageCount = 1;
    job.paintPage = [doc = m_document](QPainter &painter, const QRectF &page, int) {
        printing::paintCertificate(painter, page, doc);
    };
    return job;
}

Status CertificateIssuePage::savePdf(const QString &path) const
{
    if (!m_certificate)
        return makeError(u"pdf.nothing"_qs, QString(), u"no certificate issued yet"_qs);
    return m_printer->savePdf(printJob(), path);
}

PageDescriptor CertificateIssuePage::descriptor()
{
    return {.code = u"4001"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Issue certificate"),
            .permission = u"certificates.issue"_qs,
            .shortcut = QKeySequence(Qt::Key_F8),
            .guideAnchor = u"七证明亮码可办"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new CertificateIssuePage(context.core(), context.printer(), parent);
                resetOnSignOut(context, page);
                return page;
            }};
}

} // namespace hpf::ui
