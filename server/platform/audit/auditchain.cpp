#include "platform/audit/auditchain.h"

#include "crypto/sm2.h"
#include "logging.h"
#include "platform/audit/audit.h"
#include "platform/audit/auditkey.h"
#include "platform/store/sql.h"
#include "platform/store/transaction.h"

#include <QFile>
#include <QMutex>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>
#include <map>

namespace hpf::server {

namespace {

constexpr qint64 kChainLock = 736002; // PostgreSQL advisory lock: one chainer per database

QByteArray checkpointMessage(qint64 seq, const QString &mac, qint64 at)
{
    return QByteArray("HPF-AUDIT-CHECKPOINT-1\n") + QByteArray::number(seq) + '\n' + mac.toLatin1() + '\n' +
           QByteArray::number(at);
}

struct Head
{
    qint64 seq = 0;
    QString mac;
};

QMutex g_headMutex;

std::optional<Head> readHeadFile(const QString &path)
{
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QList<QByteArray> parts = f.readAll().trimmed().split(' ');
    if (parts.size() != 3 || parts.at(0) != "HPF-AUDIT-HEAD-1")
        return Head{-1, {}}; // present but unreadable: reported by verify
    return Head{parts.at(1).toLongLong(), QString::fromLatin1(parts.at(2))};
}

// After commit: the chainer's high-water mark outside the database. Never moves backwards.
void writeHeadFile(const QString &path, const Head &head)
{
    if (path.isEmpty())
        return;
    QMutexLocker lock(&g_headMutex);
    if (auto old = readHeadFile(path); old && old->seq >= head.seq)
        return;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        qCWarning(lcAudit) << "cannot write the audit head file" << path << f.errorString();
        return;
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write("HPF-AUDIT-HEAD-1 " + QByteArray::number(head.seq) + ' ' + head.mac.toLatin1() + '\n');
    if (!f.commit())
        qCWarning(lcAudit) << "cannot write the audit head file" << path << f.errorString();
}

Result<Head> chainHead(const QSqlDatabase &db)
{
    Query q(
        db,
        u"SELECT chain_seq, mac FROM audit_log WHERE chain_seq = (SELECT MAX(chain_seq) FROM audit_log)"_qs);
    if (Status s = q.exec(); !s)
        return s.error();
    Head h;
    if (q.next())
        h = Head{q.int64(0), q.str(1)};
    q.finish();
    return h;
}

Status maybeCheckpoint(const QSqlDatabase &db, const Head &head, const CheckpointSigner &signer, qint64 nowMs,
                       const ChainOptions &options)
{
    if (!signer.key || head.seq == 0)
        return {};
    Query last(db, u"SELECT chain_seq, at FROM audit_checkpoints ORDER BY chain_seq DESC LIMIT 1"_qs);
    if (Status s = last.exec(); !s)
        return s;
    const bool any = last.next();
    const qint64 lastSeq = any ? last.int64(0) : 0;
    const qint64 lastAt = any ? last.int64(1) : 0;
    last.finish();
    if (head.seq <= lastSeq)
        return {};
    if (head.seq - lastSeq < options.checkpointEvery && nowMs - lastAt < options.checkpointMs)
        return {};
    auto signature = signer.key->signRaw(checkpointMessage(head.seq, head.mac, nowMs));
    if (!signature)
        return signature.error();
    Query ins(
        db,
        u"INSERT INTO audit_checkpoints (chain_seq, mac, at, kid, signature) VALUES (:s, :m, :t, :k, :g)"_qs);
    ins.bind(u":s"_qs, head.seq)
        .bind(u":m"_qs, head.mac)
        .bind(u":t"_qs, nowMs)
        .bind(u":k"_qs, signer.kid)
        .bind(u":g"_qs, QString::fromLatin1(signature->toHex()));
    return ins.exec();
}

} // namespace

Result<int> chainPending(const QSqlDatabase &db, Dialect dialect, const AuditKey &key,
                         const CheckpointSigner &signer, qint64 nowMs, const ChainOptions &options)
{
    { // nothing pending: no write transaction (on SQLite it would take the write lock)
        Query any(db, u"SELECT id FROM audit_log WHERE chain_seq IS NULL LIMIT 1"_qs);
        if (Status s = any.exec(); !s)
            return s.error();
        const bool pending = any.next();
        any.finish();
        if (!pending)
            return 0;
    }
    int chained = 0;
    Head head;
    const Status s = runInTransaction(db, dialect, TxMode::Write, [&](Transaction &) -> Result<TxEnd> {
        chained = 0;
        if (dialect == Dialect::Postgres) {
            Query lock(db, u"SELECT pg_try_advisory_xact_lock(:k)"_qs);
            lock.bind(u":k"_qs, kChainLock);
            if (Status l = lock.exec(); !l)
                return l.error();
            if (!lock.next() || !lock.value(0).toBool())
                return TxEnd::Rollback; // another server is chaining
            lock.finish();
        }
        auto h = chainHead(db);
        if (!h)
            return h.error();
        head = *h;
        Query pending(db, u"SELECT "_qs + auditColumns() +
                              u", CASE WHEN subjects IS NULL THEN 1 ELSE 0 END FROM audit_log "
                              "WHERE chain_seq IS NULL ORDER BY id LIMIT :n"_qs);
        pending.bind(u":n"_qs, options.batch);
        if (Status p = pending.exec(); !p)
            return p.error();
        QList<std::pair<AuditRecord, bool>> rows;
        while (pending.next())
            rows.append({auditFromRow(pending), pending.int64(16) == 1});
        pending.finish();
        for (auto &[r, legacy] : rows) {
            QStringList subjects;
            if (legacy) // migrated from before redaction: redact now, before it is sealed
                subjects = redactRecord(r);
            r.chainSeq = head.seq + 1;
            r.mac = QString::fromLatin1(key.mac(canonicalEncoding(r, head.mac)).toHex());
            Query upd(
                db,
                legacy
                    ? u"UPDATE audit_log SET chain_seq = :s, mac = :m, object = :o, before_state = :b, "
                      "after_state = :a, subjects = :j WHERE id = :id AND chain_seq IS NULL"_qs
                    : u"UPDATE audit_log SET chain_seq = :s, mac = :m WHERE id = :id AND chain_seq IS NULL"_qs);
            upd.bind(u":s"_qs, r.chainSeq).bind(u":m"_qs, r.mac).bind(u":id"_qs, r.id);
            if (legacy)
                upd.bind(u":o"_qs, r.object)
                    .bind(u":b"_qs, r.before)
                    .bind(u":a"_qs, r.after)
                    .bind(u":j"_qs, r.subjects);
            if (Status u = upd.exec(); !u)
                return u.error();
            if (upd.rowsAffected() != 1)
                return makeError(u"db.conflict"_qs, {}, u"audit record chained by someone else"_qs);
            for (const QString &subject : std::as_const(subjects)) {
                Query sub(db, u"INSERT INTO audit_subjects (subject, audit_id) VALUES (:s, :id)"_qs);
                sub.bind(u":s"_qs, subject).bind(u":id"_qs, r.id);
                if (Status u = sub.exec(); !u)
                    return u.error();
            }
            head = Head{r.chainSeq, r.mac};
            ++chained;
        }
        if (Status c = maybeCheckpoint(db, head, signer, nowMs, options); !c)
            return c.error();
        return chained > 0 ? TxEnd::Commit : TxEnd::Rollback;
    });
    if (!s)
        return s.error();
    if (chained > 0)
        writeHeadFile(key.headPath(), head);
    return chained;
}

Result<qint64> chainAll(const QSqlDatabase &db, Dialect dialect, const AuditKey &key,
                        const CheckpointSigner &signer, qint64 nowMs, const ChainOptions &options)
{
    qint64 total = 0;
    for (;;) {
        auto n = chainPending(db, dialect, key, signer, nowMs, options);
        if (!n)
            return n.error();
        total += *n;
        if (*n < options.batch)
            return total;
    }
}

Result<AuditVerification> verifyAudit(const QSqlDatabase &db, const AuditKey &key,
                                      const VerifyOptions &options)
{
    AuditVerification v;
    auto fail = [&v](qint64 id, qint64 seq, const QString &reason) {
        v.ok = false;
        v.firstBadId = id;
        v.firstBadSeq = seq;
        v.reason = reason;
        return v;
    };
    Query q(db, u"SELECT "_qs + auditColumns() +
                    u" FROM audit_log WHERE chain_seq IS NOT NULL ORDER BY chain_seq"_qs);
    if (Status s = q.exec(); !s)
        return s.error();
    QString prev;
    qint64 expected = 1;
    while (q.next()) {
        const AuditRecord r = auditFromRow(q);
        ++v.records;
        if (r.chainSeq != expected)
            return fail(r.id, expected,
                        QStringLiteral("chain position %1 missing (record %2 is at %3)")
                            .arg(expected)
                            .arg(r.id)
                            .arg(r.chainSeq));
        if (QString::fromLatin1(key.mac(canonicalEncoding(r, prev)).toHex()) != r.mac)
            return fail(r.id, r.chainSeq, u"content does not match its MAC (edited, moved or rehashed)"_qs);
        prev = r.mac;
        ++expected;
    }
    q.finish();
    const qint64 lastSeq = expected - 1;

    std::map<QString, std::shared_ptr<const crypto::Sm2Key>> keys; // kid → public key (null: unknown)
    Query cps(db, u"SELECT chain_seq, mac, at, kid, signature FROM audit_checkpoints ORDER BY chain_seq"_qs);
    if (Status s = cps.exec(); !s)
        return s.error();
    struct Checkpoint
    {
        qint64 seq, at;
        QString mac, kid, signature;
    };
    QList<Checkpoint> list;
    while (cps.next())
        list.append({cps.int64(0), cps.int64(2), cps.str(1), cps.str(3), cps.str(4)});
    cps.finish();
    for (const Checkpoint &c : std::as_const(list)) {
        if (keys.find(c.kid) == keys.end()) {
            Query k(db, u"SELECT public_pem FROM signing_keys WHERE kid = :k"_qs);
            k.bind(u":k"_qs, c.kid);
            if (Status s = k.exec(); !s)
                return s.error();
            std::shared_ptr<const crypto::Sm2Key> pk;
            if (k.next()) {
                if (auto parsed = crypto::Sm2Key::fromPublicPem(k.str(0).toLatin1()))
                    pk = std::make_shared<const crypto::Sm2Key>(std::move(parsed).value());
            }
            keys.emplace(c.kid, std::move(pk));
        }
        const auto &pk = keys.at(c.kid);
        if (!pk || !pk->verifyRaw(checkpointMessage(c.seq, c.mac, c.at),
                                  QByteArray::fromHex(c.signature.toLatin1())))
            return fail(0, c.seq,
                        QStringLiteral("checkpoint at chain position %1 has a bad signature").arg(c.seq));
        if (c.seq > lastSeq)
            return fail(
                0, lastSeq + 1,
                QStringLiteral("records removed from the end: checkpoint names chain position %1, the chain "
                               "ends at %2")
                    .arg(c.seq)
                    .arg(lastSeq));
        Query m(db, u"SELECT id, mac FROM audit_log WHERE chain_seq = :s"_qs);
        m.bind(u":s"_qs, c.seq);
        if (Status s = m.exec(); !s)
            return s.error();
        if (!m.next() || m.str(1) != c.mac)
            return fail(
                m.int64(0), c.seq,
                QStringLiteral(
                    "the chain was rewritten: the record at position %1 is not the one the checkpoint "
                    "signed")
                    .arg(c.seq));
        ++v.checkpoints;
        v.lastCheckpointSeq = c.seq;
    }

    if (auto head = readHeadFile(key.headPath())) {
        if (head->seq < 0)
            return fail(0, 0, u"the audit head file beside the key is unreadable"_qs);
        if (head->seq > lastSeq)
            return fail(0, lastSeq + 1,
                        QStringLiteral(
                            "records removed from the end: the chainer reached position %1, the chain ends "
                            "at %2")
                            .arg(head->seq)
                            .arg(lastSeq));
        Query m(db, u"SELECT id, mac FROM audit_log WHERE chain_seq = :s"_qs);
        m.bind(u":s"_qs, head->seq);
        if (Status s = m.exec(); !s)
            return s.error();
        if (head->seq > 0 && (!m.next() || m.str(1) != head->mac))
            return fail(
                m.int64(0), head->seq,
                QStringLiteral("the chain was rewritten: position %1 differs from what the chainer recorded")
                    .arg(head->seq));
    }

    Query pending(db, u"SELECT COUNT(*), MIN(at) FROM audit_log WHERE chain_seq IS NULL"_qs);
    if (Status s = pending.exec(); !s)
        return s.error();
    if (pending.next() && pending.int64(0) > 0) {
        v.unchained = pending.int64(0);
        const qint64 oldest = pending.int64(1);
        pending.finish();
        if (options.nowMs - oldest > options.unchainedBoundMs) {
            Query first(db, u"SELECT MIN(id) FROM audit_log WHERE chain_seq IS NULL AND at = :t"_qs);
            first.bind(u":t"_qs, oldest);
            if (Status s = first.exec(); !s)
                return s.error();
            const qint64 id = first.next() ? first.int64(0) : 0;
            return fail(
                id, 0,
                QStringLiteral("%1 records left unchained for more than %2 s (is the chainer running?)")
                    .arg(v.unchained)
                    .arg(options.unchainedBoundMs / 1000));
        }
    }
    return v;
}

Migration auditChainMigration()
{
    const QString cols =
        u"at, user_id, username, role, branch, workstation, request_id, operation, object, outcome, "
        "before_state, after_state"_qs;
    return Migration{
        6,
        u"insert-only audit trail, keyed chain after commit, signed checkpoints, subjects (issue 12)"_qs,
        {
            uR"(CREATE TABLE audit_log_v6 (
            id {{PK}}, at BIGINT NOT NULL, user_id BIGINT, username TEXT NOT NULL,
            role TEXT NOT NULL, branch TEXT NOT NULL, workstation TEXT NOT NULL, request_id TEXT NOT NULL,
            operation TEXT NOT NULL, object TEXT NOT NULL, outcome TEXT NOT NULL,
            before_state TEXT NOT NULL, after_state TEXT NOT NULL, subjects TEXT,
            chain_seq BIGINT UNIQUE, mac TEXT))"_qs,
            // The old chain's records in their order; subjects NULL marks them for redaction when
            // they are chained with the key.
            u"INSERT INTO audit_log_v6 ("_qs + cols + u") SELECT "_qs + cols +
                u" FROM audit_log ORDER BY id"_qs,
            u"DROP TABLE audit_log"_qs,
            u"DROP TABLE audit_head"_qs,
            u"ALTER TABLE audit_log_v6 RENAME TO audit_log"_qs,
            u"CREATE INDEX audit_log_at ON audit_log(at, id)"_qs,
            u"CREATE INDEX audit_log_user ON audit_log(username, at)"_qs,
            u"CREATE INDEX audit_log_object ON audit_log(object, at)"_qs,
            u"CREATE INDEX audit_log_operation ON audit_log(operation, at)"_qs,
            uR"(CREATE TABLE audit_subjects (subject TEXT NOT NULL, audit_id BIGINT NOT NULL,
            PRIMARY KEY (subject, audit_id)))"_qs,
            uR"(CREATE TABLE audit_checkpoints (
            id {{PK}}, chain_seq BIGINT NOT NULL UNIQUE, mac TEXT NOT NULL, at BIGINT NOT NULL,
            kid TEXT NOT NULL, signature TEXT NOT NULL))"_qs,
        }};
}

