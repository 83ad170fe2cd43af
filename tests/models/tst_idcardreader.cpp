// The ID-card reader seam and its training implementation: a test card file is checked as a real
// reader's driver checks a card (the number's check digit, birth date and sex against the number,
// the validity period, the chip photo), every refusal names the card field that is wrong, and the
// reader answers from the event loop like a device.
#include "base/clock.h"
#include "devices/idcardreader.h"
#include "domain/errortext.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hpf;
using namespace hpf::client::devices;

namespace {

const QDate kToday(2026, 12, 5);

// The standard's own example number: born 1949-12-31, sequence 002 (even: female).
QJsonObject validCard()
{
    return QJsonObject{
        {u"name"_qs, u"王秀英"_qs},
        {u"sex"_qs, u"女"_qs},
        {u"nation"_qs, u"汉"_qs},
        {u"birthDate"_qs, u"1949-12-31"_qs},
        {u"address"_qs, u"北京市朝阳区建国路88号"_qs},
        {u"documentNumber"_qs, u"11010519491231002X"_qs},
        {u"issuer"_qs, u"北京市公安局朝阳分局"_qs},
        {u"validFrom"_qs, u"2016-03-01"_qs},
        {u"validTo"_qs, u"长期"_qs},
        {u"photo"_qs, u"photo.png"_qs},
    };
}

QImage photoImage()
{
    QImage image(102, 126, QImage::Format_RGB32);
    image.fill(QColor(200, 220, 255));
    image.setPixelColor(51, 40, Qt::black);
    return image;
}

} // namespace

class TestIdCardReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void card_data();
    void card();
    void unreadableFile_data();
    void unreadableFile();
    void readsFromTheEventLoop();
    void failsFromTheEventLoopAndRefusesASecondRead();
    void writtenCardReadsBack();
    void trainingCardForAParty_data();
    void trainingCardForAParty();

private:
    QString writeCard(const QJsonObject &card, const QString &photoMode);

    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestIdCardReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

// Each card in its own folder, with the photo beside it as the reader's file format says.
QString TestIdCardReader::writeCard(const QJsonObject &card, const QString &photoMode)
{
    const QString folder = m_dir.filePath(QString::number(++m_files));
    QDir().mkpath(folder);
    if (photoMode == u"png"_qs) {
        photoImage().save(folder + u"/photo.png"_qs);
    } else if (photoMode == u"garbage"_qs) {
        QFile f(folder + u"/photo.png"_qs);
        f.open(QIODevice::WriteOnly);
        f.write("not a picture at all");
    }
    const QString path = folder + u"/card.json"_qs;
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(QJsonDocument(card).toJson());
    return path;
}

