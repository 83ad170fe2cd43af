#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QAbstractItemView;
class QHeaderView;
class QWidget;

namespace hpf::client {
class Settings;
}

namespace hpf::ui {

// Column sizing for every table of every page, done once by the shell when it builds a page so
// no page has to: each QTableView / QTreeView (and QTableWidget, QTreeWidget) gets its columns
// sized to their contents when the first rows arrive (a long column capped, so the others stay in
// sight), the last column stretched to the edge, and the user's own column widths and order
// remembered per workstation under "<page code>/<view's objectName or position>".
class TableLayouts : public QObject
{
    Q_OBJECT
public:
    explicit TableLayouts(QObject *parent = nullptr);

    // Where header states are kept (not owned; null: nothing is remembered).
    void setSettings(client::Settings *settings);
    // Call once after the page is built.
    void adopt(QWidget *page, const QString &pageCode);
    // Keeps the header states of the page's views whose columns were laid out (at sign-out, close).
    void save(QWidget *page, const QString &pageCode) const;

    // The page's tables and trees, in creation order.
    static QList<QAbstractItemView *> views(QWidget *page);
    static QHeaderView *header(QAbstractItemView *view);
    static QString key(const QString &pageCode, QAbstractItemView *view, int position);
    // Whether the view's columns were laid out (by contents or from a remembered state).
    static bool isLaidOut(QAbstractItemView *view);

private:
    void layOut(QAbstractItemView *view, const QString &key) const;

    client::Settings *m_settings = nullptr;
};

} // namespace hpf::ui
