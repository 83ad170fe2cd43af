#include "archive/materialschecklist.h"

#include "api/archive.h"
#include "archive/capturestore.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace hpf::ui {

namespace {
constexpr int kMaterialRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;

qsizetype pagesOf(const QList<client::archive::CapturedPage> &pages, const QString &material)
{
    return std::count_if(pages.cbegin(), pages.cend(), [&](const auto &p) { return p.material == material; });
}
} // namespace

MaterialsChecklist::MaterialsChecklist(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(tr("&Materials checklist (Ctrl+1…9 chooses the material of the next pages):"), this))
    , m_list(new QListWidget(this))
{
    m_list->setObjectName(u"archiveChecklist"_qs);
    m_list->setAccessibleName(tr("Materials checklist"));
    m_label->setBuddy(m_list);
    m_label->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (const QListWidgetItem *item = m_list->currentItem())
            emit materialChosen(item->data(kNameRole).toString());
    });
}

void MaterialsChecklist::setPages(const client::api::ArchiveBusiness *business,
                                  const QList<client::archive::CapturedPage> &pages,
                                  const QStringList &satisfied)
{
    const int currentRow = qMax(0, m_list->currentRow());
    m_list->clear();
    m_names.clear();
    if (business) {
        const bool english = locale().language() == QLocale::English;
        for (const client::api::ArchiveMaterial &m : business->materials) {
            const qsizetype count = pagesOf(pages, m.code);
            const QString name = english && !m.nameEn.isEmpty() ? m.nameEn : m.name;
            m_names.insert(m.code, name);
            const bool shared = satisfied.contains(m.code);
            const bool done = count >= m.minPages || shared;
            const QString text = shared && count == 0
                                     ? tr("%1 %2: satisfied by shared data").arg(u"✓"_qs, name)
                                     : tr("%1 %2: %3 of at least %4 pages%5")
                                           .arg(done ? u"✓"_qs : (m.required ? u"✗"_qs : u"○"_qs), name)
                                           .arg(count)
                                           .arg(m.minPages)
                                           .arg(m.required ? tr(" (required)") : tr(" (optional)"));
            auto *item = new QListWidgetItem(text, m_list);
            item->setData(kMaterialRole, m.code);
            item->setData(kNameRole, name);
        }
    }
    m_list->setCurrentRow(qMin(currentRow, m_list->count() - 1));
}

void MaterialsChecklist::clear()
{
    m_list->clear();
    m_names.clear();
}

void MaterialsChecklist::choose(int row)
{
    if (row >= 0 && row < m_list->count())
        m_list->setCurrentRow(row);
}

QString MaterialsChecklist::currentMaterial() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kMaterialRole).toString() : QString();
}

QString MaterialsChecklist::materialName(const QString &code) const
{
    return m_names.value(code, code);
}

QStringList MaterialsChecklist::missing(const client::api::ArchiveBusiness *business,
                                        const QList<client::archive::CapturedPage> &pages,
                                        const QStringList &satisfied)
{
    QStringList codes;
    if (!business)
        return codes;
    for (const client::api::ArchiveMaterial &m : business->materials) {
        // A material a stored sharing answer satisfied needs no scan (零要件).
        if (m.required && pagesOf(pages, m.code) < m.minPages && !satisfied.contains(m.code))
            codes.append(m.code);
    }
    return codes;
}

QString MaterialsChecklist::missingText(const QStringList &codes) const
{
    QStringList names;
    for (const QString &code : codes)
        names.append(materialName(code));
    return names.join(tr(", "));
}

} // namespace hpf::ui
