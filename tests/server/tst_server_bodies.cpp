// Request bodies are read strictly (issue 12, defect 9) and responses name one charset:
//  - a body-carrying request that is not application/json (charset utf-8 allowed) is refused 415;
//  - a key twice in one object, at any depth, is refused 400 (QJsonDocument keeps the last);
//  - a number is an integer literal: "amountFen": 1.0 or 0.99999999999999999 posted 1 fen before;
//  - a response's Content-Type carries at most one charset parameter.
// The rules are checked as pure functions and through the real server on SQLite and PostgreSQL.
#include "platform/http/bodyreader.h"
#include "platform/http/httpserver.h"
#include "platform/http/jsonscan.h"
#include "rawhttp.h"
#include "suitebase.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTest>

using namespace hpf::test;
using hpf::server::HttpServer;

// The rules themselves, once.
class TestBodyRules : public QObject
{
    Q_OBJECT
private slots:
    void jsonContentType_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("plain") << QByteArray("application/json") << true;
        QTest::newRow("charset") << QByteArray("application/json; charset=utf-8") << true;
        QTest::newRow("charset upper, no space") << QByteArray("application/json;charset=UTF-8") << true;
        QTest::newRow("mixed case, quoted") << QByteArray("Application/JSON; Charset=\"utf-8\"") << true;
        QTest::newRow("trailing semicolon") << QByteArray("application/json;") << true;
        QTest::newRow("latin-1") << QByteArray("application/json; charset=iso-8859-1") << false;
        QTest::newRow("utf-16") << QByteArray("application/json; charset=utf-16") << false;
        QTest::newRow("other parameter") << QByteArray("application/json; boundary=x") << false;
        QTest::newRow("charset without value") << QByteArray("application/json; charset") << false;
        QTest::newRow("missing") << QByteArray() << false;
        QTest::newRow("text/plain") << QByteArray("text/plain") << false;
        QTest::newRow("text/plain utf-8") << QByteArray("text/plain; charset=utf-8") << false;
        QTest::newRow("multipart") << QByteArray("multipart/form-data; boundary=----hpf") << false;
        QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded") << false;
        QTest::newRow("problem+json") << QByteArray("application/problem+json") << false;
        QTest::newRow("jsonp") << QByteArray("application/jsonp") << false;
        QTest::newRow("prefix only") << QByteArray("application/json-seq") << false;
    }
    void jsonContentType()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, accepted);
        QCOMPARE(hpf::server::isJsonContentType(value), accepted);
    }

    void strictJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code"); // empty: accepted
        QTest::addColumn<QString>("field");
        QTest::newRow("integer") << QByteArray(R"({"a":1})") << QString() << QString();
        QTest::newRow("negative integer") << QByteArray(R"({"a":-1})") << QString() << QString();
        QTest::newRow("minus zero") << QByteArray(R"({"a":-0})") << QString() << QString();
        QTest::newRow("2^53-1") << QByteArray(R"({"a":9007199254740991})") << QString() << QString();
        QTest::newRow("-(2^53-1)") << QByteArray(R"({"a":-9007199254740991})") << QString() << QString();
        QTest::newRow("1.0") << QByteArray(R"({"a":1.0})") << u"request.field_type"_qs << u"a"_qs;
        QTest::newRow("1e0") << QByteArray(R"({"a":1e0})") << u"request.field_type"_qs << u"a"_qs;
        QTest::newRow("1E+0") << QByteArray(R"({"a":1E+0})") << u"request.field_type"_qs << u"a"_qs;
        QTest::newRow("0.99999999999999999")
            << QByteArray(R"({"a":0.99999999999999999})") << u"request.field_type"_qs << u"a"_qs;
        QTest::newRow("100e-2") << QByteArray(R"({"a":100e-2})") << u"request.field_type"_qs << u"a"_qs;
        QTest::newRow("2^53+1") << QByteArray(R"({"a":9007199254740993})") << u"request.field_range"_qs
                                << u"a"_qs;
        QTest::newRow("2^53") << QByteArray(R"({"a":9007199254740992})") << u"request.field_range"_qs
                              << u"a"_qs;
        QTest::newRow("20 digits") << QByteArray(R"({"a":-99999999999999999999})")
                                   << u"request.field_range"_qs << u"a"_qs;
        QTest::newRow("string \"1\" is no number") << QByteArray(R"({"a":"1.0"})") << QString() << QString();
        QTest::newRow("number in a key") << QByteArray(R"({"1.5":1})") << QString() << QString();
        QTest::newRow("fraction nested in an array")
            << QByteArray(R"({"rows":[{"a":1},{"a":2.5}]})") << u"request.field_type"_qs << u"rows[1].a"_qs;
        QTest::newRow("fraction in an array of numbers")
            << QByteArray(R"({"a":[1,2,3.0]})") << u"request.field_type"_qs << u"a[2]"_qs;
        QTest::newRow("duplicate") << QByteArray(R"({"a":1,"a":1})") << u"json.duplicate_key"_qs << u"a"_qs;
        QTest::newRow("duplicate by escape") << QByteArray(R"({"amountFen":1,"\u0061mountFen":2})")
                                             << u"json.duplicate_key"_qs << u"amountFen"_qs;
        QTest::newRow("duplicate by escaped slash")
            << QByteArray(R"({"a/b":1,"a\/b":2})") << u"json.duplicate_key"_qs << u"a/b"_qs;
        QTest::newRow("duplicate by surrogate escape")
            << QByteArray("{\"\xF0\x9F\x98\x80\":1,\"\\ud83d\\ude00\":2}") << u"json.duplicate_key"_qs
            << QString::fromUtf8("\xF0\x9F\x98\x80");
        QTest::newRow("duplicate nested")
            << QByteArray(R"({"x":{"k":{"m":1,"n":2,"m":3}}})") << u"json.duplicate_key"_qs << u"x.k.m"_qs;
        QTest::newRow("duplicate in an array element")
            << QByteArray(R"({"rows":[{"name":"a"},{"name":"b","name":"c"}]})") << u"json.duplicate_key"_qs
            << u"rows[1].name"_qs;
        QTest::newRow("same key in sibling objects")
            << QByteArray(R"({"x":{"k":1},"y":{"k":1},"z":[{"k":1},{"k":1}]})") << QString() << QString();
        QTest::newRow("key equal to a value") << QByteArray(R"({"a":"b","b":"a"})") << QString() << QString();
        QTest::newRow("case differs") << QByteArray(R"({"a":1,"A":1})") << QString() << QString();
        QTest::newRow("quote and colon inside strings")
            << QByteArray("{\"a\":\"\\\",\\\"a\\\":1\",\"b\":\"{[:,\"}") << QString() << QString();
        QTest::newRow("white space") << QByteArray(" {\n\t\"a\" : 1 ,\r\n \"b\" : [ 1 , 2 ] }\n") << QString()
                                     << QString();
    }
    void strictJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const auto parsed = hpf::server::parseJsonObject(json);
        if (code.isEmpty()) {
            QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().code));
            return;
        }
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, code);
        QCOMPARE(parsed.error().field, field);
    }

    void responseCharset_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("json") << QByteArray("application/json")
                              << QByteArray("application/json; charset=utf-8");
        QTest::newRow("problem") << QByteArray("application/problem+json")
                                 << QByteArray("application/problem+json; charset=utf-8");
        QTest::newRow("html with charset")
            << QByteArray("text/html; charset=utf-8") << QByteArray("text/html; charset=utf-8");
        QTest::newRow("charset upper case, no space")
            << QByteArray("text/html;Charset=UTF-8") << QByteArray("text/html;Charset=UTF-8");
        QTest::newRow("other parameter") << QByteArray("text/csv; header=present")
                                         << QByteArray("text/csv; header=present; charset=utf-8");
        QTest::newRow("none") << QByteArray() << QByteArray();
    }
    void responseCharset()
    {
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, header);
        QCOMPARE(HttpServer::contentTypeHeader(type), header);
    }
};

