// Outside systems of loan applications (issue 18, part G), SQLite and PostgreSQL: credit reports
// only with the recorded authorisation, stored with the application and audited without the
// identity number; the sharing interfaces' home count and marriage answer judged at the check and
// at acceptance (first / second / third home, a married borrower without a spouse) and the
// materials they satisfy; the monthly 征信报送 complete and once per month however often it runs.
#include "business/loan/outside/loanoutside.h"
#include "integration/credit/trainingcreditbureau.h"
#include "integration/sharing/trainingshareddata.h"
#include "loanhelpers.h"
#include "platform/jobs/jobs.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace hpf;
using namespace hpf::test;
using namespace hpf::test::loantest;

class TestServerLoanOutside : public LoanSuite
{
    Q_OBJECT
public:
    using LoanSuite::LoanSuite;

private:
    QTemporaryDir m_dir;
    std::shared_ptr<server::TrainingCreditBureau> m_bureau;

    // The training bureau over a fresh directory; `reports` by "01:<number>".
    void bureau(const QJsonObject &reports = {})
    {
        const QString dir =
            m_dir.path() + u"/credit-"_qs + QString::number(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(QDir().mkpath(dir));
        QFile file(dir + u"/reports.json"_qs);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{u"training"_qs, true}, {u"reports"_qs, reports}}).toJson());
        file.close();
        auto opened = server::TrainingCreditBureau::open(dir);
        QVERIFY(opened.ok());
        m_bureau = *opened;
        f().server().context().creditBureau = m_bureau;
    }

    // The training sharing interfaces answering about `number`: `homes` homes (-1: no record),
    // married or not (no record when empty).
    void registers(const QString &number, int homes, const QString &marriage)
    {
        const QString key = u"01:"_qs + number;
        QJsonObject property;
        if (homes >= 0)
            property.insert(key, QJsonObject{{u"summary"_qs, QStringLiteral("名下住房 %1 套").arg(homes)},
                                             {u"facts"_qs, QJsonObject{{u"homes"_qs, homes}}}});
        QJsonObject married;
        if (!marriage.isEmpty())
            married.insert(key, QJsonObject{{u"summary"_qs, marriage == u"married" ? u"已婚"_qs : u"未婚"_qs},
                                            {u"facts"_qs, QJsonObject{{u"status"_qs, marriage}}}});
        auto source = server::TrainingSharedData::fromJson(QJsonObject{
            {u"training"_qs, true},
            {u"property"_qs, property},
            {u"marriage"_qs, married},
            {u"identity"_qs, QJsonObject{{key, QJsonObject{{u"summary"_qs, u"身份信息一致"_qs}}}}}});
        QVERIFY(source.ok());
        f().server().context().sharedData = *source;
    }

    QString accepted(const QString &number, const QJsonArray &extra = {})
    {
        QJsonObject body = application(number, 10000000, 120);
        QJsonArray parties = body.value(u"parties"_qs).toArray();
        for (const QJsonValue &p : extra)
            parties.append(p);
        body.insert(u"parties"_qs, parties);
        const Reply r = f().post(kApply, body, f().login(u"loan1"_qs), ServerFixture::newKey());
        if (r.status != 201)
            qWarning() << r.body;
        return r.json.value(u"serial"_qs).toString();
    }

    static QJsonObject guarantor(bool authorised)
    {
        QJsonObject g = party(u"guarantor"_qs, citizen(QDate(1985, 5, 5)), u"担保人"_qs, 500000);
        g.insert(u"creditAuthorised"_qs, authorised);
        return g;
    }

