#include "business/interest/interestjob.h"

#include "business/accounts/accountrecords.h"
#include "finance/interest.h"
#include "platform/auth/systemuser.h"
#include "platform/context.h"
#include "platform/jobs/jobrunner.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"

#include <QHash>
#include <algorithm>

namespace hpf::server {

Q_LOGGING_CATEGORY(lcInterest, "hpf.server.interest")

namespace {

constexpr int kMaxAttempts = 1000; // a settlement is never given up silently (backoff caps at 1 h)

QString dedupeKey(int year)
{
    return u"interest:"_qs + QString::number(year);
}

QString timeText(qint64 ms)
{
    if (ms <= 0)
        return {};
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

struct Candidate
{
    qint64 id = 0;
    qint64 unitId = 0;
    QDate openedOn;
};

Status updateRunTotals(ServiceContext &ctx, int year, qint64 cursor, const ChunkOutcome &out)
{
    Query q(ctx.db,
            u"UPDATE interest_runs SET status = CASE WHEN status = 'done' THEN status ELSE 'running' END, "
            "cursor_id = CASE WHEN cursor_id < :c THEN :c2 ELSE cursor_id END, "
            "accounts_posted = accounts_posted + :n, total_interest_fen = total_interest_fen + :t, "
            "chunks = chunks + 1, started_at = COALESCE(started_at, :now) WHERE year = :y"_qs);
    q.bind(u":c"_qs, cursor)
        .bind(u":c2"_qs, cursor)
        .bind(u":n"_qs, out.accounts)
        .bind(u":t"_qs, out.totalFen)
        .bind(u":now"_qs, ctx.nowMs)
        .bind(u":y"_qs, year);
    return q.exec();
}

// The last chunk found nothing left: the run is done (once, whichever runner gets here first),
// audited with its totals, and the next year is queued for the day after its settlement day.
Status finishRun(ServiceContext &ctx, int year)
{
    Query q(ctx.db, u"UPDATE interest_runs SET status = 'done', finished_at = :now, "
                    "started_at = COALESCE(started_at, :now2) WHERE year = :y AND status <> 'done'"_qs);
    q.bind(u":now"_qs, ctx.nowMs).bind(u":now2"_qs, ctx.nowMs).bind(u":y"_qs, year);
    if (Status s = q.exec(); !s)
        return s;
    if (q.rowsAffected() != 1)
        return {};
    auto run = findInterestRun(ctx.db, year);
    if (!run)
        return run.error();
    if (!*run)
        return makeError(u"interest.not_queued"_qs, u"year"_qs);
    const InterestRun &r = **run;
    if (Status s = ctx.audit(u"interest.settle"_qs, dedupeKey(year), u"ok"_qs, {},
                             {{u"year"_qs, year},
                              {u"serial"_qs, r.serial},
                              {u"status"_qs, r.status},
                              {u"accountsPosted"_qs, r.accountsPosted},
                              {u"totalInterestFen"_qs, r.totalInterestFen}});
        !s)
        return s;
    qCInfo(lcInterest) << "interest run" << year << "done:" << r.accountsPosted << "accounts"
                       << r.totalInterestFen << "fen";
    auto next = queueInterestRun(ctx.db, ctx.server.policy, year + 1, ctx.nowMs, ctx.nowMs);
    return next ? Status{} : Status{next.error()};
}

// The run's serial (业务流水号): taken by the first chunk; a second runner that raced it keeps the
// one that committed first.
Result<QString> runSerial(ServiceContext &ctx, int year, const QString &stored)
{
    if (!stored.isEmpty())
        return stored;
    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();
    Query set(ctx.db, u"UPDATE interest_runs SET serial = :s WHERE year = :y AND serial IS NULL"_qs);
    set.bind(u":s"_qs, *serial).bind(u":y"_qs, year);
    if (Status s = set.exec(); !s)
        return s.error();
    Query q(ctx.db, u"SELECT serial FROM interest_runs WHERE year = :y"_qs);
    q.bind(u":y"_qs, year);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"interest.not_queued"_qs, u"year"_qs);
    return q.str(0);
}

} // namespace

QDate settlementDate(const finance::Policy &policy, int year)
{
    return finance::settlementPeriod(year, policy.settlementDay()).to.addDays(-1);
}

int latestDueYear(const finance::Policy &policy, QDate today)
{
    const int year = today.year();
    return settlementDate(policy, year) < today ? year : year - 1;
}

QJsonObject InterestRun::toJson() const
{
    auto time = [](qint64 ms) { return ms > 0 ? QJsonValue(timeText(ms)) : QJsonValue(QJsonValue::Null); };
    return {{u"year"_qs, year},
            {u"settlementDate"_qs, settlementDate},
            {u"status"_qs, status},
            {u"accountsPosted"_qs, accountsPosted},
            {u"totalInterestFen"_qs, totalInterestFen},
            {u"startedAt"_qs, time(startedAtMs)},
            {u"finishedAt"_qs, time(finishedAtMs)}};
}

Result<std::optional<InterestRun>> findInterestRun(const QSqlDatabase &db, int year)
{
    Query q(db, u"SELECT year, settlement_date, status, serial, accounts_posted, total_interest_fen, "
                "started_at, finished_at FROM interest_runs WHERE year = :y"_qs);
    q.bind(u":y"_qs, year);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<InterestRun>{};
    InterestRun r;
    r.year = int(q.int64(0));
    r.settlementDate = q.str(1);
    r.status = q.str(2);
    r.serial = q.str(3);
    r.accountsPosted = q.int64(4);
    r.totalInterestFen = q.int64(5);
    r.startedAtMs = q.int64(6);
    r.finishedAtMs = q.int64(7);
    return std::optional<InterestRun>(r);
}

Result<InterestRun> queueInterestRun(const QSqlDatabase &db, const finance::Policy &policy, int year,
                                     qint64 notBeforeMs, qint64 nowMs)
{
    const QDate day = settlementDate(policy, year);
    Query ins(db, u"INSERT INTO interest_runs (year, settlement_date, status, created_at) VALUES (:y, :d, "
                  "'queued', :now) ON CONFLICT (year) DO NOTHING"_qs);
    ins.bind(u":y"_qs, year).bind(u":d"_qs, day.toString(Qt::ISODate)).bind(u":now"_qs, nowMs);
    if (Status s = ins.exec(); !s)
        return s.error();
    JobRequest job;
    job.kind = QString::fromLatin1(kInterestSettleJob);
    job.payload = QJsonObject{{u"year"_qs, year}};
    job.dedupeKey = dedupeKey(year);
    job.maxAttempts = kMaxAttempts;
    const qint64 dueMs = QDateTime(day.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    job.runAt = QDateTime::fromMSecsSinceEpoch(std::max(dueMs, notBeforeMs));
    if (auto queued = enqueueJob(db, job, nowMs); !queued)
        return queued.error();
    auto run = findInterestRun(db, year);
    if (!run)
        return run.error();
    if (!*run)
        return makeError(u"interest.not_queued"_qs, u"year"_qs);
    return **run;
}

Status scheduleInterest(const QSqlDatabase &db, const finance::Policy &policy, qint64 nowMs)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).toLocalTime().date();
    auto run = queueInterestRun(db, policy, latestDueYear(policy, today), nowMs, nowMs);
    return run ? Status{} : Status{run.error()};
}

