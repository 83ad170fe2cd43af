#include "platform/auth/systemuser.h"

#include "platform/localcall.h"
#include "platform/store/sql.h"

namespace hpf::server {

Result<Principal> systemPrincipal(const QSqlDatabase &db, qint64 nowMs)
{
    const QString name = QString::fromLatin1(kSystemUser);
    if (auto existing = loadPrincipal(db, name); existing || existing.error().code != u"user.not_found")
        return existing;
    // "!" is no scrypt hash: verifyPassword never accepts it, and the row is disabled besides.
    Query ins(db,
              u"INSERT INTO users (username, display_name, role, branch_id, password_hash, password_salt, "
              "password_params, disabled, created_at) SELECT :u, :d, 'system', id, '!', '!', '!', 1, :t "
              "FROM branches ORDER BY is_head_office DESC, id LIMIT 1 ON CONFLICT (username) DO NOTHING"_qs);
    ins.bind(u":u"_qs, name).bind(u":d"_qs, u"系统"_qs).bind(u":t"_qs, nowMs);
    if (Status s = ins.exec(); !s)
        return s.error();
    return loadPrincipal(db, name);
}

} // namespace hpf::server
