#include "api/withdrawals.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace hpf::client::api {

namespace {

const QString kBase = u"/api/v1/withdrawals"_qs;
const QString kInstructions = u"/api/v1/withdrawals/instructions"_qs;

// Money the server moved or reports is never negative.
qint64 amount(Reader &r, QStringView key)
{
    const qint64 fen = r.integer(key);
    if (fen < 0)
        r.invalid(key, u"negative"_qs);
    return fen;
}

bool isMonth(const QString &text)
{
    static const QRegularExpression shape(u"^\\d{4}-(0[1-9]|1[0-2])$"_qs);
    return shape.match(text).hasMatch();
}

QString month(Reader &r, QStringView key)
{
    const QString text = r.text(key);
    if (r.ok() && !isMonth(text))
        r.invalid(key, u"not a YYYY-MM month"_qs);
    return text;
}

QString oneOf(Reader &r, QStringView key, const QStringList &allowed)
{
    const QString value = r.id(key);
    if (r.ok() && !allowed.contains(value))
        r.invalid(key, u"unknown value"_qs);
    return value;
}

const QStringList &sources()
{
    static const QStringList list{u"property"_qs, u"bank_loan"_qs, u"marriage"_qs};
    return list;
}

void putText(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.trimmed().isEmpty())
        o.insert(key, value.trimmed());
}

void putFen(QJsonObject &o, const QString &key, const std::optional<qint64> &value)
{
    if (value)
        o.insert(key, *value);
}

ops::Request post(const QString &path, const QJsonObject &body, const QString &summary)
{
    return {QByteArrayLiteral("POST"), path, body, summary};
}

QJsonArray idArray(const QStringList &ids)
{
    QJsonArray array;
    for (const QString &id : ids) {
        if (!id.trimmed().isEmpty())
            array.append(id.trimmed());
    }
    return array;
}

} // namespace

bool WithdrawalEvidence::isEmpty() const
{
    return toJson().isEmpty();
}

QString WithdrawalEvidence::fingerprint() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

QJsonObject WithdrawalEvidence::toJson() const
{
    QJsonObject o;
    if (eventDate && eventDate->isValid())
        o.insert(u"eventDate"_qs, eventDate->toString(Qt::ISODate));
    putText(o, u"contractNumber"_qs, contractNumber);
    putFen(o, u"priceFen"_qs, priceFen);
    putText(o, u"propertyAddress"_qs, propertyAddress);
    putText(o, u"loanBank"_qs, loanBank);
    putText(o, u"loanContractNumber"_qs, loanContractNumber);
    putFen(o, u"loanOutstandingFen"_qs, loanOutstandingFen);
    putFen(o, u"loanMonthlyFen"_qs, loanMonthlyFen);
    putFen(o, u"monthlyRentFen"_qs, monthlyRentFen);
    if (heir) {
        QJsonObject h;
        putText(h, u"name"_qs, heir->name);
        putText(h, u"documentType"_qs, heir->documentType.isEmpty() ? u"01"_qs : heir->documentType);
        putText(h, u"documentNumber"_qs, withdrawals::normaliseDigits(heir->documentNumber).toUpper());
        putText(h, u"relation"_qs, heir->relation);
        o.insert(u"heir"_qs, h);
    }
    return o;
}

QJsonObject PayeeInput::toJson() const
{
    return {{u"bankCode"_qs, bankCode.trimmed()},
            {u"accountNumber"_qs, withdrawals::normaliseDigits(accountNumber)},
            {u"name"_qs, name.trimmed()}};
}

Payee Payee::read(Reader &r)
{
    Payee p;
    p.bankCode = r.id(u"bankCode");
    p.bankName = r.text(u"bankName");
    p.accountMasked = r.id(u"accountMasked");
    p.name = r.text(u"name");
    return p;
}

