// models/api/loanaccounts (issue 18, part J): the loan, the postings, the list and the
// application's contract number become typed values or api.contract naming the JSON path.
// Data-driven over good answers, missing members, wrong types and ugly values (a row whose payment
// is not principal + interest, more paid than owed, a paid row with money owed, rows out of order,
// an outstanding that is not the unpaid principal, a settled loan owing money, a posting whose
// total does not add up, a page whose total does not fit); the amount and lookup parsers (full-width
// digits, zero, three decimals, too many digits, above what is due); the request builders.
#include "api/loanaccounts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hpf;
using namespace hpf::client;

namespace {

// 300.00 over three months at 2.0%, 等额本金 (hand-made): principal 100.00 a month, interest
// 0.50, 0.33, 0.17. Instalment 1 paid, instalment 2 has its interest paid, 3 is open; the
// outstanding principal is 200.00.
QJsonObject loanJson()
{
    const auto row = [](int n, const char *due, qint64 p, qint64 i, qint64 pp, qint64 pi,
                        const char *paidOn) {
        return QJsonObject{{u"number"_qs, n},
                           {u"dueOn"_qs, QString::fromLatin1(due)},
                           {u"principalFen"_qs, p},
                           {u"interestFen"_qs, i},
                           {u"paymentFen"_qs, p + i},
                           {u"paidPrincipalFen"_qs, pp},
                           {u"paidInterestFen"_qs, pi},
                           {u"penaltyFen"_qs, 0},
                           {u"paidPenaltyFen"_qs, 0},
                           {u"daysPastDue"_qs, 0},
                           {u"paidOn"_qs, paidOn ? QJsonValue(QString::fromLatin1(paidOn)) : QJsonValue()}};
    };
    return {{u"contractNumber"_qs, u"DK2027010500000001"_qs},
            {u"applicationSerial"_qs, u"YW2026120500000021"_qs},
            {u"status"_qs, u"repaying"_qs},
            {u"principalFen"_qs, 30000},
            {u"outstandingFen"_qs, 20000},
            {u"rate"_qs, u"2"_qs},
            {u"ratePpm"_qs, 20000},
            {u"method"_qs, u"equal_principal"_qs},
            {u"termMonths"_qs, 3},
            {u"firstDueOn"_qs, u"2027-01-05"_qs},
            {u"fromFundBalance"_qs, false},
            {u"scheduleVersion"_qs, 1},
            {u"disbursedOn"_qs, u"2026-12-05"_qs},
            {u"settledOn"_qs, QJsonValue()},
            {u"instalments"_qs, QJsonArray{row(1, "2027-01-05", 10000, 50, 10000, 50, "2027-01-05"),
                                           row(2, "2027-02-05", 10000, 33, 0, 33, nullptr),
                                           row(3, "2027-03-05", 10000, 17, 0, 0, nullptr)}}};
}

QJsonObject receiptJson()
{
    return QJsonDocument::fromJson(
               R"({"serial":"YW2027012000000042","business":"loan_repayment","businessLabel":"贷款还款",
               "center":{"name":"测试中心"},"at":"2027-01-20T10:00:00+08:00",
               "amounts":[{"label":"合计","text":"100.00","fen":10000}]})")
        .object();
}

QJsonObject postingJson()
{
    return {{u"serial"_qs, u"YW2027012000000042"_qs},
            {u"kind"_qs, u"instalment"_qs},
            {u"source"_qs, u"bank"_qs},
            {u"instalmentNumber"_qs, 2},
            {u"principalFen"_qs, 0},
            {u"interestFen"_qs, 33},
            {u"penaltyFen"_qs, 0},
            {u"amountFen"_qs, 33},
            {u"outstandingAfterFen"_qs, 20000},
            {u"valueDate"_qs, u"2027-01-20"_qs}};
}

QJsonObject pageJson()
{
    const QJsonObject item{{u"contractNumber"_qs, u"DK2027010500000001"_qs},
                           {u"applicationSerial"_qs, u"YW2026120500000021"_qs},
                           {u"status"_qs, u"repaying"_qs},
                           {u"principalFen"_qs, 30000},
                           {u"outstandingFen"_qs, 20000},
                           {u"termMonths"_qs, 3},
                           {u"disbursedOn"_qs, u"2026-12-05"_qs},
                           {u"borrowerName"_qs, u"李*"_qs},
                           {u"branchCode"_qs, u"0001"_qs}};
    return {{u"items"_qs, QJsonArray{item}}, {u"page"_qs, 1}, {u"pageSize"_qs, 20}, {u"total"_qs, 1}};
}

