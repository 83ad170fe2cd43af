// `hpf-server audit verify | chain` and the audit key every command that serves or checks the
// trail needs (platform/audit/auditkey.h).
#include "base/clock.h"
#include "cli/cli.h"
#include "platform/audit/auditchain.h"
#include "platform/audit/auditkey.h"
#include "platform/store/database.h"
#include "platform/store/sql.h"
#include "server.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace hpf::server::cli {

QString auditKeyPath(const Database &database, const QString &option)
{
    if (!option.isEmpty())
        return option;
    const QString env = qEnvironmentVariable("HPF_AUDIT_KEY_FILE");
    if (!env.isEmpty())
        return env;
    const DatabaseConfig &c = database.config();
    if (c.dialect == Dialect::Sqlite)
        return QFileInfo(c.path).absoluteDir().filePath(u"keys/audit.key"_qs);
    return QDir::home().filePath(QStringLiteral(".local/share/hpf-server/audit-%1-%2-%3.key")
                                     .arg(c.host)
                                     .arg(c.port)
                                     .arg(c.databaseName));
}

Result<std::shared_ptr<const AuditKey>> openAuditKey(Database &database, const QString &option, bool create)
{
    const QString path = auditKeyPath(database, option);
    auto key = AuditKey::load(path);
    if (key || key.error().code != u"audit.key_missing" || !create)
        return key;
    // A new key only for a trail that was never chained with one (a new or just-migrated
    // database): a lost key must not be replaced silently.
    auto conn = database.connection();
    if (!conn)
        return conn.error();
    Query q(*conn, u"SELECT (SELECT COUNT(*) FROM audit_log WHERE chain_seq IS NOT NULL) + "
                   "(SELECT COUNT(*) FROM audit_checkpoints)"_qs);
    if (Status s = q.exec(); !s)
        return s.error();
    if (q.next() && q.int64(0) > 0)
        return makeError(u"audit.key_missing"_qs, path,
                         u"the audit trail was chained with a key that is not at this path; restore it "
                         "(--audit-key or $HPF_AUDIT_KEY_FILE)"_qs);
    q.finish();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(u"audit.key_write"_qs, path, u"cannot create the key's folder"_qs);
    return AuditKey::create(path);
}

int auditCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The audit trail (留痕):\n"
        "  audit verify   checks every record's MAC and position, every signed checkpoint, the end of the\n"
        "                 chain and records left unchained; names the first bad record (exit 1)\n"
        "  audit chain    chains the committed records not chained yet (a running server does this)\n"
        "The key is --audit-key, else $HPF_AUDIT_KEY_FILE, else keys/audit.key beside an SQLite database."_qs);
    QCommandLineOption database(u"database"_qs, u"Database URL."_qs, u"url"_qs);
    QCommandLineOption help({u"h"_qs, u"help"_qs}, u"Show this help."_qs);
    QCommandLineOption keyOpt(u"audit-key"_qs, u"The audit key file."_qs, u"file"_qs);
    QCommandLineOption boundOpt(u"unchained-seconds"_qs,
                                u"A record left unchained longer fails verify (default 60)."_qs, u"s"_qs,
                                u"60"_qs);
    parser.addOptions({database, help, keyOpt, boundOpt});
    parser.addPositionalArgument(u"action"_qs, u"verify or chain"_qs);
    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        printLine(parser.helpText().trimmed());
        return 0;
    }
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1 || (pos.at(0) != u"verify" && pos.at(0) != u"chain"))
        return usageError(u"usage: hpf-server audit verify|chain [--database URL] [--audit-key FILE]"_qs);
    bool ok = false;
    const qint64 bound = parser.value(boundOpt).toLongLong(&ok);
    if (!ok || bound < 0)
        return usageError(u"--unchained-seconds must be a whole number of seconds"_qs);
    auto db = openDatabase(databaseUrl(parser.value(database)), true);
    if (!db)
        return failure(db.error());
    auto key = openAuditKey(**db, parser.value(keyOpt), false);
    if (!key)
        return failure(key.error());
    auto conn = (*db)->connection();
    if (!conn)
        return failure(conn.error());
    const qint64 now = Clock::system().now().toMSecsSinceEpoch();
    if (pos.at(0) == u"chain") {
        auto n = chainAll(*conn, (*db)->dialect(), **key, {}, now);
        if (!n)
            return failure(n.error());
        printLine(QStringLiteral("chained %1 records").arg(*n));
        return 0;
    }
    auto v = verifyAudit(*conn, **key, VerifyOptions{now, bound * 1000});
    if (!v)
        return failure(v.error());
    if (!v->ok)
        return failure(v->firstBadId > 0
                           ? QStringLiteral("audit chain broken at record %1 (chain position %2): %3")
                                 .arg(v->firstBadId)
                                 .arg(v->firstBadSeq)
                                 .arg(v->reason)
                           : QStringLiteral("audit chain broken at chain position %1: %2")
                                 .arg(v->firstBadSeq)
                                 .arg(v->reason));
    printLine(QStringLiteral("audit chain ok: %1 records, %2 signed checkpoints, %3 not chained yet")
                  .arg(v->records)
                  .arg(v->checkpoints)
                  .arg(v->unchained));
    return 0;
}

Status setUpAuditKey(Server &server, Database &database, const QString &option)
{
    auto key = openAuditKey(database, option, true);
    if (!key)
        return key.error();
    server.setAuditKey(*key);
    return {};
}

} // namespace hpf::server::cli