private slots:
    void creditReport_data()
    {
        QTest::addColumn<int>("position");
        QTest::addColumn<bool>("authorised"); // the guarantor's 征信授权 (the borrower's is recorded)
        QTest::addColumn<bool>("bureau");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("found");

        QTest::newRow("borrower authorised, on record")
            << 0 << false << true << 201 << u""_qs << u""_qs << true;
        QTest::newRow("guarantor authorised, no record")
            << 1 << true << true << 201 << u""_qs << u""_qs << false;
        QTest::newRow("guarantor unauthorised") << 1 << false << true << 422 << u"loan.credit_unauthorised"_qs
                                                << u"parties[1].creditAuthorised"_qs << false;
        QTest::newRow("no party at position 2")
            << 2 << true << true << 400 << u"request.field_range"_qs << u"position"_qs << false;
        QTest::newRow("position out of range")
            << 10 << true << true << 400 << u"request.field_range"_qs << u"position"_qs << false;
        QTest::newRow("no bureau") << 0 << true << false << 503 << u"credit.unavailable"_qs << u""_qs
                                   << false;
    }

    void creditReport()
    {
        QFETCH(int, position);
        QFETCH(bool, authorised);
        QFETCH(bool, bureau);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QFETCH(bool, found);

        const QString number = member(QDate(1990, 3, 1), 7);
        const QString serial = accepted(number, {guarantor(authorised)});
        QVERIFY(!serial.isEmpty());
        if (bureau)
            this->bureau(
                {{u"01:"_qs + number, QJsonObject{{u"summary"_qs, u"未结清贷款 1 笔"_qs},
                                                  {u"facts"_qs, QJsonObject{{u"openLoans"_qs, 1}}}}}});
        const QString token = f().login(u"loan1"_qs);
        const Reply r = f().post(kApply + u'/' + serial + u"/credit-reports"_qs,
                                 QJsonObject{{u"position"_qs, position}}, token);
        QVERIFY2(r.status == status, r.body.constData());
        const qint64 audits = sql(
            u"SELECT COUNT(*) FROM audit_log WHERE operation = 'loans.creditReport' AND outcome = 'ok'"_qs);
        if (status != 201) {
            QCOMPARE(r.code(), code);
            QCOMPARE(r.json.value(u"field"_qs).toString(), field);
            QCOMPARE(sql(u"SELECT COUNT(*) FROM loan_outside_answers"_qs), 0);
            QCOMPARE(audits, 0);
            return;
        }
        QCOMPARE(r.json.value(u"found"_qs).toBool(), found);
        QCOMPARE(r.json.value(u"position"_qs).toInt(), position);
        QCOMPARE(r.json.value(u"openLoans"_qs).toInt(), found ? 1 : 0);
        QCOMPARE(r.json.value(u"provider"_qs).toString(), u"TRAINING credit bureau"_qs);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM loan_outside_answers WHERE source = 'credit' AND authorisation "
                     "LIKE 'CA-%'"_qs),
                 1);
        // Audited with the authorisation, never with the identity number.
        QCOMPARE(audits, 1);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'loans.creditReport' "
                     "AND after_state LIKE '%CA-%'"_qs),
                 1);
        QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE operation = 'loans.creditReport' "
                                    "AND (after_state LIKE '%%1%' OR object LIKE '%%1%')")
                         .arg(number)),
                 0);
        // The application lists the stored answer and the material it satisfies (the borrower's).
        const QJsonObject app = f().get(kApply + u'/' + serial, token).json;
        const QJsonArray answers = app.value(u"outsideAnswers"_qs).toArray();
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.at(0).toObject().value(u"source"_qs).toString(), u"credit"_qs);
        QCOMPARE(answers.at(0).toObject().value(u"authorised"_qs).toBool(), true);
        const QJsonObject credit = app.value(u"materials"_qs).toArray().at(3).toObject();
        QCOMPARE(credit.value(u"material"_qs).toString(), u"credit_report"_qs);
        QCOMPARE(credit.value(u"satisfiedBy"_qs).isString(), position == 0);
    }

    // The application's own branch only (x-branch-scope own): an officer of 0002 is denied and
    // nothing is fetched.
    void creditReportOtherBranch()
    {
        const QString serial = accepted(member(QDate(1990, 3, 1), 7));
        bureau();
        addUser(u"loan9"_qs, u"loan_officer"_qs, u"0002"_qs);
        const Reply r = f().post(kApply + u'/' + serial + u"/credit-reports"_qs,
                                 QJsonObject{{u"position"_qs, 0}}, f().login(u"loan9"_qs));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), u"auth.branch_denied"_qs);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM loan_outside_answers"_qs), 0);
    }

    void sharedAnswers_data()
    {
        QTest::addColumn<int>("homes"); // -1: no property record
        QTest::addColumn<QString>("marriage");
        QTest::addColumn<bool>("spouse");
        QTest::addColumn<int>("status"); // of the check
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("homeOrder");
        QTest::addColumn<bool>("eligible");

        QTest::newRow("no record: first home") << -1 << u""_qs << false << 200 << u""_qs << 1 << true;
        QTest::newRow("0 homes: first home") << 0 << u"single"_qs << false << 200 << u""_qs << 1 << true;
        QTest::newRow("1 home: second home") << 1 << u"single"_qs << false << 200 << u""_qs << 2 << true;
        QTest::newRow("2 homes: third, refused") << 2 << u"single"_qs << false << 200 << u""_qs << 3 << false;
        QTest::newRow("5 homes: third, refused") << 5 << u""_qs << false << 200 << u""_qs << 3 << false;
        QTest::newRow("married without spouse")
            << 0 << u"married"_qs << false << 422 << u"loan.spouse_missing"_qs << 0 << false;
        QTest::newRow("married with spouse") << 0 << u"married"_qs << true << 200 << u""_qs << 1 << true;
    }

    void sharedAnswers()
    {
        QFETCH(int, homes);
        QFETCH(QString, marriage);
        QFETCH(bool, spouse);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(int, homeOrder);
        QFETCH(bool, eligible);

        const QString number = member(QDate(1990, 3, 1), 7);
        registers(number, homes, marriage);
        QJsonObject body = application(number, 10000000, 120);
        if (spouse) {
            QJsonArray parties = body.value(u"parties"_qs).toArray();
            parties.append(party(u"spouse"_qs, citizen(QDate(1991, 4, 4), false), u"配偶"_qs, 0));
            body.insert(u"parties"_qs, parties);
        }
        const QString token = f().login(u"loan1"_qs);
        QJsonObject checkBody = body;
        checkBody.insert(u"queryShared"_qs, true);
        const Reply check = f().post(kCheck, checkBody, token);
        QVERIFY2(check.status == status, check.body.constData());
        // The answers are stored whatever the check says (audited sharing.query).
        QCOMPARE(sql(u"SELECT COUNT(*) FROM shared_answers"_qs), 3);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'sharing.query'"_qs), 3);
        const Reply apply = f().post(kApply, body, token, ServerFixture::newKey());
        if (status != 200) {
            QCOMPARE(check.code(), code);
            QCOMPARE(check.json.value(u"field"_qs).toString(), u"parties"_qs);
            // Acceptance judges with the stored answers: refused the same way, nothing kept.
            QCOMPARE(apply.status, 422);
            QCOMPARE(apply.code(), code);
            QCOMPARE(apply.json.value(u"field"_qs).toString(), u"parties"_qs);
            QCOMPARE(sql(u"SELECT COUNT(*) FROM loan_applications"_qs), 0);
            return;
        }
        QCOMPARE(check.json.value(u"homeOrder"_qs).toInt(), homeOrder);
        QCOMPARE(check.json.value(u"eligible"_qs).toBool(), eligible);
        QCOMPARE(check.json.value(u"sharedAnswers"_qs).toArray().size(), 3);
        if (!eligible) {
            QVERIFY(failedRules(check.json).contains(u"third_home=loan.third_home@homeOrder"_qs));
            QCOMPARE(apply.status, 422);
            QCOMPARE(apply.code(), u"loan.not_eligible"_qs);
            return;
        }
        QVERIFY2(apply.status == 201, apply.body.constData());
        QCOMPARE(apply.json.value(u"homeOrder"_qs).toInt(), homeOrder);
        // Kept with the application, each material saying which answer satisfied it.
        const QJsonArray answers = apply.json.value(u"outsideAnswers"_qs).toArray();
        QCOMPARE(answers.size(), 3);
        QHash<QString, QString> bySource;
        for (const QJsonValue &v : answers)
            bySource.insert(v.toObject().value(u"source"_qs).toString(),
                            v.toObject().value(u"id"_qs).toString());
        QHash<QString, QJsonValue> satisfied;
        for (const QJsonValue &v : apply.json.value(u"materials"_qs).toArray())
            satisfied.insert(v.toObject().value(u"material"_qs).toString(),
                             v.toObject().value(u"satisfiedBy"_qs));
        QCOMPARE(satisfied.value(u"identity_card"_qs).toString(), bySource.value(u"identity"_qs));
        QCOMPARE(satisfied.value(u"marriage_certificate"_qs).toString(), bySource.value(u"marriage"_qs));
        QCOMPARE(satisfied.value(u"property_record"_qs).toString(), bySource.value(u"property"_qs));
        QVERIFY(satisfied.value(u"purchase_contract"_qs).isNull());
        QVERIFY(satisfied.value(u"credit_report"_qs).isNull());
        QCOMPARE(sql(u"SELECT COUNT(*) FROM shared_answers WHERE used_by IS NOT NULL"_qs), 3);
    }

    // Without a sharing interface the check with queryShared is refused; without it, it judges
    // as before.
    void sharingUnavailable()
    {
        const QString number = member(QDate(1990, 3, 1), 7);
        f().server().context().sharedData.reset();
        QJsonObject body = application(number, 10000000, 120);
        body.insert(u"queryShared"_qs, true);
        const QString token = f().login(u"loan1"_qs);
        const Reply r = f().post(kCheck, body, token);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), u"sharing.unavailable"_qs);
        body.insert(u"queryShared"_qs, false);
        const Reply plain = f().post(kCheck, body, token);
        QCOMPARE(plain.status, 200);
        QCOMPARE(plain.json.value(u"sharedAnswers"_qs).toArray().size(), 0);
    }

    // 征信报送 of June 2025: every loan alive in the month once, with its balance at the month's
    // end and its overdue instalments; run twice (and a duplicate job) → submitted and recorded once.
    void monthlySubmission()
    {
        server::registerLoanCreditJobs(f().server().jobs(), f().server().context());
        bureau();
        // Three applications made loans by hand: repaying, overdue (an instalment due in June
        // unpaid), settled in May (not reported), and one disbursed in July (not yet in June).
        QStringList serials;
        for (int i = 0; i < 4; ++i)
            serials.append(accepted(member(QDate(1980 + i, 3, 1), 7)));
        const QStringList disbursed{u"2025-01-10"_qs, u"2025-02-10"_qs, u"2024-05-10"_qs, u"2025-07-02"_qs};
        const QStringList settled{u"NULL"_qs, u"NULL"_qs, u"'2025-05-20'"_qs, u"NULL"_qs};
        for (int i = 0; i < 4; ++i) {
            QVERIFY(!serials.at(i).isEmpty());
            QVERIFY(exec(
                QStringLiteral(
                    "INSERT INTO loans (application_id, contract_number, account_id, person_id, branch_id, "
                    "principal_fen, outstanding_fen, rate_ppm, method, term_months, first_due_on, status, "
                    "disbursed_on, settled_on, created_at) SELECT a.id, 'HT-%1', p.account_id, "
                    "p.person_id, a.branch_id, 10000000, %2, 26000, 'equal_installment', 120, "
                    "'2025-02-10', %3, '%4', %5, 0 FROM loan_applications a JOIN loan_parties p ON "
                    "p.application_id = a.id AND p.position = 0 WHERE a.serial = '%6'")
                    .arg(i)
                    .arg(i == 2 ? 0 : 9000000 - i)
                    .arg(i == 2 ? u"'settled'"_qs : u"'repaying'"_qs)
                    .arg(disbursed.at(i))
                    .arg(settled.at(i))
                    .arg(serials.at(i))));
        }
        // Loan 0: a posting in June left 95,000.00 (the balance at the month's end); July's does not count.
        QVERIFY(
            exec(u"INSERT INTO loan_postings (loan_id, serial, kind, source, principal_fen, interest_fen, "
                 "penalty_fen, outstanding_after_fen, value_date, operator_id, created_at) SELECT id, 'S-0', "
                 "'instalment', 'bank', 500000, 0, 0, 9500000, '2025-06-10', 1, 0 FROM loans "
                 "WHERE contract_number = 'HT-0'"_qs));
        QVERIFY(
            exec(u"INSERT INTO loan_postings (loan_id, serial, kind, source, principal_fen, interest_fen, "
                 "penalty_fen, outstanding_after_fen, value_date, operator_id, created_at) SELECT id, 'S-1', "
                 "'instalment', 'bank', 1, 0, 0, 9000000, '2025-07-10', 1, 0 FROM loans "
                 "WHERE contract_number = 'HT-0'"_qs));
        // Loan 1: June's instalment unpaid at the month's end (paid in July), May's paid in May.
        QVERIFY(
            exec(u"INSERT INTO loan_instalments (loan_id, schedule_version, number, due_on, principal_fen, "
                 "interest_fen, paid_on) SELECT id, 1, 4, '2025-05-10', 1, 1, '2025-05-10' FROM loans "
                 "WHERE contract_number = 'HT-1'"_qs));
        QVERIFY(
            exec(u"INSERT INTO loan_instalments (loan_id, schedule_version, number, due_on, principal_fen, "
                 "interest_fen, paid_on) SELECT id, 1, 5, '2025-06-10', 1, 1, '2025-07-03' FROM loans "
                 "WHERE contract_number = 'HT-1'"_qs));

        auto conn = f().database().connection();
        QVERIFY(conn.ok());
        for (int run = 0; run < 2; ++run) {
            QVERIFY(server::scheduleLoanCreditReport(*conn, f().clock().now().toMSecsSinceEpoch()).ok());
            auto n = f().server().jobs().runDue();
            QVERIFY(n.ok());
            QCOMPARE(*n, run == 0 ? 1 : 0);
        }
        // A second job of the month (as after a crash between submission and record): nothing again.
        server::JobRequest again;
        again.kind = QString::fromLatin1(server::kLoanCreditReportJob);
        again.payload = {{u"month"_qs, u"2025-06"_qs}};
        again.dedupeKey = u"test-again"_qs;
        QVERIFY(server::enqueueJob(*conn, again, f().clock().now().toMSecsSinceEpoch()).ok());
        auto n = f().server().jobs().runDue();
        QVERIFY(n.ok());
        QCOMPARE(*n, 1);

        QCOMPARE(m_bureau->submissions(), 1);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM loan_credit_submissions"_qs), 1);
        QCOMPARE(sql(u"SELECT row_count FROM loan_credit_submissions WHERE month = '2025-06'"_qs), 2);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'loans.creditSubmission'"_qs), 1);
        // The next month is queued for 2025-08-01.
        QCOMPARE(sql(u"SELECT COUNT(*) FROM jobs WHERE dedupe_key = 'loan-credit-report:2025-07'"_qs), 1);

        QFile file(m_bureau->directory() + u"/submissions/2025-06.json"_qs);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).object().value(u"rows"_qs).toArray();
        QCOMPARE(rows.size(), 2);
        const QJsonObject r0 = rows.at(0).toObject();
        QCOMPARE(r0.value(u"contract"_qs).toString(), u"HT-0"_qs);
        QCOMPARE(r0.value(u"balanceFen"_qs).toInteger(), 9500000);
        QCOMPARE(r0.value(u"instalmentsOverdue"_qs).toInt(), 0);
        QCOMPARE(r0.value(u"status"_qs).toString(), u"repaying"_qs);
        const QJsonObject r1 = rows.at(1).toObject();
        QCOMPARE(r1.value(u"contract"_qs).toString(), u"HT-1"_qs);
        QCOMPARE(r1.value(u"balanceFen"_qs).toInteger(), 8999999);
        QCOMPARE(r1.value(u"instalmentsOverdue"_qs).toInt(), 1);
        QCOMPARE(r1.value(u"status"_qs).toString(), u"overdue"_qs);
        QCOMPARE(r1.value(u"settled"_qs).toBool(), false);
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerLoanOutside(b); });
}

#include "tst_server_loanoutside.moc"
