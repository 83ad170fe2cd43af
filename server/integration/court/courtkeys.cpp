#include "integration/court/courtkeys.h"

#include "platform/store/sql.h"

namespace hpf::server {

Migration courtMigration()
{
    return Migration{12,
                     u"online court channel: court keys and received messages"_qs,
                     {
                         uR"(CREATE TABLE court_keys (
            id {{PK}}, court_code TEXT NOT NULL, kid TEXT NOT NULL UNIQUE, public_pem TEXT NOT NULL,
            status TEXT NOT NULL, registered_at BIGINT NOT NULL, revoked_at BIGINT))"_qs,
                         uR"(CREATE INDEX court_keys_court ON court_keys(court_code, status))"_qs,
                         uR"(CREATE TABLE court_messages (
            id {{PK}}, court_code TEXT NOT NULL, message_id TEXT NOT NULL, kind TEXT NOT NULL,
            sent_at BIGINT NOT NULL, received_at BIGINT NOT NULL, request_id BIGINT,
            UNIQUE (court_code, message_id)))"_qs,
                     }};
}

Result<CourtKey> registerCourtKey(const QSqlDatabase &db, Dialect, const QStringList &policyCourts,
                                  const QString &courtCode, const QByteArray &publicPem, qint64 nowMs)
{
    if (!policyCourts.contains(courtCode))
        return makeError(u"judicial.court_unknown"_qs, u"code"_qs, u"not a court of the policy's list"_qs);
    auto key = crypto::Sm2Key::fromPublicPem(publicPem);
    if (!key || key->hasPrivateKey())
        return makeError(u"court.key_invalid"_qs, u"publicKey"_qs, u"expected an SM2 PUBLIC KEY in PEM"_qs);
    CourtKey k;
    k.courtCode = courtCode;
    k.kid = QString::fromLatin1(key->keyId().toHex());
    k.publicPem = key->publicKeyPem();
    k.status = u"active"_qs;
    k.registeredAt = nowMs;
    Query exists(db, u"SELECT court_code FROM court_keys WHERE kid = :k"_qs);
    exists.bind(u":k"_qs, k.kid);
    if (Status s = exists.exec(); !s)
        return s.error();
    if (exists.next())
        return makeError(u"court.key_exists"_qs, u"publicKey"_qs,
                         u"key "_qs + k.kid + u" is registered already"_qs);
    Query q(db, u"INSERT INTO court_keys (court_code, kid, public_pem, status, registered_at) "
                "VALUES (:c, :k, :p, 'active', :t)"_qs);
    q.bind(u":c"_qs, k.courtCode)
        .bind(u":k"_qs, k.kid)
        .bind(u":p"_qs, QString::fromLatin1(k.publicPem))
        .bind(u":t"_qs, nowMs);
    if (Status s = q.exec(); !s)
        return s.error();
    return k;
}

Result<int> revokeCourtKeys(const QSqlDatabase &db, const QString &kidOrCourt, qint64 nowMs)
{
    Query q(db, u"UPDATE court_keys SET status = 'revoked', revoked_at = :t "
                "WHERE status = 'active' AND (kid = :x OR court_code = :x2)"_qs);
    q.bind(u":t"_qs, nowMs).bind(u":x"_qs, kidOrCourt).bind(u":x2"_qs, kidOrCourt);
    if (Status s = q.exec(); !s)
        return s.error();
    if (q.rowsAffected() < 1)
        return makeError(u"court.not_found"_qs, u"key"_qs, u"no active key with this id or court code"_qs);
    return q.rowsAffected();
}

Result<QList<CourtKey>> listCourtKeys(const QSqlDatabase &db)
{
    Query q(db, u"SELECT id, court_code, kid, public_pem, status, registered_at, revoked_at FROM court_keys "
                "ORDER BY id"_qs);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<CourtKey> out;
    while (q.next())
        out.append(CourtKey{q.int64(0), q.str(1), q.str(2), q.str(3).toLatin1(), q.str(4), q.int64(5),
                            q.isNull(6) ? 0 : q.int64(6)});
    return out;
}

Result<std::vector<crypto::Sm2Key>> activeCourtKeys(const QSqlDatabase &db, const QString &courtCode)
{
    Query q(db,
            u"SELECT public_pem FROM court_keys WHERE court_code = :c AND status = 'active' ORDER BY id"_qs);
    q.bind(u":c"_qs, courtCode);
    if (Status s = q.exec(); !s)
        return s.error();
    std::vector<crypto::Sm2Key> out;
    while (q.next()) {
        auto key = crypto::Sm2Key::fromPublicPem(q.str(0).toLatin1());
        if (key)
            out.push_back(std::move(key).value());
    }
    return out;
}

} // namespace hpf::server
