// models/api/transfers: every transfer response (in-city, batch and its row errors, merge
// candidates, centers, cross-city transfers, lists, transit) becomes a typed value or api.contract
// naming the JSON path. Data-driven over good answers, missing members, wrong types, ugly values
// (negative money, a letter number that is not 16 digits, principal + interest ≠ amount, a month
// 2026-13); plus the request builders (paths, bodies, numbers never in a URL).
#include "api/transfers.h"

#include <QJsonDocument>
#include <QTest>

using namespace hpf;
using namespace hpf::client;

namespace {

const QByteArray kReceipt =
    R"({"serial":"YW2026120400000051","business":"transfer_in_city","businessLabel":"市内转移",
    "center":{"name":"兰州住房公积金管理中心"},"branch":{"name":"城关管理部"},"teller":{"username":"teller1","name":"王芳"},
    "at":"2026-12-04T08:00:00+08:00","lines":[{"label":"转出账号","value":"620100000001"}],
    "amounts":[{"label":"本金","text":"1,000.00","fen":100000},{"label":"转移金额","text":"1,010.00","fen":101000}]})";

const QByteArray kFrom =
    R"({"accountNumber":"620100000001","state":"03","stateLabel":"合并销户","name":"张*","documentType":"01",
    "documentNumber":"6201**********1234","unitAccount":"62010001","branch":"0101","baseFen":500000,
    "balanceFen":0,"heldFen":0,"availableFen":0,"openedOn":"2020-01-01","closedOn":"2026-12-04",
    "closeReason":"06","closeReasonLabel":"市内转移","successorAccount":"620100000099"})";
const QByteArray kTo =
    R"({"accountNumber":"620100000099","state":"01","stateLabel":"正常","name":"张*","documentType":"01",
    "documentNumber":"6201**********1234","unitAccount":"62010002","branch":"0101","baseFen":500000,
    "balanceFen":101000,"heldFen":0,"availableFen":101000,"openedOn":"2026-12-04"})";

QByteArray inCityJson()
{
    return R"({"serial":"YW2026120400000051","kind":"in_city","from":)" + kFrom + R"(,"to":)" + kTo +
           R"(,"fromUnit":{"unitAccount":"62010001","name":"兰州甲公司"},"toUnit":{"unitAccount":"62010002",
           "name":"兰州乙公司"},"principalFen":100000,"interestFen":1000,"amountFen":101000,
           "valueDate":"2026-12-04","receipt":)" +
           kReceipt + "}";
}

const QByteArray kTransfer =
    R"({"letterNumber":"1101002612040001","role":"in","status":"02","statusLabel":"联系函确认接收",
    "final":false,"cancelRequested":false,"receivingCenter":{"code":"110100","name":"北京住房公积金管理中心"},
    "sendingCenter":{"code":"620100","name":"兰州住房公积金管理中心"},
    "person":{"name":"张三","documentType":"01","documentNumberMasked":"6201**********1234"},
    "oldAccount":"620100000001","oldUnitName":"兰州甲公司","newAccount":"110100000007","newUnitName":"北京丙公司",
    "transferOut":null,"reason":"","appliedAt":"2026-12-04T08:00:00+08:00","updatedAt":"2026-12-04T08:01:00+08:00",
    "history":[{"at":"2026-12-04T08:00:00+08:00","status":"01","statusLabel":"联系函复核通过","note":""},
    {"at":"2026-12-04T08:01:00+08:00","status":"02","statusLabel":"联系函确认接收","note":""}],
    "receipts":[{"business":"transfer_contact_letter","serial":"YW2026120400000060"}]})";

const QByteArray kTransferOut =
    R"({"principalFen":100000,"interestFen":1000,"amountFen":101000,"openedMonth":"2020-01",
    "lastPaidMonth":"2026-11","sixMonthsContinuous":true,"loanCount":1,"openLoan":false,"fraudFlag":false})";

