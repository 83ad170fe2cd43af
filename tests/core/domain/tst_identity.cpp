#include "domain/identity.h"

#include <QTest>

using namespace hpf;
using identity::DocumentType;
using identity::Kind;
using identity::Sex;

Q_DECLARE_METATYPE(identity::DocumentType)
Q_DECLARE_METATYPE(identity::Kind)
Q_DECLARE_METATYPE(identity::Sex)

class TestIdentity : public QObject
{
    Q_OBJECT

private slots:
    void checkCharacter_data();
    void checkCharacter();
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void legacyUpgrade();
    void documentTypeCodes();
    void maskNumber_data();
    void maskNumber();
    void maskName_data();
    void maskName();

private:
    const QDate m_today{2026, 11, 22};
};

void TestIdentity::checkCharacter_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QString>("check");
    // The standard's own example and the published vectors (reference/domain.md §2).
    QTest::newRow("GB 11643 example") << u"11010519491231002"_qs << u"X"_qs;
    QTest::newRow("1880 birth") << u"44052418800101001"_qs << u"4"_qs;
    QTest::newRow("1901 birth") << u"37010119010203997"_qs << u"3"_qs;
    QTest::newRow("foreigner Jiangsu") << u"93268219850101001"_qs << u"7"_qs;
    QTest::newRow("foreigner Beijing") << u"91112419810803002"_qs << u"4"_qs;
    QTest::newRow("too short") << u"1101051949123100"_qs << QString();
    QTest::newRow("letter inside") << u"1101051949123100A"_qs << QString();
}

void TestIdentity::checkCharacter()
{
    QFETCH(QString, first17);
    QFETCH(QString, check);
    const QChar c = identity::checkCharacter(first17);
    QCOMPARE(c.isNull() ? QString() : QString(c), check);
}

void TestIdentity::parseValid_data()
{
    QTest::addColumn<DocumentType>("type");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("number");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<Sex>("sex");

    const auto id = DocumentType::ResidentIdCard;
    QTest::newRow("standard example, X") << id << u"11010519491231002X"_qs << u"11010519491231002X"_qs
                                         << Kind::Citizen << QDate(1949, 12, 31) << Sex::Female;
    QTest::newRow("lower-case x") << id << u"11010519491231002x"_qs << u"11010519491231002X"_qs
                                  << Kind::Citizen << QDate(1949, 12, 31) << Sex::Female;
    QTest::newRow("full-width digits")
        << id << u"１１０１０５１９４９１２３１００２Ｘ"_qs << u"11010519491231002X"_qs << Kind::Citizen
        << QDate(1949, 12, 31) << Sex::Female;
    QTest::newRow("full-width lower x")
        << id << u"１１０１０５１９４９１２３１００２ｘ"_qs << u"11010519491231002X"_qs << Kind::Citizen
        << QDate(1949, 12, 31) << Sex::Female;
    QTest::newRow("spaces around and inside")
        << id << u" 110105 19491231 002X "_qs << u"11010519491231002X"_qs << Kind::Citizen
        << QDate(1949, 12, 31) << Sex::Female;
    QTest::newRow("born 1880") << id << u"440524188001010014"_qs << u"440524188001010014"_qs << Kind::Citizen
                               << QDate(1880, 1, 1) << Sex::Male;
    QTest::newRow("male 1901") << id << u"370101190102039973"_qs << u"370101190102039973"_qs << Kind::Citizen
                               << QDate(1901, 2, 3) << Sex::Male;
    QTest::newRow("legacy 15 digits") << id << u"130503670401001"_qs << u"130503196704010016"_qs
                                      << Kind::Citizen << QDate(1967, 4, 1) << Sex::Male;
    QTest::newRow("Hong Kong permit") << id << u"810000199001010019"_qs << u"810000199001010019"_qs
                                      << Kind::HkMacaoTaiwanResident << QDate(1990, 1, 1) << Sex::Male;
    QTest::newRow("Macau permit as other")
        << DocumentType::Other << u"82000019850505002X"_qs << u"82000019850505002X"_qs
        << Kind::HkMacaoTaiwanResident << QDate(1985, 5, 5) << Sex::Female;
    QTest::newRow("Taiwan permit, leap day")
        << id << u"830000200002290031"_qs << u"830000200002290031"_qs << Kind::HkMacaoTaiwanResident
        << QDate(2000, 2, 29) << Sex::Male;
    QTest::newRow("2023 foreigner card")
        << DocumentType::ForeignPermanentResidentCard << u"932682198501010017"_qs << u"932682198501010017"_qs
        << Kind::ForeignPermanentResident << QDate(1985, 1, 1) << Sex::Male;
    QTest::newRow("2023 foreigner card, female")
        << DocumentType::ForeignPermanentResidentCard << u"911124198108030024"_qs << u"911124198108030024"_qs
        << Kind::ForeignPermanentResident << QDate(1981, 8, 3) << Sex::Female;
    QTest::newRow("old foreigner card")
        << DocumentType::ForeignPermanentResidentCard << u"usa123456789012"_qs << u"USA123456789012"_qs
        << Kind::ForeignPermanentResidentLegacy << QDate() << Sex::Unknown;
    QTest::newRow("passport") << DocumentType::Passport << u"e12345678"_qs << u"E12345678"_qs
                              << Kind::FormatOnly << QDate() << Sex::Unknown;
    QTest::newRow("officer card with CJK")
        << DocumentType::MilitaryOfficerCard << u"军字第12345678号"_qs << u"军字第12345678号"_qs
        << Kind::FormatOnly << QDate() << Sex::Unknown;
    QTest::newRow("born today") << id
                                << u"620102202611220010"_qs.left(17).append(
                                       identity::checkCharacter(u"62010220261122001"))
                                << QString() << Kind::Citizen << QDate(2026, 11, 22) << Sex::Male;
}

