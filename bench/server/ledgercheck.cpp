#include "ledgercheck.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace hpf::bench {

namespace {

struct Sql
{
    QSqlDatabase db;
    QString error;

    // Runs `text` with positional bindings; false (and `error` set) on failure.
    bool run(QSqlQuery &q, const QString &text, const QVariantList &values = {})
    {
        q = QSqlQuery(db);
        q.setForwardOnly(true);
        if (!q.prepare(text)) {
            error = q.lastError().text();
            return false;
        }
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            error = q.lastError().text();
            return false;
        }
        return true;
    }
    qint64 scalar(const QString &text, const QVariantList &values = {})
    {
        QSqlQuery q;
        if (!run(q, text, values) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
};

Check journalEqualsBalances(Sql &sql)
{
    Check c{u"journal = balances"_qs, false, {}};
    QSqlQuery q;
    if (!sql.run(q, u"SELECT a.id, a.balance_fen, COALESCE(j.total, 0) FROM accounts a LEFT JOIN "
                    "(SELECT account_id, SUM(amount_fen) AS total FROM journal GROUP BY account_id) j "
                    "ON j.account_id = a.id WHERE a.balance_fen <> COALESCE(j.total, 0) ORDER BY a.id"_qs)) {
        c.detail = sql.error;
        return c;
    }
    QStringList wrong;
    while (q.next())
        wrong << QStringLiteral("account id %1: balance %2, journal %3")
                     .arg(q.value(0).toLongLong())
                     .arg(q.value(1).toLongLong())
                     .arg(q.value(2).toLongLong());
    const qint64 accounts = sql.scalar(u"SELECT COUNT(*) FROM accounts"_qs);
    const qint64 balances = sql.scalar(u"SELECT COALESCE(SUM(balance_fen), 0) FROM accounts"_qs);
    const qint64 journal = sql.scalar(u"SELECT COALESCE(SUM(amount_fen), 0) FROM journal"_qs);
    c.passed = wrong.isEmpty() && balances == journal && accounts > 0;
    c.detail = QStringLiteral("%1 accounts, total balances %2 fen, total journal %3 fen, %4 accounts differ")
                   .arg(accounts)
                   .arg(balances)
                   .arg(journal)
                   .arg(wrong.size());
    if (!wrong.isEmpty())
        c.detail += u": "_qs + QStringList(wrong.mid(0, 5)).join(u"; "_qs);
    return c;
}

Check holdsAndUnheldBalances(Sql &sql)
{
    Check c{u"no negative unheld balance"_qs, false, {}};
    const qint64 negative = sql.scalar(
        u"SELECT COUNT(*) FROM accounts WHERE balance_fen < 0 OR held_fen < 0 OR balance_fen - held_fen < 0"_qs);
    const qint64 heldWrong = sql.scalar(u"SELECT COUNT(*) FROM accounts a WHERE a.held_fen <> "
                                        u"COALESCE((SELECT SUM(h.amount_fen) FROM holds h "
                                        "WHERE h.account_id = a.id AND h.status = 'active'), 0)"_qs);
    const qint64 active = sql.scalar(u"SELECT COUNT(*) FROM holds WHERE status = 'active'"_qs);
    if (negative < 0 || heldWrong < 0) {
        c.detail = sql.error;
        return c;
    }
    c.passed = negative == 0 && heldWrong == 0;
    c.detail =
        QStringLiteral("%1 accounts below zero (balance or unheld), %2 accounts whose held amount is not "
                       "the sum of their %3 active holds")
            .arg(negative)
            .arg(heldWrong)
            .arg(active);
    return c;
}

QList<Check> exactlyOnce(Sql &sql, const Workload &workload, qint64 runStartMs)
{
    Check keys{u"exactly once: idempotency and audit"_qs, false, {}};
    Check postings{u"exactly once: withdrawals in the journal"_qs, false, {}};
    const QString like = QString::fromLatin1(workload.runTag) + u'%';

    // (user, key) -> stored status; (request id, operation) -> successful audit records.
    QHash<QString, int> stored;
    QSqlQuery q;
    if (!sql.run(q,
                 u"SELECT u.username, k.idempotency_key, k.response_status FROM idempotency_keys k "
                 "JOIN users u ON u.id = k.user_id WHERE k.idempotency_key LIKE ?"_qs,
                 {like})) {
        keys.detail = postings.detail = sql.error;
        return {keys, postings};
    }
    while (q.next())
        stored.insert(q.value(0).toString() + u'\n' + q.value(1).toString(), q.value(2).toInt());
    QHash<QString, qint64> audited;
    if (!sql.run(q,
                 u"SELECT request_id, operation, COUNT(*) FROM audit_log WHERE request_id LIKE ? "
                 "AND outcome = 'ok' GROUP BY request_id, operation"_qs,
                 {like})) {
        keys.detail = postings.detail = sql.error;
        return {keys, postings};
    }
    while (q.next())
        audited.insert(q.value(0).toString() + u'\n' + q.value(1).toString(), q.value(2).toLongLong());

    QStringList problems;
    QSet<QString> sent;
    qint64 successes = 0;
    for (const Acknowledged &a : workload.acknowledged) {
        const QString id = a.username + u'\n' + QString::fromLatin1(a.key);
        sent.insert(id);
        const bool success = a.status >= 200 && a.status < 300;
        successes += success ? 1 : 0;
        const auto row = stored.constFind(id);
        if (row == stored.cend())
            problems << QStringLiteral("%1 %2: acknowledged %3 but no idempotency row")
                            .arg(a.operation, QString::fromLatin1(a.key))
                            .arg(a.status);
        else if (*row != a.status)
            problems << QStringLiteral("%1 %2: acknowledged %3, stored %4")
                            .arg(a.operation, QString::fromLatin1(a.key))
                            .arg(a.status)
                            .arg(*row);
        const qint64 records = audited.value(QString::fromLatin1(a.key) + u'\n' + a.operation);
        if (records != (success ? 1 : 0))
            problems << QStringLiteral("%1 %2 (HTTP %3): %4 audit records with outcome ok")
                            .arg(a.operation, QString::fromLatin1(a.key))
                            .arg(a.status)
                            .arg(records);
    }
    for (const Acknowledged &a : workload.unanswered)
        sent.insert(a.username + u'\n' + QString::fromLatin1(a.key));
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!sent.contains(it.key()))
            problems << u"a stored key no counter sent or saw answered: "_qs +
                            QString(it.key()).replace(u'\n', u' ');
    }
    keys.passed = problems.isEmpty();
    keys.detail = QStringLiteral("%1 acknowledged state-changing requests (%2 succeeded, %3 refused), %4 "
                                 "unanswered, %5 keys stored")
                      .arg(workload.acknowledged.size())
                      .arg(successes)
                      .arg(workload.acknowledged.size() - successes)
                      .arg(workload.unanswered.size())
                      .arg(stored.size());
    if (!problems.isEmpty())
        keys.detail += QStringLiteral("; %1 problems: ").arg(problems.size()) +
                       QStringList(problems.mid(0, 5)).join(u"; "_qs);