QJsonObject applicationJson()
{
    return {{u"serial"_qs, u"YW2026120500000021"_qs},
            {u"status"_qs, u"disbursed"_qs},
            {u"amountFen"_qs, 30000},
            {u"termMonths"_qs, 3},
            {u"contractNumber"_qs, u"DK2027010500000001"_qs}};
}

// Sets (or with an undefined value removes) the member at a path such as "loan.instalments[1].paidOn".
void setIn(QJsonObject &o, QStringView path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(u'.');
    const qsizetype bracket = path.indexOf(u'[');
    if (dot < 0 && bracket < 0) {
        if (value.isUndefined())
            o.remove(path.toString());
        else
            o.insert(path.toString(), value);
        return;
    }
    if (bracket >= 0 && (dot < 0 || bracket < dot)) {
        const QString key = path.left(bracket).toString();
        const qsizetype close = path.indexOf(u']');
        const int index = path.mid(bracket + 1, close - bracket - 1).toInt();
        QJsonArray array = o.value(key).toArray();
        QJsonObject element = array.at(index).toObject();
        setIn(element, path.mid(close + 2), value);
        array[index] = element;
        o.insert(key, array);
        return;
    }
    const QString key = path.left(dot).toString();
    QJsonObject inner = o.value(key).toObject();
    setIn(inner, path.mid(dot + 1), value);
    o.insert(key, inner);
}

QJsonObject answer(const QString &type)
{
    if (type == u"loan")
        return loanJson();
    if (type == u"repaid")
        return {{u"posting"_qs, postingJson()}, {u"loan"_qs, loanJson()}, {u"receipt"_qs, receiptJson()}};
    if (type == u"disbursed") {
        QJsonObject loan = loanJson();
        QJsonArray rows = loan.value(u"instalments"_qs).toArray();
        for (int i = 0; i < rows.size(); ++i) {
            QJsonObject r = rows.at(i).toObject();
            r.insert(u"paidPrincipalFen"_qs, 0);
            r.insert(u"paidInterestFen"_qs, 0);
            r.insert(u"paidOn"_qs, QJsonValue());
            rows[i] = r;
        }
        loan.insert(u"instalments"_qs, rows);
        loan.insert(u"outstandingFen"_qs, 30000);
        return {{u"serial"_qs, u"YW2026120500000099"_qs}, {u"loan"_qs, loan}, {u"receipt"_qs, receiptJson()}};
    }
    if (type == u"page")
        return pageJson();
    return applicationJson();
}

Error decode(const QString &type, const QJsonObject &json)
{
    auto errorOf = [](const auto &result) { return result.ok() ? Error{} : result.error(); };
    if (type == u"loan")
        return errorOf(api::LoanAccount::fromJson(json));
    if (type == u"repaid")
        return errorOf(api::LoanRepaid::fromJson(json));
    if (type == u"disbursed")
        return errorOf(api::LoanDisbursed::fromJson(json));
    if (type == u"page")
        return errorOf(api::LoanAccountList::fromJson(json));
    return errorOf(api::LoanApplicationRef::fromJson(json));
}

} // namespace

class TestLoanAccountApi : public QObject
{
    Q_OBJECT
private slots:
    void readers_data();
    void readers();
    void loanValues();
    void repayable_data();
    void repayable();
    void amounts_data();
    void amounts();
    void lookups_data();
    void lookups();
    void builders();
};

