#include "domain/codetables.h"

#include <QSet>
#include <QTest>

using namespace hpf;

class TestCodeTables : public QObject
{
    Q_OBJECT

private slots:
    void lookup_data();
    void lookup();
    void tablesAreWellFormed();
    void terminalStates_data();
    void terminalStates();
};

void TestCodeTables::lookup_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("zh");
    QTest::addColumn<QString>("en");

    QTest::newRow("account sealed") << u"account_state"_qs << u"02"_qs << u"封存"_qs << u"Sealed"_qs;
    QTest::newRow("account frozen") << u"account_state"_qs << u"06"_qs << u"冻结"_qs << u"Frozen"_qs;
    QTest::newRow("foreigner card") << u"document_type"_qs << u"04"_qs << u"外国人永久居留身份证"_qs
                                    << u"Foreign permanent resident ID card"_qs;
    QTest::newRow("retirement") << u"withdrawal_reason"_qs << u"03"_qs << u"离休、退休"_qs
                                << u"Retirement"_qs;
    QTest::newRow("remittance") << u"deposit_business_type"_qs << u"01"_qs << u"汇缴"_qs
                                << u"Monthly remittance"_qs;
    QTest::newRow("equal principal") << u"repayment_method"_qs << u"02"_qs << u"等额本金"_qs
                                     << u"Equal principal"_qs;
    QTest::newRow("settlement") << u"loan_business_type"_qs << u"06"_qs << u"结清"_qs << u"Settlement"_qs;
    QTest::newRow("credits only") << u"freeze_flag"_qs << u"1"_qs << u"只收不付"_qs << u"Credits only"_qs;
    QTest::newRow("unknown code keeps code") << u"account_state"_qs << u"42"_qs << u"42"_qs << u"42"_qs;
    QTest::newRow("empty code") << u"document_type"_qs << QString() << QString() << QString();
}

void TestCodeTables::lookup()
{
    QFETCH(QString, table);
    QFETCH(QString, code);
    QFETCH(QString, zh);
    QFETCH(QString, en);

    const codes::Table *found = nullptr;
    for (const codes::Table *t : codes::allTables()) {
        if (table == QLatin1String(t->id))
            found = t;
    }
    QVERIFY2(found, qPrintable(table));
    QCOMPARE(found->label(code), zh);
    QCOMPARE(found->label(code, u"en"), en);
    QCOMPARE(found->contains(code), zh != code);
}

void TestCodeTables::tablesAreWellFormed()
{
    QSet<QString> ids;
    for (const codes::Table *t : codes::allTables()) {
        const QString id = QString::fromLatin1(t->id);
        QVERIFY2(!ids.contains(id), qPrintable(id));
        ids.insert(id);
        QVERIFY(!t->entries.isEmpty());
        QSet<QString> seen;
        for (const codes::Entry &e : t->entries) {
            const QString code = QString::fromUtf16(e.code);
            QVERIFY2(!code.isEmpty() && !seen.contains(code), qPrintable(id + u':' + code));
            seen.insert(code);
            QVERIFY(!QString::fromUtf16(e.zh).isEmpty());
            QVERIFY(!QString::fromLatin1(e.en).isEmpty());
        }
    }
    QCOMPARE(ids.size(), codes::allTables().size());
}

void TestCodeTables::terminalStates_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("terminal");
    QTest::newRow("normal") << u"01"_qs << false;
    QTest::newRow("sealed") << u"02"_qs << false;
    QTest::newRow("merged") << u"03"_qs << true;
    QTest::newRow("transferred out") << u"04"_qs << true;
    QTest::newRow("withdrawn") << u"05"_qs << true;
    QTest::newRow("frozen") << u"06"_qs << false;
    QTest::newRow("unknown") << u"7"_qs << false;
}

void TestCodeTables::terminalStates()
{
    QFETCH(QString, code);
    QFETCH(bool, terminal);
    QCOMPARE(codes::isTerminalAccountState(code), terminal);
}

QTEST_GUILESS_MAIN(TestCodeTables)
#include "tst_codetables.moc"
