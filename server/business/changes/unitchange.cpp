#include "business/accounts/unitrecords.h"
#include "business/changes/changeservice.h"
#include "business/opening/detailrules.h"
#include "business/opening/openingcommon.h"
#include "domain/mobile.h"
#include "platform/context.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"

#include <QDateTime>

// 单位变更: a unit's details (name, contact, addresses, bank, remittance day, legal representative).
namespace hpf::server {

namespace {

// One detail: its request path, the unit_profiles (or units) column, its receipt label, whether
// the receipt and the answer mask it.
struct Detail
{
    const char *field;
    const char *column;
    const char *label;
    enum Mask { None, Name, Mobile, Number } mask;
};

constexpr Detail kDetails[] = {
    {"name", "name", "单位名称", Detail::None},
    {"contact.name", "contact_name", "联系人", Detail::Name},
    {"contact.mobile", "contact_mobile", "联系人手机", Detail::Mobile},
    {"officeAddress", "office_address", "办公地址", Detail::None},
    {"registeredAddress", "registered_address", "注册地址", Detail::None},
    {"bank.code", "bank_code", "开户银行代码", Detail::None},
    {"bank.name", "bank_name", "开户银行", Detail::None},
    {"bank.account", "bank_account", "银行账号", Detail::None},
    {"remittanceDay", "remittance_day", "汇缴日", Detail::None},
    {"legalRepresentative.name", "legal_rep_name", "法定代表人", Detail::Name},
    {"legalRepresentative.documentType", "legal_rep_doc_type", "法定代表人证件类型", Detail::None},
    {"legalRepresentative.documentNumber", "legal_rep_doc_number", "法定代表人证件号码", Detail::Number},
};

QString masked(Detail::Mask mask, const QString &value, bool forReceipt)
{
    switch (mask) {
    case Detail::None:
        return value;
    case Detail::Name:
        return forReceipt ? identity::maskName(value) : value;
    case Detail::Mobile:
        return value.isEmpty() ? value : mobile::mask(value);
    case Detail::Number:
        return value.isEmpty() ? value : identity::maskNumber(value);
    }
    return value;
}

// The requested values, validated and normalised, by request path.
Result<QHash<QString, QString>> validated(const ServiceContext &ctx, const UnitChangeRequest &r)
{
    QHash<QString, QString> v;
    if (r.name)
        v.insert(u"name"_qs, *r.name);
    if (r.contactName) {
        auto m = mobile::parse(r.contactMobile.value_or(QString()), u"contact.mobile"_qs);
        if (!m)
            return m.error();
        v.insert(u"contact.name"_qs, *r.contactName);
        v.insert(u"contact.mobile"_qs, *m);
    }
    if (r.officeAddress)
        v.insert(u"officeAddress"_qs, *r.officeAddress);
    if (r.registeredAddress)
        v.insert(u"registeredAddress"_qs, *r.registeredAddress);
    if (r.bankCode) {
        if (Status s = detailrules::bankCode(*r.bankCode); !s)
            return s.error();
        auto account = detailrules::bankAccount(r.bankAccount.value_or(QString()));
        if (!account)
            return account.error();
        v.insert(u"bank.code"_qs, *r.bankCode);
        v.insert(u"bank.name"_qs, r.bankName.value_or(QString()));
        v.insert(u"bank.account"_qs, *account);
    }
    if (r.remittanceDay) {
        if (Status s = detailrules::remittanceDay(*r.remittanceDay); !s)
            return s.error();
        v.insert(u"remittanceDay"_qs, QString::number(*r.remittanceDay));
    }
    if (r.repName) {
        auto id = detailrules::representative(r.repDocumentType.value_or(QString()),
                                              r.repDocumentNumber.value_or(QString()),
                                              ctx.now.toLocalTime().date());
        if (!id)
            return id.error();
        v.insert(u"legalRepresentative.name"_qs, *r.repName);
        v.insert(u"legalRepresentative.documentType"_qs, identity::documentTypeCode(id->type));
        v.insert(u"legalRepresentative.documentNumber"_qs, id->number);
    }
    return v;
}

// The unit's details today, by request path (a unit from before profiles existed has none: empty).
Result<QHash<QString, QString>> current(ServiceContext &ctx, const UnitRow &unit, bool *hasProfile)
{
    QHash<QString, QString> v;
    v.insert(u"name"_qs, unit.name);
    QStringList columns;
    for (const Detail &d : kDetails) {
        if (QLatin1String(d.column) != QLatin1String("name"))
            columns.append(QString::fromLatin1(d.column));
    }
    Query q(ctx.db, u"SELECT "_qs + columns.join(u", "_qs) + u" FROM unit_profiles WHERE unit_id = :u"_qs);
    q.bind(u":u"_qs, unit.id);
    if (Status s = q.exec(); !s)
        return s.error();
    *hasProfile = q.next();
    int i = 0;
    for (const Detail &d : kDetails) {
        if (QLatin1String(d.column) == QLatin1String("name"))
            continue;
        v.insert(QString::fromLatin1(d.field), *hasProfile ? q.value(i).toString() : QString());
        ++i;
    }
    q.finish();
    if (v.value(u"remittanceDay"_qs) == u"0")
        v.insert(u"remittanceDay"_qs, QString());
    return v;
}

// before/after for the audit record, shaped like the request so the trail redacts its personal
// members (contact and representative names beside a mobile or document, the bank account).
QJsonObject auditShape(const QHash<QString, QString> &values, const QStringList &fields)
{
    QJsonObject o;
    for (const QString &f : fields) {
        const qsizetype dot = f.indexOf(u'.');
        if (dot < 0) {
            o.insert(f, values.value(f));
            continue;
        }
        const QString group = f.left(dot);
        QJsonObject inner = o.value(group).toObject();
        inner.insert(f.mid(dot + 1), values.value(f));
        o.insert(group, inner);
    }
    return o;
}

} // namespace

bool UnitChangeRequest::isEmpty() const
{
    return !name && !contactName && !officeAddress && !registeredAddress && !bankCode && !remittanceDay &&
           !repName;
}

QJsonObject ChangeResult::toJson() const
{
    return {
        {u"serial"_qs, serial}, {subjectKey, subject}, {u"changes"_qs, changes}, {u"receipt"_qs, receipt}};
}

Status checkUnitChange(ServiceContext &ctx, const UnitChangeRequest &request)
{
    if (request.isEmpty())
        return makeError(u"change.nothing"_qs, u"reason"_qs, u"no detail to change"_qs);
    auto v = validated(ctx, request);
    return v ? Status{} : Status{v.error()};
}

Result<ChangeResult> changeUnit(ServiceContext &ctx, const UnitChangeRequest &request)
{
    if (Status s = checkUnitChange(ctx, request); !s)
        return s.error();
    auto wanted = validated(ctx, request);
    if (!wanted)
        return wanted.error();
    auto unit = findUnitByAccount(ctx, request.unitAccount, true);
    if (!unit)
        return unit.error();
    if (Status s = ctx.checkBranch(unit->branchId); !s)
        return s.error();
    // A closed unit (04) and the flexible-employment unit (99) keep their details.
    if (unit->state == u"04" || unit->state == u"99")
        return makeError(u"unit.state"_qs, u"unitAccount"_qs, u"the unit is "_qs + unit->state);
    bool hasProfile = false;
    auto today = current(ctx, *unit, &hasProfile);
    if (!today)
        return today.error();

    QStringList fields;
    QJsonArray changes;
    for (const Detail &d : kDetails) {
        const QString f = QString::fromLatin1(d.field);
        if (!wanted->contains(f) || wanted->value(f) == today->value(f))
            continue;
        fields.append(f);
        changes.append(QJsonObject{{u"field"_qs, f},
                                   {u"before"_qs, masked(d.mask, today->value(f), false)},
                                   {u"after"_qs, masked(d.mask, wanted->value(f), false)}});
    }
    if (fields.isEmpty())
        return makeError(u"change.nothing"_qs, u"reason"_qs, u"every value equals today's"_qs);

    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();
    if (!hasProfile) {
        Query ins(ctx.db, u"INSERT INTO unit_profiles (unit_id, kind) VALUES (:u, 'employer')"_qs);
        ins.bind(u":u"_qs, unit->id);
        if (Status s = ins.exec(); !s)
            return s.error();
    }
    for (const Detail &d : kDetails) {
        const QString f = QString::fromLatin1(d.field);
        if (!fields.contains(f))
            continue;
        const QString column = QString::fromLatin1(d.column);
        const QString table = column == u"name" ? u"units"_qs : u"unit_profiles"_qs;
        const QString key = column == u"name" ? u"id"_qs : u"unit_id"_qs;
        Query upd(ctx.db,
                  u"UPDATE "_qs + table + u" SET "_qs + column + u" = :v WHERE "_qs + key + u" = :u"_qs);
        if (column == u"remittance_day")
            upd.bind(u":v"_qs, wanted->value(f).toInt());
        else
            upd.bind(u":v"_qs, wanted->value(f));
        upd.bind(u":u"_qs, unit->id);
        if (Status s = upd.exec(); !s)
            return s.error();
    }
    Query log(ctx.db,
              u"INSERT INTO detail_changes (serial, kind, unit_id, fields, reason, operator_id, created_at) "
              "VALUES (:s, 'unit', :u, :f, :r, :op, :now)"_qs);
    log.bind(u":s"_qs, *serial)
        .bind(u":u"_qs, unit->id)
        .bind(u":f"_qs, fields.join(u','))
        .bind(u":r"_qs, request.reason)
        .bind(u":op"_qs, ctx.user().userId)
        .bind(u":now"_qs, ctx.nowMs);
    if (Status s = log.exec(); !s)
        return s.error();

    ReceiptDraft draft;
    draft.serial = *serial;
    draft.business = u"unit_change"_qs;
    draft.businessLabel = u"单位信息变更"_qs;
    draft.object = u"unit:"_qs + unit->unitAccount;
    draft.line(u"单位账号"_qs, unit->unitAccount);
    draft.line(u"单位名称"_qs, wanted->value(u"name"_qs, unit->name));
    QJsonArray receiptChanges;
    for (const Detail &d : kDetails) {
        const QString f = QString::fromLatin1(d.field);
        if (!fields.contains(f))
            continue;
        const QString before = masked(d.mask, today->value(f), true);
        const QString after = masked(d.mask, wanted->value(f), true);
        receiptChanges.append(QJsonObject{{u"field"_qs, f}, {u"before"_qs, before}, {u"after"_qs, after}});
        draft.line(QString::fromUtf8(d.label), (before.isEmpty() ? u"—"_qs : before) + u" → "_qs + after);
    }
    draft.line(u"变更原因"_qs, request.reason);
    draft.fields = QJsonObject{{u"unitAccount"_qs, unit->unitAccount}, {u"changes"_qs, receiptChanges}};
    auto receipt = issueReceipt(ctx, draft);
    if (!receipt)
        return receipt.error();
    if (Status s = ctx.audit(u"units.change"_qs, draft.object, u"ok"_qs, auditShape(*today, fields),
                             auditShape(*wanted, fields));
        !s)
        return s.error();
    return ChangeResult{*serial, u"unitAccount"_qs, unit->unitAccount, changes, *receipt};
}

Result<QJsonObject> unitChanges(ServiceContext &ctx, const QString &unitAccount)
{
    auto unit = findUnitByAccount(ctx, unitAccount);
    if (!unit)
        return unit.error();
    if (Status s = ctx.checkBranch(unit->branchId); !s)
        return s.error();
    Query q(ctx.db,
            u"SELECT c.serial, c.created_at, c.fields, us.username FROM detail_changes c JOIN users us "
            "ON us.id = c.operator_id WHERE c.unit_id = :u AND c.kind = 'unit' ORDER BY c.id DESC"_qs);
    q.bind(u":u"_qs, unit->id);
    if (Status s = q.exec(); !s)
        return s.error();
    QJsonArray items;
    while (q.next()) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(q.int64(1)).toLocalTime();
        items.append(QJsonObject{{u"serial"_qs, q.str(0)},
                                 {u"at"_qs, at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODate)},
                                 {u"fields"_qs, QJsonArray::fromStringList(q.str(2).split(u','))},
                                 {u"operator"_qs, q.str(3)}});
    }
    return QJsonObject{{u"items"_qs, items}};
}

} // namespace hpf::server
