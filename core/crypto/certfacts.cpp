#include "crypto/certfacts.h"

#include "crypto/sm3.h"
#include "domain/codetables.h"
#include "domain/money.h"

#include <QJsonObject>
#include <algorithm>

namespace hpf::crypto {

namespace {

constexpr quint16 key(CertificateField f)
{
    return quint16(f);
}
constexpr quint16 key(ExtraFact f)
{
    return quint16(f);
}

QString dateText(qint64 yyyymmdd)
{
    return QStringLiteral("%1-%2-%3")
        .arg(yyyymmdd / 10000, 4, 10, QLatin1Char('0'))
        .arg(yyyymmdd / 100 % 100, 2, 10, QLatin1Char('0'))
        .arg(yyyymmdd % 100, 2, 10, QLatin1Char('0'));
}

QString monthText(qint64 yyyymm)
{
    return QStringLiteral("%1-%2")
        .arg(yyyymm / 100, 4, 10, QLatin1Char('0'))
        .arg(yyyymm % 100, 2, 10, QLatin1Char('0'));
}

QString percentText(qint64 ppm)
{
    // 120000 ppm → "12%", 75000 → "7.5%"
    QString s = QString::number(double(ppm) / 10000.0, 'f', 4);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s + u'%';
}

QString loanRecordText(qint64 record, qint64 count)
{
    switch (LoanRecord(record)) {
    case LoanRecord::None:
        return QStringLiteral("无贷款记录");
    case LoanRecord::Outstanding:
        return QStringLiteral("有未结清的住房公积金贷款");
    case LoanRecord::Settled:
        return count >= 2 ? QStringLiteral("有两次以上（含两次）贷款记录且已还清")
                          : QStringLiteral("仅有一次贷款记录且已还清");
    }
    return QString();
}

std::optional<DisplayField> show(const CertificateFact &fact, const CertificateBody &body)
{
    if (fact.keys.isEmpty() || !body.contains(fact.keys.first()))
        return std::nullopt;
    const quint16 k = fact.keys.first();
    DisplayField f{fact.name, fact.label, {}, std::nullopt};
    const QCborValue v = body.value(k);
    if (fact.name == u"openedOn" || fact.name == u"lastSettledOn") {
        f.value = dateText(v.toInteger());
    } else if (fact.name == u"baseFen" || fact.name == u"monthlyDepositFen" || fact.name == u"balanceFen") {
        f.amountFen = v.toInteger();
        f.value = money::format(*f.amountFen);
    } else if (fact.name == u"ratios") {
        f.value = percentText(v.toInteger()) + u" / "_qs +
                  percentText(body.integer(key(ExtraFact::PersonalRatioPpm)).value_or(0));
    } else if (fact.name == u"accountState") {
        const QString code = QStringLiteral("%1").arg(v.toInteger(), 2, 10, QLatin1Char('0'));
        const QString label = codes::accountStates().label(code);
        f.value = label.isEmpty() ? code : label;
    } else if (fact.name == u"depositPeriod") {
        f.value = monthText(v.toInteger()) + u" 至 "_qs +
                  monthText(body.integer(key(CertificateField::DepositTo)).value_or(0));
    } else if (fact.name == u"loanRecord") {
        f.value = loanRecordText(v.toInteger(), body.integer(key(ExtraFact::LoanCount)).value_or(0));
    } else if (v.isInteger()) {
        f.value = QString::number(v.toInteger());
    } else {
        f.value = v.toString();
    }
    return f;
}

} // namespace

const QList<CertificateFact> &certificateFacts()
{
    using F = CertificateField;
    using E = ExtraFact;
    static const QList<CertificateFact> facts{
        {u"maskedName"_qs, u"姓名"_qs, {key(F::MaskedName)}},
        {u"maskedIdNumber"_qs, u"证件号码"_qs, {key(F::MaskedIdNumber)}},
        {u"accountNumber"_qs, u"个人账号"_qs, {key(F::AccountNumber)}},
        {u"maskedAccountNumber"_qs, u"个人账号"_qs, {key(F::MaskedAccountNumber)}},
        {u"unitName"_qs, u"单位名称"_qs, {key(F::UnitName)}},
        {u"openedOn"_qs, u"开户日期"_qs, {key(E::OpenedOn)}},
        {u"baseFen"_qs, u"缴存基数"_qs, {key(E::BaseFen)}},
        {u"ratios"_qs, u"缴存比例（单位/个人）"_qs, {key(E::UnitRatioPpm), key(E::PersonalRatioPpm)}},
        {u"monthlyDepositFen"_qs, u"月缴存额"_qs, {key(F::MonthlyDepositFen)}},
        {u"balanceFen"_qs, u"账户余额"_qs, {key(F::BalanceFen)}},
        {u"accountState"_qs, u"账户状态"_qs, {key(F::AccountState)}},
        {u"depositPeriod"_qs, u"缴存起止年月"_qs, {key(F::DepositFrom), key(F::DepositTo)}},
        {u"loanRecord"_qs, u"贷款记录"_qs, {key(F::LoanRecord), key(E::LoanCount)}},
        {u"lastSettledOn"_qs, u"贷款结清日期"_qs, {key(E::LastSettledOn)}},
        {u"loanCity"_qs, u"拟贷款城市"_qs, {key(F::LoanCity)}},
    };
    return facts;
}

const CertificateFact *findCertificateFact(QStringView name)
{
    for (const CertificateFact &f : certificateFacts()) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

bool factAllowedInCode(const CertificateFact &fact)
{
    return std::all_of(fact.keys.cbegin(), fact.keys.cend(),
                       [](quint16 k) { return certificateKeyAllowed(kCertificateBodyV2, k); });
}

CertificateBody codeBody(const CertificateBody &full, const QStringList &codeFacts)
{
    using F = CertificateField;
    QList<quint16> keep{key(F::Type), key(F::Number), key(F::Center), key(F::IssuedAt), key(F::ExpiresAt)};
    for (const QString &name : codeFacts) {
        if (const CertificateFact *fact = findCertificateFact(name))
            keep += fact->keys;
    }
    CertificateBody out;
    for (quint16 k : full.keys()) {
        if (!keep.contains(k))
            continue;
        const QCborValue v = full.value(k);
        if (v.isInteger())
            out.setInteger(k, v.toInteger());
        else if (v.isString())
            out.setText(k, v.toString());
        else
            out.setBytes(k, v.toByteArray());
    }
    return out;
}

QList<DisplayField> displayFields(const CertificateBody &body, const QStringList &factNames)
{
    QList<DisplayField> out;
    if (factNames.isEmpty()) {
        for (const CertificateFact &fact : certificateFacts()) {
            if (auto f = show(fact, body))
                out.append(*f);
        }
        return out;
    }
    for (const QString &name : factNames) {
        if (const CertificateFact *fact = findCertificateFact(name)) {
            if (auto f = show(*fact, body))
                out.append(*f);
        }
    }
    return out;
}

QJsonArray displayFieldsToJson(const QList<DisplayField> &fields)
{
    QJsonArray a;
    for (const DisplayField &f : fields) {
        QJsonObject o{{u"name"_qs, f.name}, {u"label"_qs, f.label}, {u"value"_qs, f.value}};
        if (f.amountFen)
            o.insert(u"amountFen"_qs, *f.amountFen);
        a.append(o);
    }
    return a;
}

QList<DisplayField> displayFieldsFromJson(const QJsonArray &array)
{
    QList<DisplayField> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        DisplayField f{o.value(u"name"_qs).toString(), o.value(u"label"_qs).toString(),
                       o.value(u"value"_qs).toString(), std::nullopt};
        if (o.contains(u"amountFen"_qs))
            f.amountFen = o.value(u"amountFen"_qs).toInteger();
        out.append(f);
    }
    return out;
}

QString certificateCheckValue(QStringView code)
{
    while (code.endsWith(u'\n') || code.endsWith(u'\r'))
        code.chop(1);
    return QString::fromLatin1(sm3(code.toUtf8()).toHex().left(16));
}

} // namespace hpf::crypto