void TestLoanAccountApi::readers_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("path");     // empty: the answer as it is
    QTest::addColumn<QByteArray>("value"); // JSON text; "undefined" removes the member
    QTest::addColumn<QString>("field");    // empty: decodes
    const auto row = [](const char *name, const char *type, const char *path, const char *value,
                        const char *field) {
        QTest::newRow(name) << QString::fromLatin1(type) << QString::fromLatin1(path) << QByteArray(value)
                            << QString::fromLatin1(field);
    };
    for (const char *type : {"loan", "repaid", "disbursed", "page", "application"})
        QTest::newRow(QByteArray("good ").append(type).constData())
            << QString::fromLatin1(type) << QString() << QByteArray() << QString();
    row("settled", "loan", "", "", "");
    row("no contract", "loan", "contractNumber", "undefined", "contractNumber");
    row("contract a number", "loan", "contractNumber", "7", "contractNumber");
    row("unknown status", "loan", "status", "\"lost\"", "status");
    row("unknown method", "loan", "method", "\"balloon\"", "method");
    row("negative outstanding", "loan", "outstandingFen", "-1", "outstandingFen");
    row("outstanding above principal", "loan", "outstandingFen", "30001", "outstandingFen");
    row("outstanding not the unpaid rows", "loan", "outstandingFen", "19999", "outstandingFen");
    row("amount as text", "loan", "principalFen", "\"300.00\"", "principalFen");
    row("term too long", "loan", "termMonths", "601", "termMonths");
    row("bad date", "loan", "firstDueOn", "\"2027-02-30\"", "firstDueOn");
    row("settled on an open loan", "loan", "settledOn", "\"2027-01-20\"", "settledOn");
    row("instalments missing", "loan", "instalments", "undefined", "instalments");
    row("instalment not an object", "loan", "instalments[1]", "undefined", "instalments[1].number");
    row("payment not principal + interest", "loan", "instalments[2].paymentFen", "10018",
        "instalments[2].paymentFen");
    row("more paid than owed", "loan", "instalments[1].paidInterestFen", "34",
        "instalments[1].paidInterestFen");
    row("paid with money owed", "loan", "instalments[2].paidOn", "\"2027-03-05\"", "instalments[2].paidOn");
    row("rows out of order", "loan", "instalments[2].dueOn", "\"2027-02-05\"", "instalments[2].number");
    row("days past due negative", "loan", "instalments[2].daysPastDue", "-3", "instalments[2].daysPastDue");
    row("posting total", "repaid", "posting.amountFen", "34", "posting.amountFen");
    row("posting kind", "repaid", "posting.kind", "\"gift\"", "posting.kind");
    row("posting source", "repaid", "posting.source", "\"cash\"", "posting.source");
    row("posting outstanding differs", "repaid", "posting.outstandingAfterFen", "19000", "posting");
    row("repaid without receipt", "repaid", "receipt", "undefined", "receipt");
    row("receipt without serial", "repaid", "receipt.serial", "undefined", "receipt.serial");
    row("disbursed partly repaid", "disbursed", "loan.outstandingFen", "20000", "loan.outstandingFen");
    row("disbursed without serial", "disbursed", "serial", "\"\"", "serial");
    row("page item status", "page", "items[0].status", "\"accepted\"", "items[0].status");
    row("page total too small", "page", "total", "0", "total");
    row("page item outstanding", "page", "items[0].outstandingFen", "30001", "items[0].outstandingFen");
    row("page name oversized", "page", "items[0].borrowerName", "1", "items[0].borrowerName");
    row("disbursed without contract", "application", "contractNumber", "null", "contractNumber");
    row("contract before disbursement", "application", "status", "\"signed\"", "contractNumber");
}

void TestLoanAccountApi::readers()
{
    QFETCH(QString, type);
    QFETCH(QString, path);
    QFETCH(QByteArray, value);
    QFETCH(QString, field);
    QJsonObject json = answer(type);
    if (QByteArray(QTest::currentDataTag()) == "settled") {
        json.insert(u"status"_qs, u"settled"_qs);
        json.insert(u"outstandingFen"_qs, 0);
        json.insert(u"settledOn"_qs, u"2027-01-20"_qs);
    } else if (!path.isEmpty()) {
        const QJsonValue v = value == "undefined" ? QJsonValue(QJsonValue::Undefined)
                                                  : QJsonDocument::fromJson("[" + value + "]").array().at(0);
        if (path == u"instalments[1]") { // a row that is not an object
            QJsonArray rows = json.value(u"instalments"_qs).toArray();
            rows[1] = 5;
            json.insert(u"instalments"_qs, rows);
        } else {
            setIn(json, path, v);
        }
    }
    const Error e = decode(type, json);
    if (field.isEmpty()) {
        QVERIFY2(e.code.isEmpty(), qPrintable(e.field + u' ' + e.detail));
        return;
    }
    QCOMPARE(e.code, u"api.contract"_qs);
    if (path == u"instalments[1]")
        QCOMPARE(e.field, u"instalments[1]"_qs);
    else
        QCOMPARE(e.field, field);
}

