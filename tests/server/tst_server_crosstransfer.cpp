// Cross-city transfers (异地转移接续, issue 16) between two in-process centers, each a Server with
// its own database, clock, signing key and center code (Policy::forCenter), joined by the real peer
// channel (integration/transfer) over loopback. The test runs each center's send job itself
// (JobRunner::runDue, schedulers stopped) so it controls the order of the exchange. Checked: the
// whole happy path with exact amounts (interest to date computed independently), cancel before and
// after acceptance, refusal, negotiation and resend, failure with the money back, duplicated and
// reordered messages, the route errors, branch scope, and at every quiescent point the money
// invariant Σ balances(in) + Σ balances(out) + transit(out) − interest credited = constant with
// each center's ledger invariant. SQLite and PostgreSQL.
#include "business/certificates/signingkeys.h"
#include "business/transfer/crosschannel.h"
#include "business/transfer/crossservice.h"
#include "crypto/sm2.h"
#include "demo/demoseed.h"
#include "finance/interest.h"
#include "integration/transfer/peerchannel.h"
#include "platform/auth/systemuser.h"
#include "platform/jobs/jobscheduler.h"
#include "platform/store/sql.h"
#include "platform/store/transaction.h"
#include "serverfixture.h"
#include "testsupport.h"
#include "transfer/message.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace hpf;
using namespace hpf::test;

namespace {

const QString kOut = u"620100"_qs; // the sending center (the person's old city)
const QString kIn = u"110100"_qs;  // the receiving center (the new city)
constexpr int kPerson = 73;
constexpr qint64 kBase = 800000; // 8,000.00 yuan

// One center: a fixture, its code and a teller's token.
struct Center
{
    std::unique_ptr<ServerFixture> f;
    QString code;
    QString teller;
    QString unit;
    QString account;
};

} // namespace

class TestServerCrossTransfer : public QObject
{
    Q_OBJECT
public:
    explicit TestServerCrossTransfer(Backend backend)
        : m_backend(backend)
    {}

private:
    Backend m_backend;
    Center m_out;
    Center m_in;
    std::unique_ptr<QTemporaryDir> m_peers;
    qint64 m_constant = 0;

    // ---- set-up ----------------------------------------------------------------------------------

