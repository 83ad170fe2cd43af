#include "judicial/request.h"

#include "domain/codetables.h"
#include "domain/money.h"
#include "finance/policy.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace hpf::judicial {
namespace {

const QString kInvalid = QStringLiteral("judicial.invalid");

struct TypeName
{
    RequestType type;
    const char16_t *code;
};
constexpr TypeName kTypes[] = {{RequestType::Query, u"query"},
                               {RequestType::Freeze, u"freeze"},
                               {RequestType::Renew, u"renew"},
                               {RequestType::Unfreeze, u"unfreeze"},
                               {RequestType::Deduct, u"deduct"}};

struct KindName
{
    DocumentKind kind;
    const char16_t *code;
};
constexpr KindName kKinds[] = {{DocumentKind::Judgment, u"judgment"},
                               {DocumentKind::Mediation, u"mediation"},
                               {DocumentKind::PaymentOrder, u"payment_order"},
                               {DocumentKind::Other, u"other"}};

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// Strict field reader: the first problem wins and names the field's path.
struct Reader
{
    QJsonObject object;
    QString path; // "officers[1]." or ""
    std::optional<Error> *error;

    void fail(const QString &key, const QString &detail) const
    {
        if (!*error)
            *error = makeError(kInvalid, path + key, detail);
    }
    void known(std::initializer_list<const char *> keys) const
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool found = false;
            for (const char *k : keys)
                found = found || it.key() == QLatin1String(k);
            if (!found)
                fail(it.key(), QStringLiteral("unknown field"));
        }
    }
    QString string(const char *key, int maxLength = 100) const
    {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isString())
            fail(QLatin1String(key), QStringLiteral("a string is required"));
        else if (v.toString().size() > maxLength)
            fail(QLatin1String(key), QStringLiteral("longer than %1 characters").arg(maxLength));
        return v.toString().trimmed();
    }
    QDate date(const char *key) const
    {
        const QString text = string(key, 10);
        if (text.isEmpty())
            return {};
        // Qt's ISO reader also takes other separators ("2026/12/04"): the shape is checked first
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!shape.match(text).hasMatch() || !d.isValid())
            fail(QLatin1String(key), QStringLiteral("expected a date YYYY-MM-DD"));
        return d;
    }
    qint64 fen(const char *key) const
    {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isUndefined())
            return 0;
        // toInteger: only a JSON number that is an exact integer within qint64, else -1
        const qint64 fen = v.isDouble() ? v.toInteger(-1) : -1;
        if (fen < 0 || fen > money::kMaximumFen) {
            fail(QLatin1String(key),
                 QStringLiteral("an amount in fen from 0 to %1 is required").arg(money::kMaximumFen));
            return 0;
        }
        return fen;
    }
    bool boolean(const char *key) const
    {
        const QJsonValue v = object.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isBool())
            fail(QLatin1String(key), QStringLiteral("true or false is required"));
        return v.toBool();
    }
    Reader child(const char *key) const
    {
        const QJsonValue v = object.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isObject())
            fail(QLatin1String(key), QStringLiteral("an object is required"));
        return Reader{v.toObject(), path + QLatin1String(key) + u'.', error};
    }
};

CourtDocument readDocument(const Reader &r)
{
    r.known({"number", "date"});
    return {r.string("number", 60), r.date("date")};
}

Party readParty(const Reader &r)
{
    r.known({"name", "idNumber", "address", "unitName"});
    return {r.string("name", 60), r.string("idNumber", 30), r.string("address", 200),
            r.string("unitName", 100)};
}

QJsonObject documentJson(const CourtDocument &d)
{
    return {{QStringLiteral("number"), d.number}, {QStringLiteral("date"), dateText(d.date)}};
}

