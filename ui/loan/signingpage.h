#pragma once

#include "api/loansigning.h"

#include <QHash>
#include <QMap>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace hpf::client {
class ClientCore;
}
namespace hpf::client::devices {
struct IdCard;
}
namespace hpf::client::ops {
class Operation;
class Outcome;
} // namespace hpf::client::ops

namespace hpf::ui {

struct PageDescriptor;
class DocumentPrinter;
class SignaturePad;
class SigningDevices;

// 7003 面签: the face-to-face signing of an approved loan. Enter on the serial opens it and starts
// (or resumes) the server's session; then for each signer in turn: F6 reads the ID card and
// compares it with the application (a mismatch names the field), F7 takes the live photo, and the
// signer signs each of their documents on the pad (Ctrl+Enter; an empty pad is refused). Every step
// is one operation posted at once, so nothing signed is lost if the counter dies: opening the
// serial again resumes from the server's session (the strokes come back from the sealed outbox by
// their digests; a signature the outbox no longer holds is asked for again). When a document's
// signers are done, the contract PDF is rendered with their ink and posted; the server's signed
// PDF is kept, printed (Ctrl+P) and saved (Ctrl+S).
class LoanSigningPage : public QWidget
{
    Q_OBJECT
public:
    enum class Task { None, Identity, Photo, Signature, Contract, Done };
    Q_ENUM(Task)

    LoanSigningPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent = nullptr);
    ~LoanSigningPage() override;
    static PageDescriptor descriptor();
    // "loan contract (借款合同)" / "mortgage contract (抵押合同)"
    static QString documentName(const QString &document);

    void reset();
    void setTraining(bool training);
    // Opens the approved application `serial` (also what another page hands over).
    void open(const QString &serial);

    SigningDevices *devices() const { return m_devices; }
    QLineEdit *serialEdit() const { return m_serial; }
    QComboBox *cardCombo() const { return m_cards; }
    QPushButton *readCardButton() const { return m_readCard; }
    QPushButton *photoButton() const { return m_photo; }
    SignaturePad *pad() const { return m_pad; }
    QPushButton *confirmButton() const { return m_confirm; }
    QComboBox *documentCombo() const { return m_documents; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *saveButton() const { return m_save; }
    QListWidget *signerList() const { return m_signers; }
    QString statusText() const;
    QString noteText() const;
    QString taskText() const;
    QString trainingText() const;

    Task task() const { return m_task; }
    int taskPosition() const { return m_taskPosition; }
    QString taskDocument() const { return m_taskDocument; }
    const std::optional<client::api::LoanContract> &contract() const { return m_contract; }
    const std::optional<client::api::SigningSession> &session() const { return m_session; }
    // The server's signed PDF of `document` (empty until it is signed here or recovered).
    QByteArray signedPdf(const QString &document) const;
    // Writes the signed PDF chosen in documentCombo() (what Ctrl+S does after its file dialog).
    Status saveSignedPdf(const QString &path) const;

signals:
    void opened(bool ok);
    // A step's final answer (or a local refusal: a mismatching card, an empty pad).
    void stepFinished(bool ok);
    void contractSigned(const QString &document);

private:
    enum class Sent { Start, Identity, Photo, Signature, Contract };
    void onContract(const client::api::LoanContract &contract);
    void recoverFromOutbox();
    void showSignedAlready();
    void advance();
    void showTask();
    void showSigners();
    void readCard();
    void onCardRead(const client::devices::IdCard &card);
    void takePhoto();
    void onCaptured(const QImage &image);
    void confirmSignature();
    void signContract(const QString &document);
    void send(Sent sent, const client::ops::Request &request);
    void onSucceeded(const client::ops::Outcome &outcome);
    void onFailed(const QString &message, const Error &error);
    void refuseLocally(const Error &error);
    void deviceFailed(const Error &error);
    void print();
    void chooseFile();
    bool hasStrokes(int position, const QString &document) const;
    QStringList partyRoles() const;
    void setStatus(const QString &text, bool error);

    client::ClientCore *m_core;
    DocumentPrinter *m_printer;
    SigningDevices *m_devices;
    QLineEdit *m_serial;
    QListWidget *m_signers;
    QLabel *m_training;
    QLabel *m_taskLabel;
    QComboBox *m_cards;
    QPushButton *m_readCard;
    QLabel *m_preview;
    QPushButton *m_photo;
    SignaturePad *m_pad;
    QPushButton *m_confirm;
    QComboBox *m_documents;
    QPushButton *m_print;
    QPushButton *m_save;
    QLabel *m_note;
    QLabel *m_status;
    client::ops::Operation *m_operation;
    std::optional<client::api::LoanContract> m_contract;
    std::optional<client::api::SigningSession> m_session;
    // Strokes by "position/document": those posted here, or found again in the outbox.
    QHash<QString, signing::SignatureStrokes> m_strokes;
    QMap<QString, client::api::SignedContract> m_signed;
    Task m_task = Task::None;
    int m_taskPosition = -1;
    QString m_taskDocument;
    Sent m_sent = Sent::Start;
    signing::SignatureStrokes m_sentStrokes;
    QString m_sentDocument;
    bool m_captureWanted = false;
    int m_generation = 0; // a late contract answer for an earlier serial is dropped
};

} // namespace hpf::ui
