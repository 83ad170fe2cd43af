#pragma once

#include "base/result.h"
#include "platform/store/database.h"

#include <QList>
#include <QString>
#include <QStringList>

// Numbered schema migrations, identical on SQLite and PostgreSQL apart from two tokens
// ({{PK}} for an auto-increment key, {{BLOB}} for bytes, {{NOW}} unused; a statement starting with
// {{POSTGRES}} runs on PostgreSQL only): each runs in one transaction and records itself in
// schema_migrations, so re-running is harmless and two servers racing to migrate serialise (PostgreSQL
// advisory lock, SQLite write lock).
namespace hpf::server {

struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
};

const QList<Migration> &migrations();
int latestSchemaVersion();

// Applies every pending migration. Returns the schema version afterwards.
Result<int> migrate(Database &database, qint64 nowMs);
// The current version (0 for an empty database).
Result<int> schemaVersion(Database &database);

} // namespace hpf::server
