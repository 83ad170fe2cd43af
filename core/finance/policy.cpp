#include "policy.h"

#include "policyloader.h"

#include <QFile>
#include <QFileInfo>

namespace hpf::finance {

namespace {

// Reads files up to this size; a policy is a few kilobytes.
constexpr qint64 kMaxPolicyBytes = 4 * 1024 * 1024;

Error notInEffect(const char *table, QDate date)
{
    return makeError(QStringLiteral("policy.not_in_effect"), QString::fromLatin1(table),
                     QStringLiteral("no %1 row in effect on %2")
                         .arg(QLatin1String(table), date.isValid() ? date.toString(Qt::ISODate)
                                                                   : QStringLiteral("an invalid date")));
}

// The last row whose effectiveFrom is on or before `date`.
template<typename Row>
Result<Row> rowAt(const QList<Row> &rows, QDate date, const char *table)
{
    if (!date.isValid())
        return notInEffect(table, date);
    const Row *found = nullptr;
    for (const Row &row : rows) {
        if (row.effectiveFrom > date)
            break;
        found = &row;
    }
    if (!found)
        return notInEffect(table, date);
    return *found;
}

} // namespace

qint64 precisionFen(Precision precision)
{
    switch (precision) {
    case Precision::Fen:
        return 1;
    case Precision::Jiao:
        return 10;
    case Precision::Yuan:
        return 100;
    }
    return 1;
}

Result<Rate> LoanRates::rateFor(HomeOrder order, int termMonths) const
{
    if (termMonths <= 0)
        return makeError(QStringLiteral("loan.term_invalid"), QStringLiteral("termMonths"),
                         QStringLiteral("term must be at least one month"));
    const bool shortTerm = termMonths <= 60;
    switch (order) {
    case HomeOrder::First:
        return shortTerm ? firstUpTo5Years : firstOver5Years;
    case HomeOrder::Second:
        return shortTerm ? secondUpTo5Years : secondOver5Years;
    case HomeOrder::Third:
        break;
    }
    return makeError(QStringLiteral("loan.third_home"), QStringLiteral("homeOrder"),
                     QStringLiteral("no provident fund loan for a third home or a third loan"));
}

Result<Policy> Policy::fromJson(const QByteArray &json, const QString &sourceName)
{
    return PolicyLoader(sourceName).load(json);
}

Result<Policy> Policy::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("policy.unreadable"), QString(),
                         QStringLiteral("%1: cannot open: %2").arg(path, file.errorString()));
    if (file.size() > kMaxPolicyBytes)
        return makeError(
            QStringLiteral("policy.invalid"), QString(),
            QStringLiteral("%1: (root): file larger than %2 bytes").arg(path).arg(kMaxPolicyBytes));
    const QByteArray bytes = file.read(kMaxPolicyBytes + 1);
    if (bytes.size() > kMaxPolicyBytes)
        return makeError(
            QStringLiteral("policy.invalid"), QString(),
            QStringLiteral("%1: (root): file larger than %2 bytes").arg(path).arg(kMaxPolicyBytes));
    return fromJson(bytes, path);
}

QString Policy::defaultResourcePath()
{
    return QStringLiteral(":/hpf/policy/default-policy.json");
}

Result<Policy> Policy::defaults()
{
    // The resource is linked into every consumer of the library (CMake object-library resources)
    // and never changes at run time: parse it once (thread-safe static initialisation) and hand out
    // implicitly shared copies.
    static const Result<Policy> embedded = fromFile(defaultResourcePath());
    return embedded;
}

Result<DepositPolicy> Policy::depositAt(QDate date) const
{
    return rowAt(m_deposit, date, "deposit");
}

Result<FlexiblePolicy> Policy::flexibleAt(QDate date) const
{
    return rowAt(m_flexible, date, "flexibleEmployment");
}

Result<DepositRate> Policy::depositRateAt(QDate date) const
{
    return rowAt(m_depositRates, date, "depositInterest.rates");
}

Result<LoanRates> Policy::loanRatesAt(QDate date) const
{
    return rowAt(m_loanRates, date, "loanRates.rows");
}

Result<LoanLimits> Policy::loanLimitsAt(QDate date) const
{
    return rowAt(m_loanLimits, date, "loanLimits");
}

Result<int> Policy::certificateValidityMonths(const QString &certificateType) const
{
    const auto it = m_certificateValidity.constFind(certificateType);
    if (it == m_certificateValidity.cend())
        return makeError(
            QStringLiteral("policy.unknown_certificate"), QStringLiteral("certificateType"),
            QStringLiteral("the policy lists no validity for certificate type \"%1\"").arg(certificateType));
    return *it;
}

} // namespace hpf::finance