void TestLoanAccountApi::loanValues()
{
    auto repaid = api::LoanRepaid::fromJson(answer(u"repaid"_qs));
    QVERIFY(repaid.ok());
    const api::LoanAccount &loan = repaid->loan;
    QCOMPARE(loan.contractNumber, u"DK2027010500000001"_qs);
    QCOMPARE(loan.instalments.size(), 3);
    QVERIFY(loan.instalments.at(0).paid());
    QCOMPARE(loan.instalments.at(0).paidOn, std::optional(QDate(2027, 1, 5)));
    QVERIFY(loan.instalments.at(1).partlyPaid());
    QCOMPARE(loan.instalments.at(1).dueFen(), qint64(10000));
    QCOMPARE(loan.nextDue()->number, 2);
    QVERIFY(!loan.instalments.at(2).overdue(QDate(2027, 3, 5)));
    QVERIFY(loan.instalments.at(2).overdue(QDate(2027, 3, 6)));
    QVERIFY(!loan.instalments.at(0).overdue(QDate(2028, 1, 1))); // paid rows are never overdue
    QCOMPARE(repaid->posting.instalmentNumber, 2);
    QCOMPARE(repaid->posting.amountFen, qint64(33));
    QCOMPARE(repaid->receipt.serial, u"YW2027012000000042"_qs);
    auto disbursed = api::LoanDisbursed::fromJson(answer(u"disbursed"_qs));
    QVERIFY(disbursed.ok());
    QVERIFY(!disbursed->loan.instalments.at(0).paid());
    auto page = api::LoanAccountList::fromJson(pageJson());
    QVERIFY(page.ok());
    QCOMPARE(page->items.at(0).borrowerName, u"李*"_qs);
    QCOMPARE(page->items.at(0).disbursedOn, std::optional(QDate(2026, 12, 5)));
    auto signedApp = applicationJson();
    signedApp.insert(u"status"_qs, u"signed"_qs);
    signedApp.insert(u"contractNumber"_qs, QJsonValue());
    auto ref = api::LoanApplicationRef::fromJson(signedApp);
    QVERIFY(ref.ok());
    QVERIFY(ref->contractNumber.isEmpty());
}

void TestLoanAccountApi::repayable_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<qint64>("fen");
    // Instalment 2 owes its principal 100.00; instalment 3 owes 100.17.
    QTest::newRow("before 2 is due") << QDate(2027, 1, 20) << qint64(10000);
    QTest::newRow("on 2's due date") << QDate(2027, 2, 5) << qint64(20017);
    QTest::newRow("after 3 is due") << QDate(2027, 4, 1) << qint64(20017);
}

void TestLoanAccountApi::repayable()
{
    QFETCH(QDate, today);
    QFETCH(qint64, fen);
    auto loan = api::LoanAccount::fromJson(loanJson());
    QVERIFY(loan.ok());
    QCOMPARE(loan->repayableFen(today), fen);
}

void TestLoanAccountApi::amounts_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("maximum");
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("code");
    QTest::newRow("plain") << u"2001.70"_qs << qint64(0) << qint64(200170) << QString();
    QTest::newRow("grouped") << u"1,600.62"_qs << qint64(200000) << qint64(160062) << QString();
    QTest::newRow("full-width") << u"１２３．４５"_qs << qint64(0) << qint64(12345) << QString();
    QTest::newRow("exactly the maximum") << u"100"_qs << qint64(10000) << qint64(10000) << QString();
    QTest::newRow("above the maximum")
        << u"100.01"_qs << qint64(10000) << qint64(0) << u"loan.repay_above_due"_qs;
    QTest::newRow("zero") << u"0.00"_qs << qint64(0) << qint64(0) << u"loan.amount_zero"_qs;
    QTest::newRow("empty") << u"  "_qs << qint64(0) << qint64(0) << u"money.empty"_qs;
    QTest::newRow("three decimals") << u"1.001"_qs << qint64(0) << qint64(0) << u"money.decimals"_qs;
    QTest::newRow("too many digits") << u"123456789012345"_qs << qint64(0) << qint64(0)
                                     << u"money.too_large"_qs;
    QTest::newRow("negative") << u"-5"_qs << qint64(0) << qint64(0) << u"money.negative"_qs;
    QTest::newRow("letters") << u"12a"_qs << qint64(0) << qint64(0) << u"money.format"_qs;
}

void TestLoanAccountApi::amounts()
{
    QFETCH(QString, typed);
    QFETCH(qint64, maximum);
    QFETCH(qint64, fen);
    QFETCH(QString, code);
    const Result<qint64> r = api::loanaccounts::parseAmount(typed, maximum);
    if (code.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().code));
        QCOMPARE(*r, fen);
        return;
    }
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QCOMPARE(r.error().field, u"amountFen"_qs);
}