QJsonObject partyJson(const Party &p)
{
    QJsonObject o{{QStringLiteral("name"), p.name}, {QStringLiteral("idNumber"), p.idNumber}};
    // address and unit stay even without name and id: the risk rules compare them
    if (!p.address.isEmpty())
        o.insert(QStringLiteral("address"), p.address);
    if (!p.unitName.isEmpty())
        o.insert(QStringLiteral("unitName"), p.unitName);
    return o;
}

Error required(const QString &field)
{
    return makeError(QStringLiteral("judicial.field_required"), field);
}

} // namespace

QString typeCode(RequestType type)
{
    for (const TypeName &t : kTypes)
        if (t.type == type)
            return QString::fromUtf16(t.code);
    return {};
}

std::optional<RequestType> typeFromCode(QStringView code)
{
    for (const TypeName &t : kTypes)
        if (code == QStringView(t.code))
            return t.type;
    return std::nullopt;
}

QString documentKindCode(DocumentKind kind)
{
    for (const KindName &k : kKinds)
        if (k.kind == kind)
            return QString::fromUtf16(k.code);
    return {};
}

std::optional<DocumentKind> documentKindFromCode(QStringView code)
{
    for (const KindName &k : kKinds)
        if (code == QStringView(k.code))
            return k.kind;
    return std::nullopt;
}

const QStringList &unfreezeGrounds()
{
    static const QStringList grounds{QStringLiteral("debt_paid"), QStringLiteral("guarantee"),
                                     QStringLiteral("withdrawn"), QStringLiteral("case_closed"),
                                     QStringLiteral("other")};
    return grounds;
}

QString normalizeCaseNumber(QStringView input)
{
    QString out;
    out.reserve(input.size());
    for (QChar c : input) {
        if (c.isSpace())
            continue;
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19) // full-width digits
            c = QChar(u'0' + (c.unicode() - 0xFF10));
        else if (c == u'(' || c == u'〔' || c == u'[')
            c = QChar(0xFF08); // （
        else if (c == u')' || c == u'〕' || c == u']')
            c = QChar(0xFF09); // ）
        out.append(c);
    }
    return out;
}

Result<QString> caseCourtPart(QStringView normalizedCaseNumber)
{
    // （year）court-part type-part number 号: the court part is a province character and digits
    // (京0105, 京01, 京) or 最高法; the type part is Chinese characters (执, 执保, 执恢…).
    static const QRegularExpression re(
        QStringLiteral("^（(\\d{4})）(最高法|\\p{Han}\\d{0,4})(\\p{Han}{1,4})(\\d{1,6})号$"));
    const auto m = re.match(normalizedCaseNumber.toString());
    if (!m.hasMatch())
        return makeError(QStringLiteral("judicial.case_number"), QStringLiteral("caseNumber"),
                         QStringLiteral("expected a 案号 like （2026）京0105执1234号"));
    return m.captured(2);
}

namespace {

// Written only when set: a form without a chosen freeze round-trips to judicial.hold_required.
void insertHoldId(QJsonObject &j, qint64 holdId)
{
    if (holdId > 0)
        j.insert(QStringLiteral("holdId"), QString::number(holdId));
}

} // namespace

