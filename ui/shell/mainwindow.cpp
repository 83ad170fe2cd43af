#include "shell/mainwindow.h"

#include "shell/banner.h"
#include "shell/calibrationdialog.h"
#include "certificates/certificatebatchpage.h"
#include "certificates/certificateissuepage.h"
#include "certificates/certificateverifypage.h"
#include "clientcore.h"
#include "widgets/documentprinter.h"
#include "opening/employeelistpage.h"
#include "opening/flexibleopeningpage.h"
#include "judicial/freezepage.h"
#include "shell/lockoverlay.h"
#include "lookup/lookuppage.h"
#include "opening/personopeningpage.h"
#include "lookup/personpage.h"
#include "opening/receiptpage.h"
#include "reference/referencesync.h"
#include "opening/sealpage.h"
#include "session/session.h"
#include "store/outbox.h"
#include "opening/unitopeningpage.h"
#include "lookup/unitpage.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpressionValidator>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace hpf::ui {

MainWindow::MainWindow(client::ClientCore *core, QWidget *parent)
    : QMainWindow(parent)
    , m_core(core)
    , m_pages(pageTable())
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_codeBox(new QLineEdit(this))
    , m_trainingMarker(new QLabel(tr("TRAINING"), this))
    , m_printer(new DocumentPrinter(this, this))
    , m_lookup(new LookupPage(core, this))
    , m_person(new PersonPage(core, this))
    , m_unit(new UnitPage(core, this))
    , m_freeze(new FreezePage(core, this))
    , m_seal(new SealPage(core, m_printer, this))
    , m_receipts(new ReceiptPage(core, m_printer, this))
{
    setObjectName(u"mainWindow"_qs);
    setWindowTitle(tr("HPF Counter"));
    resize(1100, 720);

    m_pageWidgets = {{PageId::Lookup, m_lookup},
                     {PageId::Person, m_person},
                     {PageId::Unit, m_unit},
                     {PageId::Freeze, m_freeze}};
    m_unitOpening = new UnitOpeningPage(core, m_printer, this);
    m_personOpening = new PersonOpeningPage(core, m_printer, this);
    m_flexibleOpening = new FlexibleOpeningPage(core, m_printer, this);
    m_pageWidgets.insert(PageId::UnitOpening, m_unitOpening);
    m_pageWidgets.insert(PageId::PersonOpening, m_personOpening);
    m_pageWidgets.insert(PageId::FlexibleOpening, m_flexibleOpening);
    m_employeeList = new EmployeeListPage(core, m_printer, this);
    m_pageWidgets.insert(PageId::EmployeeList, m_employeeList);
    m_pageWidgets.insert(PageId::Seal, m_seal);
    m_pageWidgets.insert(PageId::Receipts, m_receipts);
    m_certIssue = new CertificateIssuePage(core, m_printer, this);
    m_certBatch = new CertificateBatchPage(core, m_printer, this);
    m_certVerify = new CertificateVerifyPage(core, this);
    m_pageWidgets.insert(PageId::CertificateIssue, m_certIssue);
    m_pageWidgets.insert(PageId::CertificateBatch, m_certBatch);
    m_pageWidgets.insert(PageId::CertificateVerify, m_certVerify);
    for (const PageInfo &p : std::as_const(m_pages))
        m_stack->addWidget(m_pageWidgets.value(p.id));

    auto *toolbar = addToolBar(tr("Counter"));
    toolbar->setObjectName(u"counterToolbar"_qs);
    toolbar->setMovable(false);
    m_codeBox->setObjectName(u"transactionCode"_qs);
    m_codeBox->setPlaceholderText(tr("Transaction code"));
    m_codeBox->setMaximumWidth(160);
    m_codeBox->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,4}"_qs), m_codeBox));
    toolbar->addWidget(new QLabel(tr("Code:"), this));
    toolbar->addWidget(m_codeBox);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_trainingMarker->setObjectName(u"trainingMarker"_qs);
    m_trainingMarker->setToolTip(tr("Training environment: a local demo server; nothing here is real"));
    m_trainingMarker->setStyleSheet(
        u"background: #c62828; color: white; font-weight: bold; padding: 4px 12px; border-radius: 3px;"_qs);
    m_trainingMarker->setVisible(false);
    toolbar->addWidget(m_trainingMarker);

    m_navigation->setObjectName(u"navigation"_qs);
    m_navigation->setMaximumWidth(220);
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    for (const auto &[id, kind] :
         {std::pair{BannerId::Cache, Banner::Kind::Error}, std::pair{BannerId::Training, Banner::Kind::Error},
          std::pair{BannerId::Offline, Banner::Kind::Warning},
          std::pair{BannerId::Keychain, Banner::Kind::Warning}}) {
        auto *b = new Banner(kind, centre);
        m_banners.insert(id, b);
        centreLayout->addWidget(b);
    }
    centreLayout->addWidget(m_stack, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(centre);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    for (const QString &name : {u"server"_qs, u"connection"_qs, u"user"_qs, u"role"_qs, u"branch"_qs,
                                u"workstation"_qs, u"outbox"_qs})
        addStatusField(name);
    m_status[u"workstation"_qs]->setText(tr("Workstation %1").arg(core->workstation()));
    m_banners[BannerId::Offline]->setText(
        tr("The server cannot be reached. Pages already open stay readable and drafts keep being saved; "
           "the client reconnects by itself."));

    buildActions();
    m_lock = new LockOverlay(core->session(), this);

    connect(m_codeBox, &QLineEdit::returnPressed, this, [this] {
        if (openCode(m_codeBox->text()))
            m_codeBox->clear();
    });
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            openPage(PageId(m_navigation->item(row)->data(Qt::UserRole).toInt()));
    });
    connect(m_lookup, &LookupPage::openPerson, this, [this](const QString &account) {
        openPage(PageId::Person);
        m_person->showAccount(account);
    });
    connect(m_lookup, &LookupPage::openUnit, this, [this](const QString &unit) {
        openPage(PageId::Unit);
        m_unit->showUnit(unit);
    });
    connect(m_unit, &UnitPage::openPerson, m_lookup, &LookupPage::openPerson);
    connect(m_unitOpening, &UnitOpeningPage::openUnit, m_lookup, &LookupPage::openUnit);
    connect(m_personOpening, &PersonOpeningPage::openPerson, m_lookup, &LookupPage::openPerson);
    connect(m_flexibleOpening, &FlexibleOpeningPage::openPerson, m_lookup, &LookupPage::openPerson);
    connect(core, &client::ClientCore::onlineChanged, this, &MainWindow::updateConnection);
    connect(core->outbox(), &client::Outbox::pendingCountChanged, this, [this](int n) {
        m_status[u"outbox"_qs]->setText(tr("%n operation(s) waiting to be sent", nullptr, n));
    });
    m_status[u"outbox"_qs]->setText(tr("%n operation(s) waiting to be sent", nullptr, 0));
    updateConnection(core->isOnline());
    applyUser({});
}

