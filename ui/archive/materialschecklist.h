#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;

namespace hpf::client {
namespace api {
struct ArchiveBusiness;
}
namespace archive {
struct CapturedPage;
}
} // namespace hpf::client

namespace hpf::ui {

// The materials checklist of 8001 档案采集: one row per material the business's checklist asks
// for, with the pages captured so far against the pages it needs (✓ done, ✗ required and short,
// ○ optional), shared-data answers (零要件) counted as done. The current row is the material the
// next scanned or imported pages go to; Ctrl+1…9 on the page choose it by number.
class MaterialsChecklist : public QWidget
{
    Q_OBJECT
public:
    explicit MaterialsChecklist(QWidget *parent = nullptr);

    // Rebuilds the rows for `business` (nullptr: no checklist) and keeps the current row.
    void setPages(const client::api::ArchiveBusiness *business,
                  const QList<client::archive::CapturedPage> &pages, const QStringList &satisfied);
    void clear();
    void choose(int row); // Ctrl+1…9: rows past the end are ignored

    QString currentMaterial() const;                 // code; empty when nothing is chosen
    QString materialName(const QString &code) const; // the code itself when unknown
    QListWidget *list() const { return m_list; }

    // Codes of the required materials with fewer pages than they need (and no shared answer).
    static QStringList missing(const client::api::ArchiveBusiness *business,
                               const QList<client::archive::CapturedPage> &pages,
                               const QStringList &satisfied);
    // The same as names, joined for a message.
    QString missingText(const QStringList &codes) const;

signals:
    void materialChosen(const QString &name);

private:
    QLabel *m_label;
    QListWidget *m_list;
    QHash<QString, QString> m_names;
};

} // namespace hpf::ui
