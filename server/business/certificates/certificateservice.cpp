#include "business/certificates/certificateservice.h"

#include "business/accounts/accountrecords.h"
#include "business/accounts/unitrecords.h"
#include "business/certificates/certificatestore.h"
#include "business/certificates/certificatetypes.h"
#include "business/certificates/signingkeys.h"
#include "crypto/certcodec.h"
#include "crypto/certfacts.h"
#include "crypto/sm3.h"
#include "domain/identity.h"
#include "finance/deposit.h"
#include "logging.h"
#include "platform/context.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"

#include <QJsonArray>

namespace hpf::server {

namespace {

using crypto::CertificateField;
using crypto::ExtraFact;

qint64 dateNumber(const QString &isoDate, const QString &separator)
{
    return QString(isoDate).remove(separator).toLongLong();
}

struct LoanFacts
{
    crypto::LoanRecord record = crypto::LoanRecord::None;
    qint64 count = 0;
    QString lastSettledOn;
};

Result<LoanFacts> loanFacts(ServiceContext &ctx, qint64 personId)
{
    Query q(ctx.db, u"SELECT COUNT(*), SUM(CASE WHEN settled_on IS NULL THEN 1 ELSE 0 END), MAX(settled_on) "
                    "FROM loan_records WHERE person_id = :p"_qs);
    q.bind(u":p"_qs, personId);
    if (Status s = q.exec(); !s)
        return s.error();
    LoanFacts f;
    if (!q.next() || q.int64(0) == 0)
        return f;
    f.count = q.int64(0);
    f.record = q.int64(1) > 0 ? crypto::LoanRecord::Outstanding : crypto::LoanRecord::Settled;
    f.lastSettledOn = q.str(2);
    return f;
}

Result<QJsonObject> readInputs(const CertificateType &type, const QJsonObject &given)
{
    QJsonObject out;
    for (auto it = given.begin(); it != given.end(); ++it) {
        const bool known = std::any_of(type.inputs.cbegin(), type.inputs.cend(),
                                       [&](const CertificateInput &i) { return i.name == it.key(); });
        if (!known)
            return makeError(u"request.unknown_field"_qs, u"inputs."_qs + it.key());
    }
    for (const CertificateInput &in : type.inputs) {
        const QString value = given.value(in.name).toString().trimmed();
        if (given.contains(in.name) && !given.value(in.name).isString())
            return makeError(u"request.field_type"_qs, u"inputs."_qs + in.name);
        if (value.isEmpty() && in.required)
            return makeError(u"request.field_required"_qs, u"inputs."_qs + in.name);
        if (value.size() > in.maxLength)
            return makeError(u"request.field_too_long"_qs, u"inputs."_qs + in.name);
        if (!value.isEmpty())
            out.insert(in.name, value);
    }
    return out;
}

// Every fact the type records (printed and signed), from the ledger and the teller's inputs; the
// code carries only crypto::codeBody() of it.
Result<crypto::CertificateBody> buildBody(ServiceContext &ctx, const CertificateType &type,
                                          const AccountRow &a, const QJsonObject &inputs)
{
    crypto::CertificateBody b;
    const auto has = [&](const char16_t *fact) { return type.records(QString::fromUtf16(fact)); };
    b.setText(CertificateField::MaskedName, identity::maskName(a.name));
    b.setText(CertificateField::MaskedIdNumber, identity::maskNumber(a.documentNumber));
    if (has(u"accountNumber"))
        b.setText(CertificateField::AccountNumber, a.accountNumber);
    if (has(u"maskedAccountNumber"))
        b.setText(CertificateField::MaskedAccountNumber, identity::maskNumber(a.accountNumber));
    if (has(u"openedOn"))
        b.setInteger(quint16(ExtraFact::OpenedOn), dateNumber(a.openedOn, u"-"_qs));
    if (has(u"baseFen"))
        b.setInteger(quint16(ExtraFact::BaseFen), a.baseFen);
    if (has(u"balanceFen"))
        b.setInteger(CertificateField::BalanceFen, a.balanceFen);
    if (has(u"accountState"))
        b.setInteger(CertificateField::AccountState, a.state.toLongLong());
    if (has(u"unitName") || has(u"ratios") || has(u"monthlyDepositFen")) {
        auto unit = findUnitByAccount(ctx, a.unitAccount);
        if (!unit)
            return unit.error();
        if (has(u"unitName"))
            b.setText(CertificateField::UnitName, unit->name);
        if (has(u"ratios")) {
            b.setInteger(quint16(ExtraFact::UnitRatioPpm), unit->unitRatioPpm);
            b.setInteger(quint16(ExtraFact::PersonalRatioPpm), unit->personalRatioPpm);
        }
        if (has(u"monthlyDepositFen")) {
            auto d = finance::computeMonthlyDeposit(ctx.server.policy, ctx.now.toLocalTime().date(),
                                                    a.baseFen, finance::Rate::fromPpm(unit->unitRatioPpm),
                                                    finance::Rate::fromPpm(unit->personalRatioPpm));
            if (!d)
                return makeError(u"cert.monthly_deposit"_qs, u"accountNumber"_qs, d.error().code);
            b.setInteger(CertificateField::MonthlyDepositFen, d->total);
        }
    }
    if (has(u"depositPeriod")) {
        Query q(ctx.db, u"SELECT MIN(month), MAX(month) FROM journal WHERE account_id = :a "
                        "AND business_type = '01' AND month IS NOT NULL"_qs);
        q.bind(u":a"_qs, a.id);
        if (Status s = q.exec(); !s)
            return s.error();
        // No deposit yet: the period is left out rather than invented.
        if (q.next() && !q.isNull(0)) {
            b.setInteger(CertificateField::DepositFrom, dateNumber(q.str(0), u"-"_qs));
            b.setInteger(CertificateField::DepositTo, dateNumber(q.str(1), u"-"_qs));
        }
    }
    if (has(u"loanRecord") || has(u"lastSettledOn") || !type.requireLoanRecord.isEmpty()) {
        auto loans = loanFacts(ctx, a.personId);
        if (!loans)
            return loans.error();
        if (type.requireLoanRecord == u"none" && loans->record != crypto::LoanRecord::None)
            return makeError(u"cert.loan_record"_qs, u"accountNumber"_qs,
                             u"the person has a loan on record"_qs);
        if (type.requireLoanRecord == u"settled" && loans->record != crypto::LoanRecord::Settled)
            return makeError(u"cert.loan_record"_qs, u"accountNumber"_qs,
                             loans->record == crypto::LoanRecord::None ? u"no loan on record"_qs
                                                                       : u"a loan is not settled"_qs);
        if (has(u"loanRecord")) {
            b.setInteger(CertificateField::LoanRecord, qint64(loans->record));
            if (loans->count > 0)
                b.setInteger(quint16(ExtraFact::LoanCount), loans->count);
        }
        if (has(u"lastSettledOn") && !loans->lastSettledOn.isEmpty())
            b.setInteger(quint16(ExtraFact::LastSettledOn), dateNumber(loans->lastSettledOn, u"-"_qs));
    }
    if (has(u"loanCity") && inputs.contains(u"loanCity"_qs))
        b.setText(CertificateField::LoanCity, inputs.value(u"loanCity"_qs).toString());
    return b;
}

struct IssueOrder
{
    const CertificateType *type = nullptr;
    QJsonObject inputs;
    qint64 supersedesId = 0;
    QString batch;
};

// Signs and stores one certificate. Refusals about the person come before any write.
Result<CertificateRecord> issueOne(ServiceContext &ctx, const CertificateCatalog &catalog,
                                   const AccountRow &account, const IssueOrder &req)
{
    const auto &signer = ctx.server.certificateSigner;
    if (!signer)
        return makeError(u"cert.no_signing_key"_qs, {},
                         u"no usable signing key is loaded; nothing was issued"_qs);
    {
        // A key retired (`hpf-server keys retire`) while this server runs signs nothing more.
        Query k(ctx.db, u"SELECT status, created_at FROM signing_keys WHERE kid = :k"_qs);
        k.bind(u":k"_qs, signer->kid());
        if (Status s = k.exec(); !s)
            return s.error();
        if (!k.next() || k.str(0) != u"active" || k.int64(1) / 1000 > ctx.now.toSecsSinceEpoch())
            return makeError(u"cert.no_signing_key"_qs, {}, u"the loaded signing key is not active now"_qs);
    }
    crypto::CertificateBody full;
    {
        auto built = buildBody(ctx, *req.type, account, req.inputs);
        if (!built)
            return built.error();
        full = *built;
    }
    auto seq = nextSequence(ctx, u"certificate"_qs);
    if (!seq)
        return seq.error();
    const QDateTime issued = QDateTime::fromSecsSinceEpoch(ctx.now.toSecsSinceEpoch(), Qt::UTC);
    const QDateTime expires = issued.toLocalTime().addMonths(req.type->validityMonths).toUTC();
    const QString number = u"ZM"_qs + issued.toLocalTime().date().toString(u"yyyyMMdd"_qs) +
                           QStringLiteral("%1").arg(*seq % 100000000, 8, 10, QLatin1Char('0'));
    full.setInteger(CertificateField::Type, req.type->typeId);
    full.setText(CertificateField::Number, number);
    full.setText(CertificateField::Center, ctx.server.policy.centerCode());
    full.setIssuedAt(issued);
    full.setExpiresAt(expires);
    auto code = crypto::encodeCertificate(crypto::codeBody(full, req.type->codeFacts), signer->key());
    if (!code) {
        qCWarning(lcHttp) << "certificate signing failed:" << code.error().code << code.error().detail;
        return makeError(u"cert.signing_failed"_qs, {}, code.error().code + u": "_qs + code.error().detail);
    }
    CertificateRecord r;
    r.number = number;
    r.typeCode = req.type->code;
    r.typeId = req.type->typeId;
    r.accountId = account.id;
    r.accountNumber = account.accountNumber;
    r.branchId = account.branchId;
    r.kid = signer->kid();
    r.code = *code;
    r.check = certificateCheckValue(*code);
    r.snapshot = QJsonObject{
        {u"title"_qs, req.type->title},
        {u"statement"_qs, req.type->statement},
        {u"validityMonths"_qs, req.type->validityMonths},
        {u"centerName"_qs, ctx.server.policy.centerName()},
        {u"phone"_qs, catalog.phone},
        {u"verifyHint"_qs, catalog.verifyHint},
        // 经办人 is the teller's name as the users table has it (a member of staff, not the
        // customer: printed in full, as on any counter document).
        {u"handler"_qs, ctx.user().displayName.isEmpty() ? ctx.user().username : ctx.user().displayName},
        {u"fields"_qs, crypto::displayFieldsToJson(crypto::displayFields(full, req.type->facts))}};
    r.inputs = req.inputs;
    r.issuedAt = issued;
    r.expiresAt = expires;
    r.batch = req.batch;
    r.supersedesId = req.supersedesId;
    r.training = signer->training();
    auto id = insertCertificate(ctx, r);
    if (!id)
        return id.error();
    r.id = *id;
    QJsonObject audited{{u"number"_qs, number},
                        {u"type"_qs, r.typeCode},
                        {u"kid"_qs, r.kid},
                        {u"expiresAt"_qs, certificateView(ctx, r).value(u"expiresAt"_qs)}};
    if (!req.batch.isEmpty())
        audited.insert(u"batch"_qs, req.batch);
    if (Status s = ctx.audit(u"certificates.issue"_qs, u"account:"_qs + account.accountNumber, u"ok"_qs, {},
                             audited);
        !s)
        return s.error();
    return r;
}

Result<CertificateCatalog> catalogFor(ServiceContext &ctx)
{
    return loadCertificateTypes(ctx.server.policy);
}

Result<const CertificateType *> typeFrom(const CertificateCatalog &catalog, const QString &code)
{
    const CertificateType *type = catalog.find(code);
    if (!type)
        return makeError(u"cert.unknown_type"_qs, u"type"_qs);
    return type;
}

} // namespace

QString certificateCheckValue(const QString &code)
{
    return crypto::certificateCheckValue(code);
}

Result<CertificateRecord> issueCertificate(ServiceContext &ctx, const IssueRequest &request)
{
    auto catalog = catalogFor(ctx);
    if (!catalog)
        return catalog.error();
    auto type = typeFrom(*catalog, request.type);
    if (!type)
        return type.error();
    auto inputs = readInputs(**type, request.inputs);
    if (!inputs)
        return inputs.error();
    auto account = findAccount(ctx, request.accountNumber, true);
    if (!account)
        return account.error();
    if (Status s = ctx.checkBranch(account->branchId); !s)
        return s.error();
    return issueOne(ctx, *catalog, *account, {*type, *inputs, 0, {}});
}

Result<CertificateBatch> issueBatch(ServiceContext &ctx, const BatchRequest &request)
{
    if (!ctx.server.certificateSigner)
        return makeError(u"cert.no_signing_key"_qs, {},
                         u"no usable signing key is loaded; nothing was issued"_qs);
    auto catalog = catalogFor(ctx);
    if (!catalog)
        return catalog.error();
    auto type = typeFrom(*catalog, request.type);
    if (!type)
        return type.error();
    auto inputs = readInputs(**type, request.inputs);
    if (!inputs)
        return inputs.error();
    const QString &unitAccount = request.unitAccount;
    auto unit = findUnitByAccount(ctx, unitAccount, true);
    if (!unit)
        return unit.error();
    if (Status s = ctx.checkBranch(unit->branchId); !s)
        return s.error();
    QStringList numbers;
    if (request.accountNumbers) {
        numbers = *request.accountNumbers;
    } else {
        Query q(ctx.db, u"SELECT account_number FROM accounts WHERE unit_id = :u AND state = '01' "
                        "ORDER BY account_number"_qs);
        q.bind(u":u"_qs, unit->id);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            numbers.append(q.str(0));
        if (numbers.isEmpty())
            return makeError(u"cert.no_employees"_qs, u"unitAccount"_qs, u"no active employees"_qs);
        if (numbers.size() > kMaxCertificateBatch)
            return makeError(u"cert.batch_too_large"_qs, u"unitAccount"_qs,
                             u"more than 500: select employees"_qs);
    }
    CertificateBatch out{u"BATCH-"_qs + ctx.idempotencyKey.left(60), unitAccount, (*type)->code, 0, {}};
    for (const QString &number : std::as_const(numbers)) {
        CertificateBatch::Item item{number, std::nullopt, {}};
        auto account = findAccount(ctx, number, true);
        Result<CertificateRecord> one =
            account
                ? (account->unitId != unit->id
                       ? Result<CertificateRecord>(makeError(u"cert.not_in_unit"_qs, u"accountNumbers"_qs))
                       : issueOne(ctx, *catalog, *account, {*type, *inputs, 0, out.batch}))
                : Result<CertificateRecord>(account.error());
        if (one) {
            ++out.issued;
            item.certificate = *one;
        } else if (one.error().code.startsWith(u"db.") || one.error().code.startsWith(u"cert.signing") ||
                   one.error().code == u"cert.no_signing_key") {
            return one.error(); // systemic: the whole batch is undone
        } else {
            item.refusal = one.error();
        }
        out.items.append(item);
    }
    if (Status s = ctx.audit(u"certificates.batch"_qs, u"unit:"_qs + unitAccount, u"ok"_qs, {},
                             {{u"batch"_qs, out.batch},
                              {u"type"_qs, out.type},
                              {u"issued"_qs, out.issued},
                              {u"refused"_qs, out.refused()}});
        !s)
        return s.error();
    return out;
}

Result<CertificateRecord> reissueCertificate(ServiceContext &ctx, const ReissueRequest &request)
{
    const QString &number = request.number;
    auto old = findCertificate(ctx, number, true);
    if (!old)
        return old.error();
    if (Status s = ctx.checkBranch(old->branchId); !s)
        return s.error();
    if (old->revokedAt.isValid())
        return makeError(u"cert.revoked"_qs, u"number"_qs, u"a revoked certificate is not reissued"_qs);
    if (old->supersededById != 0)
        return makeError(u"cert.superseded"_qs, u"number"_qs, u"reissue the newest certificate"_qs);
    auto catalog = catalogFor(ctx);
    if (!catalog)
        return catalog.error();
    auto type = typeFrom(*catalog, old->typeCode);
    if (!type)
        return type.error();
    auto inputs = readInputs(**type, request.inputs ? *request.inputs : old->inputs);
    if (!inputs)
        return inputs.error();
    auto account = findAccountById(ctx, old->accountId, true);
    if (!account)
        return account.error();
    auto fresh = issueOne(ctx, *catalog, *account, {*type, *inputs, old->id, {}});
    if (!fresh)
        return fresh.error();
    if (Status s = markSuperseded(ctx, *old, fresh->number); !s)
        return s.error();
    if (Status s = ctx.audit(u"certificates.reissue"_qs, u"certificate:"_qs + number, u"ok"_qs,
                             {{u"status"_qs, u"valid"_qs}},
                             {{u"status"_qs, u"superseded"_qs},
                              {u"supersededBy"_qs, fresh->number},
                              {u"reason"_qs, request.reason}});
        !s)
        return s.error();
    return findCertificate(ctx, fresh->number);
}

Result<CertificateRecord> revokeCertificate(ServiceContext &ctx, const RevokeRequest &request)
{
    const QString &number = request.number;
    auto row = findCertificate(ctx, number, true);
    if (!row)
        return row.error();
    if (Status s = ctx.checkBranch(row->branchId); !s)
        return s.error();
    if (row->revokedAt.isValid())
        return makeError(u"cert.revoked"_qs, u"number"_qs, u"already revoked"_qs);
    if (row->supersededById != 0)
        return makeError(u"cert.superseded"_qs, u"number"_qs, u"revoke the certificate that replaced it"_qs);
    const QString before = certificateStatusName(ctx, *row);
    const QString &reason = request.reason;
    if (Status s = markRevoked(ctx, *row, reason); !s)
        return s.error();
    if (Status s =
            ctx.audit(u"certificates.revoke"_qs, u"certificate:"_qs + number, u"ok"_qs,
                      {{u"status"_qs, before}}, {{u"status"_qs, u"revoked"_qs}, {u"reason"_qs, reason}});
        !s)
        return s.error();
    return findCertificate(ctx, number);
}

} // namespace hpf::server
