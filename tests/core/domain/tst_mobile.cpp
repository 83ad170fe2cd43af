// Mainland mobile numbers as typed at the counter: tolerant of separators, full-width digits and
// country prefixes; refused with a typed code otherwise.
#include "domain/mobile.h"

#include <QTest>

using namespace hpf;

class TestMobile : public QObject
{
    Q_OBJECT

private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("number");
        QTest::newRow("plain") << u"13812345678"_qs << u"13812345678"_qs;
        QTest::newRow("spaces") << u" 138 1234 5678 "_qs << u"13812345678"_qs;
        QTest::newRow("dashes") << u"138-1234-5678"_qs << u"13812345678"_qs;
        QTest::newRow("+86") << u"+86 199 0000 1111"_qs << u"19900001111"_qs;
        QTest::newRow("0086") << u"008615000001111"_qs << u"15000001111"_qs;
        QTest::newRow("86") << u"8617700001111"_qs << u"17700001111"_qs;
        QTest::newRow("full-width") << u"１３８１２３４５６７８"_qs << u"13812345678"_qs;
    }
    void valid()
    {
        QFETCH(QString, typed);
        QFETCH(QString, number);
        auto m = mobile::parse(typed);
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().code));
        QCOMPARE(*m, number);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString() << u"mobile.empty"_qs;
        QTest::newRow("blank") << u" - "_qs << u"mobile.empty"_qs;
        QTest::newRow("letters") << u"1381234567a"_qs << u"mobile.characters"_qs;
        QTest::newRow("landline") << u"0931-8888888"_qs << u"mobile.format"_qs;
        QTest::newRow("10 digits") << u"1381234567"_qs << u"mobile.format"_qs;
        QTest::newRow("12 digits") << u"138123456789"_qs << u"mobile.format"_qs;
        QTest::newRow("second digit 2") << u"12812345678"_qs << u"mobile.format"_qs;
        QTest::newRow("oversized") << QString(30, u'1') << u"mobile.format"_qs;
    }
    void invalid()
    {
        QFETCH(QString, typed);
        QFETCH(QString, code);
        auto m = mobile::parse(typed, u"contact.mobile"_qs);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, code);
        QCOMPARE(m.error().field, u"contact.mobile"_qs);
    }

    void mask()
    {
        QCOMPARE(mobile::mask(u"13812345678"), u"138****5678"_qs);
        QCOMPARE(mobile::mask(u"123"), u"***"_qs);
        QCOMPARE(mobile::mask(u"123456"), u"**3456"_qs);
    }
};

QTEST_GUILESS_MAIN(TestMobile)
#include "tst_mobile.moc"
