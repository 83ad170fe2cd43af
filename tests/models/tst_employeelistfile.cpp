// Employee list (清册) files and their row validation: encodings detected (and mixed ones refused),
// CSV quoting, XLSX written here as a real zip (stored and deflated parts), header matching,
// limits, and every row rule with its own code.
#include "domain/identity.h"
#include "domain/money.h"
#include "finance/policy.h"
#include "items/employeelistmodel.h"
#include "lists/employeelistfile.h"
#include "lists/employeelistimport.h"
#include "lists/employeelistvalidator.h"
#include "zipwriter.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace hpf;
using namespace hpf::client;
using hpf::test::zip;

namespace {

QString validId(int i)
{
    const QString first17 = u"110105199001"_qs + u"%1"_qs.arg(1 + i % 28, 2, 10, QLatin1Char('0')) +
                            u"%1"_qs.arg(i / 28 % 1000, 3, 10, QLatin1Char('0'));
    return first17 + identity::checkCharacter(first17);
}

QByteArray gb18030(const QString &text)
{
    QStringEncoder e("GB18030");
    return e.encode(text);
}

QString xmlEscape(const QString &s)
{
    return s.toHtmlEscaped();
}

// A one-sheet workbook. Cells starting with '#' are numbers, with '~' inline strings, the rest
// shared strings.
QByteArray xlsx(const QList<QStringList> &rows, bool deflate = true)
{
    QStringList shared;
    QString sheet =
        u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"_qs;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        sheet += u"<row r=\"%1\">"_qs.arg(r + 1);
        for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
            const QString v = rows.at(r).at(c);
            const QString ref = QString(QChar(char16_t(u'A' + c))) + QString::number(r + 1);
            if (v.isEmpty())
                continue;
            if (v.startsWith(u'#')) {
                sheet += u"<c r=\"%1\"><v>%2</v></c>"_qs.arg(ref, v.mid(1));
            } else if (v.startsWith(u'~')) {
                sheet +=
                    u"<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>"_qs.arg(ref, xmlEscape(v.mid(1)));
            } else {
                sheet += u"<c r=\"%1\" t=\"s\"><v>%2</v></c>"_qs.arg(ref).arg(shared.size());
                shared.append(v);
            }
        }
        sheet += u"</row>"_qs;
    }
    sheet += u"</sheetData></worksheet>"_qs;
    QString sst = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst "
                  "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"_qs;
    for (const QString &s :
         std::as_const(shared)) // rich text with a phonetic run that is not part of the text
        sst += u"<si><r><t>%1</t></r><rPh sb=\"0\" eb=\"1\"><t>PINYIN</t></rPh></si>"_qs.arg(xmlEscape(s));
    sst += u"</sst>"_qs;
    const QByteArray workbook =
        "<?xml version=\"1.0\"?><workbook "
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
        "<sheet name=\"清册\" sheetId=\"1\" r:id=\"rId7\"/><sheet name=\"说明\" sheetId=\"2\" r:id=\"rId8\"/>"
        "</sheets></workbook>";
    const QByteArray rels =
        "<?xml version=\"1.0\"?><Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId8\" Type=\"worksheet\" Target=\"worksheets/sheet2.xml\"/>"
        "<Relationship Id=\"rId7\" Type=\"worksheet\" Target=\"worksheets/list.xml\"/></Relationships>";
    const QByteArray other =
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c>"
        "</row></sheetData></worksheet>";
    return zip({{u"[Content_Types].xml"_qs, QByteArray("<Types/>")},
                {u"xl/workbook.xml"_qs, workbook},
                {u"xl/_rels/workbook.xml.rels"_qs, rels},
                {u"xl/sharedStrings.xml"_qs, sst.toUtf8()},
                {u"xl/worksheets/sheet2.xml"_qs, other},
                {u"xl/worksheets/list.xml"_qs, sheet.toUtf8()}},
               deflate);
}

const QString kHeader = u"姓名,证件号码,缴存基数"_qs;

QString csvRows(int n, int first = 0)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += u"职工%1,%2,5000.00\r\n"_qs.arg(first + i).arg(validId(first + i));
    return s;
}

} // namespace

class TestEmployeeListFile : public QObject
{
    Q_OBJECT
private slots:
    void gb18030Decoder_data();
    void gb18030Decoder();
    void parseFile_data();
    void parseFile();
    void validateRow_data();
    void validateRow();
    void duplicatesInFile();
    void policyFromServerDocument();
    void modelAndExport();
    void importOffTheGuiThread();
    void importCancelled();
    void leavingListNeedsNoWageBase_data();
    void leavingListNeedsNoWageBase();
};

