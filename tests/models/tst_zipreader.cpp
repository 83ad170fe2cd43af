// The zip container under the XLSX import (QuaZip behind ZipReader) on the hostile archives a
// counter may be handed: zip bombs (declared, lying and spread over parts), path tricks, parts
// stored twice, truncated archives, damaged checksums, encryption and methods an XLSX never uses.
#include "lists/zipreader.h"
#include "zipwriter.h"

#include <QTest>

using namespace hpf;
using namespace hpf::client;
using hpf::test::patchEntry;
using hpf::test::zip;

namespace {

// Field offsets in a local file header (APPNOTE 4.3.7).
constexpr qsizetype kFlags = 6;
constexpr qsizetype kMethod = 8;
constexpr qsizetype kCrc = 14;
constexpr qsizetype kSize = 22;

const QByteArray kWorkbook = QByteArray("<workbook>").append(QByteArray(300, 'w')).append("</workbook>");

QByteArray single(const QByteArray &data, bool deflate = true)
{
    return zip({{u"xl/workbook.xml"_qs, data}}, deflate);
}

QByteArray patched(QByteArray archive, qsizetype field, quint32 value, int bytes)
{
    patchEntry(archive, field, value, bytes);
    return archive;
}

} // namespace

class TestZipReader : public QObject
{
    Q_OBJECT
private slots:
    void hostileArchives_data();
    void hostileArchives();
};

