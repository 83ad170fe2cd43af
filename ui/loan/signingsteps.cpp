// 7003 面签, the steps: the devices' answers, the operations posted for them and their answers,
// the contract rendered and signed, printing and saving. The page itself: signingpage.cpp.
#include "clientcore.h"
#include "contractdoc.h"
#include "domain/errortext.h"
#include "domain/signermatch.h"
#include "loan/loantext.h"
#include "loan/signingcontract.h"
#include "loan/signingdevices.h"
#include "loan/signingpage.h"
#include "logging.h"
#include "ops/operation.h"
#include "session/usertext.h"
#include "shell/pageregistry.h"
#include "widgets/documentprinter.h"
#include "widgets/signaturepad.h"

#include <QBuffer>
#include <QComboBox>
#include <QFileDialog>
#include <QImageWriter>
#include <QLabel>
#include <QLineEdit>
#include <QPdfWriter>
#include <QSaveFile>

namespace hpf::ui {

namespace {

constexpr int kPhotoSide = 800; // a face at the counter; well under the server's 2 MiB

// The live photo as the server takes it: JPEG where the image plugin is there, else PNG.
QByteArray encodePhoto(const QImage &image)
{
    const QImage scaled =
        image.width() > kPhotoSide || image.height() > kPhotoSide
            ? image.scaled(kPhotoSide, kPhotoSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
            : image;
    const bool jpeg = QImageWriter::supportedImageFormats().contains("jpeg");
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    scaled.convertToFormat(QImage::Format_RGB32).save(&buffer, jpeg ? "JPEG" : "PNG", jpeg ? 85 : -1);
    return bytes;
}

} // namespace

QStringList LoanSigningPage::partyRoles() const
{
    QStringList roles;
    if (m_contract)
        for (const client::api::LoanContractParty &p : m_contract->parties)
            roles.append(p.role);
    return roles;
}

void LoanSigningPage::send(Sent sent, const client::ops::Request &request)
{
    m_sent = sent;
    m_note->clear();
    m_operation->start(request, client::ops::Operation::Mode::Interactive);
    showTask();
}

void LoanSigningPage::refuseLocally(const Error &error)
{
    m_note->setText(LoanText::refusal(client::usertext::describe(error), error, partyRoles()));
    emit stepFinished(false);
}

void LoanSigningPage::deviceFailed(const Error &error)
{
    m_captureWanted = false;
    refuseLocally(error);
}

void LoanSigningPage::readCard()
{
    if (m_task != Task::Identity || m_operation->isPending())
        return;
    m_note->clear();
    m_devices->reader()->read();
}

void LoanSigningPage::onCardRead(const client::devices::IdCard &card)
{
    const client::api::LoanContractParty *p = m_contract ? m_contract->party(m_taskPosition) : nullptr;
    if (m_task != Task::Identity || !p)
        return;
    // Compared here first, so the teller sees at once which field differs; the server compares again.
    const QString prefix = QStringLiteral("parties[%1].").arg(p->position);
    if (Status s = signing::matchSigner(card.documentNumber, card.name, p->documentNumber, p->name, prefix);
        !s)
        return refuseLocally(s.error());
    if (m_devices->isTraining())
        m_devices->feedCamera(card.photo); // the training camera shows the card's face
    send(Sent::Identity,
         client::api::loansigning::identityStep(m_contract->serial, p->position, card.documentNumber,
                                                card.name, tr("Loan signing: ID card")));
}

void LoanSigningPage::takePhoto()
{
    if (m_task != Task::Photo || m_operation->isPending())
        return;
    m_note->clear();
    client::devices::LiveCamera *camera = m_devices->camera();
    if (!camera->available())
        return refuseLocally(makeError(u"camera.none"_qs, u"camera"_qs));
    if (camera->isActive()) {
        camera->capture();
        return;
    }
    m_captureWanted = true; // taken as soon as the camera reports it is on
    camera->start();
}

void LoanSigningPage::onCaptured(const QImage &image)
{
    if (m_task != Task::Photo || !m_contract)
        return;
    m_devices->camera()->stop();
    m_preview->setPixmap(QPixmap::fromImage(image.scaled(m_preview->size(), Qt::KeepAspectRatio)));
    const QByteArray bytes = encodePhoto(image);
    if (bytes.isEmpty() || bytes.size() > client::api::loansigning::kMaxPhotoBytes)
        return refuseLocally(makeError(u"signing.photo"_qs, u"photo"_qs));
    send(Sent::Photo, client::api::loansigning::photoStep(m_contract->serial, m_taskPosition, bytes,
                                                          tr("Loan signing: photo")));
}

void LoanSigningPage::confirmSignature()
{
    if (m_task != Task::Signature || m_operation->isPending() || !m_contract)
        return;
    const signing::SignatureStrokes strokes = m_pad->strokes();
    if (Status s =
            signing::requireSigned(strokes, QStringLiteral("parties[%1].signature").arg(m_taskPosition));
        !s) {
        m_pad->setFocus();
        return refuseLocally(s.error());
    }
    m_sentStrokes = strokes;
    m_sentDocument = m_taskDocument;
    send(Sent::Signature,
         client::api::loansigning::signatureStep(m_contract->serial, m_taskPosition, m_taskDocument, strokes,
                                                 tr("Loan signing: signature")));
}

void LoanSigningPage::signContract(const QString &document)
{
    signingcontract::Signatures ink;
    const client::api::LoanContractDocument *d = m_contract->document(document);
    for (int position : d->signers)
        ink.insert(position, m_strokes.value(QString::number(position) + u'/' + document));
    const QDateTime now = m_core->clock().now().toUTC();
    const QDateTime signedAt = now.addMSecs(-now.time().msec());
    auto pdf = printing::contractPdf(
        signingcontract::build(*m_contract, document, ink, signedAt, m_devices->isTraining()));
    if (!pdf)
        return refuseLocally(pdf.error());
    m_sentDocument = document;
    send(Sent::Contract, client::api::loansigning::signContract(m_contract->serial, document, *pdf,
                                                                tr("Loan signing: contract")));
}

void LoanSigningPage::onSucceeded(const client::ops::Outcome &outcome)
{
    m_operation->forget();
    if (m_sent == Sent::Contract) {
        const auto signedContract = outcome.as<client::api::SignedContract>();
        if (!signedContract)
            return onFailed(client::usertext::describe(signedContract.error()), signedContract.error());
        m_signed.insert(signedContract->document, *signedContract);
        setStatus(tr("%1 signed: contract %2")
                      .arg(documentName(signedContract->document), signedContract->contractNumber),
                  false);
        emit contractSigned(signedContract->document);
        advance();
        emit stepFinished(true);
        return;
    }
    const auto session = outcome.as<client::api::SigningSession>();
    if (!session)
        return onFailed(client::usertext::describe(session.error()), session.error());
    m_session = *session;
    if (m_sent == Sent::Signature) {
        m_strokes.insert(QString::number(m_taskPosition) + u'/' + m_sentDocument, m_sentStrokes);
        m_pad->clear();
    }
    if (m_sent == Sent::Start) {
        setStatus(m_session->steps.isEmpty() ? tr("Signing session started")
                                             : tr("Signing session resumed: %n step(s) done before", nullptr,
                                                  int(m_session->steps.size())),
                  false);
    } else {
        m_status->clear();
    }
    const bool started = m_sent == Sent::Start;
    advance();
    if (started)
        emit opened(true);
    else
        emit stepFinished(true);
}

void LoanSigningPage::onFailed(const QString &message, const Error &error)
{
    m_operation->forget();
    m_note->setText(LoanText::refusal(message, error, partyRoles()));
    const bool started = m_sent == Sent::Start;
    showTask();
    if (started)
        emit opened(false);
    else
        emit stepFinished(false);
}

Status LoanSigningPage::saveSignedPdf(const QString &path) const
{
    const QByteArray pdf = signedPdf(m_documents->currentData().toString());
    if (pdf.isEmpty())
        return makeError(u"signing.unsigned"_qs, u"document"_qs);
    // The server's bytes exactly: any other write would no longer verify.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return makeError(u"pdf.open"_qs, u"file"_qs, file.errorString());
    return {};
}

void LoanSigningPage::chooseFile()
{
    const QString document = m_documents->currentData().toString();
    if (!m_signed.contains(document))
        return;
    auto *dialog = new QFileDialog(this, tr("Save the signed contract"), {}, tr("PDF (*.pdf)"));
    dialog->setObjectName(u"signingSaveDialog"_qs);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"pdf"_qs);
    dialog->selectFile(m_signed.value(document).contractNumber + u".pdf"_qs);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const Status s = saveSignedPdf(path);
        setStatus(s ? tr("Saved %1").arg(path) : client::usertext::describe(s.error()), !s);
    });
    dialog->open();
}

