#pragma once

// The load test's verdict: the ledger's invariants, read from the database after the servers
// stopped. Each check is one line of the report; a failed one makes hpf-load-test exit non-zero.
//
//   journal = balances   per account and in total, SUM(journal.amount_fen) = accounts.balance_fen
//   holds               no negative balance or unheld balance; held_fen = the account's active holds
//   exactly once        every acknowledged state-changing request has one idempotency row (same
//                       status) and, when it succeeded, exactly one audit record of its operation;
//                       a refusal has none; no key of this run is in the database that the counters
//                       did not send; withdrawal journal entries of the run = acknowledged-or-unanswered
//                       withdrawals stored as 201, each acknowledged serial exactly once
//   (the audit chain is checked by `hpf-server audit verify`, run by the caller)

#include "counter.h"

#include <QString>
#include <QStringList>

namespace hpf::bench {

struct Check
{
    QString name;
    bool passed = false;
    QString detail;
};

// `connectionName` names an open QSqlDatabase (QPSQL) on the load test's database; `runStartMs` is
// the wall-clock time (ms since the epoch) the measured phase started.
QList<Check> checkLedger(const QString &connectionName, const Workload &workload, qint64 runStartMs);

} // namespace hpf::bench
