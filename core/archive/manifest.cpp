#include "archive/manifest.h"

#include "crypto/sm3.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace hpf::archive {
namespace {

const QString kInvalid = QStringLiteral("manifest.invalid");

Error invalid(const QString &field, const QString &detail)
{
    return makeError(kInvalid, field, detail);
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

bool isHex64(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}

bool isFileName(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return re.match(s).hasMatch() && s != QLatin1String(".") && s != QLatin1String("..");
}

bool isMediaType(const QString &s)
{
    return s == QLatin1String("image/tiff") || s == QLatin1String("image/jpeg") ||
           s == QLatin1String("image/png") || s == QLatin1String("application/pdf") ||
           // issue 18: the signature pads' stroke JSON of a 面签 package
           s == QLatin1String("application/json");
}

QJsonObject digitisationJson(const Digitisation &d)
{
    return QJsonObject{{QStringLiteral("form"), d.form},
                       {QStringLiteral("dpi"), d.dpi},
                       {QStringLiteral("colourMode"), d.colourMode},
                       {QStringLiteral("compression"), d.compression},
                       {QStringLiteral("scannerMake"), d.scannerMake},
                       {QStringLiteral("scannerModel"), d.scannerModel},
                       {QStringLiteral("operator"), d.operatorId},
                       {QStringLiteral("capturedAt"), isoUtc(d.capturedAt)}};
}

// Field readers that name the path of what is wrong.
struct Reader
{
    QJsonObject object;
    QString path; // "files[2]." or ""
    std::optional<Error> error;

    QString string(const char *key, bool required = true, int maxLength = 200)
    {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString())
            fail(key, QStringLiteral("a string is required"));
        else if (v.toString().size() > maxLength)
            fail(key, QStringLiteral("longer than %1 characters").arg(maxLength));
        return v.toString();
    }
    qint64 integer(const char *key, qint64 min, qint64 max)
    {
        const QJsonValue v = object.value(QLatin1String(key));
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(qint64(d)) || qint64(d) < min || qint64(d) > max) {
            fail(key, QStringLiteral("an integer from %1 to %2 is required").arg(min).arg(max));
            return min;
        }
        return qint64(d);
    }
    QDateTime time(const char *key, bool required = true)
    {
        const QString s = string(key, required, 40);
        if (s.isEmpty() && !required)
            return {};
        QDateTime t = QDateTime::fromString(s, Qt::ISODate);
        if (!t.isValid() || !s.endsWith(QLatin1Char('Z')))
            fail(key, QStringLiteral("a UTC ISO 8601 time is required"));
        return t;
    }
    void fail(const char *key, const QString &detail)
    {
        if (!error)
            error = invalid(path + QLatin1String(key), detail);
    }
};

Status checkFile(const ManifestFile &f, const QString &at)
{
    if (!isFileName(f.name))
        return invalid(at + QStringLiteral("name"), QStringLiteral("1-64 characters of A-Z a-z 0-9 . _ -"));
    if (f.role != QLatin1String("page") && f.role != QLatin1String("use-copy"))
        return invalid(at + QStringLiteral("role"), QStringLiteral("page or use-copy"));
    if (!isMediaType(f.mediaType))
        return invalid(at + QStringLiteral("mediaType"), QStringLiteral("unsupported media type"));
    if (f.size <= 0 || f.size > kMaxFileBytes)
        return invalid(at + QStringLiteral("size"), QStringLiteral("1 byte to 64 MiB"));
    if (!isHex64(f.sm3))
        return invalid(at + QStringLiteral("sm3"), QStringLiteral("64 lower-case hex digits"));
    if (!isHex64(f.sha256))
        return invalid(at + QStringLiteral("sha256"), QStringLiteral("64 lower-case hex digits"));
    if (f.role == QLatin1String("page")) {
        if (f.material.isEmpty())
            return invalid(at + QStringLiteral("material"), QStringLiteral("a page documents a material"));
        if (!f.digitisation)
            return invalid(at + QStringLiteral("digitisation"),
                           QStringLiteral("a page needs its DA/T 46 metadata"));
        const Digitisation &d = *f.digitisation;
        if (d.form != QLatin1String("scan") && d.form != QLatin1String("import"))
            return invalid(at + QStringLiteral("digitisation.form"), QStringLiteral("scan or import"));
        if (d.form == QLatin1String("scan") && (d.dpi < 100 || d.dpi > 1200))
            return invalid(at + QStringLiteral("digitisation.dpi"), QStringLiteral("100 to 1200 dpi"));
        if (d.colourMode != QLatin1String("bitonal") && d.colourMode != QLatin1String("grey") &&
            d.colourMode != QLatin1String("colour"))
            return invalid(at + QStringLiteral("digitisation.colourMode"),
                           QStringLiteral("bitonal, grey or colour"));
        if (d.compression.isEmpty())
            return invalid(at + QStringLiteral("digitisation.compression"), QStringLiteral("required"));
        if (d.operatorId.isEmpty())
            return invalid(at + QStringLiteral("digitisation.operator"), QStringLiteral("required"));
        if (!d.capturedAt.isValid())
            return invalid(at + QStringLiteral("digitisation.capturedAt"), QStringLiteral("required"));
    } else {
        if (f.mediaType != QLatin1String("application/pdf"))
            return invalid(at + QStringLiteral("mediaType"), QStringLiteral("the use copy is a PDF"));
        if (f.sequence != 0 || !f.material.isEmpty() || f.digitisation)
            return invalid(at + QStringLiteral("sequence"),
                           QStringLiteral("the use copy has no sequence or material"));
    }
    return {};
}

