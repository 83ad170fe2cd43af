#include "platform/localcall.h"

#include "platform/store/sql.h"

namespace hpf::server {

Result<Principal> loadPrincipal(const QSqlDatabase &db, const QString &username)
{
    Query q(db, u"SELECT u.id, u.role, b.id, b.code, b.is_head_office, u.display_name FROM users u "
                "JOIN branches b ON b.id = u.branch_id WHERE u.username = :u"_qs);
    q.bind(u":u"_qs, username);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"user.not_found"_qs, username);
    return Principal{q.int64(0), username, q.str(5), q.str(1), q.int64(2), q.str(3), q.int64(4) != 0, 0};
}

Status runLocally(ServerContext &server, const LocalCall &call,
                  const std::function<Status(ServiceContext &)> &fn)
{
    auto conn = server.database.connection();
    if (!conn)
        return conn.error();
    Error last = makeError(u"db.busy"_qs, {});
    for (int attempt = 0; attempt < 5; ++attempt) {
        ServiceContext ctx(server, *conn);
        ctx.operation = call.operation;
        ctx.workstation = call.workstation;
        ctx.requestId = call.workstation;
        Transaction tx(*conn, server.database.dialect());
        if (Status s = tx.begin(); !s) {
            last = s.error();
            if (isRetryable(last))
                continue;
            return last;
        }
        auto principal = loadPrincipal(*conn, call.username);
        if (!principal)
            return principal.error();
        ctx.principal = *principal;
        if (Status s = fn(ctx); !s) {
            last = s.error();
            if (isRetryable(last))
                continue;
            return last;
        }
        if (Status s = tx.commit(); !s) {
            last = s.error();
            if (isRetryable(last))
                continue;
            return last;
        }
        return {};
    }
    return last;
}

} // namespace hpf::server