QByteArray withTransferOut()
{
    return QByteArray(kTransfer).replace(R"("transferOut":null)",
                                         QByteArray("\"transferOut\":" + kTransferOut));
}

Error decode(const QString &type, const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return Error{u"test.bad_json"_qs, parseError.errorString(), QString::fromUtf8(json)};
    auto errorOf = [](const auto &result) { return result.ok() ? Error{} : result.error(); };
    if (type == u"InCity")
        return errorOf(api::InCityResult::fromJson(o));
    if (type == u"Batch")
        return errorOf(api::InCityBatchResult::fromJson(o));
    if (type == u"RowErrors")
        return errorOf(api::InCityBatchRowErrors::fromJson(o));
    if (type == u"Candidates")
        return errorOf(api::MergeCandidates::fromJson(o));
    if (type == u"Centers")
        return errorOf(api::TransferCenters::fromJson(o));
    if (type == u"Transfer")
        return errorOf(api::CrossTransfer::fromJson(o));
    if (type == u"Change")
        return errorOf(api::CrossTransferChange::fromJson(o));
    if (type == u"Applied")
        return errorOf(api::CrossApplied::fromJson(o));
    if (type == u"Page")
        return errorOf(api::CrossTransferPage::fromJson(o));
    if (type == u"Transit")
        return errorOf(api::TransferTransit::fromJson(o));
    if (type == u"Account")
        return errorOf(api::Account::fromJson(o));
    return Error{u"unknown type"_qs, type, {}};
}

template<typename T>
T decoded(const QByteArray &json)
{
    const auto result = T::fromJson(QJsonDocument::fromJson(json).object());
    if (!result.ok())
        qWarning("decode failed at %s: %s", qPrintable(result.error().field),
                 qPrintable(result.error().detail));
    return result.ok() ? result.value() : T{};
}

} // namespace

class TestTransferApi : public QObject
{
    Q_OBJECT
private slots:
    void readers_data();
    void readers();
    void inCityValues();
    void accountClosingFields();
    void crossValues();
    void builders_data();
    void builders();
    void listPath_data();
    void listPath();
    void numbersNeverInUrls();
};

