// Account numbers with an ISO 7064 MOD 11-2 check character: generation, typed-input tolerance
// (full-width, spaces, lower-case x), typed errors, and the error-detection promise (every
// single-digit substitution and every adjacent transposition of a generated number is refused).
#include "domain/accountnumber.h"
#include "domain/errortext.h"
#include "domain/identity.h"
#include "domain/mobile.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace hpf;
using accountnumber::Kind;

class TestAccountNumber : public QObject
{
    Q_OBJECT

private slots:
    void checkCharacterMatchesGb11643_data()
    {
        QTest::addColumn<QString>("id");
        // GB 11643 vectors (reference/domain.md §2): MOD 11-2 over 17 digits is the ID-card check.
        QTest::newRow("standard example") << u"11010519491231002X"_qs;
        QTest::newRow("440524") << u"440524188001010014"_qs;
        QTest::newRow("370101") << u"370101190102039973"_qs;
        QTest::newRow("foreigner 2023") << u"932682198501010017"_qs;
    }
    void checkCharacterMatchesGb11643()
    {
        QFETCH(QString, id);
        QCOMPARE(accountnumber::checkCharacter(QStringView(id).left(17)), id.back());
        QCOMPARE(accountnumber::checkCharacter(QStringView(id).left(17)),
                 identity::checkCharacter(QStringView(id).left(17)));
    }

    void checkCharacterRejectsNonDigits()
    {
        QVERIFY(accountnumber::checkCharacter(u"").isNull());
        QVERIFY(accountnumber::checkCharacter(u"12a4").isNull());
        QVERIFY(accountnumber::checkCharacter(u"１２").isNull());
    }

