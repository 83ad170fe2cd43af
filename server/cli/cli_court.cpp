#include "base/clock.h"
#include "cli/cli.h"
#include "crypto/sm2.h"
#include "integration/court/courtkeys.h"
#include "platform/audit/audit.h"
#include "platform/store/database.h"
#include "platform/store/sql.h"
#include "platform/store/transaction.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

// `hpf-server court register|list|revoke`: the courts' public keys for the online court channel,
// and the training court demo-seed registers.
namespace hpf::server::cli {

namespace {

QStringList policyCourtCodes(const finance::Policy &policy)
{
    QStringList codes;
    for (const finance::Court &c : policy.judicial().courts)
        codes.append(c.code);
    return codes;
}

Status auditCourtKey(const QSqlDatabase &db, Dialect dialect, const QString &operation, const QString &object)
{
    AuditRecord r;
    r.at = QDateTime::currentMSecsSinceEpoch();
    r.username = u"cli"_qs;
    r.role = u"admin"_qs;
    r.workstation = u"cli"_qs;
    r.operation = operation;
    r.object = object;
    r.outcome = u"ok"_qs;
    return appendAudit(db, dialect, r);
}

// Registers `pem` for `code` in one audited transaction. Returns the kid.
Result<QString> registerKey(Database &database, const finance::Policy &policy, const QString &code,
                            const QByteArray &pem)
{
    auto conn = database.connection();
    if (!conn)
        return conn.error();
    QString kid;
    const Status s =
        runInTransaction(*conn, database.dialect(), TxMode::Write, [&](Transaction &) -> Result<TxEnd> {
            auto key = registerCourtKey(*conn, database.dialect(), policyCourtCodes(policy), code, pem,
                                        QDateTime::currentMSecsSinceEpoch());
            if (!key)
                return key.error();
            kid = key->kid;
            if (Status a =
                    auditCourtKey(*conn, database.dialect(), u"court.register"_qs, u"court-key:"_qs + kid);
                !a)
                return a.error();
            return TxEnd::Commit;
        });
    if (!s)
        return s.error();
    return kid;
}

} // namespace

int courtCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The courts' SM2 public keys for the online court channel (POST /integration/court/v1/messages):\n"
        "  court register --code 京0105 --public-key court.pem [--policy FILE]\n"
        "  court list\n"
        "  court revoke KID|COURT-CODE\n"
        "The code must be a court of the policy's judicial.courts (the embedded policy unless --policy).\n"
        "Only public keys are stored; revoking a court code revokes all its active keys."_qs);
    QCommandLineOption database(u"database"_qs, u"Database URL."_qs, u"url"_qs);
    QCommandLineOption help({u"h"_qs, u"help"_qs}, u"Show this help."_qs);
    QCommandLineOption code(u"code"_qs, u"The court's 法院代字, e.g. 京0105."_qs, u"code"_qs);
    QCommandLineOption publicKey(u"public-key"_qs, u"The court's SM2 public key (PEM)."_qs, u"file"_qs);
    QCommandLineOption policyOpt(u"policy"_qs, u"Policy JSON file (default: the embedded policy)."_qs,
                                 u"file"_qs);
    parser.addOptions({database, help, code, publicKey, policyOpt});
    parser.addPositionalArgument(u"action"_qs, u"register, list or revoke"_qs);
    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        printLine(parser.helpText().trimmed());
        return 0;
    }
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    if (action == u"register") {
        if (pos.size() != 1 || !parser.isSet(code) || !parser.isSet(publicKey))
            return usageError(u"usage: hpf-server court register --code CODE --public-key FILE"_qs);
    } else if (action == u"list") {
        if (pos.size() != 1)
            return usageError(u"court list takes no arguments"_qs);
    } else if (action == u"revoke") {
        if (pos.size() != 2)
            return usageError(u"usage: hpf-server court revoke KID|COURT-CODE"_qs);
    } else {
        return usageError(u"court needs an action: register, list or revoke"_qs);
    }
    auto db = openDatabase(databaseUrl(parser.value(database)), true);
    if (!db)
        return failure(db.error());
    auto conn = (*db)->connection();
    if (!conn)
        return failure(conn.error());

    if (action == u"list") {
        auto keys = listCourtKeys(*conn);
        if (!keys)
            return failure(keys.error());
        for (const CourtKey &k : std::as_const(*keys))
            printLine(QStringLiteral("%1\t%2\t%3\t%4")
                          .arg(k.courtCode, k.kid, k.status,
                               QDateTime::fromMSecsSinceEpoch(k.registeredAt).toUTC().toString(Qt::ISODate)));
        return 0;
    }
    if (action == u"revoke") {
        int revoked = 0;
        const Status s =
            runInTransaction(*conn, (*db)->dialect(), TxMode::Write, [&](Transaction &) -> Result<TxEnd> {
                auto n = revokeCourtKeys(*conn, pos.at(1), QDateTime::currentMSecsSinceEpoch());
                if (!n)
                    return n.error();
                revoked = *n;
                if (Status a = auditCourtKey(*conn, (*db)->dialect(), u"court.revoke"_qs,
                                             u"court-key:"_qs + pos.at(1));
                    !a)
                    return a.error();
                return TxEnd::Commit;
            });
        if (!s)
            return failure(s.error());
        printLine(QStringLiteral("revoked %1 key(s) of %2").arg(revoked).arg(pos.at(1)));
        return 0;
    }
    auto policy = parser.isSet(policyOpt) ? finance::Policy::fromFile(parser.value(policyOpt))
                                          : finance::Policy::defaults();
    if (!policy)
        return failure(policy.error());
    QFile file(parser.value(publicKey));
    if (!file.open(QIODevice::ReadOnly))
        return failure(u"cannot read "_qs + file.fileName());
    auto kid = registerKey(**db, *policy, parser.value(code), file.read(64 * 1024));
    if (!kid)
        return failure(kid.error());
    printLine(QStringLiteral("registered key %1 for court %2").arg(*kid, parser.value(code)));
    return 0;
}