void TestIdCardReader::card_data()
{
    QTest::addColumn<QString>("key");       // the field the row changes ("" = none)
    QTest::addColumn<QJsonValue>("value");  // its new value (Undefined = removed)
    QTest::addColumn<QString>("photoMode"); // png, absent, garbage
    QTest::addColumn<QString>("code");      // "" = read
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("number"); // the normalised number when read

    const QString x = u"11010519491231002X"_qs;
    const QJsonValue removed(QJsonValue::Undefined);
    QTest::newRow("valid") << QString() << QJsonValue() << u"png"_qs << QString() << QString() << x;
    QTest::newRow("lower-case x") << u"documentNumber"_qs << QJsonValue(u"11010519491231002x"_qs) << u"png"_qs
                                  << QString() << QString() << x;
    QTest::newRow("full-width digits")
        << u"documentNumber"_qs << QJsonValue(u"１１０１０５１９４９１２３１００２Ｘ"_qs) << u"png"_qs
        << QString() << QString() << x;
    QTest::newRow("spaces around") << u"documentNumber"_qs << QJsonValue(u" 11010519491231002X "_qs)
                                   << u"png"_qs << QString() << QString() << x;
    QTest::newRow("full-width date") << u"validFrom"_qs << QJsonValue(u"２０１６-０３-０１"_qs) << u"png"_qs
                                     << QString() << QString() << x;
    QTest::newRow("valid to a date") << u"validTo"_qs << QJsonValue(u"2036-03-01"_qs) << u"png"_qs
                                     << QString() << QString() << x;
    QTest::newRow("valid through today")
        << u"validTo"_qs << QJsonValue(u"2026-12-05"_qs) << u"png"_qs << QString() << QString() << x;
    QTest::newRow("wrong check digit")
        << u"documentNumber"_qs << QJsonValue(u"110105194912310021"_qs) << u"png"_qs
        << u"identity.checksum"_qs << u"documentNumber"_qs << QString();
    QTest::newRow("number missing") << u"documentNumber"_qs << removed << u"png"_qs << u"identity.empty"_qs
                                    << u"documentNumber"_qs << QString();
    QTest::newRow("number too short") << u"documentNumber"_qs << QJsonValue(u"1101051949"_qs) << u"png"_qs
                                      << u"identity.length"_qs << u"documentNumber"_qs << QString();
    QTest::newRow("expired yesterday") << u"validTo"_qs << QJsonValue(u"2026-12-04"_qs) << u"png"_qs
                                       << u"idcard.expired"_qs << u"validTo"_qs << QString();
    QTest::newRow("not yet valid") << u"validFrom"_qs << QJsonValue(u"2026-12-06"_qs) << u"png"_qs
                                   << u"idcard.not_yet_valid"_qs << u"validFrom"_qs << QString();
    QTest::newRow("validity reversed") << u"validTo"_qs << QJsonValue(u"2010-01-01"_qs) << u"png"_qs
                                       << u"idcard.date"_qs << u"validTo"_qs << QString();
    QTest::newRow("date does not exist") << u"validTo"_qs << QJsonValue(u"2036-02-30"_qs) << u"png"_qs
                                         << u"idcard.date"_qs << u"validTo"_qs << QString();
    QTest::newRow("oversized date") << u"validFrom"_qs << QJsonValue(QString(500, u'2')) << u"png"_qs
                                    << u"idcard.date"_qs << u"validFrom"_qs << QString();
    QTest::newRow("empty name") << u"name"_qs << QJsonValue(u""_qs) << u"png"_qs << u"idcard.empty"_qs
                                << u"name"_qs << QString();
    QTest::newRow("blank name") << u"name"_qs << QJsonValue(u" \u3000 "_qs) << u"png"_qs << u"idcard.empty"_qs
                                << u"name"_qs << QString();
    QTest::newRow("name a number") << u"name"_qs << QJsonValue(42) << u"png"_qs << u"idcard.format"_qs
                                   << u"name"_qs << QString();
    QTest::newRow("oversized name") << u"name"_qs << QJsonValue(QString(31, u'王')) << u"png"_qs
                                    << u"idcard.too_long"_qs << u"name"_qs << QString();
    QTest::newRow("longest name") << u"name"_qs << QJsonValue(QString(30, u'王')) << u"png"_qs << QString()
                                  << QString() << x;
    QTest::newRow("control character in name") << u"name"_qs << QJsonValue(u"王\u0007英"_qs) << u"png"_qs
                                               << u"idcard.characters"_qs << u"name"_qs << QString();
    QTest::newRow("oversized address") << u"address"_qs << QJsonValue(QString(71, u'路')) << u"png"_qs
                                       << u"idcard.too_long"_qs << u"address"_qs << QString();
    QTest::newRow("oversized issuer") << u"issuer"_qs << QJsonValue(QString(10000, u'局')) << u"png"_qs
                                      << u"idcard.too_long"_qs << u"issuer"_qs << QString();
    QTest::newRow("sex not on a card")
        << u"sex"_qs << QJsonValue(u"F"_qs) << u"png"_qs << u"idcard.format"_qs << u"sex"_qs << QString();
    QTest::newRow("sex differs from number") << u"sex"_qs << QJsonValue(u"男"_qs) << u"png"_qs
                                             << u"idcard.sex_mismatch"_qs << u"sex"_qs << QString();
    QTest::newRow("birth differs from number") << u"birthDate"_qs << QJsonValue(u"1949-12-30"_qs) << u"png"_qs
                                               << u"idcard.birth_mismatch"_qs << u"birthDate"_qs << QString();
    QTest::newRow("no photo key") << u"photo"_qs << removed << u"png"_qs << u"idcard.photo_missing"_qs
                                  << u"photo"_qs << QString();
    QTest::newRow("missing photo file") << QString() << QJsonValue() << u"absent"_qs
                                        << u"idcard.photo_missing"_qs << u"photo"_qs << QString();
    QTest::newRow("photo not a picture") << QString() << QJsonValue() << u"garbage"_qs
                                         << u"idcard.photo_unreadable"_qs << u"photo"_qs << QString();
}

