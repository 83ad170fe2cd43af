// models/api/archive: every archive response (contract routes 1–13) becomes a typed value or
// api.contract naming the JSON path. Data-driven over good answers, missing members, wrong types
// and nested paths; plus the request builders (paths, keys, bodies, search terms never in a URL).
#include "api/archive.h"

#include <QJsonDocument>
#include <QTest>

using namespace hpf::client;

namespace {

const QByteArray kDigest = QByteArray(64, 'a');

QByteArray summaryJson(const QByteArray &extra = {})
{
    return R"("id":"pk1","archiveNumber":"HPF-2026-GR-000001","serial":"YW2026120400000001",
        "business":"openings.account","businessName":"个人账户设立","personName":"张三",
        "accountNumber":"110000000001","registeredAt":"2026-12-04T08:00:00Z","fileCount":3,
        "totalBytes":123456,"lastCheck":null)" +
           extra;
}

QByteArray packageJson(const QByteArray &files)
{
    return "{" + summaryJson() +
           R"(,"manifest":{"format":"hpf-archive-manifest/1"},"manifestBytes":"e30=","signature":"MEUCIQ==",
        "signerKid":"k1","files":)" +
           files + "}";
}

QByteArray fileJson(const QByteArray &override = {})
{
    return R"({"name":"p0001.tif","role":"page","material":"id_card","sequence":1,"mediaType":"image/tiff",
        "size":100,"sm3":")" +
           kDigest + R"(","sha256":")" + kDigest + "\"" + override + "}";
}

hpf::Error decode(const QString &type, const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return hpf::Error{u"test.bad_json"_qs, parseError.errorString(), QString::fromUtf8(json)};
    auto errorOf = [](const auto &result) { return result.ok() ? hpf::Error{} : result.error(); };
    if (type == u"Materials")
        return errorOf(api::ArchiveMaterials::fromJson(o));
    if (type == u"Record")
        return errorOf(api::ArchiveRecord::fromJson(o));
    if (type == u"Upload")
        return errorOf(api::ArchiveUpload::fromJson(o));
    if (type == u"ChunkAck")
        return errorOf(api::ChunkAck::fromJson(o));
    if (type == u"Summary")
        return errorOf(api::ArchivePackageSummary::fromJson(o));
    if (type == u"SearchPage")
        return errorOf(api::ArchiveSearchPage::fromJson(o));
    if (type == u"Package")
        return errorOf(api::ArchivePackage::fromJson(o));
    if (type == u"Committed")
        return errorOf(api::ArchiveCommitted::fromJson(o));
    if (type == u"FileSlice")
        return errorOf(api::ArchiveFileSlice::fromJson(o));
    if (type == u"Export")
        return errorOf(api::ArchiveExport::fromJson(o));
    if (type == u"CheckReport")
        return errorOf(api::ArchiveCheckReport::fromJson(o));
    if (type == u"CheckList")
        return errorOf(api::ArchiveCheckList::fromJson(o));
    if (type == u"CheckSummary")
        return errorOf(api::ArchiveCheckSummary::fromJson(o));
    return hpf::Error{u"unknown type"_qs, type, {}};
}

} // namespace

class TestArchiveApi : public QObject
{
    Q_OBJECT
private slots:
    void readers_data();
    void readers();
    void recordValues();
    void uploadValues();
    void packageValues();
    void builders();
    void searchBody_data();
    void searchBody();
};

