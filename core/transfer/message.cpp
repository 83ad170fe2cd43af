#include "transfer/message.h"

#include "crypto/signedjson.h"
#include "domain/codetables.h"
#include "domain/identity.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace hpf::transfer {

namespace {

const QString kInvalid = QStringLiteral("transfer.message_invalid");

Error invalid(const QString &field, const QString &detail)
{
    return makeError(kInvalid, field, detail);
}

bool asciiDigits(QStringView text, qsizetype size)
{
    if (text.size() != size)
        return false;
    for (QChar c : text)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

bool isCenterCode(QStringView text)
{
    return asciiDigits(text, 6);
}

// An unknown key is named (cut short: it came from outside) so the sender sees what it got wrong.
Status onlyKnownKeys(const QJsonObject &o, const QStringList &known)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return invalid(it.key().left(40), QStringLiteral("unknown field"));
    return {};
}

Result<QString> envelopeText(const QJsonObject &o, const QString &key, int max)
{
    const QJsonValue v = o.value(key);
    if (!v.isString() || v.toString().isEmpty() || v.toString().size() > max)
        return invalid(key, QStringLiteral("a string of 1 to %1 characters is required").arg(max));
    return v.toString();
}

Result<QString> centerField(const QJsonObject &o, const QString &key)
{
    auto text = envelopeText(o, key, 6);
    if (!text)
        return text;
    if (!isCenterCode(*text))
        return invalid(key, QStringLiteral("a 6-digit center code is required"));
    return text;
}

Result<QDateTime> sentAtField(const QJsonObject &o)
{
    const QString key = QStringLiteral("sentAt");
    auto text = envelopeText(o, key, 30);
    if (!text)
        return text.error();
    QDateTime at = QDateTime::fromString(*text, Qt::ISODateWithMs);
    if (!at.isValid() || !text->endsWith(u'Z'))
        return invalid(key, QStringLiteral("an ISO 8601 UTC time, e.g. 2026-12-04T09:30:00.000Z"));
    return at.toUTC();
}

Result<QString> uuidField(const QJsonObject &o, const QString &key)
{
    auto text = envelopeText(o, key, 36);
    if (!text)
        return text;
    const QUuid uuid = QUuid::fromString(*text);
    if (uuid.isNull() || *text != uuid.toString(QUuid::WithoutBraces))
        return invalid(key, QStringLiteral("a UUID in lower case without braces"));
    return text;
}

Status optionalKid(const QJsonObject &o)
{
    const QString key = QStringLiteral("kid");
    if (o.contains(key) && (!o.value(key).isString() || o.value(key).toString().size() > 64))
        return invalid(key, QStringLiteral("a key id string"));
    return {};
}

QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// ---- body fields ------------------------------------------------------------------------------

enum class Format {
    Text,    // 1..max characters, no control characters
    Center,  // 6-digit center code
    Letter,  // 联系函编号, must equal the envelope's letterNumber
    Date,    // YYYYMMDD
    Month,   // YYYYMM
    Amount,  // "1234.50"
    Flag,    // "1" yes / "2" no
    Count,   // 1..3 ASCII digits
    DocType, // code table document_type
    IdNum,   // a valid number of the body's DocType, written exactly as normalised
    Choice,  // one of `choices`
};

struct Field
{
    const char *name;
    Format format;
    bool required = true;
    int max = 0;           // Text: the longest accepted
    QStringList choices{}; // Choice
};

class BodyChecker
{
public:
    BodyChecker(const Message &message, const QJsonObject &body, QString prefix)
        : m_message(message)
        , m_body(body)
        , m_prefix(std::move(prefix))
    {}

    Status check(const QList<Field> &fields) const
    {
        for (const Field &f : fields)
            if (Status s = checkOne(f); !s)
                return s;
        return {};
    }

