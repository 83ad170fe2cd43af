#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>

// The hpf-server command line. Every subcommand has --help; bad arguments print one line
// ("hpf-server: error: ...") and exit with 2, runtime failures exit with 1.
namespace hpf::server {

class Database;

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
} // namespace cli

} // namespace hpf::server
