// The "transfer" section of the policy (issue 16): the transfer platform's center directory, which
// transfers an open fund loan refuses, and the continuity the transfer-out data reports.
#include "policyloader.h"

#include <QSet>

namespace hpf::finance {

const TransferCenter *TransferPolicy::center(QStringView code) const
{
    for (const TransferCenter &c : centers)
        if (c.code == code)
            return &c;
    return nullptr;
}

Result<Policy> Policy::forCenter(const QString &code) const
{
    const TransferCenter *c = m_transfer.center(code);
    if (!c)
        return makeError(u"policy.invalid"_qs, u"center"_qs,
                         m_sourceName + u": center "_qs + code + u" is not in transfer.centers"_qs);
    Policy out = *this;
    out.m_centerCode = c->code;
    out.m_centerName = c->name;
    QJsonObject center = out.m_document.value(QLatin1String("center")).toObject();
    center.insert(u"code"_qs, c->code);
    center.insert(u"name"_qs, c->name);
    out.m_document.insert(u"center"_qs, center);
    return out;
}

bool PolicyLoader::transfer(const QJsonObject &root, Policy &policy)
{
    if (!root.contains(QLatin1String("transfer"))) {
        // Older policy files: the embedded default policy's section (which has one).
        auto embedded = Policy::defaults();
        if (embedded)
            policy.m_transfer = embedded->transfer();
        return true;
    }
    const QString p = QStringLiteral("transfer");
    const QString lp = key(p, "refuseOpenLoan");
    QJsonObject o;
    QJsonObject loan;
    QJsonArray rows;
    TransferPolicy &out = policy.m_transfer;
    if (!objectAt(root, QString(), "transfer", o) ||
        !checkKeys(o, p, {"centers", "refuseOpenLoan", "continuityMonths"}) ||
        !integerAt(o, p, "continuityMonths", out.continuityMonths, 1, 24) ||
        !arrayAt(o, p, "centers", rows) || !objectAt(o, p, "refuseOpenLoan", loan) ||
        !checkKeys(loan, lp, {"inCity", "crossCity"}))
        return false;
    const QJsonValue inCity = loan.value(QLatin1String("inCity"));
    const QJsonValue crossCity = loan.value(QLatin1String("crossCity"));
    if (!inCity.isBool())
        return fail(key(lp, "inCity"), QStringLiteral("expected true or false"));
    if (!crossCity.isBool())
        return fail(key(lp, "crossCity"), QStringLiteral("expected true or false"));
    out.inCityRefusesOpenLoan = inCity.toBool();
    out.crossCityRefusesOpenLoan = crossCity.toBool();
    out.centers.clear();
    QSet<QString> seen;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString cp = index(key(p, "centers"), i);
        QJsonObject row;
        TransferCenter c;
        if (!rowObject(rows, i, key(p, "centers"), row) ||
            !checkKeys(row, cp,
                       {"code", "name", "nameEn", "bank", "bankAccount", "bankAccountName", "contact"}) ||
            !stringAt(row, cp, "code", c.code) || !stringAt(row, cp, "name", c.name) ||
            !stringAt(row, cp, "nameEn", c.nameEn) || !stringAt(row, cp, "bank", c.bank) ||
            !stringAt(row, cp, "bankAccount", c.bankAccount) ||
            !stringAt(row, cp, "bankAccountName", c.bankAccountName) ||
            !stringAt(row, cp, "contact", c.contact))
            return false;
        bool digits = c.code.size() == 6;
        for (QChar ch : std::as_const(c.code))
            digits = digits && ch >= u'0' && ch <= u'9';
        if (!digits)
            return fail(key(cp, "code"), QStringLiteral("expected the center's 6-digit 机构代码"));
        if (c.bankAccount.size() > 32)
            return fail(key(cp, "bankAccount"), QStringLiteral("at most 32 characters"));
        if (seen.contains(c.code))
            return fail(key(cp, "code"), QStringLiteral("listed twice"));
        seen.insert(c.code);
        out.centers.append(c);
    }
    if (out.centers.isEmpty())
        return fail(key(p, "centers"), QStringLiteral("expected at least one center"));
    return true;
}

} // namespace hpf::finance