Result<ChunkOutcome> settleChunk(ServiceContext &ctx, int year, int chunkSize)
{
    const finance::Policy &policy = ctx.server.policy;
    const finance::Period period = finance::settlementPeriod(year, policy.settlementDay());
    const QString dayText = settlementDate(policy, year).toString(Qt::ISODate);
    const QString fromText = period.from.toString(Qt::ISODate);

    Query runRow(ctx.db, u"SELECT status, serial, cursor_id FROM interest_runs WHERE year = :y"_qs);
    runRow.bind(u":y"_qs, year);
    if (Status s = runRow.exec(); !s)
        return s.error();
    if (!runRow.next())
        return makeError(u"interest.not_queued"_qs, u"year"_qs, u"no run for "_qs + QString::number(year));
    const QString status = runRow.str(0);
    const QString storedSerial = runRow.str(1);
    const qint64 cursor = runRow.int64(2);
    runRow.finish();
    ChunkOutcome out;
    if (status == u"done") {
        out.finished = true;
        return out;
    }
    auto serial = runSerial(ctx, year, storedSerial);
    if (!serial)
        return serial.error();

    // The chunk: live accounts after the cursor not credited for the year yet, in id order.
    QList<Candidate> chunk;
    {
        Query q(ctx.db,
                u"SELECT a.id, a.unit_id, a.opened_on FROM accounts a WHERE a.id > :c AND a.state NOT IN "
                "('03', '04', '05') AND a.opened_on <= :d AND NOT EXISTS (SELECT 1 FROM interest_postings "
                "p WHERE p.account_id = a.id AND p.year = :y) ORDER BY a.id LIMIT :n"_qs);
        q.bind(u":c"_qs, cursor).bind(u":d"_qs, dayText).bind(u":y"_qs, year).bind(u":n"_qs, chunkSize);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            chunk.append(Candidate{q.int64(0), q.int64(1), QDate::fromString(q.str(2), Qt::ISODate)});
    }
    if (chunk.isEmpty()) {
        if (Status s = finishRun(ctx, year); !s)
            return s.error();
        out.finished = true;
        return out;
    }
    const qint64 lo = chunk.constFirst().id;
    const qint64 hi = chunk.constLast().id;

    // Two set-based reads for the whole chunk: each account's balance before the year (a sum: the
    // last year's 09 dated its settlement day was posted after entries dated later), and its
    // journal inside the year up to the settlement day.
    QHash<qint64, qint64> opening;
    {
        Query q(ctx.db, u"SELECT account_id, SUM(amount_fen) FROM journal WHERE account_id >= :lo AND "
                        "account_id <= :hi AND value_date < :f GROUP BY account_id"_qs);
        q.bind(u":lo"_qs, lo).bind(u":hi"_qs, hi).bind(u":f"_qs, fromText);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            opening.insert(q.int64(0), q.int64(1));
    }
    QHash<qint64, QList<finance::JournalEntry>> entries;
    {
        Query q(ctx.db,
                u"SELECT account_id, value_date, amount_fen, business_type FROM journal WHERE account_id "
                ">= :lo AND account_id <= :hi AND value_date >= :f AND value_date <= :d "
                "ORDER BY account_id, id"_qs);
        q.bind(u":lo"_qs, lo).bind(u":hi"_qs, hi).bind(u":f"_qs, fromText).bind(u":d"_qs, dayText);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            entries[q.int64(0)].append(finance::JournalEntry{QDate::fromString(q.str(1), Qt::ISODate),
                                                             q.int64(2), q.str(3) == u"09"});
        q.finish();
    }

    const QString memo = u"年终结息 "_qs + QString::number(year);
    for (const Candidate &c : chunk) {
        auto r = finance::journalInterest(opening.value(c.id), entries.value(c.id), period, c.openedOn,
                                          policy.depositRates());
        if (!r)
            return makeError(
                r.error().code == u"policy.not_in_effect" ? r.error().code : u"interest.account"_qs,
                r.error().field,
                QStringLiteral("account id %1: %2 %3").arg(c.id).arg(r.error().code, r.error().detail));
        // The key first: a runner that lost the race for this account waits here for the winner's
        // commit and then inserts nothing.
        Query key(
            ctx.db,
            u"INSERT INTO interest_postings (account_id, year, unit_id, serial, period_from, "
            "opening_balance_fen, interest_fen, closing_balance_fen, posted_at) VALUES (:a, :y, :u, "
            ":s, :f, :o, :i, :c, :now) ON CONFLICT (account_id, year) DO NOTHING RETURNING account_id"_qs);
        key.bind(u":a"_qs, c.id)
            .bind(u":y"_qs, year)
            .bind(u":u"_qs, c.unitId)
            .bind(u":s"_qs, *serial)
            .bind(u":f"_qs, r->from.toString(Qt::ISODate))
            .bind(u":o"_qs, r->openingBalance)
            .bind(u":i"_qs, r->interest)
            .bind(u":c"_qs, r->closingBalance + r->interest)
            .bind(u":now"_qs, ctx.nowMs);
        if (Status s = key.exec(); !s)
            return s.error();
        const bool mine = key.next();
        key.finish();
        if (!mine)
            continue;
        if (r->interest > 0) {
            const JournalPosting posting{c.id, *serial, u"09"_qs, r->interest, {}, 0, memo};
            if (auto after = postJournal(ctx, posting, dayText); !after)
                return after.error();
        }
        ++out.accounts;
        out.totalFen += r->interest;
    }
    if (Status s = updateRunTotals(ctx, year, hi, out); !s)
        return s.error();
    if (Status s = ctx.audit(u"interest.settle"_qs, dedupeKey(year), u"chunk"_qs, {},
                             {{u"year"_qs, year},
                              {u"serial"_qs, *serial},
                              {u"fromId"_qs, lo},
                              {u"toId"_qs, hi},
                              {u"accounts"_qs, out.accounts},
                              {u"totalInterestFen"_qs, out.totalFen}});
        !s)
        return s.error();
    if (chunk.size() < chunkSize) {
        if (Status s = finishRun(ctx, year); !s)
            return s.error();
        out.finished = true;
    }
    return out;
}

