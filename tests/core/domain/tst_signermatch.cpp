// The person at the counter against the application's party: the same number however it was typed
// or stored (full-width, lower-case x, spaces, a legacy 15-digit number), the same name however its
// middle dot was written; a different person or a misspelt name refused on the right field.
#include "domain/errortext.h"
#include "domain/signermatch.h"

#include <QTest>

using namespace hpf;
using namespace hpf::signing;

class TestSignerMatch : public QObject
{
    Q_OBJECT

private slots:
    void match_data();
    void match();
    void names_data();
    void names();
};

void TestSignerMatch::match_data()
{
    QTest::addColumn<QString>("cardNumber");
    QTest::addColumn<QString>("cardName");
    QTest::addColumn<QString>("applicationNumber");
    QTest::addColumn<QString>("applicationName");
    QTest::addColumn<QString>("code"); // "" = the same person
    QTest::addColumn<QString>("field");

    const QString x = u"11010519491231002X"_qs;
    QTest::newRow("same") << x << u"王秀英"_qs << x << u"王秀英"_qs << QString() << QString();
    QTest::newRow("lower-case x on the application")
        << x << u"王秀英"_qs << u"11010519491231002x"_qs << u"王秀英"_qs << QString() << QString();
    QTest::newRow("full-width digits on the application")
        << x << u"王秀英"_qs << u"１１０１０５１９４９１２３１００２Ｘ"_qs << u"王秀英"_qs << QString()
        << QString();
    QTest::newRow("spaces typed in the number")
        << x << u"王秀英"_qs << u"110105 19491231 002X"_qs << u"王秀英"_qs << QString() << QString();
    // The same person as the old system kept them: 110105 491231 002 (15 digits, "19" implied).
    QTest::newRow("legacy 15-digit number on the application")
        << x << u"王秀英"_qs << u"110105491231002"_qs << u"王秀英"_qs << QString() << QString();
    QTest::newRow("spaces in the name")
        << x << u"王秀英"_qs << x << u" 王 秀英 "_qs << QString() << QString();
    QTest::newRow("minority name, another dot")
        << u"370101190102039973"_qs << u"买买提·艾力"_qs << u"370101190102039973"_qs << u"买买提•艾力"_qs
        << QString() << QString();
    QTest::newRow("another person") << x << u"王秀英"_qs << u"440524188001010014"_qs << u"王秀英"_qs
                                    << u"signing.document_mismatch"_qs << u"parties[1].documentNumber"_qs;
    QTest::newRow("one digit differs") << x << u"王秀英"_qs << u"11010519491231003X"_qs << u"王秀英"_qs
                                       << u"signing.document_mismatch"_qs << u"parties[1].documentNumber"_qs;
    QTest::newRow("empty card number") << QString() << u"王秀英"_qs << QString() << u"王秀英"_qs
                                       << u"signing.document_mismatch"_qs << u"parties[1].documentNumber"_qs;
    QTest::newRow("oversized number") << QString(5000, u'1') << u"王秀英"_qs << x << u"王秀英"_qs
                                      << u"signing.document_mismatch"_qs << u"parties[1].documentNumber"_qs;
    QTest::newRow("misspelt name") << x << u"王秀英"_qs << x << u"王秀瑛"_qs << u"signing.name_mismatch"_qs
                                   << u"parties[1].name"_qs;
    QTest::newRow("empty names") << x << QString() << x << QString() << u"signing.name_mismatch"_qs
                                 << u"parties[1].name"_qs;
}

void TestSignerMatch::match()
{
    QFETCH(QString, cardNumber);
    QFETCH(QString, cardName);
    QFETCH(QString, applicationNumber);
    QFETCH(QString, applicationName);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const Status status =
        matchSigner(cardNumber, cardName, applicationNumber, applicationName, u"parties[1]."_qs);
    if (code.isEmpty()) {
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().code));
        return;
    }
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, code);
    QCOMPARE(status.error().field, field);
    QVERIFY2(errortext::knownCodes().contains(code), qPrintable(code));
}

void TestSignerMatch::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("plain") << u"张三"_qs << u"张三"_qs;
    QTest::newRow("ideographic space") << u"张\u3000三"_qs << u"张三"_qs;
    QTest::newRow("katakana dot") << u"阿依古丽・买买提"_qs << u"阿依古丽·买买提"_qs;
    QTest::newRow("full-width full stop") << u"阿依古丽．买买提"_qs << u"阿依古丽·买买提"_qs;
    QTest::newRow("full-width Latin") << u"ＪＯＨＮ"_qs << u"JOHN"_qs;
}

void TestSignerMatch::names()
{
    QFETCH(QString, name);
    QFETCH(QString, normalized);
    QCOMPARE(normalizeName(name), normalized);
}

QTEST_GUILESS_MAIN(TestSignerMatch)
#include "tst_signermatch.moc"
