#pragma once

#include <QHash>
#include <QMainWindow>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QToolButton;
class QTreeWidget;

namespace hpf::client {
class ClientCore;
struct UserInfo;
} // namespace hpf::client

namespace hpf::ui {

class Banner;
class DocumentPrinter;
class HelpWindow;
class LockOverlay;
class OutboxView;
class PageContext;
struct PageDescriptor;

// The counter's main window, built from the page registry (pageregistry.h): the navigation grouped
// by business area and filtered by role, the transaction-code box, a shortcut per page, F1 help at
// the page's section of the user guide, the outbox view, banners (offline, keychain, training
// server, cache), the status bar and the always-visible training marker. It knows no page type.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(client::ClientCore *core, QWidget *parent = nullptr);

    void setTrainingMode(bool training);
    bool isTrainingMode() const { return m_training; }
    // The training center's name when it is not the policy's own (a second training center): shown
    // in the title and on the training marker, so two windows side by side are not mixed up.
    void setTrainingCenterName(const QString &name);
    void setServerDescription(const QString &text);
    void applyUser(const client::UserInfo &user); // empty user = signed out
    void setLocked(bool locked);

    // Opens the page with this transaction code and hands it `argument` if the role may; false
    // (with a status message) if the code is unknown or the role may not.
    bool openCode(const QString &code, const QString &argument = {});
    QString currentPage() const;      // its code
    QStringList visiblePages() const; // codes in the navigation, in its order
    // The page with this code, built if it was not yet (pages are built at the first sign-in).
    QWidget *pageWidget(const QString &code);
    template<class Page>
    Page *page()
    {
        buildPages();
        for (const Entry &e : m_pages) {
            if (auto *p = qobject_cast<Page *>(e.widget))
                return p;
        }
        return nullptr;
    }
    PageContext *pageContext() const { return m_context; }

    // F1: the user guide at the current page's section.
    void showHelp();
    HelpWindow *helpWindow() const { return m_help; }
    void showOutbox();
    OutboxView *outboxView() const { return m_outbox; }

    enum class BannerId { Offline, Keychain, Training, Cache };
    Banner *banner(BannerId id) const { return m_banners.value(id); }

    QLineEdit *codeBox() const { return m_codeBox; }
    QTreeWidget *navigation() const { return m_navigation; }
    QLabel *trainingMarker() const { return m_trainingMarker; }
    LockOverlay *lockOverlay() const { return m_lock; }
    DocumentPrinter *printer() const { return m_printer; }
    QToolButton *outboxButton() const { return m_outboxButton; }
    QString
    statusField(const QString &name) const; // server, connection, user, role, branch, workstation, outbox

    static QString roleLabel(const QString &role);

signals:
    void settingsRequested();
    void closing();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Entry
    {
        const PageDescriptor *descriptor;
        QWidget *widget; // null until built
        QAction *action;
    };

    void buildActions();
    void rebuildNavigation();
    QWidget *widgetFor(Entry &entry); // builds the page on first use
    void buildPages();
    void showPage(Entry &entry);
    void markInNavigation(const QString &code);
    Entry *entry(const QString &code);
    void updateConnection(bool online);
    QLabel *addStatusField(const QString &name);

    client::ClientCore *m_core;
    QString m_role;
    bool m_training = false;
    QString m_trainingCenterName;
    QTreeWidget *m_navigation;
    QStackedWidget *m_stack;
    QLineEdit *m_codeBox;
    QLabel *m_trainingMarker;
    QHash<BannerId, Banner *> m_banners;
    QHash<QString, QLabel *> m_status;
    QToolButton *m_outboxButton;
    QList<QAction *> m_actions; // disabled while locked
    DocumentPrinter *m_printer; // before the pages, which print through it
    PageContext *m_context;
    QList<Entry> m_pages;
    HelpWindow *m_help = nullptr;   // made on first use
    OutboxView *m_outbox = nullptr; // made on first use
    LockOverlay *m_lock;
};

} // namespace hpf::ui
