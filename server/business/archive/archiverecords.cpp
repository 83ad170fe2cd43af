// The business record an archive package documents, found by its serial (业务流水号): receipts
// (openings, seal/unseal), judicial requests (freeze, renew, unfreeze, deduct) and remittances,
// with the subject the desk shows.
#include "business/accounts/sharedanswers.h"
#include "business/archive/archiveservice.h"
#include "business/loan/signing/signingarchive.h"
#include "domain/access.h"
#include "domain/identity.h"
#include "platform/context.h"
#include "platform/store/sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hpf::server {

namespace {
// Receipt business codes (business/opening) → archive business (operation names).
QString businessOfReceipt(const QString &receiptBusiness)
{
    if (receiptBusiness == u"account_opening" || receiptBusiness == u"flexible_opening")
        return u"openings.account"_qs;
    if (receiptBusiness == u"unit_opening")
        return u"openings.unit"_qs;
    if (receiptBusiness == u"account_seal")
        return u"accounts.seal"_qs;
    if (receiptBusiness == u"account_unseal")
        return u"accounts.unseal"_qs;
    // Contributions (issue 17): the unit's papers of a remittance, back payment, deferral or base
    // adjustment are archived under its serial.
    if (receiptBusiness == u"remittance")
        return u"remittances.post"_qs;
    if (receiptBusiness == u"back_payment")
        return u"remittances.backPay"_qs;
    if (receiptBusiness == u"deferral")
        return u"remittances.defer"_qs;
    if (receiptBusiness == u"base_adjustment")
        return u"adjustments.submit"_qs;
    if (receiptBusiness == u"unit_change")
        return u"units.change"_qs;
    if (receiptBusiness == u"person_change")
        return u"persons.change"_qs;
    return {};
}

Error unknownRecord(const QString &detail = {})
{
    return makeError(u"archive.unknown_record"_qs, u"serial"_qs, detail);
}

// Fills the subject from an account id (person, account, unit) or a unit id.
Status fillAccount(ServiceContext &ctx, ArchiveRecord &r, qint64 accountId)
{
    Query q(ctx.db, u"SELECT a.id, a.account_number, p.id, p.name, p.document_number, u.id, u.name "
                    "FROM accounts a JOIN persons p ON p.id = a.person_id JOIN units u ON u.id = a.unit_id "
                    "WHERE a.id = :id"_qs);
    q.bind(u":id"_qs, accountId);
    if (Status s = q.exec(); !s)
        return s;
    if (!q.next())
        return unknownRecord(u"the record's account is gone"_qs);
    r.accountId = q.int64(0);
    r.accountNumber = q.str(1);
    r.personId = q.int64(2);
    r.personName = q.str(3);
    r.idNumberMasked = identity::maskNumber(q.str(4));
    r.unitId = q.int64(5);
    r.unitName = q.str(6);
    q.finish();
    return {};
}

Status fillUnit(ServiceContext &ctx, ArchiveRecord &r, const QString &column, const QVariant &value)
{
    Query q(ctx.db, u"SELECT id, name FROM units WHERE "_qs + column + u" = :v"_qs);
    q.bind(u":v"_qs, value);
    if (Status s = q.exec(); !s)
        return s;
    if (!q.next())
        return unknownRecord(u"the record's unit is gone"_qs);
    r.unitId = q.int64(0);
    r.unitName = q.str(1);
    q.finish();
    return {};
}

Result<qint64> accountIdByNumber(ServiceContext &ctx, const QString &number)
{
    Query q(ctx.db, u"SELECT id FROM accounts WHERE account_number = :n"_qs);
    q.bind(u":n"_qs, number);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return unknownRecord(u"the record's account is gone"_qs);
    const qint64 id = q.int64(0);
    q.finish();
    return id;
}

Result<ArchiveRecord> lookupRecord(ServiceContext &ctx, const QString &serial)
{
    ArchiveRecord r;
    r.serial = serial;
    {
        // Withdrawals (issue 17): business withdrawals.<type>; the materials its stored shared
        // answers satisfy are counted as done (零要件).
        Query q(ctx.db, u"SELECT type, account_id, branch_id, created_at, shared_answer_ids FROM withdrawals "
                        "WHERE serial = :s"_qs);
        q.bind(u":s"_qs, serial);
        if (Status s = q.exec(); !s)
            return s.error();
        if (q.next()) {
            r.business = u"withdrawals."_qs + q.str(0);
            const qint64 accountId = q.int64(1);
            r.branchId = q.int64(2);
            r.occurredAt = QDateTime::fromMSecsSinceEpoch(q.int64(3), Qt::UTC);
            const QJsonArray ids = QJsonDocument::fromJson(q.str(4).toUtf8()).array();
            q.finish();
            if (Status s = fillAccount(ctx, r, accountId); !s)
                return s.error();
            QStringList answerIds;
            for (const QJsonValue &v : ids)
                answerIds << v.toString();
            auto answers = answersByIds(ctx, r.personId, answerIds, false);
            if (!answers)
                return answers.error();
            for (const StoredAnswer &a : *answers)
                for (const QString &code : materialsSatisfiedBy(a))
                    if (!r.satisfiedMaterials.contains(code))
                        r.satisfiedMaterials << code;
            return r;
        }
    }
    {
        Query q(ctx.db, u"SELECT business, object, branch_id, created_at FROM receipts WHERE serial = :s"_qs);
        q.bind(u":s"_qs, serial);
        if (Status s = q.exec(); !s)
            return s.error();
        if (q.next()) {
            r.business = businessOfReceipt(q.str(0));
            const QString object = q.str(1);
            r.branchId = q.int64(2);
            r.occurredAt = QDateTime::fromMSecsSinceEpoch(q.int64(3), Qt::UTC);
            q.finish();
            if (r.business.isEmpty())
                return unknownRecord(u"this business is not archived by serial"_qs);
            if (object.startsWith(u"account:")) {
                auto id = accountIdByNumber(ctx, object.mid(8));
                if (!id)
                    return id.error();
                if (Status s = fillAccount(ctx, r, *id); !s)
                    return s.error();
            } else if (object.startsWith(u"unit:")) {
                if (Status s = fillUnit(ctx, r, u"unit_account"_qs, object.mid(5)); !s)
                    return s.error();
            }
            return r;
        }
    }
    {
        // Judicial assistance (issue 15): the court's request registered under this serial. Court
        // papers are confidential: only judicial staff, supervisors and auditors reach them, and
        // the subject's name is masked.
        Query q(ctx.db,
                u"SELECT jr.type, jr.account_id, a.branch_id, jr.done_at FROM judicial_requests jr "
                "JOIN accounts a ON a.id = jr.account_id WHERE jr.serial = :s AND jr.status = 'done'"_qs);
        q.bind(u":s"_qs, serial);
        if (Status s = q.exec(); !s)
            return s.error();
        if (q.next()) {
            const QString &role = ctx.user().role;
            if (role != access::role::judicial && role != access::role::supervisor &&
                role != access::role::auditor)
                return makeError(u"auth.role_denied"_qs, u"serial"_qs, u"a judicial record"_qs);
            r.business = u"judicial."_qs + q.str(0);
            const qint64 accountId = q.int64(1);
            r.branchId = q.int64(2);
            r.occurredAt = QDateTime::fromMSecsSinceEpoch(q.int64(3), Qt::UTC);
            q.finish();
            if (Status s = fillAccount(ctx, r, accountId); !s)
                return s.error();
            r.personName = identity::maskName(r.personName);
            return r;
        }
    }
    {
        Query q(ctx.db, u"SELECT r.unit_id, u.branch_id, r.created_at FROM remittances r "
                        "JOIN units u ON u.id = r.unit_id WHERE r.serial = :s"_qs);
        q.bind(u":s"_qs, serial);
        if (Status s = q.exec(); !s)
            return s.error();
        if (q.next()) {
            r.business = u"remittances.post"_qs;
            const qint64 unitId = q.int64(0);
            r.branchId = q.int64(1);
            r.occurredAt = QDateTime::fromMSecsSinceEpoch(q.int64(2), Qt::UTC);
            q.finish();
            if (Status s = fillUnit(ctx, r, u"id"_qs, unitId); !s)
                return s.error();
            return r;
        }
    }
    {
        // Loans (issue 18, part H): an application's serial (its materials) or "MQ" + the serial
        // (the signed 面签 session, business/loan/signing/signingarchive.h).
        auto loan = loanArchiveRecord(ctx, serial);
        if (!loan)
            return loan.error();
        if (loan->has_value())
            return **loan;
    }
    return unknownRecord();
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

QJsonObject ArchiveRecord::toJson() const
{
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    QJsonValue package;
    if (packageId != 0)
        package = QJsonObject{{u"id"_qs, QString::number(packageId)},
                              {u"archiveNumber"_qs, archiveNumber},
                              {u"registeredAt"_qs, isoUtc(registeredAt)}};
    return {{u"serial"_qs, serial},
            {u"business"_qs, business},
            {u"businessName"_qs, businessName},
            {u"occurredAt"_qs, isoUtc(occurredAt)},
            {u"satisfiedMaterials"_qs, QJsonArray::fromStringList(satisfiedMaterials)},
            {u"branch"_qs, branchCode},
            {u"subject"_qs, QJsonObject{{u"personName"_qs, orNull(personName)},
                                        {u"idNumberMasked"_qs, orNull(idNumberMasked)},
                                        {u"accountNumber"_qs, orNull(accountNumber)},
                                        {u"unitName"_qs, orNull(unitName)}}},
            {u"package"_qs, package}};
}

Result<ArchiveRecord> findRecord(ServiceContext &ctx, const QString &serial, bool checkBranch)
{
    if (serial.isEmpty() || serial.size() > 40)
        return unknownRecord();
    auto found = lookupRecord(ctx, serial);
    if (!found)
        return found.error();
    ArchiveRecord rec = *found;
    ArchiveRecord *r = &rec;
    if (checkBranch) {
        if (Status s = ctx.checkBranch(r->branchId); !s)
            return s.error();
    }
    if (const finance::ArchiveBusiness *b = ctx.server.policy.archive().business(r->business))
        r->businessName = b->name;
    Query br(ctx.db, u"SELECT code FROM branches WHERE id = :id"_qs);
    br.bind(u":id"_qs, r->branchId);
    if (Status s = br.exec(); !s)
        return s.error();
    if (br.next())
        r->branchCode = br.str(0);
    br.finish();
    Query p(ctx.db, u"SELECT id, archive_number, registered_at FROM archive_packages WHERE serial = :s"_qs);
    p.bind(u":s"_qs, serial);
    if (Status s = p.exec(); !s)
        return s.error();
    if (p.next()) {
        r->packageId = p.int64(0);
        r->archiveNumber = p.str(1);
        r->registeredAt = QDateTime::fromMSecsSinceEpoch(p.int64(2), Qt::UTC);
    }
    p.finish();
    return rec;
}

} // namespace hpf::server
