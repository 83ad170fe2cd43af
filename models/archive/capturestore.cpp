#include "archive/capturestore.h"

#include "capture/scanner.h"
#include "imaging/process.h"
#include "logging.h"
#include "store/fieldcipher.h"
#include "store/localdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hpf::client::archive {

namespace {

QByteArray sealContext(const QString &id, const QString &serial)
{
    return "capture|" + id.toUtf8() + '|' + serial.toUtf8();
}

Error sqlError(const QSqlQuery &q)
{
    return makeError(u"store.write"_qs, QString(), q.lastError().text());
}

QByteArray metaJson(const hpf::archive::Digitisation &d)
{
    const QJsonObject o{{u"form"_qs, d.form},
                        {u"dpi"_qs, d.dpi},
                        {u"colourMode"_qs, d.colourMode},
                        {u"compression"_qs, d.compression},
                        {u"scannerMake"_qs, d.scannerMake},
                        {u"scannerModel"_qs, d.scannerModel},
                        {u"operatorId"_qs, d.operatorId},
                        {u"capturedAt"_qs, d.capturedAt.toUTC().toString(Qt::ISODate)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

hpf::archive::Digitisation metaFrom(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    hpf::archive::Digitisation d;
    d.form = o.value(u"form").toString();
    d.dpi = o.value(u"dpi").toInt();
    d.colourMode = o.value(u"colourMode").toString();
    d.compression = o.value(u"compression").toString();
    d.scannerMake = o.value(u"scannerMake").toString();
    d.scannerModel = o.value(u"scannerModel").toString();
    d.operatorId = o.value(u"operatorId").toString();
    d.capturedAt = QDateTime::fromString(o.value(u"capturedAt").toString(), Qt::ISODate);
    return d;
}

QString compressionOf(const QString &mediaType)
{
    if (mediaType == u"image/tiff")
        return u"CCITT G4"_qs;
    if (mediaType == u"image/jpeg")
        return u"JPEG"_qs;
    if (mediaType == u"image/png")
        return u"PNG"_qs;
    return u"PDF"_qs;
}

CapturedPage pageFrom(const QSqlQuery &q)
{
    CapturedPage p;
    p.id = q.value(0).toString();
    p.serial = q.value(1).toString();
    p.material = q.value(2).toString();
    p.sequence = q.value(3).toInt();
    p.mediaType = q.value(4).toString();
    p.flags = q.value(5).toInt();
    p.phash = q.value(6).toULongLong();
    p.digitisation = metaFrom(q.value(7).toByteArray());
    return p;
}

const QString kColumns = u"id, serial, material, sequence, media_type, flags, phash, meta"_qs;

} // namespace

QString colourModeName(imaging::ColourMode mode)
{
    switch (mode) {
    case imaging::ColourMode::Bitonal:
        return u"bitonal"_qs;
    case imaging::ColourMode::Grey:
        return u"grey"_qs;
    case imaging::ColourMode::Colour:
        return u"colour"_qs;
    }
    return u"grey"_qs;
}

imaging::ColourMode colourModeFromName(const QString &name)
{
    if (name == u"bitonal")
        return imaging::ColourMode::Bitonal;
    if (name == u"colour")
        return imaging::ColourMode::Colour;
    return imaging::ColourMode::Grey;
}

CaptureStore::CaptureStore(LocalDatabase *db, const FieldCipher *cipher, const Clock &clock)
    : m_db(db)
    , m_cipher(cipher)
    , m_clock(clock)
{}

bool CaptureStore::canCapture() const
{
    return m_cipher->hasKey() && m_db->isOpen();
}

int CaptureStore::flagsFor(const QString &serial, const QImage &image, quint64 hash,
                           const QString &except) const
{
    int flags = imaging::isBlank(image) ? CapturedPage::Blank : 0;
    if (flags & CapturedPage::Blank)
        return flags; // every blank page looks like every other: not a duplicate
    for (const CapturedPage &p : list(serial)) {
        if (p.id != except && p.phash != 0 && !p.isBlank() && imaging::isNearDuplicate(p.phash, hash))
            return flags | CapturedPage::NearDuplicate;
    }
    return flags;
}

Result<CapturedPage> CaptureStore::addScanned(const QString &owner, const QString &serial,
                                              const QString &material, const capture::ScannedPage &scanned,
                                              const QString &operatorId)
{
    if (!canCapture())
        return makeError(u"crypto.no_key"_qs, QString(),
                         u"no keychain key: pages are not captured in clear"_qs);
    if (scanned.image.isNull())
        return makeError(u"capture.empty_page"_qs, QString(), u"the scanner delivered no image"_qs);
    auto encoded = imaging::encodePage(scanned.image, scanned.mode, scanned.dpi);
    if (!encoded)
        return encoded.error();
    CapturedPage page;
    page.serial = serial;
    page.material = material;
    page.mediaType = encoded->mediaType;
    page.bytes = encoded->bytes;
    page.phash = imaging::perceptualHash(scanned.image);
    page.flags = flagsFor(serial, scanned.image, page.phash, QString());
    page.digitisation = {u"scan"_qs,
                         scanned.dpi,
                         colourModeName(scanned.mode),
                         encoded->compression,
                         scanned.scannerMake,
                         scanned.scannerModel,
                         operatorId,
                         scanned.scannedAt.isValid() ? scanned.scannedAt.toUTC() : m_clock.now().toUTC()};
    return store(owner, page, QString());
}

Result<CapturedPage> CaptureStore::addImported(const QString &owner, const QString &serial,
                                               const QString &material, const QByteArray &bytes,
                                               const QString &operatorId)
{
    if (!canCapture())
        return makeError(u"crypto.no_key"_qs, QString(),
                         u"no keychain key: pages are not captured in clear"_qs);
    if (bytes.isEmpty())
        return makeError(u"capture.empty_file"_qs, u"file"_qs, u"the file is empty"_qs);
    if (bytes.size() > hpf::archive::kMaxFileBytes)
        return makeError(u"capture.file_too_large"_qs, u"file"_qs, u"larger than the archive accepts"_qs);
    const QString mediaType = imaging::sniffMediaType(bytes);
    if (!imaging::isSupportedMediaType(mediaType))
        return makeError(u"imaging.unsupported_format"_qs, u"file"_qs, u"not PDF, JPEG, PNG or TIFF"_qs);
    auto first = imaging::decodePage(bytes, mediaType, 0, 100);
    if (!first)
        return first.error();
    auto pages = imaging::pageCount(bytes, mediaType);
    if (!pages)
        return pages.error();
    CapturedPage page;
    page.serial = serial;
    page.material = material;
    page.mediaType = mediaType;
    page.bytes = bytes;
    page.phash = *pages == 1 ? imaging::perceptualHash(*first) : 0;
    page.flags = *pages == 1 ? flagsFor(serial, *first, page.phash, QString()) : 0;
    const int dpi = first->dotsPerMeterX() > 0 ? qRound(first->dotsPerMeterX() * 0.0254) : 0;
    page.digitisation = {u"import"_qs,
                         mediaType == u"application/pdf" ? 0 : dpi,
                         first->depth() == 1 ? u"bitonal"_qs
                                             : (first->isGrayscale() ? u"grey"_qs : u"colour"_qs),
                         compressionOf(mediaType),
                         QString(),
                         QString(),
                         operatorId,
                         m_clock.now().toUTC()};
    return store(owner, page, QString());
}

Result<CapturedPage> CaptureStore::store(const QString &owner, CapturedPage page, const QString &replaceId)
{
    QSqlDatabase db = m_db->database();
    if (!replaceId.isEmpty()) {
        page.id = replaceId;
    } else {
        page.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlQuery q(db);
        q.prepare(u"SELECT COALESCE(MAX(sequence), 0) + 1 FROM capture_pages WHERE serial = ?"_qs);
        q.addBindValue(page.serial);
        if (!q.exec() || !q.next())
            return sqlError(q);
        page.sequence = q.value(0).toInt();
    }
    auto sealed = m_cipher->seal(page.bytes, sealContext(page.id, page.serial));
    if (!sealed)
        return sealed.error();
    QSqlQuery q(db);
    if (replaceId.isEmpty()) {
        q.prepare(
            u"INSERT INTO capture_pages (id, owner, serial, material, sequence, media_type, flags, phash,"
            " meta, sealed_data, captured_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs);
        // (a null QString binds as SQL NULL: empty text instead)
        for (const QVariant &v :
             {QVariant(page.id), QVariant(owner.isNull() ? u""_qs : owner), QVariant(page.serial),
              QVariant(page.material.isNull() ? u""_qs : page.material), QVariant(page.sequence),
              QVariant(page.mediaType), QVariant(page.flags), QVariant(qint64(page.phash)),
              QVariant(metaJson(page.digitisation)), QVariant(sealed.value()),
              QVariant(m_clock.now().toUTC().toString(Qt::ISODateWithMs))})
            q.addBindValue(v);
    } else {
        q.prepare(u"UPDATE capture_pages SET media_type = ?, flags = ?, phash = ?, meta = ?, sealed_data = ?"
                  " WHERE id = ?"_qs);
        for (const QVariant &v :
             {QVariant(page.mediaType), QVariant(page.flags), QVariant(qint64(page.phash)),
              QVariant(metaJson(page.digitisation)), QVariant(sealed.value()), QVariant(page.id)})
            q.addBindValue(v);
    }
    if (!q.exec())
        return sqlError(q);
    qCInfo(lcArchive) << "captured page" << page.sequence << page.mediaType << page.bytes.size() << "bytes";
    page.bytes.clear();
    return page;
}

QList<CapturedPage> CaptureStore::list(const QString &serial) const
{
    QList<CapturedPage> pages;
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT "_qs + kColumns + u" FROM capture_pages WHERE serial = ? ORDER BY sequence"_qs);
    q.addBindValue(serial);
    if (!q.exec())
        return pages;
    while (q.next())
        pages.append(pageFrom(q));
    return pages;
}

Result<QByteArray> CaptureStore::data(const QString &pageId) const
{
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT serial, sealed_data FROM capture_pages WHERE id = ?"_qs);
    q.addBindValue(pageId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return makeError(u"capture.unknown_page"_qs, QString(), pageId);
    return m_cipher->open(q.value(1).toByteArray(), sealContext(pageId, q.value(0).toString()));
}

QStringList CaptureStore::pendingSerials(const QString &owner) const
{
    QStringList serials;
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT DISTINCT serial FROM capture_pages WHERE owner = ? ORDER BY serial"_qs);
    q.addBindValue(owner);
    if (q.exec()) {
        while (q.next())
            serials.append(q.value(0).toString());
    }
    return serials;
}

Status CaptureStore::move(const QString &pageId, int sequence)
{
    QSqlDatabase db = m_db->database();
    QSqlQuery q(db);
    q.prepare(u"SELECT serial FROM capture_pages WHERE id = ?"_qs);
    q.addBindValue(pageId);
    if (!q.exec() || !q.next())
        return makeError(u"capture.unknown_page"_qs, QString(), pageId);
    QList<CapturedPage> pages = list(q.value(0).toString());
    q.finish();
    const qsizetype from =
        std::find_if(pages.begin(), pages.end(), [&](const auto &p) { return p.id == pageId; }) -
        pages.begin();
    const int to = qBound(1, sequence, int(pages.size())) - 1;
    pages.move(from, to);
    if (!db.transaction())
        return makeError(u"store.write"_qs, QString(), db.lastError().text());
    QSqlQuery u(db);
    u.prepare(u"UPDATE capture_pages SET sequence = ? WHERE id = ?"_qs);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        u.addBindValue(int(i + 1));
        u.addBindValue(pages.at(i).id);
        if (!u.exec()) {
            db.rollback();
            return sqlError(u);
        }
    }
    return db.commit() ? Status() : Status(makeError(u"store.write"_qs, QString(), db.lastError().text()));
}

Status CaptureStore::setMaterial(const QString &pageId, const QString &material)
{
    QSqlQuery q(m_db->database());
    q.prepare(u"UPDATE capture_pages SET material = ? WHERE id = ?"_qs);
    q.addBindValue(material);
    q.addBindValue(pageId);
    if (!q.exec())
        return sqlError(q);
    return q.numRowsAffected() == 1 ? Status()
                                    : Status(makeError(u"capture.unknown_page"_qs, QString(), pageId));
}

Result<CapturedPage> CaptureStore::replace(const QString &pageId, const capture::ScannedPage &scanned,
                                           const QString &operatorId)
{
    if (!canCapture())
        return makeError(u"crypto.no_key"_qs, QString(), u"no keychain key"_qs);
    const auto pages = [&] {
        QSqlQuery q(m_db->database());
        q.prepare(u"SELECT "_qs + kColumns + u" FROM capture_pages WHERE id = ?"_qs);
        q.addBindValue(pageId);
        return q.exec() && q.next() ? std::optional<CapturedPage>(pageFrom(q)) : std::nullopt;
    }();
    if (!pages)
        return makeError(u"capture.unknown_page"_qs, QString(), pageId);
    auto encoded = imaging::encodePage(scanned.image, scanned.mode, scanned.dpi);
    if (!encoded)
        return encoded.error();
    CapturedPage page = *pages;
    page.mediaType = encoded->mediaType;
    page.bytes = encoded->bytes;
    page.phash = imaging::perceptualHash(scanned.image);
    page.flags = flagsFor(page.serial, scanned.image, page.phash, pageId);
    page.digitisation = {u"scan"_qs,
                         scanned.dpi,
                         colourModeName(scanned.mode),
                         encoded->compression,
                         scanned.scannerMake,
                         scanned.scannerModel,
                         operatorId,
                         scanned.scannedAt.isValid() ? scanned.scannedAt.toUTC() : m_clock.now().toUTC()};
    return store(QString(), page, pageId);
}

Status CaptureStore::replaceImage(const QString &pageId, const QImage &image)
{
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT "_qs + kColumns + u" FROM capture_pages WHERE id = ?"_qs);
    q.addBindValue(pageId);
    if (!q.exec() || !q.next())
        return makeError(u"capture.unknown_page"_qs, QString(), pageId);
    CapturedPage page = pageFrom(q);
    q.finish();
    if (page.mediaType != u"image/tiff" && page.mediaType != u"image/jpeg" && page.mediaType != u"image/png")
        return makeError(u"capture.not_editable"_qs, QString(), u"an imported PDF is kept as imported"_qs);
    const imaging::ColourMode mode = colourModeFromName(page.digitisation.colourMode);
    const int dpi = page.digitisation.dpi > 0 ? page.digitisation.dpi : 300;
    auto encoded = imaging::encodePage(image, mode, dpi);
    if (!encoded)
        return encoded.error();
    page.mediaType = encoded->mediaType;
    page.bytes = encoded->bytes;
    page.digitisation.compression = encoded->compression;
    page.phash = imaging::perceptualHash(image);
    page.flags = flagsFor(page.serial, image, page.phash, pageId);
    auto stored = store(QString(), page, pageId);
    return stored ? Status() : Status(stored.error());
}

Status CaptureStore::rotate(const QString &pageId, int quarterTurns)
{
    auto bytes = data(pageId);
    if (!bytes)
        return bytes.error();
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT media_type FROM capture_pages WHERE id = ?"_qs);
    q.addBindValue(pageId);
    if (!q.exec() || !q.next())
        return makeError(u"capture.unknown_page"_qs, QString(), pageId);
    const QString mediaType = q.value(0).toString();
    q.finish();
    if (mediaType == u"application/pdf")
        return makeError(u"capture.not_editable"_qs, QString(), u"an imported PDF is kept as imported"_qs);
    auto image = imaging::decodePage(*bytes, mediaType);
    if (!image)
        return image.error();
    return replaceImage(pageId, imaging::rotate(*image, quarterTurns));
}

Status CaptureStore::remove(const QString &pageId)
{
    QSqlDatabase db = m_db->database();
    QSqlQuery q(db);
    q.prepare(u"SELECT serial FROM capture_pages WHERE id = ?"_qs);
    q.addBindValue(pageId);
    if (!q.exec() || !q.next())
        return makeError(u"capture.unknown_page"_qs, QString(), pageId);
    const QString serial = q.value(0).toString();
    q.finish();
    if (!db.transaction())
        return makeError(u"store.write"_qs, QString(), db.lastError().text());
    QSqlQuery d(db);
    d.prepare(u"DELETE FROM capture_pages WHERE id = ?"_qs);
    d.addBindValue(pageId);
    if (!d.exec()) {
        db.rollback();
        return sqlError(d);
    }
    // Close the gap: sequences stay 1..n.
    const QList<CapturedPage> rest = list(serial);
    QSqlQuery u(db);
    u.prepare(u"UPDATE capture_pages SET sequence = ? WHERE id = ?"_qs);
    for (qsizetype i = 0; i < rest.size(); ++i) {
        u.addBindValue(int(i + 1));
        u.addBindValue(rest.at(i).id);
        if (!u.exec()) {
            db.rollback();
            return sqlError(u);
        }
    }
    return db.commit() ? Status() : Status(makeError(u"store.write"_qs, QString(), db.lastError().text()));
}

Status CaptureStore::removeRecord(const QString &serial)
{
    QSqlDatabase db = m_db->database();
    if (!db.transaction())
        return makeError(u"store.write"_qs, QString(), db.lastError().text());
    for (const QString &sql : {u"DELETE FROM capture_pages WHERE serial = ?"_qs,
                               u"DELETE FROM capture_files WHERE serial = ?"_qs}) {
        QSqlQuery q(db);
        q.prepare(sql);
        q.addBindValue(serial);
        if (!q.exec()) {
            db.rollback();
            return sqlError(q);
        }
    }
    return db.commit() ? Status() : Status(makeError(u"store.write"_qs, QString(), db.lastError().text()));
}

} // namespace hpf::client::archive
