#include "loan/signingpage.h"

#include "clientcore.h"
#include "crypto/sm3.h"
#include "domain/errortext.h"
#include "domain/signermatch.h"
#include "loan/loantext.h"
#include "loan/signingcontract.h"
#include "loan/signingdevices.h"
#include "loan/signingrecovery.h"
#include "logging.h"
#include "ops/operation.h"
#include "session/usertext.h"
#include "shell/pageregistry.h"
#include "transfer/transfertext.h"
#include "transfer/wrappedlabel.h"
#include "widgets/documentprinter.h"
#include "widgets/signaturepad.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace hpf::ui {

namespace {

QString key(int position, const QString &document)
{
    return QString::number(position) + u'/' + document;
}

QAction *action(QWidget *page, const QKeySequence &keys, QPushButton *button)
{
    auto *a = new QAction(page);
    a->setShortcut(keys);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(a);
    QObject::connect(a, &QAction::triggered, button, [button] {
        if (button->isEnabled())
            button->click();
    });
    return a;
}

} // namespace

LoanSigningPage::LoanSigningPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_printer(printer)
    , m_devices(new SigningDevices(this))
    , m_serial(new QLineEdit(this))
    , m_signers(new QListWidget(this))
    , m_training(new QLabel(this))
    , m_taskLabel(new QLabel(this))
    , m_cards(new QComboBox(this))
    , m_readCard(new QPushButton(tr("Read ID card (F6)"), this))
    , m_preview(new QLabel(this))
    , m_photo(new QPushButton(tr("Take photo (F7)"), this))
    , m_pad(new SignaturePad(this))
    , m_confirm(new QPushButton(tr("Confirm signature (Ctrl+Enter)"), this))
    , m_documents(new QComboBox(this))
    , m_print(new QPushButton(tr("Print (Ctrl+P)"), this))
    , m_save(new QPushButton(tr("Save PDF (Ctrl+S)"), this))
    , m_note(new QLabel(this))
    , m_status(new QLabel(this))
    , m_operation(new client::ops::Operation(core->outbox(), this))
{
    setObjectName(u"loanSigningPage"_qs);
    m_serial->setObjectName(u"signingSerial"_qs);
    m_serial->setMaxLength(40);
    m_serial->setPlaceholderText(tr("Serial of the approved application"));
    m_signers->setObjectName(u"signingSigners"_qs);
    m_signers->setAccessibleName(tr("Signers"));
    m_signers->setFocusPolicy(Qt::NoFocus);
    m_training->setObjectName(u"signingTraining"_qs);
    m_training->setStyleSheet(u"color: #b00020; font-weight: bold;"_qs);
    m_taskLabel->setObjectName(u"signingTask"_qs);
    m_cards->setObjectName(u"signingCards"_qs);
    m_readCard->setObjectName(u"signingReadCard"_qs);
    m_preview->setObjectName(u"signingPreview"_qs);
    m_preview->setFixedSize(160, 120);
    m_preview->setFrameShape(QFrame::Box);
    m_photo->setObjectName(u"signingPhoto"_qs);
    m_pad->setObjectName(u"signingPad"_qs);
    m_confirm->setObjectName(u"signingConfirm"_qs);
    m_documents->setObjectName(u"signingDocuments"_qs);
    m_print->setObjectName(u"signingPrint"_qs);
    m_save->setObjectName(u"signingSave"_qs);
    m_note->setObjectName(u"signingNote"_qs);
    m_note->setStyleSheet(u"color: #b00020;"_qs);
    m_status->setObjectName(u"signingStatus"_qs);
    for (QLabel *label : {m_taskLabel, m_note, m_status}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("Application:"), m_serial);
    auto *steps = new QGridLayout;
    steps->addWidget(m_cards, 0, 0);
    steps->addWidget(m_readCard, 0, 1);
    steps->addWidget(m_preview, 1, 0);
    steps->addWidget(m_photo, 1, 1, Qt::AlignTop);
    steps->addWidget(m_pad, 2, 0);
    steps->addWidget(m_confirm, 2, 1, Qt::AlignTop);
    steps->setColumnStretch(0, 1);
    auto *contracts = new QHBoxLayout;
    auto *documentsLabel = new QLabel(tr("Signed &contract:"), this);
    documentsLabel->setBuddy(m_documents);
    contracts->addWidget(documentsLabel);
    contracts->addWidget(m_documents, 1);
    contracts->addWidget(m_print);
    contracts->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrappedLabel(tr("Type the serial of an approved application and press Enter. Each "
                                      "signer in turn: F6 reads their ID card, F7 takes their photo, then "
                                      "they sign each contract on the pad and Ctrl+Enter confirms it. The "
                                      "signed contracts are printed with Ctrl+P and saved with Ctrl+S."),
                                   this));
    layout->addLayout(form);
    layout->addWidget(m_training);
    layout->addWidget(m_signers);
    layout->addWidget(m_taskLabel);
    layout->addLayout(steps, 1);
    layout->addWidget(m_note);
    layout->addLayout(contracts);
    layout->addWidget(m_status);

    action(this, Qt::Key_F6, m_readCard);
    action(this, Qt::Key_F7, m_photo);
    auto *confirm = action(this, QKeySequence(Qt::CTRL | Qt::Key_Return), m_confirm);
    confirm->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    action(this, QKeySequence(Qt::CTRL | Qt::Key_P), m_print);
    action(this, QKeySequence(Qt::CTRL | Qt::Key_S), m_save);

    connect(m_serial, &QLineEdit::returnPressed, this, [this] { open(m_serial->text()); });
    connect(m_cards, &QComboBox::currentIndexChanged, m_devices, &SigningDevices::chooseTrainingCard);
    connect(m_readCard, &QPushButton::clicked, this, &LoanSigningPage::readCard);
    connect(m_photo, &QPushButton::clicked, this, &LoanSigningPage::takePhoto);
    connect(m_confirm, &QPushButton::clicked, this, &LoanSigningPage::confirmSignature);
    connect(m_print, &QPushButton::clicked, this, &LoanSigningPage::print);
    connect(m_save, &QPushButton::clicked, this, &LoanSigningPage::chooseFile);
    connect(m_operation, &client::ops::Operation::status, this, &LoanSigningPage::setStatus);
    connect(m_operation, &client::ops::Operation::succeeded, this, &LoanSigningPage::onSucceeded);
    connect(m_operation, &client::ops::Operation::failed, this, &LoanSigningPage::onFailed);
    connect(m_devices, &SigningDevices::cardRead, this, &LoanSigningPage::onCardRead);
    connect(m_devices, &SigningDevices::failed, this, &LoanSigningPage::deviceFailed);
    connect(m_devices, &SigningDevices::cameraStarted, this, [this] {
        if (std::exchange(m_captureWanted, false))
            m_devices->camera()->capture();
    });
    connect(m_devices, &SigningDevices::captured, this, &LoanSigningPage::onCaptured);
    setTraining(false);
    reset();
}

