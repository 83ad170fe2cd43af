// The loan officer's whole desk in one journey over HTTP (issue 18 "Done when", part H), on SQLite
// and PostgreSQL: check (every rule's verdict and the limit) → accept (loan1) → review (loan2) →
// approve (supervisor1) → 面签 (identity, photo, a signature per document and signer) → the signed
// PDFs verified → disbursement under a supervisor's grant → the first instalment from the fund
// balance (job) → a partial prepayment (new schedule) → a full prepayment → settled → the 贷款结清证明
// issued and its code verified. Money hand-computed (100,000.00 at 2.60% over 120 months):
//   payment = 100,000.00 × r / (1 − (1 + r)^−120), r = 2.6% / 12 → 947.25;
//   instalment 1: interest 100,000.00 × r = 216.67, principal 730.58 → outstanding 99,269.42;
//   partial 20,000.00 on 2025-09-01: interest 20,000.00 × 2.6% × 17 / 360 = 24.555… → 24.56;
//     79,269.42 over the 119 months left → 756.41;
//   full on 2025-09-10: 79,269.42 × 2.6% × 26 / 360 = 148.851… → 148.85.
#include "business/certificates/signingkeys.h"
#include "business/loan/account/loanaccount.h"
#include "business/loan/loanjobs.h"
#include "business/loan/signing/signingarchive.h"
#include "crypto/sm2.h"
#include "crypto/sm3.h"
#include "domain/identity.h"
#include "platform/auth/userservice.h"
#include "platform/blobstore/blobstore.h"
#include "platform/jobs/jobrunner.h"
#include "platform/store/sql.h"
#include "serverfixture.h"
#include "suitebase.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QTest>

using namespace hpf;
using namespace hpf::test;

namespace {

const QString kLoans = u"/api/v1/loans"_qs;

QString citizen(QDate birth)
{
    const QString first17 = u"110105"_qs + birth.toString(u"yyyyMMdd"_qs) + u"131"_qs;
    return first17 + identity::checkCharacter(first17);
}

QByteArray jpeg()
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(90, 120, 200));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    return bytes;
}

QByteArray contractPdf(const QByteArray &title)
{
    QByteArray pdf = "%PDF-1.4\n";
    const qsizetype o1 = pdf.size();
    pdf += "1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Title (" + title + ") >>\nendobj\n";
    const qsizetype o2 = pdf.size();
    pdf += "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n";
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 3\n0000000000 65535 f \n" + QByteArray::number(o1).rightJustified(10, '0') +
           " 00000 n \n" + QByteArray::number(o2).rightJustified(10, '0') +
           " 00000 n \ntrailer\n<< /Size 3 /Root 1 0 R >>\n" + "startxref\n" + QByteArray::number(xref) +
           "\n%%EOF\n";
    return pdf;
}

const QString kStrokes =
    uR"({"v":1,"width":600,"height":200,"strokes":[{"source":"tablet","points":[[10,20,0,0.5],[40,40,16,0.75]]}]})"_qs;

} // namespace

class TestServerLoanJourney : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

private:
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

    int runJobs()
    {
        int total = 0;
        for (int i = 0; i < 20; ++i) {
            auto n = f().server().jobs().runDue();
            if (!n || *n == 0)
                break;
            total += *n;
        }
        return total;
    }

    void equip()
    {
        auto conn = f().database().connection();
        QVERIFY(conn.ok());
        auto key = crypto::Sm2Key::generate();
        QVERIFY(key.ok());
        server::Query q(*conn, u"INSERT INTO signing_keys (kid, public_pem, file_name, status, created_at) "
                               "VALUES (:k, :p, 'test', 'active', :t)"_qs);
        q.bind(u":k"_qs, QString::fromLatin1(key->keyId().toHex()))
            .bind(u":p"_qs, QString::fromLatin1(key->publicKeyPem()))
            .bind(u":t"_qs, f().clock().now().addDays(-30).toMSecsSinceEpoch());
        QVERIFY(q.exec().ok());
        f().server().context().certificateSigner =
            std::make_shared<const server::CertificateSigner>(std::move(key).value(), false);
        f().server().context().archiveStore = *server::DatabaseBlobStore::create(crypto::randomBytes(16));
        crypto::ScryptParams fast;
        fast.n = 1024;
        QVERIFY(server::addUser(f().database(), u"loan2"_qs, u"loan2"_qs, u"loan_officer"_qs, u"0001"_qs,
                                u"pw-loan2"_qs, fast, f().clock().now().toMSecsSinceEpoch())
                    .ok());
        server::registerLoanJobs(f().server().jobs(), f().server().context());
    }

    Reply post(const QString &path, const QJsonObject &body, const QString &user)
    {
        return f().post(path, body, f().login(user), ServerFixture::newKey());
    }

