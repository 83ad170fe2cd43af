// reliability.md T2: the client process is killed (SIGKILL) between "saved" and "replied". A helper
// process (hpf_crashclient) submits a receipt reprint through the one Operation path to a real
// hpf-server behind a proxy that lets the request through and holds the reply back; once the
// outbox row is committed and the server has answered, the helper is killed. A second run resends
// the pending work with the same id. Proven: exactly one server effect, and the receipt printed from
// the stored response after the restart equals the original the server sent.
#include "api/receipts.h"
#include "clientcore.h"
#include "ops/operation.h"
#include "receipt.h"
#include "secrets/credentialstore.h"
#include "serverfixture.h"
#include "session/session.h"
#include "store/fieldcipher.h"
#include "store/localdatabase.h"
#include "store/outbox.h"
#include "widgets/receiptbar.h"

#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace hpf::client;

namespace {

// Forwards every connection to the server; the replies to a reprint request are kept here instead
// of reaching the client, as if the connection had died right after the server committed.
class HoldingProxy : public QObject
{
public:
    explicit HoldingProxy(quint16 target)
        : m_target(target)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &HoldingProxy::accept);
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_qs.arg(m_server.serverPort())); }
    const QByteArray &held() const { return m_held; }
    void setHolding(bool holding) { m_holding = holding; }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            auto hold = std::make_shared<bool>(false);
            auto pending = std::make_shared<QByteArray>();
            connect(upstream, &QTcpSocket::connected, upstream,
                    [upstream, pending] { upstream->write(std::exchange(*pending, {})); });
            connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream, hold, pending] {
                const QByteArray data = client->readAll();
                if (m_holding && data.startsWith("POST /api/v1/receipts/") && data.contains("/reprints "))
                    *hold = true;
                if (upstream->state() == QAbstractSocket::ConnectedState)
                    upstream->write(data);
                else
                    *pending += data;
            });
            connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, hold] {
                const QByteArray data = upstream->readAll();
                if (*hold)
                    m_held += data;
                else
                    client->write(data);
            });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            connect(upstream, &QTcpSocket::disconnected, client, [client, hold] {
                if (!*hold)
                    client->disconnectFromHost();
            });
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
        }
    }

    QTcpServer m_server;
    quint16 m_target;
    QByteArray m_held;
    bool m_holding = true;
};

QJsonObject bodyOf(const QByteArray &httpResponse)
{
    const qsizetype split = httpResponse.indexOf("\r\n\r\n");
    return split < 0 ? QJsonObject() : QJsonDocument::fromJson(httpResponse.mid(split + 4)).object();
}

QImage render(const hpf::printing::ReceiptData &data)
{
    QImage image(874, 1240, QImage::Format_RGB32); // A5 at 150 dpi
    image.fill(Qt::white);
    QPainter painter(&image);
    hpf::printing::paintReceipt(painter, QRectF(0, 0, image.width(), image.height()), data);
    return image;
}

} // namespace

class TestCrashRestart : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killedBetweenSavedAndRepliedAppliesOnceAndReprintsTheSame();

private:
    qint64 reprintsOf(const QString &serial);

    hpf::test::ServerFixture m_server;
    QTemporaryDir m_data;
    MemoryCredentialStore m_keychain;
    std::unique_ptr<ClientCore> m_core; // the test's own client, for set-up and checks
};

void TestCrashRestart::initTestCase()
{
    QVERIFY(m_server.prepare().isEmpty());
    QVERIFY(m_server.start().isEmpty());
    ClientOptions options;
    options.dataDirectory = m_data.filePath(u"checker"_qs);
    options.credentials = &m_keychain;
    m_core = std::make_unique<ClientCore>(options);
    QVERIFY(m_core->openStore().ok());
    m_core->connectTo(m_server.url());
    QSignalSpy signedIn(m_core->session(), &Session::signedIn);
    m_core->session()->signIn(u"teller1"_qs, u"train-teller1"_qs);
    QVERIFY(signedIn.wait(15000));
}

qint64 TestCrashRestart::reprintsOf(const QString &serial)
{
    QSignalSpy done(m_core->api()->send(ApiRequest::get(u"/api/v1/receipts/"_qs + serial)),
                    &ApiCall::finished);
    if (!done.wait(15000))
        return -1;
    const auto r = done.at(0).at(0).value<ApiResponse>();
    return r.ok() ? r.object().value(u"reprints").toInteger() : -1;
}

