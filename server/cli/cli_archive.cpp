#include "business/archive/archivejob.h"
#include "business/archive/archivepackages.h"
#include "business/archive/fourchecks.h"
#include "cli/cli.h"
#include "logging.h"
#include "platform/blobstore/blobstore.h"
#include "platform/localcall.h"
#include "platform/store/database.h"
#include "platform/store/sql.h"
#include "platform/store/transaction.h"
#include "server.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <cstdio>

// hpf-server archive export --package ID --out DIR | archive check [--package ID]: the archive for
// operators and independent verifiers. The blob store is the one `serve` uses (the same options).
namespace hpf::server::cli {

namespace {

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return makeError(u"archive.export_write"_qs, path, f.errorString());
    return {};
}

} // namespace

QString archiveDirFor(const Database &database, const QString &option)
{
    if (!option.isEmpty())
        return option;
    if (database.dialect() == Dialect::Sqlite)
        return database.config().path + u".archive"_qs;
    return {};
}

Status installArchiveStore(ServerContext &context, Database &database, const QString &kind,
                           const QString &dir, const QString &keysDir)
{
    const QString store =
        kind.isEmpty() ? (database.dialect() == Dialect::Sqlite ? u"files"_qs : u"database"_qs) : kind;
    if (store != u"files" && store != u"database")
        return makeError(u"archive.store"_qs, u"archive-store"_qs, u"files or database"_qs);
    QString keys = keysDir;
    if (keys.isEmpty())
        keys = qEnvironmentVariable("HPF_KEYS_DIR");
    if (keys.isEmpty() && database.dialect() == Dialect::Sqlite)
        keys = QFileInfo(database.config().path).absoluteDir().filePath(u"keys"_qs);
    if (keys.isEmpty()) {
        // As the second factor: without a keys folder the archive fails closed (never in clear).
        std::fprintf(stderr, "hpf-server: the electronic archive is disabled: give --keys-dir\n");
        qCWarning(lcArchive) << "no keys folder: archive uploads, commits and reads fail closed";
        return {};
    }
    auto key = loadOrCreateKeyFile(QDir(keys).filePath(u"archive.key"_qs)); // same 0600 hex format
    if (!key)
        return key.error();
    if (store == u"database") {
        auto created = DatabaseBlobStore::create(*key);
        if (!created)
            return created.error();
        context.archiveStore = *created;
        return {};
    }
    const QString folder = archiveDirFor(database, dir);
    if (folder.isEmpty())
        return makeError(u"archive.store"_qs, u"archive-dir"_qs, u"the files store needs --archive-dir"_qs);
    auto opened = FileBlobStore::open(folder, *key);
    if (!opened)
        return opened.error();
    context.archiveStore = *opened;
    return {};
}

int archiveCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Electronic archive:\n"
        "  archive export --package ID --out DIR   the files, manifest.json (the exact signed bytes),\n"
        "                                          manifest.sig (DER) and signer.pem; audited\n"
        "  archive check [--package ID]            the 四性 checks now (exit 0 all passed, 1 a check failed)"_qs);
    QCommandLineOption database(u"database"_qs, u"Database URL."_qs, u"url"_qs);
    QCommandLineOption help({u"h"_qs, u"help"_qs}, u"Show this help."_qs);
    QCommandLineOption package(u"package"_qs, u"The package id."_qs, u"id"_qs);
    QCommandLineOption out(u"out"_qs, u"Folder to export into (created)."_qs, u"dir"_qs);
    QCommandLineOption store(u"archive-store"_qs, u"files or database (as serve)."_qs, u"kind"_qs);
    QCommandLineOption dir(u"archive-dir"_qs, u"Folder of the files store (as serve)."_qs, u"dir"_qs);
    QCommandLineOption keysDir(u"keys-dir"_qs, u"Folder of archive.key (as serve)."_qs, u"dir"_qs);
    QCommandLineOption user(u"user"_qs, u"Acts as this user in the audit trail (default admin)."_qs,
                            u"name"_qs, u"admin"_qs);
    parser.addOptions({database, help, package, out, store, dir, keysDir, user});
    parser.addPositionalArgument(u"action"_qs, u"export or check"_qs);
    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        printLine(parser.helpText().trimmed());
        return 0;
    }
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    if (pos.size() != 1 || (action != u"export" && action != u"check"))
        return usageError(u"archive needs an action: export or check"_qs);
    qint64 packageId = 0;
    if (parser.isSet(package)) {
        bool ok = false;
        packageId = parser.value(package).toLongLong(&ok);
        if (!ok || packageId <= 0)
            return usageError(u"--package needs a package id"_qs);
    }
    if (action == u"export" && (packageId == 0 || !parser.isSet(out)))
        return usageError(u"archive export needs --package and --out"_qs);
    auto db = openDatabase(databaseUrl(parser.value(database)), true);
    if (!db)
        return failure(db.error());
    auto policy = finance::Policy::defaults();
    if (!policy)
        return failure(policy.error());
    ServerContext context(**db, Clock::system(), *policy);
    if (Status s =
            installArchiveStore(context, **db, parser.value(store), parser.value(dir), parser.value(keysDir));
        !s)
        return failure(s.error());
    const LocalCall call{parser.value(user), action == u"export" ? u"archive.export"_qs : u"archive.check"_qs,
                         u"hpf-server archive"_qs};
    if (action == u"export") {
        const QString folder = parser.value(out);
        if (!QDir().mkpath(folder))
            return failure(makeError(u"archive.export_write"_qs, folder, u"cannot create the folder"_qs));
        Status s = runLocally(context, call, [&](ServiceContext &ctx) -> Status {
            Query q(ctx.db, u"SELECT p.manifest, p.signature, k.public_pem FROM archive_packages p "
                            "LEFT JOIN signing_keys k ON k.kid = p.signer_kid WHERE p.id = :id"_qs);
            q.bind(u":id"_qs, packageId);
            if (Status st = q.exec(); !st)
                return st;
            if (!q.next())
                return makeError(u"archive.unknown_package"_qs, u"package"_qs);
            const QByteArray manifest = q.value(0).toByteArray();
            const QByteArray signature = q.value(1).toByteArray();
            const QByteArray pem = q.str(2).toLatin1();
            q.finish();
            Query files(ctx.db, u"SELECT name FROM archive_files WHERE package_id = :id ORDER BY name"_qs);
            files.bind(u":id"_qs, packageId);
            if (Status st = files.exec(); !st)
                return st;
            QStringList names;
            while (files.next())
                names << files.str(0);
            files.finish();
            for (const QString &name : names) {
                auto slice = readPackageFile(ctx, packageId, name, 0);
                if (!slice)
                    return slice.error();
                QByteArray bytes = slice->data;
                for (qint64 offset = bytes.size(); offset < slice->size; offset = bytes.size()) {
                    auto more = readPackageFile(ctx, packageId, name, offset);
                    if (!more)
                        return more.error();
                    bytes += more->data;
                }
                if (Status st = writeFile(QDir(folder).filePath(name), bytes); !st)
                    return st;
            }
            for (const auto &[name, bytes] :
                 {std::pair{u"manifest.json"_qs, manifest}, std::pair{u"manifest.sig"_qs, signature},
                  std::pair{u"signer.pem"_qs, pem}}) {
                if (Status st = writeFile(QDir(folder).filePath(name), bytes); !st)
                    return st;
            }
            return ctx.audit(
                u"archive.export"_qs, archiveObject(packageId), u"ok"_qs, {},
                {{u"purpose"_qs, u"hpf-server archive export"_qs}, {u"files"_qs, int(names.size())}});
        });
        if (!s)
            return failure(s.error());
        printLine(QStringLiteral("package %1 exported to %2").arg(packageId).arg(folder));
        return 0;
    }
    QList<qint64> ids;
    if (packageId != 0) {
        ids << packageId;
    } else {
        auto conn = (*db)->connection();
        if (!conn)
            return failure(conn.error());
        Query q(*conn, u"SELECT id FROM archive_packages ORDER BY id"_qs);
        if (Status s = q.exec(); !s)
            return failure(s.error());
        while (q.next())
            ids << q.int64(0);
    }
    int failed = 0;
    for (qint64 id : ids) {
        CheckReport report;
        Status s = runLocally(context, call, [&](ServiceContext &ctx) -> Status {
            auto r = checkAndRecord(ctx, id, ctx.user().username);
            if (!r)
                return r.error();
            report = *r;
            return {};
        });
        if (!s)
            return failure(s.error());
        printLine(QStringLiteral("%1 %2 %3%4")
                      .arg(report.archiveNumber, report.passed ? u"passed"_qs : u"FAILED"_qs)
                      .arg(report.id)
                      .arg(report.passed ? QString() : u" "_qs + report.failedChecks().join(u',')));
        failed += report.passed ? 0 : 1;
    }
    printLine(QStringLiteral("%1 package(s) checked, %2 failed").arg(ids.size()).arg(failed));
    return failed == 0 ? 0 : 1;
}

} // namespace hpf::server::cli