Result<QString> seedTrainingCourt(Database &database, const QString &keysDir)
{
    QString dir = keysDir;
    if (dir.isEmpty()) {
        if (database.dialect() != Dialect::Sqlite)
            return u"no training court key generated: give --keys-dir for a PostgreSQL database"_qs;
        dir = QFileInfo(database.config().path).absoluteDir().filePath(u"keys"_qs);
    }
    if (!QDir().mkpath(dir))
        return makeError(u"keys.write"_qs, dir);
    auto key = crypto::Sm2Key::generate();
    if (!key)
        return key.error();
    // The training court's PRIVATE key, for hpf-court: training only, so not encrypted.
    const QString path = QDir(dir).filePath(QString::fromLatin1(kTrainingCourtKeyFile));
    // A new seed is a new training court key: the file of an earlier seed in the same folder is replaced.
    QFile::remove(path);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError(u"keys.file_exists"_qs, path, f.errorString());
    if (!f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return makeError(u"keys.permissions"_qs, path);
    const QByteArray pem = key->privateKeyPem();
    if (f.write(pem) != pem.size() || !f.flush())
        return makeError(u"keys.write"_qs, path, f.errorString());
    f.close();
    auto policy = finance::Policy::defaults();
    if (!policy)
        return policy.error();
    auto kid = registerKey(database, *policy, QString::fromUtf8(kTrainingCourtCode), key->publicKeyPem());
    if (!kid)
        return kid.error();
    return QStringLiteral("training court %1 registered (key %2); its private key for hpf-court: %3")
        .arg(QString::fromUtf8(kTrainingCourtCode), *kid,
             QDir(dir).absoluteFilePath(QString::fromLatin1(kTrainingCourtKeyFile)));
}

} // namespace hpf::server::cli