    QString text(const char *name) const { return m_body.value(QLatin1String(name)).toString(); }
    QString path(const char *name) const { return m_prefix + QLatin1String(name); }

private:
    Status checkOne(const Field &f) const
    {
        const QString key = QLatin1String(f.name);
        const QString field = path(f.name);
        if (!m_body.contains(key)) {
            if (f.required)
                return invalid(field, QStringLiteral("required for %1").arg(typeCode(m_message.type)));
            return {};
        }
        const QJsonValue v = m_body.value(key);
        if (!v.isString())
            return invalid(field, QStringLiteral("a string is required"));
        const QString s = v.toString();
        switch (f.format) {
        case Format::Text: {
            if (s.trimmed().isEmpty() || s.size() > f.max)
                return invalid(field, QStringLiteral("1 to %1 characters").arg(f.max));
            for (QChar c : s)
                if (c.category() == QChar::Other_Control)
                    return invalid(field, QStringLiteral("control characters are not allowed"));
            return {};
        }
        case Format::Center:
            return isCenterCode(s) ? Status() : invalid(field, QStringLiteral("a 6-digit center code"));
        case Format::Letter:
            if (s != m_message.letterNumber)
                return invalid(field, QStringLiteral("must equal the message's letterNumber"));
            return {};
        case Format::Date:
            if (!asciiDigits(s, 8) || !QDate::fromString(s, QStringLiteral("yyyyMMdd")).isValid())
                return invalid(field, QStringLiteral("a date YYYYMMDD"));
            return {};
        case Format::Month:
            if (!asciiDigits(s, 6) || !QDate::fromString(s + u"01", QStringLiteral("yyyyMMdd")).isValid())
                return invalid(field, QStringLiteral("a month YYYYMM"));
            return {};
        case Format::Amount:
            if (Result<qint64> a = parseAmount(s, field); !a)
                return a.error();
            return {};
        case Format::Flag:
            return s == u"1" || s == u"2" ? Status() : invalid(field, QStringLiteral("1 (yes) or 2 (no)"));
        case Format::Count:
            for (qsizetype n = 1; n <= 3; ++n)
                if (asciiDigits(s, n))
                    return {};
            return invalid(field, QStringLiteral("a count of 1 to 3 digits"));
        case Format::DocType:
            return codes::documentTypes().contains(s)
                       ? Status()
                       : invalid(field, QStringLiteral("a document_type code"));
        case Format::IdNum:
            return checkIdNumber(s, field);
        case Format::Choice:
            if (!f.choices.contains(s))
                return invalid(
                    field,
                    QStringLiteral("one of %1 for %2").arg(f.choices.join(u", "), typeCode(m_message.type)));
            return {};
        }
        return {};
    }

    // The number as the platform carries it: already normalised (no full-width digits, an upper
    // case X) and valid for the document type, as of the day the message was sent.
    Status checkIdNumber(const QString &s, const QString &field) const
    {
        const auto type = identity::documentTypeFromCode(text("DocType"));
        if (!type)
            return invalid(path("DocType"), QStringLiteral("a document_type code"));
        if (identity::normalize(s) != s)
            return invalid(field, QStringLiteral("half-width characters, upper-case X, no spaces"));
        // A day of slack: the sender's local date may be ahead of UTC.
        auto parsed = identity::parse(*type, s, m_message.sentAt.toUTC().date().addDays(1), field);
        if (!parsed)
            return invalid(field, parsed.error().code);
        if (parsed->number != s)
            return invalid(field, QStringLiteral("the 18-digit form is required"));
        return {};
    }