    // The effect: one journal entry per withdrawal, whoever retried it how often.
    QStringList wrong;
    QSet<QString> serials;
    for (const Acknowledged &a : workload.acknowledged) {
        if (a.operation != u"withdrawals.create" || a.status != 201)
            continue;
        const QString serial = a.response.value(u"serial"_qs).toString();
        serials.insert(serial);
        const qint64 n = sql.scalar(
            u"SELECT COUNT(*) FROM journal WHERE serial = ? AND business_type = '11'"_qs, {serial});
        if (n != 1)
            wrong << QStringLiteral("serial %1: %2 journal entries").arg(serial).arg(n);
    }
    const qint64 entries = sql.scalar(
        u"SELECT COUNT(*) FROM journal WHERE business_type = '11' AND created_at >= ?"_qs, {runStartMs});
    const qint64 storedCreated = sql.scalar(
        u"SELECT COUNT(*) FROM idempotency_keys WHERE operation = 'withdrawals.create' AND response_status = "
        "201 AND idempotency_key LIKE ?"_qs,
        {like});
    postings.passed =
        wrong.isEmpty() && entries >= 0 && entries == storedCreated && serials.size() <= entries;
    postings.detail =
        QStringLiteral("%1 acknowledged withdrawals (%2 distinct serials), %3 withdrawal journal "
                       "entries since the start, %4 withdrawal keys stored as 201")
            .arg(workload.stats.value(u"withdrawals.create"_qs).requests)
            .arg(serials.size())
            .arg(entries)
            .arg(storedCreated);
    if (!wrong.isEmpty())
        postings.detail += u": "_qs + QStringList(wrong.mid(0, 5)).join(u"; "_qs);
    return {keys, postings};
}

} // namespace

QList<Check> checkLedger(const QString &connectionName, const Workload &workload, qint64 runStartMs)
{
    Sql sql{QSqlDatabase::database(connectionName), {}};
    QList<Check> checks{journalEqualsBalances(sql), holdsAndUnheldBalances(sql)};
    checks += exactlyOnce(sql, workload, runStartMs);
    return checks;
}

} // namespace hpf::bench
