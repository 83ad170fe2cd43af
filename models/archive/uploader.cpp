#include "archive/uploader.h"

#include "archive/capturestore.h"
#include "archive/uploader_p.h"
#include "domain/errortext.h"
#include "logging.h"
#include "session/usertext.h"
#include "store/fieldcipher.h"
#include "store/localdatabase.h"
#include "store/outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace hpf::client::archive {

namespace {

QByteArray manifestContext(const QString &serial)
{
    return "capmanifest|" + serial.toUtf8();
}

QByteArray packageContext(const QString &serial)
{
    return "cappackage|" + serial.toUtf8();
}

QString stageName(PackageUploader::Stage stage)
{
    switch (stage) {
    case PackageUploader::Stage::None:
    case PackageUploader::Stage::Built:
        return u"built"_qs;
    case PackageUploader::Stage::Created:
        return u"created"_qs;
    case PackageUploader::Stage::Committing:
        return u"committing"_qs;
    case PackageUploader::Stage::Done:
        return u"done"_qs;
    }
    return u"built"_qs;
}

PackageUploader::Stage stageFrom(const QString &name)
{
    if (name == u"created")
        return PackageUploader::Stage::Created;
    if (name == u"committing")
        return PackageUploader::Stage::Committing;
    if (name == u"done")
        return PackageUploader::Stage::Done;
    return PackageUploader::Stage::Built;
}

// The file an error's field names ("files[2]", "files[2].sm3"), from the manifest, or empty.
QString namedFile(const QByteArray &manifest, const QString &field)
{
    static const QRegularExpression pattern(u"^files\\[(\\d+)\\]"_qs);
    const QRegularExpressionMatch m = pattern.match(field);
    if (!m.hasMatch())
        return {};
    const QJsonArray files = QJsonDocument::fromJson(manifest).object().value(u"files").toArray();
    return files.at(m.captured(1).toInt()).toObject().value(u"name").toString();
}

Error sqlError(const QSqlQuery &q)
{
    return makeError(u"store.write"_qs, QString(), q.lastError().text());
}

} // namespace

PackageUploader::PackageUploader(LocalDatabase *db, const FieldCipher *cipher, Outbox *outbox, ApiClient *api,
                                 CaptureStore *store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_cipher(cipher)
    , m_outbox(outbox)
    , m_api(api)
    , m_store(store)
    , m_clock(clock)
{
    connect(m_outbox, &Outbox::finished, this, &PackageUploader::onOutboxFinished);
}

std::optional<PackageUploader::Row> PackageUploader::load(const QString &serial) const
{
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT owner, state, upload_key, upload_id, commit_key, sealed_manifest FROM capture_uploads"
              " WHERE serial = ?"_qs);
    q.addBindValue(serial);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Row row;
    row.serial = serial;
    row.owner = q.value(0).toString();
    row.stage = stageFrom(q.value(1).toString());
    row.uploadKey = q.value(2).toString();
    row.uploadId = q.value(3).toString();
    row.commitKey = q.value(4).toString();
    auto manifest = m_cipher->open(q.value(5).toByteArray(), manifestContext(serial));
    if (!manifest)
        return std::nullopt;
    row.manifest = *manifest;
    return row;
}