WithdrawalRuleVerdict WithdrawalRuleVerdict::read(Reader &r)
{
    WithdrawalRuleVerdict v;
    v.rule = r.id(u"rule");
    v.passed = r.boolean(u"passed");
    v.code = r.text(u"code");
    v.field = r.text(u"field");
    if (r.ok() && !v.passed && v.code.isEmpty())
        r.invalid(u"code", u"a refused rule without its code"_qs);
    return v;
}

const WithdrawalRuleVerdict *WithdrawalCheck::firstRefusal() const
{
    for (const WithdrawalRuleVerdict &v : rules) {
        if (!v.passed)
            return &v;
    }
    return nullptr;
}

Result<WithdrawalCheck> WithdrawalCheck::fromJson(const QJsonObject &json)
{
    Reader r(json);
    WithdrawalCheck c;
    c.accountNumber = r.id(u"accountNumber");
    c.type = r.id(u"type");
    c.typeName = r.text(u"typeName");
    c.reason = r.id(u"reason");
    c.closesAccount = r.boolean(u"closesAccount");
    Reader account = r.object(u"account");
    c.state = account.id(u"state");
    c.stateLabel = account.text(u"stateLabel");
    c.balanceFen = amount(account, u"balanceFen");
    c.availableFen = amount(account, u"availableFen");
    c.restricted = account.boolean(u"restricted");
    for (Reader &v : r.objects(u"rules"))
        c.rules.append(WithdrawalRuleVerdict::read(v));
    c.eligible = r.boolean(u"eligible");
    c.maxAmountFen = amount(r, u"maxAmountFen");
    c.interestFen = amount(r, u"interestFen");
    c.closingAmountFen = amount(r, u"closingAmountFen");
    c.grantAboveFen = amount(r, u"grantAboveFen");
    for (Reader &m : r.objects(u"materials")) {
        WithdrawalMaterial material{m.id(u"code"),
                                    m.text(u"name"),
                                    m.optionalText(u"nameEn"),
                                    m.boolean(u"required"),
                                    int(m.integer(u"minPages")),
                                    std::nullopt};
        if (!m.isNull(u"satisfiedBy")) {
            Reader s = m.object(u"satisfiedBy");
            material.satisfiedBy = SatisfiedBy{s.idOrNumber(u"answerId"), oneOf(s, u"source", sources())};
        }
        c.materials.append(material);
    }
    for (Reader &a : r.objects(u"sharedAnswers")) {
        c.sharedAnswers.append({a.idOrNumber(u"id"), oneOf(a, u"source", sources()), a.text(u"provider"),
                                a.boolean(u"found"), a.text(u"summary"), a.dateTime(u"fetchedAt")});
    }
    if (r.ok() && c.availableFen > c.balanceFen)
        account.invalid(u"availableFen", u"more than the balance"_qs);
    if (r.ok() && c.eligible != (c.firstRefusal() == nullptr))
        r.invalid(u"eligible", u"disagrees with the rules"_qs);
    if (r.ok() && c.closesAccount && c.closingAmountFen != c.balanceFen + c.interestFen)
        r.invalid(u"closingAmountFen", u"not balance + interest"_qs);
    if (!r.ok())
        return r.error();
    return c;
}

QStringList Withdrawal::satisfiedMaterials() const
{
    QStringList codes;
    for (const Material &m : materials) {
        if (!m.satisfiedBy.isEmpty())
            codes.append(m.code);
    }
    return codes;
}