Status checkManifest(const Manifest &m)
{
    if (m.serial.isEmpty())
        return invalid(QStringLiteral("serial"), QStringLiteral("required"));
    if (m.business.isEmpty())
        return invalid(QStringLiteral("business"), QStringLiteral("required"));
    if (m.files.isEmpty() || m.files.size() > kMaxFiles)
        return invalid(QStringLiteral("files"), QStringLiteral("1 to %1 files").arg(kMaxFiles));
    QSet<QString> names;
    QList<int> sequences;
    int useCopies = 0;
    for (qsizetype i = 0; i < m.files.size(); ++i) {
        const ManifestFile &f = m.files.at(i);
        const QString at = QStringLiteral("files[%1].").arg(i);
        if (Status s = checkFile(f, at); !s)
            return s;
        if (names.contains(f.name))
            return invalid(at + QStringLiteral("name"), QStringLiteral("duplicate file name"));
        names.insert(f.name);
        if (f.role == QLatin1String("page"))
            sequences.append(f.sequence);
        else
            ++useCopies;
    }
    if (useCopies > 1)
        return invalid(QStringLiteral("files"), QStringLiteral("at most one use copy"));
    if (sequences.isEmpty())
        return invalid(QStringLiteral("files"), QStringLiteral("at least one page"));
    std::sort(sequences.begin(), sequences.end());
    for (qsizetype i = 0; i < sequences.size(); ++i) {
        if (sequences.at(i) != i + 1)
            return invalid(QStringLiteral("files"),
                           QStringLiteral("page sequences must be 1..n without gaps"));
    }
    return {};
}

} // namespace

qint64 Manifest::totalBytes() const
{
    qint64 total = 0;
    for (const ManifestFile &f : files)
        total += f.size;
    return total;
}

FileDigests digestOf(QByteArrayView bytes)
{
    return FileDigests{
        bytes.size(), QString::fromLatin1(crypto::sm3(bytes).toHex()),
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())};
}