// What the list reader relies on in Qt's ICU-backed GB18030 decoder: it exists (Debian's Qt is
// built with ICU) and a stateless decoder reports bytes that are no GB18030 and a character cut at
// the end. Without ICU the reader cannot read GB18030 lists at all, so this fails rather than skips.
void TestEmployeeListFile::gb18030Decoder_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("error");
    QTest::newRow("two-byte") << gb18030(u"张三"_qs) << false;
    QTest::newRow("four-byte") << gb18030(u"𠮷"_qs) << false;
    QTest::newRow("lone 0x80") << QByteArray("a\x80"
                                             "b")
                               << true;
    QTest::newRow("0xFF lead") << QByteArray("\xFF\xA1") << true;
    QTest::newRow("bad trail byte") << QByteArray("\xE5\x20") << true;
    QTest::newRow("two bytes cut at the end") << QByteArray("ab\xE5") << true;
    QTest::newRow("four bytes cut at the end") << QByteArray("ab\x81\x30\x81") << true;
}

void TestEmployeeListFile::gb18030Decoder()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, error);
    QStringDecoder decoder("GB18030", QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        QFAIL("Qt has no GB18030 decoder (built without ICU): GB18030 employee lists cannot be read");
    const QString text = decoder.decode(bytes);
    QCOMPARE(decoder.hasError(), error);
}