QJsonObject toJson(const Request &r)
{
    QJsonArray officers;
    for (const Officer &o : r.officers)
        officers.append(QJsonObject{{QStringLiteral("name"), o.name},
                                    {QStringLiteral("workCard"), o.workCard},
                                    {QStringLiteral("dutyCard"), o.dutyCard}});
    QJsonObject j{{QStringLiteral("type"), typeCode(r.type)},
                  {QStringLiteral("courtCode"), r.courtCode},
                  {QStringLiteral("caseNumber"), r.caseNumber},
                  {QStringLiteral("ruling"), documentJson(r.ruling)},
                  {QStringLiteral("notice"), documentJson(r.notice)},
                  {QStringLiteral("officers"), officers}};
    if (!r.accountNumber.isEmpty())
        j.insert(QStringLiteral("accountNumber"), r.accountNumber);
    if (r.debtor != Party())
        j.insert(QStringLiteral("debtor"), partyJson(r.debtor));
    switch (r.type) {
    case RequestType::Query:
        break;
    case RequestType::Freeze:
        j.insert(QStringLiteral("wholeBalance"), r.wholeBalance);
        if (!r.wholeBalance)
            j.insert(QStringLiteral("amountFen"), r.amountFen);
        j.insert(QStringLiteral("startDate"), dateText(r.startDate));
        j.insert(QStringLiteral("endDate"), dateText(r.endDate));
        break;
    case RequestType::Renew:
        insertHoldId(j, r.holdId);
        j.insert(QStringLiteral("newEndDate"), dateText(r.newEndDate));
        break;
    case RequestType::Unfreeze:
        insertHoldId(j, r.holdId);
        j.insert(QStringLiteral("amountFen"), r.amountFen);
        j.insert(QStringLiteral("grounds"), r.grounds);
        if (!r.groundsText.isEmpty())
            j.insert(QStringLiteral("groundsText"), r.groundsText);
        break;
    case RequestType::Deduct:
        insertHoldId(j, r.holdId);
        j.insert(QStringLiteral("amountFen"), r.amountFen);
        j.insert(QStringLiteral("courtOrdered"), r.courtOrdered);
        if (!r.withdrawalCondition.isEmpty())
            j.insert(QStringLiteral("withdrawalCondition"), r.withdrawalCondition);
        j.insert(QStringLiteral("payee"), QJsonObject{{QStringLiteral("bank"), r.payee.bank},
                                                      {QStringLiteral("name"), r.payee.name},
                                                      {QStringLiteral("account"), r.payee.account}});
        j.insert(QStringLiteral("caseCause"), r.caseCause);
        j.insert(QStringLiteral("documentKind"), documentKindCode(r.documentKind));
        if (r.filedOn.isValid())
            j.insert(QStringLiteral("filedOn"), dateText(r.filedOn));
        if (r.creditor != Party())
            j.insert(QStringLiteral("creditor"), partyJson(r.creditor));
        break;
    }
    return j;
}

Result<Request> fromJson(const QJsonObject &json)
{
    std::optional<Error> error;
    const Reader r{json, QString(), &error};
    r.known({"type",   "accountNumber", "debtor",       "courtCode",   "caseNumber",   "ruling",
             "notice", "officers",      "wholeBalance", "amountFen",   "startDate",    "endDate",
             "holdId", "newEndDate",    "grounds",      "groundsText", "courtOrdered", "withdrawalCondition",
             "payee",  "caseCause",     "documentKind", "filedOn",     "creditor"});
    Request out;
    const QString type = r.string("type", 20);
    if (auto t = typeFromCode(type))
        out.type = *t;
    else
        r.fail(QStringLiteral("type"), QStringLiteral("expected query, freeze, renew, unfreeze or deduct"));
    out.accountNumber = r.string("accountNumber", 20);
    out.debtor = readParty(r.child("debtor"));
    out.courtCode = r.string("courtCode", 16);
    out.caseNumber = normalizeCaseNumber(r.string("caseNumber", 60));
    out.ruling = readDocument(r.child("ruling"));
    out.notice = readDocument(r.child("notice"));
    const QJsonValue officers = json.value(QLatin1String("officers"));
    if (!officers.isUndefined() && !officers.isArray())
        r.fail(QStringLiteral("officers"), QStringLiteral("an array is required"));
    const QJsonArray list = officers.toArray();
    if (list.size() > 4)
        r.fail(QStringLiteral("officers"), QStringLiteral("at most 4 officers"));
    for (qsizetype i = 0; i < list.size() && i < 4; ++i) {
        const QString p = QStringLiteral("officers[%1]").arg(i);
        if (!list.at(i).isObject()) {
            r.fail(p, QStringLiteral("an object is required"));
            continue;
        }
        const Reader o{list.at(i).toObject(), p + u'.', &error};
        o.known({"name", "workCard", "dutyCard"});
        out.officers.append({o.string("name", 60), o.string("workCard", 40), o.string("dutyCard", 40)});
    }
    out.wholeBalance = r.boolean("wholeBalance");
    out.amountFen = r.fen("amountFen");
    out.startDate = r.date("startDate");
    out.endDate = r.date("endDate");
    const QString holdId = r.string("holdId", 20);
    if (!holdId.isEmpty()) {
        bool ok = false;
        out.holdId = holdId.toLongLong(&ok);
        if (!ok || out.holdId <= 0)
            r.fail(QStringLiteral("holdId"), QStringLiteral("expected a hold id"));
    }
    out.newEndDate = r.date("newEndDate");
    out.grounds = r.string("grounds", 20);
    out.groundsText = r.string("groundsText", 500);
    out.courtOrdered = r.boolean("courtOrdered");
    out.withdrawalCondition = r.string("withdrawalCondition", 4);
    const Reader payee = r.child("payee");
    payee.known({"bank", "name", "account"});
    out.payee = {payee.string("bank", 100), payee.string("name", 100), payee.string("account", 40)};
    out.caseCause = r.string("caseCause", 60);
    const QString kind = r.string("documentKind", 20);
    if (auto k = documentKindFromCode(kind))
        out.documentKind = *k;
    else if (!kind.isEmpty())
        r.fail(QStringLiteral("documentKind"),
               QStringLiteral("expected judgment, mediation, payment_order or other"));
    out.filedOn = r.date("filedOn");
    out.creditor = readParty(r.child("creditor"));
    if (error)
        return *error;
    return out;
}

