// The OpenAPI schema-subset validator the contract tests use: valid and invalid instances per
// keyword, including the ugly ones (fractions for integers, null, code points vs UTF-16, $ref
// cycles, unknown keywords and formats that must not be ignored silently).
#include "jsonschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using hpf::test::SchemaValidator;

namespace {

// The rows write JSON with single quotes (moc cannot read raw string literals holding JSON).
QJsonValue parse(QByteArray json)
{
    json.replace('\'', '"');
    // Wrapped so scalars parse too.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + json + "]");
    if (!doc.isArray() || doc.array().size() != 1)
        qFatal("bad JSON in a test row: %s", json.constData());
    return doc.array().at(0);
}

const char *kDocument =
    "{"
    "  'components': {"
    "    'schemas': {"
    "      'Money': {'type': 'integer', 'minimum': 0},"
    "      'Person': {'type': 'object', 'additionalProperties': false, 'required': ['name'],"
    "                 'properties': {'name': {'type': 'string', 'maxLength': 4},"
    "                                'friend': {'$ref': '#/components/schemas/Person'}}},"
    "      'Loop': {'$ref': '#/components/schemas/Loop'},"
    "      'a/b': {'type': 'boolean'}"
    "    }"
    "  }"
    "}";

} // namespace

class TestJsonSchema : public QObject
{
    Q_OBJECT

private slots:
    void validate_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<QByteArray>("instance");
        QTest::addColumn<QString>("error"); // empty: valid; else a fragment of the first error

