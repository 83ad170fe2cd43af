// The "archive" section of the policy (issue 14): scan defaults, 全宗号, 档号 scheme and the
// required materials of each business.
#include "policyloader.h"

#include <QSet>

namespace hpf::finance {

namespace {

bool matches(const QString &text, int maxLength, bool upper)
{
    if (text.isEmpty() || text.size() > maxLength)
        return false;
    for (const QChar c : text) {
        const bool letter = upper ? (c >= u'A' && c <= u'Z') : ((c >= u'a' && c <= u'z') || c == u'_');
        if (!letter && !(c >= u'0' && c <= u'9') && !(c == u'.' && !upper))
            return false;
    }
    return true;
}

const QStringList &colourModes()
{
    static const QStringList modes{QStringLiteral("bitonal"), QStringLiteral("grey"),
                                   QStringLiteral("colour")};
    return modes;
}

// Every token at most once, {seq6} present, no other braces.
QString patternProblem(const QString &pattern)
{
    if (pattern.size() > 64)
        return QStringLiteral("longer than 64 characters");
    QString rest = pattern;
    for (const char *token : {"{fonds}", "{year}", "{class}", "{seq6}"}) {
        const int n = int(rest.count(QLatin1String(token)));
        if (n > 1)
            return QStringLiteral("%1 appears more than once").arg(QLatin1String(token));
        if (n == 0 && QLatin1String(token) == QLatin1String("{seq6}"))
            return QStringLiteral("{seq6} is required");
        rest.remove(QLatin1String(token));
    }
    if (rest.contains(u'{') || rest.contains(u'}'))
        return QStringLiteral("unknown token (known: {fonds}, {year}, {class}, {seq6})");
    return {};
}

} // namespace

const ArchiveBusiness *ArchivePolicy::business(const QString &code) const
{
    for (const ArchiveBusiness &b : businesses) {
        if (b.business == code)
            return &b;
    }
    return nullptr;
}

QString ArchivePolicy::archiveNumber(int year, const QString &classCode, qint64 sequence) const
{
    QString n = archiveNumberPattern;
    n.replace(QLatin1String("{fonds}"), fonds);
    n.replace(QLatin1String("{year}"), QString::number(year));
    n.replace(QLatin1String("{class}"), classCode);
    n.replace(QLatin1String("{seq6}"), QStringLiteral("%1").arg(sequence, 6, 10, QLatin1Char('0')));
    return n;
}

bool PolicyLoader::archive(const QJsonObject &root, Policy &policy)
{
    if (!root.contains(QLatin1String("archive"))) {
        // Older policy files: the embedded default policy's section (which has one).
        auto embedded = Policy::defaults();
        if (embedded)
            policy.m_archive = embedded->archive();
        return true;
    }
    const QString p = QStringLiteral("archive");
    QJsonObject o;
    QJsonObject scan;
    QJsonArray rows;
    ArchivePolicy &out = policy.m_archive;
    const QString sp = key(p, "scan");
    if (!objectAt(root, QString(), "archive", o) ||
        !checkKeys(o, p, {"scan", "fonds", "archiveNumberPattern", "checkEveryDays", "businesses"}) ||
        !objectAt(o, p, "scan", scan) ||
        !checkKeys(scan, sp, {"dpi", "colourMode", "textColourMode", "minDpi"}) ||
        !integerAt(scan, sp, "minDpi", out.scan.minDpi, 75, 1200) ||
        !integerAt(scan, sp, "dpi", out.scan.dpi, out.scan.minDpi, 1200) ||
        !stringAt(scan, sp, "colourMode", out.scan.colourMode) ||
        !stringAt(scan, sp, "textColourMode", out.scan.textColourMode))
        return false;
    if (!colourModes().contains(out.scan.colourMode))
        return fail(key(sp, "colourMode"), QStringLiteral("expected bitonal, grey or colour"));
    if (!colourModes().contains(out.scan.textColourMode))
        return fail(key(sp, "textColourMode"), QStringLiteral("expected bitonal, grey or colour"));
    if (!stringAt(o, p, "fonds", out.fonds) ||
        !stringAt(o, p, "archiveNumberPattern", out.archiveNumberPattern) ||
        !integerAt(o, p, "checkEveryDays", out.checkEveryDays, 1, 3650) || !arrayAt(o, p, "businesses", rows))
        return false;
    if (!matches(out.fonds, 16, true))
        return fail(key(p, "fonds"), QStringLiteral("expected 1-16 of A-Z and 0-9"));
    if (const QString problem = patternProblem(out.archiveNumberPattern); !problem.isEmpty())
        return fail(key(p, "archiveNumberPattern"), problem);
    out.businesses.clear();
    QSet<QString> seen;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString bp = index(key(p, "businesses"), i);
        QJsonObject row;
        ArchiveBusiness b;
        if (!rowObject(rows, i, key(p, "businesses"), row) || !archiveBusiness(row, bp, b))
            return false;
        if (seen.contains(b.business))
            return fail(key(bp, "business"), QStringLiteral("listed twice"));
        seen.insert(b.business);
        out.businesses.append(b);
    }
    return true;
}

bool PolicyLoader::archiveBusiness(const QJsonObject &row, const QString &bp, ArchiveBusiness &b)
{
    QJsonArray materials;
    if (!checkKeys(row, bp, {"business", "class", "name", "nameEn", "materials"}) ||
        !stringAt(row, bp, "business", b.business) || !stringAt(row, bp, "class", b.classCode) ||
        !stringAt(row, bp, "name", b.name) || !stringAt(row, bp, "nameEn", b.nameEn) ||
        !arrayAt(row, bp, "materials", materials))
        return false;
    // Operation names are camelCase after the dot (remittances.backPay, adjustments.submit).
    QString lowered = b.business;
    for (QChar &c : lowered) {
        if (c >= u'A' && c <= u'Z')
            c = c.toLower();
    }
    if (!matches(lowered, 40, false) || !b.business.contains(u'.') || !b.business.at(0).isLower())
        return fail(key(bp, "business"),
                    QStringLiteral("expected an operation name such as openings.account"));
    if (!matches(b.classCode, 8, true))
        return fail(key(bp, "class"), QStringLiteral("expected 1-8 of A-Z and 0-9"));
    if (materials.isEmpty())
        return fail(key(bp, "materials"), QStringLiteral("expected at least one material"));
    QSet<QString> codes;
    for (qsizetype j = 0; j < materials.size(); ++j) {
        const QString mp = index(key(bp, "materials"), j);
        QJsonObject m;
        ArchiveMaterial material;
        if (!rowObject(materials, j, key(bp, "materials"), m) ||
            !checkKeys(m, mp, {"code", "name", "nameEn", "required", "minPages"}) ||
            !stringAt(m, mp, "code", material.code) || !stringAt(m, mp, "name", material.name) ||
            !stringAt(m, mp, "nameEn", material.nameEn) ||
            !integerAt(m, mp, "minPages", material.minPages, 1, 200))
            return false;
        if (!matches(material.code, 40, false) || material.code.contains(u'.'))
            return fail(key(mp, "code"), QStringLiteral("expected 1-40 of a-z, 0-9 and _"));
        if (codes.contains(material.code))
            return fail(key(mp, "code"), QStringLiteral("listed twice"));
        codes.insert(material.code);
        const QJsonValue required = m.value(QLatin1String("required"));
        if (!required.isBool())
            return fail(key(mp, "required"), QStringLiteral("expected true or false"));
        material.required = required.toBool();
        b.materials.append(material);
    }
    return true;
}

} // namespace hpf::finance