void registerInterestJobs(JobRunner &runner, ServerContext &context, int chunkSize)
{
    runner.registerHandler(
        QString::fromLatin1(kInterestSettleJob), [&context, chunkSize](JobContext &jc) -> JobResult {
            const int year = jc.job.payload.value(u"year"_qs).toInt();
            ServiceContext ctx(context, jc.db);
            ctx.now = jc.now;
            ctx.nowMs = jc.nowMs;
            ctx.operation = QString::fromLatin1(kInterestSettleJob);
            ctx.workstation = u"job"_qs;
            ctx.requestId = u"job-"_qs + QString::number(jc.job.id);
            auto system = systemPrincipal(jc.db, jc.nowMs);
            if (!system)
                return JobResult::retryLater(system.error().code);
            ctx.principal = *system;
            auto chunk = settleChunk(ctx, year, chunkSize);
            if (!chunk) {
                qCWarning(lcInterest) << "interest run" << year << "chunk failed:" << chunk.error().code
                                      << chunk.error().detail;
                return JobResult::retryLater(chunk.error().code + u": "_qs + chunk.error().detail);
            }
            if (chunk->finished)
                return JobResult::done();
            // The rest continues as a new job committed with this chunk (a job's attempts count its
            // claims; one job per chunk keeps every chunk's retry budget whole).
            JobRequest next;
            next.kind = QString::fromLatin1(kInterestSettleJob);
            next.payload = QJsonObject{{u"year"_qs, year}};
            next.dedupeKey = u"interest:%1:%2"_qs.arg(year).arg(jc.job.id);
            next.maxAttempts = kMaxAttempts;
            if (auto queued = enqueueJob(jc.db, next, jc.nowMs); !queued)
                return JobResult::retryLater(queued.error().code);
            return JobResult::done();
        });
}

} // namespace hpf::server