void TestArchiveApi::readers_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");  // empty: decodes
    QTest::addColumn<QString>("field"); // the path api.contract names

    const QByteArray materials =
        R"({"scan":{"dpi":300,"colourMode":"grey","textColourMode":"bitonal","minDpi":200},
        "businesses":[{"business":"openings.account","class":"GR","name":"个人账户设立","nameEn":"Personal account opening",
        "materials":[{"code":"id_card","name":"居民身份证（正反面）","nameEn":"Identity card","required":true,"minPages":2},
        {"code":"labour_contract","name":"劳动合同","nameEn":"Labour contract","required":false,"minPages":1}]}]})";
    QTest::newRow("materials good") << u"Materials"_qs << materials << QString() << QString();
    QTest::newRow("materials: scan missing")
        << u"Materials"_qs << QByteArray(R"({"businesses":[]})") << u"api.contract"_qs << u"scan"_qs;
    QByteArray m = materials;
    QTest::newRow("materials: minPages a string")
        << u"Materials"_qs << QByteArray(m).replace(R"("minPages":2)", R"("minPages":"2")")
        << u"api.contract"_qs << u"businesses[0].materials[0].minPages"_qs;
    QTest::newRow("materials: required missing")
        << u"Materials"_qs << QByteArray(m).replace(R"("required":false,)", "") << u"api.contract"_qs
        << u"businesses[0].materials[1].required"_qs;
    QTest::newRow("materials: business not an object")
        << u"Materials"_qs << QByteArray(R"({"scan":{"dpi":300,"colourMode":"grey","textColourMode":"bitonal",
        "minDpi":200},"businesses":["openings.account"]})")
        << u"api.contract"_qs << u"businesses[0]"_qs;
    QTest::newRow("materials: dpi zero")
        << u"Materials"_qs << QByteArray(m).replace(R"("dpi":300)", R"("dpi":0)") << u"api.contract"_qs
        << u"scan.dpi"_qs;

    const QByteArray record =
        R"({"serial":"YW2026120400000001","business":"openings.account","businessName":"个人账户设立",
        "occurredAt":"2026-12-04T08:00:00Z","branch":"营业部","subject":{"personName":"张三",
        "idNumberMasked":"1101**********1234","accountNumber":"110000000001","unitName":null},"package":null})";
    QTest::newRow("record good, not archived") << u"Record"_qs << record << QString() << QString();
    QTest::newRow("record archived") << u"Record"_qs
                                     << QByteArray(record).replace(
                                            R"("package":null)",
                                            R"("package":{"id":7,"archiveNumber":"HPF-2026-GR-000001",
        "registeredAt":"2026-12-04T09:00:00Z"})")
                                     << QString() << QString();
    QTest::newRow("record: package without archiveNumber")
        << u"Record"_qs
        << QByteArray(record).replace(R"("package":null)",
                                      R"("package":{"id":"7","registeredAt":"2026-12-04T09:00:00Z"})")
        << u"api.contract"_qs << u"package.archiveNumber"_qs;
    QTest::newRow("record: package a string")
        << u"Record"_qs << QByteArray(record).replace(R"("package":null)", R"("package":"yes")")
        << u"api.contract"_qs << u"package"_qs;
    QTest::newRow("record: subject missing")
        << u"Record"_qs << QByteArray(R"({"serial":"YW1","business":"openings.account","businessName":"x",
        "occurredAt":"2026-12-04T08:00:00Z","branch":"b","package":null})")
        << u"api.contract"_qs << u"subject"_qs;
    QTest::newRow("record: occurredAt not a time")
        << u"Record"_qs << QByteArray(record).replace("2026-12-04T08:00:00Z", "yesterday")
        << u"api.contract"_qs << u"occurredAt"_qs;
    QTest::newRow("record: person name a number")
        << u"Record"_qs << QByteArray(record).replace(R"("personName":"张三")", R"("personName":3)")
        << u"api.contract"_qs << u"subject.personName"_qs;

    const QByteArray upload =
        R"({"uploadId":"u1","serial":"YW1","chunkBytes":65536,"expiresAt":"2026-12-11T08:00:00Z",
        "files":[{"name":"p0001.tif","size":70000,"chunks":2,"received":[0]},
        {"name":"usecopy.pdf","size":0,"chunks":1,"received":[]}],"complete":false})";
    QTest::newRow("upload good") << u"Upload"_qs << upload << QString() << QString();
    QTest::newRow("upload: received beyond chunks")
        << u"Upload"_qs << QByteArray(upload).replace(R"("received":[0])", R"("received":[0,2])")
        << u"api.contract"_qs << u"files[0].received[1]"_qs;
    QTest::newRow("upload: received a string")
        << u"Upload"_qs << QByteArray(upload).replace(R"("received":[0])", R"("received":["0"])")
        << u"api.contract"_qs << u"files[0].received[0]"_qs;
    QTest::newRow("upload: chunks do not match size")
        << u"Upload"_qs << QByteArray(upload).replace(R"("chunks":2)", R"("chunks":3)") << u"api.contract"_qs
        << u"files[0].chunks"_qs;
    QTest::newRow("upload: chunkBytes zero")
        << u"Upload"_qs << QByteArray(upload).replace(R"("chunkBytes":65536)", R"("chunkBytes":0)")
        << u"api.contract"_qs << u"chunkBytes"_qs;
    QTest::newRow("upload: complete missing")
        << u"Upload"_qs << QByteArray(upload).replace(R"(,"complete":false)", "") << u"api.contract"_qs
        << u"complete"_qs;
    QTest::newRow("upload: file name missing")
        << u"Upload"_qs << QByteArray(upload).replace(R"("name":"usecopy.pdf",)", "") << u"api.contract"_qs
        << u"files[1].name"_qs;

    QTest::newRow("chunk ack good") << u"ChunkAck"_qs
                                    << QByteArray(
                                           R"({"name":"p0001.tif","chunk":1,"received":2,"complete":true})")
                                    << QString() << QString();
    QTest::newRow("chunk ack: complete a string")
        << u"ChunkAck"_qs << QByteArray(R"({"name":"p0001.tif","chunk":1,"received":2,"complete":"yes"})")
        << u"api.contract"_qs << u"complete"_qs;

    QTest::newRow("summary good") << u"Summary"_qs << "{" + summaryJson() + "}" << QString() << QString();
    QTest::newRow("summary with last check")
        << u"Summary"_qs
        << "{" +
               summaryJson().replace(R"("lastCheck":null)",
                                     R"("lastCheck":{"id":"c1","at":"2026-12-04T10:00:00Z","passed":true})") +
               "}"
        << QString() << QString();
    QTest::newRow("summary: last check without passed")
        << u"Summary"_qs
        << "{" +
               summaryJson().replace(R"("lastCheck":null)",
                                     R"("lastCheck":{"id":"c1","at":"2026-12-04T10:00:00Z"})") +
               "}"
        << u"api.contract"_qs << u"lastCheck.passed"_qs;
    QTest::newRow("summary: fileCount a string")
        << u"Summary"_qs << "{" + summaryJson().replace(R"("fileCount":3)", R"("fileCount":"3")") + "}"
        << u"api.contract"_qs << u"fileCount"_qs;
    QTest::newRow("summary: id a fraction")
        << u"Summary"_qs << "{" + summaryJson().replace(R"("id":"pk1")", R"("id":1.5)") + "}"
        << u"api.contract"_qs << u"id"_qs;
    QTest::newRow("search page good")
        << u"SearchPage"_qs << R"({"items":[{)" + summaryJson() + R"(}],"nextCursor":null})" << QString()
        << QString();
    QTest::newRow("search: second item bad")
        << u"SearchPage"_qs
        << R"({"items":[{)" + summaryJson() + "},{" +
               summaryJson().replace(R"("serial":"YW2026120400000001",)", "") + R"(}],"nextCursor":"n2"})"
        << u"api.contract"_qs << u"items[1].serial"_qs;
    QTest::newRow("search: items missing")
        << u"SearchPage"_qs << QByteArray(R"({"nextCursor":null})") << u"api.contract"_qs << u"items"_qs;

    QTest::newRow("package good") << u"Package"_qs << packageJson("[" + fileJson() + "]") << QString()
                                  << QString();
    QTest::newRow("package: file digest not hex")
        << u"Package"_qs << packageJson("[" + fileJson() + "," + fileJson().replace(kDigest, "XYZ") + "]")
        << u"api.contract"_qs << u"files[1].sm3"_qs;
    QTest::newRow("package: manifestBytes not base64")
        << u"Package"_qs << packageJson("[]").replace(R"("manifestBytes":"e30=")", R"("manifestBytes":"***")")
        << u"api.contract"_qs << u"manifestBytes"_qs;
    QTest::newRow("package: signature missing")
        << u"Package"_qs << packageJson("[]").replace(R"("signature":"MEUCIQ==",)", "") << u"api.contract"_qs
        << u"signature"_qs;
    QTest::newRow("package: file size a string")
        << u"Package"_qs << packageJson("[" + fileJson().replace(R"("size":100)", R"("size":"100")") + "]")
        << u"api.contract"_qs << u"files[0].size"_qs;
    QTest::newRow("committed good") << u"Committed"_qs << R"({"package":)" + packageJson("[]") + "}"
                                    << QString() << QString();
    QTest::newRow("committed: nested path")
        << u"Committed"_qs << R"({"package":)" + packageJson("[]").replace(R"("signerKid":"k1",)", "") + "}"
        << u"api.contract"_qs << u"package.signerKid"_qs;
    QTest::newRow("committed: no package")
        << u"Committed"_qs << QByteArray("{}") << u"api.contract"_qs << u"package"_qs;

    const QByteArray slice =
        R"({"name":"p0001.tif","mediaType":"image/tiff","size":4,"offset":0,"data":"AAECAw==","sm3":")" +
        kDigest + R"(","sha256":")" + kDigest + R"("})";
    QTest::newRow("file slice good") << u"FileSlice"_qs << slice << QString() << QString();
    QTest::newRow("file slice: data beyond size")
        << u"FileSlice"_qs << QByteArray(slice).replace(R"("size":4)", R"("size":3)") << u"api.contract"_qs
        << u"data"_qs;
    QTest::newRow("file slice: data missing")
        << u"FileSlice"_qs << QByteArray(slice).replace(R"("data":"AAECAw==",)", "") << u"api.contract"_qs
        << u"data"_qs;

    QTest::newRow("export good")
        << u"Export"_qs
        << QByteArray(R"({"exportId":"e1","watermark":"王芳 archivist1 2026-12-04 16:00 HPF-2026-GR-000001",
        "at":"2026-12-04T08:00:00Z"})")
        << QString() << QString();
    QTest::newRow("export: empty watermark")
        << u"Export"_qs << QByteArray(R"({"exportId":"e1","watermark":" ","at":"2026-12-04T08:00:00Z"})")
        << u"api.contract"_qs << u"watermark"_qs;

    const QByteArray report =
        R"({"id":"c1","packageId":"pk1","archiveNumber":"HPF-2026-GR-000001","at":"2026-12-04T08:00:00Z",
        "by":"job","passed":false,"items":[{"aspect":"authenticity","check":"signature","file":null,"passed":true,
        "detail":""},{"aspect":"integrity","check":"sm3","file":"p0001.tif","passed":false,"detail":"mismatch"}]})";
    QTest::newRow("check report good") << u"CheckReport"_qs << report << QString() << QString();
    QTest::newRow("check report: unknown aspect")
        << u"CheckReport"_qs << QByteArray(report).replace(R"("aspect":"integrity")", R"("aspect":"beauty")")
        << u"api.contract"_qs << u"items[1].aspect"_qs;
    QTest::newRow("check report: passed missing in item")
        << u"CheckReport"_qs << QByteArray(report).replace(R"("passed":false,"detail")", R"("detail")")
        << u"api.contract"_qs << u"items[1].passed"_qs;
    QTest::newRow("check list good") << u"CheckList"_qs << "{\"items\":[" + report + "]}" << QString()
                                     << QString();
    QTest::newRow("check list: nested path")
        << u"CheckList"_qs
        << "{\"items\":[" + report + "," + QByteArray(report).replace(R"("by":"job",)", "") + "]}"
        << u"api.contract"_qs << u"items[1].by"_qs;

    const QByteArray summary =
        R"({"from":"2026-11-01","to":"2026-11-30","packages":10,"checked":9,"passed":8,"failed":1,
        "failures":[{"packageId":"pk2","archiveNumber":"HPF-2026-GR-000002","at":"2026-11-20T08:00:00Z",
        "failed":["sm3","signature"]}]})";
    QTest::newRow("check summary good") << u"CheckSummary"_qs << summary << QString() << QString();
    QTest::newRow("check summary: failed holds a number")
        << u"CheckSummary"_qs << QByteArray(summary).replace(R"(["sm3","signature"])", R"(["sm3",2])")
        << u"api.contract"_qs << u"failures[0].failed[1]"_qs;
    QTest::newRow("check summary: from not a date")
        << u"CheckSummary"_qs << QByteArray(summary).replace("2026-11-01", "November") << u"api.contract"_qs
        << u"from"_qs;
}

