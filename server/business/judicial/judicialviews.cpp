#include "business/judicial/judicialviews.h"

#include "business/accounts/accountrecords.h"
#include "business/judicial/holdstore.h"
#include "business/judicial/outcome.h"
#include "business/judicial/requeststore.h"
#include "domain/access.h"
#include "domain/identity.h"
#include "platform/context.h"
#include "platform/store/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <algorithm>

namespace hpf::server {

QJsonObject judicialCourts(const ServiceContext &ctx)
{
    const finance::JudicialPolicy &p = ctx.server.policy.judicial();
    QJsonArray courts;
    for (const finance::Court &c : p.courts)
        courts.append(QJsonObject{{u"code"_qs, c.code}, {u"name"_qs, c.name}, {u"nameEn"_qs, c.nameEn}});
    QJsonArray grounds;
    for (const QString &g : judicial::unfreezeGrounds())
        grounds.append(g);
    return {{u"courts"_qs, courts}, {u"expiringDays"_qs, p.expiringDays}, {u"unfreezeGrounds"_qs, grounds}};
}

Result<QJsonObject> searchFreezes(ServiceContext &ctx, const QString &accountNumber)
{
    auto session = HoldsSession::open(ctx, accountNumber, false);
    if (!session)
        return session.error();
    if (Status s = ctx.checkBranch(session->account().branchId); !s)
        return s.error();
    ctx.noteRead(u"judicial-account:"_qs + accountNumber);
    const AccountRow &a = session->account();
    const finance::AccountHolds &m = session->model();
    QJsonArray queue;
    for (const finance::Hold &h : m.waitingQueue())
        queue.append(freezeJson(ctx, *session, h));
    QList<finance::Hold> ended;
    for (const finance::Hold &h : m.holds()) {
        if (h.isJudicial() && !h.isOpen())
            ended.append(h);
    }
    std::sort(ended.begin(), ended.end(),
              [](const finance::Hold &x, const finance::Hold &y) { return x.id > y.id; });
    QJsonArray history;
    for (const finance::Hold &h : ended)
        history.append(freezeJson(ctx, *session, h));
    const auto active = m.activeFreeze();
    return QJsonObject{
        {u"account"_qs, QJsonObject{{u"accountNumber"_qs, a.accountNumber},
                                    {u"personName"_qs, a.name},
                                    {u"idNumberMasked"_qs, identity::maskNumber(a.documentNumber)},
                                    {u"state"_qs, a.state},
                                    {u"balanceFen"_qs, m.balance()},
                                    {u"heldFen"_qs, m.held()},
                                    {u"availableFen"_qs, m.available()}}},
        {u"active"_qs, active ? QJsonValue(freezeJson(ctx, *session, *active)) : QJsonValue()},
        {u"queue"_qs, queue},
        {u"history"_qs, history}};
}

Result<QJsonObject> expiringFreezes(ServiceContext &ctx, int days)
{
    const QDate today = ctx.now.toLocalTime().date();
    // Branch-filtered like every account read: the user's branch unless center-wide (checkBranch).
    const Principal &user = ctx.user();
    const bool centerWide =
        user.headOffice || user.role == access::role::admin || user.role == access::role::auditor;
    Query q(ctx.db,
            u"SELECT h.id, a.account_number, p.name, h.court, h.case_number, h.end_date, h.status "
            "FROM holds h JOIN accounts a ON a.id = h.account_id JOIN persons p ON p.id = a.person_id "
            "WHERE h.kind = 'judicial' AND h.status IN ('active', 'waiting') AND h.end_date >= :from "
            "AND h.end_date <= :to%1 ORDER BY h.end_date, h.id"_qs.arg(
                centerWide ? QString() : u" AND a.branch_id = :b"_qs));
    q.bind(u":from"_qs, today.toString(Qt::ISODate))
        .bind(u":to"_qs, today.addDays(days).toString(Qt::ISODate));
    if (!centerWide)
        q.bind(u":b"_qs, user.branchId);
    if (Status s = q.exec(); !s)
        return s.error();
    QJsonArray items;
    while (q.next()) {
        const QDate end = QDate::fromString(q.str(5), Qt::ISODate);
        items.append(QJsonObject{{u"holdId"_qs, QString::number(q.int64(0))},
                                 {u"accountNumber"_qs, q.str(1)},
                                 {u"personName"_qs, q.str(2)},
                                 {u"courtName"_qs, courtName(ctx, q.str(3))},
                                 {u"caseNumber"_qs, q.str(4)},
                                 {u"endDate"_qs, q.str(5)},
                                 {u"daysLeft"_qs, int(today.daysTo(end))},
                                 {u"state"_qs, q.str(6)}});
    }
    ctx.noteRead(u"judicial-expiring"_qs);
    return QJsonObject{{u"days"_qs, days}, {u"items"_qs, items}};
}

Result<QJsonObject> judicialRequest(ServiceContext &ctx, qint64 id)
{
    auto r = loadRequest(ctx, id);
    if (!r)
        return r.error();
    // A request registered on an account is that account's branch's; a pending online request
    // belongs to no branch yet (the desk's inbox is center-wide).
    if (r->accountId > 0) {
        auto account = findAccountById(ctx, r->accountId);
        if (!account)
            return account.error();
        if (Status s = ctx.checkBranch(account->branchId); !s)
            return s.error();
    }
    ctx.noteRead(u"judicial-request:"_qs + QString::number(id));
    return QJsonObject{
        {u"request"_qs, r->request},
        {u"outcome"_qs, r->outcome.isEmpty() ? QJsonValue() : QJsonValue(r->outcome)},
        {u"channel"_qs, r->channel},
        {u"status"_qs, r->status},
        {u"receivedAt"_qs, QDateTime::fromMSecsSinceEpoch(r->createdAt, Qt::UTC).toString(Qt::ISODate)}};
}

Result<QJsonObject> judicialInbox(ServiceContext &ctx)
{
    Query q(ctx.db, u"SELECT id, created_at, type, court_code, case_number, request FROM judicial_requests "
                    "WHERE status = 'pending' AND channel = 'online' ORDER BY id"_qs);
    if (Status s = q.exec(); !s)
        return s.error();
    QJsonArray items;
    while (q.next()) {
        items.append(QJsonObject{
            {u"id"_qs, QString::number(q.int64(0))},
            {u"receivedAt"_qs, QDateTime::fromMSecsSinceEpoch(q.int64(1), Qt::UTC).toString(Qt::ISODate)},
            {u"type"_qs, q.str(2)},
            {u"courtName"_qs, courtName(ctx, q.str(3))},
            {u"caseNumber"_qs, q.str(4)},
            {u"request"_qs, QJsonDocument::fromJson(q.str(5).toUtf8()).object()}});
    }
    ctx.noteRead(u"judicial-inbox"_qs);
    return QJsonObject{{u"items"_qs, items}};
}

} // namespace hpf::server