        // type
        QTest::newRow("string") << QByteArray("{'type':'string'}") << QByteArray("'x'") << QString();
        QTest::newRow("string given number")
            << QByteArray("{'type':'string'}") << QByteArray("1") << u"expected string, got number"_qs;
        QTest::newRow("integer") << QByteArray("{'type':'integer'}") << QByteArray("42") << QString();
        QTest::newRow("integer written 42.0")
            << QByteArray("{'type':'integer'}") << QByteArray("42.0") << QString();
        QTest::newRow("integer given fraction")
            << QByteArray("{'type':'integer'}") << QByteArray("0.5") << u"a fraction"_qs;
        QTest::newRow("integer given string digits")
            << QByteArray("{'type':'integer'}") << QByteArray("'12'") << u"expected integer"_qs;
        QTest::newRow("number given fraction")
            << QByteArray("{'type':'number'}") << QByteArray("0.5") << QString();
        QTest::newRow("boolean given 0")
            << QByteArray("{'type':'boolean'}") << QByteArray("0") << u"expected boolean"_qs;
        QTest::newRow("object given array")
            << QByteArray("{'type':'object'}") << QByteArray("[]") << u"expected object, got array"_qs;
        QTest::newRow("unknown type")
            << QByteArray("{'type':'text'}") << QByteArray("'x'") << u"schema error: type"_qs;
        QTest::newRow("3.1 type list refused")
            << QByteArray("{'type':['string','null']}") << QByteArray("null") << u"schema error: type"_qs;
        // nullable
        QTest::newRow("null refused")
            << QByteArray("{'type':'string'}") << QByteArray("null") << u"expected string, got null"_qs;
        QTest::newRow("null nullable")
            << QByteArray("{'type':'string','nullable':true}") << QByteArray("null") << QString();
        QTest::newRow("nullable still typed")
            << QByteArray("{'type':'string','nullable':true}") << QByteArray("3") << u"expected string"_qs;
        QTest::newRow("nullable enum") << QByteArray("{'type':'string','nullable':true,'enum':['a']}")
                                       << QByteArray("null") << QString();
        // format
        QTest::newRow("date") << QByteArray("{'type':'string','format':'date'}") << QByteArray("'2024-02-29'")
                              << QString();
        QTest::newRow("date 2023-02-29") << QByteArray("{'type':'string','format':'date'}")
                                         << QByteArray("'2023-02-29'") << u"is not a date"_qs;
        QTest::newRow("date with time") << QByteArray("{'type':'string','format':'date'}")
                                        << QByteArray("'2024-02-29T00:00:00Z'") << u"is not a date"_qs;
        QTest::newRow("date-time Z") << QByteArray("{'type':'string','format':'date-time'}")
                                     << QByteArray("'2025-07-15T02:00:00Z'") << QString();
        QTest::newRow("date-time offset ms") << QByteArray("{'type':'string','format':'date-time'}")
                                             << QByteArray("'2025-07-15T10:00:00.123+08:00'") << QString();
        QTest::newRow("date-time without zone") << QByteArray("{'type':'string','format':'date-time'}")
                                                << QByteArray("'2025-07-15T10:00:00'") << u"RFC 3339"_qs;
        QTest::newRow("date-time hour 25") << QByteArray("{'type':'string','format':'date-time'}")
                                           << QByteArray("'2025-07-15T25:00:00Z'") << u"RFC 3339"_qs;
        QTest::newRow("unknown format") << QByteArray("{'type':'string','format':'email'}")
                                        << QByteArray("'a@b'") << u"unsupported format"_qs;
        QTest::newRow("int32 overflow")
            << QByteArray("{'type':'integer','format':'int32'}") << QByteArray("2147483648") << u"int32"_qs;
        QTest::newRow("int64 big fen") << QByteArray("{'type':'integer','format':'int64'}")
                                       << QByteArray("900000000000000") << QString();
        // string length counts code points, not UTF-16 units
        QTest::newRow("maxLength CJK")
            << QByteArray("{'type':'string','maxLength':2}") << QByteArray("'公积'") << QString();
        QTest::newRow("maxLength astral")
            << QByteArray("{'type':'string','maxLength':2}") << QByteArray("'𠀀𠀀'") << QString();
        QTest::newRow("maxLength exceeded")
            << QByteArray("{'type':'string','maxLength':2}") << QByteArray("'abc'") << u"maxLength 2"_qs;
        QTest::newRow("minLength empty")
            << QByteArray("{'type':'string','minLength':1}") << QByteArray("''") << u"minLength 1"_qs;
        // pattern: unanchored unless the pattern anchors
        QTest::newRow("pattern anchored") << QByteArray("{'type':'string','pattern':'^[0-9]{4}-[0-9]{2}$'}")
                                          << QByteArray("'2025-07'") << QString();
        QTest::newRow("pattern trailing junk")
            << QByteArray("{'type':'string','pattern':'^[0-9]{4}-[0-9]{2}$'}") << QByteArray("'2025-07x'")
            << u"does not match"_qs;
        QTest::newRow("pattern unanchored")
            << QByteArray("{'type':'string','pattern':'[0-9]'}") << QByteArray("'ab3'") << QString();
        QTest::newRow("pattern invalid")
            << QByteArray("{'type':'string','pattern':'(['}") << QByteArray("'x'") << u"invalid pattern"_qs;
        // enum
        QTest::newRow("enum") << QByteArray("{'type':'string','enum':['valid','revoked']}")
                              << QByteArray("'valid'") << QString();
        QTest::newRow("enum case") << QByteArray("{'type':'string','enum':['valid','revoked']}")
                                   << QByteArray("'Valid'") << u"not one of the enum values"_qs;
        QTest::newRow("enum number vs string")
            << QByteArray("{'enum':['1']}") << QByteArray("1") << u"not one of the enum values"_qs;
        // minimum / maximum
        QTest::newRow("minimum edge")
            << QByteArray("{'type':'integer','minimum':1}") << QByteArray("1") << QString();
        QTest::newRow("below minimum")
            << QByteArray("{'type':'integer','minimum':1}") << QByteArray("0") << u"below the minimum"_qs;
        QTest::newRow("above maximum")
            << QByteArray("{'type':'integer','maximum':31}") << QByteArray("32") << u"above the maximum"_qs;
        QTest::newRow("negative zero")
            << QByteArray("{'type':'integer','minimum':0}") << QByteArray("-0") << QString();
        // objects
        QTest::newRow("required missing") << QByteArray("{'type':'object','required':['a']}")
                                          << QByteArray("{}") << u"required property a is missing"_qs;
        QTest::newRow("required present as null")
            << QByteArray("{'type':'object','required':['a']}") << QByteArray("{'a':null}") << QString();
        QTest::newRow("additional allowed by default")
            << QByteArray("{'type':'object','properties':{'a':{'type':'string'}}}")
            << QByteArray("{'a':'x','b':1}") << QString();
        QTest::newRow("additional refused")
            << QByteArray(
                   "{'type':'object','additionalProperties':false,'properties':{'a':{'type':'string'}}}")
            << QByteArray("{'a':'x','b':1}") << u"$.b: property not allowed"_qs;
        QTest::newRow("additional schema")
            << QByteArray("{'type':'object','additionalProperties':{'type':'integer'}}")
            << QByteArray("{'x':1,'y':'2'}") << u"$.y: expected integer"_qs;
        QTest::newRow("nested property path")
            << QByteArray("{'type':'object','properties':{'a':{'type':'object','properties':{'b':{'type':'"
                          "integer'}}}}}")
            << QByteArray("{'a':{'b':true}}") << u"$.a.b: expected integer"_qs;
        QTest::newRow("empty key") << QByteArray("{'type':'object','additionalProperties':false}")
                                   << QByteArray("{'':1}") << u"property not allowed"_qs;
        // arrays
        QTest::newRow("items") << QByteArray("{'type':'array','items':{'type':'integer'}}")
                               << QByteArray("[1,2,3]") << QString();
        QTest::newRow("items bad element") << QByteArray("{'type':'array','items':{'type':'integer'}}")
                                           << QByteArray("[1,'2']") << u"$[1]: expected integer"_qs;
        QTest::newRow("array without items")
            << QByteArray("{'type':'array'}") << QByteArray("[1]") << u"needs items"_qs;
        QTest::newRow("minItems") << QByteArray("{'type':'array','items':{},'minItems':1}")
                                  << QByteArray("[]") << u"minItems"_qs;
        QTest::newRow("maxItems") << QByteArray("{'type':'array','items':{},'maxItems':1}")
                                  << QByteArray("[1,2]") << u"maxItems"_qs;
        // $ref
        QTest::newRow("ref") << QByteArray("{'$ref':'#/components/schemas/Money'}") << QByteArray("5")
                             << QString();
        QTest::newRow("ref violated") << QByteArray("{'$ref':'#/components/schemas/Money'}")
                                      << QByteArray("-5") << u"below the minimum"_qs;
        QTest::newRow("ref recursive") << QByteArray("{'$ref':'#/components/schemas/Person'}")
                                       << QByteArray("{'name':'张三','friend':{'name':'李四五六七'}}")
                                       << u"$.friend.name: longer than maxLength 4"_qs;
        QTest::newRow("ref escaped") << QByteArray("{'$ref':'#/components/schemas/a~1b'}")
                                     << QByteArray("true") << QString();
        QTest::newRow("ref missing") << QByteArray("{'$ref':'#/components/schemas/Nope'}") << QByteArray("1")
                                     << u"unresolvable $ref"_qs;
        QTest::newRow("ref remote refused")
            << QByteArray("{'$ref':'other.yaml#/X'}") << QByteArray("1") << u"unresolvable $ref"_qs;
        QTest::newRow("ref cycle") << QByteArray("{'$ref':'#/components/schemas/Loop'}") << QByteArray("1")
                                   << u"a $ref cycle"_qs;
        // combinators
        QTest::newRow("oneOf exactly one")
            << QByteArray("{'oneOf':[{'type':'string'},{'type':'integer'}]}") << QByteArray("1") << QString();
        QTest::newRow("oneOf none") << QByteArray("{'oneOf':[{'type':'string'},{'type':'integer'}]}")
                                    << QByteArray("true") << u"matches 0 of oneOf"_qs;
        QTest::newRow("oneOf two") << QByteArray("{'oneOf':[{'type':'number'},{'type':'integer'}]}")
                                   << QByteArray("1") << u"matches 2 of oneOf"_qs;
        QTest::newRow("anyOf") << QByteArray("{'anyOf':[{'type':'number'},{'type':'integer'}]}")
                               << QByteArray("1") << QString();
        QTest::newRow("allOf both") << QByteArray("{'allOf':[{'type':'integer'},{'minimum':3}]}")
                                    << QByteArray("2") << u"below the minimum"_qs;
        QTest::newRow("empty oneOf") << QByteArray("{'oneOf':[]}") << QByteArray("1")
                                     << u"at least one schema"_qs;
        // schema errors are reported, never ignored
        QTest::newRow("unknown keyword") << QByteArray("{'type':'string','const':'x'}") << QByteArray("'x'")
                                         << u"unsupported keyword const"_qs;
        QTest::newRow("schema not an object")
            << QByteArray("true") << QByteArray("1") << u"a schema must be an object"_qs;
        QTest::newRow("annotations ignored")
            << QByteArray("{'type':'string','description':'d','example':'e','default':'f'}")
            << QByteArray("'x'") << QString();
        QTest::newRow("empty schema accepts anything")
            << QByteArray("{}") << QByteArray("{'a':[null]}") << QString();
    }
    void validate()
    {
        QFETCH(QByteArray, schema);
        QFETCH(QByteArray, instance);
        QFETCH(QString, error);
        const SchemaValidator validator(parse(kDocument).toObject());
        const QStringList errors = validator.validate(parse(instance), parse(schema));
        if (error.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        } else {
            QVERIFY2(!errors.isEmpty(), "the instance was accepted");
            QVERIFY2(errors.join(u'\n').contains(error), qPrintable(errors.join(u'\n')));
        }
    }

    void resolvePointers()
    {
        const SchemaValidator validator(parse(kDocument).toObject());
        QCOMPARE(validator.resolve(u"#/components/schemas/Money/minimum"_qs).toInt(), 0);
        QVERIFY(validator.resolve(u"#/components/schemas"_qs).isObject());
        QVERIFY(validator.resolve(u"#/components/nothing"_qs).isUndefined());
        QVERIFY(validator.resolve(u"components/schemas"_qs).isUndefined());
    }

    void everyErrorNamesItsPath()
    {
        const SchemaValidator validator(parse(kDocument).toObject());
        const QStringList errors =
            validator.validate(parse("{'name':'太长的名字了','friend':{'age':1}}"),
                               parse("{'$ref':'#/components/schemas/Person'}"), u"body"_qs);
        QCOMPARE(errors.size(), 3);
        QVERIFY2(errors.join(u'\n').contains(u"body.name: longer"_qs), qPrintable(errors.join(u'\n')));
        QVERIFY(errors.join(u'\n').contains(u"body.friend: required property name is missing"_qs));
        QVERIFY(errors.join(u'\n').contains(u"body.friend.age: property not allowed"_qs));
    }
};

QTEST_GUILESS_MAIN(TestJsonSchema)
#include "tst_jsonschema.moc"