    void startCenter(Center &c, const QString &code)
    {
        c.code = code;
        c.f = std::make_unique<ServerFixture>(m_backend);
        QVERIFY2(c.f->start(), qPrintable(c.f->error()));
        auto policy = c.f->server().context().policy.forCenter(code);
        QVERIFY(policy.ok());
        c.f->server().context().policy = *policy;
        // The test runs the jobs itself, in the order it wants.
        c.f->server().jobScheduler().stop();
        server::registerTransferJobs(c.f->server().jobs(), c.f->server().context());
        auto key = crypto::Sm2Key::generate();
        QVERIFY(key.ok());
        auto conn = c.f->database().connection();
        QVERIFY(conn.ok());
        server::Query q(*conn, u"INSERT INTO signing_keys (kid, public_pem, file_name, status, created_at) "
                               "VALUES (:k, :p, 'test', 'active', :t)"_qs);
        q.bind(u":k"_qs, QString::fromLatin1(key->keyId().toHex()))
            .bind(u":p"_qs, QString::fromLatin1(key->publicKeyPem()))
            .bind(u":t"_qs, c.f->clock().now().addDays(-1).toMSecsSinceEpoch());
        QVERIFY(q.exec().ok());
        // The center's entry in the shared peers folder, as --announce writes it.
        QFile file(m_peers->filePath(code + u".json"_qs));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(
                       QJsonObject{{u"code"_qs, code},
                                   {u"url"_qs, u"http://127.0.0.1:%1"_qs.arg(c.f->port())},
                                   {u"publicKeys"_qs, QJsonArray{QString::fromLatin1(key->publicKeyPem())}}})
                       .toJson());
        file.close();
        c.f->server().context().certificateSigner =
            std::make_shared<const server::CertificateSigner>(std::move(key).value(), false);
        c.teller = c.f->login(u"teller1"_qs);
        QVERIFY(!c.teller.isEmpty());
    }

    // The person's account at each center: at the old one with a remittance, at the new one empty.
    void openAccounts()
    {
        m_out.unit = m_out.f->createUnit(m_out.teller, 1);
        m_out.account = m_out.f->openAccount(m_out.teller, m_out.unit, kPerson, kBase);
        QVERIFY(!m_out.account.isEmpty());
        QCOMPARE(
            m_out.f->postRemittance(m_out.teller, m_out.unit, u"2025-07"_qs, ServerFixture::newKey()).status,
            201);
        m_in.unit = m_in.f->createUnit(m_in.teller, 2);
        m_in.account = m_in.f->openAccount(m_in.teller, m_in.unit, kPerson, kBase);
        QVERIFY(!m_in.account.isEmpty());
    }

    void advanceDays(int days)
    {
        m_out.f->clock().advanceDays(days);
        m_in.f->clock().advanceDays(days);
        m_out.teller = m_out.f->login(u"teller1"_qs); // sessions do not last a month
        m_in.teller = m_in.f->login(u"teller1"_qs);
    }

    // ---- reads -----------------------------------------------------------------------------------

    static qint64 scalar(Center &c, const QString &sql)
    {
        auto conn = c.f->database().connection();
        if (!conn)
            return -1;
        server::Query q(*conn, sql);
        if (!q.exec().ok() || !q.next())
            return -1;
        return q.int64(0);
    }
    static QString text(Center &c, const QString &sql)
    {
        auto conn = c.f->database().connection();
        server::Query q(*conn, sql);
        if (!q.exec().ok() || !q.next())
            return {};
        return q.str(0);
    }
    qint64 money()
    {
        const QString balances = u"SELECT coalesce(sum(balance_fen), 0) FROM accounts"_qs;
        const QString interest =
            u"SELECT coalesce(sum(amount_fen), 0) FROM journal WHERE business_type = '09'"_qs;
        return scalar(m_out, balances) + scalar(m_in, balances) +
               scalar(m_out,
                      u"SELECT coalesce(sum(amount_fen), 0) FROM transfer_transit WHERE state = 'held'"_qs) -
               scalar(m_out, interest) - scalar(m_in, interest);
    }
    qint64 queuedJobs(Center &c)
    {
        return scalar(c, u"SELECT count(*) FROM jobs WHERE state IN ('queued', 'running')"_qs);
    }

    // Runs both centers' jobs until nothing is left (a message waiting for an earlier one of its
    // letter, or retried, is due after the clocks move on), then checks the invariants.
    void quiesce()
    {
        for (int round = 0; round < 40; ++round) {
            auto a = m_in.f->server().jobs().runDue();
            auto b = m_out.f->server().jobs().runDue();
            QVERIFY(a.ok() && b.ok());
            if (*a + *b > 0)
                continue;
            if (queuedJobs(m_in) + queuedJobs(m_out) == 0) {
                QCOMPARE(money(), m_constant);
                QCOMPARE(m_out.f->ledgerInvariantViolation(), QString());
                QCOMPARE(m_in.f->ledgerInvariantViolation(), QString());
                return;
            }
            m_in.f->clock().advanceSeconds(61);
            m_out.f->clock().advanceSeconds(61);
        }
        QFAIL("the exchange did not come to rest");
    }

    Reply apply(const QString &sendingCenter = kOut, const QString &account = {})
    {
        return m_in.f->post(u"/api/v1/transfers/cross-city"_qs,
                            {{u"sendingCenter"_qs, sendingCenter},
                             {u"accountNumber"_qs, account.isEmpty() ? m_in.account : account},
                             {u"oldAccount"_qs, m_out.account},
                             {u"oldUnitName"_qs, u"测试单位1"_qs},
                             {u"phone"_qs, u"13812345678"_qs}},
                            m_in.teller, ServerFixture::newKey());
    }
    static Reply act(Center &c, const QString &letter, const QString &verb, const QJsonObject &body = {})
    {
        return c.f->post(u"/api/v1/transfers/cross-city/"_qs + letter + u'/' + verb, body, c.teller,
                         ServerFixture::newKey());
    }
    static QJsonObject transfer(Center &c, const QString &letter)
    {
        const Reply r = c.f->get(u"/api/v1/transfers/cross-city/"_qs + letter, c.teller);
        return r.json.value(u"transfer"_qs).toObject();
    }
    static QString status(Center &c, const QString &letter)
    {
        return transfer(c, letter).value(u"status"_qs).toString();
    }
    static QJsonObject account(Center &c, const QString &number)
    {
        return c.f->get(u"/api/v1/accounts/"_qs + number, c.teller).json;
    }

    // Applies and lets the sending center receive the letter (status 02 at both).
    QString applied()
    {
        const Reply r = apply();
        [&] { QVERIFY2(r.status == 201, r.body.constData()); }();
        const QString letter = r.json.value(u"transfer"_qs).toObject().value(u"letterNumber"_qs).toString();
        quiesce();
        return letter;
    }

    // A message of the receiving center, signed by it, delivered through its channel now.
    Result<transfer::Reply> sendFromIn(transfer::MessageType type, const QString &letter,
                                       const QJsonObject &body)
    {
        transfer::Message m;
        m.type = type;
        m.messageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m.sender = kIn;
        m.receiver = kOut;
        m.sentAt = QDateTime::fromMSecsSinceEpoch(m_in.f->clock().now().toMSecsSinceEpoch(), Qt::UTC);
        m.letterNumber = letter;
        m.body = body;
        QJsonObject o = transfer::toJson(m);
        o.insert(u"kid"_qs, m_in.f->server().context().certificateSigner->kid());
        auto signedMessage = transfer::sign(o, m_in.f->server().context().certificateSigner->key());
        if (!signedMessage)
            return signedMessage.error();
        return m_in.f->server().context().transferChannel->deliver(*signedMessage);
    }

