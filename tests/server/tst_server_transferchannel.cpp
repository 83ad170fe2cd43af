// The cross-city transfer channel (issue 16, server/integration/transfer): two in-process centers
// (620100 and 110100), each with its own database, clock and signing key, exchange signed messages
// through their peer directories. BDC909 is answered by the channel; every other type reaches
// business/transfer's handleTransferMessage, whose answer (a refusal is a good answer) is stored,
// deduplicated and audited like any. Envelope refusals store nothing, are audited and signed.
// SQLite and PostgreSQL.
#include "business/certificates/signingkeys.h"
#include "crypto/sm2.h"
#include "demo/demoseed.h"
#include "integration/transfer/peerchannel.h"
#include "platform/store/migrations.h"
#include "platform/store/sql.h"
#include "suitebase.h"
#include "testsupport.h"
#include "transfer/message.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtConcurrent>
#include <functional>

using namespace hpf;
using namespace hpf::test;

namespace {

const QString kA = u"620100"_qs; // the fixture's own center (the default policy's)
const QString kB = u"110100"_qs;
const QString kPath = QLatin1String(server::kTransferMessagesPath);
const QString kLetter = u"1101002612040001"_qs; // issued by B, the receiving center

// What a refusal case does to a correctly signed BDC909 from A to B.
struct Tamper
{
    std::function<void(QJsonObject &)> beforeSigning;
    bool signWithOtherKey = false;
};

} // namespace

Q_DECLARE_METATYPE(Tamper)

class TestServerTransferChannel : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

private:
    std::unique_ptr<ServerFixture> m_b;
    std::unique_ptr<QTemporaryDir> m_peers;
    std::shared_ptr<crypto::Sm2Key> m_keyA; // private keys, as the centers sign with them
    std::shared_ptr<crypto::Sm2Key> m_keyB;

    ServerFixture &a() { return f(); }
    ServerFixture &b() { return *m_b; }

    static std::shared_ptr<crypto::Sm2Key> newKey()
    {
        return std::make_shared<crypto::Sm2Key>(crypto::Sm2Key::generate().value());
    }
    static std::shared_ptr<crypto::Sm2Key> publicOf(const crypto::Sm2Key &key)
    {
        return std::make_shared<crypto::Sm2Key>(crypto::Sm2Key::fromPublicPem(key.publicKeyPem()).value());
    }

    static void useKey(ServerFixture &fx, const crypto::Sm2Key &key)
    {
        auto copy = crypto::Sm2Key::fromPrivatePem(key.privateKeyPem());
        fx.server().context().certificateSigner =
            std::make_shared<const server::CertificateSigner>(std::move(copy).value(), false);
    }

    void writePeerFile(const QString &name, const QString &code, quint16 port, const QList<QByteArray> &pems)
    {
        QJsonArray keys;
        for (const QByteArray &pem : pems)
            keys.append(QString::fromLatin1(pem));
        QFile file(m_peers->filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(QJsonObject{{u"code"_qs, code},
                                             {u"url"_qs, QStringLiteral("http://127.0.0.1:%1").arg(port)},
                                             {u"publicKeys"_qs, keys}})
                       .toJson());
    }

    // A (620100, the suite's fixture) and B (110100, a second fixture), both knowing each other.
    void prepare()
    {
        m_b = std::make_unique<ServerFixture>(m_backend);
        QVERIFY2(m_b->start(), qPrintable(m_b->error()));
        m_b->clock().set(a().clock().now());
        auto policyB = b().server().context().policy.forCenter(kB);
        QVERIFY(policyB.ok());
        b().server().context().policy = *policyB;
        m_keyA = newKey();
        m_keyB = newKey();
        useKey(a(), *m_keyA);
        useKey(b(), *m_keyB);
        m_peers = std::make_unique<QTemporaryDir>();
        writePeerFile(u"620100.json"_qs, kA, a().port(), {m_keyA->publicKeyPem()});
        writePeerFile(u"110100.json"_qs, kB, b().port(), {m_keyB->publicKeyPem()});
        server::installPeerChannel(a().server().context(), m_peers->path(), 0);
        server::installPeerChannel(b().server().context(), m_peers->path(), 0);
    }

    transfer::Message message(transfer::MessageType type, QJsonObject body = {}) const
    {
        transfer::Message m;
        m.type = type;
        m.messageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m.sender = kA;
        m.receiver = kB;
        m.sentAt = m_b->clock().now().toUTC();
        m.letterNumber = type == transfer::MessageType::CenterLookup ? QString() : kLetter;
        m.body = std::move(body);
        return m;
    }

    static QJsonObject signedBy(QJsonObject object, const crypto::Sm2Key &key)
    {
        object.insert(u"kid"_qs, QString::fromLatin1(key.keyId().toHex()));
        return transfer::sign(object, key).value();
    }

    // What A's transfer job's prepare step does: deliver on a thread of its own.
    Result<transfer::Reply> deliverFromA(const QJsonObject &signedMessage)
    {
        auto channel = a().server().context().transferChannel;
        QFuture<Result<transfer::Reply>> future =
            QtConcurrent::run([channel, signedMessage] { return channel->deliver(signedMessage); });
        if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000))
            return makeError(u"test.timeout"_qs, {});
        return future.result();
    }

    Reply postToB(const QByteArray &raw)
    {
        return b().call({"POST", kPath, {}, {{"Content-Type", "application/json"}}, raw});
    }

    static qint64 count(ServerFixture &fx, const QString &sql)
    {
        auto conn = fx.database().connection();
        server::Query q(*conn, sql);
        if (!q.exec().ok() || !q.next())
            return -1;
        return q.int64(0);
    }
    qint64 inboxRows() { return count(b(), u"SELECT COUNT(*) FROM transfer_inbox"_qs); }
    qint64 refusedAudits()
    {
        return count(b(), u"SELECT COUNT(*) FROM audit_log WHERE operation = 'transfers.message_refused'"_qs);
    }
    qint64 messageAudits()
    {
        return count(b(), u"SELECT COUNT(*) FROM audit_log WHERE operation = 'transfers.message'"_qs);
    }

    static QJsonObject applyBody()
    {
        return {{u"ConNum"_qs, kLetter},
                {u"TxFunc"_qs, u"0"_qs},
                {u"TranOutUnitNo"_qs, kA},
                {u"TranCenName"_qs, u"兰州住房公积金管理中心"_qs},
                {u"TranRefAcctNo"_qs, u"0200001109000012345"_qs},
                {u"TranRefAcctName"_qs, u"北京住房公积金管理中心"_qs},
                {u"TranBank"_qs, u"中国工商银行北京西单支行"_qs},
                {u"TrenCenInfo"_qs, u"010-12329"_qs},
                {u"GenDate"_qs, u"20261204"_qs},
                {u"EmpName"_qs, u"张三"_qs},
                {u"DocType"_qs, u"01"_qs},
                {u"IdNum"_qs, u"110105199001011232"_qs},
                {u"SocUnitName"_qs, u"兰州某某有限公司"_qs},
                {u"SocRefAcctNo"_qs, u"620100000123"_qs}};
    }

