#include "shell/mainwindow.h"

#include "clientcore.h"
#include "reference/referencesync.h"
#include "session/session.h"
#include "shell/banner.h"
#include "shell/calibrationdialog.h"
#include "shell/helpdialogs.h"
#include "shell/helpwindow.h"
#include "shell/lockoverlay.h"
#include "shell/outboxview.h"
#include "shell/pageregistry.h"
#include "shell/tablelayouts.h"
#include "store/outbox.h"
#include "widgets/documentprinter.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QCloseEvent>
#include <QCompleter>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QRegularExpressionValidator>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hpf::ui {

namespace {
Q_LOGGING_CATEGORY(lcShell, "hpf.ui.shell")
constexpr int kCodeRole = Qt::UserRole;
} // namespace

MainWindow::MainWindow(client::ClientCore *core, QWidget *parent)
    : QMainWindow(parent)
    , m_core(core)
    , m_navigation(new QTreeWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_codeBox(new QLineEdit(this))
    , m_trainingMarker(new QLabel(tr("TRAINING"), this))
    , m_splitter(new QSplitter(this))
    , m_blank(new QWidget(this))
    , m_outboxButton(new QToolButton(this))
    , m_printer(new DocumentPrinter(this, this))
    , m_context(new PageContext(
          core, m_printer,
          [this](const QString &code, const QString &argument) { return openCode(code, argument); }, this))
    , m_tables(new TableLayouts(this))
{
    setObjectName(u"mainWindow"_qs);
    setWindowTitle(tr("HPF Counter"));
    resize(1100, 720);

    // Every registered page, in code order. The widgets are built at the first sign-in (or when
    // asked for), not here: the login window comes first and needs none of them.
    for (const PageDescriptor &d : pages::all())
        m_pages.append({&d, nullptr, nullptr});

    auto *toolbar = addToolBar(tr("Counter"));
    toolbar->setObjectName(u"counterToolbar"_qs);
    toolbar->setMovable(false);
    m_codeBox->setObjectName(u"transactionCode"_qs);
    m_codeBox->setPlaceholderText(tr("Transaction code"));
    m_codeBox->setMaximumWidth(160);
    m_codeBox->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,4}"_qs), m_codeBox));
    auto *completer = new QCompleter(new QStandardItemModel(m_codeBox), m_codeBox);
    completer->setCompletionRole(kCodeRole); // the popup shows "code  title", the box takes the code
    m_codeBox->setCompleter(completer);
    toolbar->addWidget(new QLabel(tr("Code:"), this));
    toolbar->addWidget(m_codeBox);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_trainingMarker->setObjectName(u"trainingMarker"_qs);
    m_trainingMarker->setToolTip(tr("Training environment: a local demo server; nothing here is real"));
    m_trainingMarker->setStyleSheet(
        u"background: #c62828; color: white; font-weight: bold; padding: 4px 12px; border-radius: 3px;"_qs);
    // A widget in a toolbar is shown and hidden through the QAction the toolbar made for it: the
    // widget's own setVisible() is overridden by the toolbar's layout.
    m_trainingMarkerAction = toolbar->addWidget(m_trainingMarker);
    m_trainingMarkerAction->setObjectName(u"trainingMarkerAction"_qs);
    m_trainingMarkerAction->setVisible(false);

    m_navigation->setObjectName(u"navigation"_qs);
    m_navigation->setAccessibleName(tr("Transactions"));
    m_navigation->setHeaderHidden(true);
    m_navigation->setRootIsDecorated(false);
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    for (const auto &[id, kind] :
         {std::pair{BannerId::Cache, Banner::Kind::Error}, std::pair{BannerId::Training, Banner::Kind::Error},
          std::pair{BannerId::Offline, Banner::Kind::Warning},
          std::pair{BannerId::Keychain, Banner::Kind::Warning},
          std::pair{BannerId::Document, Banner::Kind::Info}}) {
        auto *b = new Banner(kind, centre);
        m_banners.insert(id, b);
        centreLayout->addWidget(b);
    }
    centreLayout->addWidget(m_stack, 1);
    m_blank->setObjectName(u"signedOut"_qs);
    m_stack->addWidget(m_blank);
    // The navigation is as wide as its titles need (fitNavigation) and the teller may widen it; the
    // width is remembered with the window.
    m_splitter->setObjectName(u"shellSplitter"_qs);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(centre);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_navigationSized = true; });

    for (const QString &name :
         {u"server"_qs, u"connection"_qs, u"user"_qs, u"role"_qs, u"branch"_qs, u"workstation"_qs})
        addStatusField(name);
    // The pending count opens the outbox view.
    m_outboxButton->setObjectName(u"status-outbox"_qs);
    m_outboxButton->setAutoRaise(true);
    m_outboxButton->setToolTip(tr("Show the outbox"));
    statusBar()->addPermanentWidget(m_outboxButton);
    connect(m_outboxButton, &QToolButton::clicked, this, &MainWindow::showOutbox);
    m_status[u"workstation"_qs]->setText(tr("Workstation %1").arg(core->workstation()));
    m_banners[BannerId::Offline]->setText(
        tr("The server cannot be reached. Pages already open stay readable and drafts keep being saved; "
           "the client reconnects by itself."));

    buildActions();
    wirePrinter();
    m_lock = new LockOverlay(core->session(), this);

    connect(m_codeBox, &QLineEdit::returnPressed, this, [this] {
        if (openCode(m_codeBox->text()))
            m_codeBox->clear();
    });
    connect(m_navigation, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, kCodeRole).isValid())
            openCode(item->data(0, kCodeRole).toString());
    });
    connect(core, &client::ClientCore::onlineChanged, this, &MainWindow::updateConnection);
    connect(core->outbox(), &client::Outbox::pendingCountChanged, this,
            [this](int n) { m_outboxButton->setText(tr("%n operation(s) waiting to be sent", nullptr, n)); });
    m_outboxButton->setText(tr("%n operation(s) waiting to be sent", nullptr, 0));
    updateConnection(core->isOnline());
    applyUser({});
}

