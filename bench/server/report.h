#pragma once

// The benchmark's one table: absolute numbers per (database, operation, concurrency) and the
// ratios that matter — against pgbench -S on the same cluster at the same concurrency, posting
// against lookup, PostgreSQL against SQLite.

#include "loadrunner.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace hpf::bench {

namespace operations {
inline const QString pgbench = QStringLiteral("pgbench -S");
inline const QString lookup = QStringLiteral("account lookup");
inline const QString posting = QStringLiteral("posting");
} // namespace operations

struct Row
{
    QString database;  // "sqlite" or "postgresql"
    QString operation; // one of operations::*
    int concurrency = 1;
    Stats stats;
};

void printTable(QTextStream &out, const QList<Row> &rows, const QStringList &header,
                const QStringList &notes);

} // namespace hpf::bench
