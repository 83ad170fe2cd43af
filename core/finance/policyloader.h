#pragma once

#include "finance/policy.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <initializer_list>
#include <optional>

namespace hpf::finance {

// JSON paths for messages: key("deposit[0]", "ratio") → "deposit[0].ratio"; index("rows", 2) → "rows[2]".
QString key(const QString &path, const char *name);
QString index(const QString &path, qsizetype i);

// Internal: reads the policy JSON strictly (unknown, missing or mistyped keys are errors) and
// reports the first problem with its JSON path. Only Policy uses it.
class PolicyLoader
{
public:
    explicit PolicyLoader(QString sourceName);
    Result<Policy> load(const QByteArray &json);

private:
    using Keys = std::initializer_list<const char *>;

    bool fail(const QString &path, const QString &what);
    bool checkKeys(const QJsonObject &object, const QString &path, Keys required, Keys optional = {});
    bool objectAt(const QJsonObject &parent, const QString &path, const char *key, QJsonObject &out);
    bool arrayAt(const QJsonObject &parent, const QString &path, const char *key, QJsonArray &out);
    bool rowObject(const QJsonArray &rows, qsizetype i, const QString &path, QJsonObject &out);
    bool stringAt(const QJsonObject &parent, const QString &path, const char *key, QString &out);
    bool percentAt(const QJsonObject &parent, const QString &path, const char *key, Rate &out,
                   Rate maximum = Rate{Rate::kScale});
    bool reminderDays(const QJsonObject &row, const QString &path, QList<int> &out); // issue 18
    bool moneyAt(const QJsonObject &parent, const QString &path, const char *key, qint64 &out);
    bool dateAt(const QJsonObject &parent, const QString &path, const char *key, QDate &out);
    bool integerAt(const QJsonObject &parent, const QString &path, const char *key, int &out, int minimum,
                   int maximum);

    bool ratioRange(const QJsonObject &parent, const QString &path, const char *key, RatioRange &out);
    bool baseRange(const QJsonObject &parent, const QString &path, const char *key, BaseRange &out);
    bool rounding(const QJsonObject &parent, const QString &path, const char *key, RoundingRule &out);
    // Checks that effectiveFrom is strictly after the previous row's.
    bool nextDate(const QString &rowPath, QDate date, QDate &previous);

    bool loginOptions(const QJsonObject &login, const QString &path, LoginLimits &out);
    bool center(const QJsonObject &root, Policy &policy);
    bool deposit(const QJsonObject &root, Policy &policy);
    bool flexible(const QJsonObject &root, Policy &policy);
    bool depositInterest(const QJsonObject &root, Policy &policy);
    bool loanRates(const QJsonObject &root, Policy &policy);
    bool loanLimits(const QJsonObject &root, Policy &policy);
    bool certificates(const QJsonObject &root, Policy &policy);
    bool misc(const QJsonObject &root, Policy &policy);
    bool archive(const QJsonObject &root, Policy &policy);
    bool judicial(const QJsonObject &root, Policy &policy);
    bool transfer(const QJsonObject &root, Policy &policy);
    bool withdrawal(const QJsonObject &root, Policy &policy); // policywithdrawal.cpp
    bool withdrawalRule(const QJsonObject &row, const QString &path, WithdrawalRule &out);
    bool contribution(const QJsonObject &root, Policy &policy); // policycontribution.cpp
    bool stringListAt(const QJsonObject &parent, const QString &path, const char *key, QStringList &out);
    bool archiveBusiness(const QJsonObject &row, const QString &path, ArchiveBusiness &out);

    QString m_source;
    std::optional<Error> m_error;
};

} // namespace hpf::finance
