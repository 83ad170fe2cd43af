#pragma once

#include "certs/certificateverifier.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

class QFileDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hpf::client {
class ClientCore;
}

namespace hpf::ui {

struct PageDescriptor;

// 4003 验证证明: checks a certificate code a customer or a bank presents. The code arrives typed by
// a USB scanner (HPF1:… + Enter) or pasted into the field, or read from an image or PDF file
// (decoded off the GUI thread). Verification runs offline against the cached trust list, then asks
// the server for the status when it is reachable. The verdict is one banner; the fields below let
// the clerk compare them with the paper.
class CertificateVerifyPage : public QWidget
{
    Q_OBJECT
public:
    CertificateVerifyPage(client::ClientCore *core, QWidget *parent = nullptr);
    // The page in the registry: code, title, permission, shortcut, help anchor, factory.
    static PageDescriptor descriptor();
    ~CertificateVerifyPage() override;

    QLineEdit *input() const { return m_input; }
    QPushButton *openFileButton() const { return m_open; }
    // The file dialog while it is open (non-modal), else null.
    QFileDialog *fileDialog() const;
    QLabel *bannerLabel() const { return m_banner; }
    QTableWidget *fieldsView() const { return m_fields; }
    QString bannerText() const;
    QString statusText() const;
    // The last verdict (meaningful after verified()).
    const client::CertificateOutcome &outcome() const { return m_outcome; }
    // The value of a row of the fields table by its label, empty when absent.
    QString fieldValue(const QString &label) const;

    void verifyCode(const QString &code);
    void verifyFile(const QString &path);
    void openFile();
    void reset();

    // The banner's text for an outcome (translated), e.g. for the log of a test.
    static QString bannerTitle(const client::CertificateOutcome &outcome);
    static QString failedStepName(const QString &step);

signals:
    void verified(const hpf::client::CertificateOutcome &outcome);
    void fileUnreadable(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onScanned();
    void onFileRead();
    void showOutcome(const client::CertificateOutcome &outcome, bool final);
    void showBusy(const QString &text);

    client::ClientCore *m_core;
    QLineEdit *m_input;
    QPushButton *m_open;
    QLabel *m_banner;
    QLabel *m_detail;
    QLabel *m_status;
    QTableWidget *m_fields;
    QPointer<QFileDialog> m_dialog;
    QPointer<client::CertificateVerifier> m_verifier;
    struct FileRead
    {
        QString code;
        std::optional<Error> error;
    };
    QFutureWatcher<FileRead> m_reading;
    client::CertificateOutcome m_outcome;
    QDateTime m_trustRefreshedAt;
    bool m_dropFileRead = false; // the page was reset while a file was being read
};

} // namespace hpf::ui
