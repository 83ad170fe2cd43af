#pragma once

#include "shell/pages.h"

#include <QHash>
#include <QMainWindow>

class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;

namespace hpf::client {
class ClientCore;
struct UserInfo;
} // namespace hpf::client

namespace hpf::ui {

class Banner;
class EmployeeListPage;
class FlexibleOpeningPage;
class PersonOpeningPage;
class UnitOpeningPage;
class ReceiptPage;
class SealPage;
class DocumentPrinter;
class CertificateBatchPage;
class CertificateIssuePage;
class CertificateVerifyPage;
class FreezePage;
class LockOverlay;
class LookupPage;
class PersonPage;
class UnitPage;

// The counter's main window: business navigation filtered by role, the transaction-code box,
// a shortcut per page, banners (offline, keychain, training server, cache), the status bar and the
// always-visible training marker. Pages are separate widgets; this class only arranges them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(client::ClientCore *core, QWidget *parent = nullptr);

    void setTrainingMode(bool training);
    bool isTrainingMode() const { return m_training; }
    void setServerDescription(const QString &text);
    void applyUser(const client::UserInfo &user); // empty user = signed out
    void setLocked(bool locked);

    // Opens the page with this transaction code if the role may; false (with a status message) if not.
    bool openCode(const QString &code);
    void openPage(PageId id);
    PageId currentPage() const;
    QList<PageId> visiblePages() const;

    enum class BannerId { Offline, Keychain, Training, Cache };
    Banner *banner(BannerId id) const { return m_banners.value(id); }

    QLineEdit *codeBox() const { return m_codeBox; }
    QLabel *trainingMarker() const { return m_trainingMarker; }
    LockOverlay *lockOverlay() const { return m_lock; }
    DocumentPrinter *printer() const { return m_printer; }
    LookupPage *lookupPage() const { return m_lookup; }
    PersonPage *personPage() const { return m_person; }
    UnitPage *unitPage() const { return m_unit; }
    SealPage *sealPage() const { return m_seal; }
    ReceiptPage *receiptPage() const { return m_receipts; }
    FreezePage *freezePage() const { return m_freeze; }
    CertificateIssuePage *certificateIssuePage() const { return m_certIssue; }
    CertificateBatchPage *certificateBatchPage() const { return m_certBatch; }
    CertificateVerifyPage *certificateVerifyPage() const { return m_certVerify; }
    UnitOpeningPage *unitOpeningPage() const { return m_unitOpening; }
    PersonOpeningPage *personOpeningPage() const { return m_personOpening; }
    FlexibleOpeningPage *flexibleOpeningPage() const { return m_flexibleOpening; }
    EmployeeListPage *employeeListPage() const { return m_employeeList; }
    QString
    statusField(const QString &name) const; // server, connection, user, role, branch, workstation, outbox

    static QString roleLabel(const QString &role);

signals:
    void settingsRequested();
    void closing();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void rebuildNavigation();
    void updateConnection(bool online);
    QLabel *addStatusField(const QString &name);

    client::ClientCore *m_core;
    QList<PageInfo> m_pages;
    QString m_role;
    bool m_training = false;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QLineEdit *m_codeBox;
    QLabel *m_trainingMarker;
    QHash<BannerId, Banner *> m_banners;
    QHash<QString, QLabel *> m_status;
    QHash<PageId, QWidget *> m_pageWidgets;
    QList<QAction *> m_pageActions;
    DocumentPrinter *m_printer; // before the pages, which print through it
    LookupPage *m_lookup;
    PersonPage *m_person;
    UnitPage *m_unit;
    FreezePage *m_freeze;
    CertificateIssuePage *m_certIssue = nullptr;
    CertificateBatchPage *m_certBatch = nullptr;
    CertificateVerifyPage *m_certVerify = nullptr;
    UnitOpeningPage *m_unitOpening = nullptr; // 2001-2003, built in the constructor body
    PersonOpeningPage *m_personOpening = nullptr;
    FlexibleOpeningPage *m_flexibleOpening = nullptr;
    EmployeeListPage *m_employeeList = nullptr; // 2004
    SealPage *m_seal;
    ReceiptPage *m_receipts;
    LockOverlay *m_lock;
};

} // namespace hpf::ui
