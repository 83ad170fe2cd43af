#pragma once

#include "api/archive.h"
#include "archive/packagebuilder.h"
#include "base/clock.h"
#include "base/result.h"
#include "ops/operation.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace hpf::client {
class FieldCipher;
class LocalDatabase;
class Outbox;
} // namespace hpf::client

namespace hpf::client::archive {

class CaptureStore;

// One chunk of a file: bytes [offset, offset + length).
struct ChunkRef
{
    QString file;
    int index = 0;
    qint64 offset = 0;
    qint64 length = 0;
    bool operator==(const ChunkRef &) const = default;
};

// The chunks the server does not hold yet (what GET /uploads/{id} did not list as received), file
// by file in the upload's order. A file of 0 bytes is one empty chunk.
QList<ChunkRef> missingChunks(const api::ArchiveUpload &upload);

// The idempotency key of a chunk: UUID v5 of the upload's key, the file name and the chunk number,
// so a chunk resent after a restart carries the key it had the first time.
QString chunkKey(const QString &uploadKey, const QString &file, int index);

// Uploads the package of a record: build (sealed files in the local database) → create (an
// Operation through the outbox, the same key on resend) → the missing chunks (a few in flight,
// straight from the sealed files) → commit (an Operation) → the package summary is kept and the
// record's pages are dropped. Every step is recorded in capture_uploads, so after a restart or a
// lost connection resume() goes on from where the server is (GET /uploads/{id}); while offline the
// work waits (queued in the outbox, or at the chunk it reached) and nothing is lost or doubled.
class PackageUploader : public QObject
{
    Q_OBJECT
public:
    enum class Stage { None, Built, Created, Committing, Done };
    Q_ENUM(Stage)

    PackageUploader(LocalDatabase *db, const FieldCipher *cipher, Outbox *outbox, ApiClient *api,
                    CaptureStore *store, const Clock &clock = Clock::system(), QObject *parent = nullptr);

    void setInFlight(int chunks) { m_maxInFlight = qMax(1, chunks); }

    // Builds the package of the record and keeps it (sealed) with a fresh upload key. A record
    // already built keeps its package and key (its upload may be under way): nothing is doubled.
    Status prepare(const QString &owner, const PackageInput &input);
    // Drops a prepared package that was never created on the server (pages changed): prepare again.
    Status discard(const QString &serial);
    Stage stage(const QString &serial) const;
    // The committed package (after Done).
    std::optional<api::ArchivePackage> committedPackage(const QString &serial) const;

    // Starts or continues the upload of a prepared record. Queued: the create waits in the outbox.
    void start(const QString &serial, ops::Operation::Mode mode = ops::Operation::Mode::Interactive);
    // Continues every unfinished upload of `owner` (after sign-in, a restart or a reconnect).
    void resumeAll(const QString &owner);
    bool isActive(const QString &serial) const { return m_jobs.contains(serial); }

signals:
    void progress(const QString &serial, qint64 sentBytes, qint64 totalBytes);
    // Offline or the server unreachable: the upload waits and goes on at the next resume().
    void waiting(const QString &serial, const QString &message);
    void committed(const QString &serial, const hpf::client::api::ArchivePackage &package);
    // Refused for good (translated text naming the file when the error names one).
    void failed(const QString &serial, const QString &message, const hpf::Error &error);

private:
    struct Row
    {
        QString serial;
        QString owner;
        Stage stage = Stage::None;
        QString uploadKey;
        QString uploadId;
        QString commitKey;
        QByteArray manifest;
    };
    struct Job
    {
        Row row;
        QHash<QString, QByteArray> files; // opened on demand while chunks are sent
        QList<ChunkRef> todo;
        int inFlight = 0;
        qint64 sent = 0;
        qint64 total = 0;
        bool stopped = false;
    };

    std::optional<Row> load(const QString &serial) const;
    Status save(const Row &row, const QByteArray &sealedPackage = {});
    void create(Job &job, ops::Operation::Mode mode);
    void fetchState(const QString &serial);
    void sendMore(const QString &serial);
    void onChunk(const QString &serial, const ChunkRef &chunk, const ApiResponse &response);
    void commit(Job &job);
    void onOutboxFinished(const QString &id, const ApiResponse &response);
    void handleCreated(const QString &serial, const QJsonObject &response);
    void handleCommitted(const QString &serial, const QJsonObject &response);
    void fail(const QString &serial, const QString &message, const Error &error);
    void wait(const QString &serial, const QString &message);
    Result<QByteArray> fileBytes(Job &job, const QString &name);

    LocalDatabase *m_db;
    const FieldCipher *m_cipher;
    Outbox *m_outbox;
    ApiClient *m_api;
    CaptureStore *m_store;
    const Clock &m_clock;
    int m_maxInFlight = 3;
    QHash<QString, Job> m_jobs; // serial → the upload under way
};

} // namespace hpf::client::archive
