// The last line of defence against personal data in logs (issue 12 defect 12): every shape of
// identity, personal account and mobile number is masked wherever it sits in a line, and what
// only looks similar (unit accounts, amounts, ports, request ids) is kept.
#include "base/logging.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hpf;

class TestLogMask : public QObject
{
    Q_OBJECT
private slots:
    void mask_data();
    void mask();
    void handlerMasksAndWritesTheLogFile();
};

void TestLogMask::mask_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    // Identity numbers.
    QTest::newRow("id 18 digits") << u"11010519491231002X"_qs << u"1101**********002X"_qs;
    QTest::newRow("id 18 all digits") << u"110105194912310021"_qs << u"1101**********0021"_qs;
    QTest::newRow("id lower-case x") << u"11010519491231002x"_qs << u"1101**********002x"_qs;
    QTest::newRow("id with bad check is masked too") << u"110105194912310029"_qs << u"1101**********0029"_qs;
    QTest::newRow("id legacy 15") << u"110105491231002"_qs << u"1101*******1002"_qs;
    QTest::newRow("id in a query string")
        << u"GET /api/v1/persons?documentType=01&documentNumber=11010519491231002X&x=1"_qs
        << u"GET /api/v1/persons?documentType=01&documentNumber=1101**********002X&x=1"_qs;
    QTest::newRow("id in JSON") << uR"({"documentNumber":"620102199001011234"})"_qs
                                << uR"({"documentNumber":"6201**********1234"})"_qs;
    QTest::newRow("id after Chinese text")
        << u"身份证号620102199001011234已存在"_qs << u"身份证号6201**********1234已存在"_qs;
    QTest::newRow("id glued to letters") << u"id620102199001011234end"_qs << u"id6201**********1234end"_qs;
    QTest::newRow("two ids") << u"11010519491231002X,620102199001011234"_qs
                             << u"1101**********002X,6201**********1234"_qs;
    QTest::newRow("id at the end") << u"a 620102199001011234"_qs << u"a 6201**********1234"_qs;
    // Personal accounts.
    QTest::newRow("personal account in a path")
        << u"POST /api/v1/accounts/1000000012343/seal"_qs << u"POST /api/v1/accounts/1000*****2343/seal"_qs;
    QTest::newRow("personal account with X check") << u"acct 100000001234X."_qs << u"acct 1000*****234X."_qs;
    // Mobiles.
    QTest::newRow("mobile") << u"mobile 13812345678"_qs << u"mobile 138****5678"_qs;
    QTest::newRow("mobile +86") << u"+8613812345678"_qs << u"+86138****5678"_qs;
    // Kept as they are.
    QTest::newRow("unit account") << u"/api/v1/units/80000000123/employees"_qs
                                  << u"/api/v1/units/80000000123/employees"_qs;
    QTest::newRow("19 digits") << u"1234567890123456789"_qs << u"1234567890123456789"_qs;
    QTest::newRow("16 digits") << u"1234567890123456"_qs << u"1234567890123456"_qs;
    QTest::newRow("17 digits, no X") << u"12345678901234567"_qs << u"12345678901234567"_qs;
    QTest::newRow("11 digits not a mobile") << u"12345678901"_qs << u"12345678901"_qs;
    QTest::newRow("13 digits not starting with 1") << u"2000000012343"_qs << u"2000000012343"_qs;
    QTest::newRow("request id") << u"request 550e8400-e29b-41d4-a716-446655440000"_qs
                                << u"request 550e8400-e29b-41d4-a716-446655440000"_qs;
    QTest::newRow("amount and date") << u"posted 1234567 fen on 2025-07-01"_qs
                                     << u"posted 1234567 fen on 2025-07-01"_qs;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("no digits") << u"张三 logged in"_qs << u"张三 logged in"_qs;
}

void TestLogMask::mask()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(logging::maskPersonalData(text), expected);
}

void TestLogMask::handlerMasksAndWritesTheLogFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    qputenv("HPF_LOG_DIR", QDir(dir.path()).filePath(u"logs"_qs).toUtf8());
    logging::install(u"tst_logmask"_qs);
    logging::install(u"tst_logmask"_qs); // idempotent: one handler, one file
    const QString path = logging::logFilePath();
    QVERIFY(path.startsWith(dir.path()));
    const QFileDevice::Permissions mode = QFile::permissions(path);
    QVERIFY(mode.testFlag(QFileDevice::ReadOwner) && mode.testFlag(QFileDevice::WriteOwner));
    QVERIFY(!(mode & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                      QFileDevice::WriteOther)));

    // What reaches the handler before it (QTest's) is masked as well.
    QTest::ignoreMessage(QtWarningMsg, "lookup of 1101**********002X by 138****5678");
    qWarning("lookup of %s by %s", "11010519491231002X", "13812345678");

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY2(written.contains("warning default: lookup of 1101**********002X by 138****5678"),
             written.constData());
    QVERIFY(!written.contains("11010519491231002X"));
    QVERIFY(!written.contains("13812345678"));
}

QTEST_GUILESS_MAIN(TestLogMask)
#include "tst_logmask.moc"