void TestTransferApi::readers_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");  // empty: decodes
    QTest::addColumn<QString>("field"); // the path api.contract names

    const QString contract = u"api.contract"_qs;
    QTest::newRow("in-city good") << u"InCity"_qs << inCityJson() << QString() << QString();
    QTest::newRow("merge good") << u"InCity"_qs
                                << inCityJson().replace(R"("kind":"in_city")", R"("kind":"merge")")
                                << QString() << QString();
    QTest::newRow("in-city: unknown kind")
        << u"InCity"_qs << inCityJson().replace(R"("kind":"in_city")", R"("kind":"cross")") << contract
        << u"kind"_qs;
    QTest::newRow("in-city: from missing")
        << u"InCity"_qs << inCityJson().replace(R"("from":)", R"("fromX":)") << contract << u"from"_qs;
    QTest::newRow("in-city: to without account number")
        << u"InCity"_qs
        << inCityJson().replace(R"({"accountNumber":"620100000099","state":"01")", R"({"state":"01")")
        << contract << u"to.accountNumber"_qs;
    QTest::newRow("in-city: toUnit name missing")
        << u"InCity"_qs << inCityJson().replace(R"("name":"兰州乙公司")", R"("nameX":"兰州乙公司")")
        << contract << u"toUnit.name"_qs;
    QTest::newRow("in-city: amount a string")
        << u"InCity"_qs << inCityJson().replace(R"("amountFen":101000,)", R"("amountFen":"1010.00",)")
        << contract << u"amountFen"_qs;
    QTest::newRow("in-city: negative interest")
        << u"InCity"_qs
        << inCityJson()
               .replace(R"("interestFen":1000)", R"("interestFen":-1000)")
               .replace(R"("amountFen":101000,)", R"("amountFen":99000,)")
        << contract << u"interestFen"_qs;
    QTest::newRow("in-city: amount is not principal + interest")
        << u"InCity"_qs << inCityJson().replace(R"("amountFen":101000,)", R"("amountFen":101001,)")
        << contract << u"amountFen"_qs;
    QTest::newRow("in-city: value date 2026-02-30")
        << u"InCity"_qs << inCityJson().replace(R"("valueDate":"2026-12-04")", R"("valueDate":"2026-02-30")")
        << contract << u"valueDate"_qs;
    QTest::newRow("in-city: receipt amount without fen")
        << u"InCity"_qs << inCityJson().replace(R"(,"fen":100000)", "") << contract
        << u"receipt.amounts[0].fen"_qs;
    QTest::newRow("in-city: closedOn not a date")
        << u"InCity"_qs << inCityJson().replace(R"("closedOn":"2026-12-04")", R"("closedOn":"yesterday")")
        << contract << u"from.closedOn"_qs;

    const QByteArray batch = R"({"serial":"YW2026120400000052","count":2,"items":[
        {"row":0,"fromAccount":"620100000001","toAccount":"620100000099","name":"张*","amountFen":101000},
        {"row":1,"fromAccount":"620100000002","toAccount":"620100000100","name":"李*","amountFen":0}],
        "totalFen":101000,"receipt":)" +
                             kReceipt + "}";
    QTest::newRow("batch good") << u"Batch"_qs << batch << QString() << QString();
    QTest::newRow("batch: count differs")
        << u"Batch"_qs << QByteArray(batch).replace(R"("count":2)", R"("count":3)") << contract
        << u"count"_qs;
    QTest::newRow("batch: item without toAccount")
        << u"Batch"_qs << QByteArray(batch).replace(R"("toAccount":"620100000100",)", "") << contract
        << u"items[1].toAccount"_qs;
    QTest::newRow("batch: receipt missing")
        << u"Batch"_qs << QByteArray(R"({"serial":"YW1","count":0,"items":[],"totalFen":0})") << contract
        << u"receipt"_qs;

    const QByteArray rowErrors =
        R"({"type":"about:blank","title":"rows","status":422,"code":"transfer.batch_rows",
        "field":"rows","rows":[{"row":0,"field":"documentNumber","code":"identity.checksum"},
        {"row":3,"field":"name","code":"transfer.name_mismatch"}]})";
    QTest::newRow("row errors good") << u"RowErrors"_qs << rowErrors << QString() << QString();
    QTest::newRow("row errors: rows missing (another problem)")
        << u"RowErrors"_qs << QByteArray(R"({"code":"transfer.unit_state","field":"toUnitAccount"})")
        << contract << u"rows"_qs;
    QTest::newRow("row errors: negative row")
        << u"RowErrors"_qs << QByteArray(rowErrors).replace(R"("row":3)", R"("row":-1)") << contract
        << u"rows[1].row"_qs;
    QTest::newRow("row errors: code missing")
        << u"RowErrors"_qs << QByteArray(rowErrors).replace(R"(,"code":"transfer.name_mismatch")", "")
        << contract << u"rows[1].code"_qs;

    const QByteArray candidates = R"({"accountNumber":"620100000099","items":[)" + kTo + "]}";
    QTest::newRow("candidates good") << u"Candidates"_qs << candidates << QString() << QString();
    QTest::newRow("candidates none") << u"Candidates"_qs
                                     << QByteArray(R"({"accountNumber":"620100000099","items":[]})")
                                     << QString() << QString();
    QTest::newRow("candidates: item state missing")
        << u"Candidates"_qs << QByteArray(candidates).replace(R"("state":"01",)", "") << contract
        << u"items[0].state"_qs;

    const QByteArray centers = R"({"self":{"code":"620100","name":"兰州住房公积金管理中心"},"items":[
        {"code":"110100","name":"北京住房公积金管理中心","nameEn":"Beijing","connected":true},
        {"code":"310100","name":"上海市公积金管理中心","nameEn":"Shanghai","connected":false}]})";
    QTest::newRow("centers good") << u"Centers"_qs << centers << QString() << QString();
    QTest::newRow("centers: connected missing")
        << u"Centers"_qs << QByteArray(centers).replace(R"(,"connected":false)", "") << contract
        << u"items[1].connected"_qs;
    QTest::newRow("centers: connected a string")
        << u"Centers"_qs << QByteArray(centers).replace(R"("connected":true)", R"("connected":"yes")")
        << contract << u"items[0].connected"_qs;
    QTest::newRow("centers: self missing")
        << u"Centers"_qs << QByteArray(R"({"items":[]})") << contract << u"self"_qs;

    QTest::newRow("transfer good") << u"Transfer"_qs << kTransfer << QString() << QString();
    QTest::newRow("transfer with its transfer-out")
        << u"Transfer"_qs << withTransferOut() << QString() << QString();
    QTest::newRow("transfer out-going, no new account, no history")
        << u"Transfer"_qs
        << QByteArray(kTransfer)
               .replace(R"("role":"in")", R"("role":"out")")
               .replace(R"("newAccount":"110100000007","newUnitName":"北京丙公司",)", "")
               .replace(QByteArray(kTransfer).mid(kTransfer.indexOf(",\"history\"")), "}")
        << QString() << QString();
    QTest::newRow("transfer: letter number 15 digits")
        << u"Transfer"_qs << QByteArray(kTransfer).replace("1101002612040001", "110100261204001") << contract
        << u"letterNumber"_qs;
    QTest::newRow("transfer: letter number full-width digit")
        << u"Transfer"_qs << QByteArray(kTransfer).replace("1101002612040001", "110100261204000１")
        << contract << u"letterNumber"_qs;
    QTest::newRow("transfer: unknown role")
        << u"Transfer"_qs << QByteArray(kTransfer).replace(R"("role":"in")", R"("role":"both")") << contract
        << u"role"_qs;
    QTest::newRow("transfer: final a number")
        << u"Transfer"_qs << QByteArray(kTransfer).replace(R"("final":false)", R"("final":0)") << contract
        << u"final"_qs;
    QTest::newRow("transfer: person's name missing")
        << u"Transfer"_qs << QByteArray(kTransfer).replace(R"("name":"张三",)", "") << contract
        << u"person.name"_qs;
    QTest::newRow("transfer: transferOut missing (not null)")
        << u"Transfer"_qs << QByteArray(kTransfer).replace(R"("transferOut":null,)", "") << contract
        << u"transferOut"_qs;
    QTest::newRow("transfer: transferOut a string")
        << u"Transfer"_qs << QByteArray(kTransfer).replace(R"("transferOut":null)", R"("transferOut":"none")")
        << contract << u"transferOut"_qs;
    QTest::newRow("transfer: month 2026-13")
        << u"Transfer"_qs
        << withTransferOut().replace(R"("lastPaidMonth":"2026-11")", R"("lastPaidMonth":"2026-13")")
        << contract << u"transferOut.lastPaidMonth"_qs;
    QTest::newRow("transfer: month as YYYYMM")
        << u"Transfer"_qs
        << withTransferOut().replace(R"("openedMonth":"2020-01")", R"("openedMonth":"202001")") << contract
        << u"transferOut.openedMonth"_qs;
    QTest::newRow("transfer: transferOut sum wrong")
        << u"Transfer"_qs << withTransferOut().replace(R"("amountFen":101000)", R"("amountFen":100000)")
        << contract << u"transferOut.amountFen"_qs;
    QTest::newRow("transfer: negative principal")
        << u"Transfer"_qs
        << withTransferOut().replace(R"("principalFen":100000)", R"("principalFen":-100000)") << contract
        << u"transferOut.principalFen"_qs;
    QTest::newRow("transfer: loanCount missing")
        << u"Transfer"_qs << withTransferOut().replace(R"("loanCount":1,)", "") << contract
        << u"transferOut.loanCount"_qs;
    QTest::newRow("transfer: history entry without status")
        << u"Transfer"_qs
        << QByteArray(kTransfer).replace(R"("status":"01","statusLabel":"联系函复核通过",)",
                                         R"("statusLabel":"x",)")
        << contract << u"history[0].status"_qs;
    QTest::newRow("transfer: receipt without serial")
        << u"Transfer"_qs << QByteArray(kTransfer).replace(R"(,"serial":"YW2026120400000060")", "")
        << contract << u"receipts[0].serial"_qs;
    QTest::newRow("transfer: updatedAt not a time")
        << u"Transfer"_qs
        << QByteArray(kTransfer).replace(R"("updatedAt":"2026-12-04T08:01:00+08:00")",
                                         R"("updatedAt":"soon")")
        << contract << u"updatedAt"_qs;

    QTest::newRow("change without receipt")
        << u"Change"_qs << QByteArray("{\"transfer\":" + kTransfer + "}") << QString() << QString();
    QTest::newRow("change with receipt")
        << u"Change"_qs << QByteArray("{\"transfer\":" + withTransferOut() + ",\"receipt\":" + kReceipt + "}")
        << QString() << QString();
    QTest::newRow("change: receipt a string")
        << u"Change"_qs << QByteArray("{\"transfer\":" + kTransfer + ",\"receipt\":\"YW1\"}") << contract
        << u"receipt"_qs;
    QTest::newRow("change: transfer status missing")
        << u"Change"_qs
        << QByteArray("{\"transfer\":" + QByteArray(kTransfer).replace(R"("status":"02",)", "") + "}")
        << contract << u"transfer.status"_qs;

    const QByteArray applied = "{\"transfer\":" + kTransfer + ",\"letter\":" + kReceipt + "}";
    QTest::newRow("applied good") << u"Applied"_qs << applied << QString() << QString();
    QTest::newRow("applied: letter missing")
        << u"Applied"_qs << QByteArray("{\"transfer\":" + kTransfer + "}") << contract << u"letter"_qs;
    QTest::newRow("applied: letter without serial")
        << u"Applied"_qs << QByteArray(applied).replace(R"("serial":"YW2026120400000051",)", "") << contract
        << u"letter.serial"_qs;

    QTest::newRow("page good") << u"Page"_qs
                               << QByteArray("{\"items\":[" + kTransfer + "],\"nextCursor\":\"abc\"}")
                               << QString() << QString();
    QTest::newRow("page last, empty")
        << u"Page"_qs << QByteArray(R"({"items":[],"nextCursor":""})") << QString() << QString();
    QTest::newRow("page: item not an object")
        << u"Page"_qs << QByteArray(R"({"items":["1101002612040001"],"nextCursor":""})") << contract
        << u"items[0]"_qs;

    QTest::newRow("transit good") << u"Transit"_qs << QByteArray(R"({"balanceFen":101000,"count":1})")
                                  << QString() << QString();
    QTest::newRow("transit: negative balance")
        << u"Transit"_qs << QByteArray(R"({"balanceFen":-1,"count":1})") << contract << u"balanceFen"_qs;
    QTest::newRow("transit: count missing")
        << u"Transit"_qs << QByteArray(R"({"balanceFen":0})") << contract << u"count"_qs;

    QTest::newRow("account with other accounts")
        << u"Account"_qs << QByteArray(kTo).replace(R"("state":"01")", R"("state":"01","otherAccounts":1)")
        << QString() << QString();
    QTest::newRow("account: negative other accounts")
        << u"Account"_qs << QByteArray(kTo).replace(R"("state":"01")", R"("state":"01","otherAccounts":-1)")
        << contract << u"otherAccounts"_qs;
    QTest::newRow("account: other accounts a string")
        << u"Account"_qs << QByteArray(kTo).replace(R"("state":"01")", R"("state":"01","otherAccounts":"1")")
        << contract << u"otherAccounts"_qs;
}