void TestZipReader::hostileArchives_data()
{
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<QStringList>("reads"); // read in order; every one but the last must succeed
    QTest::addColumn<QString>("openCode");  // empty: opens
    QTest::addColumn<QString>("readCode");  // empty: the last read gives `content`
    QTest::addColumn<QByteArray>("content");

    const qint64 cap = 100'000;
    const QStringList workbook{u"xl/workbook.xml"_qs};
    QTest::newRow("deflated") << single(kWorkbook) << cap << workbook << QString() << QString() << kWorkbook;
    QTest::newRow("stored") << single(kWorkbook, false) << cap << workbook << QString() << QString()
                            << kWorkbook;
    QTest::newRow("empty part") << single(QByteArray()) << cap << workbook << QString() << QString()
                                << QByteArray();

    // Zip bombs: 10 MB of zeros deflate to ~10 kB.
    const QByteArray zeros(10'000'000, '\0');
    QTest::newRow("bomb that declares its size")
        << single(zeros) << cap << workbook << QString() << u"list.xlsx_unsupported"_qs << QByteArray();
    QTest::newRow("bomb that declares 300 bytes")
        << patched(single(zeros), kSize, 300, 4) << qint64(1'000'000'000) << workbook << QString()
        << u"list.xlsx_invalid"_qs << QByteArray();
    QTest::newRow("parts that together pass the cap")
        << zip({{u"a"_qs, QByteArray(60'000, 'a')}, {u"b"_qs, QByteArray(60'000, 'b')}}, true) << cap
        << QStringList{u"a"_qs, u"b"_qs} << QString() << u"list.xlsx_unsupported"_qs << QByteArray();
    QTest::newRow("a part read twice counts twice")
        << single(QByteArray(60'000, 'w')) << cap << QStringList{workbook.first(), workbook.first()}
        << QString() << u"list.xlsx_unsupported"_qs << QByteArray();
    QTest::newRow("part exactly at the cap") << single(QByteArray(int(cap), 'w')) << cap << workbook
                                             << QString() << QString() << QByteArray(int(cap), 'w');
    QTest::newRow("declares more than it holds")
        << patched(single(kWorkbook), kSize, quint32(kWorkbook.size() + 10), 4) << cap << workbook
        << QString() << u"list.xlsx_invalid"_qs << QByteArray();

    // Names are matched exactly as stored: none of these is the workbook.
    const QStringList tricks{
        u"../xl/workbook.xml"_qs, u"/xl/workbook.xml"_qs,
        u"xl\\workbook.xml"_qs,   u"xl/./workbook.xml"_qs,
        u"XL/WORKBOOK.XML"_qs,    QString(u"xl/workbook.xml"_qs + QChar(0) + u".png"_qs)};
    for (const QString &trick : tricks) {
        QTest::addRow("path trick %s", qPrintable(QString(trick).replace(QChar(0), u"\\0"_qs)))
            << zip({{trick, kWorkbook}}, true) << cap << workbook << QString() << u"list.xlsx_invalid"_qs
            << QByteArray();
    }
    QTest::newRow("part stored twice")
        << zip({{u"xl/workbook.xml"_qs, kWorkbook}, {u"xl/workbook.xml"_qs, "<evil/>"}}, true) << cap
        << workbook << u"list.xlsx_invalid"_qs << QString() << QByteArray();

    const QByteArray whole = single(kWorkbook);
    QTest::newRow("truncated to half") << whole.left(whole.size() / 2) << cap << workbook
                                       << u"list.xlsx_invalid"_qs << QString() << QByteArray();
    QTest::newRow("end record cut") << whole.left(whole.size() - 5) << cap << workbook
                                    << u"list.xlsx_invalid"_qs << QString() << QByteArray();
    QTest::newRow("only a local header")
        << whole.left(30) << cap << workbook << u"list.xlsx_invalid"_qs << QString() << QByteArray();
    QTest::newRow("not a zip") << QByteArray("PK\x03\x04 not really") << cap << workbook
                               << u"list.xlsx_invalid"_qs << QString() << QByteArray();
    QTest::newRow("empty") << QByteArray() << cap << workbook << u"list.xlsx_invalid"_qs << QString()
                           << QByteArray();
    QByteArray flipped = whole;
    flipped[50] = char(flipped[50] ^ 0x55); // inside the deflated data (it starts at 30 + 15)
    QTest::newRow("damaged data") << flipped << cap << workbook << QString() << u"list.xlsx_invalid"_qs
                                  << QByteArray();
    QTest::newRow("wrong checksum") << patched(whole, kCrc, 0x12345678, 4) << cap << workbook << QString()
                                    << u"list.xlsx_invalid"_qs << QByteArray();
    QTest::newRow("encrypted") << patched(whole, kFlags, 1, 2) << cap << workbook << QString()
                               << u"list.xlsx_unsupported"_qs << QByteArray();
    QTest::newRow("bzip2 method") << patched(whole, kMethod, 12, 2) << cap << workbook << QString()
                                  << u"list.xlsx_unsupported"_qs << QByteArray();
    QTest::newRow("missing part") << whole << cap << QStringList{u"xl/sharedStrings.xml"_qs} << QString()
                                  << u"list.xlsx_invalid"_qs << QByteArray();
}

void TestZipReader::hostileArchives()
{
    QFETCH(QByteArray, archive);
    QFETCH(qint64, cap);
    QFETCH(QStringList, reads);
    QFETCH(QString, openCode);
    QFETCH(QString, readCode);
    QFETCH(QByteArray, content);

    auto opened = ZipReader::open(archive, cap);
    if (!openCode.isEmpty()) {
        QVERIFY2(!opened, "the archive opened");
        QCOMPARE(opened.error().code, openCode);
        return;
    }
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().code + u' ' + opened.error().detail));
    ZipReader reader = std::move(opened).value();
    for (qsizetype i = 0; i + 1 < reads.size(); ++i) {
        const auto part = reader.read(reads.at(i));
        QVERIFY2(part, qPrintable(part ? QString() : part.error().code + u' ' + part.error().detail));
    }
    const auto last = reader.read(reads.last());
    if (!readCode.isEmpty()) {
        QVERIFY2(!last, "the part was read");
        QCOMPARE(last.error().code, readCode);
        return;
    }
    QVERIFY2(last, qPrintable(last ? QString() : last.error().code + u' ' + last.error().detail));
    QCOMPARE(last->size(), content.size());
    QVERIFY(*last == content);
}

QTEST_GUILESS_MAIN(TestZipReader)
#include "tst_zipreader.moc"