void TestEmployeeListFile::parseFile_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("maxRows"); // 0: default limits
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<int>("maxCellChars");
    QTest::addColumn<QString>("code"); // empty: read
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("lastCell"); // wage base of the last row
    QTest::addColumn<int>("lastLine");
    QTest::addColumn<int>("format");

    using F = EmployeeList::Format;
    const QString id0 = validId(0), id1 = validId(1);
    const QString plain = kHeader + u"\n张三,"_qs + id0 + u",5000\n李四,"_qs + id1 + u",6000.50\n"_qs;
    QTest::newRow("utf-8") << plain.toUtf8() << 0 << 0 << 0 << QString() << QString() << 2 << u"张三"_qs
                           << u"6000.50"_qs << 3 << int(F::CsvUtf8);
    QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF" + plain.toUtf8()) << 0 << 0 << 0 << QString()
                                    << QString() << 2 << u"张三"_qs << u"6000.50"_qs << 3
                                    << int(F::CsvUtf8Bom);
    QTest::newRow("gb18030") << gb18030(plain) << 0 << 0 << 0 << QString() << QString() << 2 << u"张三"_qs
                             << u"6000.50"_qs << 3 << int(F::CsvGb18030);
    QTest::newRow("gb18030 four-byte character")
        << gb18030(kHeader + u"\n𠮷野家,"_qs + id0 + u",5000\n"_qs) << 0 << 0 << 0 << QString() << QString()
        << 1 << u"𠮷野家"_qs << u"5000"_qs << 2 << int(F::CsvGb18030);
    QTest::newRow("mixed encodings") << QByteArray(kHeader.toUtf8() + "\n" + u"张三,"_qs.toUtf8() +
                                                   id0.toUtf8() + ",5000\n" +
                                                   gb18030(u"李四,"_qs + id1 + u",6000\n"_qs))
                                     << 0 << 0 << 0 << u"list.encoding_mixed"_qs << QString() << 0
                                     << QString() << QString() << 0 << 0;
    QTest::newRow("BOM then a GB18030 line")
        << QByteArray("\xEF\xBB\xBF"
                      "name,document number,wage base\n" +
                      gb18030(u"李四,"_qs + id1 + u",6000\n"_qs))
        << 0 << 0 << 0 << u"list.encoding_mixed"_qs << QString() << 0 << QString() << QString() << 0 << 0;
    QTest::newRow("neither encoding")
        << QByteArray("name,document number,wage base\n\xFF\xFE\x80,1,2\n") << 0 << 0 << 0
        << u"list.encoding_invalid"_qs << QString() << 0 << QString() << QString() << 0 << 0;
    // Ugly bytes for the QStringDecoder checks: each is invalid in both encodings, or is one of them.
    const auto invalid = [&](const char *name, const QByteArray &bytes) {
        QTest::newRow(name) << bytes << 0 << 0 << 0 << u"list.encoding_invalid"_qs << QString() << 0
                            << QString() << QString() << 0 << 0;
    };
    const QByteArray header = kHeader.toUtf8() + "\n";
    invalid("UTF-8 surrogate", header + "\xED\xA0\x80,1,2\n");
    // (two bytes of a three-byte character would be one GB18030 character: a line of it is GB18030)
    invalid("UTF-8 cut at the end of the file", plain.toUtf8() + "\xE5");
    invalid("UTF-8 cut before a comma", header + "\xE5,1,2\n");
    invalid("UTF-8 above U+10FFFF", header + "\xF4\x90\x80\x80,1,2\n");
    invalid("GB18030 cut at the end of the file", gb18030(plain) + "\x81\x30");
    invalid("GB18030 four-byte character cut in a line", gb18030(kHeader + u"\n"_qs) + "\x81\x30\x81,1,2\n");
    invalid("GB18030 with a lone 0x80", gb18030(kHeader + u"\n张三"_qs) + "\x80,1,2\n");
    invalid("GB18030 with 0xFF", gb18030(kHeader + u"\n张三"_qs) + "\xFF\xA1,1,2\n");
    invalid("UTF-16 LE with BOM",
            QByteArray("\xFF\xFE") +
                QByteArray(reinterpret_cast<const char *>(kHeader.utf16()), kHeader.size() * 2));
    invalid("UTF-16 BE BOM", QByteArray("\xFE\xFF\x00n\x00a"));
    QTest::newRow("UTF-8 BOM alone") << QByteArray("\xEF\xBB\xBF") << 0 << 0 << 0 << u"list.empty"_qs
                                     << QString() << 0 << QString() << QString() << 0 << 0;
    QTest::newRow("UTF-8 BOM twice (the second is a character the header ignores)")
        << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF" + plain.toUtf8()) << 0 << 0 << 0 << QString() << QString()
        << 2 << u"张三"_qs << u"6000.50"_qs << 3 << int(F::CsvUtf8Bom);
    QTest::newRow("GB18030 U+FFFD is a character, not an error")
        << gb18030(kHeader + u"\n张\uFFFD三,"_qs + id0 + u",5000\n"_qs) << 0 << 0 << 0 << QString()
        << QString() << 1 << u"张\uFFFD三"_qs << u"5000"_qs << 2 << int(F::CsvGb18030);
    QTest::newRow("missing wage base column")
        << (u"姓名,证件号码,手机号码\n张三,"_qs + id0 + u",13812345678\n"_qs).toUtf8() << 0 << 0 << 0
        << u"list.missing_column"_qs << u"wageBaseFen"_qs << 0 << QString() << QString() << 0 << 0;
    QTest::newRow("missing name column")
        << (u"证件号码,缴存基数\n"_qs + id0 + u",5000\n"_qs).toUtf8() << 0 << 0 << 0
        << u"list.missing_column"_qs << u"name"_qs << 0 << QString() << QString() << 0 << 0;
    QTest::newRow("column twice")
        << (u"姓名,身份证号码,证件号码,缴存基数\n张三,"_qs + id0 + u","_qs + id0 + u",5000\n"_qs).toUtf8()
        << 0 << 0 << 0 << u"list.duplicate_column"_qs << u"documentNumber"_qs << 0 << QString() << QString()
        << 0 << 0;
    QTest::newRow("quoted comma, quote and newline")
        << (u"序号,姓名,证件号码,缴存基数,备注\r\n1,\"张三\","_qs + id0 +
            u",\"5,000.00\",\"第一行\r\n第二行, \"\"引号\"\"\"\r\n2,李四,"_qs + id1 + u",6000,\r\n"_qs)
               .toUtf8()
        << 0 << 0 << 0 << QString() << QString() << 2 << u"张三"_qs << u"6000"_qs << 4 << int(F::CsvUtf8);
    QTest::newRow("quote never closed")
        << (kHeader + u"\n\"张三,"_qs + id0 + u",5000\n"_qs).toUtf8() << 0 << 0 << 0 << u"list.csv_quote"_qs
        << QString() << 0 << QString() << QString() << 0 << 0;
    QTest::newRow("empty file") << QByteArray() << 0 << 0 << 0 << u"list.empty"_qs << QString() << 0
                                << QString() << QString() << 0 << 0;
    QTest::newRow("header only, blank lines")
        << (kHeader + u"\r\n,,\r\n\r\n"_qs).toUtf8() << 0 << 0 << 0 << u"list.empty"_qs << QString() << 0
        << QString() << QString() << 0 << 0;
    QTest::newRow("blank lines skipped")
        << (u"\n"_qs + kHeader + u"\n\n张三,"_qs + id0 + u",5000\n , ,\n"_qs).toUtf8() << 0 << 0 << 0
        << QString() << QString() << 1 << u"张三"_qs << u"5000"_qs << 4 << int(F::CsvUtf8);
    QTest::newRow("too many rows") << (kHeader + u"\n"_qs + csvRows(4)).toUtf8() << 3 << 0 << 0
                                   << u"list.too_many_rows"_qs << QString() << 0 << QString() << QString()
                                   << 0 << 0;
    QTest::newRow("as many rows as allowed")
        << (kHeader + u"\n"_qs + csvRows(3)).toUtf8() << 3 << 0 << 0 << QString() << QString() << 3
        << u"职工0"_qs << u"5000.00"_qs << 4 << int(F::CsvUtf8);
    QTest::newRow("file too large") << (kHeader + u"\n"_qs + csvRows(4)).toUtf8() << 0 << 100 << 0
                                    << u"list.file_too_large"_qs << QString() << 0 << QString() << QString()
                                    << 0 << 0;
    QTest::newRow("cell too long") << (kHeader + u"\n"_qs + csvRows(1)).toUtf8() << 0 << 0 << 10
                                   << u"list.row_too_long"_qs << QString() << 0 << QString() << QString() << 0
                                   << 0;
    QTest::newRow("too many cells")
        << (kHeader + u"\n张三,"_qs + id0 + u",5000"_qs + QString(u","_qs).repeated(70) + u"\n"_qs).toUtf8()
        << 0 << 0 << 0 << u"list.row_too_long"_qs << QString() << 0 << QString() << QString() << 0 << 0;
    QTest::newRow("tab separated, English headers")
        << (u"Name\tDocument type\tDocument Number\tMobile\tWage base (yuan)\nZhang San\t护照\tE12345678\t"
            "13812345678\t5000\n"_qs)
               .toUtf8()
        << 0 << 0 << 0 << QString() << QString() << 1 << u"Zhang San"_qs << u"5000"_qs << 2
        << int(F::CsvUtf8);
    QTest::newRow("headers with marks and units")
        << (u"*姓名, 证件号码 ,缴存基数（元）\n张三,"_qs + id0 + u",5000\n"_qs).toUtf8() << 0 << 0 << 0
        << QString() << QString() << 1 << u"张三"_qs << u"5000"_qs << 2 << int(F::CsvUtf8);

    const QList<QStringList> sheet{{u"序号"_qs, u"姓名"_qs, u"证件号码"_qs, u"缴存基数"_qs},
                                   {u"#1"_qs, u"张三"_qs, id0, u"#5000"_qs},
                                   {u"#2"_qs, u"~李四"_qs, u"~"_qs + id1, u"#8888.8799999999992"_qs}};
    QTest::newRow("xlsx, deflated") << xlsx(sheet) << 0 << 0 << 0 << QString() << QString() << 2 << u"张三"_qs
                                    << u"8888.88"_qs << 3 << int(F::Xlsx);
    QTest::newRow("xlsx, stored") << xlsx(sheet, false) << 0 << 0 << 0 << QString() << QString() << 2
                                  << u"张三"_qs << u"8888.88"_qs << 3 << int(F::Xlsx);
    QTest::newRow("xlsx, missing column")
        << xlsx({{u"姓名"_qs, u"证件号码"_qs}, {u"张三"_qs, id0}}) << 0 << 0 << 0 << u"list.missing_column"_qs
        << u"wageBaseFen"_qs << 0 << QString() << QString() << 0 << 0;
    QByteArray damaged = xlsx(sheet);
    damaged[200] = char(damaged[200] ^ 0x55);
    QTest::newRow("xlsx, damaged") << damaged << 0 << 0 << 0 << u"list.xlsx_invalid"_qs << QString() << 0
                                   << QString() << QString() << 0 << 0;
    QTest::newRow("xlsx, too many rows") << xlsx(sheet) << 1 << 0 << 0 << u"list.too_many_rows"_qs
                                         << QString() << 0 << QString() << QString() << 0 << 0;
    QTest::newRow("old binary xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest") << 0 << 0 << 0
                                    << u"list.format_unknown"_qs << QString() << 0 << QString() << QString()
                                    << 0 << 0;
}

