#pragma once

#include "demo/demoseed.h"
#include "finance/policy.h"
#include "platform/store/sql.h"
#include "serverfixture.h"
#include "suitebase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <functional>

// Contribution tests (issue 17): units and people opened through the opening routes with the first
// months a case needs, a unit's history backdated as migrated data has it, SQL reads, and the
// default policy with its deposit rows changed (元 rounding, refusal outside the range).
namespace hpf::test {

class ContributionSuite : public ServerSuite
{
public:
    using ServerSuite::ServerSuite;

protected:
    QString m_teller;

    // Every test function gets a fresh server (ServerSuite::init): sign in again.
    void start() { m_teller = f().login(u"teller1"_qs); }

    QString units(const QString &unitAccount, const QString &tail) const
    {
        return u"/api/v1/units/"_qs + unitAccount + tail;
    }

    // 单位开户 through the route; firstMonth empty = the clock's month (the fixture's 2025-07).
    QString openUnit(int index, const QString &firstMonth = {}, const QString &unitRatio = u"12"_qs,
                     const QString &personalRatio = u"12"_qs)
    {
        QJsonObject body =
            f().unitOpeningBody(QStringLiteral("缴存单位%1").arg(index),
                                ServerFixture::validCreditCode(index), unitRatio, personalRatio);
        if (!firstMonth.isEmpty())
            body.insert(u"firstMonth"_qs, firstMonth);
        const Reply r = f().post(u"/api/v1/openings/units"_qs, body, m_teller, ServerFixture::newKey());
        if (r.status != 201)
            qWarning() << "openUnit" << r.status << r.body;
        return r.json.value(u"unit"_qs).toObject().value(u"unitAccount"_qs).toString();
    }

    // 个人开户 through the route; firstMonth empty = the unit's month rules (the clock's month).
    QString openPerson(const QString &unitAccount, int person, qint64 baseFen, const QString &firstMonth = {})
    {
        QJsonObject body = ServerFixture::accountOpeningBody(unitAccount, person, baseFen);
        if (!firstMonth.isEmpty())
            body.insert(u"firstMonth"_qs, firstMonth);
        const Reply r = f().post(u"/api/v1/openings/accounts"_qs, body, m_teller, ServerFixture::newKey());
        if (r.status != 201)
            qWarning() << "openPerson" << r.status << r.body;
        return r.json.value(u"account"_qs).toObject().value(u"accountNumber"_qs).toString();
    }

    bool exec(const QString &text)
    {
        auto conn = f().database().connection();
        return conn && server::Query(*conn, text).exec().ok();
    }

    qint64 sql(const QString &text)
    {
        auto conn = f().database().connection();
        if (!conn)
            return -1;
        server::Query q(*conn, text);
        if (!q.exec() || !q.next())
            return -1;
        return q.int64(0);
    }

    // The unit and its accounts as migrated from an older system: first month `month`.
    bool backdate(const QString &unitAccount, const QString &month)
    {
        return exec(QStringLiteral(
                        "UPDATE unit_profiles SET first_month = '%1' WHERE unit_id = (SELECT id FROM "
                        "units WHERE unit_account = '%2')")
                        .arg(month, unitAccount)) &&
               exec(QStringLiteral(
                        "UPDATE account_profiles SET first_month = '%1' WHERE account_id IN (SELECT "
                        "a.id FROM accounts a JOIN units u ON u.id = a.unit_id WHERE u.unit_account = "
                        "'%2')")
                        .arg(month, unitAccount));
    }

    qint64 balance(const QString &account)
    {
        return f()
            .get(u"/api/v1/accounts/"_qs + account, m_teller)
            .json.value(u"balanceFen"_qs)
            .toInteger(-1);
    }

    Reply preview(const QString &unitAccount, const QString &month)
    {
        return f().get(units(unitAccount, u"/remittances/preview?month="_qs + month), m_teller);
    }

    Reply remit(const QString &unitAccount, const QJsonObject &body,
                const QString &key = ServerFixture::newKey())
    {
        return f().post(units(unitAccount, u"/remittances"_qs), body, m_teller, key);
    }

    // The default policy with `edit` applied to each of its deposit rows.
    bool usePolicy(const std::function<void(QJsonObject &row)> &edit)
    {
        return usePolicyJson([&](QJsonObject &root) {
            QJsonArray rows = root.value(u"deposit"_qs).toArray();
            for (qsizetype i = 0; i < rows.size(); ++i) {
                QJsonObject row = rows.at(i).toObject();
                edit(row);
                rows.replace(i, row);
            }
            root.insert(u"deposit"_qs, rows);
        });
    }

    // The default policy with `edit` applied to its JSON.
    bool usePolicyJson(const std::function<void(QJsonObject &root)> &edit)
    {
        QFile file(finance::Policy::defaultResourcePath());
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        edit(root);
        auto policy = finance::Policy::fromJson(QJsonDocument(root).toJson(), u"test"_qs);
        if (!policy) {
            qWarning() << policy.error().code << policy.error().field << policy.error().detail;
            return false;
        }
        f().server().context().policy = *policy;
        return true;
    }
};

} // namespace hpf::test
