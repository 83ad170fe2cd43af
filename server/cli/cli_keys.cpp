#include "base/clock.h"
#include "cli/cli.h"
#include "crypto/sm2.h"
#include "platform/audit/audit.h"
#include "platform/store/database.h"
#include "platform/store/sql.h"
#include "platform/store/transaction.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <sys/stat.h>

namespace hpf::server::cli {

namespace {

// Writes the file with mode 0600 from the start (umask cannot widen it).
Status writePrivateFile(const QString &path, const QByteArray &data)
{
    if (QFile::exists(path))
        return makeError(u"keys.file_exists"_qs, path);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError(u"keys.write"_qs, path, f.errorString());
    if (!f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return makeError(u"keys.permissions"_qs, path);
    if (f.write(data) != data.size() || !f.flush())
        return makeError(u"keys.write"_qs, path, f.errorString());
    ::fsync(f.handle());
    f.close();
    return {};
}

Status auditKey(const QSqlDatabase &db, Dialect dialect, const QString &operation, const QString &kid)
{
    AuditRecord r;
    r.at = QDateTime::currentMSecsSinceEpoch();
    r.username = u"cli"_qs;
    r.role = u"admin"_qs;
    r.workstation = u"cli"_qs;
    r.operation = operation;
    r.object = u"key:"_qs + kid;
    r.outcome = u"ok"_qs;
    return appendAudit(db, dialect, r);
}

} // namespace

int keysCommand(const QStringList &args, const QString &)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The center's SM2 certificate-signing keys:\n"
        "  keys generate --keys-dir DIR [--passphrase-stdin]\n"
        "  keys list\n"
        "  keys retire KID\n"
        "Private keys are written as passphrase-encrypted PKCS#8 PEM files (mode 0600) named <kid>.pem in\n"
        "the keys directory; only the public key and the file name are stored in the database. The\n"
        "passphrase comes from $HPF_KEY_PASSPHRASE, or from the first line of stdin with --passphrase-stdin."_qs);
    QCommandLineOption database(u"database"_qs, u"Database URL."_qs, u"url"_qs);
    QCommandLineOption help({u"h"_qs, u"help"_qs}, u"Show this help."_qs);
    QCommandLineOption dir(u"keys-dir"_qs, u"Directory for the private key files."_qs, u"dir"_qs);
    QCommandLineOption fromStdin(u"passphrase-stdin"_qs, u"Read the passphrase from stdin."_qs);
    parser.addOptions({database, help, dir, fromStdin});
    parser.addPositionalArgument(u"action"_qs, u"generate, list or retire"_qs);
    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        printLine(parser.helpText().trimmed());
        return 0;
    }
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    if (action == u"generate") {
        if (pos.size() != 1 || !parser.isSet(dir))
            return usageError(u"usage: hpf-server keys generate --keys-dir DIR"_qs);
    } else if (action == u"list") {
        if (pos.size() != 1)
            return usageError(u"keys list takes no arguments"_qs);
    } else if (action == u"retire") {
        if (pos.size() != 2)
            return usageError(u"usage: hpf-server keys retire KID"_qs);
    } else {
        return usageError(u"keys needs an action: generate, list or retire"_qs);
    }
    auto db = openDatabase(databaseUrl(parser.value(database)), true);
    if (!db)
        return failure(db.error());
    auto conn = (*db)->connection();
    if (!conn)
        return failure(conn.error());
    const Dialect dialect = (*db)->dialect();

    if (action == u"list") {
        Query q(*conn,
                u"SELECT kid, status, file_name, created_at, retired_at FROM signing_keys ORDER BY id"_qs);
        if (Status s = q.exec(); !s)
            return failure(s.error());
        while (q.next())
            printLine(QStringLiteral("%1\t%2\t%3\t%4")
                          .arg(q.str(0), q.str(1), q.str(2),
                               QDateTime::fromMSecsSinceEpoch(q.int64(3)).toString(Qt::ISODate)));
        return 0;
    }
    if (action == u"retire") {
        const Status s = runInTransaction(*conn, dialect, TxMode::Write, [&](Transaction &) -> Result<TxEnd> {
            Query q(
                *conn,
                u"UPDATE signing_keys SET status = 'retired', retired_at = :t WHERE kid = :k AND status = 'active'"_qs);
            q.bind(u":t"_qs, QDateTime::currentMSecsSinceEpoch()).bind(u":k"_qs, pos.at(1));
            Status w = q.exec();
            if (w && q.rowsAffected() != 1)
                w = makeError(u"keys.not_found"_qs, pos.at(1), u"no active key with this id"_qs);
            if (w)
                w = auditKey(*conn, dialect, u"keys.retire"_qs, pos.at(1));
            if (!w)
                return w.error();
            return TxEnd::Commit;
        });
        if (!s)
            return failure(s.error());
        printLine(u"retired "_qs + pos.at(1));
        return 0;
    }
    auto passphrase = readSecret(u"HPF_KEY_PASSPHRASE"_qs, parser.isSet(fromStdin), u"passphrase"_qs);
    if (!passphrase)
        return failure(passphrase.error());
    if (passphrase->size() < 12)
        return failure(u"the passphrase needs at least 12 characters"_qs);
    auto key = crypto::Sm2Key::generate();
    if (!key)
        return failure(key.error());
    const QString kid = QString::fromLatin1(key->keyId().toHex());
    const QDir keysDir(parser.value(dir));
    if (!keysDir.exists() && !QDir().mkpath(keysDir.absolutePath()))
        return failure(u"cannot create "_qs + keysDir.absolutePath());
    const QString fileName = kid + u".pem"_qs;
    const QByteArray pem = key->privateKeyPem(passphrase->toUtf8());
    if (!pem.contains("ENCRYPTED"))
        return failure(u"the private key was not encrypted; refusing to write it"_qs);
    if (Status s = writePrivateFile(keysDir.filePath(fileName), pem); !s)
        return failure(s.error());
    const Status s = runInTransaction(*conn, dialect, TxMode::Write, [&](Transaction &) -> Result<TxEnd> {
        Query q(
            *conn,
            u"INSERT INTO signing_keys (kid, public_pem, file_name, status, created_at) VALUES (:k, :p, :f, "
            "'active', :t)"_qs);
        q.bind(u":k"_qs, kid)
            .bind(u":p"_qs, QString::fromLatin1(key->publicKeyPem()))
            .bind(u":f"_qs, keysDir.absoluteFilePath(fileName))
            .bind(u":t"_qs, QDateTime::currentMSecsSinceEpoch());
        Status w = q.exec();
        if (w)
            w = auditKey(*conn, dialect, u"keys.generate"_qs, kid);
        if (!w)
            return w.error();
        return TxEnd::Commit;
    });
    if (!s)
        return failure(s.error());
    printLine(QStringLiteral("generated key %1 in %2").arg(kid, keysDir.absoluteFilePath(fileName)));
    return 0;
}

} // namespace hpf::server::cli