void LoanSigningPage::print()
{
    const QString document = m_documents->currentData().toString();
    if (!m_contract || !m_signed.contains(document) || !m_printer)
        return;
    // The print shows the signed PDF's pages: the same data, the ink of the strokes the server kept.
    signingcontract::Signatures ink;
    for (int position : m_contract->document(document)->signers)
        ink.insert(position, m_strokes.value(QString::number(position) + u'/' + document));
    const auto doc = std::make_shared<printing::ContractDocument>(signingcontract::build(
        *m_contract, document, ink, m_signed.value(document).signedAt, m_devices->isTraining()));
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter measure(&sink);
    measure.setResolution(600);
    measure.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&measure);
    PrintJob job;
    job.title = doc->title + u' ' + doc->number;
    job.pageCount = printing::contractPageCount(
        painter, QRectF(QPointF(0, 0), QSizeF(measure.width(), measure.height())), *doc);
    painter.end();
    job.paintPage = [doc](QPainter &p, const QRectF &page, int index) {
        printing::paintContractPage(p, page, *doc, index);
    };
    m_printer->print(job);
}

PageDescriptor LoanSigningPage::descriptor()
{
    return {.code = u"7003"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Face-to-face signing"),
            .permission = u"loans.sign"_qs,
            .shortcut = QKeySequence(),
            .guideAnchor = u"面签7003"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new LoanSigningPage(context.core(), context.printer(), parent);
                page->setFocusProxy(page->serialEdit());
                connect(&context, &PageContext::trainingChanged, page, &LoanSigningPage::setTraining);
                page->setTraining(context.isTraining());
                resetOnSignOut(context, page);
                return page;
            },
            .receive = receiveWith(&LoanSigningPage::open)};
}

} // namespace hpf::ui