    const Message &m_message;
    const QJsonObject &m_body;
    QString m_prefix;
};

// The person fields of a 901 body (and of each 902 item).
QList<Field> applyPersonFields()
{
    return {{"EmpName", Format::Text, true, 60},
            {"DocType", Format::DocType},
            {"IdNum", Format::IdNum},
            {"SocUnitName", Format::Text, true, 100},
            {"SocRefAcctNo", Format::Text, true, 20},
            {"ContPhone", Format::Text, false, 20}};
}

// The centers' fields of a 901/902 body: who is asked and where the money goes.
QList<Field> applyCenterFields()
{
    return {{"ConNum", Format::Letter},
            {"TxFunc", Format::Choice, true, 0, {QStringLiteral("0")}},
            {"TranOutUnitNo", Format::Center},
            {"TranCenName", Format::Text, true, 100},
            {"TranRefAcctNo", Format::Text, true, 32},
            {"TranRefAcctName", Format::Text, true, 100},
            {"TranBank", Format::Text, true, 100},
            {"TrenCenInfo", Format::Text, true, 100},
            {"GenDate", Format::Date}};
}

constexpr int kMaxReason = 200;
constexpr int kMaxBatchItems = 500;

Status validateTransferOut(const Message &m, const BodyChecker &c)
{
    if (Status s =
            c.check({{"ConNum", Format::Letter},
                     {"TxFunc", Format::Choice, true, 0, {QStringLiteral("0"), QStringLiteral("1")}},
                     {"TranRstCode", Format::Choice, true, 0, {QStringLiteral("0"), QStringLiteral("1")}},
                     {"ContPhone", Format::Text, false, 20}});
        !s)
        return s;
    if (c.text("TranRstCode") == u"1") {
        // Refused (13) or failed (40): no money, a reason.
        return c.check({{"StatusCode", Format::Choice, true, 0, {QStringLiteral("13"), QStringLiteral("40")}},
                        {"Reason", Format::Text, true, kMaxReason}});
    }
    if (Status s = c.check({{"EmpName", Format::Text, true, 60},
                            {"DocType", Format::DocType},
                            {"IdNum", Format::IdNum},
                            {"OrAcctAmt", Format::Amount},
                            {"Yinter", Format::Amount},
                            {"TranAmt", Format::Amount},
                            {"OAcctDate", Format::Month},
                            {"PayEndDate", Format::Month},
                            {"SixMconFlag", Format::Flag},
                            {"LoanNum", Format::Count},
                            {"LoanEndFlag", Format::Flag},
                            {"FrLoanFlag", Format::Flag},
                            {"Reason", Format::Text, false, kMaxReason}});
        !s)
        return s;
    const qint64 principal = *parseAmount(c.text("OrAcctAmt"), {});
    const qint64 interest = *parseAmount(c.text("Yinter"), {});
    if (*parseAmount(c.text("TranAmt"), {}) != principal + interest)
        return invalid(c.path("TranAmt"), QStringLiteral("TranAmt must be OrAcctAmt + Yinter"));
    if (c.text("PayEndDate") < c.text("OAcctDate"))
        return invalid(c.path("PayEndDate"),
                       QStringLiteral("the last paid month is before the opening month"));
    Q_UNUSED(m);
    return {};
}

Status validateBatch(const Message &m, const BodyChecker &c)
{
    if (Status s = c.check(applyCenterFields()); !s)
        return s;
    const QJsonValue items = m.body.value(QLatin1String("Items"));
    if (!items.isArray() || items.toArray().isEmpty() || items.toArray().size() > kMaxBatchItems)
        return invalid(c.path("Items"), QStringLiteral("an array of 1 to %1 people").arg(kMaxBatchItems));
    const QJsonArray list = items.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString prefix = QStringLiteral("body.Items[%1].").arg(i);
        if (!list.at(i).isObject())
            return invalid(prefix.chopped(1), QStringLiteral("an object"));
        const QJsonObject item = list.at(i).toObject();
        if (Status s = BodyChecker(m, item, prefix).check(applyPersonFields()); !s)
            return s;
    }
    return {};
}

} // namespace

QString typeCode(MessageType type)
{
    switch (type) {
    case MessageType::Apply:
        return QStringLiteral("BDC901");
    case MessageType::BatchApply:
        return QStringLiteral("BDC902");
    case MessageType::Cancel:
        return QStringLiteral("BDC903");
    case MessageType::Progress:
        return QStringLiteral("BDC904");
    case MessageType::TransferOut:
        return QStringLiteral("BDC905");
    case MessageType::Confirm:
        return QStringLiteral("BDC906");
    case MessageType::CenterLookup:
        return QStringLiteral("BDC909");
    }
    return {};
}

std::optional<MessageType> typeFromCode(QStringView code)
{
    for (MessageType t :
         {MessageType::Apply, MessageType::BatchApply, MessageType::Cancel, MessageType::Progress,
          MessageType::TransferOut, MessageType::Confirm, MessageType::CenterLookup})
        if (typeCode(t) == code)
            return t;
    return std::nullopt;
}

