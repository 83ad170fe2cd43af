#pragma once

#include "base/result.h"
#include "certificatedoc.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hpf::client {
class ClientCore;
struct ApiResponse;
} // namespace hpf::client

namespace hpf::ui {

struct PageDescriptor;

class CertificateTypeForm;
class DocumentPrinter;
class FormNavigator;
struct PrintJob;

// 4001 开具证明: find the person (personal account number or identity number), choose the type and
// the inputs it declares, issue (POST /api/v1/certificates with an Idempotency-Key that is kept
// while the same request is retried), then preview, print or save the certificate as PDF. What is
// printed is built only from the server's answer, never from this form.
class CertificateIssuePage : public QWidget
{
    Q_OBJECT
public:
    enum class Key { PersonalAccount, IdentityNumber };
    Q_ENUM(Key)

    CertificateIssuePage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent = nullptr);
    // The page in the registry: code, title, permission, shortcut, help anchor, factory.
    static PageDescriptor descriptor();

    void setKey(Key key);
    QComboBox *keyBox() const { return m_key; }
    QLineEdit *personInput() const { return m_input; }
    QComboBox *accountBox() const { return m_account; }
    CertificateTypeForm *typeForm() const { return m_types; }
    QPushButton *issueButton() const { return m_issue; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *pdfButton() const { return m_pdf; }
    QString statusText() const;
    QString pendingIdempotencyKey() const { return m_pendingKey; }

    // The last issued certificate as the server returned it, and its printout.
    QJsonObject certificate() const { return m_certificate; }
    printing::CertificateDocument document() const { return m_document; }
    PrintJob printJob() const;
    Status savePdf(const QString &path) const;

    void find();
    void issue();
    void reset();

signals:
    void personsFound(int count);
    void issued(const QJsonObject &certificate);
    void issueFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onPersons(const client::ApiResponse &response);
    void onIssued(const client::ApiResponse &response);
    void rebuildNavigation();
    void setStatus(const QString &text, bool error);
    void setResultVisible(bool visible);

    client::ClientCore *m_core;
    DocumentPrinter *m_printer;
    QComboBox *m_key;
    QLineEdit *m_input;
    QPushButton *m_find;
    QComboBox *m_account;
    CertificateTypeForm *m_types;
    QPushButton *m_issue;
    QLabel *m_status;
    QLabel *m_result;
    QPushButton *m_preview;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPointer<FormNavigator> m_navigator;
    QString m_pendingKey;
    QJsonObject m_pendingBody;
    bool m_busy = false;
    QJsonObject m_certificate;
    printing::CertificateDocument m_document;
};

} // namespace hpf::ui
