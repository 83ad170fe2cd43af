// A recorded signature's JSON as the server receives it: a pad's recording survives the round trip
// exactly (its digest does not change), and every way a client could send it wrong is refused
// with a code on the path of the bad point.
#include "domain/errortext.h"
#include "domain/signaturestrokes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hpf;
using namespace hpf::signing;

namespace {

SignatureStrokes sample()
{
    SignatureStrokes s;
    s.width = 600;
    s.height = 200;
    s.strokes = {
        {PenSource::Tablet, {{10.25, 20.5, 0, 0.125}, {30, 40.75, 16, 0.5}, {50.01, 60, 33, 1}}},
        {PenSource::Mouse, {{100, 100, 400, 1}}},
        {PenSource::Touch, {{599.99, 0, 800, 1}, {600, 200, 816, 1}}},
    };
    return s;
}

QJsonArray point(double x, double y, double t, double p)
{
    return QJsonArray{x, y, t, p};
}

QJsonObject withStroke(const QJsonValue &stroke)
{
    QJsonObject json = toJson(sample());
    QJsonArray strokes = json.value(u"strokes"_qs).toArray();
    strokes.append(stroke);
    json.insert(u"strokes"_qs, strokes);
    return json;
}

QJsonObject strokeOf(const QJsonArray &points, const QString &source = u"tablet"_qs)
{
    return QJsonObject{{u"source"_qs, source}, {u"points"_qs, points}};
}

// A stroke of the given points. (Not strokeOf({point(…)}): braces around one QJsonArray copy it,
// and the point's numbers would become the stroke's "points".)
QJsonObject strokeWith(std::initializer_list<QJsonArray> points, const QString &source = u"tablet"_qs)
{
    QJsonArray list;
    for (const QJsonArray &p : points)
        list.append(p);
    return strokeOf(list, source);
}

} // namespace

class TestSignatureStrokes : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void roundingIsStable();
    void refusals_data();
    void refusals();
    void emptyPad();
};

void TestSignatureStrokes::roundTrip()
{
    const SignatureStrokes s = sample();
    QCOMPARE(s.pointCount(), 6);
    const QByteArray bytes = toJsonBytes(s);
    QVERIFY(bytes.startsWith(R"({"height":200,"strokes":[{"points":[[10.25,20.5,0,0.125])"));
    const Result<SignatureStrokes> back = fromJsonBytes(bytes);
    QVERIFY(back.ok());
    QCOMPARE(*back, s);
    QCOMPARE(toJsonBytes(*back), bytes); // the digest the contract block covers is stable
}

void TestSignatureStrokes::roundingIsStable()
{
    QCOMPARE(roundCoordinate(10.004999), 10.0);
    QCOMPARE(roundCoordinate(10.005001), 10.01);
    QCOMPARE(roundPressure(0.12345), 0.123);
    QCOMPARE(roundPressure(1.7), 1.0);
    QCOMPARE(roundPressure(-0.2), 0.0);
    // A point at a raw sensor value comes back as the rounded one, and stays so.
    QJsonObject json = toJson(sample());
    json.insert(u"strokes"_qs, QJsonArray{strokeWith({point(1.23456, 2.34567, 0, 0.33333)})});
    const Result<SignatureStrokes> s = fromJson(json);
    QVERIFY(s.ok());
    QCOMPARE(s->strokes[0].points[0], (StrokePoint{1.23, 2.35, 0, 0.333}));
    QCOMPARE(*fromJsonBytes(toJsonBytes(*s)), *s);
}