MainWindow::~MainWindow() = default;

QLabel *MainWindow::addStatusField(const QString &name)
{
    auto *label = new QLabel(this);
    label->setObjectName(u"status-"_qs + name);
    statusBar()->addPermanentWidget(label);
    m_status.insert(name, label);
    return label;
}

void MainWindow::setTrainingMode(bool training)
{
    m_training = training;
    m_trainingMarkerAction->setVisible(training);
    m_context->setTraining(training);
    QString title = training ? tr("HPF Counter — TRAINING") : tr("HPF Counter");
    if (training && !m_trainingCenterName.isEmpty())
        title += u" — "_qs + m_trainingCenterName;
    setWindowTitle(title);
}

void MainWindow::setTrainingCenterName(const QString &name)
{
    m_trainingCenterName = name;
    m_trainingMarker->setText(name.isEmpty() ? tr("TRAINING") : tr("TRAINING · %1").arg(name));
    setTrainingMode(m_training);
}

void MainWindow::setServerDescription(const QString &text)
{
    m_status[u"server"_qs]->setText(text);
}

QString MainWindow::roleLabel(const QString &role)
{
    if (role == u"teller")
        return tr("Teller");
    if (role == u"loan_officer")
        return tr("Loan officer");
    if (role == u"archivist")
        return tr("Archivist");
    if (role == u"judicial")
        return tr("Judicial assistance");
    if (role == u"supervisor")
        return tr("Supervisor");
    if (role == u"auditor")
        return tr("Auditor");
    if (role == u"admin")
        return tr("Administrator");
    return role;
}