QByteArray toJson(const Manifest &m)
{
    QJsonArray files;
    for (const ManifestFile &f : m.files) {
        QJsonObject o{{QStringLiteral("name"), f.name},
                      {QStringLiteral("role"), f.role},
                      {QStringLiteral("material"), f.material},
                      {QStringLiteral("sequence"), f.sequence},
                      {QStringLiteral("mediaType"), f.mediaType},
                      {QStringLiteral("size"), f.size},
                      {QStringLiteral("sm3"), f.sm3},
                      {QStringLiteral("sha256"), f.sha256}};
        if (f.digitisation)
            o.insert(QStringLiteral("digitisation"), digitisationJson(*f.digitisation));
        files.append(o);
    }
    QJsonObject root{
        {QStringLiteral("format"), QString::fromLatin1(kManifestFormat)},
        {QStringLiteral("serial"), m.serial},
        {QStringLiteral("business"), m.business},
        {QStringLiteral("operator"), m.operatorId},
        {QStringLiteral("workstation"), m.workstation},
        {QStringLiteral("createdAt"), isoUtc(m.createdAt)},
        {QStringLiteral("files"), files},
        {QStringLiteral("registration"), QJsonObject{{QStringLiteral("fileCount"), m.fileCount()},
                                                     {QStringLiteral("totalBytes"), m.totalBytes()}}}};
    if (!m.archiveNumber.isEmpty())
        root.insert(QStringLiteral("archiveNumber"), m.archiveNumber);
    if (m.registeredAt.isValid())
        root.insert(QStringLiteral("registeredAt"), isoUtc(m.registeredAt));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<Manifest> fromJson(QByteArrayView json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(QString(), QStringLiteral("not a JSON object"));
    Reader r{doc.object(), QString(), std::nullopt};
    if (r.object.value(QLatin1String("format")).toString() != QLatin1String(kManifestFormat))
        return makeError(QStringLiteral("manifest.format"), QStringLiteral("format"),
                         QStringLiteral("unknown manifest format"));
    Manifest m;
    m.serial = r.string("serial", true, 40);
    m.business = r.string("business", true, 60);
    m.operatorId = r.string("operator", true, 64);
    m.workstation = r.string("workstation", false, 64);
    m.createdAt = r.time("createdAt");
    m.archiveNumber = r.string("archiveNumber", false, 80);
    m.registeredAt = r.time("registeredAt", false);
    if (r.error)
        return *r.error;
    const QJsonValue filesValue = r.object.value(QLatin1String("files"));
    if (!filesValue.isArray())
        return invalid(QStringLiteral("files"), QStringLiteral("an array is required"));
    const QJsonArray files = filesValue.toArray();
    if (files.size() > kMaxFiles)
        return invalid(QStringLiteral("files"), QStringLiteral("1 to %1 files").arg(kMaxFiles));
    for (qsizetype i = 0; i < files.size(); ++i) {
        Reader f{files.at(i).toObject(), QStringLiteral("files[%1].").arg(i), std::nullopt};
        if (!files.at(i).isObject())
            return invalid(f.path.chopped(1), QStringLiteral("an object is required"));
        ManifestFile file;
        file.name = f.string("name", true, 64);
        file.role = f.string("role", true, 20);
        file.material = f.string("material", true, 60);
        file.sequence = int(f.integer("sequence", 0, kMaxFiles));
        file.mediaType = f.string("mediaType", true, 40);
        file.size = f.integer("size", 0, kMaxFileBytes);
        file.sm3 = f.string("sm3", true, 64);
        file.sha256 = f.string("sha256", true, 64);
        if (f.object.contains(QLatin1String("digitisation"))) {
            Reader d{f.object.value(QLatin1String("digitisation")).toObject(),
                     f.path + QStringLiteral("digitisation."), std::nullopt};
            Digitisation dig;
            dig.form = d.string("form", true, 20);
            dig.dpi = int(d.integer("dpi", 0, 1200));
            dig.colourMode = d.string("colourMode", true, 20);
            dig.compression = d.string("compression", true, 40);
            dig.scannerMake = d.string("scannerMake", true, 80);
            dig.scannerModel = d.string("scannerModel", true, 80);
            dig.operatorId = d.string("operator", true, 64);
            dig.capturedAt = d.time("capturedAt");
            if (d.error)
                return *d.error;
            file.digitisation = dig;
        }
        if (f.error)
            return *f.error;
        m.files.append(file);
    }
    if (Status s = checkManifest(m); !s)
        return s.error();
    const QJsonObject reg = r.object.value(QLatin1String("registration")).toObject();
    if (reg.value(QLatin1String("fileCount")).toDouble(-1) != double(m.fileCount()) ||
        reg.value(QLatin1String("totalBytes")).toDouble(-1) != double(m.totalBytes()))
        return makeError(QStringLiteral("manifest.registration"), QStringLiteral("registration"),
                         QStringLiteral("file count or total bytes do not match the files"));
    return m;
}

Status validateDraft(const Manifest &m)
{
    if (!m.archiveNumber.isEmpty())
        return invalid(QStringLiteral("archiveNumber"), QStringLiteral("assigned by the server"));
    if (m.registeredAt.isValid())
        return invalid(QStringLiteral("registeredAt"), QStringLiteral("assigned by the server"));
    return checkManifest(m);
}

} // namespace hpf::archive