void TestIdCardReader::card()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, photoMode);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, number);

    QJsonObject object = validCard();
    if (!key.isEmpty()) {
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
    }
    const Result<IdCard> card = TrainingIdCardReader::readCardFile(writeCard(object, photoMode), kToday);
    if (code.isEmpty()) {
        QVERIFY2(card.ok(),
                 qPrintable(card.ok() ? QString() : card.error().code + u' ' + card.error().field));
        QCOMPARE(card->documentNumber, number);
        QCOMPARE(card->sex, identity::Sex::Female);
        QCOMPARE(card->birthDate, QDate(1949, 12, 31));
        QCOMPARE(card->nation, u"汉"_qs);
        QCOMPARE(card->photo.size(), QSize(102, 126));
        QCOMPARE(card->photo.pixelColor(51, 40), QColor(Qt::black));
        QCOMPARE(card->validIndefinitely(), object.value(u"validTo"_qs).toString() == u"长期"_qs);
    } else {
        QVERIFY(!card.ok());
        QCOMPARE(card.error().code, code);
        QCOMPARE(card.error().field, field);
        QVERIFY2(errortext::knownCodes().contains(code), qPrintable(code)); // the teller reads a sentence
    }
}

void TestIdCardReader::unreadableFile_data()
{
    QTest::addColumn<QByteArray>("content"); // written to the card file; "-" = no file at all
    QTest::newRow("no file") << QByteArray("-");
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("name=王秀英");
    QTest::newRow("a JSON array") << QByteArray("[1, 2]");
    QTest::newRow("truncated JSON") << QJsonDocument(validCard()).toJson().left(60);
    QTest::newRow("oversized file") << QByteArray(QByteArray(70 * 1024, ' ') +
                                                  QJsonDocument(validCard()).toJson());
}

void TestIdCardReader::unreadableFile()
{
    QFETCH(QByteArray, content);
    const QString path = m_dir.filePath(u"unreadable-%1.json"_qs.arg(++m_files));
    photoImage().save(m_dir.filePath(u"photo.png"_qs));
    if (content != "-") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const Result<IdCard> card = TrainingIdCardReader::readCardFile(path, kToday);
    QVERIFY(!card.ok());
    QCOMPARE(card.error().code, u"idcard.unreadable"_qs);
    QCOMPARE(card.error().field, u"file"_qs);
}