QLabel *MainWindow::addStatusField(const QString &name)
{
    auto *label = new QLabel(this);
    label->setObjectName(u"status-"_qs + name);
    statusBar()->addPermanentWidget(label);
    m_status.insert(name, label);
    return label;
}

void MainWindow::buildActions()
{
    QMenu *counter = menuBar()->addMenu(tr("&Counter"));
    for (const PageInfo &p : std::as_const(m_pages)) {
        auto *action = new QAction(u"%1  %2"_qs.arg(p.code, p.title), this);
        action->setShortcut(p.shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setData(int(p.id));
        connect(action, &QAction::triggered, this, [this, id = p.id] { openPage(id); });
        counter->addAction(action);
        addAction(action);
        m_pageActions.append(action);
    }
    counter->addSeparator();
    auto *code = counter->addAction(tr("Go to transaction code"));
    code->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(code, &QAction::triggered, this, [this] {
        m_codeBox->setFocus();
        m_codeBox->selectAll();
    });
    m_pageActions.append(code);
    auto *lock = counter->addAction(tr("Lock screen"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(lock, &QAction::triggered, m_core->session(), &client::Session::lockNow);
    m_pageActions.append(lock);
    auto *signOut = counter->addAction(tr("Sign out"));
    connect(signOut, &QAction::triggered, m_core->session(), &client::Session::signOut);
    m_pageActions.append(signOut);
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    auto *settings = tools->addAction(tr("Settings…"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    tools->addSeparator();
    auto *choosePrinter = tools->addAction(tr("Printer…"));
    choosePrinter->setObjectName(u"choosePrinterAction"_qs);
    connect(choosePrinter, &QAction::triggered, m_printer, &DocumentPrinter::choosePrinter);
    auto *pageSetup = tools->addAction(tr("Page setup…"));
    pageSetup->setObjectName(u"pageSetupAction"_qs);
    connect(pageSetup, &QAction::triggered, m_printer, &DocumentPrinter::pageSetup);
    auto *calibrate = tools->addAction(tr("Printer calibration…"));
    calibrate->setObjectName(u"calibrationAction"_qs);
    connect(calibrate, &QAction::triggered, this, [this] {
        auto *dialog = new CalibrationDialog(m_printer, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void MainWindow::setTrainingMode(bool training)
{
    m_training = training;
    m_trainingMarker->setVisible(training);
    m_unitOpening->setTraining(training);
    m_personOpening->setTraining(training);
    m_flexibleOpening->setTraining(training);
    m_employeeList->setTrainingMode(training);
    m_seal->setTrainingMode(training);
    m_receipts->setTrainingMode(training);
    setWindowTitle(training ? tr("HPF Counter — TRAINING") : tr("HPF Counter"));
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
    m_role = user.role;
    const bool signedIn = !user.username.isEmpty();
    m_status[u"user"_qs]->setText(signedIn ? tr("User %1").arg(user.displayName) : tr("Not signed in"));
    m_status[u"role"_qs]->setText(signedIn ? roleLabel(user.role) : QString());
    const QString branchName = m_core->reference()->branchName(user.branch);
    m_status[u"branch"_qs]->setText(
        signedIn
            ? tr("Branch %1").arg(branchName == user.branch ? user.branch : user.branch + u' ' + branchName)
            : QString());
    m_person->setRole(user.role);
    m_unit->setRole(user.role);
    m_lookup->setRevealPersonalData(user.role == u"judicial");
    if (!signedIn) {
        m_lookup->reset();
        m_person->reset();
        m_unit->reset();
        m_freeze->reset();
        m_certIssue->reset();
        m_certBatch->reset();
        m_certVerify->reset();
        m_unitOpening->reset();
        m_personOpening->reset();
        m_flexibleOpening->reset();
        m_employeeList->reset();
        m_seal->reset();
        m_receipts->reset();
    }
    rebuildNavigation();
    if (signedIn)
        openPage(PageId::Lookup);
}

void MainWindow::rebuildNavigation()
{
    const QSignalBlocker blocker(m_navigation);
    m_navigation->clear();
    for (const PageInfo &p : std::as_const(m_pages)) {
        const bool allowed = p.allows(m_role);
        if (allowed) {
            auto *item = new QListWidgetItem(
                u"%1  %2  (%3)"_qs.arg(p.code, p.title, p.shortcut.toString(QKeySequence::NativeText)),
                m_navigation);
            item->setData(Qt::UserRole, int(p.id));
        }
        for (QAction *a : std::as_const(m_pageActions)) {
            if (a->data().isValid() && a->data().toInt() == int(p.id))
                a->setEnabled(allowed);
        }
    }
    m_navigation->setEnabled(!m_role.isEmpty());
    m_codeBox->setEnabled(!m_role.isEmpty());
}

QList<PageId> MainWindow::visiblePages() const
{
    QList<PageId> ids;
    for (int i = 0; i < m_navigation->count(); ++i)
        ids.append(PageId(m_navigation->item(i)->data(Qt::UserRole).toInt()));
    return ids;
}

bool MainWindow::openCode(const QString &code)
{
    const PageInfo *page = findPageByCode(m_pages, code);
    if (!page) {
        statusBar()->showMessage(tr("Unknown transaction code %1").arg(code.trimmed()), 5000);
        return false;
    }
    if (!page->allows(m_role)) {
        statusBar()->showMessage(tr("Your role may not open %1 %2").arg(page->code, page->title), 5000);
        return false;
    }
    openPage(page->id);
    return true;
}

void MainWindow::openPage(PageId id)
{
    for (const PageInfo &p : std::as_const(m_pages)) {
        if (p.id == id && !p.allows(m_role))
            return;
    }
    m_stack->setCurrentWidget(m_pageWidgets.value(id));
    const QSignalBlocker blocker(m_navigation);
    for (int i = 0; i < m_navigation->count(); ++i) {
        if (m_navigation->item(i)->data(Qt::UserRole).toInt() == int(id))
            m_navigation->setCurrentRow(i);
    }
    if (id == PageId::Lookup)
        m_lookup->input()->setFocus();
    if (id == PageId::UnitOpening)
        m_unitOpening->inputs().constFirst()->setFocus();
    if (id == PageId::PersonOpening)
        m_personOpening->unitEdit()->setFocus();
    if (id == PageId::FlexibleOpening)
        m_flexibleOpening->ratioEdit()->setFocus();
    if (id == PageId::Seal)
        m_seal->accountEdit()->setFocus();
    if (id == PageId::Receipts)
        m_receipts->serialEdit()->setFocus();
}

PageId MainWindow::currentPage() const
{
    return m_pageWidgets.key(m_stack->currentWidget(), PageId::Lookup);
}

void MainWindow::setLocked(bool locked)
{
    for (QAction *a : std::as_const(m_pageActions))
        a->setEnabled(!locked);
    if (!locked)
        rebuildNavigation(); // re-applies the role to the page actions
    menuBar()->setEnabled(!locked);
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
    const QLabel *l = m_status.value(name);
    return l ? l->text() : QString();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    emit closing();
    event->accept();
}

} // namespace hpf::ui