private slots:
    // BDC909 through PeerChannel: B answers from its policy's center directory.
    void centerLookupRoundTrip()
    {
        prepare();
        auto reply =
            deliverFromA(signedBy(transfer::toJson(message(transfer::MessageType::CenterLookup)), *m_keyA));
        QVERIFY2(reply, qPrintable(reply ? QString() : reply.error().code + u' ' + reply.error().detail));
        QVERIFY(reply->ok);
        QCOMPARE(reply->sender, kB);
        QCOMPARE(reply->receiver, kA);
        QCOMPARE(reply->body.value(u"UnitNo"_qs).toString(), kB);
        QCOMPARE(reply->body.value(u"TranCenName"_qs).toString(), u"北京住房公积金管理中心"_qs);
        QCOMPARE(reply->body.value(u"TranRefAcctNo"_qs).toString(), u"0200001109000012345"_qs);
        QCOMPARE(reply->body.value(u"TranBank"_qs).toString(), u"中国工商银行北京西单支行"_qs);
        QCOMPARE(reply->body.value(u"TrenCenInfo"_qs).toString(), u"010-12329"_qs);
        QCOMPARE(inboxRows(), 1);
        QCOMPARE(messageAudits(), 1);
        QCOMPARE(count(b(), u"SELECT COUNT(*) FROM audit_log WHERE operation = 'transfers.message' "
                            "AND object = 'center:620100' AND outcome = 'ok'"_qs),
                 1);
        QCOMPARE(a().server().context().transferChannel->peerCodes(), QList<QString>{kB});
        // Another center of the directory, and one it does not list (a refusal, stored too).
        auto shanghai = deliverFromA(signedBy(
            transfer::toJson(message(transfer::MessageType::CenterLookup, {{u"UnitNo"_qs, u"310100"_qs}})),
            *m_keyA));
        QVERIFY(shanghai && shanghai->ok);
        QCOMPARE(shanghai->body.value(u"TranCenName"_qs).toString(), u"上海市公积金管理中心"_qs);
        auto unknown = deliverFromA(signedBy(
            transfer::toJson(message(transfer::MessageType::CenterLookup, {{u"UnitNo"_qs, u"999999"_qs}})),
            *m_keyA));
        QVERIFY(unknown);
        QVERIFY(!unknown->ok);
        QCOMPARE(unknown->code, u"transfer.center_unknown"_qs);
        QCOMPARE(inboxRows(), 3);
    }

    // A repeated message id gets the stored reply byte for byte, later too, and changes nothing;
    // a message for the business (here refused by it) likewise.
    void duplicatesGetTheStoredReply_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("BDC909 answered by the channel") << int(transfer::MessageType::CenterLookup);
        QTest::newRow("BDC901 answered by the business") << int(transfer::MessageType::Apply);
    }

    void duplicatesGetTheStoredReply()
    {
        QFETCH(int, type);
        prepare();
        const auto t = transfer::MessageType(type);
        const QJsonObject m = signedBy(
            transfer::toJson(message(t, t == transfer::MessageType::Apply ? applyBody() : QJsonObject{})),
            *m_keyA);
        const QByteArray raw = QJsonDocument(m).toJson(QJsonDocument::Compact);
        const Reply first = postToB(raw);
        QCOMPARE(first.status, 200);
        QVERIFY(transfer::verify(first.json, *publicOf(*m_keyB)));
        auto reply = transfer::readReply(first.json);
        QVERIFY(reply);
        QCOMPARE(reply->inReplyTo, m.value(u"messageId"_qs).toString());
        if (t == transfer::MessageType::Apply) {
            QVERIFY(!reply->ok);
            // The business (business/transfer/crossmessages.cpp) refuses it: the letter number is
            // B's, not the sender's, so no letter of A (transfer.state).
            QCOMPARE(reply->code, u"transfer.state"_qs);
            QCOMPARE(count(b(), u"SELECT COUNT(*) FROM audit_log WHERE operation = 'transfers.message' "
                                "AND object = 'transfer:1101002612040001' AND outcome = 'refused'"_qs),
                     1);
        }
        b().clock().advanceSeconds(5);
        const Reply second = postToB(raw);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.body, first.body);
        // Long after: a repeat is answered whatever its age (the sender's retry must not be lost).
        b().clock().advanceSeconds(3600);
        const Reply late = postToB(raw);
        QCOMPARE(late.status, 200);
        QCOMPARE(late.body, first.body);
        QCOMPARE(inboxRows(), 1);
        QCOMPARE(messageAudits(), 1);
        QCOMPARE(refusedAudits(), 0);
    }

    void envelopeRefusals_data()
    {
        QTest::addColumn<Tamper>("tamper");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const auto set = [](const char *key, QJsonValue value) {
            return [key, value](QJsonObject &o) { o.insert(QLatin1String(key), value); };
        };
        const auto setBody = [](QJsonObject body) {
            return [body](QJsonObject &o) {
                o.insert(u"msgType"_qs, u"BDC901"_qs);
                o.insert(u"letterNumber"_qs, kLetter);
                o.insert(u"body"_qs, body);
            };
        };
        const auto withField = [](const char *key, QJsonValue value) {
            QJsonObject body = applyBody();
            if (value.isUndefined())
                body.remove(QLatin1String(key));
            else
                body.insert(QLatin1String(key), value);
            return body;
        };
        QTest::newRow("bad signature")
            << Tamper{{}, true} << 401 << u"transfer.signature"_qs << u"signature"_qs;
        QTest::newRow("unknown sender")
            << Tamper{set("sender", u"310100"_qs)} << 403 << u"transfer.peer_unknown"_qs << u"sender"_qs;
        QTest::newRow("wrong receiver") << Tamper{set("receiver", u"310100"_qs)} << 400
                                        << u"transfer.wrong_receiver"_qs << u"receiver"_qs;
        QTest::newRow("own center as sender")
            << Tamper{set("sender", kB)} << 403 << u"transfer.peer_unknown"_qs << u"sender"_qs;
        QTest::newRow("stale, 11 minutes old") << Tamper{[](QJsonObject &o) {
            const QDateTime at = QDateTime::fromString(o.value(u"sentAt"_qs).toString(), Qt::ISODateWithMs);
            o.insert(u"sentAt"_qs, at.addSecs(-11 * 60).toString(Qt::ISODateWithMs));
        }} << 400 << u"transfer.stale"_qs << u"sentAt"_qs;
        QTest::newRow("stale, 11 minutes ahead") << Tamper{[](QJsonObject &o) {
            const QDateTime at = QDateTime::fromString(o.value(u"sentAt"_qs).toString(), Qt::ISODateWithMs);
            o.insert(u"sentAt"_qs, at.addSecs(11 * 60).toString(Qt::ISODateWithMs));
        }} << 400 << u"transfer.stale"_qs << u"sentAt"_qs;
        QTest::newRow("oversized body") << Tamper{set("body", QJsonObject{{u"Pad"_qs, QString(70000, u'x')}})}
                                        << 413 << u"request.too_large"_qs << QString();
        QTest::newRow("unknown envelope field")
            << Tamper{set("extra", u"x"_qs)} << 400 << u"transfer.message_invalid"_qs << u"extra"_qs;
        QTest::newRow("unknown msgType")
            << Tamper{set("msgType", u"BDC999"_qs)} << 400 << u"transfer.message_invalid"_qs << u"msgType"_qs;
        QTest::newRow("901 without IdNum") << Tamper{setBody(withField("IdNum", QJsonValue::Undefined))}
                                           << 400 << u"transfer.message_invalid"_qs << u"body.IdNum"_qs;
        QTest::newRow("901 lower-case x") << Tamper{setBody(withField("IdNum", u"62010219900101002x"_qs))}
                                          << 400 << u"transfer.message_invalid"_qs << u"body.IdNum"_qs;
        QTest::newRow("901 TxFunc 2") << Tamper{setBody(withField("TxFunc", u"2"_qs))} << 400
                                      << u"transfer.message_invalid"_qs << u"body.TxFunc"_qs;
        QTest::newRow("905 oversized Reason") << Tamper{[](QJsonObject &o) {
            o.insert(u"msgType"_qs, u"BDC905"_qs);
            o.insert(u"letterNumber"_qs, kLetter);
            o.insert(u"body"_qs, QJsonObject{{u"ConNum"_qs, kLetter},
                                             {u"TxFunc"_qs, u"0"_qs},
                                             {u"TranRstCode"_qs, u"1"_qs},
                                             {u"StatusCode"_qs, u"13"_qs},
                                             {u"Reason"_qs, QString(201, u'x')}});
        }} << 400 << u"transfer.message_invalid"_qs
                                              << u"body.Reason"_qs;
    }

    void envelopeRefusals()
    {
        QFETCH(Tamper, tamper);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        prepare();
        QJsonObject m = transfer::toJson(message(transfer::MessageType::CenterLookup));
        if (tamper.beforeSigning)
            tamper.beforeSigning(m);
        const QJsonObject s = signedBy(m, tamper.signWithOtherKey ? *newKey() : *m_keyA);
        const Reply r = postToB(QJsonDocument(s).toJson(QJsonDocument::Compact));
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
        QCOMPARE(r.json.value(u"field"_qs).toString(), field);
        // Signed by B like every answer of the channel, so A can tell it from a stranger's.
        QCOMPARE(r.json.value(u"kid"_qs).toString(), b().server().context().certificateSigner->kid());
        QVERIFY2(transfer::verify(r.json, *publicOf(*m_keyB)), r.body.constData());
        QCOMPARE(inboxRows(), 0);
        QCOMPARE(messageAudits(), 0);
        QCOMPARE(refusedAudits(), 1);
        const QString sender = m.value(u"sender"_qs).toString();
        QCOMPARE(count(b(), u"SELECT COUNT(*) FROM audit_log WHERE operation = 'transfers.message_refused' "
                            "AND object = 'center:"_qs +
                                sender + u"' AND outcome = '"_qs + code + u"'"_qs),
                 1);
    }

    // What PeerChannel reports when the other side cannot be reached or trusted.
    void channelErrors()
    {
        prepare();
        const auto lookupTo = [&](const QString &receiver) {
            transfer::Message m = message(transfer::MessageType::CenterLookup);
            m.receiver = receiver;
            return signedBy(transfer::toJson(m), *m_keyA);
        };
        // No peer entry.
        auto r = deliverFromA(lookupTo(u"310100"_qs));
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"transfer.peer_unknown"_qs);
        // An entry whose port nobody listens on.
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        writePeerFile(u"shanghai.json"_qs, u"310100"_qs, closedPort, {newKey()->publicKeyPem()});
        r = deliverFromA(lookupTo(u"310100"_qs));
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"transfer.peer_unreachable"_qs);
        // A's file for B lists a wrong key: B's true answer cannot be trusted.
        writePeerFile(u"110100.json"_qs, kB, b().port(), {newKey()->publicKeyPem()});
        r = deliverFromA(lookupTo(kB));
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"transfer.reply_invalid"_qs);
        QCOMPARE(inboxRows(), 1); // B did answer (and keeps its answer)
        // B's file for A lists a wrong key: B refuses the envelope, signed.
        writePeerFile(u"110100.json"_qs, kB, b().port(), {m_keyB->publicKeyPem()});
        writePeerFile(u"620100.json"_qs, kA, a().port(), {newKey()->publicKeyPem()});
        r = deliverFromA(lookupTo(kB));
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"transfer.signature"_qs);
        QCOMPARE(inboxRows(), 1);
        // A bad peer file is skipped, the others still work.
        QFile junk(m_peers->filePath(u"broken.json"_qs));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{\"code\": \"1\"}");
        junk.close();
        writePeerFile(u"620100.json"_qs, kA, a().port(), {m_keyA->publicKeyPem()});
        r = deliverFromA(lookupTo(kB));
        QVERIFY(r && r->ok);
    }

    // --announce writes a file the other center's directory reads; with two keys listed (a center
    // rotating its key) both verify.
    void announceAndKeyRotation()
    {
        prepare();
        QTemporaryDir shared;
        server::installPeerChannel(a().server().context(), shared.path(), 0);
        server::installPeerChannel(b().server().context(), shared.path(), 0);
        QVERIFY(a().server().context().transferChannel->peerCodes().isEmpty());
        QUrl urlB(QStringLiteral("http://127.0.0.1:%1").arg(b().port()));
        QVERIFY(server::announceCenter(shared.path(), kB, urlB, m_keyB->publicKeyPem()));
        QVERIFY(server::announceCenter(shared.path(), kA,
                                       QUrl(QStringLiteral("http://127.0.0.1:%1").arg(a().port())),
                                       m_keyA->publicKeyPem()));
        QCOMPARE(QFileInfo(shared.filePath(u"110100.json"_qs)).permissions() & 0x7077,
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        QCOMPARE(a().server().context().transferChannel->peerCodes(), QList<QString>{kB}); // own file ignored
        auto r =
            deliverFromA(signedBy(transfer::toJson(message(transfer::MessageType::CenterLookup)), *m_keyA));
        QVERIFY(r && r->ok);
        // Both rotate: the files list the old and the new key, the centers sign with the new one.
        const auto newA = newKey();
        const auto newB = newKey();
        m_peers = std::make_unique<QTemporaryDir>();
        writePeerFile(u"110100.json"_qs, kB, b().port(), {m_keyB->publicKeyPem(), newB->publicKeyPem()});
        writePeerFile(u"620100.json"_qs, kA, a().port(), {m_keyA->publicKeyPem(), newA->publicKeyPem()});
        server::installPeerChannel(a().server().context(), m_peers->path(), 0);
        server::installPeerChannel(b().server().context(), m_peers->path(), 0);
        useKey(b(), *newB);
        r = deliverFromA(signedBy(transfer::toJson(message(transfer::MessageType::CenterLookup)), *newA));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().code));
        QVERIFY(r->ok);
        QCOMPARE(inboxRows(), 2);
    }

    void noSigningKeyFailsClosed()
    {
        prepare();
        b().server().context().certificateSigner.reset();
        const Reply r = postToB(
            QJsonDocument(signedBy(transfer::toJson(message(transfer::MessageType::CenterLookup)), *m_keyA))
                .toJson(QJsonDocument::Compact));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.code(), u"transfer.unavailable"_qs);
        QCOMPARE(inboxRows(), 0);
    }

    // demo-seed --center 110100: the second training center has the same users and people (so every
    // demo person can be transferred between the two) under its own code, name and units.
    void secondTrainingCenterSeed()
    {
        QTemporaryDir dir;
        ManualClock clock(a().clock().now());
        crypto::ScryptParams fast;
        fast.n = 1024;
        const auto seed = [&](const QString &file, const finance::Policy &policy) -> QStringList {
            auto config = server::DatabaseConfig::parse(u"sqlite:"_qs + dir.filePath(file));
            [&] { QVERIFY(config.ok()); }();
            server::Database database(*config);
            [&] { QVERIFY(server::migrate(database, clock.now().toMSecsSinceEpoch()).ok()); }();
            auto log = server::seedDemo(database, policy, clock, fast);
            [&] { QVERIFY2(log.ok(), log.ok() ? "" : qPrintable(log.error().code)); }();
            QStringList rows;
            auto conn = database.connection();
            server::Query q(*conn, u"SELECT p.document_number, u.name FROM accounts a JOIN persons p ON "
                                   "p.id = a.person_id JOIN units u ON u.id = a.unit_id ORDER BY a.id"_qs);
            [&] { QVERIFY(q.exec().ok()); }();
            while (q.next())
                rows << q.str(0) + u' ' + q.str(1);
            rows.prepend(log.ok() ? log->filter(u"center "_qs).value(0) : QString());
            rows.append(log.ok() ? log->filter(u"user teller1 "_qs).value(0) : QString());
            return rows;
        };
        auto policy = finance::Policy::defaults();
        QVERIFY(policy.ok());
        const QStringList first = seed(u"first.db"_qs, *policy);
        const QStringList second = seed(u"second.db"_qs, policy->forCenter(kB).value());
        QCOMPARE(first.size(), second.size());
        QVERIFY(first.size() > 10);
        QCOMPARE(first.constFirst(), u"center 620100 兰州住房公积金管理中心"_qs);
        QCOMPARE(second.constFirst(), u"center 110100 北京住房公积金管理中心"_qs);
        QCOMPARE(first.constLast(), second.constLast()); // same user, same password
        for (qsizetype i = 1; i + 1 < first.size(); ++i) {
            QCOMPARE(first.at(i).section(u' ', 0, 0), second.at(i).section(u' ', 0, 0)); // same person
            QVERIFY(first.at(i).section(u' ', 1) != second.at(i).section(u' ', 1));      // a unit of its own
        }
        // A center outside the directory is refused.
        QCOMPARE(policy->forCenter(u"999999"_qs).error().code, u"policy.invalid"_qs);
    }

    // B's signed reply checked by an independent implementation: openssl over the canonical bytes.
    void opensslVerifiesAReply()
    {
        prepare();
        if (QStandardPaths::findExecutable(u"openssl"_qs).isEmpty()) {
            if (componentsRequired())
                QFAIL("openssl is missing (CI=true)");
            QSKIP("openssl is not installed");
        }
        const Reply r = postToB(
            QJsonDocument(signedBy(transfer::toJson(message(transfer::MessageType::CenterLookup)), *m_keyA))
                .toJson(QJsonDocument::Compact));
        QCOMPARE(r.status, 200);
        QTemporaryDir dir;
        const auto write = [&](const QString &name, const QByteArray &data) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(data);
        };
        write(u"center.pem"_qs, m_keyB->publicKeyPem());
        write(u"body"_qs, transfer::canonicalBytes(r.json));
        write(u"sig"_qs, QByteArray::fromBase64(r.json.value(u"signature"_qs).toString().toLatin1()));
        const QStringList args{u"pkeyutl"_qs,
                               u"-verify"_qs,
                               u"-pubin"_qs,
                               u"-inkey"_qs,
                               dir.filePath(u"center.pem"_qs),
                               u"-rawin"_qs,
                               u"-digest"_qs,
                               u"sm3"_qs,
                               u"-in"_qs,
                               dir.filePath(u"body"_qs),
                               u"-sigfile"_qs,
                               dir.filePath(u"sig"_qs),
                               u"-pkeyopt"_qs,
                               u"distid:1234567812345678"_qs};
        QByteArray out, err;
        QCOMPARE(runProgram(u"openssl"_qs, args, {}, &out, &err), 0);
        QVERIFY2(out.contains("Signature Verified Successfully"), err.constData());
        write(u"body"_qs, transfer::canonicalBytes(r.json) + ' ');
        QVERIFY(runProgram(u"openssl"_qs, args, {}, &out, &err) != 0);
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerTransferChannel(b); });
}

#include "tst_server_transferchannel.moc"
