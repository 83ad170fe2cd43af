#pragma once

#include "base/result.h"
#include "crypto/sm2.h"
#include "platform/store/database.h"
#include "platform/store/migrations.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <vector>

// The courts' public keys for the online court channel: registered by IT staff (`hpf-server court
// register`), revoked the same way, each change audited. Only public keys are stored; a court may
// have several active keys while it rotates them.
namespace hpf::server {

// Migration 12 (issue 15): court_keys (the registry) and court_messages (every accepted message id
// per court, refusing replays).
Migration courtMigration();

struct CourtKey
{
    qint64 id = 0;
    QString courtCode;
    QString kid; // 16 hex digits: Sm2Key::keyId()
    QByteArray publicPem;
    QString status; // active | revoked
    qint64 registeredAt = 0;
    qint64 revokedAt = 0;
};

// Runs inside the caller's write transaction. Errors: court.key_invalid (not an SM2 public key),
// court.key_exists (this key is registered already), judicial.court_unknown (not a court of
// the policy).
Result<CourtKey> registerCourtKey(const QSqlDatabase &db, Dialect dialect, const QStringList &policyCourts,
                                  const QString &courtCode, const QByteArray &publicPem, qint64 nowMs);
// Revokes one key (by kid) or every active key of a court (by court code). Error court.not_found.
Result<int> revokeCourtKeys(const QSqlDatabase &db, const QString &kidOrCourt, qint64 nowMs);
Result<QList<CourtKey>> listCourtKeys(const QSqlDatabase &db);
// The court's active public keys (empty when none).
Result<std::vector<crypto::Sm2Key>> activeCourtKeys(const QSqlDatabase &db, const QString &courtCode);

} // namespace hpf::server