LoanSigningPage::~LoanSigningPage() = default;

QString LoanSigningPage::documentName(const QString &document)
{
    return document == u"mortgage" ? tr("mortgage contract (抵押合同)") : tr("loan contract (借款合同)");
}

void LoanSigningPage::setTraining(bool training)
{
    m_devices->setTraining(training);
    m_training->setText(training ? tr("TRAINING: the card reader reads test card files; the camera is fed "
                                      "the card's photo when this machine has no camera.")
                                 : QString());
    m_training->setVisible(training);
    m_cards->setVisible(training);
    if (m_contract)
        onContract(*m_contract);
}

QString LoanSigningPage::statusText() const
{
    return m_status->text();
}

QString LoanSigningPage::noteText() const
{
    return m_note->text();
}

QString LoanSigningPage::taskText() const
{
    return m_taskLabel->text();
}

QString LoanSigningPage::trainingText() const
{
    return m_training->text();
}

void LoanSigningPage::setStatus(const QString &text, bool error)
{
    TransferText::setStatus(m_status, text, error);
}

QByteArray LoanSigningPage::signedPdf(const QString &document) const
{
    return m_signed.contains(document) ? m_signed.value(document).pdf : QByteArray();
}

void LoanSigningPage::reset()
{
    ++m_generation;
    m_operation->forget();
    m_contract.reset();
    m_session.reset();
    m_strokes.clear();
    m_signed.clear();
    m_serial->clear();
    m_cards->clear();
    m_pad->clear();
    m_preview->clear();
    m_note->clear();
    m_status->clear();
    m_captureWanted = false;
    if (m_devices->camera())
        m_devices->camera()->stop();
    m_task = Task::None;
    showSigners();
    showTask();
}