QJsonObject toJson(const Message &m)
{
    QJsonObject o{{QStringLiteral("msgType"), typeCode(m.type)}, {QStringLiteral("messageId"), m.messageId},
                  {QStringLiteral("sender"), m.sender},          {QStringLiteral("receiver"), m.receiver},
                  {QStringLiteral("sentAt"), isoUtc(m.sentAt)},  {QStringLiteral("body"), m.body}};
    if (!m.letterNumber.isEmpty())
        o.insert(QStringLiteral("letterNumber"), m.letterNumber);
    return o;
}

QJsonObject toJson(const Reply &r)
{
    QJsonObject o{{QStringLiteral("inReplyTo"), r.inReplyTo},
                  {QStringLiteral("sender"), r.sender},
                  {QStringLiteral("receiver"), r.receiver},
                  {QStringLiteral("sentAt"), isoUtc(r.sentAt)},
                  {QStringLiteral("result"), r.ok ? QStringLiteral("ok") : QStringLiteral("refused")},
                  {QStringLiteral("body"), r.body}};
    if (!r.ok)
        o.insert(QStringLiteral("code"), r.code);
    return o;
}

Result<Message> readMessage(const QJsonObject &o)
{
    if (Status s = onlyKnownKeys(
            o, {QStringLiteral("msgType"), QStringLiteral("messageId"), QStringLiteral("sender"),
                QStringLiteral("receiver"), QStringLiteral("sentAt"), QStringLiteral("letterNumber"),
                QStringLiteral("body"), QStringLiteral("kid"), QStringLiteral("signature")});
        !s)
        return s.error();
    Message m;
    auto type = envelopeText(o, QStringLiteral("msgType"), 6);
    if (!type)
        return type.error();
    const auto t = typeFromCode(*type);
    if (!t)
        return invalid(QStringLiteral("msgType"), QStringLiteral("one of BDC901–906, BDC909"));
    m.type = *t;
    auto id = uuidField(o, QStringLiteral("messageId"));
    if (!id)
        return id.error();
    m.messageId = *id;
    auto sender = centerField(o, QStringLiteral("sender"));
    if (!sender)
        return sender.error();
    m.sender = *sender;
    auto receiver = centerField(o, QStringLiteral("receiver"));
    if (!receiver)
        return receiver.error();
    m.receiver = *receiver;
    auto sent = sentAtField(o);
    if (!sent)
        return sent.error();
    m.sentAt = *sent;
    const QString letterKey = QStringLiteral("letterNumber");
    if (m.type == MessageType::CenterLookup && !o.contains(letterKey)) {
        // A center lookup concerns no transfer.
    } else {
        const QJsonValue v = o.value(letterKey);
        if (!v.isString() || !isLetterNumber(v.toString()))
            return invalid(letterKey, QStringLiteral("a 16-digit 联系函编号 is required"));
        m.letterNumber = v.toString();
    }
    if (!o.value(QLatin1String("body")).isObject())
        return invalid(QStringLiteral("body"), QStringLiteral("an object is required"));
    m.body = o.value(QLatin1String("body")).toObject();
    if (Status s = optionalKid(o); !s)
        return s.error();
    return m;
}