void TestEmployeeListFile::parseFile()
{
    QFETCH(QByteArray, data);
    QFETCH(int, maxRows);
    QFETCH(int, maxBytes);
    QFETCH(int, maxCellChars);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(int, rows);
    QFETCH(QString, firstName);
    QFETCH(QString, lastCell);
    QFETCH(int, lastLine);
    QFETCH(int, format);
    ListLimits limits;
    if (maxRows)
        limits.maxRows = maxRows;
    if (maxBytes)
        limits.maxFileBytes = maxBytes;
    if (maxCellChars)
        limits.maxCellChars = maxCellChars;

    // Through a file, as the page reads it (the suffix does not decide: .txt is sniffed).
    QTemporaryDir dir;
    const QString path = dir.filePath(u"list.dat"_qs);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
    f.close();
    const auto list = employeelist::read(path, limits);
    if (!code.isEmpty()) {
        QVERIFY2(!list, "the file was read");
        QCOMPARE(list.error().code, code);
        QCOMPARE(list.error().field, field);
        return;
    }
    QVERIFY2(list, qPrintable(list ? QString() : list.error().code + u' ' + list.error().detail));
    QCOMPARE(int(list->format), format);
    QCOMPARE(list->rows.size(), rows);
    QCOMPARE(list->rows.first().cell(ListColumn::Name), firstName);
    QCOMPARE(list->rows.last().cell(ListColumn::WageBase), lastCell);
    QCOMPARE(list->rows.last().line, lastLine);
    QVERIFY(!list->rows.first().cell(ListColumn::DocumentNumber).isEmpty());
}