void MainWindow::applyUser(const client::UserInfo &user)
{
    const bool signedIn = !user.username.isEmpty();
    // Nothing of one user's work is left for the next: at sign-out, and when another user takes
    // over, the pages finish their own sign-out (a draft is sealed to its owner) and are then deleted
    // with their forms, looked-up persons and table rows. The next sign-in builds them anew.
    if (m_context->isSignedIn() && m_context->user().username != user.username) {
        m_context->setUser({});
        discardPages();
    }
    m_role = user.role;
    // The name a colleague knows, and the login a supervisor types into a grant.
    const QString who = user.displayName.isEmpty() || user.displayName == user.username
                            ? user.username
                            : QStringLiteral("%1 (%2)").arg(user.displayName, user.username);
    m_status[u"user"_qs]->setText(signedIn ? tr("User %1").arg(who) : tr("Not signed in"));
    m_status[u"role"_qs]->setText(signedIn ? roleLabel(user.role) : QString());
    const QString branchName = m_core->reference()->branchName(user.branch);
    m_status[u"branch"_qs]->setText(
        signedIn
            ? tr("Branch %1").arg(branchName == user.branch ? user.branch : user.branch + u' ' + branchName)
            : QString());
    if (signedIn)
        buildPages(); // before the pages hear of the user: a page may restore a draft for them
    rebuildNavigation();
    if (!signedIn && m_outbox)
        m_outbox->close();
    if (!signedIn)
        m_banners[BannerId::Document]->hide(); // the last PDF's path is the previous user's
    // Signed in: the first page the role may open. Signed out: no page.
    const QStringList allowed = visiblePages();
    if (!allowed.isEmpty())
        openCode(allowed.constFirst());
    else
        m_stack->setCurrentWidget(m_blank);
    // Last: a page may open itself for the new user (a restored draft).
    if (signedIn || m_context->isSignedIn())
        m_context->setUser(user);
}

void MainWindow::rebuildNavigation()
{
    const QSignalBlocker blocker(m_navigation);
    m_navigation->clear();
    auto *codes = static_cast<QStandardItemModel *>(m_codeBox->completer()->model());
    codes->clear();
    QTreeWidgetItem *area = nullptr;
    for (const Entry &e : std::as_const(m_pages)) {
        const PageDescriptor &p = *e.descriptor;
        const bool allowed = p.allows(m_role);
        e.action->setEnabled(allowed);
        if (!allowed)
            continue;
        if (!area || area->data(0, Qt::UserRole + 1).toString() != p.area()) {
            area = new QTreeWidgetItem(m_navigation, {pages::areaTitle(p.area())});
            area->setData(0, Qt::UserRole + 1, p.area());
            area->setFlags(Qt::ItemIsEnabled);
            QFont bold = area->font(0);
            bold.setBold(true);
            area->setFont(0, bold);
        }
        const QString shortcut = p.shortcut.toString(QKeySequence::NativeText);
        auto *item = new QTreeWidgetItem(
            area, {shortcut.isEmpty() ? u"%1  %2"_qs.arg(p.code, p.translatedTitle())
                                      : u"%1  %2  (%3)"_qs.arg(p.code, p.translatedTitle(), shortcut)});
        item->setData(0, kCodeRole, p.code);
        item->setToolTip(0, item->text(0)); // whole, also when the navigation is squeezed
        auto *completion = new QStandardItem(u"%1  %2"_qs.arg(p.code, p.translatedTitle()));
        completion->setData(p.code, kCodeRole);
        codes->appendRow(completion);
    }
    m_navigation->expandAll();
    fitNavigation();
    markInNavigation(currentPage());
    m_navigation->setEnabled(!m_role.isEmpty());
    m_codeBox->setEnabled(!m_role.isEmpty());
}

bool MainWindow::isBuilt(const QString &code) const
{
    for (const Entry &e : m_pages) {
        if (e.descriptor->code == code)
            return e.widget != nullptr;
    }
    return false;
}

QStringList MainWindow::visiblePages() const
{
    QStringList codes;
    for (int a = 0; a < m_navigation->topLevelItemCount(); ++a) {
        const QTreeWidgetItem *area = m_navigation->topLevelItem(a);
        for (int i = 0; i < area->childCount(); ++i)
            codes.append(area->child(i)->data(0, kCodeRole).toString());
    }
    return codes;
}

