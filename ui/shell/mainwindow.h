#pragma once

#include <QHash>
#include <QKeySequence>
#include <QMainWindow>
#include <QPair>

class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QToolButton;
class QTreeWidget;

namespace hpf::client {
class ClientCore;
class Settings;
struct UserInfo;
} // namespace hpf::client

namespace hpf::ui {

class AboutDialog;
class Banner;
class DocumentPrinter;
class HelpWindow;
class LockOverlay;
class OutboxView;
class PageContext;
class ShortcutsDialog;
class TableLayouts;
struct PageDescriptor;

// The counter's main window, built from the page registry (pageregistry.h): the navigation grouped
// by business area and filtered by role, the transaction-code box, a shortcut per page, F1 help at
// the page's section of the user guide, the outbox view, banners (offline, keychain, training
// server, cache, a saved PDF), the status bar and the always-visible training marker, the Help menu
// (guide, shortcuts, About) and Ctrl+Q. Pages are built at sign-in for the signed-in role only and
// deleted at sign-out, so nothing of one user's work is left for the next. The window's geometry,
// the navigation's width and the tables' columns are remembered per workstation. It knows no page
// type.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(client::ClientCore *core, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Where the window and table layouts are remembered (not owned; null: nothing is).
    void setSettings(client::Settings *settings);
    // Restores the remembered geometry, toolbar state and navigation width; false if none was saved
    // (the shell then opens the window maximised, as counter PCs expect the first time).
    bool restoreLayout();
    // Saves them, and the column layout of every built page's tables.
    void saveLayout();

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
    // The page with this code, built if it was not yet (pages are built at sign-in for the role).
    QWidget *pageWidget(const QString &code);
    // Whether the page with this code is built now.
    bool isBuilt(const QString &code) const;
    template<class Page>
    Page *page()
    {
        buildPages();
        for (const Entry &e : m_pages) {
            if (auto *p = qobject_cast<Page *>(e.widget))
                return p;
        }
        for (Entry &e : m_pages) { // a page the role does not open (tests): built when asked for
            if (!e.widget) {
                if (auto *p = qobject_cast<Page *>(widgetFor(e)))
                    return p;
            }
        }
        return nullptr;
    }
    PageContext *pageContext() const { return m_context; }

    // F1: the user guide at the current page's section.
    void showHelp();
    HelpWindow *helpWindow() const { return m_help; }
    void showOutbox();
    OutboxView *outboxView() const { return m_outbox; }
    // Help → About and Help → Keyboard shortcuts (non-modal, made on use).
    void showAbout();
    AboutDialog *aboutDialog() const { return m_about; }
    void showShortcuts();
    ShortcutsDialog *shortcutsDialog() const { return m_shortcuts; }
    // The shortcuts of the menus that are enabled now (pages the role may open, the shell's own).
    QList<QPair<QKeySequence, QString>> shortcuts() const;

    // Document: a PDF was saved (with "Open folder").
    enum class BannerId { Offline, Keychain, Training, Cache, Document };
    Banner *banner(BannerId id) const { return m_banners.value(id); }

    QLineEdit *codeBox() const { return m_codeBox; }
    QTreeWidget *navigation() const { return m_navigation; }
    QLabel *trainingMarker() const { return m_trainingMarker; }
    QAction *trainingMarkerAction() const { return m_trainingMarkerAction; }
    QSplitter *splitter() const { return m_splitter; }
    // The navigation's width that shows every title whole in the current font.
    int navigationFitWidth() const { return m_navigationFit; }
    TableLayouts *tableLayouts() const { return m_tables; }
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
    void changeEvent(QEvent *event) override;

private:
    struct Entry
    {
        const PageDescriptor *descriptor;
        QWidget *widget; // null until built
        QAction *action;
    };

    void buildActions();
    void buildHelpMenu();
    void rebuildNavigation();
    void fitNavigation();             // its minimum width: the widest title in the current font
    QWidget *widgetFor(Entry &entry); // builds the page on first use
    void buildPages();                // the pages the role may open
    void discardPages();              // deletes every built page (sign-out, another user)
    void wirePrinter();
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
    QAction *m_trainingMarkerAction; // a toolbar widget is shown and hidden through its action
    QSplitter *m_splitter;
    QWidget *m_blank; // the stack's page while nobody is signed in
    int m_navigationFit = 0;
    bool m_navigationSized = false; // the teller moved the splitter (or it was restored)
    QHash<BannerId, Banner *> m_banners;
    QHash<QString, QLabel *> m_status;
    QToolButton *m_outboxButton;
    QList<QAction *> m_actions; // disabled while locked
    DocumentPrinter *m_printer; // before the pages, which print through it
    PageContext *m_context;
    TableLayouts *m_tables;
    client::Settings *m_settings = nullptr;
    QString m_pdfFolder; // of the last PDF saved, for "Open folder"
    QList<Entry> m_pages;
    HelpWindow *m_help = nullptr;   // made on first use
    OutboxView *m_outbox = nullptr; // made on first use
    AboutDialog *m_about = nullptr;
    ShortcutsDialog *m_shortcuts = nullptr;
    LockOverlay *m_lock;
};

} // namespace hpf::ui