void TestIdentity::parseValid()
{
    QFETCH(DocumentType, type);
    QFETCH(QString, input);
    QFETCH(QString, number);
    QFETCH(Kind, kind);
    QFETCH(QDate, birth);
    QFETCH(Sex, sex);

    const auto r = identity::parse(type, input, m_today, u"idNumber"_qs);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().code + u' ' + r.error().detail));
    if (!number.isEmpty())
        QCOMPARE(r->number, number);
    QCOMPARE(r->original, input);
    QCOMPARE(r->kind, kind);
    QCOMPARE(r->birthDate, birth);
    QCOMPARE(r->sex, sex);
    QCOMPARE(r->type, type);
}

void TestIdentity::parseInvalid_data()
{
    QTest::addColumn<DocumentType>("type");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");

    const auto id = DocumentType::ResidentIdCard;
    QTest::newRow("wrong check digit") << id << u"110105194912310021"_qs << u"identity.checksum"_qs;
    QTest::newRow("X where a digit belongs") << id << u"44052418800101001X"_qs << u"identity.checksum"_qs;
    QTest::newRow("swapped digits") << id << u"110105194912130021"_qs << u"identity.checksum"_qs;
    QTest::newRow("empty") << id << QString() << u"identity.empty"_qs;
    QTest::newRow("only spaces") << id << u"   \u3000 "_qs << u"identity.empty"_qs;
    QTest::newRow("17 digits") << id << u"11010519491231002"_qs << u"identity.length"_qs;
    QTest::newRow("19 digits") << id << u"1101051949123100211"_qs << u"identity.length"_qs;
    QTest::newRow("oversized") << id << QString(1000, u'1') << u"identity.too_long"_qs;
    QTest::newRow("letter inside") << id << u"11010519491231A02X"_qs << u"identity.characters"_qs;
    QTest::newRow("legacy with letter") << id << u"13050367040100X"_qs << u"identity.characters"_qs;
    QTest::newRow("control character") << id << u"110105194912\u0001002X"_qs << u"identity.characters"_qs;
    QTest::newRow("unknown province 99") << id << u"990105194912310026"_qs << u"identity.region"_qs;
    QTest::newRow("foreigner number as ID card") << id << u"932682198501010017"_qs << u"identity.region"_qs;
    QTest::newRow("Feb 30") << id << u"620102199002301232"_qs << u"identity.birth_date"_qs;
    QTest::newRow("born 1849") << id
                               << u"32010218491231"_qs.append(u"001"_qs).append(
                                      identity::checkCharacter(u"32010218491231001"))
                               << u"identity.birth_date"_qs;
    QTest::newRow("born in 2030") << id << u"620102203001011232"_qs << u"identity.birth_date_future"_qs;
    QTest::newRow("born tomorrow") << id
                                   << u"62010220261123001"_qs.append(
                                          identity::checkCharacter(u"62010220261123001"))
                                   << u"identity.birth_date_future"_qs;
    QTest::newRow("legacy Feb 29 1967") << id << u"130503670229001"_qs << u"identity.birth_date"_qs;
    QTest::newRow("foreigner card not starting 9")
        << DocumentType::ForeignPermanentResidentCard << u"440524188001010014"_qs << u"identity.format"_qs;
    QTest::newRow("foreigner card wrong check")
        << DocumentType::ForeignPermanentResidentCard << u"932682198501010018"_qs << u"identity.checksum"_qs;
    QTest::newRow("published wrong sample …0028")
        << DocumentType::ForeignPermanentResidentCard << u"911124198108030028"_qs << u"identity.checksum"_qs;
    QTest::newRow("old foreigner card bad shape")
        << DocumentType::ForeignPermanentResidentCard << u"US1123456789012"_qs << u"identity.format"_qs;
    QTest::newRow("HK permit wrong check as other")
        << DocumentType::Other << u"810000199001010018"_qs << u"identity.checksum"_qs;
    QTest::newRow("passport too short") << DocumentType::Passport << u"E12"_qs << u"identity.length"_qs;
    QTest::newRow("passport with CJK")
        << DocumentType::Passport << u"E1234567号"_qs << u"identity.characters"_qs;
    QTest::newRow("other with symbol") << DocumentType::Other << u"AB#123"_qs << u"identity.characters"_qs;
}