void TestTransferApi::readers()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const Error e = decode(type, json);
    QVERIFY2(e.code != u"test.bad_json", qPrintable(e.field));
    QCOMPARE(e.code, code);
    QCOMPARE(e.field, field);
}

void TestTransferApi::inCityValues()
{
    const auto c = decoded<api::InCityResult>(inCityJson());
    QCOMPARE(c.serial, u"YW2026120400000051"_qs);
    QVERIFY(!c.isMerge());
    QCOMPARE(c.from.state, u"03"_qs);
    QCOMPARE(c.from.successorAccount, c.to.accountNumber);
    QCOMPARE(c.fromUnit, (api::TransferUnit{u"62010001"_qs, u"兰州甲公司"_qs}));
    QCOMPARE(c.toUnit.name, u"兰州乙公司"_qs);
    QCOMPARE(c.principalFen, 100000);
    QCOMPARE(c.interestFen, 1000);
    QCOMPARE(c.amountFen, 101000);
    QCOMPARE(c.valueDate, QDate(2026, 12, 4));
    QCOMPARE(c.receipt.amounts.last().fen, 101000);
}

void TestTransferApi::accountClosingFields()
{
    const auto from = decoded<api::Account>(kFrom);
    QCOMPARE(from.closedOn, std::optional<QDate>(QDate(2026, 12, 4)));
    QCOMPARE(from.closeReason, u"06"_qs);
    QCOMPARE(from.closeReasonLabel, u"市内转移"_qs);
    QCOMPARE(from.successorAccount, u"620100000099"_qs);
    QCOMPARE(from.otherAccounts, 0);
    const auto live = decoded<api::Account>(
        QByteArray(kTo).replace(R"("state":"01")", R"("state":"01","otherAccounts":2)"));
    QVERIFY(!live.closedOn);
    QVERIFY(live.closeReason.isEmpty());
    QCOMPARE(live.otherAccounts, 2);
}

