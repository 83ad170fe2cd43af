// Changes (变更) of unit and person details (issue 17) through the HTTP API: every detail and its
// validator (the unit opening's), full-width input, oversized and unknown fields, nothing changed,
// the supervisor grant a name change needs, branches, receipts, the audit record's before and after
// (redacted by the trail), the change list and an idempotent replay. SQLite and PostgreSQL.
#include "demo/demoseed.h"
#include "domain/accountnumber.h"
#include "platform/store/sql.h"
#include "server.h"
#include "suitebase.h"

#include <QJsonArray>
#include <QTest>

using namespace hpf;
using namespace hpf::test;

namespace {

const QString kPersons = u"/api/v1/persons/changes"_qs;

QString fullWidth(const QString &s)
{
    QString out;
    for (QChar c : s)
        out += c.isDigit() ? QChar(c.unicode() - u'0' + 0xFF10) : c;
    return out;
}

QJsonObject withReason(QJsonObject o)
{
    if (!o.contains(u"reason"_qs))
        o.insert(u"reason"_qs, u"单位申请"_qs);
    return o;
}

} // namespace

class TestServerChanges : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

private:
    QString m_teller;
    QString m_unit;
    QString m_account;

    void setUp()
    {
        m_teller = f().login(u"teller1"_qs);
        m_unit = f().createUnit(m_teller, 1);
        QVERIFY(!m_unit.isEmpty());
        m_account = f().openAccount(m_teller, m_unit, 1, 500000);
        QVERIFY(!m_account.isEmpty());
    }

    QString unitPath() const { return u"/api/v1/units/"_qs + m_unit + u"/changes"_qs; }

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

    QString sqlText(const QString &text)
    {
        auto conn = f().database().connection();
        if (!conn)
            return {};
        server::Query q(*conn, text);
        if (!q.exec() || !q.next())
            return {};
        return q.str(0);
    }

    bool exec(const QString &text)
    {
        auto conn = f().database().connection();
        return conn && server::Query(*conn, text).exec().ok();
    }

    Reply personChange(const QJsonObject &body, bool grant, const QString &token = {})
    {
        const QString key = ServerFixture::newKey();
        const QString who = token.isEmpty() ? m_teller : token;
        QList<QPair<QByteArray, QByteArray>> extra;
        if (grant)
            extra.append({"X-Supervisor-Grant", f().grantFor(who, u"supervisor1"_qs, key, kPersons, body)});
        return f().post(kPersons, body, who, key, extra);
    }

