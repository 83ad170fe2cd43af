#include "net/failure.h"

#include <QTest>

using namespace hpf::client;

Q_DECLARE_METATYPE(hpf::client::FailureClass)

class TestFailure : public QObject
{
    Q_OBJECT
private slots:
    void classify_data();
    void classify();
};

void TestFailure::classify_data()
{
    QTest::addColumn<int>("networkError");
    QTest::addColumn<int>("status");
    QTest::addColumn<FailureClass>("expected");

    const int none = QNetworkReply::NoError;
    QTest::newRow("200") << none << 200 << FailureClass::None;
    QTest::newRow("201") << none << 201 << FailureClass::None;
    QTest::newRow("304 not modified") << none << 304 << FailureClass::None;
    QTest::newRow("400") << none << 400 << FailureClass::Validation;
    QTest::newRow("401") << none << 401 << FailureClass::Auth;
    QTest::newRow("403") << none << 403 << FailureClass::Fatal;
    QTest::newRow("404") << none << 404 << FailureClass::Fatal;
    QTest::newRow("408") << none << 408 << FailureClass::Transient;
    QTest::newRow("409") << none << 409 << FailureClass::Conflict;
    QTest::newRow("413") << none << 413 << FailureClass::Validation;
    QTest::newRow("422") << none << 422 << FailureClass::Validation;
    QTest::newRow("423 locked") << none << 423 << FailureClass::Conflict;
    QTest::newRow("429") << none << 429 << FailureClass::Transient;
    QTest::newRow("500") << none << 500 << FailureClass::Fatal;
    QTest::newRow("502") << none << 502 << FailureClass::Transient;
    QTest::newRow("503") << none << 503 << FailureClass::Transient;
    QTest::newRow("504") << none << 504 << FailureClass::Transient;
    QTest::newRow("HTTP status wins over a network error")
        << int(QNetworkReply::ContentNotFoundError) << 404 << FailureClass::Fatal;
    QTest::newRow("connection refused")
        << int(QNetworkReply::ConnectionRefusedError) << 0 << FailureClass::Transient;
    QTest::newRow("remote closed") << int(QNetworkReply::RemoteHostClosedError) << 0
                                   << FailureClass::Transient;
    QTest::newRow("timeout") << int(QNetworkReply::TimeoutError) << 0 << FailureClass::Transient;
    QTest::newRow("transfer timeout (canceled)")
        << int(QNetworkReply::OperationCanceledError) << 0 << FailureClass::Transient;
    QTest::newRow("host not found") << int(QNetworkReply::HostNotFoundError) << 0 << FailureClass::Transient;
    QTest::newRow("TLS handshake") << int(QNetworkReply::SslHandshakeFailedError) << 0 << FailureClass::Fatal;
    QTest::newRow("protocol failure") << int(QNetworkReply::ProtocolFailure) << 0 << FailureClass::Fatal;
    QTest::newRow("no status, no error") << none << 0 << FailureClass::Fatal;
}

void TestFailure::classify()
{
    QFETCH(int, networkError);
    QFETCH(int, status);
    QFETCH(FailureClass, expected);
    QCOMPARE(classifyFailure(QNetworkReply::NetworkError(networkError), status), expected);
}

QTEST_GUILESS_MAIN(TestFailure)
#include "tst_failure.moc"