    void make_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("sequence");
        QTest::addColumn<int>("length");
        QTest::newRow("unit 1") << int(Kind::Unit) << qint64(1) << 11;
        QTest::newRow("unit max") << int(Kind::Unit) << qint64(999999999) << 11;
        QTest::newRow("personal 1") << int(Kind::Personal) << qint64(1) << 13;
        QTest::newRow("personal big") << int(Kind::Personal) << qint64(98765432101) << 13;
    }
    void make()
    {
        QFETCH(int, kind);
        QFETCH(qint64, sequence);
        QFETCH(int, length);
        auto n = accountnumber::make(Kind(kind), sequence);
        QVERIFY(n.ok());
        QCOMPARE(n->size(), length);
        QCOMPARE(n->at(0), Kind(kind) == Kind::Unit ? u'8' : u'1');
        // The check character is recomputed here with the textbook weights 2^(n+1-k) mod 11.
        const QString body = n->left(length - 1);
        int s = 0;
        for (int k = 1; k <= body.size(); ++k) {
            int w = 1;
            for (int e = 0; e < body.size() + 1 - k; ++e)
                w = w * 2 % 11;
            s += (body.at(k - 1).unicode() - u'0') * w;
        }
        const int c = (12 - s % 11) % 11;
        QCOMPARE(n->back(), c == 10 ? u'X' : QChar(u'0' + c));
        auto parsed = accountnumber::parse(*n, Kind(kind));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->sequence, sequence);
        QCOMPARE(int(parsed->kind), kind);
    }

    void makeRefusesOutOfRange_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("sequence");
        QTest::newRow("unit 0") << int(Kind::Unit) << qint64(0);
        QTest::newRow("unit 10^9") << int(Kind::Unit) << qint64(1000000000);
        QTest::newRow("personal negative") << int(Kind::Personal) << qint64(-5);
        QTest::newRow("personal 10^11") << int(Kind::Personal) << qint64(100000000000);
    }
    void makeRefusesOutOfRange()
    {
        QFETCH(int, kind);
        QFETCH(qint64, sequence);
        auto n = accountnumber::make(Kind(kind), sequence);
        QVERIFY(!n.ok());
        QCOMPARE(n.error().code, u"account_number.sequence_exhausted"_qs);
    }

    void parseTolerant_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        const QString unit = *accountnumber::make(Kind::Unit, 12);
        const QString personal = *accountnumber::make(Kind::Personal, 4711);
        QString withX;
        for (qint64 s = 1; withX.isEmpty(); ++s) {
            const QString n = *accountnumber::make(Kind::Personal, s);
            if (n.endsWith(u'X'))
                withX = n;
        }
        QString fullWidth;
        for (QChar c : personal)
            fullWidth += QChar(c.unicode() - u'0' + 0xFF10);
        QTest::newRow("plain unit") << unit << unit;
        QTest::newRow("plain personal") << personal << personal;
        QTest::newRow("spaces") << u"  "_qs + personal.left(4) + u" "_qs + personal.mid(4) + u"\t"_qs
                                << personal;
        QTest::newRow("full-width digits") << fullWidth << personal;
        QTest::newRow("ideographic space") << QString(u"\u3000"_qs + unit) << unit;
        QTest::newRow("lower-case x") << withX.toLower() << withX;
        QTest::newRow("upper-case X") << withX << withX;
    }
    void parseTolerant()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        auto n = accountnumber::parse(typed);
        QVERIFY2(n.ok(), qPrintable(n.ok() ? QString() : n.error().code));
        QCOMPARE(n->number, expected);
        QCOMPARE(n->original, typed);
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("expectedKind"); // -1 = any
        QTest::addColumn<QString>("code");
        const QString unit = *accountnumber::make(Kind::Unit, 12);
        const QString personal = *accountnumber::make(Kind::Personal, 4711);
        QString wrongCheck = personal;
        wrongCheck.back() = personal.back() == u'0' ? u'1' : u'0';
        QTest::newRow("empty") << QString() << -1 << u"account_number.empty"_qs;
        QTest::newRow("blank") << u"  \u3000 "_qs << -1 << u"account_number.empty"_qs;
        QTest::newRow("oversized") << QString(41, u'1') << -1 << u"account_number.too_long"_qs;
        QTest::newRow("letter inside")
            << QString(personal.left(5) + u"A"_qs + personal.mid(6)) << -1 << u"account_number.characters"_qs;
        QTest::newRow("X not last") << QString(personal.left(5) + u"X"_qs + personal.mid(6)) << -1
                                    << u"account_number.characters"_qs;
        QTest::newRow("dash") << QString(personal.left(4) + u"-"_qs + personal.mid(4)) << -1
                              << u"account_number.characters"_qs;
        QTest::newRow("wrong check digit") << wrongCheck << -1 << u"account_number.checksum"_qs;
        QTest::newRow("digit missing") << personal.left(12) << -1 << u"account_number.length"_qs;
        QTest::newRow("digit added") << QString(unit + u"0"_qs) << -1 << u"account_number.length"_qs;
        QTest::newRow("legacy 12-digit personal") << u"100000000001"_qs << -1 << u"account_number.length"_qs;
        QTest::newRow("legacy 10-digit unit") << u"8000000001"_qs << -1 << u"account_number.length"_qs;
        QTest::newRow("unknown prefix")
            << QString(u"5"_qs + personal.mid(1)) << -1 << u"account_number.prefix"_qs;
        QTest::newRow("first digit mistyped")
            << QString(u"8"_qs + personal.mid(1)) << int(Kind::Personal) << u"account_number.prefix"_qs;
        QTest::newRow("unit where personal expected")
            << unit << int(Kind::Personal) << u"account_number.kind"_qs;
        QTest::newRow("personal where unit expected")
            << personal << int(Kind::Unit) << u"account_number.kind"_qs;
        QTest::newRow("ID number typed") << u"11010519491231002X"_qs << -1 << u"account_number.length"_qs;
    }
    void parseErrors()
    {
        QFETCH(QString, typed);
        QFETCH(int, expectedKind);
        QFETCH(QString, code);
        const auto expected = expectedKind < 0 ? std::nullopt : std::optional<Kind>(Kind(expectedKind));
        auto n = accountnumber::parse(typed, expected, u"unitAccount"_qs);
        QVERIFY(!n.ok());
        QCOMPARE(n.error().code, code);
        QCOMPARE(n.error().field, u"unitAccount"_qs);
    }

    // Every code these validators produce has a user message (the client translates them).
    void everyCodeHasAMessage()
    {
        const QList<Error> produced = {
            accountnumber::parse(u"").error(),
            accountnumber::parse(QString(50, u'1')).error(),
            accountnumber::parse(u"12A").error(),
            accountnumber::parse(u"123").error(),
            accountnumber::parse(u"50000000012").error(),
            accountnumber::parse(u"80000000120").error(),
            accountnumber::make(Kind::Unit, 0).error(),
            mobile::parse(u"").error(),
            mobile::parse(u"abc").error(),
            mobile::parse(u"123").error(),
        };
        QSet<QString> codes;
        for (const Error &e : produced)
            codes.insert(e.code);
        QVERIFY(codes.size() >= 9);
        for (const QString &code : std::as_const(codes)) {
            QVERIFY2(errortext::knownCodes().contains(code), qPrintable(code));
            QVERIFY(!errortext::message(code).contains(code));
        }
        auto kind = accountnumber::parse(*accountnumber::make(Kind::Unit, 3), Kind::Personal);
        QVERIFY(errortext::knownCodes().contains(kind.error().code));
    }

    // The promise behind the format: one wrong digit or two swapped neighbours never pass.
    void detectsSingleErrorsAndTranspositions()
    {
        QRandomGenerator rng(20250611);
        for (int round = 0; round < 300; ++round) {
            const Kind kind = round % 2 ? Kind::Unit : Kind::Personal;
            const qint64 seq = 1 + qint64(rng.bounded(999999998));
            const QString n = *accountnumber::make(kind, seq);
            for (int i = 0; i < n.size(); ++i) {
                const QString alphabet = i == n.size() - 1 ? u"0123456789X"_qs : u"0123456789"_qs;
                for (QChar c : alphabet) {
                    if (c == n.at(i))
                        continue;
                    QString typo = n;
                    typo[i] = c;
                    QVERIFY2(!accountnumber::parse(typo).ok(), qPrintable(n + u" → "_qs + typo));
                }
                if (i + 1 < n.size() && n.at(i) != n.at(i + 1)) {
                    QString swapped = n;
                    std::swap(swapped[i], swapped[i + 1]);
                    QVERIFY2(!accountnumber::parse(swapped).ok(), qPrintable(n + u" ⇄ "_qs + swapped));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestAccountNumber)
#include "tst_accountnumber.moc"
