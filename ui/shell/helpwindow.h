#pragma once

#include <QWidget>

class QTextBrowser;

namespace hpf::ui {

// The user guide (docs/user-guide/README.md, 中文, shipped as the resource :/hpf/help/user-guide.md)
// in a window of its own, opened by F1 at the section of the current page.
class HelpWindow : public QWidget
{
    Q_OBJECT
public:
    explicit HelpWindow(QWidget *parent = nullptr);

    // Scrolls to the heading whose anchor (guideAnchor()) is `anchor`; the top for an unknown one.
    // Returns whether the heading was found.
    bool showAnchor(const QString &anchor);
    QString currentAnchor() const { return m_anchor; }
    QTextBrowser *browser() const { return m_browser; }

    static QString guideMarkdown();
    // The anchors of every heading of the guide, in order.
    static QStringList anchors(const QString &markdown);

private:
    QTextBrowser *m_browser;
    QString m_anchor;
};

} // namespace hpf::ui
