// The archive manifest: canonical bytes, strict reading with the field named, digests against
// known vectors.
#include "archive/manifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <functional>

using namespace hpf;
using namespace hpf::archive;

namespace {

ManifestFile page(int sequence, const QByteArray &bytes)
{
    const FileDigests d = digestOf(bytes);
    ManifestFile f;
    f.name = QStringLiteral("p%1.tif").arg(sequence, 4, 10, QLatin1Char('0'));
    f.role = QStringLiteral("page");
    f.material = QStringLiteral("id_card");
    f.sequence = sequence;
    f.mediaType = QStringLiteral("image/tiff");
    f.size = d.size;
    f.sm3 = d.sm3;
    f.sha256 = d.sha256;
    f.digitisation =
        Digitisation{QStringLiteral("scan"),    300,
                     QStringLiteral("bitonal"), QStringLiteral("CCITT G4"),
                     QStringLiteral("Noname"),  QStringLiteral("frontend-tester"),
                     QStringLiteral("u1"),      QDateTime(QDate(2026, 12, 4), QTime(9, 30), Qt::UTC)};
    return f;
}

Manifest sample()
{
    Manifest m;
    m.serial = QStringLiteral("2026120400000017");
    m.business = QStringLiteral("opening.account");
    m.operatorId = QStringLiteral("u1");
    m.workstation = QStringLiteral("ws-01");
    m.createdAt = QDateTime(QDate(2026, 12, 4), QTime(9, 31), Qt::UTC);
    m.files = {page(1, "one"), page(2, "two")};
    ManifestFile pdf;
    const FileDigests d = digestOf("%PDF-1.4 use copy");
    pdf.name = QStringLiteral("use-copy.pdf");
    pdf.role = QStringLiteral("use-copy");
    pdf.mediaType = QStringLiteral("application/pdf");
    pdf.size = d.size;
    pdf.sm3 = d.sm3;
    pdf.sha256 = d.sha256;
    m.files.append(pdf);
    return m;
}

// Applies `edit` to the JSON object of the sample and returns the bytes.
QByteArray edited(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(toJson(sample())).object();
    edit(root);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QJsonObject fileAt(const QJsonObject &root, int i)
{
    return root.value(QLatin1String("files")).toArray().at(i).toObject();
}
void setFile(QJsonObject &root, int i, const QJsonObject &file)
{
    QJsonArray files = root.value(QLatin1String("files")).toArray();
    files.replace(i, file);
    root.insert(QStringLiteral("files"), files);
}

} // namespace

class TestManifest : public QObject
{
    Q_OBJECT
private slots:
    void digestsMatchKnownVectors()
    {
        // GB/T 32905 example "abc" and FIPS 180-2 "abc".
        const FileDigests d = digestOf("abc");
        QCOMPARE(d.size, 3);
        QCOMPARE(d.sm3, QStringLiteral("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"));
        QCOMPARE(d.sha256,
                 QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void roundTripIsByteExact()
    {
        Manifest m = sample();
        m.archiveNumber = QStringLiteral("HPF-2026-YW-000001");
        m.registeredAt = QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);
        const QByteArray bytes = toJson(m);
        auto back = fromJson(bytes);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().field + back.error().detail));
        QCOMPARE(back.value(), m);
        QCOMPARE(toJson(back.value()), bytes);
        QVERIFY(bytes.contains("\"registration\":{\"fileCount\":3,\"totalBytes\":"));
        QVERIFY(validateDraft(sample()).ok());
        QCOMPARE(validateDraft(m).error().field, QStringLiteral("archiveNumber"));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("{") << "manifest.invalid"
                                  << "";
        QTest::newRow("other format")
            << edited([](QJsonObject &r) { r.insert(QStringLiteral("format"), QStringLiteral("x/2")); })
            << "manifest.format"
            << "format";
        QTest::newRow("no serial") << edited([](QJsonObject &r) { r.remove(QStringLiteral("serial")); })
                                   << "manifest.invalid"
                                   << "serial";
        QTest::newRow("empty serial")
            << edited([](QJsonObject &r) { r.insert(QStringLiteral("serial"), QString()); })
            << "manifest.invalid"
            << "serial";
        QTest::newRow("oversized serial") << edited([](QJsonObject &r) {
            r.insert(QStringLiteral("serial"), QString(41, QLatin1Char('1')));
        }) << "manifest.invalid"
                                          << "serial";
        QTest::newRow("local time") << edited([](QJsonObject &r) {
            r.insert(QStringLiteral("createdAt"), QStringLiteral("2026-12-04T09:31:00"));
        }) << "manifest.invalid"
                                    << "createdAt";
        QTest::newRow("upper-case digest") << edited([](QJsonObject &r) {
            QJsonObject f = fileAt(r, 1);
            f.insert(QStringLiteral("sm3"), f.value(QLatin1String("sm3")).toString().toUpper());
            setFile(r, 1, f);
        }) << "manifest.invalid"
                                           << "files[1].sm3";
        QTest::newRow("short digest") << edited([](QJsonObject &r) {
            QJsonObject f = fileAt(r, 0);
            f.insert(QStringLiteral("sha256"), QStringLiteral("abc"));
            setFile(r, 0, f);
        }) << "manifest.invalid"
                                      << "files[0].sha256";
        QTest::newRow("zero size") << edited([](QJsonObject &r) {
            QJsonObject f = fileAt(r, 0);
            f.insert(QStringLiteral("size"), 0);
            setFile(r, 0, f);
        }) << "manifest.invalid"
                                   << "files[0].size";
        QTest::newRow("fractional size") << edited([](QJsonObject &r) {
            QJsonObject f = fileAt(r, 0);
            f.insert(QStringLiteral("size"), 3.5);
            setFile(r, 0, f);
        }) << "manifest.invalid"
                                         << "files[0].size";
        QTest::newRow("path in name") << edited([](QJsonObject &r) {
            QJsonObject f = fileAt(r, 0);
            f.insert(QStringLiteral("name"), QStringLiteral("../p1.tif"));
            setFile(r, 0, f);
        }) << "manifest.invalid"
                                      << "files[0].name";
        QTest::newRow("duplicate name") << edited([](QJsonObject &r) {
            QJsonObject f = fileAt(r, 1);
            f.insert(QStringLiteral("name"), fileAt(r, 0).value(QLatin1String("name")));
            setFile(r, 1, f);
        }) << "manifest.invalid"
                                        << "files[1].name";
        QTest::newRow("gif") << edited([](QJsonObject &r) {
            QJsonObject f = fileAt(r, 0);
            f.insert(QStringLiteral("mediaType"), QStringLiteral("image/gif"));
            setFile(r, 0, f);
        }) << "manifest.invalid"
                             << "files[0].mediaType";
        QTest::newRow("sequence gap") << edited([](QJsonObject &r) {
            QJsonObject f = fileAt(r, 1);
            f.insert(QStringLiteral("sequence"), 3);
            setFile(r, 1, f);
        }) << "manifest.invalid"
                                      << "files";
        QTest::newRow("page without metadata") << edited([](QJsonObject &r) {
            QJsonObject f = fileAt(r, 0);
            f.remove(QStringLiteral("digitisation"));
            setFile(r, 0, f);
        }) << "manifest.invalid"
                                               << "files[0].digitisation";
        QTest::newRow("scan at 72 dpi") << edited([](QJsonObject &r) {
            QJsonObject f = fileAt(r, 0);
            QJsonObject d = f.value(QLatin1String("digitisation")).toObject();
            d.insert(QStringLiteral("dpi"), 72);
            f.insert(QStringLiteral("digitisation"), d);
            setFile(r, 0, f);
        }) << "manifest.invalid"
                                        << "files[0].digitisation.dpi";
        QTest::newRow("use copy as jpeg") << edited([](QJsonObject &r) {
            QJsonObject f = fileAt(r, 2);
            f.insert(QStringLiteral("mediaType"), QStringLiteral("image/jpeg"));
            setFile(r, 2, f);
        }) << "manifest.invalid"
                                          << "files[2].mediaType";
        QTest::newRow("registration off by one byte") << edited([](QJsonObject &r) {
            QJsonObject reg = r.value(QLatin1String("registration")).toObject();
            reg.insert(QStringLiteral("totalBytes"), reg.value(QLatin1String("totalBytes")).toInteger() + 1);
            r.insert(QStringLiteral("registration"), reg);
        }) << "manifest.registration"
                                                      << "registration";
        QTest::newRow("no files") << edited([](QJsonObject &r) {
            r.insert(QStringLiteral("files"), QJsonArray());
        }) << "manifest.invalid"
                                  << "files";
    }
    void refused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, field);
        auto result = fromJson(json);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QCOMPARE(result.error().field, field);
    }
};

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"
