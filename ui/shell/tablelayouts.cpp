#include "shell/tablelayouts.h"

#include "session/settings.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QLoggingCategory>
#include <QTableView>
#include <QTreeView>

namespace hpf::ui {

namespace {

Q_LOGGING_CATEGORY(lcTables, "hpf.ui.tables")

constexpr char kLaidOut[] = "hpfColumnsLaidOut";
constexpr int kMaxColumnChars = 40; // a long name or remark column does not push the others away

} // namespace

TableLayouts::TableLayouts(QObject *parent)
    : QObject(parent)
{}

void TableLayouts::setSettings(client::Settings *settings)
{
    m_settings = settings;
}

QList<QAbstractItemView *> TableLayouts::views(QWidget *page)
{
    QList<QAbstractItemView *> out;
    for (QAbstractItemView *v : page->findChildren<QAbstractItemView *>()) {
        // Only the page's own tables: not the popup list of a combo box or completer.
        if ((qobject_cast<QTableView *>(v) || qobject_cast<QTreeView *>(v)) && header(v))
            out.append(v);
    }
    return out;
}

QHeaderView *TableLayouts::header(QAbstractItemView *view)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->header();
    return nullptr;
}

QString TableLayouts::key(const QString &pageCode, QAbstractItemView *view, int position)
{
    return u"page-%1/%2"_qs.arg(pageCode, view->objectName().isEmpty() ? u"view%1"_qs.arg(position)
                                                                       : view->objectName());
}

bool TableLayouts::isLaidOut(QAbstractItemView *view)
{
    return view->property(kLaidOut).toBool();
}

void TableLayouts::adopt(QWidget *page, const QString &pageCode)
{
    const QList<QAbstractItemView *> all = views(page);
    for (int i = 0; i < all.size(); ++i) {
        QAbstractItemView *view = all.at(i);
        QHeaderView *h = header(view);
        h->setStretchLastSection(true);
        QAbstractItemModel *model = view->model();
        if (!model)
            continue; // a view without a model has no columns to lay out
        const QString k = key(pageCode, view, i);
        // The first rows (a lookup, a list load) are what the columns are sized to; from the event
        // loop, as a QTableWidget inserts its rows before it fills their cells.
        const auto once = [this, view, k] {
            QMetaObject::invokeMethod(
                view, [this, view, k] { layOut(view, k); }, Qt::QueuedConnection);
        };
        connect(model, &QAbstractItemModel::rowsInserted, view, once);
        connect(model, &QAbstractItemModel::modelReset, view, once);
        connect(model, &QAbstractItemModel::layoutChanged, view, once);
        once(); // rows the page filled while it was built
    }
}

void TableLayouts::layOut(QAbstractItemView *view, const QString &key) const
{
    if (isLaidOut(view) || !view->model() || view->model()->rowCount() == 0 ||
        view->model()->columnCount() == 0)
        return;
    QHeaderView *h = header(view);
    view->setProperty(kLaidOut, true);
    const QByteArray saved = m_settings ? m_settings->layout(key) : QByteArray();
    if (!saved.isEmpty() && h->restoreState(saved) && h->count() == view->model()->columnCount()) {
        qCDebug(lcTables) << "restored" << key;
        return;
    }
    const int cap = view->fontMetrics().averageCharWidth() * kMaxColumnChars;
    const int last = h->count() - 1;
    for (int c = 0; c < h->count(); ++c) {
        if (h->isSectionHidden(c) || h->sectionResizeMode(c) != QHeaderView::Interactive ||
            (c == last && h->stretchLastSection()))
            continue; // the page chose this column's mode, or it stretches anyway
        if (auto *table = qobject_cast<QTableView *>(view))
            table->resizeColumnToContents(c);
        else if (auto *tree = qobject_cast<QTreeView *>(view))
            tree->resizeColumnToContents(c);
        if (h->sectionSize(c) > cap)
            h->resizeSection(c, cap);
    }
}

void TableLayouts::save(QWidget *page, const QString &pageCode) const
{
    if (!m_settings)
        return;
    const QList<QAbstractItemView *> all = views(page);
    for (int i = 0; i < all.size(); ++i) {
        if (isLaidOut(all.at(i)))
            m_settings->setLayout(key(pageCode, all.at(i), i), header(all.at(i))->saveState());
    }
}

} // namespace hpf::ui