private slots:
    void wholeDesk()
    {
        equip();
        // A member with seven remitted months (10,080.00 in the fund).
        const QString teller = f().login(u"teller1"_qs);
        const QString unit = f().createUnit(teller, 1);
        QJsonObject opening = ServerFixture::accountOpeningBody(unit, 7, 600000);
        const QString number = citizen(QDate(1988, 4, 2));
        opening.insert(u"documentNumber"_qs, number);
        QCOMPARE(f().post(u"/api/v1/openings/accounts"_qs, opening, teller, ServerFixture::newKey()).status,
                 201);
        QVERIFY(f().backdateUnitHistory(unit));
        for (int i = 6; i >= 0; --i)
            f().postRemittance(teller, unit, QDate(2025, 7, 1).addMonths(-i).toString(u"yyyy-MM"_qs),
                               ServerFixture::newKey());
        const QJsonObject request{{u"kind"_qs, u"fund"_qs},
                                  {u"amountFen"_qs, qint64(10000000)},
                                  {u"termMonths"_qs, 120},
                                  {u"method"_qs, u"equal_installment"_qs},
                                  {u"homeOrder"_qs, 1},
                                  {u"bankCode"_qs, u"105"_qs},
                                  {u"property"_qs, QJsonObject{{u"address"_qs, u"测试市旅程路9号"_qs},
                                                               {u"priceFen"_qs, qint64(60000000)},
                                                               {u"purchaseContract"_qs, u"GF2025-0909"_qs}}},
                                  {u"parties"_qs, QJsonArray{QJsonObject{{u"role"_qs, u"borrower"_qs},
                                                                         {u"documentType"_qs, u"01"_qs},
                                                                         {u"documentNumber"_qs, number},
                                                                         {u"name"_qs, u"旅程"_qs},
                                                                         {u"monthlyIncomeFen"_qs, 1500000},
                                                                         {u"creditAuthorised"_qs, true}}}}};

        // 1. Every rule's verdict, the limit with what binds it, the first payment.
        const Reply check = f().post(kLoans + u"/check"_qs, request, f().login(u"loan1"_qs));
        QVERIFY2(check.status == 200, check.body.constData());
        QVERIFY(check.json.value(u"eligible"_qs).toBool());
        const QJsonArray rules = check.json.value(u"rules"_qs).toArray();
        QCOMPARE(rules.size(), 8);
        for (const QJsonValue &rule : rules)
            QVERIFY(rule.toObject().value(u"passed"_qs).toBool());
        QVERIFY(!check.json.value(u"limit"_qs).toObject().value(u"boundBy"_qs).toString().isEmpty());
        QCOMPARE(check.json.value(u"firstPaymentFen"_qs).toInteger(), qint64(94725));

        // 2. Accepted by loan1, reviewed by loan2, approved by supervisor1.
        const Reply applied = post(kLoans + u"/applications"_qs, request, u"loan1"_qs);
        QVERIFY2(applied.status == 201, applied.body.constData());
        const QString serial = applied.json.value(u"serial"_qs).toString();
        const QString app = kLoans + u"/applications/"_qs + serial;
        QCOMPARE(post(app + u"/review"_qs, {}, u"loan1"_qs).code(), u"loan.same_officer"_qs);
        QCOMPARE(post(app + u"/review"_qs, {}, u"loan2"_qs).status, 200);
        QCOMPARE(post(app + u"/approve"_qs, {}, u"supervisor1"_qs).status, 200);

        // 3. 面签: card, photo, a signature per document; both contracts signed by the center.
        QCOMPARE(post(app + u"/signing"_qs, {}, u"loan1"_qs).status, 200);
        const QString steps = app + u"/signing/steps"_qs;
        QCOMPARE(post(steps,
                      {{u"position"_qs, 0},
                       {u"kind"_qs, u"identity"_qs},
                       {u"card"_qs, QJsonObject{{u"documentNumber"_qs, number}, {u"name"_qs, u"旅程"_qs}}}},
                      u"loan1"_qs)
                     .status,
                 200);
        QCOMPARE(post(steps,
                      {{u"position"_qs, 0},
                       {u"kind"_qs, u"photo"_qs},
                       {u"photo"_qs, QString::fromLatin1(jpeg().toBase64())}},
                      u"loan1"_qs)
                     .status,
                 200);
        QStringList signedPdfs;
        for (const QString &document : {u"loan"_qs, u"mortgage"_qs}) {
            QCOMPARE(post(steps,
                          {{u"position"_qs, 0},
                           {u"kind"_qs, u"signature"_qs},
                           {u"document"_qs, document},
                           {u"strokes"_qs, kStrokes}},
                          u"loan1"_qs)
                         .status,
                     200);
            const Reply signedContract =
                post(app + u"/signing/contracts"_qs,
                     {{u"document"_qs, document},
                      {u"pdf"_qs, QString::fromLatin1(contractPdf(document.toLatin1()).toBase64())}},
                     u"loan1"_qs);
            QVERIFY2(signedContract.status == 200, signedContract.body.constData());
            signedPdfs << signedContract.json.value(u"pdf"_qs).toString();
        }
        for (const QString &pdf : std::as_const(signedPdfs)) {
            const Reply verified = post(kLoans + u"/contracts/verify"_qs, {{u"pdf"_qs, pdf}}, u"auditor1"_qs);
            QVERIFY2(verified.status == 200, verified.body.constData());
            QVERIFY(verified.json.value(u"valid"_qs).toBool());
            QVERIFY(verified.json.value(u"registered"_qs).toBool());
        }
        // The 面签 package is filed by a job. The server's own job poller may claim it first (on
        // PostgreSQL runDue then skips the locked row): run due jobs until the contract has its 档号.
        const QString officer = f().login(u"loan1"_qs);
        const auto archiveNumber = [&] {
            return f().get(app + u"/contract"_qs, officer).json.value(u"archiveNumber"_qs).toString();
        };
        QTRY_VERIFY_WITH_TIMEOUT((runJobs(), !archiveNumber().isEmpty()), 10000);

        // 4. Disbursed under supervisor1's grant, repaid from the fund balance.
        const QString loan1 = f().login(u"loan1"_qs);
        const QString key = ServerFixture::newKey();
        const QJsonObject disbursement{{u"fromFundBalance"_qs, true}};
        const Reply disbursed =
            f().post(app + u"/disburse"_qs, disbursement, loan1, key,
                     {{"X-Supervisor-Grant",
                       f().grantFor(loan1, u"supervisor1"_qs, key, app + u"/disburse"_qs, disbursement)}});
        QVERIFY2(disbursed.status == 200, disbursed.body.constData());
        const QString number2 =
            disbursed.json.value(u"loan"_qs).toObject().value(u"contractNumber"_qs).toString();
        QVERIFY(number2.startsWith(u"DK"_qs));
        const QString account = kLoans + u"/accounts/"_qs + number2;
        const QString balance =
            u"SELECT balance_fen FROM accounts WHERE id = (SELECT account_id FROM loans)"_qs;
        const qint64 before = sql(balance);

        // 5. The first instalment on its due date, by the job: 947.25 (216.67 interest, 730.58 principal).
        f().clock().set(QDateTime(QDate(2025, 8, 15), QTime(9, 0)));
        QCOMPARE(runJobs(), 1);
        QCOMPARE(sql(balance), before - 94725);
        QCOMPARE(sql(u"SELECT outstanding_fen FROM loans"_qs), qint64(10000000 - 73058));

        // 6. A partial prepayment keeping the term: a new schedule of 756.41 a month.
        f().clock().set(QDateTime(QDate(2025, 9, 1), QTime(9, 0)));
        Reply r = post(account + u"/prepayments"_qs,
                       {{u"kind"_qs, u"partial"_qs}, {u"amountFen"_qs, 2000000}, {u"keep"_qs, u"term"_qs}},
                       u"loan1"_qs);
        QVERIFY2(r.status == 201, r.body.constData());
        QCOMPARE(r.json.value(u"posting"_qs).toObject().value(u"interestFen"_qs).toInteger(), qint64(2456));
        QJsonObject loan = r.json.value(u"loan"_qs).toObject();
        QCOMPARE(loan.value(u"outstandingFen"_qs).toInteger(), qint64(7926942));
        QCOMPARE(loan.value(u"scheduleVersion"_qs).toInteger(), qint64(2));
        QCOMPARE(loan.value(u"instalments"_qs).toArray().at(1).toObject().value(u"paymentFen"_qs).toInteger(),
                 qint64(75641));

        // 7. The rest in full: settled.
        f().clock().set(QDateTime(QDate(2025, 9, 10), QTime(9, 0)));
        r = post(account + u"/prepayments"_qs, {{u"kind"_qs, u"full"_qs}}, u"loan1"_qs);
        QVERIFY2(r.status == 201, r.body.constData());
        QCOMPARE(r.json.value(u"posting"_qs).toObject().value(u"principalFen"_qs).toInteger(),
                 qint64(7926942));
        QCOMPARE(r.json.value(u"posting"_qs).toObject().value(u"interestFen"_qs).toInteger(), qint64(14885));
        loan = r.json.value(u"loan"_qs).toObject();
        QCOMPARE(loan.value(u"status"_qs).toString(), u"settled"_qs);
        QCOMPARE(loan.value(u"settledOn"_qs).toString(), u"2025-09-10"_qs);

        // 8. The 贷款结清证明, and its code verified as a scanner of the QR code would.
        auto conn = f().database().connection();
        QVERIFY(conn.ok());
        server::Query q(*conn,
                        u"SELECT a.account_number FROM accounts a JOIN loans l ON l.account_id = a.id"_qs);
        QVERIFY(q.exec().ok() && q.next());
        const QString memberAccount = q.str(0);
        q.finish();
        const Reply cert =
            post(u"/api/v1/certificates"_qs,
                 {{u"type"_qs, u"loan_settled"_qs}, {u"accountNumber"_qs, memberAccount}}, u"teller1"_qs);
        QVERIFY2(cert.status == 201, cert.body.constData());
        const Reply verified = f().post(u"/api/v1/certificates/verify"_qs,
                                        {{u"code"_qs, cert.json.value(u"code"_qs).toString()}});
        QCOMPARE(verified.json.value(u"outcome"_qs).toString(), u"valid"_qs);
        QCOMPARE(f().ledgerInvariantViolation(), QString());
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerLoanJourney(b); });
}

#include "tst_server_loanjourney.moc"
