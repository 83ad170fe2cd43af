#pragma once

#include "base/result.h"
#include "finance/policy.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSqlDatabase>
#include <QStringList>
#include <memory>

// The hpf-server command line. Every subcommand has --help; bad arguments print one line
// ("hpf-server: error: ...") and exit with 2, runtime failures exit with 1.
namespace hpf::server {

class AuditKey;
class Database;
class Server;
struct ServerContext;

int runCli(QCoreApplication &app);

namespace cli {
// Shared by the subcommand implementations.
int usageError(const QString &message);
int failure(const QString &message);
int failure(const Error &error);
void printLine(const QString &line);
// --database, else $HPF_DATABASE, else sqlite:hpf-server.db
QString databaseUrl(const QString &option);
Result<std::unique_ptr<Database>> openDatabase(const QString &url, bool requireCurrentSchema);
// A secret from the named environment variable, else the first line of stdin when allowed.
Result<QString> readSecret(const QString &envName, bool fromStdin, const QString &what);

int userCommand(const QStringList &args, const QString &databaseOption);
int keysCommand(const QStringList &args, const QString &databaseOption);
int jobsCommand(const QStringList &args); // cli_jobs.cpp
// Certificate signing (cli_signing.cpp): `serve` loads the active key (a missing or unusable key
// is logged and issuing fails closed; broken certificate type data stops the start), and
// `demo-seed` generates a training key. Both return errors only for what must stop the command.
Status installSigningKey(Server &server, Database &database, const finance::Policy &policy,
                         const QString &keysDir, bool passphraseFromStdin);
Result<QString> seedTrainingKey(Database &database, const QString &keysDir);
// The audit key (cli_audit.cpp): --audit-key, else $HPF_AUDIT_KEY_FILE, else keys/audit.key beside an
// SQLite database, else a file per database under ~/.local/share/hpf-server. `create` makes a new
// key only for a trail never chained before. `serve` refuses to start without it.
QString auditKeyPath(const Database &database, const QString &option);
Result<std::shared_ptr<const AuditKey>> openAuditKey(Database &database, const QString &option, bool create);
Status setUpAuditKey(Server &server, Database &database, const QString &option);
int auditCommand(const QStringList &args);
// The key that seals TOTP secrets: <keys-dir>/second-factor.key (keys-dir: the option, else
// $HPF_KEYS_DIR, else "keys" beside an SQLite database), 32 hex digits, mode 0600, created on
// the first start. Without a folder (PostgreSQL, no option) second-factor checks fail closed.
Status installSecondFactorKey(Server &server, Database &database, const QString &keysDir);
// A 128-bit key in a 0600 file of 32 hex digits (second-factor.key, archive.key): read, or created
// on the first start. A file readable by others is refused.
Result<QByteArray> loadOrCreateKeyFile(const QString &path);
// The archive's blob store (cli_archive.cpp): --archive-store files|database (default files on
// SQLite, database on PostgreSQL); files under --archive-dir (default "<sqlite db>.archive"), sealed
// with <keys-dir>/archive.key (created 0600 on first use).
QString archiveDirFor(const Database &database, const QString &option);
Status installArchiveStore(ServerContext &context, Database &database, const QString &kind,
                           const QString &dir, const QString &keysDir);
int archiveCommand(const QStringList &args);
// The online court channel's court keys (cli_court.cpp): `court register|list|revoke`, and the
// training court demo-seed registers (京0105), its private key written beside the database keys
// as training-court.pem for the training court client hpf-court.
inline constexpr char kTrainingCourtCode[] = "京0105";
inline constexpr char kTrainingCourtKeyFile[] = "training-court.pem";
int courtCommand(const QStringList &args);
Result<QString> seedTrainingCourt(Database &database, const QString &keysDir);

// The cross-city transfer channel (cli_transfer.cpp): `serve --peers DIR` installs the peer
// directory and the PeerChannel (none without it); `--announce DIR` writes this center's peer file
// once the server listens (the URL of the listening address, the active signing key's public key).
Status installTransferPeers(ServerContext &context, const QString &peersDir);
Status announceTransferCenter(const ServerContext &context, const QString &dir, const QHostAddress &address,
                              quint16 port, bool tls);
// Signed loan contracts (cli_contract.cpp, issue 18 part C): `contract verify FILE`.
struct ContractReport
{
    int exitCode = 1; // 0 valid
    QString text;     // the line printed
};
ContractReport verifyContractFile(const QSqlDatabase &db, const QByteArray &file);
int contractCommand(const QStringList &args);
} // namespace cli

} // namespace hpf::server
