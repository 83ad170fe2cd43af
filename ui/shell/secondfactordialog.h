#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace hpf::client {
class Session;
}

namespace hpf::ui {

// Two-step verification (两步验证) enrolment: the server's new secret as a QR code to scan with an
// authenticator app (and as text to type in), the first code to confirm it, then the 10 one-time
// recovery codes, shown once. Opened window-modal (open()); accepted after the recovery codes
// were shown and acknowledged.
class SecondFactorDialog : public QDialog
{
    Q_OBJECT
public:
    SecondFactorDialog(client::Session *session, QWidget *parent = nullptr);

    void start(); // asks the server for the secret

    QString otpauthUri() const { return m_uri; }
    QStringList recoveryCodes() const { return m_recoveryCodes; }
    QString message() const;
    QLabel *qrLabel() const { return m_qr; }
    QLineEdit *codeEdit() const { return m_code; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *doneButton() const { return m_done; }

public slots:
    void accept() override;

private:
    void showSecret(const QString &uri, const QString &secret);
    void showRecoveryCodes(const QStringList &codes);
    void confirm();

    client::Session *m_session;
    QLabel *m_intro;
    QLabel *m_qr;
    QLabel *m_secret;
    QLineEdit *m_code;
    QPushButton *m_confirm;
    QPlainTextEdit *m_recovery;
    QLabel *m_message;
    QPushButton *m_done;
    QString m_uri;
    QStringList m_recoveryCodes;
};

} // namespace hpf::ui