void TestIdCardReader::readsFromTheEventLoop()
{
    ManualClock clock(QDateTime(kToday, QTime(9, 0)));
    TrainingIdCardReader reader(writeCard(validCard(), u"png"_qs), clock);
    QSignalSpy read(&reader, &IdCardReader::cardRead);
    QSignalSpy failed(&reader, &IdCardReader::failed);
    reader.read();
    QVERIFY(reader.isBusy());
    QCOMPARE(read.count(), 0); // never synchronously: a desk connects after calling read()
    QVERIFY(read.wait(2000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(!reader.isBusy());
    const auto card = read.at(0).at(0).value<IdCard>();
    QCOMPARE(card.name, u"王秀英"_qs);
    QCOMPARE(card.documentNumber, u"11010519491231002X"_qs);

    // The clock moves past a dated card's end: the same file is now an expired card.
    QJsonObject dated = validCard();
    dated.insert(u"validTo"_qs, u"2027-01-31"_qs);
    reader.setCardFile(writeCard(dated, u"png"_qs));
    reader.read();
    QVERIFY(read.wait(2000) || read.count() == 2);
    clock.advanceDays(60);
    reader.read();
    QVERIFY(failed.wait(2000));
    QCOMPARE(read.count(), 2);
    QCOMPARE(failed.at(0).at(0).value<Error>().code, u"idcard.expired"_qs);
}

void TestIdCardReader::failsFromTheEventLoopAndRefusesASecondRead()
{
    TrainingIdCardReader reader(m_dir.filePath(u"no-such-card.json"_qs));
    QSignalSpy read(&reader, &IdCardReader::cardRead);
    QSignalSpy failed(&reader, &IdCardReader::failed);
    reader.read();
    reader.read(); // a double click on 读卡
    QCOMPARE(failed.count(), 0);
    QTRY_COMPARE(failed.count(), 2);
    QCOMPARE(read.count(), 0);
    QStringList codes;
    for (const QList<QVariant> &args : failed)
        codes << args.at(0).value<Error>().code;
    codes.sort();
    QCOMPARE(codes, (QStringList{u"idcard.busy"_qs, u"idcard.unreadable"_qs}));
}

void TestIdCardReader::writtenCardReadsBack()
{
    const Result<IdCard> card = TrainingIdCardReader::readCardFile(writeCard(validCard(), u"png"_qs), kToday);
    QVERIFY(card.ok());
    IdCard dated = *card;
    dated.validTo = QDate(2036, 3, 1);
    for (const IdCard &original : {*card, dated}) {
        const QString path = m_dir.filePath(u"written-%1.json"_qs.arg(++m_files));
        QVERIFY(TrainingIdCardReader::writeCardFile(original, path).ok());
        const Result<IdCard> back = TrainingIdCardReader::readCardFile(path, kToday);
        QVERIFY(back.ok());
        QCOMPARE(back->name, original.name);
        QCOMPARE(back->sex, original.sex);
        QCOMPARE(back->documentNumber, original.documentNumber);
        QCOMPARE(back->validTo, original.validTo);
        QCOMPARE(back->address, original.address);
        QCOMPARE(back->photo.convertToFormat(QImage::Format_RGB32),
                 original.photo.convertToFormat(QImage::Format_RGB32));
    }
    QVERIFY(!TrainingIdCardReader::writeCardFile(*card, m_dir.filePath(u"no/such/folder/card.json"_qs)).ok());
}

void TestIdCardReader::trainingCardForAParty_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("woman, X") << u"王秀英"_qs << u"11010519491231002x"_qs << QString() << QString();
    QTest::newRow("man") << u"李明"_qs << u"440524188001010014"_qs << QString() << QString();
    QTest::newRow("full-width number")
        << u"王秀英"_qs << u"１１０１０５１９４９１２３１００２Ｘ"_qs << QString() << QString();
    QTest::newRow("wrong check digit")
        << u"王秀英"_qs << u"110105194912310021"_qs << u"identity.checksum"_qs << u"documentNumber"_qs;
    QTest::newRow("no name") << u" "_qs << u"11010519491231002X"_qs << u"idcard.empty"_qs << u"name"_qs;
    QTest::newRow("oversized name") << QString(31, u'王') << u"11010519491231002X"_qs << u"idcard.too_long"_qs
                                    << u"name"_qs;
}

void TestIdCardReader::trainingCardForAParty()
{
    QFETCH(QString, name);
    QFETCH(QString, number);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const Result<IdCard> card = TrainingIdCardReader::trainingCardFor(name, number, kToday);
    if (!code.isEmpty()) {
        QVERIFY(!card.ok());
        QCOMPARE(card.error().code, code);
        QCOMPARE(card.error().field, field);
        return;
    }
    QVERIFY(card.ok());
    // Written and read back through the reader, it passes every check a card file gets.
    const QString path = m_dir.filePath(u"party-%1.json"_qs.arg(++m_files));
    QVERIFY(TrainingIdCardReader::writeCardFile(*card, path).ok());
    const Result<IdCard> back = TrainingIdCardReader::readCardFile(path, kToday);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().code + u' ' + back.error().field));
    QCOMPARE(back->name, name);
    QCOMPARE(back->documentNumber, identity::normalize(number));
    QCOMPARE(back->sex, number.startsWith(u"44"_qs) ? identity::Sex::Male : identity::Sex::Female);
    QCOMPARE(back->photo.size(), QSize(102, 126));
    QVERIFY(!back->validIndefinitely());
    QVERIFY(back->validTo > kToday);
}

QTEST_GUILESS_MAIN(TestIdCardReader)
#include "tst_idcardreader.moc"
