#include "business/accounts/accountrecords.h"
#include "business/changes/changeservice.h"
#include "business/opening/detailrules.h"
#include "business/opening/openingcommon.h"
#include "domain/accountnumber.h"
#include "domain/mobile.h"
#include "platform/context.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"

// 个人变更: a person's name (with a supervisor's grant: 姓名变更 changes who the money belongs to on
// paper) or mobile. The person row changes, so every account of the person shows it.
namespace hpf::server {

namespace {

struct PersonValues
{
    QString name;
    QString mobile;
};

Result<PersonValues> validated(const PersonChangeRequest &r)
{
    PersonValues v;
    if (r.name) {
        if (Status s = detailrules::personName(*r.name); !s)
            return s.error();
        v.name = r.name->trimmed();
    }
    if (r.mobile) {
        auto m = mobile::parse(*r.mobile, u"mobile"_qs);
        if (!m)
            return m.error();
        v.mobile = *m;
    }
    return v;
}

// Shaped so that the trail redacts it: a name beside a document is personal.
QJsonObject auditShape(const AccountRow &a, const QString &name, const QString &mobileNumber)
{
    return {{u"accountNumber"_qs, a.accountNumber},
            {u"documentType"_qs, a.documentType},
            {u"documentNumber"_qs, a.documentNumber},
            {u"name"_qs, name},
            {u"mobile"_qs, mobileNumber}};
}

} // namespace

Status checkPersonChange(ServiceContext &ctx, const PersonChangeRequest &request)
{
    Q_UNUSED(ctx);
    if (!request.name && !request.mobile)
        return makeError(u"change.nothing"_qs, u"reason"_qs, u"no detail to change"_qs);
    if (auto n =
            accountnumber::parse(request.accountNumber, accountnumber::Kind::Personal, u"accountNumber"_qs);
        !n)
        return n.error();
    auto v = validated(request);
    return v ? Status{} : Status{v.error()};
}

Result<ChangeResult> changePerson(ServiceContext &ctx, const PersonChangeRequest &request)
{
    if (Status s = checkPersonChange(ctx, request); !s)
        return s.error();
    auto wanted = validated(request);
    if (!wanted)
        return wanted.error();
    auto number =
        accountnumber::parse(request.accountNumber, accountnumber::Kind::Personal, u"accountNumber"_qs);
    if (!number)
        return number.error();
    auto account = findAccount(ctx, number->number, true);
    if (!account)
        return account.error();
    if (Status s = ctx.checkBranch(account->branchId); !s)
        return s.error();
    if (account->state == u"03" || account->state == u"04" || account->state == u"05")
        return makeError(u"account.state"_qs, u"accountNumber"_qs, u"the account is closed"_qs);
    Query q(ctx.db, u"SELECT mobile FROM persons WHERE id = :p"_qs);
    q.bind(u":p"_qs, account->personId);
    if (Status s = q.exec(); !s)
        return s.error();
    const QString oldMobile = q.next() ? q.str(0) : QString();
    q.finish();

    const bool nameChanges = request.name && wanted->name != account->name;
    const bool mobileChanges = request.mobile && wanted->mobile != oldMobile;
    if (!nameChanges && !mobileChanges)
        return makeError(u"change.nothing"_qs, u"reason"_qs, u"every value equals today's"_qs);
    if (nameChanges) {
        if (Status s = ctx.requireGrant(u"name"_qs, u"a name change needs a supervisor"_qs); !s)
            return s.error();
    }
    const QString newName = nameChanges ? wanted->name : account->name;
    const QString newMobile = mobileChanges ? wanted->mobile : oldMobile;

    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();
    Query upd(ctx.db, u"UPDATE persons SET name = :n, mobile = :m WHERE id = :p"_qs);
    upd.bind(u":n"_qs, newName).bind(u":m"_qs, newMobile).bind(u":p"_qs, account->personId);
    if (Status s = upd.exec(); !s)
        return s.error();
    QStringList fields;
    QJsonArray changes;
    if (nameChanges) {
        fields.append(u"name"_qs);
        changes.append(
            QJsonObject{{u"field"_qs, u"name"_qs}, {u"before"_qs, account->name}, {u"after"_qs, newName}});
    }
    if (mobileChanges) {
        fields.append(u"mobile"_qs);
        changes.append(QJsonObject{{u"field"_qs, u"mobile"_qs},
                                   {u"before"_qs, oldMobile.isEmpty() ? QString() : mobile::mask(oldMobile)},
                                   {u"after"_qs, mobile::mask(newMobile)}});
    }
    Query log(ctx.db, u"INSERT INTO detail_changes (serial, kind, unit_id, account_id, fields, reason, "
                      "operator_id, created_at) VALUES (:s, 'person', :u, :a, :f, :r, :op, :now)"_qs);
    log.bind(u":s"_qs, *serial)
        .bind(u":u"_qs, account->unitId)
        .bind(u":a"_qs, account->id)
        .bind(u":f"_qs, fields.join(u','))
        .bind(u":r"_qs, request.reason)
        .bind(u":op"_qs, ctx.user().userId)
        .bind(u":now"_qs, ctx.nowMs);
    if (Status s = log.exec(); !s)
        return s.error();

    // The person's own receipt: the account in full, the names as the change needs them (the
    // proof of the new name), the mobile masked.
    ReceiptDraft draft;
    draft.serial = *serial;
    draft.business = u"person_change"_qs;
    draft.businessLabel = u"个人信息变更"_qs;
    draft.object = u"account:"_qs + account->accountNumber;
    draft.line(u"个人账号"_qs, account->accountNumber);
    draft.line(u"证件号码"_qs, identity::maskNumber(account->documentNumber));
    if (nameChanges)
        draft.line(u"姓名"_qs, account->name + u" → "_qs + newName);
    else
        draft.line(u"姓名"_qs, identity::maskName(account->name));
    if (mobileChanges)
        draft.line(u"手机号码"_qs, (oldMobile.isEmpty() ? u"—"_qs : mobile::mask(oldMobile)) + u" → "_qs +
                                       mobile::mask(newMobile));
    draft.line(u"变更原因"_qs, request.reason);
    if (!ctx.grantedBy.isEmpty())
        draft.line(u"授权人"_qs, ctx.grantedBy);
    draft.fields = QJsonObject{{u"accountNumber"_qs, account->accountNumber},
                               {u"fields"_qs, QJsonArray::fromStringList(fields)}};
    auto receipt = issueReceipt(ctx, draft);
    if (!receipt)
        return receipt.error();
    if (Status s = ctx.audit(u"persons.change"_qs, draft.object, u"ok"_qs,
                             auditShape(*account, account->name, oldMobile),
                             auditShape(*account, newName, newMobile));
        !s)
        return s.error();
    return ChangeResult{*serial, u"accountNumber"_qs, account->accountNumber, changes, *receipt};
}

} // namespace hpf::server