void TestArchiveApi::readers()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const hpf::Error e = decode(type, json);
    QCOMPARE(e.code, code);
    QCOMPARE(e.field, field);
}

void TestArchiveApi::recordValues()
{
    const QByteArray json = R"({"serial":"YW1","business":"holds.create","businessName":"司法冻结",
        "occurredAt":"2026-12-04T08:00:00Z","branch":"营业部","subject":{"personName":"张三"},
        "package":{"id":42,"archiveNumber":"HPF-2026-SF-000001","registeredAt":"2026-12-04T09:00:00Z"}})";
    auto r = api::ArchiveRecord::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(r.ok());
    QCOMPARE(r->business, u"holds.create"_qs);
    QCOMPARE(r->personName, u"张三"_qs);
    QVERIFY(r->unitName.isEmpty());
    QVERIFY(r->package.has_value());
    QCOMPARE(r->package->id, u"42"_qs);
    QCOMPARE(r->package->archiveNumber, u"HPF-2026-SF-000001"_qs);
}

void TestArchiveApi::uploadValues()
{
    const QByteArray json =
        R"({"uploadId":"u1","serial":"YW1","chunkBytes":65536,"expiresAt":"2026-12-11T08:00:00Z",
        "files":[{"name":"p0001.tif","size":131073,"chunks":3,"received":[2,0]}],"complete":false})";
    auto u = api::ArchiveUpload::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(u.ok());
    QCOMPARE(u->files.size(), 1);
    QCOMPARE(u->files.at(0).received, (QList<int>{2, 0}));
    QCOMPARE(u->expiresAt, QDateTime(QDate(2026, 12, 11), QTime(8, 0), Qt::UTC));
}

