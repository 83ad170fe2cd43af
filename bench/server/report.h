#pragma once

// The benchmark's one table: absolute numbers per (database, operation, concurrency) and the
// ratios that matter — a lookup against pgbench -S and a posting against pgbench -N on the same
// cluster at the same concurrency (SQLite against the first cluster's), posting against lookup,
// PostgreSQL against SQLite.

#include "loadrunner.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace hpf::bench {

namespace operations {
inline const QString pgbench = QStringLiteral("pgbench -S");
inline const QString pgbenchN = QStringLiteral("pgbench -N");
inline const QString pgbenchTpcb = QStringLiteral("pgbench tpcb");
inline const QString lookup = QStringLiteral("account lookup");
inline const QString posting = QStringLiteral("posting");
} // namespace operations

struct Row
{
    QString database;  // "sqlite" or a PostgreSQL cluster's label
    QString operation; // one of operations::*
    int concurrency = 1;
    Stats stats;
    QString load; // the 1-minute load average when the phase started
};

// `sqliteBaseline`: the cluster whose pgbench rows SQLite's ratios use.
void printTable(QTextStream &out, const QList<Row> &rows, const QString &sqliteBaseline,
                const QStringList &header, const QStringList &notes);

} // namespace hpf::bench
