#pragma once

#include <QCoreApplication>
#include <QString>

namespace hpf::client::api {
struct ArchiveMaterials;
}

namespace hpf::ui {

// What the archive pages say about the server's codes, translated: the four-property aspects and
// checks (server/business/archive/fourchecks.cpp), the roles of a package's files, and a
// material's name from the business's checklist. An unknown code is shown as it is, so a newer
// server's check still appears (and a test sees it is missing here).
class ArchiveText
{
    Q_DECLARE_TR_FUNCTIONS(hpf::ui::ArchiveText)
public:
    static QString aspectName(const QString &aspect);
    static QString checkName(const QString &check);
    static QString fileRole(const QString &role);
    // The material's name in the checklist of `business` (English where the UI is English and the
    // catalogue has it); the code itself when the catalogue does not know it.
    static QString materialName(const client::api::ArchiveMaterials *materials, const QString &business,
                                const QString &code, bool english);
    // Whether checkName() knows the code (tests walk the server's list with it).
    static bool knowsCheck(const QString &check);
};

} // namespace hpf::ui