void TestArchiveApi::packageValues()
{
    auto p =
        api::ArchivePackage::fromJson(QJsonDocument::fromJson(packageJson("[" + fileJson() + "]")).object());
    QVERIFY(p.ok());
    QCOMPARE(p->manifestBytes, QByteArray("{}"));
    QCOMPARE(p->summary.archiveNumber, u"HPF-2026-GR-000001"_qs);
    QCOMPARE(p->files.at(0).material, u"id_card"_qs);
    QVERIFY(!p->summary.lastCheck.has_value());
}

void TestArchiveApi::builders()
{
    hpf::archive::Manifest m;
    m.serial = u"YW1"_qs;
    m.business = u"openings.account"_qs;
    const ops::Request create = api::archive::createUpload(m, u"档案上传"_qs);
    QCOMPARE(create.method, QByteArray("POST"));
    QCOMPARE(create.path, u"/api/v1/archive/uploads"_qs);
    QCOMPARE(create.body.value(u"manifest").toObject().value(u"serial").toString(), u"YW1"_qs);
    QCOMPARE(create.body.value(u"manifest").toObject().value(u"format").toString(),
             u"hpf-archive-manifest/1"_qs);

    const QByteArray bytes("abc");
    const ApiRequest chunk = api::archive::chunk(u"u 1"_qs, u"p0001.tif"_qs, 3, bytes, u"key-1"_qs);
    QCOMPARE(chunk.path, u"/api/v1/archive/uploads/u%201/files/p0001.tif/chunks/3"_qs);
    QCOMPARE(chunk.idempotencyKey, u"key-1"_qs);
    // GB/T 32905 example 1: SM3("abc")
    QCOMPARE(chunk.body.value(u"sm3").toString(),
             u"66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"_qs);
    QCOMPARE(chunk.body.value(u"data").toString(), u"YWJj"_qs);

    QCOMPARE(api::archive::commit(u"u1"_qs, u"x"_qs).path, u"/api/v1/archive/uploads/u1/commit"_qs);
    QCOMPARE(api::archive::uploadState(u"u1"_qs).path, u"/api/v1/archive/uploads/u1"_qs);
    const ops::Request exp = api::archive::exportPackage(u"pk1"_qs, u"  court request  "_qs, u"x"_qs);
    QCOMPARE(exp.path, u"/api/v1/archive/packages/pk1/exports"_qs);
    QCOMPARE(exp.body.value(u"purpose").toString(), u"court request"_qs);
    QCOMPARE(api::archive::runCheck(u"pk1"_qs, u"x"_qs).path, u"/api/v1/archive/packages/pk1/checks"_qs);
    QVERIFY(api::archive::runCheck(u"pk1"_qs, u"x"_qs).body.isEmpty());
}

