#pragma once

#include "archive/capturestore.h"

#include <QImage>
#include <QListWidget>
#include <functional>
#include <optional>

namespace hpf::ui {

// The page strip of 8001 档案采集: the captured pages of one record as thumbnails in their
// order, flagged when they look blank or like a near-duplicate, and the edits on the selected
// page (turn, deskew, crop, move, delete), each stored in the sealed capture store at once. After
// an edit it asks its page to show the pages again (edited) with the row to select then.
class CapturePageStrip : public QListWidget
{
    Q_OBJECT
public:
    CapturePageStrip(client::archive::CaptureStore *store, QWidget *parent = nullptr);

    // `materialName` gives the name a page's material code is shown with.
    void showPages(const QList<client::archive::CapturedPage> &pages,
                   const std::function<QString(const QString &)> &materialName);
    QString selectedPageId() const;

    void rotate(int quarterTurns);
    void deskew();
    void crop();
    void moveSelected(int delta);
    void deleteSelected();

signals:
    void edited(int rowToSelect);
    void message(const QString &text, bool error);

private:
    // Decodes the selected page, applies `edit` (nothing when it returns no image) and stores the
    // result re-encoded in the page's place.
    void editSelected(
        const std::function<std::optional<QImage>(const QImage &, const client::archive::CapturedPage &)>
            &edit);
    void report(const hpf::Status &status);

    client::archive::CaptureStore *m_store;
    QList<client::archive::CapturedPage> m_pages;
};

} // namespace hpf::ui
