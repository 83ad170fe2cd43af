#pragma once

#include "archive/manifest.h"
#include "base/clock.h"
#include "base/result.h"
#include "imaging/codec.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace hpf::client {

class FieldCipher;
class LocalDatabase;

namespace capture {
struct ScannedPage;
}

namespace archive {

// One captured page of a business record: the encoded file (a TIFF G4 / JPEG page, or an imported
// file as it was imported), its place in the checklist and its DA/T 46 digitisation metadata.
struct CapturedPage
{
    enum Flag { Blank = 1, NearDuplicate = 2 };

    QString id;
    QString serial;
    QString material;
    int sequence = 0; // 1-based order within the record
    QString mediaType;
    int flags = 0;
    quint64 phash = 0; // imaging::perceptualHash of the page (0 for a multi-page import)
    hpf::archive::Digitisation digitisation;
    QByteArray bytes; // empty in list(): read with data()

    bool isBlank() const { return flags & Blank; }
    bool isNearDuplicate() const { return flags & NearDuplicate; }
};

// The capture store (local schema 5): every page of a record is written, sealed with the keychain
// key (FieldCipher, SM4-GCM bound to the page id and serial), the moment it is captured, so a crash
// loses nothing; without a key capture is refused (crypto.no_key), never kept in clear. Pages stay
// until the record's package is committed (removeRecord). The metadata (material, sequence, media
// type, flags, digitisation) is not personal and stays in clear beside the sealed image.
class CaptureStore
{
public:
    CaptureStore(LocalDatabase *db, const FieldCipher *cipher, const Clock &clock = Clock::system());

    bool canCapture() const; // a key and an open database

    // A scanned page: encoded (bitonal → TIFF G4, grey/colour → JPEG), flagged blank or a near
    // duplicate of a page of the same record, appended to the record.
    Result<CapturedPage> addScanned(const QString &owner, const QString &serial, const QString &material,
                                    const capture::ScannedPage &page, const QString &operatorId);
    // An imported file, kept exactly as imported. Errors: capture.empty_file, imaging.unsupported_format,
    // imaging.corrupt (it must open), crypto.no_key.
    Result<CapturedPage> addImported(const QString &owner, const QString &serial, const QString &material,
                                     const QByteArray &bytes, const QString &operatorId);

    // The pages of a record in sequence order (without bytes); data() opens one.
    QList<CapturedPage> list(const QString &serial) const;
    Result<QByteArray> data(const QString &pageId) const;
    // Records with pages waiting (an unfinished capture or a package not yet committed).
    QStringList pendingSerials(const QString &owner) const;

    // Moves a page to 1-based position `sequence` (the others close up).
    Status move(const QString &pageId, int sequence);
    Status setMaterial(const QString &pageId, const QString &material);
    // Rescan: the page keeps its place; image, metadata and flags are the new page's.
    Result<CapturedPage> replace(const QString &pageId, const capture::ScannedPage &page,
                                 const QString &operatorId);
    // Turns a scanned page by quarter turns and re-encodes it (an imported PDF cannot be turned here).
    Status rotate(const QString &pageId, int quarterTurns);
    // Writes an edited image (deskew, crop) of a scanned page, re-encoded in its colour mode.
    Status replaceImage(const QString &pageId, const QImage &image);
    Status remove(const QString &pageId);
    // After the commit: the record's pages and package files are deleted (secure_delete is on).
    Status removeRecord(const QString &serial);

private:
    Result<CapturedPage> store(const QString &owner, CapturedPage page, const QString &replaceId);
    int flagsFor(const QString &serial, const QImage &image, quint64 hash, const QString &except) const;

    LocalDatabase *m_db;
    const FieldCipher *m_cipher;
    const Clock &m_clock;
};

// The colour mode written in DA/T 46 metadata ("bitonal", "grey", "colour") and back.
QString colourModeName(imaging::ColourMode mode);
imaging::ColourMode colourModeFromName(const QString &name);

} // namespace archive

} // namespace hpf::client
