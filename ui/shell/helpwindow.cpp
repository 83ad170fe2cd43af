#include "shell/helpwindow.h"

#include "shell/pageregistry.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace hpf::ui {

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(u"helpWindow"_qs);
    setWindowTitle(tr("User guide"));
    resize(760, 640);
    m_browser->setObjectName(u"helpBrowser"_qs);
    m_browser->setOpenExternalLinks(true);
    // The guide's pictures (images/<code>.png) sit next to it in the resources.
    m_browser->setSearchPaths({u":/hpf/help"_qs});
    m_browser->setMarkdown(guideMarkdown());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
}

QString HelpWindow::guideMarkdown()
{
    QFile file(u":/hpf/help/user-guide.md"_qs);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList HelpWindow::anchors(const QString &markdown)
{
    static const QRegularExpression heading(u"^#{1,6}\\s+(.+?)\\s*#*\\s*$"_qs,
                                            QRegularExpression::MultilineOption);
    QStringList out;
    for (const QRegularExpressionMatch &m : heading.globalMatch(markdown))
        out.append(guideAnchor(m.captured(1)));
    return out;
}

bool HelpWindow::showAnchor(const QString &anchor)
{
    m_anchor.clear();
    QTextDocument *doc = m_browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || guideAnchor(block.text()) != anchor ||
            anchor.isEmpty())
            continue;
        m_anchor = anchor;
        m_browser->setTextCursor(QTextCursor(block));
        m_browser->ensureCursorVisible();
        const QRectF rect = doc->documentLayout()->blockBoundingRect(block);
        m_browser->verticalScrollBar()->setValue(int(rect.top()));
        return true;
    }
    m_browser->moveCursor(QTextCursor::Start);
    m_browser->verticalScrollBar()->setValue(0);
    return false;
}

} // namespace hpf::ui
