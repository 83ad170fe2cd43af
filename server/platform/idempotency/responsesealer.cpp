#include "platform/idempotency/responsesealer.h"

#include "base/privatefiles.h"
#include "crypto/sm3.h"
#include "crypto/sm4gcm.h"
#include "logging.h"
#include "platform/store/database.h"
#include "platform/store/sql.h"
#include "platform/store/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace hpf::server {

namespace {

constexpr char kPrefix[] = "sm4gcm1:";
constexpr int kBatch = 200;

QByteArray associatedData(qint64 userId, const QString &idempotencyKey, int status)
{
    return "hpf-idempotent-response/v1|" + QByteArray::number(userId) + '|' + idempotencyKey.toUtf8() + '|' +
           QByteArray::number(status);
}

Error keyError(const QString &path, const QString &why)
{
    return makeError(u"config.response_key"_qs, path, why);
}

} // namespace

ResponseSealer::ResponseSealer(QByteArray key)
    : m_key(std::move(key))
{}

ResponseSealer::~ResponseSealer()
{
    m_key.fill('\0');
}

std::shared_ptr<const ResponseSealer> ResponseSealer::ephemeral()
{
    return std::make_shared<const ResponseSealer>(crypto::randomBytes(16));
}

Result<std::shared_ptr<const ResponseSealer>> ResponseSealer::fromKeyFile(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        if (Status s = privatefiles::makePrivateDirectory(QFileInfo(path).absolutePath()); !s)
            return keyError(path, s.error().detail);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return keyError(path, u"cannot create: "_qs + file.errorString());
        if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return keyError(path, u"cannot restrict to 0600"_qs);
        const QByteArray key = crypto::randomBytes(16);
        if (file.write(key.toHex() + '\n') != 33 || !file.flush())
            return keyError(path, u"cannot write: "_qs + file.errorString());
        file.close();
        qCInfo(lcStore) << "created the response key file" << path;
        return std::make_shared<const ResponseSealer>(key);
    }
    if (Status s = privatefiles::tightenFile(path); !s)
        return keyError(path, s.error().detail);
    if (!file.open(QIODevice::ReadOnly))
        return keyError(path, u"cannot read: "_qs + file.errorString());
    const QByteArray hex = file.read(64).trimmed();
    const QByteArray key = QByteArray::fromHex(hex);
    if (hex.size() != 32 || key.size() != 16 || key.toHex() != hex.toLower())
        return keyError(path, u"expected 32 hexadecimal digits (an SM4 key)"_qs);
    return std::make_shared<const ResponseSealer>(key);
}

Result<QString> ResponseSealer::seal(qint64 userId, const QString &idempotencyKey, int status,
                                     const QByteArray &body) const
{
    auto sealed = crypto::sm4GcmSeal(m_key, body, associatedData(userId, idempotencyKey, status));
    if (!sealed)
        return sealed.error();
    return QString(QLatin1String(kPrefix) + QString::fromLatin1(sealed->toBase64()));
}

Result<QByteArray> ResponseSealer::open(qint64 userId, const QString &idempotencyKey, int status,
                                        const QString &sealed) const
{
    const auto unreadable = [] {
        return makeError(u"idempotency.unreadable"_qs, u"Idempotency-Key"_qs,
                         u"the stored response does not open with this server's response key"_qs);
    };
    if (!sealed.startsWith(QLatin1String(kPrefix)))
        return unreadable();
    const auto decoded = QByteArray::fromBase64Encoding(sealed.mid(int(sizeof(kPrefix) - 1)).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return unreadable();
    auto body = crypto::sm4GcmOpen(m_key, *decoded, associatedData(userId, idempotencyKey, status));
    if (!body)
        return unreadable();
    return *body;
}

Result<QString> responseKeyPath(const DatabaseConfig &config, const QString &option)
{
    if (!option.isEmpty())
        return option;
    const QString env = qEnvironmentVariable("HPF_RESPONSE_KEY_FILE");
    if (!env.isEmpty())
        return env;
    if (config.dialect == Dialect::Sqlite)
        return QFileInfo(config.path).absoluteDir().filePath(u"keys/idempotency-responses.key"_qs);
    return keyError(QString(), u"serving a PostgreSQL database needs --response-key FILE (or "
                               "$HPF_RESPONSE_KEY_FILE): the key that seals stored responses, the same file "
                               "for every instance; it is created when missing"_qs);
}

Result<int> sealStoredResponses(Database &database, const ResponseSealer &sealer)
{
    auto conn = database.connection();
    if (!conn)
        return conn.error();
    int total = 0;
    for (;;) {
        int batch = 0;
        const Status s = runInTransaction(
            *conn, database.dialect(), TxMode::Write,
            [&](Transaction &) -> Result<TxEnd> {
                batch = 0;
                Query q(*conn, QStringLiteral(
                                   "SELECT id, user_id, idempotency_key, response_status, response_body "
                                   "FROM idempotency_keys WHERE response_sealed = 0 AND response_status <> 0 "
                                   "ORDER BY id LIMIT %1%2")
                                   .arg(kBatch)
                                   .arg(database.forUpdate()));
                if (Status e = q.exec(); !e)
                    return e.error();
                struct Row
                {
                    qint64 id;
                    QString sealed;
                };
                QList<Row> rows;
                while (q.next()) {
                    auto sealed = sealer.seal(q.int64(1), q.str(2), int(q.int64(3)), q.str(4).toUtf8());
                    if (!sealed)
                        return sealed.error();
                    rows.append({q.int64(0), *sealed});
                }
                q.finish();
                for (const Row &row : std::as_const(rows)) {
                    Query u(*conn, u"UPDATE idempotency_keys SET response_body = :b, response_sealed = 1 "
                                   "WHERE id = :id AND response_sealed = 0"_qs);
                    u.bind(u":b"_qs, row.sealed).bind(u":id"_qs, row.id);
                    if (Status e = u.exec(); !e)
                        return e.error();
                }
                batch = int(rows.size());
                return TxEnd::Commit;
            },
            RetryPolicy{});
        if (!s)
            return s.error();
        total += batch;
        if (batch < kBatch)
            break;
    }
    if (total > 0)
        qCInfo(lcStore) << "sealed" << total
                        << "stored idempotent responses kept in clear before migration 7";
    return total;
}

} // namespace hpf::server