Result<Reply> readReply(const QJsonObject &o)
{
    if (Status s = onlyKnownKeys(o, {QStringLiteral("inReplyTo"), QStringLiteral("sender"),
                                     QStringLiteral("receiver"), QStringLiteral("sentAt"),
                                     QStringLiteral("result"), QStringLiteral("code"), QStringLiteral("body"),
                                     QStringLiteral("kid"), QStringLiteral("signature")});
        !s)
        return s.error();
    Reply r;
    auto id = uuidField(o, QStringLiteral("inReplyTo"));
    if (!id)
        return id.error();
    r.inReplyTo = *id;
    auto sender = centerField(o, QStringLiteral("sender"));
    if (!sender)
        return sender.error();
    r.sender = *sender;
    auto receiver = centerField(o, QStringLiteral("receiver"));
    if (!receiver)
        return receiver.error();
    r.receiver = *receiver;
    auto sent = sentAtField(o);
    if (!sent)
        return sent.error();
    r.sentAt = *sent;
    auto result = envelopeText(o, QStringLiteral("result"), 10);
    if (!result)
        return result.error();
    static const QRegularExpression codePattern(QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+$"));
    if (*result == u"ok") {
        if (o.contains(QLatin1String("code")))
            return invalid(QStringLiteral("code"), QStringLiteral("only a refusal carries a code"));
    } else if (*result == u"refused") {
        r.ok = false;
        auto code = envelopeText(o, QStringLiteral("code"), 64);
        if (!code)
            return code.error();
        if (!codePattern.match(*code).hasMatch())
            return invalid(QStringLiteral("code"), QStringLiteral("an error code such as transfer.state"));
        r.code = *code;
    } else {
        return invalid(QStringLiteral("result"), QStringLiteral("ok or refused"));
    }
    if (!o.value(QLatin1String("body")).isObject())
        return invalid(QStringLiteral("body"), QStringLiteral("an object is required"));
    r.body = o.value(QLatin1String("body")).toObject();
    if (Status s = optionalKid(o); !s)
        return s.error();
    return r;
}

Status validateBody(const Message &m)
{
    const BodyChecker c(m, m.body, QStringLiteral("body."));
    switch (m.type) {
    case MessageType::Apply: {
        QList<Field> fields = applyCenterFields();
        fields.append(applyPersonFields());
        return c.check(fields);
    }
    case MessageType::BatchApply:
        return validateBatch(m, c);
    case MessageType::Cancel:
        return c.check({{"ConNum", Format::Letter}, {"Reason", Format::Text, false, kMaxReason}});
    case MessageType::Progress:
        return c.check({{"ConNum", Format::Letter}});
    case MessageType::TransferOut:
        return validateTransferOut(m, c);
    case MessageType::Confirm: {
        if (Status s =
                c.check({{"ConNum", Format::Letter},
                         {"TxFunc", Format::Choice, true, 0, {QStringLiteral("1"), QStringLiteral("2")}}});
            !s)
            return s;
        // Negotiation (TxFunc 1) says why; a completion may.
        return c.check({{"Reason", Format::Text, c.text("TxFunc") == u"1", kMaxReason}});
    }
    case MessageType::CenterLookup:
        return c.check({{"UnitNo", Format::Center, false}});
    }
    return invalid(QStringLiteral("msgType"), QStringLiteral("unknown message type"));
}

QByteArray canonicalBytes(QJsonObject object)
{
    return crypto::canonicalBytes(std::move(object));
}

Result<QJsonObject> sign(QJsonObject object, const crypto::Sm2Key &key)
{
    return crypto::signJson(std::move(object), key);
}

bool verify(const QJsonObject &object, const crypto::Sm2Key &publicKey)
{
    return crypto::verifyJson(object, publicKey);
}

QString letterNumber(const QString &centerCode, QDate date, int sequence)
{
    if (!isCenterCode(centerCode) || !date.isValid() || date.year() < 2000 || date.year() > 2099 ||
        sequence < 1 || sequence > 9999)
        return {};
    return centerCode + date.toString(QStringLiteral("yyMMdd")) +
           QStringLiteral("%1").arg(sequence, 4, 10, QChar(u'0'));
}

bool isLetterNumber(QStringView text)
{
    if (!asciiDigits(text, 16))
        return false;
    const QDate date = QDate::fromString(u"20" + text.mid(6, 6).toString(), QStringLiteral("yyyyMMdd"));
    return date.isValid() && text.mid(12, 4) != u"0000";
}

QString amountText(qint64 fen)
{
    const qint64 magnitude = fen < 0 ? -fen : fen;
    return QStringLiteral("%1%2.%3")
        .arg(fen < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QChar(u'0'));
}

Result<qint64> parseAmount(const QString &text, const QString &field)
{
    // ASCII digits only ([0-9], not \d: full-width digits are not the platform's), no sign, no
    // leading zeros, exactly two decimals, at most 13 integer digits (far below qint64's range).
    static const QRegularExpression pattern(QStringLiteral("^(0|[1-9][0-9]{0,12})\\.([0-9]{2})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return invalid(field, QStringLiteral("an amount in yuan with two decimals, e.g. 1234.50"));
    return match.captured(1).toLongLong() * 100 + match.captured(2).toLongLong();
}

} // namespace hpf::transfer