class TestServerBodies : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

private:
    static QByteArray loginBody() { return R"({"username":"teller1","password":"pw-teller1"})"; }

    // An account with a balance, for withdrawals of 1 fen.
    QString fundedAccount(QString *token)
    {
        *token = f().login(u"teller1"_qs);
        const QString unit = f().createUnit(*token, 7);
        const QString account = f().openAccount(*token, unit, 3, 1000000);
        if (f().postRemittance(*token, unit, u"2025-06"_qs, ServerFixture::newKey()).status != 201)
            return {};
        return account;
    }
    qint64 balance(const QString &account, const QString &token)
    {
        return f().get(u"/api/v1/accounts/"_qs + account, token).json.value(u"balanceFen"_qs).toInteger(-1);
    }

private slots:
    void contentType_data()
    {
        QTest::addColumn<QByteArray>("header"); // a whole header line, or empty for none
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray ok = loginBody();
        QTest::newRow("application/json")
            << QByteArray("Content-Type: application/json") << ok << 200 << QString();
        QTest::newRow("with charset")
            << QByteArray("Content-Type: application/json; charset=utf-8") << ok << 200 << QString();
        QTest::newRow("upper case") << QByteArray("Content-Type: Application/JSON;Charset=\"UTF-8\"") << ok
                                    << 200 << QString();
        QTest::newRow("missing") << QByteArray() << ok << 415 << u"request.unsupported_media_type"_qs;
        QTest::newRow("empty value") << QByteArray("Content-Type: ") << ok << 415
                                     << u"request.unsupported_media_type"_qs;
        QTest::newRow("text/plain") << QByteArray("Content-Type: text/plain") << ok << 415
                                    << u"request.unsupported_media_type"_qs;
        QTest::newRow("latin-1 charset") << QByteArray("Content-Type: application/json; charset=iso-8859-1")
                                         << ok << 415 << u"request.unsupported_media_type"_qs;
        QTest::newRow("multipart") << QByteArray("Content-Type: multipart/form-data; boundary=hpf")
                                   << QByteArray(
                                          "--hpf\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\n"
                                          "teller1\r\n--hpf--\r\n")
                                   << 415 << u"request.unsupported_media_type"_qs;
        QTest::newRow("form") << QByteArray("Content-Type: application/x-www-form-urlencoded")
                              << QByteArray("username=teller1&password=pw-teller1") << 415
                              << u"request.unsupported_media_type"_qs;
        // No body, nothing to label: the body rules answer.
        QTest::newRow("missing, no body")
            << QByteArray() << QByteArray() << 400 << u"request.field_required"_qs;
    }
    void contentType()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QList<QByteArray> headers{"X-Request-ID: ct-test"};
        if (!header.isEmpty())
            headers << header;
        const RawReply r = rawExchange(f().port(), rawPost(u"/api/v1/auth/login"_qs, body, headers));
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
        QCOMPARE(r.headers.value("x-request-id"), QByteArray("ct-test"));
        if (status == 415) {
            QCOMPARE(r.headers.value("content-type"), QByteArray("application/problem+json; charset=utf-8"));
            QCOMPARE(r.json().value(u"field"_qs).toString(), u"Content-Type"_qs);
        }
    }

    // The amount of a withdrawal is an integer literal; anything else posts nothing.
    void amountLiteral_data()
    {
        QTest::addColumn<QByteArray>("literal");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("1") << QByteArray("1") << 201 << QString();
        QTest::newRow("1.0") << QByteArray("1.0") << 400 << u"request.field_type"_qs;
        QTest::newRow("1e0") << QByteArray("1e0") << 400 << u"request.field_type"_qs;
        QTest::newRow("0.99999999999999999")
            << QByteArray("0.99999999999999999") << 400 << u"request.field_type"_qs;
        QTest::newRow("-0") << QByteArray("-0") << 400 << u"request.field_range"_qs;
        QTest::newRow("9007199254740993")
            << QByteArray("9007199254740993") << 400 << u"request.field_range"_qs;
        QTest::newRow("\"1\"") << QByteArray("\"1\"") << 400 << u"request.field_type"_qs;
        QTest::newRow("1.5") << QByteArray("1.5") << 400 << u"request.field_type"_qs;
        QTest::newRow("true") << QByteArray("true") << 400 << u"request.field_type"_qs;
    }
    void amountLiteral()
    {
        QFETCH(QByteArray, literal);
        QFETCH(int, status);
        QFETCH(QString, code);
        QString token;
        const QString account = fundedAccount(&token);
        QVERIFY(!account.isEmpty());
        const qint64 before = balance(account, token);
        QJsonObject withoutAmount = ServerFixture::withdrawalBody(account, 1);
        withoutAmount.remove(u"amountFen"_qs);
        QByteArray body = QJsonDocument(withoutAmount).toJson(QJsonDocument::Compact);
        body.insert(1, R"("amountFen":)" + literal + ',');
        const Reply r = f().call({"POST",
                                  ServerFixture::withdrawalPath(),
                                  {},
                                  {{"Idempotency-Key", ServerFixture::newKey().toLatin1()}},
                                  body},
                                 token);
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
        if (status == 201) {
            QCOMPARE(balance(account, token), before - 1);
        } else {
            QCOMPARE(r.json.value(u"field"_qs).toString(), u"amountFen"_qs);
            QCOMPARE(balance(account, token), before);
        }
        QCOMPARE(f().ledgerInvariantViolation(), QString());
    }

    // A key twice in one object is refused wherever it is, before anything else reads the body.
    void duplicateKeys_data()
    {
        QTest::addColumn<QString>("route"); // "login", "withdrawal", "unit", "list"
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("login, top level")
            << u"login"_qs
            << QByteArray(R"({"username":"teller1","username":"teller2","password":"pw-teller1"})")
            << u"username"_qs;
        QTest::newRow("login, by escape")
            << u"login"_qs
            << QByteArray(R"({"username":"teller1","password":"x","\u0070assword":"pw-teller1"})")
            << u"password"_qs;
        QTest::newRow("login, deep") << u"login"_qs << QByteArray(R"({"a":{"b":[{"c":1,"c":2}]}})")
                                     << u"a.b[0].c"_qs;
        QTest::newRow("withdrawal amount")
            << u"withdrawal"_qs << QByteArray(R"({"amountFen":1,"reason":"07","amountFen":100000})")
            << u"amountFen"_qs;
        QTest::newRow("unit opening, nested") << u"unit"_qs << QByteArray() << u"legalRepresentative.name"_qs;
        QTest::newRow("employee list row")
            << u"list"_qs << QByteArray(R"({"rows":[{"name":"甲"},{"name":"乙","name":"丙"}]})")
            << u"rows[1].name"_qs;
    }
    void duplicateKeys()
    {
        QFETCH(QString, route);
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QString token = f().login(u"teller1"_qs);
        QString path = u"/api/v1/auth/login"_qs;
        if (route == u"withdrawal") {
            const QString account = fundedAccount(&token);
            path = ServerFixture::withdrawalPath();
            Q_UNUSED(account);
        } else if (route == u"unit") {
            path = u"/api/v1/openings/units"_qs;
            body = QJsonDocument(f().unitOpeningBody(u"重复键单位"_qs, ServerFixture::validCreditCode(3)))
                       .toJson(QJsonDocument::Compact);
            body.replace(R"("legalRepresentative":{)", R"("legalRepresentative":{"name":"李四",)");
        } else if (route == u"list") {
            const QString unit = f().createUnit(token, 5);
            path = u"/api/v1/units/"_qs + unit + u"/employee-lists/validate"_qs;
        }
        const Reply r =
            f().call({"POST", path, {}, {{"Idempotency-Key", ServerFixture::newKey().toLatin1()}}, body},
                     route == u"login" ? QString() : token);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), u"json.duplicate_key"_qs);
        QCOMPARE(r.json.value(u"field"_qs).toString(), field);
        if (route == u"withdrawal")
            QCOMPARE(f().ledgerInvariantViolation(), QString());
    }

    // No response carries two charset parameters (the /verify page named its own and got a second).
    void oneCharsetPerResponse_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("type");
        QTest::newRow("verify page") << u"/verify"_qs << QByteArray("text/html");
        QTest::newRow("health") << u"/api/v1/health"_qs << QByteArray("application/json");
        QTest::newRow("not found") << u"/api/v1/nothing"_qs << QByteArray("application/problem+json");
    }
    void oneCharsetPerResponse()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, type);
        const RawReply r =
            rawExchange(f().port(), "GET " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY(r.status > 0);
        const QByteArray value = r.headers.value("content-type");
        QVERIFY2(value.startsWith(type), value.constData());
        QCOMPARE(value.toLower().count("charset"), 1);
        QVERIFY2(value.toLower().contains("charset=utf-8"), value.constData());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(
        u"hpf.server.access.info=false\nhpf.server.store.info=false\nhpf.server.http.info=false"_qs);
    TestBodyRules rules;
    int failures = QTest::qExec(&rules, argc, argv);
    for (Backend b : {Backend::Sqlite, Backend::Postgres}) {
        TestServerBodies suite(b);
        failures += QTest::qExec(&suite, argc, argv);
    }
    return failures;
}

#include "tst_server_bodies.moc"
