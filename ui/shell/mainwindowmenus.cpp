#include "clientcore.h"
#include "session/session.h"
#include "shell/banner.h"
#include "shell/calibrationdialog.h"
#include "shell/helpdialogs.h"
#include "shell/helpwindow.h"
#include "shell/mainwindow.h"
#include "shell/outboxview.h"
#include "shell/pageregistry.h"
#include "widgets/documentprinter.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QUrl>

// The main window's menus, Help dialogs and the printer's feedback (mainwindow.cpp: the rest).
namespace hpf::ui {

void MainWindow::buildActions()
{
    QMenu *counter = menuBar()->addMenu(tr("&Counter"));
    QString area;
    for (Entry &e : m_pages) {
        const PageDescriptor &p = *e.descriptor;
        if (!area.isEmpty() && p.area() != area)
            counter->addSeparator();
        area = p.area();
        auto *action = new QAction(u"%1  %2"_qs.arg(p.code, p.translatedTitle()), this);
        action->setObjectName(u"open-"_qs + p.code);
        action->setShortcut(p.shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, code = p.code] { openCode(code); });
        counter->addAction(action);
        addAction(action);
        e.action = action;
        m_actions.append(action);
    }
    counter->addSeparator();
    auto *code = counter->addAction(tr("Go to transaction code"));
    code->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(code, &QAction::triggered, this, [this] {
        m_codeBox->setFocus();
        m_codeBox->selectAll();
    });
    m_actions.append(code);
    auto *outbox = counter->addAction(tr("Outbox…"));
    outbox->setObjectName(u"outboxAction"_qs);
    connect(outbox, &QAction::triggered, this, &MainWindow::showOutbox);
    m_actions.append(outbox);
    auto *lock = counter->addAction(tr("Lock screen"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(lock, &QAction::triggered, m_core->session(), &client::Session::lockNow);
    m_actions.append(lock);
    auto *signOut = counter->addAction(tr("Sign out"));
    connect(signOut, &QAction::triggered, m_core->session(), &client::Session::signOut);
    m_actions.append(signOut);
    counter->addSeparator();
    // Ctrl+Q closes the window the normal way: the shell signs out and stops the training server.
    auto *quit = counter->addAction(tr("Quit"));
    quit->setObjectName(u"quitAction"_qs);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setShortcutContext(Qt::WindowShortcut);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    addAction(quit);
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
    buildHelpMenu();
}

void MainWindow::buildHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    auto *guide = help->addAction(tr("User guide"));
    guide->setObjectName(u"helpAction"_qs);
    guide->setShortcut(QKeySequence(Qt::Key_F1));
    guide->setShortcutContext(Qt::WindowShortcut);
    connect(guide, &QAction::triggered, this, &MainWindow::showHelp);
    addAction(guide);
    auto *keys = help->addAction(tr("Keyboard shortcuts"));
    keys->setObjectName(u"shortcutsAction"_qs);
    connect(keys, &QAction::triggered, this, &MainWindow::showShortcuts);
    help->addSeparator();
    auto *about = help->addAction(tr("About HPF Counter"));
    about->setObjectName(u"aboutAction"_qs);
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

QList<QPair<QKeySequence, QString>> MainWindow::shortcuts() const
{
    QList<QPair<QKeySequence, QString>> out;
    for (QAction *menu : menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *a : menu->menu()->actions()) {
            if (a->shortcut().isEmpty() || !a->isEnabled())
                continue; // a page the role may not open, or everything while locked
            out.append({a->shortcut(), a->text().remove(u'&').remove(u'…')});
        }
    }
    return out;
}

void MainWindow::showShortcuts()
{
    if (m_shortcuts)
        m_shortcuts->deleteLater(); // built again: the role may have changed
    QList<ShortcutsDialog::Row> rows;
    for (const auto &[keys, what] : shortcuts())
        rows.append({keys, what});
    m_shortcuts = new ShortcutsDialog(rows, this);
    m_shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_shortcuts, &QObject::destroyed, this, [this](QObject *o) {
        if (o == m_shortcuts)
            m_shortcuts = nullptr;
    });
    m_shortcuts->open();
}

void MainWindow::showAbout()
{
    if (m_about) {
        m_about->raise();
        m_about->activateWindow();
        return;
    }
    m_about = new AboutDialog(m_core, this);
    m_about->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_about, &QObject::destroyed, this, [this] { m_about = nullptr; });
    m_about->open();
}

void MainWindow::wirePrinter()
{
    Banner *document = m_banners[BannerId::Document];
    document->setObjectName(u"documentBanner"_qs);
    connect(document, &Banner::actionTriggered, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_pdfFolder)); });
    connect(m_printer, &DocumentPrinter::pdfSaved, this, [this, document](const QString &path) {
        m_pdfFolder = QFileInfo(path).absolutePath();
        const QString shown = QDir::toNativeSeparators(path);
        document->setText(tr("Saved as PDF: %1").arg(shown));
        document->setAction(tr("Open folder"));
        document->show();
        statusBar()->showMessage(tr("PDF saved: %1").arg(shown), 15000);
    });
    connect(m_printer, &DocumentPrinter::printed, this, [this, document](const QString &title) {
        document->hide();
        statusBar()->showMessage(tr("Sent to the printer: %1").arg(title), 10000);
    });
    connect(m_printer, &DocumentPrinter::failed, this, [this, document](const QString &message) {
        document->hide();
        statusBar()->showMessage(message, 15000);
        MessageBox::warn(this, tr("Not printed"), message);
    });
}

void MainWindow::showHelp()
{
    if (!m_help)
        m_help = new HelpWindow(this);
    const Entry *e = entry(currentPage());
    m_help->showAnchor(e ? e->descriptor->guideAnchor : QString());
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void MainWindow::showOutbox()
{
    if (m_role.isEmpty())
        return;
    if (!m_outbox)
        m_outbox = new OutboxView(m_core, this);
    m_outbox->refresh();
    m_outbox->show();
    m_outbox->raise();
    m_outbox->activateWindow();
}

} // namespace hpf::ui