Result<Withdrawal> Withdrawal::fromJson(const QJsonObject &json)
{
    Reader r(json);
    Withdrawal w;
    w.serial = r.id(u"serial");
    w.type = r.id(u"type");
    w.typeName = r.text(u"typeName");
    w.reason = r.id(u"reason");
    w.accountNumber = r.id(u"accountNumber");
    w.principalFen = amount(r, u"principalFen");
    w.interestFen = amount(r, u"interestFen");
    w.amountFen = amount(r, u"amountFen");
    w.balanceFen = amount(r, u"balanceFen");
    w.availableFen = amount(r, u"availableFen");
    w.closed = r.boolean(u"closed");
    w.closeReason = r.text(u"closeReason");
    w.valueDate = r.date(u"valueDate");
    Reader payee = r.object(u"payee");
    w.payee = Payee::read(payee);
    for (Reader &m : r.objects(u"materials")) {
        const QString code = m.id(u"code");
        const QString by = m.isNull(u"satisfiedBy") ? QString() : m.idOrNumber(u"satisfiedBy");
        w.materials.append({code, by});
    }
    Reader receipt = r.object(u"receipt");
    w.receipt = Receipt::read(receipt);
    if (r.ok() && w.amountFen != w.principalFen + w.interestFen)
        r.invalid(u"amountFen", u"not principal + interest"_qs);
    if (r.ok() && w.closed && (w.closeReason.isEmpty() || w.balanceFen != 0))
        r.invalid(u"closeReason", u"a closed account needs its reason and a zero balance"_qs);
    if (!r.ok())
        return r.error();
    return w;
}

Result<WithdrawalRefusal> WithdrawalRefusal::fromJson(const QJsonObject &json)
{
    Reader r(json);
    WithdrawalRefusal refusal;
    for (Reader &v : r.objects(u"rules"))
        refusal.rules.append(WithdrawalRuleVerdict::read(v));
    if (!r.ok())
        return r.error();
    return refusal;
}

Instruction Instruction::read(Reader &r)
{
    Instruction i;
    i.id = r.idOrNumber(u"id");
    i.accountNumber = r.id(u"accountNumber");
    i.status = oneOf(r, u"status", {u"active"_qs, u"suspended"_qs, u"ended"_qs});
    i.statusReason = r.text(u"statusReason");
    i.frequency = oneOf(r, u"frequency", {u"monthly"_qs, u"quarterly"_qs});
    i.amountFen = amount(r, u"amountFen");
    i.startMonth = month(r, u"startMonth");
    if (!r.isNull(u"endMonth"))
        i.endMonth = month(r, u"endMonth");
    i.nextDue = r.isNull(u"nextDue") ? std::nullopt : std::optional<QDate>(r.date(u"nextDue"));
    Reader payee = r.object(u"payee");
    i.payee = Payee::read(payee);
    i.createdAt = r.dateTime(u"createdAt");
    for (Reader &p : r.objects(u"payments", false)) {
        InstructionPayment payment;
        payment.dueOn = p.date(u"dueOn");
        payment.serial = p.isNull(u"serial") ? QString() : p.id(u"serial");
        payment.amountFen = amount(p, u"amountFen");
        payment.outcome = oneOf(p, u"outcome", {u"paid"_qs, u"skipped"_qs});
        payment.reason = p.text(u"reason");
        payment.at = p.dateTime(u"at");
        if (p.ok() && payment.outcome == u"paid" && payment.serial.isEmpty())
            p.invalid(u"serial", u"a paid instalment without its serial"_qs);
        i.payments.append(payment);
    }
    return i;
}

Result<InstructionAnswer> InstructionAnswer::fromJson(const QJsonObject &json)
{
    Reader r(json);
    InstructionAnswer a;
    Reader instruction = r.object(u"instruction");
    a.instruction = Instruction::read(instruction);
    if (r.hasObject(u"receipt")) {
        Reader receipt = r.object(u"receipt");
        a.receipt = Receipt::read(receipt);
    }
    if (!r.ok())
        return r.error();
    return a;
}

Result<InstructionList> InstructionList::fromJson(const QJsonObject &json)
{
    Reader r(json);
    InstructionList list;
    for (Reader &i : r.objects(u"items"))
        list.items.append(Instruction::read(i));
    if (!r.ok())
        return r.error();
    return list;
}

namespace withdrawals {

QString normaliseDigits(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace() || c == QChar(0x3000))
            continue;
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19) // full-width ０..９
            out.append(QChar(u'0' + (c.unicode() - 0xFF10)));
        else if (c.unicode() >= 0xFF21 && c.unicode() <= 0xFF3A) // full-width Ａ..Ｚ
            out.append(QChar(u'A' + (c.unicode() - 0xFF21)));
        else
            out.append(c);
    }
    return out;
}