void TestEmployeeListFile::validateRow_data()
{
    QTest::addColumn<QStringList>("cells"); // name, type, number, mobile, base
    QTest::addColumn<bool>("refuseOutOfRange");
    QTest::addColumn<QString>("code"); // empty: valid
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("number"); // the number sent to the server
    QTest::addColumn<qint64>("baseFen");
    QTest::addColumn<QString>("warning");

    const QString id = u"11010519491231002X"_qs;
    auto row = [](QString name, QString type, QString number, QString mobile, QString base) {
        return QStringList{name, type, number, mobile, base};
    };
    QTest::newRow("valid") << row(u"张三"_qs, {}, u"440524188001010014"_qs, u"13812345678"_qs, u"5,000.00"_qs)
                           << false << QString() << QString() << u"440524188001010014"_qs << qint64(500000)
                           << QString();
    QTest::newRow("full-width digits")
        << row(u"张三"_qs, u"01"_qs, u"４４０５２４１８８００１０１００１４"_qs, {}, u"５０００"_qs) << false
        << QString() << QString() << u"440524188001010014"_qs << qint64(500000) << QString();
    QTest::newRow("lower-case x") << row(u"李四"_qs, u"身份证"_qs, u"11010519491231002x"_qs, {}, u"6000"_qs)
                                  << false << QString() << QString() << id << qint64(600000) << QString();
    QTest::newRow("wrong check digit")
        << row(u"张三"_qs, {}, u"440524188001010015"_qs, {}, u"5000"_qs) << false << u"identity.checksum"_qs
        << u"documentNumber"_qs << QString() << qint64(0) << QString();
    QTest::newRow("wrong length") << row(u"张三"_qs, {}, u"4405241880010100"_qs, {}, u"5000"_qs) << false
                                  << u"identity.length"_qs << u"documentNumber"_qs << QString() << qint64(0)
                                  << QString();
    QTest::newRow("empty number") << row(u"张三"_qs, {}, {}, {}, u"5000"_qs) << false << u"identity.empty"_qs
                                  << u"documentNumber"_qs << QString() << qint64(0) << QString();
    QTest::newRow("unknown document type")
        << row(u"张三"_qs, u"驾照"_qs, id, {}, u"5000"_qs) << false << u"identity.document_type"_qs
        << u"documentType"_qs << QString() << qint64(0) << QString();
    QTest::newRow("passport by label")
        << row(u"Smith John"_qs, u"护照"_qs, u"e1234567"_qs, {}, u"5000"_qs) << false << QString()
        << QString() << u"E1234567"_qs << qint64(500000) << QString();
    QTest::newRow("empty name") << row({}, {}, id, {}, u"5000"_qs) << false << u"list.cell_empty"_qs
                                << u"name"_qs << QString() << qint64(0) << QString();
    QTest::newRow("name too long") << row(QString(61, u'张'), {}, id, {}, u"5000"_qs) << false
                                   << u"list.cell_too_long"_qs << u"name"_qs << QString() << qint64(0)
                                   << QString();
    QTest::newRow("bad mobile") << row(u"张三"_qs, {}, id, u"123"_qs, u"5000"_qs) << false
                                << u"mobile.format"_qs << u"mobile"_qs << QString() << qint64(0) << QString();
    QTest::newRow("base not a number")
        << row(u"张三"_qs, {}, id, {}, u"五千"_qs) << false << u"money.format"_qs << u"wageBaseFen"_qs
        << QString() << qint64(0) << QString();
    QTest::newRow("base empty") << row(u"张三"_qs, {}, id, {}, {}) << false << u"list.cell_empty"_qs
                                << u"wageBaseFen"_qs << QString() << qint64(0) << QString();
    QTest::newRow("base zero") << row(u"张三"_qs, {}, id, {}, u"0"_qs) << false << u"deposit.base_invalid"_qs
                               << u"wageBaseFen"_qs << QString() << qint64(0) << QString();
    QTest::newRow("base below floor, policy refuses")
        << row(u"张三"_qs, {}, id, {}, u"1000"_qs) << true << u"deposit.base_range"_qs << u"wageBaseFen"_qs
        << QString() << qint64(0) << QString();
    QTest::newRow("base above ceiling, policy clamps")
        << row(u"张三"_qs, {}, id, {}, u"99999"_qs) << false << QString() << QString() << id
        << qint64(9999900) << u"deposit.base_lowered_to_ceiling"_qs;
    QTest::newRow("base below floor, policy clamps")
        << row(u"张三"_qs, {}, id, {}, u"1000"_qs) << false << QString() << QString() << id << qint64(100000)
        << u"deposit.base_raised_to_floor"_qs;
}

