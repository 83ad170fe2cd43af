// Outside answers of loan applications (issue 18, part G): the sharing interfaces' answers judged
// with at the check and acceptance, kept with the application, and the credit reports fetched with
// the recorded authorisation. The monthly 征信报送 is loancreditjob.cpp.
#include "business/loan/outside/loanoutside.h"

#include "business/loan/loanservice.h"
#include "platform/context.h"
#include "platform/sharing/shareddata.h"
#include "platform/store/sql.h"
#include "platform/store/transaction.h"

#include <QJsonDocument>

namespace hpf::server {

namespace {

// The materials of the loan checklist, in the order the counter lists them, and the source whose
// stored answer stands in for the paper (零要件); empty: only a scan satisfies it.
struct LoanMaterial
{
    const char16_t *code;
    const char16_t *source;
};
constexpr LoanMaterial kMaterials[] = {
    {u"identity_card", u"identity"},        // 身份证 ← 公安 identity check
    {u"marriage_certificate", u"marriage"}, // 婚姻状况证明 ← 民政 marriage register
    {u"property_record", u"property"},      // 家庭住房情况证明 ← 不动产 register
    {u"credit_report", u"credit"},          // 个人信用报告 ← 征信 (with the authorisation)
    {u"purchase_contract", u""},            // 购房合同
    {u"income_proof", u""},                 // 收入证明
};

QVariant nullable(bool present, const QVariant &value)
{
    return present ? value : QVariant(value.metaType());
}

QString isoLocal(qint64 ms)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

bool saysMarried(const StoredAnswer &a)
{
    return a.source == u"marriage" && a.found &&
           (a.facts.value(u"married"_qs).toBool() || a.facts.value(u"status"_qs).toString() == u"married");
}

Status insertAnswer(ServiceContext &ctx, qint64 applicationId, int position, const QString &source,
                    const QString &provider, bool found, const QString &summary, const QJsonObject &facts,
                    qint64 sharedAnswerId, const QString &authorisation, qint64 fetchedAtMs, qint64 *id)
{
    Query q(ctx.db, u"INSERT INTO loan_outside_answers (application_id, position, source, provider, found, "
                    "summary, facts, shared_answer_id, authorisation, fetched_at, fetched_by) VALUES (:a, "
                    ":pos, :s, :pr, :f, :su, :fa, :sh, :au, :at, :by) RETURNING id"_qs);
    q.bind(u":a"_qs, applicationId)
        .bind(u":pos"_qs, position)
        .bind(u":s"_qs, source)
        .bind(u":pr"_qs, provider)
        .bind(u":f"_qs, found ? 1 : 0)
        .bind(u":su"_qs, summary)
        .bind(u":fa"_qs, compactJson(facts))
        .bind(u":sh"_qs, nullable(sharedAnswerId > 0, QVariant::fromValue(sharedAnswerId)))
        .bind(u":au"_qs, nullable(!authorisation.isEmpty(), QVariant(authorisation)))
        .bind(u":at"_qs, fetchedAtMs)
        .bind(u":by"_qs, ctx.principal ? ctx.user().username : QString());
    if (Status s = q.exec(); !s)
        return s;
    if (!q.next())
        return makeError(u"db.error"_qs, {}, u"no answer id returned"_qs);
    if (id)
        *id = q.int64(0);
    q.finish();
    return {};
}

} // namespace

QStringList loanShareSources()
{
    return {u"identity"_qs, u"marriage"_qs, u"property"_qs};
}

Result<ShareAsk> loanShareAsk(ServiceContext &ctx, const LoanRequest &request)
{
    for (int i = 0; i < request.parties.size(); ++i) {
        const LoanParty &p = request.parties.at(i);
        if (p.role != u"borrower")
            continue;
        Query q(ctx.db, u"SELECT id FROM persons WHERE document_type = :t AND document_number = :n"_qs);
        q.bind(u":t"_qs, p.documentType).bind(u":n"_qs, p.documentNumber);
        if (Status s = q.exec(); !s)
            return s.error();
        if (!q.next())
            return makeError(u"loan.borrower_account"_qs, QStringLiteral("parties[%1].documentNumber").arg(i),
                             u"the borrower is not known to the ledger"_qs);
        return ShareAsk{q.int64(0), {p.documentType, p.documentNumber, p.name}};
    }
    return makeError(u"loan.party"_qs, u"parties"_qs, u"no borrower"_qs);
}

Status applySharedFacts(ServiceContext &ctx, const LoanRequest &request, qint64 borrowerPersonId,
                        finance::LoanFacts &facts, QList<StoredAnswer> &used)
{
    used.clear();
    if (borrowerPersonId <= 0)
        return {};
    auto fresh = freshAnswers(ctx, borrowerPersonId);
    if (!fresh)
        return fresh.error();
    for (const StoredAnswer &a : std::as_const(*fresh)) {
        if (!loanShareSources().contains(a.source))
            continue;
        used.append(a);
        if (a.source == u"property") {
            // The registry's count of the household's homes: buying one more makes it the
            // (count + 1)th; the declared order is never lowered.
            const int homes = a.found ? a.facts.value(u"homes"_qs).toInt() : 0;
            const int order = std::min(homes + 1, int(finance::HomeOrder::Third));
            if (order > int(facts.declaredOrder))
                facts.declaredOrder = static_cast<finance::HomeOrder>(order);
        }
        if (saysMarried(a)) {
            const bool spouse = std::any_of(request.parties.begin(), request.parties.end(),
                                            [](const LoanParty &p) { return p.role == u"spouse"; });
            if (!spouse)
                return makeError(u"loan.spouse_missing"_qs, u"parties"_qs,
                                 u"the marriage register says the borrower is married: add the spouse"_qs);
        }
    }
    return {};
}

Status keepSharedAnswers(ServiceContext &ctx, qint64 applicationId, const QString &serial,
                         int borrowerPosition, const QList<StoredAnswer> &answers)
{
    for (const StoredAnswer &a : answers) {
        if (Status s = insertAnswer(ctx, applicationId, borrowerPosition, a.source, a.provider, a.found,
                                    a.summary, a.facts, a.id, {}, a.fetchedAtMs, nullptr);
            !s)
            return s;
    }
    return markAnswersUsed(ctx, answers, serial);
}

QJsonArray checkedAnswersJson(const QList<StoredAnswer> &answers)
{
    QJsonArray out;
    for (const StoredAnswer &a : answers)
        out.append(QJsonObject{{u"id"_qs, QString::number(a.id)},
                               {u"source"_qs, a.source},
                               {u"provider"_qs, a.provider},
                               {u"found"_qs, a.found},
                               {u"summary"_qs, a.summary},
                               {u"fetchedAt"_qs, isoLocal(a.fetchedAtMs)}});
    return out;
}

Result<QJsonObject> outsideAnswersJson(ServiceContext &ctx, qint64 applicationId)
{
    Query q(ctx.db,
            u"SELECT o.id, o.position, o.source, o.provider, o.found, o.summary, o.fetched_at, "
            "o.authorisation IS NOT NULL, p.role FROM loan_outside_answers o "
            "LEFT JOIN loan_parties p ON p.application_id = o.application_id AND p.position = o.position "
            "WHERE o.application_id = :a ORDER BY o.id"_qs);
    q.bind(u":a"_qs, applicationId);
    if (Status s = q.exec(); !s)
        return s.error();
    QJsonArray answers;
    QHash<QString, QJsonObject> latest; // source → its latest answer (materials of the borrower's)
    while (q.next()) {
        const QJsonObject a{{u"id"_qs, QString::number(q.int64(0))},
                            {u"position"_qs, q.int64(1)},
                            {u"role"_qs, q.str(8)},
                            {u"source"_qs, q.str(2)},
                            {u"provider"_qs, q.str(3)},
                            {u"found"_qs, q.int64(4) != 0},
                            {u"summary"_qs, q.str(5)},
                            {u"fetchedAt"_qs, isoLocal(q.int64(6))},
                            {u"authorised"_qs, q.int64(7) != 0}};
        answers.append(a);
        // The borrower's answer stands in for the borrower's paper.
        if (q.str(8) == u"borrower")
            latest.insert(q.str(2), a);
    }
    QJsonArray materials;
    for (const LoanMaterial &m : kMaterials) {
        const QString source = QString::fromUtf16(m.source);
        const QJsonObject a = source.isEmpty() ? QJsonObject() : latest.value(source);
        materials.append(QJsonObject{
            {u"material"_qs, QString::fromUtf16(m.code)},
            {u"satisfiedBy"_qs, a.isEmpty() ? QJsonValue() : a.value(u"id"_qs)},
            {u"source"_qs, a.isEmpty() ? QJsonValue() : QJsonValue(source)},
        });
    }
    return QJsonObject{{u"outsideAnswers"_qs, answers}, {u"materials"_qs, materials}};
}

Result<CreditQuestion> creditQuestion(ServiceContext &ctx, const QString &serial, int position)
{
    Query a(ctx.db, u"SELECT id, branch_id FROM loan_applications WHERE serial = :s"_qs);
    a.bind(u":s"_qs, serial);
    if (Status s = a.exec(); !s)
        return s.error();
    if (!a.next())
        return makeError(u"loan.not_found"_qs, u"serial"_qs);
    CreditQuestion out;
    out.serial = serial;
    out.applicationId = a.int64(0);
    const qint64 branch = a.int64(1);
    a.finish();
    if (Status s = ctx.checkBranch(branch); !s)
        return s.error();
    Query p(ctx.db, u"SELECT role, document_type, document_number, name, credit_authorised_at "
                    "FROM loan_parties WHERE application_id = :a AND position = :p"_qs);
    p.bind(u":a"_qs, out.applicationId).bind(u":p"_qs, position);
    if (Status s = p.exec(); !s)
        return s.error();
    if (!p.next())
        return makeError(u"request.field_range"_qs, u"position"_qs, u"no party at this position"_qs);
    out.position = position;
    out.role = p.str(0);
    out.subject = {p.str(1), p.str(2), p.str(3)};
    if (p.isNull(4))
        return makeError(u"loan.credit_unauthorised"_qs,
                         QStringLiteral("parties[%1].creditAuthorised").arg(position),
                         u"no recorded credit authorisation (征信授权) of this person"_qs);
    out.authorisation = QStringLiteral("CA-%1-%2-%3").arg(serial).arg(position).arg(p.int64(4));
    return out;
}

Result<QJsonObject> storeCreditReport(ServiceContext &ctx, const CreditQuestion &question,
                                      const CreditReport &report)
{
    qint64 id = 0;
    if (Status s = insertAnswer(ctx, question.applicationId, question.position, u"credit"_qs, report.provider,
                                report.found, report.summary, report.facts, 0, question.authorisation,
                                ctx.nowMs, &id);
        !s)
        return s.error();
    if (Status s = ctx.audit(ctx.operation, u"loan:"_qs + question.serial, u"ok"_qs, {},
                             {{u"answerId"_qs, QString::number(id)},
                              {u"position"_qs, question.position},
                              {u"role"_qs, question.role},
                              {u"authorisation"_qs, question.authorisation},
                              {u"provider"_qs, report.provider},
                              {u"found"_qs, report.found}});
        !s)
        return s.error();
    // The serial and position find the person; no identity in the log.
    qCInfo(lcLoan) << ctx.operation << question.serial << "party" << question.position << "report from"
                   << report.provider;
    return QJsonObject{
        {u"id"_qs, QString::number(id)},   {u"position"_qs, question.position},
        {u"role"_qs, question.role},       {u"source"_qs, u"credit"_qs},
        {u"provider"_qs, report.provider}, {u"found"_qs, report.found},
        {u"summary"_qs, report.summary},   {u"fetchedAt"_qs, isoLocal(ctx.nowMs)},
        {u"authorised"_qs, true},          {u"openLoans"_qs, report.facts.value(u"openLoans"_qs).toInt()}};
}

Result<QJsonObject> fetchCreditReport(ServiceContext &ctx, const QString &serial, int position)
{
    CreditQuestion question;
    const Status read =
        runInTransaction(ctx.db, ctx.dialect, TxMode::Read, [&](Transaction &) -> Result<TxEnd> {
            auto q = creditQuestion(ctx, serial, position);
            if (!q)
                return q.error();
            question = *q;
            return TxEnd::Commit;
        });
    if (!read)
        return read.error();
    if (!ctx.server.creditBureau)
        return makeError(u"credit.unavailable"_qs, {}, u"no credit bureau is configured"_qs);
    auto report = ctx.server.creditBureau->fetchReport(question.subject, question.authorisation);
    if (!report)
        return makeError(report.error().code, {}, report.error().detail);
    Result<QJsonObject> out = QJsonObject();
    const Status s =
        runInTransaction(ctx.db, ctx.dialect, TxMode::Write, [&](Transaction &) -> Result<TxEnd> {
            out = storeCreditReport(ctx, question, *report);
            if (!out)
                return out.error();
            return TxEnd::Commit;
        });
    if (!s)
        return s.error();
    return out;
}

Result<QJsonObject> checkLoanWithSharing(ServiceContext &ctx, const LoanRequest &request)
{
    ShareAsk ask;
    const Status read =
        runInTransaction(ctx.db, ctx.dialect, TxMode::Read, [&](Transaction &) -> Result<TxEnd> {
            auto a = loanShareAsk(ctx, request);
            if (!a)
                return a.error();
            ask = *a;
            return TxEnd::Commit;
        });
    if (!read)
        return read.error();
    if (!ctx.server.sharedData)
        return makeError(u"sharing.unavailable"_qs, u"queryShared"_qs,
                         u"no sharing interface is configured"_qs);
    QList<std::pair<QString, SharedAnswer>> answers;
    for (const QString &source : loanShareSources()) {
        auto answer = ctx.server.sharedData->query(source, ask.subject, {});
        if (!answer)
            return makeError(answer.error().code, u"queryShared"_qs, answer.error().detail);
        answers.append({source, *answer});
    }
    Result<QJsonObject> out = QJsonObject();
    const Status s =
        runInTransaction(ctx.db, ctx.dialect, TxMode::Write, [&](Transaction &) -> Result<TxEnd> {
            for (const auto &[source, answer] : answers) {
                if (auto stored = storeSharedAnswer(ctx, ask.personId, source, answer); !stored)
                    return stored.error();
            }
            out = checkLoan(ctx, request);
            return TxEnd::Commit;
        });
    if (!s)
        return s.error();
    return out;
}

} // namespace hpf::server
