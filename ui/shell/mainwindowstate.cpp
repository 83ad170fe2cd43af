#include "session/settings.h"
#include "shell/mainwindow.h"
#include "shell/pageregistry.h"
#include "shell/tablelayouts.h"

#include <QEvent>
#include <QFontMetrics>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>

// The main window's remembered layout, the navigation's width and the pages' lifetime
// (mainwindow.cpp: the rest).
namespace hpf::ui {

namespace {
constexpr int kNavigationMinimumChars = 8; // of a title, beside its code, when squeezed
} // namespace

void MainWindow::setSettings(client::Settings *settings)
{
    m_settings = settings;
    m_tables->setSettings(settings);
}

bool MainWindow::restoreLayout()
{
    if (!m_settings)
        return false;
    const QByteArray geometry = m_settings->layout(u"mainWindow/geometry"_qs);
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        return false;
    restoreState(m_settings->layout(u"mainWindow/state"_qs));
    // The navigation's width the teller chose is kept; without one it fits its titles.
    m_navigationSized = m_splitter->restoreState(m_settings->layout(u"mainWindow/splitter"_qs));
    return true;
}

void MainWindow::saveLayout()
{
    if (!m_settings)
        return;
    m_settings->setLayout(u"mainWindow/geometry"_qs, saveGeometry());
    m_settings->setLayout(u"mainWindow/state"_qs, saveState());
    m_settings->setLayout(u"mainWindow/splitter"_qs, m_splitter->saveState());
    for (const Entry &e : std::as_const(m_pages)) {
        if (e.widget)
            m_tables->save(e.widget, e.descriptor->code);
    }
    m_settings->sync();
}

void MainWindow::fitNavigation()
{
    QFont bold = m_navigation->font();
    bold.setBold(true);
    const QFontMetrics plain(m_navigation->font());
    const QFontMetrics heading(bold);
    int widest = 0;
    for (int a = 0; a < m_navigation->topLevelItemCount(); ++a) {
        const QTreeWidgetItem *area = m_navigation->topLevelItem(a);
        widest = std::max(widest, heading.horizontalAdvance(area->text(0)));
        for (int i = 0; i < area->childCount(); ++i)
            widest = std::max(widest,
                              m_navigation->indentation() + plain.horizontalAdvance(area->child(i)->text(0)));
    }
    // Item margins and the focus frame, the view's frame and a vertical scroll bar when the list is
    // longer than the window.
    const int chrome = 2 * m_navigation->frameWidth() + 3 * plain.averageCharWidth() +
                       m_navigation->verticalScrollBar()->sizeHint().width();
    m_navigationFit = widest + chrome;
    // The navigation may be squeezed (by the teller, or by a wide page at 200 %) down to the codes
    // and the start of the titles (each item's tooltip has its whole text); it opens at the width
    // that shows every title whole, unless the teller chose a width.
    const int minimum = m_navigation->indentation() + plain.horizontalAdvance(u"0000  "_qs) +
                        kNavigationMinimumChars * plain.averageCharWidth() + chrome;
    m_navigation->setMinimumWidth(std::min(minimum, m_navigationFit));
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.size() == 2 ? sizes.at(0) + sizes.at(1) : 0;
    if (!m_navigationSized && widest > 0 && total > m_navigationFit)
        m_splitter->setSizes({m_navigationFit, total - m_navigationFit});
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        fitNavigation(); // the font scale setting
    QMainWindow::changeEvent(event);
}

void MainWindow::discardPages()
{
    for (Entry &e : m_pages) {
        QWidget *page = e.widget;
        if (!page)
            continue;
        m_tables->save(page, e.descriptor->code);
        e.widget = nullptr;
        m_stack->removeWidget(page);
        // Deleted from the event loop (the sign-out may come from inside one of its own handlers);
        // until then it hears nothing more from the context and is out of the window's tree.
        QObject::disconnect(m_context, nullptr, page, nullptr);
        for (QObject *child : page->findChildren<QObject *>())
            QObject::disconnect(m_context, nullptr, child, nullptr);
        page->hide();
        page->setParent(nullptr);
        page->deleteLater();
    }
    if (m_settings)
        m_settings->sync();
}

} // namespace hpf::ui