void TestEmployeeListFile::validateRow()
{
    QFETCH(QStringList, cells);
    QFETCH(bool, refuseOutOfRange);
    QFETCH(QString, code);
    QFETCH(QString, column);
    QFETCH(QString, number);
    QFETCH(qint64, baseFen);
    QFETCH(QString, warning);
    EmployeeList list;
    EmployeeListRow row;
    row.line = 2;
    for (int c = 0; c < kListColumnCount; ++c)
        row.cells[c] = cells.at(c);
    list.rows.append(row);
    ListValidationOptions options;
    options.today = QDate(2025, 7, 1);
    options.base = {202000, 2586600,
                    refuseOutOfRange ? finance::OutOfRangeBase::Refuse : finance::OutOfRangeBase::Clamp};
    const ListValidation v = EmployeeListValidator(options).validate(list);
    if (!code.isEmpty()) {
        QCOMPARE(v.failingRows, 1);
        QCOMPARE(v.errors.size(), 1);
        QCOMPARE(v.errors.first().code, code);
        QCOMPARE(v.errors.first().column, column);
        QCOMPARE(v.errors.first().line, 2);
        QVERIFY(!v.errors.first().message.isEmpty());
        QVERIFY(!v.errors.first().message.contains(code)); // a real text, not the generic one
        return;
    }
    QVERIFY2(v.ok(), qPrintable(v.errors.isEmpty() ? QString() : v.errors.first().code));
    const QJsonObject body = v.bodies.first();
    QCOMPARE(body.value(u"documentNumber").toString(), number);
    QCOMPARE(body.value(u"wageBaseFen").toInteger(), baseFen);
    QCOMPARE(body.value(u"documentType").toString().size(), 2);
    QCOMPARE(v.warnings.isEmpty() ? QString() : v.warnings.first().code, warning);
}

void TestEmployeeListFile::duplicatesInFile()
{
    const QString csv = kHeader + u"\n张三,440524188001010014,5000\n李四,"_qs + validId(5) +
                        u",5000\n张三,４４０５２４１８８００１０１００１４,5000\n王五,"_qs + validId(5) +
                        u",5000\n"_qs;
    const auto list = employeelist::parseCsv(csv.toUtf8());
    QVERIFY(list);
    const ListValidation v = EmployeeListValidator({}).validate(*list);
    QCOMPARE(v.failingRows, 2);
    QCOMPARE(v.errors.size(), 2);
    QCOMPARE(v.errors.at(0).code, u"list.duplicate_row"_qs);
    QCOMPARE(v.errors.at(0).row, 2);
    QCOMPARE(v.errors.at(0).line, 4);
    QVERIFY2(v.errors.at(0).message.contains(u"line 2"_qs), qPrintable(v.errors.at(0).message));
    QCOMPARE(v.errors.at(1).row, 3);
    QVERIFY(v.errors.at(1).message.contains(u"line 3"_qs));
    QCOMPARE(v.failing, (QList<quint8>{0, 0, 1, 1}));
}

