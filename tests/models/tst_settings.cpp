#include "session/settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <limits>

using hpf::client::Settings;

// The typed settings over an INI file: clamping, renamed keys, profiles and the per-printer
// calibration offsets (套打).
class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    void printerOffsets_data();
    void printerOffsets();
    void damagedOffsetIsNoOffset_data();
    void damagedOffsetIsNoOffset();
    void offsetsArePerPrinterAndPersist();
    void clampedValues_data();
    void clampedValues();
    void migrateRenamesOldKeys();

private:
    QString iniPath() const { return m_dir.filePath(u"settings.ini"_qs); }
    QTemporaryDir m_dir;
};

void TestSettings::printerOffsets_data()
{
    QTest::addColumn<QString>("printer");
    QTest::addColumn<QPointF>("stored");
    QTest::addColumn<QPointF>("expected");
    QTest::newRow("plain") << u"HP_LaserJet"_qs << QPointF(1.5, -0.75) << QPointF(1.5, -0.75);
    QTest::newRow("slash and space") << u"ipp://host/printers/Office 2"_qs << QPointF(2, 3) << QPointF(2, 3);
    QTest::newRow("chinese name") << u"柜台打印机"_qs << QPointF(-4, 0.5) << QPointF(-4, 0.5);
    QTest::newRow("clamped") << u"p"_qs << QPointF(25, -99) << QPointF(20, -20);
    QTest::newRow("zero") << u"p"_qs << QPointF(0, 0) << QPointF(0, 0);
    QTest::newRow("not finite") << u"p"_qs << QPointF(std::numeric_limits<double>::quiet_NaN(), 3)
                                << QPointF(0, 3);
}

void TestSettings::printerOffsets()
{
    QFETCH(QString, printer);
    QFETCH(QPointF, stored);
    QFETCH(QPointF, expected);
    QFile::remove(iniPath());
    Settings s(iniPath());
    s.setPrinterOffsetMm(printer, stored);
    QCOMPARE(s.printerOffsetMm(printer), expected);
    QCOMPARE(s.printerOffsetMm(printer + u"-other"_qs), QPointF());
}

void TestSettings::damagedOffsetIsNoOffset_data()
{
    QTest::addColumn<QString>("raw");
    QTest::newRow("empty") << QString();
    QTest::newRow("one number") << u"3"_qs;
    QTest::newRow("three numbers") << u"1,2,3"_qs;
    QTest::newRow("words") << u"left,up"_qs;
    QTest::newRow("nan") << u"nan,1"_qs;
    QTest::newRow("inf") << u"1,inf"_qs;
}

void TestSettings::damagedOffsetIsNoOffset()
{
    QFETCH(QString, raw);
    QFile::remove(iniPath());
    {
        QSettings ini(iniPath(), QSettings::IniFormat);
        ini.setValue(u"printing/offsets/p"_qs, raw);
    }
    Settings s(iniPath());
    QCOMPARE(s.printerOffsetMm(u"p"_qs), QPointF());
}

void TestSettings::offsetsArePerPrinterAndPersist()
{
    QFile::remove(iniPath());
    {
        Settings s(iniPath());
        s.setPrinterOffsetMm(u"A"_qs, QPointF(1, 2));
        s.setPrinterOffsetMm(u"B"_qs, QPointF(-3, 4));
        s.sync();
    }
    Settings again(iniPath());
    QCOMPARE(again.printerOffsetMm(u"A"_qs), QPointF(1, 2));
    QCOMPARE(again.printerOffsetMm(u"B"_qs), QPointF(-3, 4));
    again.setPrinterOffsetMm(u"A"_qs, QPointF()); // back to zero removes the entry
    again.sync();
    QSettings ini(iniPath(), QSettings::IniFormat);
    QVERIFY(!ini.contains(u"printing/offsets/A"_qs));
}

void TestSettings::clampedValues_data()
{
    QTest::addColumn<int>("fontScale");
    QTest::addColumn<int>("expectedScale");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expectedLanguage");
    QTest::newRow("defaults") << 100 << 100 << u"zh_CN"_qs << u"zh_CN"_qs;
    QTest::newRow("too small") << 10 << 100 << u"en"_qs << u"en"_qs;
    QTest::newRow("too large") << 500 << 200 << u"fr"_qs << u"zh_CN"_qs;
    QTest::newRow("in range") << 150 << 150 << QString() << u"zh_CN"_qs;
}

void TestSettings::clampedValues()
{
    QFETCH(int, fontScale);
    QFETCH(int, expectedScale);
    QFETCH(QString, language);
    QFETCH(QString, expectedLanguage);
    QFile::remove(iniPath());
    Settings s(iniPath());
    s.setFontScale(fontScale);
    s.setLanguage(language);
    QCOMPARE(s.fontScale(), expectedScale);
    QCOMPARE(s.language(), expectedLanguage);
}

void TestSettings::migrateRenamesOldKeys()
{
    QFile::remove(iniPath());
    {
        QSettings ini(iniPath(), QSettings::IniFormat);
        ini.setValue(u"language"_qs, u"en"_qs);
        ini.setValue(u"workstation"_qs, u"window-07"_qs);
    }
    Settings s(iniPath());
    QCOMPARE(s.migrate(), 2);
    QCOMPARE(s.language(), u"en"_qs);
    QCOMPARE(s.workstation(), u"window-07"_qs);
    QCOMPARE(s.migrate(), 0);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
