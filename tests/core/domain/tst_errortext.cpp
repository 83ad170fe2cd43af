#include "domain/creditcode.h"
#include "domain/errortext.h"
#include "domain/identity.h"
#include "domain/money.h"

#include <QTest>

using namespace hpf;

class TestErrorText : public QObject
{
    Q_OBJECT

private slots:
    void everyProducedCodeHasAMessage_data();
    void everyProducedCodeHasAMessage();
    void describeNamesTheField();
    void unknownCodeIsQuoted();
};

void TestErrorText::everyProducedCodeHasAMessage_data()
{
    QTest::addColumn<QString>("code");
    const QDate today(2026, 11, 22);
    using identity::DocumentType;
    // Provoke every error the validators can return and collect the codes.
    const QList<Error> produced = {
        identity::parse(DocumentType::ResidentIdCard, u"", today).error(),
        identity::parse(DocumentType::ResidentIdCard, QString(100, u'1'), today).error(),
        identity::parse(DocumentType::ResidentIdCard, u"123", today).error(),
        identity::parse(DocumentType::ResidentIdCard, u"11010519491231A02X", today).error(),
        identity::parse(DocumentType::ResidentIdCard, u"110105194912310021", today).error(),
        identity::parse(DocumentType::ResidentIdCard, u"990105194912310026", today).error(),
        identity::parse(DocumentType::ResidentIdCard, u"620102199002301232", today).error(),
        identity::parse(DocumentType::ResidentIdCard, u"620102203001011232", today).error(),
        identity::parse(DocumentType::ForeignPermanentResidentCard, u"440524188001010014", today).error(),
        creditcode::parse(u"").error(),
        creditcode::parse(QString(100, u'9')).error(),
        creditcode::parse(u"913501").error(),
        creditcode::parse(u"91350100I000100Y43").error(),
        creditcode::parse(u"91350100M000100Y44").error(),
        money::parse(u"").error(),
        money::parse(u"abc").error(),
        money::parse(u"1.234").error(),
        money::parse(u"-1").error(),
        money::parse(u"99999999999999").error(),
    };
    for (const Error &e : produced)
        QTest::newRow(qPrintable(e.code)) << e.code;
    QTest::newRow("credit_code.inner_checksum") << u"credit_code.inner_checksum"_qs;
}

void TestErrorText::everyProducedCodeHasAMessage()
{
    QFETCH(QString, code);
    QVERIFY2(errortext::knownCodes().contains(code), qPrintable(code));
    QVERIFY(!errortext::message(code).contains(code));
}

void TestErrorText::describeNamesTheField()
{
    const Error e =
        identity::parse(identity::DocumentType::ResidentIdCard, u"110105194912310021", QDate(2026, 11, 22))
            .error();
    const QString text = errortext::describe(e);
    QVERIFY(text.startsWith(errortext::fieldLabel(u"idNumber"_qs)));
    QVERIFY(text.endsWith(errortext::message(u"identity.checksum"_qs)));
    QCOMPARE(errortext::describe(Error{u"money.format"_qs, QString(), QString()}),
             errortext::message(u"money.format"_qs));
    QCOMPARE(errortext::fieldLabel(u"someUnknownField"_qs), u"someUnknownField"_qs);
}

void TestErrorText::unknownCodeIsQuoted()
{
    QVERIFY(errortext::message(u"no.such.code"_qs).contains(u"no.such.code"_qs));
}

QTEST_GUILESS_MAIN(TestErrorText)
#include "tst_errortext.moc"
