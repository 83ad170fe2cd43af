#include "archive/archivetext.h"

#include "api/archive.h"

#include <QHash>

namespace hpf::ui {

namespace {

const QHash<QString, const char *> &checkNames()
{
    static const QHash<QString, const char *> names{
        {u"manifest.parse"_qs, QT_TRANSLATE_NOOP("hpf::ui::ArchiveText", "Manifest readable")},
        {u"signature"_qs, QT_TRANSLATE_NOOP("hpf::ui::ArchiveText", "Manifest signature")},
        {u"manifest.row"_qs, QT_TRANSLATE_NOOP("hpf::ui::ArchiveText", "Manifest matches the register")},
        {u"registration"_qs, QT_TRANSLATE_NOOP("hpf::ui::ArchiveText", "Registered with its business")},
        {u"file.row"_qs, QT_TRANSLATE_NOOP("hpf::ui::ArchiveText", "File listed in the manifest")},
        {u"mediatype.allowed"_qs, QT_TRANSLATE_NOOP("hpf::ui::ArchiveText", "Allowed file format")},
        {u"metadata"_qs, QT_TRANSLATE_NOOP("hpf::ui::ArchiveText", "Digitisation metadata")},
        {u"file.readable"_qs, QT_TRANSLATE_NOOP("hpf::ui::ArchiveText", "File readable from the store")},
        {u"file.present"_qs, QT_TRANSLATE_NOOP("hpf::ui::ArchiveText", "File present in the store")},
        {u"file.digest"_qs, QT_TRANSLATE_NOOP("hpf::ui::ArchiveText", "File digests (SM3, SHA-256)")},
        {u"file.renders"_qs, QT_TRANSLATE_NOOP("hpf::ui::ArchiveText", "File opens and renders")},
        {u"usecopy.pages"_qs, QT_TRANSLATE_NOOP("hpf::ui::ArchiveText", "Use copy has every page")},
        {u"materials"_qs, QT_TRANSLATE_NOOP("hpf::ui::ArchiveText", "Required materials present")},
        {u"audit.commit"_qs, QT_TRANSLATE_NOOP("hpf::ui::ArchiveText", "Commit recorded in the audit trail")},
    };
    return names;
}

} // namespace

QString ArchiveText::aspectName(const QString &aspect)
{
    if (aspect == u"authenticity")
        return tr("Authenticity");
    if (aspect == u"integrity")
        return tr("Integrity");
    if (aspect == u"usability")
        return tr("Usability");
    if (aspect == u"security")
        return tr("Security");
    return aspect;
}

QString ArchiveText::checkName(const QString &check)
{
    const auto it = checkNames().constFind(check);
    return it == checkNames().cend() ? check : tr(it.value());
}

bool ArchiveText::knowsCheck(const QString &check)
{
    return checkNames().contains(check);
}

QString ArchiveText::fileRole(const QString &role)
{
    if (role == u"page")
        return tr("Page image");
    if (role == u"use-copy")
        return tr("Use copy (PDF)");
    return role;
}

QString ArchiveText::materialName(const client::api::ArchiveMaterials *materials, const QString &business,
                                  const QString &code, bool english)
{
    const client::api::ArchiveBusiness *b = materials ? materials->find(business) : nullptr;
    if (!b)
        return code;
    for (const client::api::ArchiveMaterial &m : b->materials) {
        if (m.code == code)
            return english && !m.nameEn.isEmpty() ? m.nameEn : m.name;
    }
    return code;
}

} // namespace hpf::ui