void TestTransferApi::crossValues()
{
    const auto t = decoded<api::CrossTransfer>(withTransferOut());
    QCOMPARE(t.letterNumber, u"1101002612040001"_qs);
    QVERIFY(t.isIncoming());
    QCOMPARE(t.sendingCenter, (api::TransferCenterRef{u"620100"_qs, u"兰州住房公积金管理中心"_qs}));
    QCOMPARE(t.personName, u"张三"_qs);
    QCOMPARE(t.documentNumberMasked, u"6201**********1234"_qs);
    QVERIFY(t.transferOut);
    QCOMPARE(t.transferOut->amountFen, 101000);
    QCOMPARE(t.transferOut->lastPaidMonth, u"2026-11"_qs);
    QVERIFY(t.transferOut->sixMonthsContinuous);
    QCOMPARE(t.transferOut->loanCount, 1);
    QCOMPARE(t.history.size(), 2);
    QCOMPARE(t.history.at(1).status, u"02"_qs);
    QCOMPARE(t.receipts.size(), 1);
    QCOMPARE(t.receipts.first().serial, u"YW2026120400000060"_qs);
    QCOMPARE(t.appliedAt, QDateTime(QDate(2026, 12, 4), QTime(0, 0), Qt::UTC));
    QVERIFY(!decoded<api::CrossTransfer>(kTransfer).transferOut);

    const auto centers = decoded<api::TransferCenters>(
        R"({"self":{"code":"620100","name":"兰州"},"items":[{"code":"110100","name":"北京","connected":true}]})");
    QCOMPARE(centers.self.code, u"620100"_qs);
    QVERIFY(centers.find(u"110100"_qs));
    QVERIFY(centers.find(u"110100"_qs)->connected);
    QVERIFY(!centers.find(u"310100"_qs));

    const auto rows = decoded<api::InCityBatchRowErrors>(
        R"({"code":"transfer.batch_rows","rows":[{"row":4,"field":"name","code":"transfer.name_mismatch"}]})");
    QCOMPARE(rows.rows.size(), 1);
    QCOMPARE(rows.rows.first().row, 4);
    QCOMPARE(rows.rows.first().field, u"name"_qs);
}

