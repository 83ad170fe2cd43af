#include "business/accounts/sharedanswers.h"

#include "platform/context.h"
#include "platform/store/sql.h"

#include <QJsonDocument>

namespace hpf::server {

namespace {

QString isoLocal(qint64 ms)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

const QString kColumns = u"SELECT id, person_id, source, provider, found, summary, facts, fetched_at "
                         "FROM shared_answers "_qs;

StoredAnswer readAnswer(const Query &q)
{
    StoredAnswer a;
    a.id = q.int64(0);
    a.personId = q.int64(1);
    a.source = q.str(2);
    a.provider = q.str(3);
    a.found = q.int64(4) != 0;
    a.summary = q.str(5);
    a.facts = QJsonDocument::fromJson(q.str(6).toUtf8()).object();
    a.fetchedAtMs = q.int64(7);
    return a;
}

} // namespace

QJsonObject StoredAnswer::toJson() const
{
    return {{u"id"_qs, QString::number(id)}, {u"source"_qs, source},
            {u"provider"_qs, provider},      {u"found"_qs, found},
            {u"summary"_qs, summary},        {u"fetchedAt"_qs, isoLocal(fetchedAtMs)}};
}

Result<StoredAnswer> storeSharedAnswer(ServiceContext &ctx, qint64 personId, const QString &source,
                                       const SharedAnswer &answer)
{
    Query q(ctx.db, u"INSERT INTO shared_answers (person_id, source, provider, found, summary, facts, "
                    "fetched_at, fetched_by) VALUES (:p, :s, :pr, :f, :su, :fa, :at, :by) RETURNING id"_qs);
    q.bind(u":p"_qs, personId)
        .bind(u":s"_qs, source)
        .bind(u":pr"_qs, answer.provider)
        .bind(u":f"_qs, answer.found ? 1 : 0)
        .bind(u":su"_qs, answer.summary)
        .bind(u":fa"_qs, compactJson(answer.facts))
        .bind(u":at"_qs, ctx.nowMs)
        .bind(u":by"_qs, ctx.principal ? ctx.user().username : QString());
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"db.error"_qs, {}, u"no answer id returned"_qs);
    StoredAnswer a{q.int64(0),   personId,       source,       answer.provider,
                   answer.found, answer.summary, answer.facts, ctx.nowMs};
    q.finish();
    if (Status s = ctx.audit(u"sharing.query"_qs, u"person:"_qs + QString::number(personId), u"ok"_qs, {},
                             {{u"answerId"_qs, QString::number(a.id)},
                              {u"source"_qs, source},
                              {u"provider"_qs, answer.provider},
                              {u"found"_qs, answer.found}});
        !s)
        return s.error();
    return a;
}

Result<QList<StoredAnswer>> freshAnswers(ServiceContext &ctx, qint64 personId)
{
    Query q(ctx.db, kColumns + u"WHERE person_id = :p AND fetched_at >= :since ORDER BY id DESC"_qs);
    q.bind(u":p"_qs, personId).bind(u":since"_qs, ctx.nowMs - kSharedAnswerFreshMs);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<StoredAnswer> out;
    QStringList seen;
    while (q.next()) {
        StoredAnswer a = readAnswer(q);
        if (seen.contains(a.source))
            continue;
        seen.append(a.source);
        out.append(a);
    }
    return out;
}

Result<QList<StoredAnswer>> answersByIds(ServiceContext &ctx, qint64 personId, const QStringList &ids,
                                         bool fresh)
{
    QList<StoredAnswer> out;
    Query q(ctx.db, kColumns + u"WHERE id = :id"_qs);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString field = QStringLiteral("sharedAnswerIds[%1]").arg(i);
        bool ok = false;
        const qint64 id = ids.at(i).toLongLong(&ok);
        if (!ok || id <= 0)
            return makeError(u"withdrawal.shared_answer"_qs, field, u"unknown answer"_qs);
        q.bind(u":id"_qs, id);
        if (Status s = q.exec(); !s)
            return s.error();
        if (!q.next())
            return makeError(u"withdrawal.shared_answer"_qs, field, u"unknown answer"_qs);
        StoredAnswer a = readAnswer(q);
        q.finish();
        if (a.personId != personId)
            return makeError(u"withdrawal.shared_answer"_qs, field, u"an answer about another person"_qs);
        if (fresh && a.fetchedAtMs < ctx.nowMs - kSharedAnswerFreshMs)
            return makeError(u"withdrawal.shared_answer"_qs, field, u"older than 24 hours: ask again"_qs);
        out.append(a);
    }
    return out;
}

Status markAnswersUsed(ServiceContext &ctx, const QList<StoredAnswer> &answers, const QString &serial)
{
    Query q(ctx.db, u"UPDATE shared_answers SET used_by = :s WHERE id = :id"_qs);
    for (const StoredAnswer &a : answers) {
        q.bind(u":s"_qs, serial).bind(u":id"_qs, a.id);
        if (Status s = q.exec(); !s)
            return s;
    }
    return {};
}

QStringList materialsSatisfiedBy(const StoredAnswer &answer)
{
    if (answer.source == u"property")
        return answer.found ? QStringList{u"property_certificate"_qs} : QStringList{u"no_home_statement"_qs};
    if (answer.source == u"bank_loan" && answer.found)
        return {u"loan_contract"_qs, u"repayment_record"_qs};
    return {};
}

} // namespace hpf::server