Status validate(const Request &r, QDate today, const finance::Policy &policy)
{
    const finance::JudicialPolicy &judicial = policy.judicial();
    if (r.courtCode.isEmpty())
        return required(QStringLiteral("courtCode"));
    if (!judicial.court(r.courtCode))
        return makeError(QStringLiteral("judicial.court_unknown"), QStringLiteral("courtCode"),
                         QStringLiteral("not a court of the policy's list"));
    if (r.caseNumber.isEmpty())
        return required(QStringLiteral("caseNumber"));
    auto court = caseCourtPart(normalizeCaseNumber(r.caseNumber));
    if (!court)
        return court.error();
    if (*court != r.courtCode)
        return makeError(QStringLiteral("judicial.case_number"), QStringLiteral("caseNumber"),
                         QStringLiteral("the 案号 names another court"));
    if (r.type != RequestType::Query) {
        for (const auto &[doc, name] : {std::pair{&r.ruling, "ruling"}, std::pair{&r.notice, "notice"}}) {
            const QString n = QLatin1String(name);
            if (doc->number.isEmpty())
                return required(n + QStringLiteral(".number"));
            if (!doc->date.isValid())
                return required(n + QStringLiteral(".date"));
            if (doc->date > today)
                return makeError(QStringLiteral("judicial.document_date"), n + QStringLiteral(".date"),
                                 QStringLiteral("dated after today"));
        }
        if (r.notice.date < r.ruling.date)
            return makeError(QStringLiteral("judicial.document_date"), QStringLiteral("notice.date"),
                             QStringLiteral("the notice is dated before the ruling"));
    } else if (!r.notice.date.isValid()) {
        return required(QStringLiteral("notice.date"));
    }
    if (r.officers.size() != 2)
        return makeError(QStringLiteral("judicial.officers"), QStringLiteral("officers"),
                         QStringLiteral("two officers, each with 工作证 and 执行公务证"));
    for (qsizetype i = 0; i < r.officers.size(); ++i) {
        const Officer &o = r.officers.at(i);
        const QString p = QStringLiteral("officers[%1].").arg(i);
        if (o.name.isEmpty())
            return required(p + QStringLiteral("name"));
        if (o.workCard.isEmpty())
            return required(p + QStringLiteral("workCard"));
        if (o.dutyCard.isEmpty())
            return required(p + QStringLiteral("dutyCard"));
    }
    if (r.accountNumber.isEmpty() && (r.debtor.name.isEmpty() || r.debtor.idNumber.isEmpty()))
        return required(QStringLiteral("accountNumber"));
    const int months = policy.freezeLimits().maxMonthsPerPeriod;
    const auto holdRequired = [&]() -> Status {
        if (r.holdId <= 0)
            return makeError(QStringLiteral("judicial.hold_required"), QStringLiteral("holdId"));
        return {};
    };
    switch (r.type) {
    case RequestType::Query:
        return {};
    case RequestType::Freeze:
        if (!r.wholeBalance && (r.amountFen <= 0 || r.amountFen > money::kMaximumFen))
            return makeError(QStringLiteral("judicial.amount_invalid"), QStringLiteral("amountFen"));
        if (!r.startDate.isValid())
            return required(QStringLiteral("startDate"));
        if (!r.endDate.isValid())
            return required(QStringLiteral("endDate"));
        if (r.endDate < r.startDate)
            return makeError(QStringLiteral("judicial.period_invalid"), QStringLiteral("endDate"),
                             QStringLiteral("ends before it starts"));
        if (r.endDate < today)
            return makeError(QStringLiteral("judicial.end_in_past"), QStringLiteral("endDate"));
        if (r.endDate > r.startDate.addMonths(months))
            return makeError(QStringLiteral("judicial.period_too_long"), QStringLiteral("endDate"),
                             QStringLiteral("at most %1 months").arg(months));
        return {};
    case RequestType::Renew:
        // The length of a renewal counts from the freeze's current end (民诉法解释 第四百八十五条:
        // the same maximum per renewal), which only the stored hold knows: finance::AccountHolds
        // checks it (hold.renew_not_later, hold.renew_too_long).
        if (Status s = holdRequired(); !s)
            return s;
        if (!r.newEndDate.isValid())
            return required(QStringLiteral("newEndDate"));
        if (r.newEndDate < today)
            return makeError(QStringLiteral("judicial.end_in_past"), QStringLiteral("newEndDate"));
        return {};
    case RequestType::Unfreeze:
        if (Status s = holdRequired(); !s)
            return s;
        if (r.amountFen < 0 || r.amountFen > money::kMaximumFen)
            return makeError(QStringLiteral("judicial.amount_invalid"), QStringLiteral("amountFen"));
        if (!unfreezeGrounds().contains(r.grounds))
            return makeError(QStringLiteral("judicial.grounds"), QStringLiteral("grounds"));
        if (r.grounds == u"other" && r.groundsText.isEmpty())
            return required(QStringLiteral("groundsText"));
        return {};
    case RequestType::Deduct:
        if (Status s = holdRequired(); !s)
            return s;
        if (r.amountFen <= 0 || r.amountFen > money::kMaximumFen)
            return makeError(QStringLiteral("judicial.amount_invalid"), QStringLiteral("amountFen"));
        if (!r.courtOrdered && r.withdrawalCondition.isEmpty())
            return makeError(QStringLiteral("judicial.deduct_basis"), QStringLiteral("withdrawalCondition"),
                             QStringLiteral("a recorded withdrawal condition or the court's explicit order"));
        if (!r.withdrawalCondition.isEmpty() && !codes::withdrawalReasons().contains(r.withdrawalCondition))
            return makeError(QStringLiteral("judicial.deduct_basis"), QStringLiteral("withdrawalCondition"),
                             QStringLiteral("not a 提取原因 code"));
        if (r.payee.bank.isEmpty())
            return required(QStringLiteral("payee.bank"));
        if (r.payee.name.isEmpty())
            return required(QStringLiteral("payee.name"));
        if (r.payee.account.isEmpty())
            return required(QStringLiteral("payee.account"));
        return {};
    }
    return {};
}

} // namespace hpf::judicial