void TestTransferApi::builders_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    const QString letter = u"1101002612040001"_qs;
    QTest::newRow("in-city")
        << 0 << u"/api/v1/transfers/in-city"_qs
        << QByteArray(R"({"accountNumber":"620100000001","memo":"调动","toUnitAccount":"62010002"})");
    QTest::newRow("in-city without memo")
        << 1 << u"/api/v1/transfers/in-city"_qs
        << QByteArray(R"({"accountNumber":"620100000001","toUnitAccount":"62010002"})");
    QTest::newRow("batch")
        << 2 << u"/api/v1/transfers/in-city/batches"_qs
        << QByteArray(R"({"fromUnitAccount":"62010001","rows":[{"documentNumber":"620102199001011234",)"
                      R"("documentType":"01","name":"张三"},{"documentNumber":"H1234567",)"
                      R"("documentType":"03","name":"李四"}],"toUnitAccount":"62010002"})");
    QTest::newRow("merge") << 3 << u"/api/v1/transfers/merges"_qs
                           << QByteArray(R"({"keepAccount":"620100000001","mergeAccount":"620100000002"})");
    QTest::newRow("apply")
        << 4 << u"/api/v1/transfers/cross-city"_qs
        << QByteArray(R"({"accountNumber":"110100000007","oldAccount":"620100000001",)"
                      R"("oldUnitName":"兰州甲公司","phone":"13800000000","sendingCenter":"620100"})");
    QTest::newRow("apply without phone")
        << 5 << u"/api/v1/transfers/cross-city"_qs
        << QByteArray(
               R"({"accountNumber":"110100000007","oldAccount":"620100000001","oldUnitName":"兰州甲公司",)"
               R"("sendingCenter":"620100"})");
    QTest::newRow("cancel") << 6 << u"/api/v1/transfers/cross-city/%1/cancel"_qs.arg(letter)
                            << QByteArray("{}");
    QTest::newRow("accept") << 7 << u"/api/v1/transfers/cross-city/%1/accept"_qs.arg(letter)
                            << QByteArray("{}");
    QTest::newRow("refuse") << 8 << u"/api/v1/transfers/cross-city/%1/refuse"_qs.arg(letter)
                            << QByteArray(R"({"reason":"账户不符"})");
    QTest::newRow("resend") << 9 << u"/api/v1/transfers/cross-city/%1/resend"_qs.arg(letter)
                            << QByteArray("{}");
    QTest::newRow("fail") << 10 << u"/api/v1/transfers/cross-city/%1/fail"_qs.arg(letter)
                          << QByteArray(R"({"reason":"协商未果"})");
    QTest::newRow("progress") << 11 << u"/api/v1/transfers/cross-city/%1/progress"_qs.arg(letter)
                              << QByteArray("{}");
    QTest::newRow("a letter that tries to leave its segment")
        << 12 << u"/api/v1/transfers/cross-city/..%2F..%2Fx/cancel"_qs << QByteArray("{}");
}

