// CertificateVerifier against a real hpf-server on 127.0.0.1 (training key from demo-seed): a
// certificate issued through the API verifies online; tampering gives its own verdict; after the
// server is killed the cached trust list still verifies the signature ("status unknown").
#include "certs/certificateverifier.h"
#include "crypto/base45.h"
#include "demo/demoseed.h"
#include "net/apiclient.h"
#include "store/cachetables.h"
#include "store/localdatabase.h"

#include <QCborArray>
#include <QCborValue>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hpf;
using namespace hpf::client;

class TestCertificateVerifier : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QProcess m_server;
    QUrl m_url;

    int run(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(HPF_SERVER_BINARY), args);
        p.waitForFinished(120000);
        if (p.exitCode() != 0)
            qWarning() << p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"HPF_ADMIN_PASSWORD"_qs, u"admin-password-1"_qs);
        e.remove(u"HPF_KEY_PASSPHRASE"_qs);
        e.insert(u"HPF_DATABASE"_qs, u"sqlite:"_qs + m_dir.filePath(u"server.db"_qs));
        return e;
    }
    ApiResponse call(ApiClient &api, const ApiRequest &req)
    {
        ApiCall *c = api.send(req);
        QSignalSpy spy(c, &ApiCall::finished);
        if (!spy.wait(20000))
            return {};
        return spy.first().first().value<ApiResponse>();
    }
    CertificateOutcome verify(CertificateVerifier &v, const QString &code)
    {
        QSignalSpy spy(&v, &CertificateVerifier::finished);
        v.verify(code);
        if (!spy.wait(20000))
            return {};
        return spy.first().first().value<CertificateOutcome>();
    }

private slots:
    void onlineThenOffline()
    {
        QCOMPARE(run({u"init"_qs}), 0);
        QCOMPARE(run({u"demo-seed"_qs}), 0);
        m_server.setProcessEnvironment(env());
        m_server.start(QStringLiteral(HPF_SERVER_BINARY), {u"serve"_qs, u"--port"_qs, u"0"_qs});
        QByteArray line;
        while (!line.contains("HPF_SERVER_LISTENING") && m_server.waitForReadyRead(30000))
            line += m_server.readAllStandardOutput();
        const int at = line.indexOf("port=");
        QVERIFY2(at > 0, m_server.readAllStandardError().constData());
        m_url = QUrl(u"http://127.0.0.1:"_qs + QString::fromLatin1(line.mid(at + 5).trimmed()));

        QNetworkAccessManager nam;
        ApiClient api(&nam);
        api.setBaseUrl(m_url);
        api.setRetryPolicy({1, 10, 10});
        ApiRequest login =
            ApiRequest::post(u"/api/v1/auth/login"_qs,
                             {{u"username"_qs, u"teller1"_qs}, {u"password"_qs, u"train-teller1"_qs}}, {});
        login.authenticated = false;
        const ApiResponse auth = call(api, login);
        QVERIFY2(auth.ok(), qPrintable(auth.problem.code));
        api.setAccessToken(auth.object().value(u"accessToken"_qs).toString());
        const ApiResponse person =
            call(api, ApiRequest::search(u"/api/v1/persons/search"_qs,
                                         {{u"documentType"_qs, u"01"_qs},
                                          {u"documentNumber"_qs, server::demoIdentityNumber(0)}}));
        QVERIFY(person.ok());
        const QString account = person.object()
                                    .value(u"items"_qs)
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(u"accountNumber"_qs)
                                    .toString();
        const ApiResponse issued =
            call(api, ApiRequest::post(u"/api/v1/certificates"_qs,
                                       {{u"type"_qs, u"deposit_proof"_qs}, {u"accountNumber"_qs, account}},
                                       u"verifier-test-1"_qs));
        QVERIFY2(issued.ok(), qPrintable(issued.problem.code + u' ' + issued.problem.detail));
        const QString code = issued.object().value(u"code"_qs).toString();
        QVERIFY(issued.object().value(u"training"_qs).toBool());

        LocalDatabase db;
        QVERIFY(db.open(m_dir.filePath(u"client.db"_qs)).ok());
        ReferenceCache cache(&db);
        CertificateVerifier verifier(&api, &cache);
        CertificateOutcome o = verify(verifier, code);
        QCOMPARE(o.banner, CertificateBanner::Valid);
        QVERIFY(o.statusChecked);
        QCOMPARE(o.number, issued.object().value(u"number"_qs).toString());
        QVERIFY(!o.fields.isEmpty());
        QVERIFY(o.fields.first().value.contains(u'*'));

        // Tampering: each step names itself.
        auto payload = crypto::base45Decode(QStringView(code).mid(5));
        QVERIFY(payload.ok());
        QCborArray arr = QCborValue::fromCbor(*payload).toArray();
        const auto encode = [](const QCborArray &x) -> QString {
            return u"HPF1:"_qs + crypto::base45Encode(QCborValue(x).toCbor());
        };
        QCborArray changed = arr;
        QByteArray body = arr.at(2).toByteArray();
        body[body.size() - 1] = char(body.at(body.size() - 1) ^ 1);
        changed[2] = body;
        o = verify(verifier, encode(changed));
        QCOMPARE(o.banner, CertificateBanner::Invalid);
        QCOMPARE(o.failedStep, u"cert.signature"_qs);
        QCborArray otherKid = arr;
        otherKid[1] = QByteArray(8, '\x01');
        o = verify(verifier, encode(otherKid));
        QCOMPARE(o.failedStep, u"cert.unknown_kid"_qs);
        QCOMPARE(verify(verifier, u"HC1:ABC"_qs).failedStep, u"cert.prefix"_qs);

        // The server goes away: the cached trust list still verifies the signature.
        m_server.kill();
        m_server.waitForFinished(10000);
        o = verify(verifier, code + u"\r\n"_qs); // as a USB scanner types it
        QCOMPARE(o.banner, CertificateBanner::ValidStatusUnknown);
        QVERIFY(!o.statusChecked);
        QVERIFY(!o.fields.isEmpty());
        o = verify(verifier, encode(changed));
        QCOMPARE(o.failedStep, u"cert.signature"_qs);
    }

    void cleanupTestCase()
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.kill();
            m_server.waitForFinished(10000);
        }
    }
};

QTEST_GUILESS_MAIN(TestCertificateVerifier)
#include "tst_certificateverifier.moc"