AuditChainScheduler::AuditChainScheduler(Database &database, std::function<qint64()> now, int pollMs,
                                         QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_now(std::move(now))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // keep the thread and its connection
    m_timer.setInterval(qMax(10, pollMs));
    connect(&m_timer, &QTimer::timeout, this, &AuditChainScheduler::poll);
}

AuditChainScheduler::~AuditChainScheduler()
{
    stop();
}

void AuditChainScheduler::setKey(std::shared_ptr<const AuditKey> key,
                                 std::function<CheckpointSigner()> signer)
{
    m_key = std::move(key);
    m_signer = std::move(signer);
}

void AuditChainScheduler::start()
{
    if (m_key)
        m_timer.start();
}

void AuditChainScheduler::stop()
{
    m_timer.stop();
    m_pool.waitForDone();
}

void AuditChainScheduler::poll()
{
    if (m_busy || !m_key)
        return;
    m_busy = true;
    const ChainOptions options;
    QtConcurrent::run(&m_pool,
                      [this, key = m_key, signer = m_signer ? m_signer() : CheckpointSigner{}, now = m_now(),
                       options]() -> Result<int> {
                          auto conn = m_database.connection();
                          if (!conn)
                              return conn.error();
                          return chainPending(*conn, m_database.dialect(), *key, signer, now, options);
                      })
        .then(this, [this, options](const Result<int> &n) {
            m_busy = false;
            if (!n) {
                qCWarning(lcAudit) << "audit chaining failed:" << n.error().code << n.error().detail;
                return;
            }
            if (*n > 0)
                emit chained(*n);
            if (m_timer.isActive() && *n >= options.batch)
                QTimer::singleShot(0, this, &AuditChainScheduler::poll);
        });
}

} // namespace hpf::server