ApiRequest checkRequest(const WithdrawalCheckQuery &q)
{
    QJsonObject body{{u"accountNumber"_qs, normaliseDigits(q.accountNumber)}, {u"type"_qs, q.type}};
    putFen(body, u"amountFen"_qs, q.amountFen);
    if (!q.evidence.isEmpty())
        body.insert(u"evidence"_qs, q.evidence.toJson());
    if (q.queryShared)
        body.insert(u"queryShared"_qs, true);
    return ApiRequest::search(kBase + u"/check"_qs, body);
}

void check(ApiClient *api, const WithdrawalCheckQuery &query, QObject *context,
           std::function<void(const Reply<WithdrawalCheck> &)> done)
{
    api::fetch<WithdrawalCheck>(api, checkRequest(query), context, &WithdrawalCheck::fromJson,
                                std::move(done));
}

ops::Request create(const WithdrawalApplication &a, const QString &summary)
{
    QJsonObject body{{u"accountNumber"_qs, normaliseDigits(a.accountNumber)},
                     {u"type"_qs, a.type},
                     {u"payee"_qs, a.payee.toJson()}};
    putFen(body, u"amountFen"_qs, a.amountFen);
    if (!a.evidence.isEmpty())
        body.insert(u"evidence"_qs, a.evidence.toJson());
    if (const QJsonArray ids = idArray(a.sharedAnswerIds); !ids.isEmpty())
        body.insert(u"sharedAnswerIds"_qs, ids);
    putText(body, u"memo"_qs, a.memo);
    return post(kBase, body, summary);
}

void get(ApiClient *api, const QString &serial, QObject *context,
         std::function<void(const Reply<Withdrawal> &)> done)
{
    api::fetch<Withdrawal>(api, ApiRequest::get(kBase + u'/' + segment(serial.trimmed())), context,
                           &Withdrawal::fromJson, std::move(done));
}

ops::Request instruct(const InstructionApplication &a, const QString &summary)
{
    QJsonObject body{{u"accountNumber"_qs, normaliseDigits(a.accountNumber)},
                     {u"frequency"_qs, a.frequency},
                     {u"amountFen"_qs, a.amountFen},
                     {u"startMonth"_qs, a.startMonth.trimmed()},
                     {u"payee"_qs, a.payee.toJson()}};
    putText(body, u"endMonth"_qs, a.endMonth);
    if (!a.evidence.isEmpty())
        body.insert(u"evidence"_qs, a.evidence.toJson());
    if (const QJsonArray ids = idArray(a.sharedAnswerIds); !ids.isEmpty())
        body.insert(u"sharedAnswerIds"_qs, ids);
    return post(kInstructions, body, summary);
}

ApiRequest instructionsRequest(const QString &accountNumber)
{
    return ApiRequest::search(kInstructions + u"/search"_qs,
                              {{u"accountNumber"_qs, normaliseDigits(accountNumber)}});
}

void instructions(ApiClient *api, const QString &accountNumber, QObject *context,
                  std::function<void(const Reply<InstructionList> &)> done)
{
    api::fetch<InstructionList>(api, instructionsRequest(accountNumber), context, &InstructionList::fromJson,
                                std::move(done));
}

void instruction(ApiClient *api, const QString &id, QObject *context,
                 std::function<void(const Reply<InstructionAnswer> &)> done)
{
    api::fetch<InstructionAnswer>(api, ApiRequest::get(kInstructions + u'/' + segment(id.trimmed())), context,
                                  &InstructionAnswer::fromJson, std::move(done));
}

ops::Request endInstruction(const QString &id, const QString &reason, const QString &summary)
{
    return post(kInstructions + u'/' + segment(id.trimmed()) + u"/end"_qs, {{u"reason"_qs, reason.trimmed()}},
                summary);
}

} // namespace withdrawals

} // namespace hpf::client::api
