#include "business/contribution/contributioncore.h"

#include "business/accounts/unitrecords.h"
#include "platform/context.h"
#include "platform/store/sql.h"

#include <QDateTime>
#include <QRegularExpression>

namespace hpf::server {

Q_LOGGING_CATEGORY(lcContribution, "hpf.server.contribution")

namespace {

const QString kEmployeeColumns =
    u"SELECT a.id, a.account_number, p.name, a.state, COALESCE(ap.first_month, ''), a.opened_on, a.base_fen "
    "FROM accounts a JOIN persons p ON p.id = a.person_id "
    "LEFT JOIN account_profiles ap ON ap.account_id = a.id "_qs;

Employee readEmployee(const Query &q)
{
    Employee e;
    e.accountId = q.int64(0);
    e.accountNumber = q.str(1);
    e.name = q.str(2);
    e.state = q.str(3);
    e.firstMonth = parseMonthText(q.str(4));
    if (!e.firstMonth.isValid()) {
        const QDate opened = QDate::fromString(q.str(5).left(10), Qt::ISODate);
        e.firstMonth = opened.isValid() ? QDate(opened.year(), opened.month(), 1) : QDate(1900, 1, 1);
    }
    e.baseFen = q.int64(6);
    return e;
}

QDate monthStartOf(QDate d)
{
    return QDate(d.year(), d.month(), 1);
}

} // namespace

QDate parseMonthText(const QString &text)
{
    static const QRegularExpression shape(u"^[0-9]{4}-[0-9]{2}$"_qs);
    if (!shape.match(text).hasMatch())
        return {};
    return QDate::fromString(text + u"-01"_qs, Qt::ISODate);
}

QString monthOf(QDate date)
{
    return date.toString(u"yyyy-MM"_qs);
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QDate currentMonth(const ServiceContext &ctx)
{
    return monthStartOf(ctx.now.toLocalTime().date());
}

Result<QDate> unitFirstMonth(ServiceContext &ctx, const UnitRow &unit)
{
    Query q(ctx.db, u"SELECT p.first_month, u.created_at FROM units u LEFT JOIN unit_profiles p "
                    "ON p.unit_id = u.id WHERE u.id = :u"_qs);
    q.bind(u":u"_qs, unit.id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"unit.not_found"_qs, u"unitAccount"_qs);
    const QDate profile = parseMonthText(q.str(0));
    if (profile.isValid())
        return profile;
    return monthStartOf(QDateTime::fromMSecsSinceEpoch(q.int64(1)).toLocalTime().date());
}

Result<QList<Employee>> unitEmployees(ServiceContext &ctx, qint64 unitId)
{
    Query q(ctx.db, kEmployeeColumns + u"WHERE a.unit_id = :u AND a.state NOT IN ('03', '04', '05') "
                                       "ORDER BY a.id"_qs);
    q.bind(u":u"_qs, unitId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Employee> out;
    while (q.next())
        out.append(readEmployee(q));
    return out;
}

Result<Employee> employeeById(ServiceContext &ctx, qint64 accountId)
{
    Query q(ctx.db, kEmployeeColumns + u"WHERE a.id = :a"_qs);
    q.bind(u":a"_qs, accountId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"account.not_found"_qs, u"accountNumber"_qs);
    return readEmployee(q);
}

Result<TermsHistory> TermsHistory::forUnit(ServiceContext &ctx, const UnitRow &unit)
{
    TermsHistory h;
    h.m_unitPpm = unit.unitRatioPpm;
    h.m_personalPpm = unit.personalRatioPpm;
    Query ratios(ctx.db,
                 u"SELECT effective_from, old_unit_ratio_ppm, new_unit_ratio_ppm, old_personal_ratio_ppm, "
                 "new_personal_ratio_ppm FROM base_adjustments WHERE unit_id = :u "
                 "ORDER BY effective_from"_qs);
    ratios.bind(u":u"_qs, unit.id);
    if (Status s = ratios.exec(); !s)
        return s.error();
    while (ratios.next())
        h.m_ratios.append({monthStartOf(QDate::fromString(ratios.str(0), Qt::ISODate)), ratios.int64(1),
                           ratios.int64(2), ratios.int64(3), ratios.int64(4)});
    ratios.finish();
    // Every base step of the unit's present accounts (an account keeps its history whichever
    // unit adjusted it).
    Query bases(ctx.db, u"SELECT r.account_id, b.effective_from, r.old_base_fen, r.new_base_fen "
                        "FROM base_adjustment_rows r JOIN base_adjustments b ON b.id = r.adjustment_id "
                        "WHERE r.account_id IN (SELECT id FROM accounts WHERE unit_id = :u) "
                        "ORDER BY r.account_id, b.effective_from"_qs);
    bases.bind(u":u"_qs, unit.id);
    if (Status s = bases.exec(); !s)
        return s.error();
    while (bases.next())
        h.m_bases[bases.int64(0)].append(
            {monthStartOf(QDate::fromString(bases.str(1), Qt::ISODate)), bases.int64(2), bases.int64(3)});
    return h;
}

qint64 TermsHistory::baseAt(const Employee &e, QDate month) const
{
    const QList<BaseStep> steps = m_bases.value(e.accountId);
    const BaseStep *last = nullptr;
    for (const BaseStep &s : steps) {
        if (s.from <= month)
            last = &s;
        else
            return last ? last->newBase : s.oldBase;
    }
    return last ? last->newBase : e.baseFen;
}

finance::Rate TermsHistory::unitRatioAt(QDate month) const
{
    const RatioStep *last = nullptr;
    for (const RatioStep &s : m_ratios) {
        if (s.from <= month)
            last = &s;
        else
            return finance::Rate::fromPpm(last ? last->newUnit : s.oldUnit);
    }
    return finance::Rate::fromPpm(last ? last->newUnit : m_unitPpm);
}

finance::Rate TermsHistory::personalRatioAt(QDate month) const
{
    const RatioStep *last = nullptr;
    for (const RatioStep &s : m_ratios) {
        if (s.from <= month)
            last = &s;
        else
            return finance::Rate::fromPpm(last ? last->newPersonal : s.oldPersonal);
    }
    return finance::Rate::fromPpm(last ? last->newPersonal : m_personalPpm);
}

Result<qint64> paidForMonth(ServiceContext &ctx, qint64 accountId, const QString &month)
{
    Query q(ctx.db, u"SELECT COUNT(*), COALESCE(SUM(amount_fen), 0) FROM journal WHERE account_id = :a "
                    "AND month = :m AND business_type IN ('01', '02')"_qs);
    q.bind(u":a"_qs, accountId).bind(u":m"_qs, month);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next() || q.int64(0) == 0)
        return qint64(-1);
    return q.int64(1);
}

Result<bool> monthPaid(ServiceContext &ctx, qint64 accountId, const QString &month)
{
    auto paid = paidForMonth(ctx, accountId, month);
    if (!paid)
        return paid.error();
    return *paid >= 0;
}

Result<QString> deferralCovering(ServiceContext &ctx, qint64 unitId, const QString &month)
{
    // Months compare as text ("YYYY-MM").
    Query q(ctx.db, u"SELECT serial FROM deferrals WHERE unit_id = :u AND status = 'approved' "
                    "AND from_month <= :m AND to_month >= :m2 ORDER BY id LIMIT 1"_qs);
    q.bind(u":u"_qs, unitId).bind(u":m"_qs, month).bind(u":m2"_qs, month);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.str(0) : QString();
}

} // namespace hpf::server
