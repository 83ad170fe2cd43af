#include "archive/capturestrip.h"

#include "archive/capturestore.h"
#include "imaging/codec.h"
#include "imaging/process.h"
#include "session/usertext.h"

namespace hpf::ui {

namespace {

constexpr int kPageIdRole = Qt::UserRole;
constexpr int kThumbnail = 120;

QIcon thumbnail(const QByteArray &bytes, const QString &mediaType)
{
    auto image = imaging::decodePage(bytes, mediaType, 0, 24);
    if (!image)
        return {};
    return QIcon(QPixmap::fromImage(
        image->scaled(kThumbnail, kThumbnail, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

} // namespace

CapturePageStrip::CapturePageStrip(client::archive::CaptureStore *store, QWidget *parent)
    : QListWidget(parent)
    , m_store(store)
{
    setObjectName(u"archiveStrip"_qs);
    setAccessibleName(tr("Captured pages"));
    setViewMode(QListView::IconMode);
    setIconSize(QSize(kThumbnail, kThumbnail));
    setFlow(QListView::LeftToRight);
    setWrapping(false);
    setMinimumHeight(kThumbnail + 48);
    setMovement(QListView::Static);
}

void CapturePageStrip::showPages(const QList<client::archive::CapturedPage> &pages,
                                 const std::function<QString(const QString &)> &materialName)
{
    m_pages = pages;
    clear();
    for (const client::archive::CapturedPage &p : pages) {
        QStringList text{tr("%1 · %2").arg(p.sequence).arg(materialName(p.material))};
        if (p.isBlank())
            text.append(tr("blank?"));
        if (p.isNearDuplicate())
            text.append(tr("duplicate?"));
        auto *item = new QListWidgetItem(text.join(u'\n'), this);
        item->setData(kPageIdRole, p.id);
        if (auto bytes = m_store->data(p.id))
            item->setIcon(thumbnail(*bytes, p.mediaType));
        if (p.isBlank() || p.isNearDuplicate())
            item->setForeground(QColor(0xb0, 0x60, 0x00));
    }
}

QString CapturePageStrip::selectedPageId() const
{
    const QListWidgetItem *item = currentItem();
    return item ? item->data(kPageIdRole).toString() : QString();
}

void CapturePageStrip::report(const hpf::Status &status)
{
    if (!status)
        emit message(client::usertext::describe(status.error()), true);
}

void CapturePageStrip::rotate(int quarterTurns)
{
    const QString id = selectedPageId();
    if (id.isEmpty())
        return;
    const int row = currentRow();
    report(m_store->rotate(id, quarterTurns));
    emit edited(row);
}

void CapturePageStrip::deskew()
{
    editSelected([this](const QImage &image, const client::archive::CapturedPage &) -> std::optional<QImage> {
        const double skew = imaging::estimateSkew(image);
        if (qAbs(skew) < 0.05) {
            emit message(tr("The page is straight"), false);
            return std::nullopt;
        }
        return imaging::deskew(image, skew);
    });
}

void CapturePageStrip::crop()
{
    editSelected([](const QImage &image, const client::archive::CapturedPage &page) -> std::optional<QImage> {
        const int dpi = qMax(72, page.digitisation.dpi);
        return imaging::autoCrop(image, dpi / 10); // a margin of a tenth of an inch
    });
}

void CapturePageStrip::editSelected(
    const std::function<std::optional<QImage>(const QImage &, const client::archive::CapturedPage &)> &edit)
{
    const QString id = selectedPageId();
    const int row = currentRow();
    if (id.isEmpty() || row < 0 || row >= m_pages.size())
        return;
    const client::archive::CapturedPage page = m_pages.at(row);
    auto bytes = m_store->data(id);
    auto image = bytes ? imaging::decodePage(*bytes, page.mediaType) : Result<QImage>(bytes.error());
    if (!image) {
        emit message(client::usertext::describe(image.error()), true);
        return;
    }
    const std::optional<QImage> changed = edit(*image, page);
    if (!changed)
        return;
    report(m_store->replaceImage(id, *changed));
    emit edited(row);
}

void CapturePageStrip::moveSelected(int delta)
{
    const QString id = selectedPageId();
    if (id.isEmpty())
        return;
    const int target = qBound(0, currentRow() + delta, count() - 1);
    report(m_store->move(id, target + 1));
    emit edited(target);
}

void CapturePageStrip::deleteSelected()
{
    const QString id = selectedPageId();
    if (id.isEmpty())
        return;
    const int row = currentRow();
    report(m_store->remove(id));
    emit edited(qMin(row, count() - 2));
}

} // namespace hpf::ui