private slots:
    void unitChange_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code"); // empty: changed
        QTest::addColumn<QString>("field");
        QTest::addColumn<QStringList>("changed");

        const QJsonObject bank{{u"code"_qs, u"105"_qs},
                               {u"name"_qs, u"中国建设银行兰州分行"_qs},
                               {u"account"_qs, u"6217 0000 1111 2222"_qs}};
        const QJsonObject rep{{u"name"_qs, u"赵代表"_qs},
                              {u"documentType"_qs, u"01"_qs},
                              {u"documentNumber"_qs, server::demoIdentityNumber(500)}};
        QTest::newRow("name") << QJsonObject{{u"name"_qs, u"新单位名称"_qs}} << 201 << QString() << QString()
                              << QStringList{u"name"_qs};
        QTest::newRow("contact") << QJsonObject{{u"contact"_qs,
                                                 QJsonObject{{u"name"_qs, u"钱联系"_qs},
                                                             {u"mobile"_qs, u"13912345678"_qs}}}}
                                 << 201 << QString() << QString()
                                 << QStringList{u"contact.name"_qs, u"contact.mobile"_qs};
        QTest::newRow("contact mobile only, full-width")
            << QJsonObject{{u"contact"_qs, QJsonObject{{u"name"_qs, u"李联系"_qs},
                                                       {u"mobile"_qs, fullWidth(u"13912345678"_qs)}}}}
            << 201 << QString() << QString() << QStringList{u"contact.mobile"_qs};
        QTest::newRow("contact mobile invalid")
            << QJsonObject{{u"contact"_qs,
                            QJsonObject{{u"name"_qs, u"李联系"_qs}, {u"mobile"_qs, u"12345"_qs}}}}
            << 422 << u"mobile.format"_qs << u"contact.mobile"_qs << QStringList();
        QTest::newRow("contact without mobile")
            << QJsonObject{{u"contact"_qs, QJsonObject{{u"name"_qs, u"李联系"_qs}}}} << 400
            << u"request.field_required"_qs << u"contact.mobile"_qs << QStringList();
        QTest::newRow("office address") << QJsonObject{{u"officeAddress"_qs, u"兰州市七里河区新址2号"_qs}}
                                        << 201 << QString() << QString() << QStringList{u"officeAddress"_qs};
        QTest::newRow("registered address")
            << QJsonObject{{u"registeredAddress"_qs, u"兰州市安宁区3号"_qs}} << 201 << QString() << QString()
            << QStringList{u"registeredAddress"_qs};
        QTest::newRow("bank, account with spaces")
            << QJsonObject{{u"bank"_qs, bank}} << 201 << QString() << QString()
            << QStringList{u"bank.code"_qs, u"bank.name"_qs, u"bank.account"_qs};
        QJsonObject badCode = bank;
        badCode.insert(u"code"_qs, u"1O5"_qs);
        QTest::newRow("bank code") << QJsonObject{{u"bank"_qs, badCode}} << 422 << u"bank.code"_qs
                                   << u"bank.code"_qs << QStringList();
        QJsonObject shortAccount = bank;
        shortAccount.insert(u"account"_qs, u"1234567"_qs);
        QTest::newRow("bank account short") << QJsonObject{{u"bank"_qs, shortAccount}} << 422
                                            << u"bank.account"_qs << u"bank.account"_qs << QStringList();
        QTest::newRow("remittance day") << QJsonObject{{u"remittanceDay"_qs, 5}} << 201 << QString()
                                        << QString() << QStringList{u"remittanceDay"_qs};
        QTest::newRow("remittance day 0")
            << QJsonObject{{u"remittanceDay"_qs, 0}} << 422 << u"unit.remittance_day"_qs
            << u"remittanceDay"_qs << QStringList();
        QTest::newRow("remittance day 32")
            << QJsonObject{{u"remittanceDay"_qs, 32}} << 422 << u"unit.remittance_day"_qs
            << u"remittanceDay"_qs << QStringList();
        QTest::newRow("legal representative")
            << QJsonObject{{u"legalRepresentative"_qs, rep}} << 201 << QString() << QString()
            << QStringList{u"legalRepresentative.name"_qs, u"legalRepresentative.documentNumber"_qs};
        QJsonObject badRep = rep;
        QString wrong = server::demoIdentityNumber(500);
        wrong[17] = wrong.at(17) == u'1' ? u'2' : u'1';
        badRep.insert(u"documentNumber"_qs, wrong);
        QTest::newRow("representative checksum")
            << QJsonObject{{u"legalRepresentative"_qs, badRep}} << 422 << u"identity.checksum"_qs
            << u"legalRepresentative.documentNumber"_qs << QStringList();
        QJsonObject badType = rep;
        badType.insert(u"documentType"_qs, u"77"_qs);
        QTest::newRow("representative type")
            << QJsonObject{{u"legalRepresentative"_qs, badType}} << 422 << u"identity.document_type"_qs
            << u"legalRepresentative.documentType"_qs << QStringList();
        QTest::newRow("nothing given")
            << QJsonObject{} << 422 << u"change.nothing"_qs << u"reason"_qs << QStringList();
        QTest::newRow("same values") << QJsonObject{{u"remittanceDay"_qs, 15},
                                                    {u"registeredAddress"_qs, u"兰州市城关区示例路1号"_qs}}
                                     << 422 << u"change.nothing"_qs << u"reason"_qs << QStringList();
        QTest::newRow("no reason") << QJsonObject{{u"name"_qs, u"新单位名称"_qs},
                                                  {u"reason"_qs, QJsonValue()}}
                                   << 400 << u"request.field_required"_qs << u"reason"_qs << QStringList();
        QTest::newRow("empty name") << QJsonObject{{u"name"_qs, u"  "_qs}} << 400 << u"request.field_empty"_qs
                                    << u"name"_qs << QStringList();
        QTest::newRow("oversized name") << QJsonObject{{u"name"_qs, QString(101, u'名')}} << 400
                                        << u"request.field_too_long"_qs << u"name"_qs << QStringList();
        QTest::newRow("credit code never changes")
            << QJsonObject{{u"creditCode"_qs, ServerFixture::validCreditCode(2)}} << 400
            << u"request.unknown_field"_qs << u"creditCode"_qs << QStringList();
    }

    void unitChange()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QFETCH(QStringList, changed);
        setUp();
        QJsonObject request = withReason(body);
        if (request.value(u"reason"_qs).isNull())
            request.remove(u"reason"_qs);
        const Reply r = f().post(unitPath(), request, m_teller, ServerFixture::newKey());
        QVERIFY2(r.status == status, r.body.constData());
        if (!code.isEmpty()) {
            QCOMPARE(r.code(), code);
            QCOMPARE(r.json.value(u"field"_qs).toString(), field);
            QCOMPARE(sql(u"SELECT COUNT(*) FROM detail_changes"_qs), 0);
            QCOMPARE(
                sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'units.change' AND outcome = 'ok'"_qs),
                0);
            return;
        }
        QStringList fields;
        for (const QJsonValue &v : r.json.value(u"changes"_qs).toArray())
            fields.append(v.toObject().value(u"field"_qs).toString());
        QCOMPARE(fields, changed);
        QCOMPARE(r.json.value(u"unitAccount"_qs).toString(), m_unit);
        const QJsonObject receipt = r.json.value(u"receipt"_qs).toObject();
        QCOMPARE(receipt.value(u"business"_qs).toString(), u"unit_change"_qs);
        QCOMPARE(receipt.value(u"serial"_qs).toString(), r.json.value(u"serial"_qs).toString());
        // The stored values.
        if (changed.contains(u"bank.account"_qs))
            QCOMPARE(sqlText(u"SELECT bank_account FROM unit_profiles"_qs), u"6217000011112222"_qs);
        if (changed.contains(u"contact.mobile"_qs))
            QCOMPARE(sqlText(u"SELECT contact_mobile FROM unit_profiles"_qs), u"13912345678"_qs);
        if (changed.contains(u"name"_qs))
            QCOMPARE(sqlText(u"SELECT name FROM units"_qs), u"新单位名称"_qs);
        if (changed.contains(u"remittanceDay"_qs))
            QCOMPARE(sql(u"SELECT remittance_day FROM unit_profiles"_qs), 5);
        // One audit record with before and after; personal values never in clear.
        QCOMPARE(
            sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'units.change' AND outcome = 'ok'"_qs), 1);
        const QString after =
            sqlText(u"SELECT after_state FROM audit_log WHERE operation = 'units.change'"_qs);
        const QString before =
            sqlText(u"SELECT before_state FROM audit_log WHERE operation = 'units.change'"_qs);
        QVERIFY(!after.isEmpty() && !before.isEmpty());
        for (const QString &secret : {u"13912345678"_qs, server::demoIdentityNumber(500), u"13812345678"_qs,
                                      u"11010519491231002X"_qs, u"6217000011112222"_qs})
            QVERIFY2(!after.contains(secret) && !before.contains(secret), qPrintable(after));
        // The list.
        const Reply list = f().get(unitPath(), f().login(u"auditor1"_qs));
        QCOMPARE(list.status, 200);
        const QJsonArray items = list.json.value(u"items"_qs).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(u"operator"_qs).toString(), u"teller1"_qs);
        QCOMPARE(items.at(0).toObject().value(u"serial"_qs).toString(),
                 r.json.value(u"serial"_qs).toString());
        QStringList listed;
        for (const QJsonValue &v : items.at(0).toObject().value(u"fields"_qs).toArray())
            listed.append(v.toString());
        QCOMPARE(listed, changed);
    }

    // Another branch may neither change nor list; a replay answers the stored response; a closed
    // unit keeps its details; an unknown unit is 404.
    void unitChangeRules()
    {
        setUp();
        const QJsonObject body = withReason({{u"name"_qs, u"新单位名称"_qs}});
        QCOMPARE(f().post(unitPath(), body, f().login(u"teller2"_qs), ServerFixture::newKey()).code(),
                 u"auth.branch_denied"_qs);
        QCOMPARE(f().get(unitPath(), f().login(u"teller2"_qs)).code(), u"auth.branch_denied"_qs);
        const QString key = ServerFixture::newKey();
        const Reply first = f().post(unitPath(), body, m_teller, key);
        QCOMPARE(first.status, 201);
        const Reply again = f().post(unitPath(), body, m_teller, key);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.json, first.json);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM detail_changes"_qs), 1);
        // The same change again changes nothing.
        QCOMPARE(f().post(unitPath(), body, m_teller, ServerFixture::newKey()).code(), u"change.nothing"_qs);
        QCOMPARE(f().get(u"/api/v1/units/"_qs + m_unit + u"/changes"_qs, m_teller)
                     .json.value(u"items"_qs)
                     .toArray()
                     .size(),
                 1);
        QVERIFY(exec(u"UPDATE units SET state = '04'"_qs));
        QCOMPARE(f().post(unitPath(), withReason({{u"name"_qs, u"别的名称"_qs}}), m_teller,
                          ServerFixture::newKey())
                     .code(),
                 u"unit.state"_qs);
        const QString unknown = accountnumber::make(accountnumber::Kind::Unit, 98765432).value();
        QCOMPARE(
            f().post(u"/api/v1/units/"_qs + unknown + u"/changes"_qs, body, m_teller, ServerFixture::newKey())
                .status,
            404);
        // The receipt is archived by serial.
        QCOMPARE(
            f().get(u"/api/v1/receipts/"_qs + first.json.value(u"serial"_qs).toString(), m_teller).status,
            200);
    }

    void personChange_data()
    {
        QTest::addColumn<QJsonObject>("body"); // accountNumber added unless given
        QTest::addColumn<bool>("grant");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QStringList>("changed");

        QTest::newRow("mobile") << QJsonObject{{u"mobile"_qs, u"13700001111"_qs}} << false << 201 << QString()
                                << QString() << QStringList{u"mobile"_qs};
        QTest::newRow("mobile full-width")
            << QJsonObject{{u"mobile"_qs, fullWidth(u"13700001111"_qs)}} << false << 201 << QString()
            << QString() << QStringList{u"mobile"_qs};
        QTest::newRow("mobile invalid") << QJsonObject{{u"mobile"_qs, u"1370000111"_qs}} << false << 422
                                        << u"mobile.format"_qs << u"mobile"_qs << QStringList();
        QTest::newRow("mobile letters") << QJsonObject{{u"mobile"_qs, u"137OOOO1111"_qs}} << false << 422
                                        << u"mobile.characters"_qs << u"mobile"_qs << QStringList();
        QTest::newRow("name without grant") << QJsonObject{{u"name"_qs, u"张新名"_qs}} << false << 403
                                            << u"grant.required"_qs << u"name"_qs << QStringList();
        QTest::newRow("name with grant") << QJsonObject{{u"name"_qs, u"张新名"_qs}} << true << 201
                                         << QString() << QString() << QStringList{u"name"_qs};
        QTest::newRow("minority name with grant") << QJsonObject{{u"name"_qs, u"阿依古丽·买买提"_qs}} << true
                                                  << 201 << QString() << QString() << QStringList{u"name"_qs};
        QTest::newRow("name and mobile with grant")
            << QJsonObject{{u"name"_qs, u"张新名"_qs}, {u"mobile"_qs, u"13700001111"_qs}} << true << 201
            << QString() << QString() << QStringList{u"name"_qs, u"mobile"_qs};
        QTest::newRow("name with a digit") << QJsonObject{{u"name"_qs, u"张3"_qs}} << true << 422
                                           << u"name.characters"_qs << u"name"_qs << QStringList();
        QTest::newRow("name with full-width digit") << QJsonObject{{u"name"_qs, u"张３"_qs}} << true << 422
                                                    << u"name.characters"_qs << u"name"_qs << QStringList();
        QTest::newRow("oversized name") << QJsonObject{{u"name"_qs, QString(61, u'名')}} << true << 400
                                        << u"request.field_too_long"_qs << u"name"_qs << QStringList();
        QTest::newRow("nothing given")
            << QJsonObject{} << false << 422 << u"change.nothing"_qs << u"reason"_qs << QStringList();
        QTest::newRow("mobile equal to today's")
            << QJsonObject{{u"mobile"_qs, u"13600002222"_qs}} << false << 422 << u"change.nothing"_qs
            << u"reason"_qs << QStringList();
        const QString unknown = accountnumber::make(accountnumber::Kind::Personal, 987654321).value();
        QTest::newRow("unknown account")
            << QJsonObject{{u"accountNumber"_qs, unknown}, {u"mobile"_qs, u"13700001111"_qs}} << false << 404
            << u"account.not_found"_qs << u"accountNumber"_qs << QStringList();
        QTest::newRow("unit account number")
            << QJsonObject{{u"accountNumber"_qs, accountnumber::make(accountnumber::Kind::Unit, 1).value()},
                           {u"mobile"_qs, u"13700001111"_qs}}
            << false << 422 << u"account_number.kind"_qs << u"accountNumber"_qs << QStringList();
        QTest::newRow("no reason") << QJsonObject{{u"mobile"_qs, u"13700001111"_qs},
                                                  {u"reason"_qs, QJsonValue()}}
                                   << false << 400 << u"request.field_required"_qs << u"reason"_qs
                                   << QStringList();
    }

    void personChange()
    {
        QFETCH(QJsonObject, body);
        QFETCH(bool, grant);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QFETCH(QStringList, changed);
        setUp();
        QVERIFY(exec(u"UPDATE persons SET mobile = '13600002222'"_qs));
        QJsonObject request = withReason(body);
        if (request.value(u"reason"_qs).isNull())
            request.remove(u"reason"_qs);
        if (!request.contains(u"accountNumber"_qs))
            request.insert(u"accountNumber"_qs, m_account);
        const Reply r = personChange(request, grant);
        QVERIFY2(r.status == status, r.body.constData());
        if (!code.isEmpty()) {
            QCOMPARE(r.code(), code);
            QCOMPARE(r.json.value(u"field"_qs).toString(), field);
            QCOMPARE(sqlText(u"SELECT name FROM persons"_qs), u"职工1"_qs);
            QCOMPARE(sqlText(u"SELECT mobile FROM persons"_qs), u"13600002222"_qs);
            QCOMPARE(
                sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'persons.change' AND outcome = 'ok'"_qs),
                0);
            return;
        }
        QStringList fields;
        for (const QJsonValue &v : r.json.value(u"changes"_qs).toArray())
            fields.append(v.toObject().value(u"field"_qs).toString());
        QCOMPARE(fields, changed);
        QCOMPARE(r.json.value(u"accountNumber"_qs).toString(), m_account);
        QCOMPARE(r.json.value(u"receipt"_qs).toObject().value(u"business"_qs).toString(),
                 u"person_change"_qs);
        if (changed.contains(u"name"_qs))
            QCOMPARE(sqlText(u"SELECT name FROM persons"_qs), request.value(u"name"_qs).toString());
        if (changed.contains(u"mobile"_qs))
            QCOMPARE(sqlText(u"SELECT mobile FROM persons"_qs), u"13700001111"_qs);
        // The answer masks the mobile; the audit record keeps neither the mobile nor the name in clear.
        for (const QJsonValue &v : r.json.value(u"changes"_qs).toArray()) {
            if (v.toObject().value(u"field"_qs).toString() == u"mobile")
                QCOMPARE(v.toObject().value(u"after"_qs).toString().contains(u"0000"_qs), false);
        }
        const QString after =
            sqlText(u"SELECT after_state FROM audit_log WHERE operation = 'persons.change'"_qs);
        const QString before =
            sqlText(u"SELECT before_state FROM audit_log WHERE operation = 'persons.change'"_qs);
        QVERIFY(!after.isEmpty() && !before.isEmpty());
        for (const QString &secret : {u"13700001111"_qs, u"13600002222"_qs, u"职工1"_qs, u"张新名"_qs})
            QVERIFY2(!after.contains(secret) && !before.contains(secret), qPrintable(after));
        // The lookup shows the new name.
        if (changed.contains(u"name"_qs))
            QCOMPARE(f().get(u"/api/v1/accounts/"_qs + m_account, m_teller).json.value(u"name"_qs).toString(),
                     request.value(u"name"_qs).toString());
    }

    // Another branch's teller is refused; a closed account keeps its person's details.
    void personChangeRules()
    {
        setUp();
        const QJsonObject body =
            withReason({{u"accountNumber"_qs, m_account}, {u"mobile"_qs, u"13700001111"_qs}});
        QCOMPARE(personChange(body, false, f().login(u"teller2"_qs)).code(), u"auth.branch_denied"_qs);
        QVERIFY(exec(u"UPDATE accounts SET state = '05'"_qs));
        QCOMPARE(personChange(body, false).code(), u"account.state"_qs);
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerChanges(b); });
}

#include "tst_server_changes.moc"