void TestLoanAccountApi::lookups_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("contract");
    QTest::addColumn<QString>("value");
    QTest::newRow("serial") << u"YW2026120500000021"_qs << true << false << u"YW2026120500000021"_qs;
    QTest::newRow("contract") << u"DK2027010500000001"_qs << true << true << u"DK2027010500000001"_qs;
    QTest::newRow("lower case, spaces")
        << u" dk 2027 0105 0000 0001 "_qs << true << true << u"DK2027010500000001"_qs;
    QTest::newRow("full-width") << u"ＤＫ２０２７０１０５０００００００１"_qs << true << true
                                << u"DK2027010500000001"_qs;
    QTest::newRow("empty") << QString() << false << false << QString();
    QTest::newRow("short") << u"DK202701050000001"_qs << false << false << QString();
    QTest::newRow("long") << u"DK20270105000000011"_qs << false << false << QString();
    QTest::newRow("other prefix") << u"ZH2027010500000001"_qs << false << false << QString();
    QTest::newRow("path injection") << u"DK2027010500000001/../x"_qs << false << false << QString();
    QTest::newRow("oversized") << QString(5000, u'9') << false << false << QString();
}

void TestLoanAccountApi::lookups()
{
    QFETCH(QString, typed);
    QFETCH(bool, ok);
    QFETCH(bool, contract);
    QFETCH(QString, value);
    const auto r = api::loanaccounts::parseLookup(typed);
    QCOMPARE(r.ok(), ok);
    if (!ok) {
        QCOMPARE(r.error().code, u"loan.lookup_format"_qs);
        QCOMPARE(r.error().field, u"lookup"_qs);
        return;
    }
    QCOMPARE(r->contract, contract);
    QCOMPARE(r->value, value);
}

void TestLoanAccountApi::builders()
{
    namespace la = api::loanaccounts;
    const ops::Request d = la::disburse(u" YW2026120500000021 "_qs, true, u"贷款发放"_qs);
    QCOMPARE(d.method, QByteArray("POST"));
    QCOMPARE(d.path, u"/api/v1/loans/applications/YW2026120500000021/disburse"_qs);
    QCOMPARE(d.body, (QJsonObject{{u"fromFundBalance"_qs, true}}));
    QCOMPARE(d.summary, u"贷款发放"_qs);
    const ops::Request r = la::repay(u"DK2027010500000001"_qs, 200170, {});
    QCOMPARE(r.path, u"/api/v1/loans/accounts/DK2027010500000001/repayments"_qs);
    QCOMPARE(r.body, (QJsonObject{{u"amountFen"_qs, 200170}}));
    api::PrepaymentInput partial;
    partial.amountFen = 10000000;
    partial.keepTerm = false;
    const ops::Request p = la::prepay(u"DK2027010500000001"_qs, partial, {});
    QCOMPARE(p.path, u"/api/v1/loans/accounts/DK2027010500000001/prepayments"_qs);
    QCOMPARE(
        p.body,
        (QJsonObject{{u"kind"_qs, u"partial"_qs}, {u"amountFen"_qs, 10000000}, {u"keep"_qs, u"payment"_qs}}));
    partial.keepTerm = true;
    QCOMPARE(la::prepay(u"DK1"_qs, partial, {}).body.value(u"keep"_qs).toString(), u"term"_qs);
    api::PrepaymentInput full;
    full.kind = api::PrepaymentInput::Kind::Full;
    full.amountFen = 5; // ignored: a full prepayment sends nothing but its kind
    QCOMPARE(la::prepay(u"DK1"_qs, full, {}).body, (QJsonObject{{u"kind"_qs, u"full"_qs}}));
    QCOMPARE(la::getRequest(u"DK2027010500000001"_qs).path, u"/api/v1/loans/accounts/DK2027010500000001"_qs);
    QCOMPARE(la::getRequest(u"a/b"_qs).path, u"/api/v1/loans/accounts/a%2Fb"_qs);
    QCOMPARE(la::applicationRequest(u"YW2026120500000021"_qs).path,
             u"/api/v1/loans/applications/YW2026120500000021"_qs);
    QCOMPARE(la::listRequest(u"settled"_qs, 2).path, u"/api/v1/loans/accounts?page=2&status=settled"_qs);
    QCOMPARE(la::listRequest({}, 0).path, u"/api/v1/loans/accounts?page=1"_qs);
    QCOMPARE(la::listRequest(u"x&y"_qs, 1).path, u"/api/v1/loans/accounts?page=1"_qs);
}

QTEST_GUILESS_MAIN(TestLoanAccountApi)
#include "tst_loanaccountapi.moc"