void TestCrashRestart::killedBetweenSavedAndRepliedAppliesOnceAndReprintsTheSame()
{
    // A receipt to reprint: seal an account (any business that issues a receipt).
    const QString account = m_server.personalAccounts().value(2);
    ApiRequest seal = ApiRequest::post(u"/api/v1/accounts/%1/seal"_qs.arg(account),
                                       {{u"reason"_qs, u"01"_qs}}, u"crash-test-seal"_qs);
    QSignalSpy sealed(m_core->api()->send(seal), &ApiCall::finished);
    QVERIFY(sealed.wait(15000));
    const auto sealResponse = sealed.at(0).at(0).value<ApiResponse>();
    QVERIFY2(sealResponse.ok(), qPrintable(sealResponse.problem.code));
    const QString serial = sealResponse.object().value(u"serial").toString();
    QVERIFY(!serial.isEmpty());
    QCOMPARE(reprintsOf(serial), 0);

    const QByteArray key = FieldCipher::generateKey();
    const QString dataDir = m_data.filePath(u"crashing-client"_qs);
    HoldingProxy proxy(m_server.port());
    QVERIFY(proxy.listen());

    // First run: saved, sent, committed by the server, reply held back, then SIGKILL.
    QProcess first;
    first.start(QStringLiteral(HPF_CRASHCLIENT),
                {u"submit"_qs, dataDir, proxy.url().toString(), QString::fromLatin1(key.toHex()), serial});
    QVERIFY(first.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += first.readAllStandardOutput()).contains('\n'), 30000);
    QVERIFY2(out.startsWith("SAVED "), out.constData());
    const QString id = QString::fromLatin1(out.mid(6).trimmed());
    QTRY_VERIFY_WITH_TIMEOUT(!bodyOf(proxy.held()).isEmpty(), 15000); // the server has answered
    first.kill(); // SIGKILL: no destructor, no clean shutdown
    QVERIFY(first.waitForFinished(5000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);
    QCOMPARE(reprintsOf(serial), 1); // the effect happened once, the client never heard of it

    const auto original = api::ReceiptReprint::fromJson(bodyOf(proxy.held()));
    QVERIFY2(original.ok(), qPrintable(original.ok() ? QString() : original.error().field));
    QCOMPARE(original->reprintNumber, 1);

    // Second run (the same server address: outbox items belong to one server): the pending
    // operation is resent with the same id, and the server replays its answer.
    proxy.setHolding(false);
    QProcess second;
    second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    second.start(QStringLiteral(HPF_CRASHCLIENT),
                 {u"resume"_qs, dataDir, proxy.url().toString(), QString::fromLatin1(key.toHex())});
    // The proxy lives in this event loop: wait by spinning it, not by blocking in waitForFinished.
    QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 60000);
    const QByteArray resumed = second.readAllStandardOutput();
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QVERIFY2(second.exitCode() == 0, resumed.constData());
    const QByteArray done = QByteArrayLiteral("DONE ") + id.toLatin1();
    QVERIFY2(resumed.contains(done), resumed.constData());
    QCOMPARE(reprintsOf(serial), 1); // exactly one effect

    // The receipt printed from the stored response equals the original, to the pixel.
    LocalDatabase db;
    QVERIFY(db.open(QDir(dataDir).filePath(u"cache.sqlite"_qs)).ok());
    FieldCipher cipher;
    cipher.setKey(key);
    Outbox outbox(&db, &cipher, m_core->api());
    const auto item = outbox.item(id);
    QVERIFY(item);
    QCOMPARE(item->state, Outbox::State::Done);
    const auto stored = ops::storedOutcome(&outbox, id).as<api::ReceiptReprint>();
    QVERIFY(stored.ok());
    QCOMPARE(stored->reprintNumber, original->reprintNumber);
    QVERIFY(stored->receipt == original->receipt);
    const auto printedAfter = hpf::ui::ReceiptBar::printData(stored->receipt, true, stored->reprintNumber);
    const auto printedOriginal =
        hpf::ui::ReceiptBar::printData(original->receipt, true, original->reprintNumber);
    QCOMPARE(printedAfter.serial, serial);
    QVERIFY(render(printedAfter) == render(printedOriginal));
}

QTEST_MAIN(TestCrashRestart)
#include "tst_crashrestart.moc"