void LoanSigningPage::open(const QString &serial)
{
    const QString s = serial.trimmed();
    if (s.isEmpty())
        return;
    reset();
    m_serial->setText(s);
    if (!m_core->isOnline()) {
        // A session lives on the server: signing offline would only pretend.
        setStatus(client::usertext::describe(makeError(u"offline.refused"_qs, QString())), true);
        emit opened(false);
        return;
    }
    const int generation = m_generation;
    setStatus(tr("Opening %1…").arg(s), false);
    client::api::loansigning::contract(
        m_core->api(), s, this, [this, generation](const client::api::Reply<client::api::LoanContract> &r) {
            if (generation != m_generation)
                return;
            if (!r.ok()) {
                setStatus(LoanText::refusal(r.message, r.error()), true);
                emit opened(false);
                return;
            }
            onContract(r.value());
            recoverFromOutbox();
            if (m_contract->status == u"signed")
                return showSignedAlready();
            send(Sent::Start, client::api::loansigning::start(m_contract->serial, tr("Loan signing")));
        });
}

void LoanSigningPage::onContract(const client::api::LoanContract &contract)
{
    m_contract = contract;
    const QSignalBlocker blocker(m_cards);
    m_cards->clear();
    if (m_devices->isTraining()) {
        Error error;
        if (!m_devices->prepareTrainingCards(contract, m_core->clock().today(), &error))
            m_note->setText(client::usertext::describe(error));
        for (const SigningDevices::TrainingCard &card : m_devices->trainingCards())
            m_cards->addItem(card.label, card.position);
    }
}

void LoanSigningPage::showSignedAlready()
{
    // Nothing to sign: the session is closed. The signed PDFs this counter received are offered
    // again (print, save); a contract signed at another counter is read from the archive instead.
    m_task = Task::Done;
    m_taskPosition = -1;
    showTask();
    setStatus(
        m_signed.isEmpty()
            ? tr("%1 is signed already; its contracts were signed at another counter").arg(m_contract->serial)
            : tr("%1 is signed already").arg(m_contract->serial),
        false);
    emit opened(true);
}

void LoanSigningPage::recoverFromOutbox()
{
    const RecoveredSigning found = recoverSigning(m_core->outbox(), m_contract->serial);
    for (auto it = found.strokes.begin(); it != found.strokes.end(); ++it)
        m_strokes.insert(it.key(), it.value());
    for (const client::api::SignedContract &c : found.contracts)
        m_signed.insert(c.document, c);
}

bool LoanSigningPage::hasStrokes(int position, const QString &document) const
{
    // Only the very strokes the server kept (same digest) may go into the contract's ink.
    const auto it = m_strokes.find(key(position, document));
    if (it == m_strokes.end() || !m_session)
        return false;
    const QString digest = QString::fromLatin1(crypto::sm3(signing::toJsonBytes(*it)).toHex());
    return std::any_of(m_session->steps.begin(), m_session->steps.end(), [&](const auto &s) {
        return s.position == position && s.kind == u"signature" && s.document == document && s.sm3 == digest;
    });
}

void LoanSigningPage::advance()
{
    m_task = Task::Done;
    m_taskPosition = -1;
    m_taskDocument.clear();
    const auto &c = *m_contract;
    const auto &s = *m_session;
    auto open = [&](const QString &document) {
        return !s.isSigned(document) && !m_signed.contains(document);
    };
    // The signers in the application's order; each finishes card, photo and signatures first.
    for (const client::api::LoanContractParty &p : c.parties) {
        QStringList documents;
        for (const client::api::LoanContractDocument &d : c.documents)
            if (d.signers.contains(p.position) && open(d.document))
                documents << d.document;
        if (documents.isEmpty())
            continue;
        m_taskPosition = p.position;
        if (!s.hasStep(p.position, u"identity"_qs)) {
            m_task = Task::Identity;
        } else if (!s.hasStep(p.position, u"photo"_qs)) {
            m_task = Task::Photo;
        } else {
            for (const QString &d : documents) {
                if (!hasStrokes(p.position, d)) {
                    m_task = Task::Signature;
                    m_taskDocument = d;
                    break;
                }
            }
        }
        if (m_task != Task::Done)
            return showTask();
    }
    m_taskPosition = -1;
    for (const client::api::LoanContractDocument &d : c.documents) {
        if (open(d.document)) {
            m_task = Task::Contract;
            m_taskDocument = d.document;
            showTask();
            return signContract(d.document);
        }
    }
    showTask();
}

