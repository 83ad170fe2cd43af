#include "business/transfer/incityservice.h"

#include "business/transfer/transferschema.h"
#include "domain/accountnumber.h"
#include "domain/identity.h"
#include "platform/context.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace hpf::server {

namespace {

Result<QString> accountNumberOf(const QString &text, accountnumber::Kind kind, const QString &field)
{
    auto n = accountnumber::parse(text, kind, field);
    if (!n)
        return n.error();
    return n->number;
}

// A unit named by the request; unit.not_found names the request's field.
Result<UnitRow> unitOf(ServiceContext &ctx, const QString &unitAccount, const QString &field)
{
    auto unit = findUnitByAccount(ctx, unitAccount);
    if (!unit && unit.error().code == u"unit.not_found")
        return makeError(unit.error().code, field);
    return unit;
}

QJsonObject rowError(int row, const QString &field, const QString &code)
{
    return {{u"row"_qs, row}, {u"field"_qs, field}, {u"code"_qs, code}};
}

} // namespace

QJsonObject InCityResult::toJson() const
{
    return {{u"serial"_qs, serial},
            {u"kind"_qs, kind},
            {u"from"_qs, moved.from.toJson()},
            {u"to"_qs, moved.to.toJson()},
            {u"fromUnit"_qs, unitRefJson(fromUnit)},
            {u"toUnit"_qs, unitRefJson(toUnit)},
            {u"principalFen"_qs, moved.principalFen},
            {u"interestFen"_qs, moved.interestFen},
            {u"amountFen"_qs, moved.amountFen},
            {u"valueDate"_qs, valueDate},
            {u"receipt"_qs, receipt}};
}

void addMoveLines(ReceiptDraft &draft, const Moved &moved, const UnitRow &fromUnit, const UnitRow &toUnit)
{
    draft.line(u"姓名"_qs, identity::maskName(moved.from.name));
    draft.line(u"证件号码"_qs, identity::maskNumber(moved.from.documentNumber));
    draft.line(u"原个人账号"_qs, moved.from.accountNumber);
    draft.line(u"原单位账号"_qs, fromUnit.unitAccount);
    draft.line(u"原单位名称"_qs, fromUnit.name);
    draft.line(u"现个人账号"_qs, moved.to.accountNumber);
    draft.line(u"现单位账号"_qs, toUnit.unitAccount);
    draft.line(u"现单位名称"_qs, toUnit.name);
}

Status checkInCity(ServiceContext &, const InCityRequest &request)
{
    if (auto n = accountNumberOf(request.accountNumber, accountnumber::Kind::Personal, u"accountNumber"_qs);
        !n)
        return n.error();
    if (auto u = accountNumberOf(request.toUnitAccount, accountnumber::Kind::Unit, u"toUnitAccount"_qs); !u)
        return u.error();
    return {};
}

Result<InCityResult> transferInCity(ServiceContext &ctx, const InCityRequest &request)
{
    auto number = accountNumberOf(request.accountNumber, accountnumber::Kind::Personal, u"accountNumber"_qs);
    if (!number)
        return number.error();
    auto toNumber = accountNumberOf(request.toUnitAccount, accountnumber::Kind::Unit, u"toUnitAccount"_qs);
    if (!toNumber)
        return toNumber.error();
    auto source = findAccount(ctx, *number, true);
    if (!source)
        return source.error();
    auto toUnit = unitOf(ctx, *toNumber, u"toUnitAccount"_qs);
    if (!toUnit)
        return toUnit.error();
    if (Status s = checkSource(ctx, *source, u"accountNumber"_qs); !s)
        return s.error();
    if (Status s = checkReceivingUnit(ctx, *source, *toUnit); !s)
        return s.error();
    auto fromUnit = findUnitByAccount(ctx, source->unitAccount);
    if (!fromUnit)
        return fromUnit.error();
    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();
    Move move;
    move.kind = MoveKind::InCity;
    move.serial = *serial;
    move.toUnit = &*toUnit;
    move.memo = request.memo;
    auto moved = moveAccount(ctx, *source, move);
    if (!moved)
        return moved.error();

    InCityResult result{*serial,   u"in_city"_qs, *moved,
                        *fromUnit, *toUnit,       ctx.now.toLocalTime().date().toString(Qt::ISODate),
                        {}};
    ReceiptDraft draft;
    draft.serial = *serial;
    draft.business = u"in_city_transfer"_qs;
    draft.businessLabel = u"市内转移"_qs;
    draft.object = u"account:"_qs + moved->from.accountNumber;
    draft.fields = QJsonObject{{u"name"_qs, identity::maskName(moved->from.name)},
                               {u"documentNumber"_qs, identity::maskNumber(moved->from.documentNumber)},
                               {u"fromAccount"_qs, moved->from.accountNumber},
                               {u"toAccount"_qs, moved->to.accountNumber},
                               {u"fromUnit"_qs, unitRefJson(*fromUnit)},
                               {u"toUnit"_qs, unitRefJson(*toUnit)},
                               {u"principalFen"_qs, moved->principalFen},
                               {u"interestFen"_qs, moved->interestFen},
                               {u"amountFen"_qs, moved->amountFen},
                               {u"memo"_qs, request.memo}};
    addMoveLines(draft, *moved, *fromUnit, *toUnit);
    draft.line(u"备注"_qs, request.memo);
    draft.amounts.append(amount(u"转移本金"_qs, moved->principalFen));
    draft.amounts.append(amount(u"转移利息"_qs, moved->interestFen));
    draft.amounts.append(amount(u"转移金额合计"_qs, moved->amountFen));
    auto receipt = issueReceipt(ctx, draft);
    if (!receipt)
        return receipt.error();
    result.receipt = *receipt;
    if (Status s = storeTransfer(ctx, *serial, result.kind, toUnit->branchId, result.toJson()); !s)
        return s.error();
    return result;
}

