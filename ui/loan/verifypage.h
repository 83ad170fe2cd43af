#pragma once

#include "api/loansigning.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QFileDialog;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hpf::client {
class ClientCore;
}

namespace hpf::ui {

struct PageDescriptor;

// 7006 合同验证: checks a contract PDF of face-to-face signing — chosen with F4 / the button, typed
// as a path and Enter, or dropped on the page. The server checks the center's signature block
// (电子签名法 第十三条: any change after signing is detectable) and says whether it keeps a signed
// contract with these very bytes. The verdict is one banner: valid, changed, not signed, signed
// with an unknown key (or another contract.* reason), with the contract number and signing time.
class ContractVerifyPage : public QWidget
{
    Q_OBJECT
public:
    enum class Verdict { None, Valid, Changed, Unsigned, UnknownKey, Invalid };
    Q_ENUM(Verdict)

    explicit ContractVerifyPage(client::ClientCore *core, QWidget *parent = nullptr);
    static PageDescriptor descriptor();

    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *openButton() const { return m_open; }
    // The file dialog while it is open (non-modal), else null.
    QFileDialog *fileDialog() const;
    QString bannerText() const;
    QString detailText() const;
    QString statusText() const;
    Verdict verdict() const { return m_verdict; }
    const std::optional<client::api::ContractVerification> &result() const { return m_result; }

    void reset();
    void verifyFile(const QString &path);
    void verifyBytes(const QByteArray &pdf);
    void openFile();
    static Verdict verdictOf(const client::api::ContractVerification &v);

signals:
    void verified(bool answered);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showVerification(const client::api::ContractVerification &v);
    void setStatus(const QString &text, bool error);

    client::ClientCore *m_core;
    QLineEdit *m_path;
    QPushButton *m_open;
    QLabel *m_banner;
    QLabel *m_detail;
    QLabel *m_status;
    QPointer<QFileDialog> m_dialog;
    Verdict m_verdict = Verdict::None;
    std::optional<client::api::ContractVerification> m_result;
    int m_generation = 0;
};

} // namespace hpf::ui
