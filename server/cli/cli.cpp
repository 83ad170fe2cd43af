#include "cli/cli.h"

#include "business/archive/archivejob.h"
#include "business/certificates/signingkeys.h"
#include "business/interest/interestjob.h"
#include "business/judicial/expiryjob.h"
#include "business/loan/loanjobs.h"
#include "business/transfer/crossservice.h"
#include "business/withdrawal/instructionservice.h"
#include "demo/demoseed.h"
#include "integration/credit/trainingcreditbureau.h"
#include "integration/sharing/trainingshareddata.h"
#include "logging.h"
#include "platform/audit/auditkey.h"
#include "platform/auth/userservice.h"
#include "platform/idempotency/responsesealer.h"
#include "platform/jobs/jobs.h"
#include "platform/store/database.h"
#include "platform/store/instancelock.h"
#include "platform/store/migrations.h"
#include "platform/store/transaction.h"
#include "server.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>
#include <cstdio>

namespace hpf::server::cli {

int usageError(const QString &message)
{
    std::fprintf(stderr, "hpf-server: error: %s\n", qUtf8Printable(QString(message).replace(u'\n', u' ')));
    return 2;
}

int failure(const QString &message)
{
    std::fprintf(stderr, "hpf-server: %s\n", qUtf8Printable(QString(message).replace(u'\n', u' ')));
    return 1;
}

int failure(const Error &error)
{
    return failure(error.code + (error.field.isEmpty() ? QString() : u" ("_qs + error.field + u')') +
                   (error.detail.isEmpty() ? QString() : u": "_qs + error.detail));
}

void printLine(const QString &line)
{
    std::fprintf(stdout, "%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

QString databaseUrl(const QString &option)
{
    if (!option.isEmpty())
        return option;
    const QString env = qEnvironmentVariable("HPF_DATABASE");
    return env.isEmpty() ? u"sqlite:hpf-server.db"_qs : env;
}

Result<std::unique_ptr<Database>> openDatabase(const QString &url, bool requireCurrentSchema)
{
    auto config = DatabaseConfig::parse(url);
    if (!config)
        return config.error();
    auto db = std::make_unique<Database>(*config);
    auto version = schemaVersion(*db);
    if (!version)
        return version.error();
    if (requireCurrentSchema && *version != latestSchemaVersion())
        return makeError(u"db.schema_version"_qs, {},
                         QStringLiteral("schema version %1, this server needs %2: run `hpf-server init` or "
                                        "`hpf-server migrate`")
                             .arg(*version)
                             .arg(latestSchemaVersion()));
    return db;
}

Result<QString> readSecret(const QString &envName, bool fromStdin, const QString &what)
{
    const QString env = qEnvironmentVariable(qPrintable(envName));
    if (!env.isEmpty())
        return env;
    if (fromStdin) {
        QTextStream in(stdin);
        const QString line = in.readLine();
        if (!line.isEmpty())
            return line;
    }
    return makeError(
        u"cli.secret_missing"_qs, what,
        QStringLiteral("set %1 or pass --%2-stdin and write it on standard input").arg(envName, what));
}

} // namespace hpf::server::cli

namespace hpf::server {

namespace {

using namespace cli;

const QString kOverview = uR"(Usage: hpf-server <command> [options]

Commands:
  serve            run the REST back end
  init             create the schema and the first administrator
  migrate          apply pending schema migrations
  user             add | disable | enable | reset-password | unlock | reset-2fa | list
  keys             generate | list | retire the center's SM2 signing keys
  audit            verify | chain the keyed audit chain (留痕)
  jobs             list | retry the durable background jobs
  archive          export | check the electronic archive (四性 checks)
  court            register | list | revoke the courts' keys of the online court channel
  contract         verify a signed loan contract PDF (面签)
  demo-seed        fill an empty database with a training center (--center 110100: the second one)
Every command takes --database URL (sqlite:PATH or postgresql://user@host:port/db; default
$HPF_DATABASE, else sqlite:hpf-server.db) and --help.)"_qs;

// `--center CODE` (serve, demo-seed): run the policy as another center of its transfer directory.
QCommandLineOption centerOption()
{
    return QCommandLineOption(
        u"center"_qs,
        u"Run as this center of the policy's transfer directory (机构代码, e.g. 110100): its code and name "
        "replace the policy's own (default: the policy's center)."_qs,
        u"code"_qs);
}

struct Parsed
{
    QCommandLineParser parser;
    QCommandLineOption database{u"database"_qs, u"Database URL: sqlite:PATH or postgresql://..."_qs,
                                u"url"_qs};
    QCommandLineOption help{{u"h"_qs, u"help"_qs}, u"Show this help."_qs};
};

// Returns -1 to continue, else the exit code.
int parse(Parsed &p, const QStringList &args, const QString &description, const QString &positional = {})
{
    p.parser.setApplicationDescription(description);
    p.parser.addOption(p.database);
    p.parser.addOption(p.help);
    if (!positional.isEmpty())
        p.parser.addPositionalArgument(positional, QString());
    if (!p.parser.parse(args))
        return usageError(p.parser.errorText());
    if (p.parser.isSet(p.help)) {
        printLine(p.parser.helpText().trimmed());
        return 0;
    }
    return -1;
}

int serve(QCoreApplication &app, const QStringList &args)
{
    Parsed p;
    QCommandLineOption listenOpt(u"listen"_qs, u"Address to listen on (default 127.0.0.1)."_qs, u"address"_qs,
                                 u"127.0.0.1"_qs);
    QCommandLineOption portOpt(u"port"_qs, u"TCP port; 0 picks a free one (default 8080)."_qs, u"port"_qs,
                               u"8080"_qs);
    QCommandLineOption certOpt(u"tls-cert"_qs, u"PEM certificate for HTTPS."_qs, u"file"_qs);
    QCommandLineOption keyOpt(u"tls-key"_qs, u"PEM private key for HTTPS."_qs, u"file"_qs);
    QCommandLineOption policyOpt(u"policy"_qs, u"Policy JSON file (default: the embedded demo policy)."_qs,
                                 u"file"_qs);
    QCommandLineOption centerOpt = centerOption();
    QCommandLineOption workersOpt(u"workers"_qs, u"Worker threads for database work (default 8)."_qs, u"n"_qs,
                                  u"8"_qs);
    QCommandLineOption keysDirOpt(
        u"keys-dir"_qs,
        u"Folder of the certificate-signing key files (default: where `keys generate` "
        "wrote them)."_qs,
        u"dir"_qs);
    QCommandLineOption keyStdinOpt(
        u"key-passphrase-stdin"_qs,
        u"Read the signing key's passphrase from stdin (else $HPF_KEY_PASSPHRASE)."_qs);
    QCommandLineOption responseKeyOpt(
        u"response-key"_qs,
        u"Key file sealing stored idempotent responses, created when missing (default "
        "$HPF_RESPONSE_KEY_FILE, else keys/idempotency-responses.key beside an SQLite database; "
        "PostgreSQL needs one)."_qs,
        u"file"_qs);
    QCommandLineOption auditKeyOpt(
        u"audit-key"_qs,
        u"The audit key file (else $HPF_AUDIT_KEY_FILE, else keys/audit.key beside "
        "an SQLite database); created for a trail never chained before."_qs,
        u"file"_qs);
    // The HTTP front's limits (docs/operations.md, "Limits and the reverse proxy").
    const ServerOptions defaults;
    const auto limitOpt = [](const QString &name, const QString &text, int value) {
        return QCommandLineOption(name, text + QStringLiteral(" (default %1).").arg(value), u"n"_qs,
                                  QString::number(value));
    };
    const QCommandLineOption maxBodyOpt =
        limitOpt(u"max-body-bytes"_qs, u"Largest request body of a route without its own limit"_qs,
                 defaults.maxBodyBytes);
    const QCommandLineOption maxHeaderOpt =
        limitOpt(u"max-header-bytes"_qs, u"Largest request line and headers of one request"_qs,
                 defaults.maxHeaderBytes);
    const QCommandLineOption maxConnOpt =
        limitOpt(u"max-connections"_qs, u"Open connections in total"_qs, defaults.maxConnections);
    const QCommandLineOption perIpOpt =
        limitOpt(u"max-connections-per-ip"_qs, u"Open connections per client address, 0 = no limit"_qs,
                 defaults.maxConnectionsPerIp);
    const QCommandLineOption timeoutOpt =
        limitOpt(u"connection-timeout"_qs, u"Seconds an idle connection is kept open"_qs,
                 defaults.connectionTimeoutSeconds);
    const QCommandLineOption ioThreadsOpt =
        limitOpt(u"io-threads"_qs, u"Threads reading and writing the sockets"_qs, defaults.ioThreads);
    QCommandLineOption archiveStoreOpt(
        u"archive-store"_qs,
        u"Where archived files live: files (sealed, under --archive-dir) or database (shared by every "
        "instance). Default: files on SQLite, database on PostgreSQL."_qs,
        u"kind"_qs);
    QCommandLineOption archiveDirOpt(
        u"archive-dir"_qs, u"Folder of the files store (default: <sqlite db>.archive)."_qs, u"dir"_qs);
    // Cross-city transfers (issue 16): the other centers this one exchanges messages with.
    QCommandLineOption peersOpt(
        u"peers"_qs,
        u"Folder of the peer centers of cross-city transfers: one <code>.json each with code, url and "
        "publicKeys (re-read when a file changes; this center's own file is ignored). Without it "
        "cross-city transfers are unavailable."_qs,
        u"dir"_qs);
    QCommandLineOption announceOpt(
        u"announce"_qs,
        u"Once listening, write this center's peer file <code>.json (listening URL, public key of the "
        "active signing key) into this folder, usually the --peers folder the other centers read."_qs,
        u"dir"_qs);
    // Withdrawals (issue 17): the TRAINING sharing interfaces (property, bank loans, marriage).
    QCommandLineOption sharedDataOpt(
        u"shared-data"_qs,
        u"Training only: answer the sharing interfaces from this JSON file (demo-seed writes one; "
        "default: <sqlite db>.shared-data.json when it exists). Without it shared queries are refused."_qs,
        u"file"_qs);
    p.parser.addOptions({listenOpt,      portOpt,         certOpt,       keyOpt,       policyOpt,
                         workersOpt,     keysDirOpt,      keyStdinOpt,   maxBodyOpt,   maxHeaderOpt,
                         maxConnOpt,     perIpOpt,        timeoutOpt,    ioThreadsOpt, auditKeyOpt,
                         responseKeyOpt, archiveStoreOpt, archiveDirOpt, peersOpt,     announceOpt,
                         centerOpt,      sharedDataOpt});
    // issue 18: the TRAINING credit bureau (credit reports, the monthly 征信报送).
    QCommandLineOption creditDirOpt(
        u"credit-dir"_qs,
        u"Training only: answer credit reports from <dir>/reports.json and write the monthly credit "
        "submissions to <dir>/submissions (default: <sqlite db>.credit when it exists). Without it "
        "credit reports and submissions are refused."_qs,
        u"dir"_qs);
    p.parser.addOption(creditDirOpt);
    if (int rc = parse(p, args,
                       u"Runs the REST back end. Prints \"HPF_SERVER_LISTENING port=N\" once listening."_qs);
        rc >= 0)
        return rc;
    if (!p.parser.positionalArguments().isEmpty())
        return usageError(u"serve takes no arguments: "_qs + p.parser.positionalArguments().join(u' '));
    bool ok = false;
    const uint port = p.parser.value(portOpt).toUInt(&ok);
    if (!ok || port > 65535)
        return usageError(u"--port must be 0..65535"_qs);
    const int workers = p.parser.value(workersOpt).toInt(&ok);
    if (!ok || workers < 1 || workers > 256)
        return usageError(u"--workers must be 1..256"_qs);
    const QHostAddress address(p.parser.value(listenOpt));
    if (address.isNull())
        return usageError(u"--listen needs an IP address"_qs);
    if (p.parser.isSet(certOpt) != p.parser.isSet(keyOpt))
        return usageError(u"--tls-cert and --tls-key go together"_qs);
    auto policy = p.parser.isSet(policyOpt) ? finance::Policy::fromFile(p.parser.value(policyOpt))
                                            : finance::Policy::defaults();
    if (!policy)
        return failure(policy.error());
    if (p.parser.isSet(centerOpt)) {
        policy = policy->forCenter(p.parser.value(centerOpt));
        if (!policy)
            return failure(policy.error());
    }
    ServerOptions options = optionsFromPolicy(*policy);
    options.workerThreads = workers;
    const struct
    {
        const QCommandLineOption &option;
        int &value;
        int min;
        int max;
    } limits[] = {{maxBodyOpt, options.maxBodyBytes, 1024, 1 << 30},
                  {maxHeaderOpt, options.maxHeaderBytes, 8 * 1024, 16 << 20},
                  {maxConnOpt, options.maxConnections, 1, 1000000},
                  {perIpOpt, options.maxConnectionsPerIp, 0, 1000000},
                  {timeoutOpt, options.connectionTimeoutSeconds, 1, 86400},
                  {ioThreadsOpt, options.ioThreads, 1, 64}};
    for (const auto &limit : limits) {
        limit.value = p.parser.value(limit.option).toInt(&ok);
        if (!ok || limit.value < limit.min || limit.value > limit.max)
            return usageError(QStringLiteral("--%1 must be %2..%3")
                                  .arg(limit.option.names().constFirst())
                                  .arg(limit.min)
                                  .arg(limit.max));
    }
    // One SQLite database, one server (instancelock.h): held until serve returns.
    std::unique_ptr<InstanceLock> instanceLock;
    if (auto config = DatabaseConfig::parse(databaseUrl(p.parser.value(p.database)));
        config && config->dialect == Dialect::Sqlite) {
        auto lock = InstanceLock::acquire(config->path);
        if (!lock) {
            failure(lock.error());
            return lock.error().code == u"db.in_use" ? InstanceLock::exitCodeInUse : 1;
        }
        instanceLock = std::move(lock).value();
    }
    auto db = openDatabase(databaseUrl(p.parser.value(p.database)), true);
    if (!db)
        return failure(db.error());
    Server server(**db, Clock::system(), *policy, options);
    if (Status s =
            installSigningKey(server, **db, *policy, p.parser.value(keysDirOpt), p.parser.isSet(keyStdinOpt));
        !s)
        return failure(s.error());
    if (Status s = setUpAuditKey(server, **db, p.parser.value(auditKeyOpt)); !s)
        return failure(s.error());
    if (Status s = installSecondFactorKey(server, **db, p.parser.value(keysDirOpt)); !s)
        return failure(s.error());
    // Stored responses are sealed with a key the database does not hold; rows from before
    // migration 7 are sealed now, before anything can replay them.
    auto responseKey = responseKeyPath((*db)->config(), p.parser.value(responseKeyOpt));
    if (!responseKey)
        return failure(responseKey.error());
    auto sealer = ResponseSealer::fromKeyFile(*responseKey);
    if (!sealer)
        return failure(sealer.error());
    if (auto sealed = sealStoredResponses(**db, **sealer); !sealed)
        return failure(sealed.error());
    server.context().responseSealer = *sealer;
    // The archive (issue 14): its blob store, and the daily 四性 job.
    if (Status s = installArchiveStore(server.context(), **db, p.parser.value(archiveStoreOpt),
                                       p.parser.value(archiveDirOpt), p.parser.value(keysDirOpt));
        !s)
        return failure(s.error());
    // SQLite: this process holds the file's instance lock, so a running job belongs to a dead server.
    if (instanceLock) {
        if (auto released = releaseOrphanedClaims(**db, Clock::system().now().toMSecsSinceEpoch()); !released)
            return failure(released.error());
    }
    if (Status s = installTransferPeers(server.context(), p.parser.value(peersOpt)); !s)
        return failure(s.error());
    registerArchiveJobs(server.jobs(), server.context());
    registerJudicialJobs(server.jobs(), server.context());   // issue 15: the daily judicial expiry
    registerTransferJobs(server.jobs(), server.context());   // issue 16: cross-city transfer messages
    registerInterestJobs(server.jobs(), server.context());   // issue 17: the yearly interest settlement
    registerWithdrawalJobs(server.jobs(), server.context()); // issue 17: standing rent instructions
    registerLoanJobs(server.jobs(), server.context()); // issue 18: instalments, overdue, 面签 archive, 征信
    if (Status s = installTrainingCreditBureau(server.context(), p.parser.value(creditDirOpt),
                                               databaseUrl(p.parser.value(p.database)));
        !s)
        return failure(s.error());
    if (Status s = installTrainingSharedData(server.context(), p.parser.value(sharedDataOpt),
                                             databaseUrl(p.parser.value(p.database)));
        !s)
        return failure(s.error());
    if (Status s = runInTransaction(
            **db, TxMode::Write,
            [&](Transaction &tx) -> Result<TxEnd> {
                if (Status st = scheduleFourChecks(tx.db(), Clock::system().now().toMSecsSinceEpoch()); !st)
                    return st.error();
                if (Status st = scheduleJudicialExpiry(tx.db(), Clock::system().now().toMSecsSinceEpoch());
                    !st)
                    return st.error();
                // Issue 18: today's overdue run and the last month's 征信报送 (no-ops once queued).
                if (Status st = scheduleLoanJobs(tx.db(), Clock::system().now().toMSecsSinceEpoch()); !st)
                    return st.error();
                // Issue 17: the latest due year's interest (a no-op once queued or posted).
                if (Status st = scheduleInterest(tx.db(), server.context().policy,
                                                 Clock::system().now().toMSecsSinceEpoch());
                    !st)
                    return st.error();
                return TxEnd::Commit;
            });
        !s)
        return failure(s.error());
    auto bound = server.listen(address, quint16(port), {p.parser.value(certOpt), p.parser.value(keyOpt)});
    if (!bound)
        return failure(bound.error());
    if (p.parser.isSet(announceOpt)) {
        if (Status s = announceTransferCenter(server.context(), p.parser.value(announceOpt), address, *bound,
                                              p.parser.isSet(certOpt));
            !s)
            return failure(s.error());
    }
    printLine(QStringLiteral("HPF_SERVER_LISTENING port=%1").arg(*bound));
    return app.exec();
}

int init(const QStringList &args)
{
    Parsed p;
    QCommandLineOption userOpt(u"admin-user"_qs, u"Administrator user name (default admin)."_qs, u"name"_qs,
                               u"admin"_qs);
    QCommandLineOption stdinOpt(u"password-stdin"_qs,
                                u"Read the administrator password from stdin (else $HPF_ADMIN_PASSWORD)."_qs);
    QCommandLineOption branchOpt(u"branch-code"_qs, u"Head-office branch code (default 0001)."_qs, u"code"_qs,
                                 u"0001"_qs);
    QCommandLineOption nameOpt(u"branch-name"_qs, u"Head-office branch name."_qs, u"name"_qs,
                               u"中心营业部"_qs);
    p.parser.addOptions({userOpt, stdinOpt, branchOpt, nameOpt});
    if (int rc = parse(p, args, u"Creates the schema and the first administrator."_qs); rc >= 0)
        return rc;
    if (!p.parser.positionalArguments().isEmpty())
        return usageError(u"init takes no arguments"_qs);
    auto password = readSecret(u"HPF_ADMIN_PASSWORD"_qs, p.parser.isSet(stdinOpt), u"password"_qs);
    if (!password)
        return failure(password.error());
    auto db = openDatabase(databaseUrl(p.parser.value(p.database)), false);
    if (!db)
        return failure(db.error());
    const qint64 now = Clock::system().now().toMSecsSinceEpoch();
    auto version = migrate(**db, now);
    if (!version)
        return failure(version.error());
    auto branch = ensureBranch(**db, p.parser.value(branchOpt), p.parser.value(nameOpt), true, now);
    if (!branch)
        return failure(branch.error());
    Status s = addUser(**db, p.parser.value(userOpt), p.parser.value(userOpt), u"admin"_qs,
                       p.parser.value(branchOpt), *password, crypto::ScryptParams{}, now);
    if (!s)
        return failure(s.error());
    if (auto key = openAuditKey(**db, QString(), true); !key)
        return failure(key.error());
    printLine(QStringLiteral("schema version %1; administrator %2 created")
                  .arg(*version)
                  .arg(p.parser.value(userOpt)));
    return 0;
}

int migrateCommand(const QStringList &args)
{
    Parsed p;
    if (int rc = parse(p, args, u"Applies pending schema migrations (each in one transaction)."_qs); rc >= 0)
        return rc;
    if (!p.parser.positionalArguments().isEmpty())
        return usageError(u"migrate takes no arguments"_qs);
    auto db = openDatabase(databaseUrl(p.parser.value(p.database)), false);
    if (!db)
        return failure(db.error());
    auto version = migrate(**db, Clock::system().now().toMSecsSinceEpoch());
    if (!version)
        return failure(version.error());
    printLine(QStringLiteral("schema version %1").arg(*version));
    return 0;
}

int demoSeed(const QStringList &args)
{
    Parsed p;
    QCommandLineOption keysDirOpt(u"keys-dir"_qs, u"Folder for the training signing key."_qs, u"dir"_qs);
    QCommandLineOption centerOpt = centerOption();
    QCommandLineOption sharedDataOpt(u"shared-data"_qs,
                                     u"Where to write the training shared-data file (default: "
                                     "<sqlite db>.shared-data.json)."_qs,
                                     u"file"_qs);
    p.parser.addOptions({keysDirOpt, centerOpt, sharedDataOpt});
    if (int rc =
            parse(p, args,
                  u"Fills an empty, initialised database with a training center. Every demo user's "
                  "password is train-<username> (teller1 / train-teller1). Also generates a training "
                  "certificate-signing key (passphrase $HPF_KEY_PASSPHRASE, else the documented training "
                  "passphrase) in --keys-dir, by default the folder 'keys' beside an SQLite database. "
                  "With --center 110100 the same training data (users, units, the same people) is seeded "
                  "as the second training center, for cross-city transfers between the two."_qs);
        rc >= 0)
        return rc;
    if (!p.parser.positionalArguments().isEmpty())
        return usageError(u"demo-seed takes no arguments"_qs);
    auto db = openDatabase(databaseUrl(p.parser.value(p.database)), true);
    if (!db)
        return failure(db.error());
    // The seed's records carry keyed digests like the server's (the key is created if new).
    auto auditKey = openAuditKey(**db, QString(), true);
    if (!auditKey)
        return failure(auditKey.error());
    hpf::server::installAuditKey(*auditKey);
    auto policy = finance::Policy::defaults();
    if (!policy)
        return failure(policy.error());
    if (p.parser.isSet(centerOpt)) {
        policy = policy->forCenter(p.parser.value(centerOpt));
        if (!policy)
            return failure(policy.error());
    }
    QJsonObject sharedData;
    auto log = seedDemo(**db, *policy, Clock::system(), crypto::ScryptParams{}, &sharedData);
    if (!log)
        return failure(log.error());
    if (auto written = writeTrainingSharedData(sharedData, p.parser.value(sharedDataOpt),
                                               databaseUrl(p.parser.value(p.database)));
        written)
        log.value().append(*written);
    else
        return failure(written.error());
    // issue 18: the TRAINING credit bureau's directory beside an SQLite database (no reports:
    // everyone has no credit record), so that serve answers credit reports and takes the 征信报送.
    if (auto credit = writeTrainingCreditReports({}, {}, databaseUrl(p.parser.value(p.database))); credit)
        log.value().append(*credit);
    else
        return failure(credit.error());
    if (auto key = seedTrainingKey(**db, p.parser.value(keysDirOpt)); key)
        log.value().append(*key);
    else
        return failure(key.error());
    if (auto court = seedTrainingCourt(**db, p.parser.value(keysDirOpt)); court)
        log.value().append(*court);
    else
        return failure(court.error());
    for (const QString &line : std::as_const(*log))
        printLine(line);
    return 0;
}

} // namespace

int runCli(QCoreApplication &app)
{
    QStringList args = app.arguments();
    if (args.size() < 2)
        return usageError(u"a command is required (try hpf-server --help)"_qs);
    const QString command = args.at(1);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        printLine(kOverview);
        return 0;
    }
    if (command == u"--version") {
        printLine(u"hpf-server "_qs + QCoreApplication::applicationVersion());
        return 0;
    }
    // The subcommand parsers see "hpf-server <command> ...", with the command as argv[0].
    const QStringList rest = args.mid(1);
    if (command == u"serve")
        return serve(app, rest);
    if (command == u"init")
        return init(rest);
    if (command == u"migrate")
        return migrateCommand(rest);
    if (command == u"audit")
        return cli::auditCommand(rest);
    if (command == u"demo-seed")
        return demoSeed(rest);
    if (command == u"jobs")
        return jobsCommand(rest);
    if (command == u"archive")
        return archiveCommand(rest);
    if (command == u"court")
        return courtCommand(rest);
    if (command == u"contract")
        return contractCommand(rest);
    if (command == u"user" || command == u"keys") {
        // Look for --database anywhere so the sub-subcommands can share it.
        QString database;
        const qsizetype i = rest.indexOf(u"--database"_qs);
        if (i >= 0 && i + 1 < rest.size())
            database = rest.at(i + 1);
        for (const QString &a : rest) {
            if (a.startsWith(u"--database="))
                database = a.mid(11);
        }
        return command == u"user" ? userCommand(rest, database) : keysCommand(rest, database);
    }
    return usageError(u"unknown command: "_qs + command + u" (try hpf-server --help)"_qs);
}

} // namespace hpf::server