Status PackageUploader::save(const Row &row, const QByteArray &sealedPackage)
{
    QSqlQuery q(m_db->database());
    q.prepare(u"UPDATE capture_uploads SET state = ?, upload_key = ?, upload_id = ?, commit_key = ?,"
              " sealed_package = COALESCE(?, sealed_package), updated_at = ? WHERE serial = ?"_qs);
    q.addBindValue(stageName(row.stage));
    q.addBindValue(row.uploadKey);
    q.addBindValue(row.uploadId.isEmpty() ? QVariant() : QVariant(row.uploadId));
    q.addBindValue(row.commitKey.isEmpty() ? QVariant() : QVariant(row.commitKey));
    q.addBindValue(sealedPackage.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                           : QVariant(sealedPackage));
    q.addBindValue(m_clock.now().toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(row.serial);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Status PackageUploader::prepare(const QString &owner, const PackageInput &input)
{
    if (!m_cipher->hasKey())
        return makeError(u"crypto.no_key"_qs, QString(), u"no keychain key: nothing is kept in clear"_qs);
    if (load(input.serial))
        return {};
    auto built = buildPackage(*m_store, input);
    if (!built)
        return built.error();
    auto manifest = m_cipher->seal(hpf::archive::toJson(built->manifest), manifestContext(input.serial));
    if (!manifest)
        return manifest.error();
    QSqlDatabase db = m_db->database();
    if (!db.transaction())
        return makeError(u"store.write"_qs, QString(), db.lastError().text());
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO capture_uploads (serial, owner, business, state, upload_key, sealed_manifest,"
              " updated_at) VALUES (?, ?, ?, 'built', '', ?, ?)"_qs);
    q.addBindValue(input.serial);
    q.addBindValue(owner);
    q.addBindValue(input.business);
    q.addBindValue(*manifest);
    q.addBindValue(m_clock.now().toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        db.rollback();
        return sqlError(q);
    }
    for (const PackageFileBytes &f : built->files) {
        auto sealed = m_cipher->seal(f.bytes, detail::fileContext(input.serial, f.name));
        if (!sealed) {
            db.rollback();
            return sealed.error();
        }
        QSqlQuery fq(db);
        fq.prepare(u"INSERT INTO capture_files (serial, name, size, sealed_data) VALUES (?, ?, ?, ?)"_qs);
        fq.addBindValue(input.serial);
        fq.addBindValue(f.name);
        fq.addBindValue(qint64(f.bytes.size()));
        fq.addBindValue(*sealed);
        if (!fq.exec()) {
            db.rollback();
            return sqlError(fq);
        }
    }
    if (!db.commit())
        return makeError(u"store.write"_qs, QString(), db.lastError().text());
    return {};
}

Status PackageUploader::discard(const QString &serial)
{
    const auto row = load(serial);
    if (!row)
        return {};
    if (row->stage != Stage::Built || !row->uploadKey.isEmpty() || m_jobs.contains(serial))
        return makeError(u"archive.upload_started"_qs, QString(), u"the upload has started"_qs);
    QSqlDatabase db = m_db->database();
    if (!db.transaction())
        return makeError(u"store.write"_qs, QString(), db.lastError().text());
    for (const QString &sql : {u"DELETE FROM capture_files WHERE serial = ?"_qs,
                               u"DELETE FROM capture_uploads WHERE serial = ?"_qs}) {
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

PackageUploader::Stage PackageUploader::stage(const QString &serial) const
{
    const auto row = load(serial);
    return row ? row->stage : Stage::None;
}

std::optional<api::ArchivePackage> PackageUploader::committedPackage(const QString &serial) const
{
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT sealed_package FROM capture_uploads WHERE serial = ? AND state = 'done'"_qs);
    q.addBindValue(serial);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    auto plain = m_cipher->open(q.value(0).toByteArray(), packageContext(serial));
    if (!plain)
        return std::nullopt;
    auto package = api::ArchivePackage::fromJson(QJsonDocument::fromJson(*plain).object());
    if (!package)
        return std::nullopt;
    return *package;
}

void PackageUploader::resumeAll(const QString &owner)
{
    QStringList serials;
    QSqlQuery q(m_db->database());
    q.prepare(
        u"SELECT serial FROM capture_uploads WHERE owner = ? AND state <> 'done' AND upload_key <> ''"_qs);
    q.addBindValue(owner);
    if (q.exec()) {
        while (q.next())
            serials.append(q.value(0).toString());
    }
    q.finish();
    for (const QString &serial : serials)
        start(serial);
}

void PackageUploader::start(const QString &serial, ops::Operation::Mode mode)
{
    if (m_jobs.contains(serial))
        return;
    const auto row = load(serial);
    if (!row) {
        emit failed(serial, errortext::message(u"archive.not_prepared"_qs),
                    makeError(u"archive.not_prepared"_qs, QString(), serial));
        return;
    }
    if (row->stage == Stage::Done) {
        if (const auto package = committedPackage(serial))
            emit committed(serial, *package);
        return;
    }
    Job &job = m_jobs[serial];
    job.row = *row;
    const auto known = [&](const QString &key) { return key.isEmpty() ? std::nullopt : m_outbox->item(key); };
    switch (row->stage) {
    case Stage::None:
    case Stage::Built:
        if (const auto item = known(row->uploadKey)) {
            if (item->state == Outbox::State::Done) {
                handleCreated(serial, item->response);
            } else if (item->state == Outbox::State::Pending) {
                wait(serial, tr("The archive upload is waiting to be sent"));
                m_outbox->resendPending();
            } else {
                job.row.uploadKey.clear(); // refused or withdrawn: a new upload with a new key
                create(job, mode);
            }
        } else {
            create(job, mode);
        }
        break;
    case Stage::Created:
        fetchState(serial);
        break;
    case Stage::Committing:
        if (const auto item = known(row->commitKey); item && item->state == Outbox::State::Done) {
            handleCommitted(serial, item->response);
        } else if (item && item->state == Outbox::State::Pending) {
            wait(serial, tr("The archive package is waiting to be committed"));
            m_outbox->resendPending();
        } else {
            job.row.stage = Stage::Created;
            job.row.commitKey.clear();
            fetchState(serial);
        }
        break;
    case Stage::Done:
        break;
    }
}

void PackageUploader::create(Job &job, ops::Operation::Mode mode)
{
    const QString serial = job.row.serial;
    auto manifest = hpf::archive::fromJson(job.row.manifest);
    if (!manifest) {
        fail(serial, errortext::describe(manifest.error()), manifest.error());
        return;
    }
    auto *op = new ops::Operation(m_outbox, this);
    op->confirm(api::archive::createUpload(*manifest, tr("Archive upload")));
    // The key is recorded before anything is sent: after a crash the outbox resends it and the
    // uploader finds its answer by this key.
    job.row.uploadKey = op->id();
    job.row.stage = Stage::Built;
    if (Status s = save(job.row); !s) {
        op->deleteLater();
        fail(serial, errortext::describe(s.error()), s.error());
        return;
    }
    connect(op, &ops::Operation::stateChanged, op, [op](ops::Operation::State state) {
        if (state == ops::Operation::State::Done || state == ops::Operation::State::Failed)
            op->deleteLater();
    });
    if (!op->submit(mode)) {
        fail(serial, tr("The archive upload could not be saved"),
             makeError(u"store.unavailable"_qs, QString()));
        return;
    }
    if (mode == ops::Operation::Mode::Queued)
        wait(serial, tr("Offline: the archive upload is queued and will be sent later"));
}

void PackageUploader::onOutboxFinished(const QString &id, const ApiResponse &response)
{
    QString serial;
    bool isCommit = false;
    QSqlQuery q(m_db->database());
    q.prepare(
        u"SELECT serial, commit_key = ? FROM capture_uploads WHERE upload_key = ? OR commit_key = ?"_qs);
    q.addBindValue(id);
    q.addBindValue(id);
    q.addBindValue(id);
    if (id.isEmpty() || !q.exec() || !q.next())
        return;
    serial = q.value(0).toString();
    isCommit = q.value(1).toBool();
    q.finish();
    if (!m_jobs.contains(serial)) {
        const auto row = load(serial);
        if (!row)
            return;
        m_jobs[serial].row = *row;
    }
    Job &job = m_jobs[serial];
    if (Outbox::willResend(response)) {
        wait(serial, usertext::describeFailure(response));
        return;
    }
    if (response.ok()) {
        if (isCommit)
            handleCommitted(serial, response.object());
        else
            handleCreated(serial, response.object());
        return;
    }
    const QString code = response.problem.code;
    if (isCommit && (code == u"archive.manifest_mismatch" || code == u"archive.upload_incomplete")) {
        // The server dropped the file's chunks: send what it lacks again, then a new commit.
        job.row.stage = Stage::Created;
        job.row.commitKey.clear();
        if (Status s = save(job.row); !s) {
            fail(serial, errortext::describe(s.error()), s.error());
            return;
        }
        qCWarning(lcArchive) << "commit refused with" << code << "- resending the missing chunks";
        fetchState(serial);
        return;
    }
    if (isCommit) {
        job.row.stage = Stage::Created;
        job.row.commitKey.clear();
    } else {
        job.row.uploadKey.clear();
    }
    (void)save(job.row);
    const QString file = namedFile(job.row.manifest, response.problem.field);
    fail(serial,
         file.isEmpty() ? usertext::describeFailure(response)
                        : tr("%1 (file %2)").arg(usertext::describeFailure(response), file),
         response.problem);
}

void PackageUploader::handleCreated(const QString &serial, const QJsonObject &response)
{
    auto upload = api::ArchiveUpload::fromJson(response);
    if (!upload) {
        fail(serial, usertext::describe(upload.error()), upload.error());
        return;
    }
    Job &job = m_jobs[serial];
    job.row.uploadId = upload->uploadId;
    job.row.stage = Stage::Created;
    if (Status s = save(job.row); !s) {
        fail(serial, errortext::describe(s.error()), s.error());
        return;
    }
    fetchState(serial);
}

void PackageUploader::commit(Job &job)
{
    const QString serial = job.row.serial;
    auto *op = new ops::Operation(m_outbox, this);
    op->confirm(api::archive::commit(job.row.uploadId, tr("Archive commit")));
    job.row.commitKey = op->id();
    job.row.stage = Stage::Committing;
    if (Status s = save(job.row); !s) {
        op->deleteLater();
        fail(serial, errortext::describe(s.error()), s.error());
        return;
    }
    connect(op, &ops::Operation::stateChanged, op, [op](ops::Operation::State state) {
        if (state == ops::Operation::State::Done || state == ops::Operation::State::Failed)
            op->deleteLater();
    });
    if (!op->submit(ops::Operation::Mode::Interactive))
        fail(serial, tr("The archive commit could not be saved"),
             makeError(u"store.unavailable"_qs, QString()));
}

void PackageUploader::handleCommitted(const QString &serial, const QJsonObject &response)
{
    auto result = api::ArchiveCommitted::fromJson(response);
    if (!result) {
        fail(serial, usertext::describe(result.error()), result.error());
        return;
    }
    const QJsonObject package = response.value(u"package").toObject();
    auto sealed =
        m_cipher->seal(QJsonDocument(package).toJson(QJsonDocument::Compact), packageContext(serial));
    Job &job = m_jobs[serial];
    job.row.stage = Stage::Done;
    if (!sealed) {
        fail(serial, errortext::describe(sealed.error()), sealed.error());
        return;
    }
    if (Status s = save(job.row, *sealed); !s) {
        fail(serial, errortext::describe(s.error()), s.error());
        return;
    }
    if (Status s = m_store->removeRecord(serial); !s)
        qCWarning(lcArchive) << "committed, but the local pages could not be dropped:" << s.error().detail;
    m_jobs.remove(serial);
    qCInfo(lcArchive) << "package committed:" << result->package.summary.archiveNumber;
    emit committed(serial, result->package);
}

void PackageUploader::wait(const QString &serial, const QString &message)
{
    if (m_jobs.contains(serial)) {
        Job &job = m_jobs[serial];
        job.stopped = true;
        if (job.inFlight == 0)
            m_jobs.remove(serial);
    }
    emit waiting(serial, message);
}

void PackageUploader::fail(const QString &serial, const QString &message, const Error &error)
{
    if (m_jobs.contains(serial)) {
        Job &job = m_jobs[serial];
        job.stopped = true;
        if (job.inFlight == 0)
            m_jobs.remove(serial);
    }
    qCWarning(lcArchive) << "archive upload failed:" << error.code << error.field;
    emit failed(serial, message, error);
}

} // namespace hpf::client::archive