void TestTransferApi::builders()
{
    QFETCH(int, which);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const QString letter = u" 1101002612040001 "_qs;
    const QString s = u"转移"_qs;
    ops::Request r;
    switch (which) {
    case 0:
        r = api::transfers::inCity(u" 620100000001"_qs, u"62010002 "_qs, u" 调动 "_qs, s);
        break;
    case 1:
        r = api::transfers::inCity(u"620100000001"_qs, u"62010002"_qs, u"  "_qs, s);
        break;
    case 2:
        r = api::transfers::inCityBatch(
            u"62010001"_qs, u"62010002"_qs,
            {{QString(), u" 620102199001011234"_qs, u"张三 "_qs}, {u"03"_qs, u"H1234567"_qs, u"李四"_qs}}, s);
        QVERIFY(r.timeoutMs >= 60000); // a batch of 500 takes longer than a single operation
        break;
    case 3:
        r = api::transfers::merge(u"620100000001"_qs, u"620100000002"_qs, s);
        break;
    case 4:
        r = api::transfers::crossApply(
            {u"620100"_qs, u"110100000007"_qs, u"620100000001"_qs, u" 兰州甲公司 "_qs, u"13800000000"_qs}, s);
        break;
    case 5:
        r = api::transfers::crossApply(
            {u"620100"_qs, u"110100000007"_qs, u"620100000001"_qs, u"兰州甲公司"_qs, {}}, s);
        break;
    case 6:
        r = api::transfers::crossCancel(letter, s);
        break;
    case 7:
        r = api::transfers::crossAccept(letter, s);
        break;
    case 8:
        r = api::transfers::crossRefuse(letter, u" 账户不符 "_qs, s);
        break;
    case 9:
        r = api::transfers::crossResend(letter, s);
        break;
    case 10:
        r = api::transfers::crossFail(letter, u"协商未果"_qs, s);
        break;
    case 11:
        r = api::transfers::crossProgress(letter, s);
        break;
    case 12:
        r = api::transfers::crossCancel(u"../../x"_qs, s);
        break;
    }
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, path);
    QCOMPARE(QJsonDocument(r.body).toJson(QJsonDocument::Compact), body);
    QCOMPARE(r.summary, s);
}

