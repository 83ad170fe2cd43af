#include "business/opening/personopening.h"

#include "business/opening/openingcommon.h"
#include "domain/codetables.h"
#include "domain/mobile.h"
#include "domain/money.h"
#include "finance/rate.h"
#include "platform/context.h"
#include "platform/store/sql.h"

namespace hpf::server {

namespace {

const QString kWage = u"wageBaseFen"_qs;

QString sexCode(identity::Sex sex)
{
    return sex == identity::Sex::Male ? u"1"_qs : sex == identity::Sex::Female ? u"2"_qs : QString();
}

QJsonObject clampWarning(finance::BaseClamp clamp, qint64 requested, qint64 applied)
{
    return {{u"code"_qs, clamp == finance::BaseClamp::RaisedToFloor ? u"deposit.base_raised_to_floor"_qs
                                                                    : u"deposit.base_lowered_to_ceiling"_qs},
            {u"field"_qs, kWage},
            {u"requestedFen"_qs, requested},
            {u"appliedFen"_qs, applied}};
}

Error remapBaseField(Error e)
{
    if (e.field == u"base")
        e.field = kWage;
    return e;
}

} // namespace

QList<Error> validatePerson(const PersonFields &fields, QDate today, PersonInput &out)
{
    const QString &type = fields.documentType;
    const QString &number = fields.documentNumber;
    const QString &mobileText = fields.mobile;
    out.name = fields.name;
    out.wageBaseFen = fields.wageBaseFen;
    QList<Error> errors;
    if (const auto docType = identity::documentTypeFromCode(type); !docType) {
        errors.append(makeError(u"identity.document_type"_qs, u"documentType"_qs));
    } else if (auto id = identity::parse(*docType, number, today, u"documentNumber"_qs); !id) {
        errors.append(id.error());
    } else {
        out.id = *id;
    }
    if (!mobileText.isEmpty()) {
        if (auto m = mobile::parse(mobileText, u"mobile"_qs); !m)
            errors.append(m.error());
        else
            out.mobile = *m;
    }
    return errors;
}

QJsonObject DepositTerms::toJson() const
{
    return {{u"requestedBaseFen"_qs, requestedBaseFen},
            {u"baseFen"_qs, baseFen},
            {u"unitAmountFen"_qs, unitAmountFen},
            {u"personalAmountFen"_qs, personalAmountFen},
            {u"totalFen"_qs, totalFen},
            {u"warnings"_qs, warnings}};
}

Result<DepositTerms> computeTerms(ServiceContext &ctx, const OpeningTarget &target, qint64 wageBaseFen)
{
    DepositTerms t;
    t.requestedBaseFen = wageBaseFen;
    finance::BaseClamp clamp = finance::BaseClamp::None;
    if (target.flexible) {
        auto d =
            finance::computeFlexibleDeposit(ctx.server.policy, target.firstMonth, wageBaseFen, target.ratio);
        if (!d)
            return remapBaseField(d.error());
        t.baseFen = d->base;
        t.personalAmountFen = d->amount;
        clamp = d->clamp;
    } else {
        auto d = finance::computeMonthlyDeposit(ctx.server.policy, target.firstMonth, wageBaseFen,
                                                target.unitRatio, target.personalRatio);
        if (!d)
            return remapBaseField(d.error());
        t.baseFen = d->base;
        t.unitAmountFen = d->unitAmount;
        t.personalAmountFen = d->personalAmount;
        clamp = d->clamp;
    }
    t.totalFen = t.unitAmountFen + t.personalAmountFen;
    if (clamp != finance::BaseClamp::None)
        t.warnings.append(clampWarning(clamp, wageBaseFen, t.baseFen));
    return t;
}

PersonOpener::PersonOpener(ServiceContext &ctx)
    : m_ctx(ctx)
{}

PersonOpener::~PersonOpener() = default;

Query &PersonOpener::query(int slot, const QString &sql)
{
    if (!m_queries[slot])
        m_queries[slot] = std::make_unique<Query>(m_ctx.db, sql);
    return *m_queries[slot];
}

Result<PersonState> PersonOpener::lookup(const PersonInput &in)
{
    PersonState st;
    Query &p = query(0, u"SELECT id, name FROM persons WHERE document_type = :t AND document_number = :n"_qs);
    p.bind(u":t"_qs, identity::documentTypeCode(in.id.type)).bind(u":n"_qs, in.id.number);
    if (Status s = p.exec(); !s)
        return s.error();
    if (!p.next())
        return st;
    st.personId = p.int64(0);
    st.registeredName = p.str(1);
    Query &a = query(1, u"SELECT a.id, a.account_number, a.state, u.id, u.unit_account, u.name, b.code, "
                        "a.balance_fen, a.base_fen FROM accounts a JOIN units u ON u.id = a.unit_id "
                        "JOIN branches b ON b.id = a.branch_id WHERE a.person_id = :p "
                        "AND a.state NOT IN ('03', '04', '05')"_qs +
                            (m_ctx.dialect == Dialect::Postgres ? u" FOR UPDATE OF a"_qs : QString()));
    a.bind(u":p"_qs, st.personId);
    if (Status s = a.exec(); !s)
        return s.error();
    if (a.next()) {
        st.accountId = a.int64(0);
        st.accountNumber = a.str(1);
        st.state = a.str(2);
        st.unitId = a.int64(3);
        st.unitAccount = a.str(4);
        st.unitName = a.str(5);
        st.branchCode = a.str(6);
        st.balanceFen = a.int64(7);
        st.baseFen = a.int64(8);
    }
    return st;
}

Status PersonOpener::check(const PersonInput &in, const PersonState &st, const OpeningTarget &target,
                           QJsonObject *conflict) const
{
    if (st.personId != 0 && st.registeredName != in.name)
        return makeError(u"person.name_mismatch"_qs, u"name"_qs,
                         u"this document number is registered under another name"_qs);
    if (st.accountId == 0 || st.state == u"02")
        return {};
    const bool sameUnit = st.unitId == target.unitId;
    if (conflict) {
        *conflict = QJsonObject{{u"accountNumber"_qs, st.accountNumber},
                                {u"state"_qs, st.state},
                                {u"stateLabel"_qs, codes::accountStates().label(st.state)},
                                {u"unitAccount"_qs, st.unitAccount},
                                {u"unitName"_qs, st.unitName},
                                {u"branch"_qs, st.branchCode},
                                {u"sameUnit"_qs, sameUnit},
                                // 市内转移 is the way to move a live account to another unit.
                                {u"transferPossible"_qs, !sameUnit && st.state == u"01"}};
    }
    return makeError(u"account.exists_active"_qs, u"documentNumber"_qs,
                     u"one person, one account (一人一户): "_qs + st.accountNumber);
}

Result<OpenedAccount> PersonOpener::apply(const PersonInput &in, const PersonState &st,
                                          const OpeningTarget &target, const DepositTerms &terms,
                                          const QString &serial, const QString &newNumber)
{
    const QString today = m_ctx.now.toLocalTime().date().toString(Qt::ISODate);
    const QString kind = target.flexible ? u"flexible"_qs : u"employed"_qs;
    const qint64 ratioPpm = target.flexible ? target.ratio.ppm : 0;
    qint64 personId = st.personId;
    if (personId == 0) {
        Query &ins = query(2, u"INSERT INTO persons (document_type, document_number, name, birth_date, sex, "
                              "mobile, created_at) VALUES (:t, :n, :name, :b, :s, :m, :now) RETURNING id"_qs);
        ins.bind(u":t"_qs, identity::documentTypeCode(in.id.type))
            .bind(u":n"_qs, in.id.number)
            .bind(u":name"_qs, in.name)
            .bind(u":b"_qs, in.id.birthDate.isValid() ? in.id.birthDate.toString(Qt::ISODate) : QString())
            .bind(u":s"_qs, sexCode(in.id.sex))
            .bind(u":m"_qs, in.mobile)
            .bind(u":now"_qs, m_ctx.nowMs);
        if (Status s = ins.exec(); !s)
            return s.error();
        if (!ins.next())
            return makeError(u"db.error"_qs, {}, u"no person id returned"_qs);
        personId = ins.int64(0);
    } else if (!in.mobile.isEmpty()) {
        Query &upd = query(3, u"UPDATE persons SET mobile = :m WHERE id = :p"_qs);
        upd.bind(u":m"_qs, in.mobile).bind(u":p"_qs, personId);
        if (Status s = upd.exec(); !s)
            return s.error();
    }
    Query &profile = query(4, u"INSERT INTO account_profiles (account_id, kind, ratio_ppm, first_month) "
                              "VALUES (:a, :k, :r, :m) ON CONFLICT (account_id) DO UPDATE SET kind = :k2, "
                              "ratio_ppm = :r2, first_month = :m2, seal_reason = '', sealed_on = ''"_qs);
    OpenedAccount out;
    if (st.accountId != 0) {
        // 启封 under the new unit (一人一户): the sealed account moves, nothing is duplicated.
        Query &upd =
            query(5, u"UPDATE accounts SET state = '01', unit_id = :u, branch_id = :b, base_fen = :base "
                     "WHERE id = :id AND state = '02'"_qs);
        upd.bind(u":u"_qs, target.unitId)
            .bind(u":b"_qs, target.branchId)
            .bind(u":base"_qs, terms.baseFen)
            .bind(u":id"_qs, st.accountId);
        if (Status s = upd.exec(); !s)
            return s.error();
        if (upd.rowsAffected() != 1)
            return makeError(u"db.conflict"_qs, {}, u"the sealed account changed meanwhile"_qs);
        out.action = u"unsealed"_qs;
        out.accountId = st.accountId;
        out.accountNumber = st.accountNumber;
        out.previousUnitAccount = st.unitAccount;
    } else {
        Query &ins =
            query(6, u"INSERT INTO accounts (account_number, person_id, unit_id, branch_id, state, base_fen, "
                     "opened_on, created_at) VALUES (:a, :p, :u, :b, '01', :base, :d, :now) RETURNING id"_qs);
        ins.bind(u":a"_qs, newNumber)
            .bind(u":p"_qs, personId)
            .bind(u":u"_qs, target.unitId)
            .bind(u":b"_qs, target.branchId)
            .bind(u":base"_qs, terms.baseFen)
            .bind(u":d"_qs, today)
            .bind(u":now"_qs, m_ctx.nowMs);
        if (Status s = ins.exec(); !s)
            return s.error();
        if (!ins.next())
            return makeError(u"db.error"_qs, {}, u"no account id returned"_qs);
        out.action = u"opened"_qs;
        out.accountId = ins.int64(0);
        out.accountNumber = newNumber;
    }
    profile.bind(u":a"_qs, out.accountId)
        .bind(u":k"_qs, kind)
        .bind(u":r"_qs, ratioPpm)
        .bind(u":m"_qs, monthText(target.firstMonth))
        .bind(u":k2"_qs, kind)
        .bind(u":r2"_qs, ratioPpm)
        .bind(u":m2"_qs, monthText(target.firstMonth));
    if (Status s = profile.exec(); !s)
        return s.error();
    const bool unsealed = out.action == u"unsealed";
    const QString memo = unsealed ? QStringLiteral("启封 %1 → %2").arg(st.unitAccount, target.unitAccount)
                                  : QStringLiteral("开户 %1").arg(target.unitAccount);
    if (Status s = postEvent(m_ctx, out.accountId, unsealed ? st.balanceFen : 0, serial,
                             unsealed ? u"04"_qs : u"03"_qs, memo);
        !s)
        return s.error();
    if (unsealed) {
        const QJsonObject before{{u"accountNumber"_qs, st.accountNumber},
                                 {u"state"_qs, st.state},
                                 {u"unitAccount"_qs, st.unitAccount},
                                 {u"baseFen"_qs, st.baseFen}};
        const QJsonObject after{{u"accountNumber"_qs, st.accountNumber},
                                {u"state"_qs, u"01"_qs},
                                {u"unitAccount"_qs, target.unitAccount},
                                {u"baseFen"_qs, terms.baseFen},
                                {u"serial"_qs, serial}};
        if (Status s = m_ctx.audit(u"accounts.unseal"_qs, u"account:"_qs + st.accountNumber, u"ok"_qs, before,
                                   after);
            !s)
            return s.error();
    }
    return out;
}

QJsonObject personJson(const PersonInput &in)
{
    return {{u"documentType"_qs, identity::documentTypeCode(in.id.type)},
            {u"documentNumber"_qs, in.id.number},
            {u"name"_qs, in.name},
            {u"birthDate"_qs, in.id.birthDate.isValid() ? in.id.birthDate.toString(Qt::ISODate) : QString()},
            {u"sex"_qs, sexCode(in.id.sex)},
            {u"mobile"_qs, in.mobile}};
}

QJsonObject maskedPersonJson(const PersonInput &in)
{
    const QString type = identity::documentTypeCode(in.id.type);
    return {{u"documentType"_qs, type},
            {u"documentTypeLabel"_qs, codes::documentTypes().label(type)},
            {u"documentNumber"_qs, identity::maskNumber(in.id.number)},
            {u"name"_qs, identity::maskName(in.name)},
            {u"mobile"_qs, in.mobile.isEmpty() ? QString() : mobile::mask(in.mobile)}};
}

} // namespace hpf::server