MainWindow::Entry *MainWindow::entry(const QString &code)
{
    for (Entry &e : m_pages) {
        if (e.descriptor->code == code.trimmed())
            return &e;
    }
    return nullptr;
}

QWidget *MainWindow::pageWidget(const QString &code)
{
    Entry *e = entry(code);
    return e ? widgetFor(*e) : nullptr;
}

QWidget *MainWindow::widgetFor(Entry &entry)
{
    if (!entry.widget) {
        entry.widget = entry.descriptor->create(*m_context, m_stack);
        entry.widget->setObjectName(u"page-"_qs + entry.descriptor->code);
        m_stack->addWidget(entry.widget);
        m_tables->adopt(entry.widget, entry.descriptor->code);
    }
    return entry.widget;
}

void MainWindow::buildPages()
{
    // Only what the role may open: a page loads its lists when built, and a teller's client has no
    // business asking for the supervisor's.
    for (Entry &e : m_pages) {
        if (!m_role.isEmpty() && e.descriptor->allows(m_role))
            widgetFor(e);
    }
}

bool MainWindow::openCode(const QString &code, const QString &argument)
{
    Entry *e = entry(code);
    if (!e) {
        statusBar()->showMessage(tr("Unknown transaction code %1").arg(code.trimmed()), 5000);
        return false;
    }
    const PageDescriptor &p = *e->descriptor;
    if (!p.allows(m_role)) {
        statusBar()->showMessage(tr("Your role may not open %1 %2").arg(p.code, p.translatedTitle()), 5000);
        return false;
    }
    showPage(*e);
    if (!argument.isEmpty()) {
        if (p.receive)
            p.receive(e->widget, argument);
        else
            qCWarning(lcShell) << "page" << p.code << "takes no argument; ignored";
    }
    return true;
}

void MainWindow::showPage(Entry &entry)
{
    m_stack->setCurrentWidget(widgetFor(entry));
    markInNavigation(entry.descriptor->code);
    // A page that names its first input (a focus proxy) gets the focus; others leave it where it is.
    if (entry.widget->focusProxy())
        entry.widget->setFocus();
}

void MainWindow::markInNavigation(const QString &code)
{
    const QSignalBlocker blocker(m_navigation);
    for (int a = 0; a < m_navigation->topLevelItemCount(); ++a) {
        QTreeWidgetItem *area = m_navigation->topLevelItem(a);
        for (int i = 0; i < area->childCount(); ++i) {
            if (area->child(i)->data(0, kCodeRole).toString() == code)
                m_navigation->setCurrentItem(area->child(i));
        }
    }
}

QString MainWindow::currentPage() const
{
    for (const Entry &e : m_pages) {
        if (e.widget && e.widget == m_stack->currentWidget())
            return e.descriptor->code;
    }
    return {};
}

void MainWindow::setLocked(bool locked)
{
    for (QAction *a : std::as_const(m_actions))
        a->setEnabled(!locked);
    if (!locked)
        rebuildNavigation(); // re-applies the role to the page actions
    menuBar()->setEnabled(!locked);
    m_outboxButton->setEnabled(!locked);
    if (locked && m_outbox)
        m_outbox->close();
    if (locked)
        m_lock->activate();
    else
        m_lock->hide();
}

void MainWindow::updateConnection(bool online)
{
    m_status[u"connection"_qs]->setText(online ? tr("Online") : tr("Offline"));
    m_status[u"connection"_qs]->setStyleSheet(online ? QString() : u"color: #b00020; font-weight: bold;"_qs);
    m_banners[BannerId::Offline]->setVisible(!online);
}

QString MainWindow::statusField(const QString &name) const
{
    if (name == u"outbox")
        return m_outboxButton->text();
    const QLabel *l = m_status.value(name);
    return l ? l->text() : QString();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    emit closing();
    event->accept();
}

} // namespace hpf::ui