Status checkInCityBatch(ServiceContext &, const InCityBatchRequest &request)
{
    if (auto n = accountNumberOf(request.fromUnitAccount, accountnumber::Kind::Unit, u"fromUnitAccount"_qs);
        !n)
        return n.error();
    if (auto n = accountNumberOf(request.toUnitAccount, accountnumber::Kind::Unit, u"toUnitAccount"_qs); !n)
        return n.error();
    if (request.rows.isEmpty())
        return makeError(u"list.empty"_qs, u"rows"_qs);
    if (request.rows.size() > kMaxBatchRows)
        return makeError(
            u"list.too_many_rows"_qs, u"rows"_qs,
            QStringLiteral("at most %1 rows, got %2").arg(kMaxBatchRows).arg(request.rows.size()));
    return {};
}

Result<InCityBatchResult> transferInCityBatch(ServiceContext &ctx, const InCityBatchRequest &request,
                                              Refusal *refusal)
{
    if (Status s = checkInCityBatch(ctx, request); !s)
        return s.error();
    const QDate today = ctx.now.toLocalTime().date();
    auto fromUnit = unitOf(ctx, accountnumber::parse(request.fromUnitAccount)->number, u"fromUnitAccount"_qs);
    if (!fromUnit)
        return fromUnit.error();
    auto toUnit = unitOf(ctx, accountnumber::parse(request.toUnitAccount)->number, u"toUnitAccount"_qs);
    if (!toUnit)
        return toUnit.error();
    AccountRow underFromUnit;
    underFromUnit.unitId = fromUnit->id;
    if (Status s = checkReceivingUnit(ctx, underFromUnit, *toUnit); !s)
        return s.error();

    // Every row is judged first (0-based row numbers); nothing moves unless every row may.
    QJsonArray errors;
    QHash<QString, int> seen; // identity key → first row
    struct Resolved
    {
        int row = 0;
        qint64 accountId = 0;
    };
    QList<Resolved> resolved;
    Query find(ctx.db,
               u"SELECT a.id, p.name FROM accounts a JOIN persons p ON p.id = a.person_id WHERE "_qs +
                   identityKeySql(u"p"_qs) +
                   u" = :k AND a.unit_id = :u AND a.state NOT IN ('03', '04', '05') ORDER BY a.id"_qs);
    for (int i = 0; i < request.rows.size(); ++i) {
        const InCityBatchRow &row = request.rows.at(i);
        if (row.formatError) {
            errors.append(rowError(i, row.formatError->field, row.formatError->code));
            continue;
        }
        const auto type = identity::documentTypeFromCode(row.documentType);
        if (!type) {
            errors.append(rowError(i, u"documentType"_qs, u"identity.document_type"_qs));
            continue;
        }
        auto id = identity::parse(*type, row.documentNumber, today, u"documentNumber"_qs);
        if (!id) {
            errors.append(rowError(i, id.error().field, id.error().code));
            continue;
        }
        const QString key = identityKey(row.documentType, id->number);
        if (seen.contains(key)) {
            errors.append(rowError(i, u"documentNumber"_qs, u"transfer.duplicate_row"_qs));
            continue;
        }
        seen.insert(key, i);
        find.bind(u":k"_qs, key).bind(u":u"_qs, fromUnit->id);
        if (Status s = find.exec(); !s)
            return s.error();
        if (!find.next()) {
            errors.append(rowError(i, u"documentNumber"_qs, u"transfer.not_employee"_qs));
            continue;
        }
        const qint64 accountId = find.int64(0);
        const QString registered = find.str(1);
        find.finish();
        if (registered != row.name) {
            errors.append(rowError(i, u"name"_qs, u"transfer.name_mismatch"_qs));
            continue;
        }
        resolved.append({i, accountId});
    }

    // Rows locked in account id order, as every in-city business does: no deadlock on PostgreSQL.
    QList<Resolved> byId = resolved;
    std::sort(byId.begin(), byId.end(),
              [](const Resolved &a, const Resolved &b) { return a.accountId < b.accountId; });
    QHash<int, AccountRow> sources;
    for (const Resolved &r : byId) {
        auto account = findAccountById(ctx, r.accountId, true);
        if (!account)
            return account.error();
        if (Status s = checkSource(ctx, *account, u"documentNumber"_qs); !s) {
            errors.append(rowError(r.row, s.error().field, s.error().code));
            continue;
        }
        sources.insert(r.row, *account);
    }
    if (!errors.isEmpty()) {
        QList<QJsonValue> list(errors.begin(), errors.end());
        std::stable_sort(list.begin(), list.end(), [](const QJsonValue &a, const QJsonValue &b) {
            return a.toObject().value(u"row"_qs).toInt() < b.toObject().value(u"row"_qs).toInt();
        });
        QJsonArray sorted;
        for (const QJsonValue &v : list)
            sorted.append(v);
        if (refusal)
            *refusal = Refusal{{{u"rows"_qs, sorted}}, 422};
        return makeError(u"transfer.batch_rows"_qs, u"rows"_qs,
                         QStringLiteral("%1 of %2 rows refused; nothing was moved")
                             .arg(sorted.size())
                             .arg(request.rows.size()));
    }

    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();
    InCityBatchResult result;
    result.serial = *serial;
    ReceiptDraft draft;
    draft.serial = *serial;
    draft.business = u"in_city_batch"_qs;
    draft.businessLabel = u"批量市内转移"_qs;
    draft.object = u"unit:"_qs + fromUnit->unitAccount;
    draft.line(u"原单位账号"_qs, fromUnit->unitAccount);
    draft.line(u"原单位名称"_qs, fromUnit->name);
    draft.line(u"现单位账号"_qs, toUnit->unitAccount);
    draft.line(u"现单位名称"_qs, toUnit->name);
    draft.line(u"转移人数"_qs, QString::number(resolved.size()));
    for (const Resolved &r : resolved) {
        Move move;
        move.kind = MoveKind::InCity;
        move.serial = *serial;
        move.toUnit = &*toUnit;
        auto moved = moveAccount(ctx, sources.value(r.row), move);
        if (!moved)
            return moved.error();
        const QString name = identity::maskName(moved->from.name);
        result.items.append(QJsonObject{{u"row"_qs, r.row},
                                        {u"fromAccount"_qs, moved->from.accountNumber},
                                        {u"toAccount"_qs, moved->to.accountNumber},
                                        {u"name"_qs, name},
                                        {u"amountFen"_qs, moved->amountFen}});
        result.totalFen += moved->amountFen;
        draft.line(
            QStringLiteral("第%1行").arg(r.row + 1),
            QStringLiteral("%1 %2 → %3").arg(name, moved->from.accountNumber, moved->to.accountNumber));
    }
    draft.fields = QJsonObject{{u"fromUnit"_qs, unitRefJson(*fromUnit)},
                               {u"toUnit"_qs, unitRefJson(*toUnit)},
                               {u"count"_qs, result.items.size()},
                               {u"items"_qs, result.items},
                               {u"totalFen"_qs, result.totalFen}};
    draft.amounts.append(amount(u"转移金额合计"_qs, result.totalFen));
    auto receipt = issueReceipt(ctx, draft);
    if (!receipt)
        return receipt.error();
    result.receipt = *receipt;
    qCInfo(lcTransfer) << ctx.operation << fromUnit->unitAccount << "→" << toUnit->unitAccount
                       << result.items.size() << "accounts" << *serial;
    return result;
}

} // namespace hpf::server