void TestEmployeeListFile::policyFromServerDocument()
{
    // The server publishes the document its policy was loaded from; the client loads it the same way.
    QJsonObject document = finance::Policy::defaults()->document();
    auto row = [](const QString &from, qint64 floor, qint64 ceiling, const QString &outOfRange) {
        QJsonObject r =
            finance::Policy::defaults()->document().value(u"deposit").toArray().first().toObject();
        r.insert(u"effectiveFrom"_qs, from);
        QJsonObject base = r.value(u"base").toObject();
        base.insert(u"floor"_qs, money::formatPlain(floor));
        base.insert(u"ceiling"_qs, money::formatPlain(ceiling));
        base.insert(u"outOfRange"_qs, outOfRange);
        r.insert(u"base"_qs, base);
        return r;
    };
    document.insert(u"deposit"_qs, QJsonArray{row(u"2023-07-01"_qs, 182000, 2473500, u"clamp"_qs),
                                              row(u"2024-07-01"_qs, 202000, 2586600, u"refuse"_qs)});
    const auto policy = finance::Policy::fromJson(QJsonDocument(document).toJson(), u"test"_qs);
    QVERIFY2(policy, qPrintable(policy ? QString() : policy.error().detail));
    auto o = ListValidationOptions::fromPolicy(*policy, QDate(2024, 6, 30));
    QCOMPARE(o.base.floor, qint64(182000));
    QCOMPARE(o.base.outOfRange, finance::OutOfRangeBase::Clamp);
    o = ListValidationOptions::fromPolicy(*policy, QDate(2025, 1, 1));
    QCOMPARE(o.base.ceiling, qint64(2586600));
    QCOMPARE(o.base.outOfRange, finance::OutOfRangeBase::Refuse);
    // Before the first row: no range at the counter (the server refuses with its own code).
    o = ListValidationOptions::fromPolicy(*policy, QDate(2020, 1, 1));
    QCOMPARE(o.base.floor, ListValidationOptions().base.floor);
}

void TestEmployeeListFile::modelAndExport()
{
    const QString csv =
        kHeader + u"\n张三,440524188001010015,5000\n李四,"_qs + validId(3) + u",\"6,000\"\n"_qs;
    const auto list = employeelist::parseCsv(csv.toUtf8());
    QVERIFY(list);
    const ListValidation v = EmployeeListValidator({}).validate(*list);
    EmployeeListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setList(*list, v);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.failingRowCount(), 1);
    QVERIFY(model.data(model.index(0, 0), EmployeeListModel::FailingRole).toBool());
    QVERIFY(!model.data(model.index(1, 0), EmployeeListModel::FailingRole).toBool());
    QCOMPARE(model.data(model.index(0, EmployeeListModel::NameColumn)).toString(), u"张*"_qs);
    QCOMPARE(model.data(model.index(1, EmployeeListModel::BaseColumn)).toString(), u"6,000.00"_qs);
    QVERIFY(
        model.data(model.index(0, EmployeeListModel::ResultColumn)).toString().contains(u"check digit"_qs));

    ListRowIssue server;
    server.row = 1;
    server.line = 3;
    server.column = u"documentNumber"_qs;
    server.code = u"account.exists_active"_qs;
    server.message = u"already has an account, \"one person\""_qs;
    server.fromServer = true;
    model.setServerIssues({server});
    QCOMPARE(model.failingRowCount(), 2);
    QCOMPARE(model.issues().size(), 2);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"errors.csv"_qs);
    QVERIFY(model.exportIssues(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    // The export reads back with the list reader's own CSV rules: header plus one line per problem.
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_qs, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(1).startsWith(u"2,"_qs));
    QVERIFY(lines.at(1).contains(u"identity.checksum"_qs));
    QVERIFY2(lines.at(2).endsWith(u"\"already has an account, \"\"one person\"\"\""_qs),
             qPrintable(lines.at(2)));
    QVERIFY(!model.exportIssues(dir.filePath(u"no/such/folder/errors.csv"_qs)));

    // A base the policy clamps is no problem, but the row says so.
    ListValidationOptions clampOptions;
    clampOptions.base = {700000, 2000000, finance::OutOfRangeBase::Clamp};
    model.setList(*list, EmployeeListValidator(clampOptions).validate(*list));
    QVERIFY2(model.data(model.index(1, EmployeeListModel::ResultColumn)).toString().contains(u"raised"_qs),
             qPrintable(model.data(model.index(1, EmployeeListModel::ResultColumn)).toString()));
    QCOMPARE(model.failingRowCount(), 1);

    model.setOpened(1, u"00000000019"_qs, u"opened"_qs);
    model.setServerIssues({});
    QCOMPARE(model.data(model.index(1, EmployeeListModel::ResultColumn)).toString(),
             u"Opened: 00000000019; The wage base was below the policy floor and was raised to it"_qs);
}

