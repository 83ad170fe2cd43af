#pragma once

#include "base/result.h"
#include "crypto/sm2.h"
#include "platform/store/database.h"
#include "platform/store/migrations.h"

#include <QObject>
#include <QSqlDatabase>
#include <QThreadPool>
#include <QTimer>
#include <memory>

// The audit chain (审计链): after commit, one chainer per database links the committed records that
// are not chained yet, in the order it finds them (id order of what is visible), giving each the
// next chain position and mac = HMAC-SM3(chain key, canonical(record) ‖ previous mac). Every
// `checkpointEvery` records or `checkpointMs` it stores a checkpoint (position, mac, time) signed
// with the server's SM2 key, so someone holding the chain key but not the signing key cannot
// rewrite what a checkpoint covers. On PostgreSQL the chainer holds an advisory transaction lock,
// so two servers on one database never chain at once (the second finds nothing to do); on SQLite
// the write lock does the same. A transaction that commits late is chained when it appears.
namespace hpf::server {

class AuditKey;

struct CheckpointSigner
{
    QString kid;                         // the signing_keys row whose public key verifies it
    const crypto::Sm2Key *key = nullptr; // null: checkpoints are not written
    std::shared_ptr<const void> owner;   // keeps `key` alive
};

struct ChainOptions
{
    int batch = 2000;             // records per transaction
    int checkpointEvery = 1000;   // records
    qint64 checkpointMs = 60'000; // or this long after the last checkpoint when records were added
};

// Chains up to one batch of pending records. Returns how many were chained (0 also when another
// server holds the chain lock). Records migrated from before redaction are redacted first.
Result<int> chainPending(const QSqlDatabase &db, Dialect dialect, const AuditKey &key,
                         const CheckpointSigner &signer, qint64 nowMs, const ChainOptions &options = {});
// Until nothing is pending.
Result<qint64> chainAll(const QSqlDatabase &db, Dialect dialect, const AuditKey &key,
                        const CheckpointSigner &signer, qint64 nowMs, const ChainOptions &options = {});

struct AuditVerification
{
    bool ok = true;
    qint64 records = 0;     // chained records checked
    qint64 unchained = 0;   // committed records not chained yet
    qint64 checkpoints = 0; // signed checkpoints checked
    qint64 lastCheckpointSeq = 0;
    qint64 firstBadId = 0;  // audit_log id of the first bad record (0: none or not a row)
    qint64 firstBadSeq = 0; // its chain position
    QString reason;
};

struct VerifyOptions
{
    qint64 nowMs = 0;
    qint64 unchainedBoundMs = 60'000; // a record left unchained longer than this fails the check
};

// Checks every chained record's MAC and the continuity of the positions, every checkpoint's
// signature (public key from signing_keys by kid) and that its record still has the signed mac,
// the chainer's high-water mark beside the key (records removed from the end), and records left
// unchained too long. Error only when the database cannot be read.
Result<AuditVerification> verifyAudit(const QSqlDatabase &db, const AuditKey &key,
                                      const VerifyOptions &options);

// Migration 6: insert-only audit_log with chain columns, audit_subjects, audit_checkpoints;
// the records of the old SM3 chain are kept (in order) and chained with the key on first start.
Migration auditChainMigration();

// Runs chainPending() for one server every `pollMs` on a one-thread pool (its own connection),
// never twice at once; a full batch polls again at once. stop() waits for the run in progress.
class AuditChainScheduler : public QObject
{
    Q_OBJECT
public:
    AuditChainScheduler(Database &database, std::function<qint64()> now, int pollMs,
                        QObject *parent = nullptr);
    ~AuditChainScheduler() override;

    void setKey(std::shared_ptr<const AuditKey> key, std::function<CheckpointSigner()> signer);
    void start();
    void stop();

signals:
    void chained(int records);

private:
    void poll();

    Database &m_database;
    std::function<qint64()> m_now;
    std::shared_ptr<const AuditKey> m_key;
    std::function<CheckpointSigner()> m_signer;
    QTimer m_timer;
    QThreadPool m_pool;
    bool m_busy = false;
};

} // namespace hpf::server