private slots:
    void initTestCase()
    {
        const QString why = ServerFixture::unavailableReason(m_backend);
        if (!why.isEmpty()) {
            if (componentsRequired())
                QFAIL(qPrintable(u"CI=true and the backend is missing: "_qs + why));
            QSKIP(qPrintable(why));
        }
    }

    void init()
    {
        m_peers = std::make_unique<QTemporaryDir>();
        startCenter(m_out, kOut);
        startCenter(m_in, kIn);
        server::installPeerChannel(m_out.f->server().context(), m_peers->path(), 0);
        server::installPeerChannel(m_in.f->server().context(), m_peers->path(), 0);
        openAccounts();
        advanceDays(30); // interest accrues at the old center
        m_constant = money();
    }

    void cleanup()
    {
        m_in.f.reset();
        m_out.f.reset();
        m_peers.reset();
    }

    void centersAndTransit()
    {
        const Reply centers = m_in.f->get(u"/api/v1/transfers/centers"_qs, m_in.teller);
        QCOMPARE(centers.status, 200);
        QCOMPARE(centers.json.value(u"self"_qs).toObject().value(u"code"_qs).toString(), kIn);
        QStringList codes;
        for (const QJsonValue &v : centers.json.value(u"items"_qs).toArray()) {
            codes << v.toObject().value(u"code"_qs).toString();
            QCOMPARE(v.toObject().value(u"connected"_qs).toBool(),
                     v.toObject().value(u"code"_qs).toString() == kOut);
        }
        QVERIFY(codes.contains(kOut) && !codes.contains(kIn) && codes.contains(u"310100"_qs));
        const Reply transit = m_out.f->get(u"/api/v1/transfers/transit"_qs, m_out.teller);
        QCOMPARE(transit.status, 200);
        QCOMPARE(transit.json.value(u"balanceFen"_qs).toInteger(), 0);
    }

    void happyPath()
    {
        const qint64 principal = account(m_out, m_out.account).value(u"balanceFen"_qs).toInteger();
        QVERIFY(principal > 0);
        const Reply r = apply();
        QVERIFY2(r.status == 201, r.body.constData());
        const QJsonObject t = r.json.value(u"transfer"_qs).toObject();
        const QString letter = t.value(u"letterNumber"_qs).toString();
        QVERIFY(transfer::isLetterNumber(letter));
        QVERIFY(letter.startsWith(kIn + m_in.f->clock().now().toLocalTime().date().toString(u"yyMMdd"_qs)));
        QCOMPARE(t.value(u"status"_qs).toString(), u"01"_qs);
        QCOMPARE(t.value(u"role"_qs).toString(), u"in"_qs);
        const QJsonObject letterReceipt = r.json.value(u"letter"_qs).toObject();
        QCOMPARE(letterReceipt.value(u"business"_qs).toString(), u"transfer_contact_letter"_qs);
        QVERIFY(QJsonDocument(letterReceipt).toJson().contains(letter.toUtf8()));

        quiesce(); // BDC901 delivered
        QCOMPARE(status(m_in, letter), u"02"_qs);
        QCOMPARE(status(m_out, letter), u"02"_qs);
        const QJsonObject inbox =
            m_out.f->get(u"/api/v1/transfers/cross-city?role=out&status=02"_qs, m_out.teller).json;
        QCOMPARE(inbox.value(u"items"_qs).toArray().size(), 1);

        // Interest to date, independently: the one remittance earns from its day to today.
        const QDate today = m_out.f->clock().now().toLocalTime().date();
        const QDate opened = today.addDays(-30);
        auto expected = finance::closingInterest(m_out.f->server().context().policy, opened, today, 0,
                                                 {finance::Movement{opened, principal}});
        QVERIFY(expected.ok());
        QVERIFY(expected->interest > 0);
        const Reply accepted = act(m_out, letter, u"accept"_qs);
        QVERIFY2(accepted.status == 200, accepted.body.constData());
        const QJsonObject out =
            accepted.json.value(u"transfer"_qs).toObject().value(u"transferOut"_qs).toObject();
        QCOMPARE(out.value(u"principalFen"_qs).toInteger(), principal);
        QCOMPARE(out.value(u"interestFen"_qs).toInteger(), expected->interest);
        QCOMPARE(out.value(u"amountFen"_qs).toInteger(), principal + expected->interest);
        QCOMPARE(out.value(u"openedMonth"_qs).toString(), u"2025-07"_qs);
        QCOMPARE(out.value(u"lastPaidMonth"_qs).toString(), u"2025-07"_qs);
        QCOMPARE(out.value(u"sixMonthsContinuous"_qs).toBool(), false);
        QCOMPARE(accepted.json.value(u"receipt"_qs).toObject().value(u"business"_qs).toString(),
                 u"transfer_out"_qs);
        QCOMPARE(account(m_out, m_out.account).value(u"balanceFen"_qs).toInteger(), 0);
        QCOMPARE(account(m_out, m_out.account).value(u"state"_qs).toString(), u"02"_qs);
        QCOMPARE(m_out.f->get(u"/api/v1/transfers/transit"_qs, m_out.teller)
                     .json.value(u"balanceFen"_qs)
                     .toInteger(),
                 principal + expected->interest);

        quiesce(); // BDC905 credited, BDC906 confirmed
        QCOMPARE(status(m_in, letter), u"00"_qs);
        QCOMPARE(status(m_out, letter), u"00"_qs);
        QVERIFY(transfer(m_in, letter).value(u"final"_qs).toBool());
        QCOMPARE(account(m_in, m_in.account).value(u"balanceFen"_qs).toInteger(),
                 principal + expected->interest);
        const QJsonObject old = account(m_out, m_out.account);
        QCOMPARE(old.value(u"state"_qs).toString(), u"04"_qs);
        QCOMPARE(old.value(u"balanceFen"_qs).toInteger(), 0);
        QCOMPARE(text(m_out, u"SELECT close_reason FROM accounts WHERE account_number = '"_qs +
                                 m_out.account + u"'"_qs),
                 u"07"_qs);
        QCOMPARE(m_out.f->get(u"/api/v1/transfers/transit"_qs, m_out.teller)
                     .json.value(u"balanceFen"_qs)
                     .toInteger(),
                 0);
        // Exactly once: one credit at the new center, one release at the old one.
        QCOMPARE(scalar(m_in, u"SELECT count(*) FROM journal WHERE business_type = '08'"_qs), 1);
        QCOMPARE(scalar(m_out, u"SELECT count(*) FROM journal WHERE business_type = '07'"_qs), 1);
        QCOMPARE(scalar(m_out, u"SELECT count(*) FROM transfer_transit WHERE state = 'released'"_qs), 1);
        // The new center's teller prints the transfer-in receipt from the transfer.
        QStringList businesses;
        for (const QJsonValue &v : transfer(m_in, letter).value(u"receipts"_qs).toArray())
            businesses << v.toObject().value(u"business"_qs).toString();
        QCOMPARE(businesses, (QStringList{u"transfer_contact_letter"_qs, u"transfer_in"_qs}));
        QVERIFY(transfer(m_in, letter).value(u"history"_qs).toArray().size() >= 3);
    }

    void cancelBeforeAcceptance_data()
    {
        QTest::addColumn<bool>("letterDelivered");
        QTest::newRow("status 01: the letter still queued") << false;
        QTest::newRow("status 02: the letter received") << true;
    }
    void cancelBeforeAcceptance()
    {
        QFETCH(bool, letterDelivered);
        const Reply r = apply();
        QVERIFY2(r.status == 201, r.body.constData());
        const QString letter = r.json.value(u"transfer"_qs).toObject().value(u"letterNumber"_qs).toString();
        if (letterDelivered)
            quiesce();
        const Reply cancel = act(m_in, letter, u"cancel"_qs);
        QVERIFY2(cancel.status == 200, cancel.body.constData());
        QVERIFY(cancel.json.value(u"transfer"_qs).toObject().value(u"cancelRequested"_qs).toBool());
        QCOMPARE(act(m_in, letter, u"cancel"_qs).code(), u"transfer.status"_qs); // requested already
        quiesce();
        QCOMPARE(status(m_in, letter), u"05"_qs);
        QCOMPARE(status(m_out, letter), u"05"_qs);
        QCOMPARE(act(m_out, letter, u"accept"_qs).code(), u"transfer.status"_qs);
        QCOMPARE(account(m_out, m_out.account).value(u"state"_qs).toString(), u"01"_qs);
    }

    void cancelAfterAcceptance()
    {
        const QString letter = applied();
        QCOMPARE(act(m_out, letter, u"accept"_qs).status, 200);
        // The receiving center does not know yet: the cancellation goes out and is answered no.
        const Reply cancel = act(m_in, letter, u"cancel"_qs);
        QVERIFY2(cancel.status == 200, cancel.body.constData());
        QVERIFY(m_in.f->server().jobs().runDue().ok()); // BDC903 answered "cancelled": false
        QCOMPARE(status(m_out, letter), u"08"_qs);
        QVERIFY(!transfer(m_in, letter).value(u"cancelRequested"_qs).toBool());
        quiesce();
        QCOMPARE(status(m_in, letter), u"00"_qs);
        QCOMPARE(status(m_out, letter), u"00"_qs);
        // Once the acceptance is known, the counter refuses at once.
        const Reply late = act(m_in, letter, u"cancel"_qs);
        QCOMPARE(late.status, 409);
        QCOMPARE(late.code(), u"transfer.cancel_too_late"_qs);
    }

    void cancelTooLateAfterProgress()
    {
        const QString letter = applied();
        QCOMPARE(act(m_out, letter, u"accept"_qs).status, 200);
        QCOMPARE(act(m_in, letter, u"progress"_qs).status, 202);
        QVERIFY(m_in.f->server().jobs().runDue().ok()); // BDC904: the sending center says 08
        QCOMPARE(status(m_in, letter), u"08"_qs);
        const Reply late = act(m_in, letter, u"cancel"_qs);
        QCOMPARE(late.status, 409);
        QCOMPARE(late.code(), u"transfer.cancel_too_late"_qs);
        quiesce();
        QCOMPARE(status(m_in, letter), u"00"_qs);
    }

    void refusal()
    {
        const QString letter = applied();
        const Reply refused =
            act(m_out, letter, u"refuse"_qs, {{u"reason"_qs, u"原账户信息与联系函不符"_qs}});
        QVERIFY2(refused.status == 200, refused.body.constData());
        quiesce();
        QCOMPARE(status(m_in, letter), u"13"_qs);
        QCOMPARE(status(m_out, letter), u"13"_qs);
        QCOMPARE(transfer(m_in, letter).value(u"reason"_qs).toString(), u"原账户信息与联系函不符"_qs);
        QCOMPARE(account(m_out, m_out.account).value(u"state"_qs).toString(), u"01"_qs);
        QCOMPARE(account(m_in, m_in.account).value(u"balanceFen"_qs).toInteger(), 0);
    }

    // The new account is sealed when the money arrives: negotiation (06) at both centers.
    QString negotiating(qint64 *total)
    {
        const QString letter = applied();
        const Reply seal = m_in.f->post(u"/api/v1/accounts/"_qs + m_in.account + u"/seal"_qs,
                                        {{u"reason"_qs, u"01"_qs}}, m_in.teller, ServerFixture::newKey());
        [&] { QVERIFY2(seal.status == 200, seal.body.constData()); }();
        const Reply accepted = act(m_out, letter, u"accept"_qs);
        *total = accepted.json.value(u"transfer"_qs)
                     .toObject()
                     .value(u"transferOut"_qs)
                     .toObject()
                     .value(u"amountFen"_qs)
                     .toInteger();
        quiesce();
        [&] {
            QCOMPARE(status(m_in, letter), u"06"_qs);
            QCOMPARE(status(m_out, letter), u"06"_qs);
            QVERIFY(!transfer(m_out, letter).value(u"reason"_qs).toString().isEmpty());
            QCOMPARE(account(m_in, m_in.account).value(u"balanceFen"_qs).toInteger(), 0);
        }();
        return letter;
    }

    void negotiationAndResend()
    {
        qint64 total = 0;
        const QString letter = negotiating(&total);
        QVERIFY(total > 0);
        const Reply unseal = m_in.f->post(u"/api/v1/accounts/"_qs + m_in.account + u"/unseal"_qs, {},
                                          m_in.teller, ServerFixture::newKey());
        QVERIFY2(unseal.status == 200, unseal.body.constData());
        const Reply resent = act(m_out, letter, u"resend"_qs);
        QVERIFY2(resent.status == 200, resent.body.constData());
        quiesce();
        QCOMPARE(status(m_in, letter), u"20"_qs);
        QCOMPARE(status(m_out, letter), u"20"_qs);
        QCOMPARE(account(m_in, m_in.account).value(u"balanceFen"_qs).toInteger(), total);
        QCOMPARE(account(m_out, m_out.account).value(u"state"_qs).toString(), u"04"_qs);
    }

    void failureReturnsTheMoney()
    {
        qint64 total = 0;
        const QString letter = negotiating(&total);
        const Reply failed = act(m_out, letter, u"fail"_qs, {{u"reason"_qs, u"协商未果"_qs}});
        QVERIFY2(failed.status == 200, failed.body.constData());
        QCOMPARE(failed.json.value(u"receipt"_qs).toObject().value(u"business"_qs).toString(),
                 u"transfer_out_return"_qs);
        quiesce();
        QCOMPARE(status(m_in, letter), u"40"_qs);
        QCOMPARE(status(m_out, letter), u"40"_qs);
        const QJsonObject old = account(m_out, m_out.account);
        QCOMPARE(old.value(u"balanceFen"_qs).toInteger(), total);
        QCOMPARE(old.value(u"state"_qs).toString(), u"01"_qs); // restored
        QCOMPARE(
            m_out.f->get(u"/api/v1/transfers/transit"_qs, m_out.teller).json.value(u"count"_qs).toInteger(),
            0);
    }

    // A stored message delivered again gets the stored answer and changes nothing; messages out of
    // order are refused with transfer.state and change nothing.
    void duplicatedAndReorderedMessages()
    {
        const QString letter = applied();
        // A completion confirmation before any transfer-out.
        auto early = sendFromIn(transfer::MessageType::Confirm, letter,
                                {{u"ConNum"_qs, letter}, {u"TxFunc"_qs, u"2"_qs}});
        QVERIFY(early.ok());
        QVERIFY(!early->ok);
        QCOMPARE(early->code, u"transfer.state"_qs);
        QCOMPARE(status(m_out, letter), u"02"_qs);
        // A second letter for the same old account while the first is open.
        const QString second = transfer::letterNumber(kIn, m_in.f->clock().now().toLocalTime().date(), 9000);
        auto duplicate =
            sendFromIn(transfer::MessageType::Apply, second,
                       {{u"ConNum"_qs, second},
                        {u"TxFunc"_qs, u"0"_qs},
                        {u"TranOutUnitNo"_qs, kOut},
                        {u"TranCenName"_qs, u"兰州住房公积金管理中心"_qs},
                        {u"TranRefAcctNo"_qs, u"0200001109000012345"_qs},
                        {u"TranRefAcctName"_qs, u"北京住房公积金管理中心"_qs},
                        {u"TranBank"_qs, u"中国工商银行北京西单支行"_qs},
                        {u"TrenCenInfo"_qs, u"010-12329"_qs},
                        {u"GenDate"_qs, m_in.f->clock().now().toLocalTime().date().toString(u"yyyyMMdd"_qs)},
                        {u"EmpName"_qs, QStringLiteral("职工%1").arg(kPerson)},
                        {u"DocType"_qs, u"01"_qs},
                        {u"IdNum"_qs, server::demoIdentityNumber(kPerson)},
                        {u"SocUnitName"_qs, u"测试单位1"_qs},
                        {u"SocRefAcctNo"_qs, m_out.account}});
        QVERIFY(duplicate.ok());
        QCOMPARE(duplicate->code, u"transfer.duplicate"_qs);
        QCOMPARE(scalar(m_out, u"SELECT count(*) FROM cross_transfers"_qs), 1);
        // A message for a letter the sending center does not know.
        auto again = sendFromIn(transfer::MessageType::Progress, u"1101002507019999"_qs,
                                {{u"ConNum"_qs, u"1101002507019999"_qs}});
        QVERIFY(again.ok());
        QCOMPARE(again->code, u"transfer.state"_qs);

        QCOMPARE(act(m_out, letter, u"accept"_qs).status, 200);
        quiesce();
        QCOMPARE(status(m_in, letter), u"00"_qs);
        const qint64 credited = account(m_in, m_in.account).value(u"balanceFen"_qs).toInteger();
        // Every message either center sent, delivered once more: the stored replies, no effect.
        for (Center *c : {&m_out, &m_in}) {
            auto conn = c->f->database().connection();
            server::Query q(*conn, u"SELECT signed, reply FROM transfer_messages ORDER BY id"_qs);
            QVERIFY(q.exec().ok());
            int n = 0;
            while (q.next()) {
                const QJsonObject stored = QJsonDocument::fromJson(q.str(0).toUtf8()).object();
                const QJsonObject reply = QJsonDocument::fromJson(q.str(1).toUtf8()).object();
                auto answer = c->f->server().context().transferChannel->deliver(stored);
                QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.error().code));
                QCOMPARE(answer->ok, reply.value(u"result"_qs).toString() == u"ok");
                QCOMPARE(answer->body, reply.value(u"body"_qs).toObject());
                ++n;
            }
            QVERIFY(n >= 1); // the sending center: BDC905; the receiving one: BDC901 and BDC906
        }
        // A confirmation after completion, as a new message: refused.
        auto late = sendFromIn(transfer::MessageType::Confirm, letter,
                               {{u"ConNum"_qs, letter}, {u"TxFunc"_qs, u"2"_qs}});
        QVERIFY(late.ok());
        QCOMPARE(late->code, u"transfer.state"_qs);
        quiesce();
        QCOMPARE(account(m_in, m_in.account).value(u"balanceFen"_qs).toInteger(), credited);
        QCOMPARE(scalar(m_in, u"SELECT count(*) FROM journal WHERE business_type = '08'"_qs), 1);
        QCOMPARE(scalar(m_out, u"SELECT count(*) FROM transfer_transit"_qs), 1);
    }

    void routeErrors_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown center") << u"apply:999999"_qs << 422 << u"transfer.center_unknown"_qs;
        QTest::newRow("own center") << u"apply:110100"_qs << 422 << u"transfer.center_self"_qs;
        QTest::newRow("center without a peer")
            << u"apply:310100"_qs << 422 << u"transfer.center_not_connected"_qs;
        QTest::newRow("account not found") << u"apply:unknown-account"_qs << 404 << u"account.not_found"_qs;
        QTest::newRow("account not live") << u"apply:sealed"_qs << 422 << u"transfer.account_state"_qs;
        QTest::newRow("duplicate") << u"apply:twice"_qs << 409 << u"transfer.duplicate"_qs;
        QTest::newRow("other branch") << u"apply:teller2"_qs << 403 << u"auth.branch_denied"_qs;
        QTest::newRow("bad letter number") << u"get:12345"_qs << 404 << u"transfer.not_found"_qs;
        QTest::newRow("unknown letter number")
            << u"get:1101002507019999"_qs << 404 << u"transfer.not_found"_qs;
        QTest::newRow("reason empty") << u"refuse:"_qs << 400 << u"request.field_empty"_qs;
        QTest::newRow("reason oversized") << u"refuse:long"_qs << 400 << u"request.field_too_long"_qs;
        QTest::newRow("body on accept") << u"accept:body"_qs << 400 << u"request.unknown_field"_qs;
        QTest::newRow("accept twice") << u"accept:twice"_qs << 409 << u"transfer.status"_qs;
        QTest::newRow("resend in 02") << u"resend"_qs << 409 << u"transfer.status"_qs;
        QTest::newRow("fail in 02") << u"fail"_qs << 409 << u"transfer.status"_qs;
        QTest::newRow("refuse after accept") << u"refuse:accepted"_qs << 409 << u"transfer.status"_qs;
        QTest::newRow("accept at the receiving center") << u"in:accept"_qs << 422 << u"transfer.role"_qs;
        QTest::newRow("cancel at the sending center") << u"out:cancel"_qs << 422 << u"transfer.role"_qs;
        QTest::newRow("progress at the sending center") << u"out:progress"_qs << 422 << u"transfer.role"_qs;
        QTest::newRow("cancel a refused transfer") << u"in:cancel-final"_qs << 409 << u"transfer.status"_qs;
        QTest::newRow("list: bad role") << u"list:role=x"_qs << 400 << u"request.field_range"_qs;
        QTest::newRow("list: bad status") << u"list:status=02,99"_qs << 400 << u"request.field_range"_qs;
        QTest::newRow("list: bad limit") << u"list:limit=51"_qs << 400 << u"request.field_range"_qs;
    }
    void routeErrors()
    {
        QFETCH(QString, step);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QString kind = step.section(u':', 0, 0);
        const QString arg = step.section(u':', 1);
        Reply r;
        if (kind == u"apply") {
            if (arg == u"unknown-account") {
                r = apply(kOut, u"999999999999"_qs);
            } else if (arg == u"sealed") {
                QCOMPARE(m_in.f
                             ->post(u"/api/v1/accounts/"_qs + m_in.account + u"/seal"_qs,
                                    {{u"reason"_qs, u"01"_qs}}, m_in.teller, ServerFixture::newKey())
                             .status,
                         200);
                r = apply();
            } else if (arg == u"twice") {
                QCOMPARE(apply().status, 201);
                r = apply();
            } else if (arg == u"teller2") {
                r = m_in.f->post(u"/api/v1/transfers/cross-city"_qs,
                                 {{u"sendingCenter"_qs, kOut},
                                  {u"accountNumber"_qs, m_in.account},
                                  {u"oldAccount"_qs, m_out.account},
                                  {u"oldUnitName"_qs, u"测试单位1"_qs}},
                                 m_in.f->login(u"teller2"_qs), ServerFixture::newKey());
            } else {
                r = apply(arg);
            }
        } else if (kind == u"get") {
            r = m_in.f->get(u"/api/v1/transfers/cross-city/"_qs + arg, m_in.teller);
        } else if (kind == u"list") {
            r = m_in.f->get(u"/api/v1/transfers/cross-city?"_qs + arg, m_in.teller);
        } else {
            const QString letter = applied();
            if (kind == u"refuse") {
                if (arg == u"accepted") {
                    QCOMPARE(act(m_out, letter, u"accept"_qs).status, 200);
                    r = act(m_out, letter, u"refuse"_qs, {{u"reason"_qs, u"迟到"_qs}});
                } else {
                    r = act(m_out, letter, u"refuse"_qs,
                            {{u"reason"_qs, arg == u"long" ? QString(201, u'长') : QString()}});
                }
            } else if (kind == u"accept") {
                if (arg == u"twice") {
                    QCOMPARE(act(m_out, letter, u"accept"_qs).status, 200);
                    r = act(m_out, letter, u"accept"_qs);
                } else {
                    r = act(m_out, letter, u"accept"_qs, {{u"x"_qs, 1}});
                }
            } else if (kind == u"resend" || kind == u"fail") {
                r = act(m_out, letter, kind,
                        kind == u"fail" ? QJsonObject{{u"reason"_qs, u"无"_qs}} : QJsonObject{});
            } else if (kind == u"in") {
                if (arg == u"cancel-final") {
                    QCOMPARE(act(m_out, letter, u"refuse"_qs, {{u"reason"_qs, u"不符"_qs}}).status, 200);
                    quiesce();
                    r = act(m_in, letter, u"cancel"_qs);
                } else {
                    r = act(m_in, letter, arg);
                }
            } else if (kind == u"out") {
                r = act(m_out, letter, arg);
            }
        }
        QVERIFY2(r.status == status, r.body.constData());
        QCOMPARE(r.code(), code);
    }

    // One transfer is the own branch's; the list leaves other branches' out; head office sees all.
    void branchScope()
    {
        const QString letter = applied();
        const QString other = m_in.f->login(u"teller2"_qs);
        const Reply denied = m_in.f->get(u"/api/v1/transfers/cross-city/"_qs + letter, other);
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.code(), u"auth.branch_denied"_qs);
        QVERIFY(!denied.body.contains(m_in.account.toUtf8()));
        const Reply list = m_in.f->get(u"/api/v1/transfers/cross-city"_qs, other);
        QCOMPARE(list.status, 200);
        QVERIFY(list.json.value(u"items"_qs).toArray().isEmpty());
        QCOMPARE(act(m_in, letter, u"cancel"_qs).status, 200); // own branch acts
        const QString head = m_in.f->login(u"auditor1"_qs);
        QCOMPARE(m_in.f->get(u"/api/v1/transfers/cross-city/"_qs + letter, head).status, 200);
        const Reply all = m_in.f->get(u"/api/v1/transfers/cross-city?role=in"_qs, head);
        QCOMPARE(all.json.value(u"items"_qs).toArray().size(), 1);
        // Lists mask the account numbers; the own branch's GET shows them.
        const QJsonObject item = all.json.value(u"items"_qs).toArray().at(0).toObject();
        QVERIFY(item.value(u"oldAccount"_qs).toString() != m_out.account);
        QVERIFY(!item.contains(u"history"_qs));
        QCOMPARE(transfer(m_in, letter).value(u"oldAccount"_qs).toString(), m_out.account);
    }

    // Pages of the list: newest first, a cursor to the next page.
    void listPages()
    {
        QStringList letters;
        for (int person = 80; person < 83; ++person) {
            const QString acc = m_in.f->openAccount(m_in.teller, m_in.unit, person, kBase);
            const Reply r = apply(kOut, acc);
            QVERIFY2(r.status == 201, r.body.constData());
            letters.prepend(r.json.value(u"transfer"_qs).toObject().value(u"letterNumber"_qs).toString());
        }
        const Reply first = m_in.f->get(u"/api/v1/transfers/cross-city?limit=2"_qs, m_in.teller);
        QCOMPARE(first.json.value(u"items"_qs).toArray().size(), 2);
        QCOMPARE(
            first.json.value(u"items"_qs).toArray().at(0).toObject().value(u"letterNumber"_qs).toString(),
            letters.at(0));
        const QString cursor = first.json.value(u"nextCursor"_qs).toString();
        QVERIFY(!cursor.isEmpty());
        const Reply second =
            m_in.f->get(u"/api/v1/transfers/cross-city?limit=2&cursor="_qs + cursor, m_in.teller);
        QCOMPARE(second.json.value(u"items"_qs).toArray().size(), 1);
        QCOMPARE(second.json.value(u"nextCursor"_qs).toString(), QString());
        quiesce();
    }

    // Money held by a court never leaves: the acceptance is refused and nothing moves.
    void judicialFreezeRefusesAcceptance()
    {
        const QString letter = applied();
        QVERIFY(!m_out.f->registerFreeze(m_out.account, 1000).isEmpty());
        const Reply r = act(m_out, letter, u"accept"_qs);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), u"account.frozen"_qs);
        QVERIFY(!r.body.contains("court"));
        QCOMPARE(status(m_out, letter), u"02"_qs);
        QCOMPARE(scalar(m_out, u"SELECT count(*) FROM transfer_transit"_qs), 0);
        quiesce();
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerCrossTransfer(b); });
}

#include "tst_server_crosstransfer.moc"