void TestArchiveApi::searchBody_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("idNumber");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("empty");

    QTest::newRow("name only") << u" 张三 "_qs << QString() << QDate() << 20
                               << QByteArray(R"({"limit":20,"name":"张三"})") << false;
    QTest::newRow("identity number and date")
        << QString() << u"110101199003070012"_qs << QDate(2026, 1, 1) << 5
        << QByteArray(R"({"from":"2026-01-01","idNumber":"110101199003070012","limit":5})") << false;
    QTest::newRow("nothing") << u"   "_qs << QString() << QDate() << 20 << QByteArray(R"({"limit":20})")
                             << true;
    QTest::newRow("limit clamped high")
        << u"a"_qs << QString() << QDate() << 500 << QByteArray(R"({"limit":50,"name":"a"})") << false;
    QTest::newRow("limit clamped low")
        << u"a"_qs << QString() << QDate() << 0 << QByteArray(R"({"limit":1,"name":"a"})") << false;
}

void TestArchiveApi::searchBody()
{
    QFETCH(QString, name);
    QFETCH(QString, idNumber);
    QFETCH(QDate, from);
    QFETCH(int, limit);
    QFETCH(QByteArray, expected);
    QFETCH(bool, empty);
    api::ArchiveSearchQuery q;
    q.name = name;
    q.idNumber = idNumber;
    q.from = from;
    q.limit = limit;
    QCOMPARE(q.isEmpty(), empty);
    QCOMPARE(QJsonDocument(api::archive::searchBody(q)).toJson(QJsonDocument::Compact), expected);
}

QTEST_GUILESS_MAIN(TestArchiveApi)
#include "tst_archiveapi.moc"
