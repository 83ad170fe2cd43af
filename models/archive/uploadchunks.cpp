// The chunk-resume half of PackageUploader: which chunks the server still lacks (GET /uploads/{id}),
// sending them a few at a time straight from the sealed files, each with the idempotency key it
// had the first time, and asking the server again once every chunk is acknowledged (then commit).
// The build, create and commit half is uploader.cpp.
#include "archive/uploader.h"
#include "archive/uploader_p.h"
#include "domain/errortext.h"
#include "session/usertext.h"
#include "store/fieldcipher.h"
#include "store/localdatabase.h"
#include "store/outbox.h"

#include <QSet>
#include <QSqlQuery>
#include <QUuid>

namespace hpf::client::archive {

namespace {
// The namespace of chunk keys (a fixed random UUID: keys are UUID v5 under it).
const QUuid kChunkNamespace(u"6f7c1b0e-3a52-4d2e-9a41-0c8f5e2b7d19"_qs);
} // namespace

QList<ChunkRef> missingChunks(const api::ArchiveUpload &upload)
{
    QList<ChunkRef> chunks;
    const qint64 step = qMax(1, upload.chunkBytes);
    for (const api::UploadFileState &f : upload.files) {
        const QSet<int> received(f.received.cbegin(), f.received.cend());
        for (int k = 0; k < f.chunks; ++k) {
            if (received.contains(k))
                continue;
            const qint64 offset = k * step;
            chunks.append({f.name, k, offset, qMax<qint64>(0, qMin(f.size, offset + step) - offset)});
        }
    }
    return chunks;
}

QString chunkKey(const QString &uploadKey, const QString &file, int index)
{
    const QString name = uploadKey + u'/' + file + u'/' + QString::number(index);
    return QUuid::createUuidV5(kChunkNamespace, name).toString(QUuid::WithoutBraces);
}

void PackageUploader::fetchState(const QString &serial)
{
    const QString uploadId = m_jobs[serial].row.uploadId;
    api::archive::upload(m_api, uploadId, this, [this, serial](const api::Reply<api::ArchiveUpload> &reply) {
        if (!m_jobs.contains(serial))
            return;
        Job &job = m_jobs[serial];
        if (!reply.ok()) {
            const QString code = reply.error().code;
            if (code == u"archive.upload_expired" || code == u"archive.unknown_upload") {
                // Uploads live 7 days on the server: start again with a new upload (new key).
                job.row = Row{job.row.serial, job.row.owner, Stage::Built, {}, {}, {}, job.row.manifest};
                create(job, ops::Operation::Mode::Interactive);
            } else if (reply.failure == FailureClass::Transient || reply.failure == FailureClass::Auth) {
                wait(serial, reply.message);
            } else {
                fail(serial, reply.message, reply.error());
            }
            return;
        }
        const api::ArchiveUpload &upload = reply.value();
        job.todo = missingChunks(upload);
        job.total = 0;
        for (const api::UploadFileState &f : upload.files)
            job.total += f.size;
        qint64 missing = 0;
        for (const ChunkRef &c : job.todo)
            missing += c.length;
        job.sent = job.total - missing;
        emit progress(serial, job.sent, job.total);
        if (job.todo.isEmpty()) {
            if (upload.complete) {
                commit(job);
            } else {
                const Error e = makeError(u"archive.upload_incomplete"_qs, QString(), u"nothing to send"_qs);
                fail(serial, errortext::message(e.code), e);
            }
            return;
        }
        sendMore(serial);
    });
}

Result<QByteArray> PackageUploader::fileBytes(Job &job, const QString &name)
{
    if (const auto it = job.files.constFind(name); it != job.files.cend())
        return *it;
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT sealed_data FROM capture_files WHERE serial = ? AND name = ?"_qs);
    q.addBindValue(job.row.serial);
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return makeError(u"archive.unknown_file"_qs, u"files"_qs, name);
    auto plain = m_cipher->open(q.value(0).toByteArray(), detail::fileContext(job.row.serial, name));
    if (!plain)
        return plain.error();
    job.files.insert(name, *plain);
    return *plain;
}

void PackageUploader::sendMore(const QString &serial)
{
    Job &job = m_jobs[serial];
    while (!job.stopped && job.inFlight < m_maxInFlight && !job.todo.isEmpty()) {
        const ChunkRef chunk = job.todo.takeFirst();
        auto bytes = fileBytes(job, chunk.file);
        if (!bytes) {
            fail(serial, errortext::describe(bytes.error()), bytes.error());
            return;
        }
        const QByteArray part = bytes->mid(chunk.offset, chunk.length);
        ApiCall *call =
            m_api->send(api::archive::chunk(job.row.uploadId, chunk.file, chunk.index, part,
                                            chunkKey(job.row.uploadKey, chunk.file, chunk.index)));
        ++job.inFlight;
        connect(call, &ApiCall::finished, this,
                [this, serial, chunk](const ApiResponse &response) { onChunk(serial, chunk, response); });
    }
}

void PackageUploader::onChunk(const QString &serial, const ChunkRef &chunk, const ApiResponse &response)
{
    if (!m_jobs.contains(serial))
        return;
    Job &job = m_jobs[serial];
    --job.inFlight;
    if (job.stopped) {
        if (job.inFlight == 0)
            m_jobs.remove(serial);
        return;
    }
    if (!response.ok()) {
        if (Outbox::willResend(response)) {
            wait(serial, usertext::describeFailure(response));
        } else {
            Error e = response.problem;
            fail(serial, tr("%1 (file %2)").arg(usertext::describeFailure(response), chunk.file), e);
        }
        return;
    }
    job.sent += chunk.length;
    emit progress(serial, job.sent, job.total);
    if (!job.todo.isEmpty()) {
        sendMore(serial);
    } else if (job.inFlight == 0) {
        fetchState(serial); // every chunk acknowledged: confirm with the server, then commit
    }
}

} // namespace hpf::client::archive