void TestTransferApi::listPath_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("cursor");
    QTest::addColumn<QString>("path");
    const QString base = u"/api/v1/transfers/cross-city?"_qs;
    QTest::newRow("all") << QString() << QStringList() << 50 << QString() << base + u"limit=50"_qs;
    QTest::newRow("inbox") << u"out"_qs << QStringList{u"02"_qs, u"06"_qs} << 20 << QString()
                           << base + u"role=out&status=02,06&limit=20"_qs;
    QTest::newRow("limit clamped") << u"in"_qs << QStringList() << 500 << QString()
                                   << base + u"role=in&limit=50"_qs;
    QTest::newRow("limit zero") << u"in"_qs << QStringList() << 0 << QString()
                                << base + u"role=in&limit=1"_qs;
    QTest::newRow("cursor encoded") << QString() << QStringList() << 50 << u"a b&c=d"_qs
                                    << base + u"limit=50&cursor=a%20b%26c%3Dd"_qs;
}

void TestTransferApi::listPath()
{
    QFETCH(QString, role);
    QFETCH(QStringList, statuses);
    QFETCH(int, limit);
    QFETCH(QString, cursor);
    QFETCH(QString, path);
    QCOMPARE(api::transfers::crossListPath({role, statuses, limit, cursor}), path);
}

void TestTransferApi::numbersNeverInUrls()
{
    const ApiRequest candidates = api::transfers::mergeCandidatesRequest(u" 620100000001 "_qs);
    QCOMPARE(candidates.method, QByteArray("POST"));
    QVERIFY(candidates.readOnly);
    QCOMPARE(candidates.path, u"/api/v1/transfers/merge-candidates"_qs);
    QCOMPARE(candidates.body.value(u"accountNumber").toString(), u"620100000001"_qs);
    for (const ops::Request &r :
         {api::transfers::inCity(u"620100000001"_qs, u"62010002"_qs, {}, u"x"_qs),
          api::transfers::merge(u"620100000001"_qs, u"620100000002"_qs, u"x"_qs),
          api::transfers::crossApply({u"620100"_qs, u"110100000007"_qs, u"620100000001"_qs, u"u"_qs, {}},
                                     u"x"_qs)}) {
        QVERIFY(!r.path.contains(u"620100000001"_qs));
        QVERIFY(!r.path.contains(u"110100000007"_qs));
    }
}

QTEST_GUILESS_MAIN(TestTransferApi)
#include "tst_transferapi.moc"