void TestEmployeeListFile::importOffTheGuiThread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"list.csv"_qs);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(gb18030(kHeader + u"\n"_qs + csvRows(3000) + u"坏,123,5000\n"_qs));
    f.close();
    EmployeeListImport import;
    QSignalSpy progress(&import, &EmployeeListImport::progressChanged);
    QSignalSpy finished(&import, &EmployeeListImport::finished);
    import.start(path, {});
    QVERIFY(import.isRunning());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(import.result().status.ok());
    QCOMPARE(import.result().list.format, EmployeeList::Format::CsvGb18030);
    QCOMPARE(import.result().list.rows.size(), 3001);
    QCOMPARE(import.result().validation.failingRows, 1);
    QCOMPARE(import.result().validation.errors.first().line, 3002);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().first().toInt(), 1000);

    // A file that cannot be read finishes with its reason.
    import.start(dir.filePath(u"missing.csv"_qs), {});
    QVERIFY(finished.wait(20000));
    QCOMPARE(import.result().status.error().code, u"list.file_unreadable"_qs);
}

void TestEmployeeListFile::importCancelled()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"list.csv"_qs);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write((kHeader + u"\n"_qs + csvRows(2000)).toUtf8());
    f.close();
    // Cancelled while validating: stops at the next check and says so.
    int calls = 0;
    const ListImport stopped = importList(path, {}, {}, [&](int permille) {
        ++calls;
        return permille < 500;
    });
    QVERIFY(stopped.validation.cancelled);
    QVERIFY(!stopped.validation.ok());
    QVERIFY(stopped.validation.errors.size() < 2000);
    QVERIFY(calls >= 2);
    // Cancelled after reading.
    const ListImport early = importList(path, {}, {}, [](int) { return false; });
    QVERIFY(early.validation.cancelled);
    QCOMPARE(early.list.rows.size(), 2000);

    // Through the object: a cancelled import reports cancelled and leaves no result.
    EmployeeListImport import;
    QSignalSpy finished(&import, &EmployeeListImport::finished);
    import.start(path, {});
    import.cancel();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(import.result().list.rows.isEmpty());
}

// 批量市内转移 reads a list of leaving employees (证件类型, 证件号码, 姓名) with the same reader: without
// the wage base requirement the column may be missing, the others stay required.
void TestEmployeeListFile::leavingListNeedsNoWageBase_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("rows");
    const QString id0 = validId(0);
    QTest::newRow("type, number, name")
        << (u"证件类型,证件号码,姓名\n01,"_qs + id0 + u",张三\n"_qs).toUtf8() << QString() << QString() << 1;
    QTest::newRow("a wage base column is still read")
        << (u"姓名,证件号码,缴存基数\n张三,"_qs + id0 + u",5000\n"_qs).toUtf8() << QString() << QString()
        << 1;
    QTest::newRow("name still required") << (u"证件类型,证件号码\n01,"_qs + id0 + u"\n"_qs).toUtf8()
                                         << u"list.missing_column"_qs << u"name"_qs << 0;
    QTest::newRow("number still required")
        << QByteArray("name\nZhang\n") << u"list.missing_column"_qs << u"documentNumber"_qs << 0;
}

void TestEmployeeListFile::leavingListNeedsNoWageBase()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(int, rows);
    ListLimits limits;
    limits.requireWageBase = false;
    const auto list = employeelist::parse(data, limits);
    if (!code.isEmpty()) {
        QVERIFY(!list);
        QCOMPARE(list.error().code, code);
        QCOMPARE(list.error().field, field);
        return;
    }
    QVERIFY2(list, qPrintable(list ? QString() : list.error().detail));
    QCOMPARE(list->rows.size(), rows);
    QVERIFY(!list->has(ListColumn::WageBase) || data.contains("5000"));
    // The default (an opening list) still refuses the file without a wage base.
    if (!list->has(ListColumn::WageBase))
        QCOMPARE(employeelist::parse(data).error().code, u"list.missing_column"_qs);
}

QTEST_GUILESS_MAIN(TestEmployeeListFile)
#include "tst_employeelistfile.moc"
