#pragma once

#include "pages.h"

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
    LookupPage *lookupPage() const { return m_lookup; }
    PersonPage *personPage() const { return m_person; }
    UnitPage *unitPage() const { return m_unit; }
    FreezePage *freezePage() const { return m_freeze; }
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
    LookupPage *m_lookup;
    PersonPage *m_person;
    UnitPage *m_unit;
    FreezePage *m_freeze;
    LockOverlay *m_lock;
};

} // namespace hpf::ui