void TestIdentity::parseInvalid()
{
    QFETCH(DocumentType, type);
    QFETCH(QString, input);
    QFETCH(QString, code);

    const auto r = identity::parse(type, input, m_today, u"borrowerId"_qs);
    QVERIFY2(!r.ok(), qPrintable(input));
    QCOMPARE(r.error().code, code);
    QCOMPARE(r.error().field, u"borrowerId"_qs);
    QVERIFY(!r.error().detail.isEmpty());
}

void TestIdentity::legacyUpgrade()
{
    QCOMPARE(identity::upgradeLegacyNumber(u"130503670401001"), u"130503196704010016"_qs);
    QVERIFY(identity::upgradeLegacyNumber(u"13050367040100").isEmpty());
    QVERIFY(identity::upgradeLegacyNumber(u"13050367040100A").isEmpty());
    const auto r = identity::parse(DocumentType::ResidentIdCard, u"130503670401001", m_today);
    QVERIFY(r.ok());
    QVERIFY(r->convertedFromLegacy);
    QCOMPARE(r->regionCode, u"130503"_qs);
}

void TestIdentity::documentTypeCodes()
{
    for (auto t : {DocumentType::ResidentIdCard, DocumentType::MilitaryOfficerCard, DocumentType::Passport,
                   DocumentType::ForeignPermanentResidentCard, DocumentType::Other}) {
        const QString code = identity::documentTypeCode(t);
        QCOMPARE(code.size(), 2);
        QCOMPARE(identity::documentTypeFromCode(code), std::optional<DocumentType>(t));
    }
    QCOMPARE(identity::documentTypeFromCode(u"05"), std::nullopt);
    QCOMPARE(identity::documentTypeFromCode(u"1"), std::nullopt);
}

void TestIdentity::maskNumber_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("masked");
    QTest::newRow("18 digits") << u"620102199001011234"_qs << u"6201**********1234"_qs;
    QTest::newRow("passport") << u"E12345678"_qs << u"E1*****78"_qs;
    QTest::newRow("short") << u"AB1"_qs << u"A*1"_qs;
    QTest::newRow("two") << u"AB"_qs << u"**"_qs;
    QTest::newRow("empty") << QString() << QString();
}

void TestIdentity::maskNumber()
{
    QFETCH(QString, number);
    QFETCH(QString, masked);
    QCOMPARE(identity::maskNumber(number), masked);
}

void TestIdentity::maskName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("masked");
    QTest::newRow("two characters") << u"张三"_qs << u"张*"_qs;
    QTest::newRow("three characters") << u"王小明"_qs << u"王**"_qs;
    QTest::newRow("compound surname") << u"欧阳娜娜"_qs << u"欧阳**"_qs;
    QTest::newRow("compound surname, 3") << u"司马光"_qs << u"司马*"_qs;
    QTest::newRow("only the compound surname") << u"欧阳"_qs << u"欧*"_qs;
    QTest::newRow("one character") << u"李"_qs << u"*"_qs;
    QTest::newRow("Latin name") << u"John Smith"_qs << u"J*** *****"_qs;
    QTest::newRow("surrounding spaces") << u" 张三 "_qs << u"张*"_qs;
    QTest::newRow("empty") << QString() << QString();
}

void TestIdentity::maskName()
{
    QFETCH(QString, name);
    QFETCH(QString, masked);
    QCOMPARE(identity::maskName(name), masked);
}

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
