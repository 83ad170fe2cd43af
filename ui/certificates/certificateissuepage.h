#pragma once

#include "api/accounts.h"
#include "api/certificates.h"
#include "base/result.h"
#include "certificatedoc.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hpf::client {
class ClientCore;
}
namespace hpf::client::ops {
class Operation;
class Outcome;
} // namespace hpf::client::ops

namespace hpf::ui {

struct PageDescriptor;

class CertificateTypeForm;
class DocumentPrinter;
class FormNavigator;
struct PrintJob;

// 4001 开具证明: find the person (personal account number or identity number), choose the type and
// the inputs it declares, issue (one operation, saved in the outbox before it is sent; the same
// request retried keeps its id, so nothing is issued twice), then preview, print or save the certificate as
// PDF. What is printed is built only from the server's answer, never from this form.
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
    // The issue operation not yet answered with a certificate (pending, or refused and kept for a
    // retry of the same request); empty once issued.
    QString pendingOperationId() const;

    // The last issued certificate as the server returned it, and its printout.
    const std::optional<client::api::Certificate> &certificate() const { return m_certificate; }
    printing::CertificateDocument document() const { return m_document; }
    PrintJob printJob() const;
    Status savePdf(const QString &path) const;

    void find();
    void issue();
    void reset();

signals:
    void personsFound(int count);
    void issued(const hpf::client::api::Certificate &certificate);
    void issueFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onPersons(const client::api::Reply<client::api::AccountList> &reply);
    void onIssued(const client::ops::Outcome &outcome);
    void onRefused(const QString &message);
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
    client::ops::Operation *m_operation;
    std::optional<client::api::Certificate> m_certificate;
    printing::CertificateDocument m_document;
};

} // namespace hpf::ui