void LoanSigningPage::showSigners()
{
    m_signers->clear();
    if (!m_contract)
        return;
    for (const client::api::LoanContractParty &p : m_contract->parties) {
        QStringList parts{LoanText::role(p.role) + u' ' + p.name};
        auto mark = [](bool done) { return done ? u"✓"_qs : u"…"_qs; };
        const bool card = m_session && m_session->hasStep(p.position, u"identity"_qs);
        const bool photo = m_session && m_session->hasStep(p.position, u"photo"_qs);
        parts << tr("ID card %1").arg(mark(card)) << tr("photo %1").arg(mark(photo));
        for (const client::api::LoanContractDocument &d : m_contract->documents)
            if (d.signers.contains(p.position))
                parts << documentName(d.document) + u' ' +
                             mark(m_signed.contains(d.document) ||
                                  (m_session && m_session->isSigned(d.document)) ||
                                  hasStrokes(p.position, d.document));
        m_signers->addItem(parts.join(u" · "_qs));
    }
}

void LoanSigningPage::showTask()
{
    const client::api::LoanContractParty *p =
        m_contract && m_taskPosition >= 0 ? m_contract->party(m_taskPosition) : nullptr;
    const QString who = p ? LoanText::role(p->role) + u' ' + p->name : QString();
    const bool busy = m_operation->isPending();
    m_readCard->setEnabled(m_task == Task::Identity && !busy);
    m_cards->setEnabled(m_task == Task::Identity && !busy);
    m_photo->setEnabled(m_task == Task::Photo && !busy);
    m_pad->setEnabled(m_task == Task::Signature && !busy);
    m_confirm->setEnabled(m_task == Task::Signature && !busy);
    {
        const QSignalBlocker blocker(m_documents);
        const QString chosen = m_documents->currentData().toString();
        m_documents->clear();
        for (auto it = m_signed.cbegin(); it != m_signed.cend(); ++it)
            m_documents->addItem(documentName(it.key()) + u' ' + it->contractNumber, it.key());
        m_documents->setCurrentIndex(std::max(0, m_documents->findData(chosen)));
    }
    m_print->setEnabled(!m_signed.isEmpty());
    m_save->setEnabled(!m_signed.isEmpty());
    switch (m_task) {
    case Task::None:
        m_taskLabel->setText(QString());
        break;
    case Task::Identity:
        m_taskLabel->setText(tr("%1: place their ID card on the reader and press F6").arg(who));
        if (p && m_devices->isTraining()) {
            const QSignalBlocker blocker(m_cards);
            m_cards->setCurrentIndex(std::max(0, m_cards->findData(p->position)));
            m_devices->chooseTrainingCard(m_cards->currentIndex());
        }
        m_readCard->setFocus();
        break;
    case Task::Photo:
        m_taskLabel->setText(tr("%1: look into the camera; F7 takes the photo").arg(who));
        m_photo->setFocus();
        break;
    case Task::Signature:
        m_taskLabel->setText(
            tr("%1: sign the %2 on the pad, then Ctrl+Enter").arg(who, documentName(m_taskDocument)));
        m_pad->setHint(tr("%1 signs here").arg(p ? p->name : QString()));
        m_pad->setFocus();
        break;
    case Task::Contract:
        m_taskLabel->setText(tr("Signing the %1…").arg(documentName(m_taskDocument)));
        break;
    case Task::Done:
        m_taskLabel->setText(tr("Every contract of %1 is signed: print them (Ctrl+P) and save them (Ctrl+S).")
                                 .arg(m_contract ? m_contract->serial : QString()));
        m_documents->setFocus();
        break;
    }
    showSigners();
}

} // namespace hpf::ui