void TestSignatureStrokes::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    auto bytes = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
    auto with = [&](const QString &key, const QJsonValue &v) {
        QJsonObject o = toJson(sample());
        o.insert(key, v);
        return bytes(o);
    };
    const QString s3 = u"signatures[1].strokes[3]"_qs;
    auto at = [&](int i) -> QString { return s3 + u".points[%1]"_qs.arg(i); };
    QTest::newRow("not JSON") << QByteArray("strokes") << u"signature.format"_qs << u"signatures[1]"_qs;
    QTest::newRow("an array") << QByteArray("[]") << u"signature.format"_qs << u"signatures[1]"_qs;
    QTest::newRow("version 2") << with(u"v"_qs, 2) << u"signature.format"_qs << u"signatures[1]"_qs;
    QTest::newRow("no pad size") << with(u"width"_qs, QJsonValue()) << u"signature.format"_qs
                                 << u"signatures[1]"_qs;
    QTest::newRow("pad size zero") << with(u"height"_qs, 0) << u"signature.format"_qs << u"signatures[1]"_qs;
    QTest::newRow("pad size huge") << with(u"width"_qs, 1e9) << u"signature.too_large"_qs
                                   << u"signatures[1]"_qs;
    QTest::newRow("strokes not a list")
        << with(u"strokes"_qs, u"abc"_qs) << u"signature.format"_qs << u"signatures[1]"_qs;
    QTest::newRow("stroke without points") << bytes(withStroke(strokeOf({}))) << u"signature.format"_qs << s3;
    QTest::newRow("stroke a number") << bytes(withStroke(7)) << u"signature.format"_qs << s3;
    QTest::newRow("unknown pen") << bytes(withStroke(strokeWith({point(1, 1, 900, 1)}, u"laser"_qs)))
                                 << u"signature.format"_qs << s3;
    QTest::newRow("point of three numbers")
        << bytes(withStroke(strokeWith({QJsonArray{1, 1, 900}}))) << u"signature.format"_qs << at(0);
    QTest::newRow("point as text") << bytes(withStroke(strokeWith({QJsonArray{u"1"_qs, 1, 900, 1}})))
                                   << u"signature.format"_qs << at(0);
    QTest::newRow("point off the pad")
        << bytes(withStroke(strokeWith({point(1, 1, 900, 1), point(601, 1, 901, 1)})))
        << u"signature.range"_qs << at(1);
    QTest::newRow("negative coordinate")
        << bytes(withStroke(strokeWith({point(-0.5, 1, 900, 1)}))) << u"signature.range"_qs << at(0);
    QTest::newRow("pressure above 1")
        << bytes(withStroke(strokeWith({point(1, 1, 900, 1.5)}))) << u"signature.range"_qs << at(0);
    QTest::newRow("negative pressure")
        << bytes(withStroke(strokeWith({point(1, 1, 900, -0.1)}))) << u"signature.range"_qs << at(0);
    QTest::newRow("time backwards across strokes")
        << bytes(withStroke(strokeWith({point(1, 1, 815, 1)}))) << u"signature.time"_qs << at(0);
    QTest::newRow("fractional millisecond")
        << bytes(withStroke(strokeWith({point(1, 1, 900.5, 1)}))) << u"signature.time"_qs << at(0);
    QTest::newRow("a signature longer than a day")
        << bytes(withStroke(strokeWith({point(1, 1, 9e10, 1)}))) << u"signature.time"_qs << at(0);

    QJsonArray many;
    for (int i = 0; i <= kMaxPoints; ++i)
        many.append(point(1, 1, 900 + i, 1));
    QTest::newRow("too many points") << bytes(withStroke(strokeOf(many))) << u"signature.too_large"_qs
                                     << u"signatures[1]"_qs;
    QJsonArray strokes;
    for (int i = 0; i <= kMaxStrokes; ++i)
        strokes.append(strokeWith({point(1, 1, i, 1)}));
    QTest::newRow("too many strokes")
        << with(u"strokes"_qs, strokes) << u"signature.too_large"_qs << u"signatures[1]"_qs;
}

void TestSignatureStrokes::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const Result<SignatureStrokes> s = fromJsonBytes(json, u"signatures[1]"_qs);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, code);
    QCOMPARE(s.error().field, field);
    QVERIFY2(errortext::knownCodes().contains(code), qPrintable(code));
}

void TestSignatureStrokes::emptyPad()
{
    SignatureStrokes empty;
    empty.width = 600;
    empty.height = 200;
    const Result<SignatureStrokes> back = fromJsonBytes(toJsonBytes(empty));
    QVERIFY(back.ok()); // a well-formed recording of nothing …
    QVERIFY(back->isEmpty());
    const Status status = requireSigned(*back, u"signatures[0]"_qs); // … is never a signature
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, u"signature.empty"_qs);
    QCOMPARE(status.error().field, u"signatures[0]"_qs);
    QVERIFY(requireSigned(sample()).ok());
}

QTEST_GUILESS_MAIN(TestSignatureStrokes)
#include "tst_signaturestrokes.moc"
