#include "base/clock.h"
#include "cli/cli.h"
#include "platform/jobs/jobs.h"
#include "platform/store/database.h"

#include <QCommandLineParser>
#include <QDateTime>

// hpf-server jobs list [--state S] [--limit N] | jobs retry ID: the durable jobs (platform/jobs)
// for operators: what is queued, running, done or dead, and a dead job queued again by hand.
namespace hpf::server::cli {

namespace {

QString timeText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : u"-"_qs;
}

} // namespace

int jobsCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Durable jobs:\n"
        "  jobs list [--state queued|running|done|dead] [--limit N]\n"
        "  jobs retry ID    queue a dead job again with a fresh attempt budget"_qs);
    QCommandLineOption database(u"database"_qs, u"Database URL."_qs, u"url"_qs);
    QCommandLineOption help({u"h"_qs, u"help"_qs}, u"Show this help."_qs);
    QCommandLineOption state(u"state"_qs, u"Only jobs in this state."_qs, u"state"_qs);
    QCommandLineOption limit(u"limit"_qs, u"At most this many, newest first (default 50)."_qs, u"n"_qs,
                             u"50"_qs);
    parser.addOptions({database, help, state, limit});
    parser.addPositionalArgument(u"action"_qs, u"list or retry"_qs);
    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        printLine(parser.helpText().trimmed());
        return 0;
    }
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    if (action == u"list" && pos.size() != 1)
        return usageError(u"jobs list takes no arguments"_qs);
    if (action == u"retry" && pos.size() != 2)
        return usageError(u"jobs retry needs exactly one job id"_qs);
    if (action != u"list" && action != u"retry")
        return usageError(u"jobs needs an action: list or retry"_qs);
    std::optional<JobState> only;
    if (parser.isSet(state)) {
        only = jobStateFromName(parser.value(state));
        if (!only)
            return usageError(u"--state must be queued, running, done or dead"_qs);
    }
    bool ok = false;
    const int maxRows = parser.value(limit).toInt(&ok);
    if (!ok || maxRows < 1 || maxRows > 100000)
        return usageError(u"--limit must be 1..100000"_qs);
    qint64 id = 0;
    if (action == u"retry") {
        id = pos.at(1).toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(u"the job id must be a positive number"_qs);
    }

    auto db = openDatabase(databaseUrl(parser.value(database)), true);
    if (!db)
        return failure(db.error());
    if (action == u"retry") {
        if (Status s = retryJob(**db, id, Clock::system().now().toMSecsSinceEpoch()); !s)
            return failure(s.error());
        printLine(QStringLiteral("job %1 queued again").arg(id));
        return 0;
    }
    auto conn = (*db)->connection();
    if (!conn)
        return failure(conn.error());
    auto jobs = listJobs(*conn, only, maxRows);
    if (!jobs)
        return failure(jobs.error());
    for (const Job &j : std::as_const(*jobs)) {
        printLine(QStringLiteral("%1\t%2\t%3\tattempts %4/%5\trun_at %6\t%7%8")
                      .arg(j.id)
                      .arg(j.kind, jobStateName(j.state))
                      .arg(j.attempts)
                      .arg(j.maxAttempts)
                      .arg(timeText(j.runAtMs), j.claimedBy.isEmpty() ? QString() : u"by "_qs + j.claimedBy,
                           j.lastError.isEmpty() ? QString() : u"\t"_qs + j.lastError));
    }
    return 0;
}

} // namespace hpf::server::cli
