#include "domain/access.h"

#include <QTest>

using namespace hpf;

class TestAccess : public QObject
{
    Q_OBJECT
private slots:
    void allows_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("permission");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("teller opens a unit") << u"teller"_qs << u"openings.unit"_qs << true;
        QTest::newRow("supervisor does not open") << u"supervisor"_qs << u"openings.unit"_qs << false;
        QTest::newRow("judicial freezes") << u"judicial"_qs << u"holds.create"_qs << true;
        QTest::newRow("teller does not freeze") << u"teller"_qs << u"holds.create"_qs << false;
        QTest::newRow("auditor looks up") << u"auditor"_qs << u"persons.find"_qs << true;
        QTest::newRow("admin does not look up") << u"admin"_qs << u"persons.find"_qs << false;
        QTest::newRow("auditor verifies the chain") << u"auditor"_qs << u"audit.verify"_qs << true;
        QTest::newRow("public route for anyone") << u"archivist"_qs << u"certificates.verify"_qs << true;
        QTest::newRow("public route without a role") << QString() << u"health.get"_qs << true;
        QTest::newRow("unknown permission fails closed") << u"admin"_qs << u"nothing.here"_qs << false;
        QTest::newRow("unknown role") << u"root"_qs << u"openings.unit"_qs << false;
        QTest::newRow("empty role") << QString() << u"openings.unit"_qs << false;
        QTest::newRow("case matters") << u"Teller"_qs << u"openings.unit"_qs << false;
        // loans (issue 18): the officer accepts and reviews, a supervisor decides, the auditor reads
        QTest::newRow("officer checks a loan") << u"loan_officer"_qs << u"loans.check"_qs << true;
        QTest::newRow("officer accepts a loan") << u"loan_officer"_qs << u"loans.apply"_qs << true;
        QTest::newRow("teller does not accept a loan") << u"teller"_qs << u"loans.apply"_qs << false;
        QTest::newRow("officer reviews") << u"loan_officer"_qs << u"loans.review"_qs << true;
        QTest::newRow("supervisor does not review") << u"supervisor"_qs << u"loans.review"_qs << false;
        QTest::newRow("officer does not approve") << u"loan_officer"_qs << u"loans.approve"_qs << false;
        QTest::newRow("supervisor approves") << u"supervisor"_qs << u"loans.approve"_qs << true;
        QTest::newRow("supervisor refuses") << u"supervisor"_qs << u"loans.refuse"_qs << true;
        QTest::newRow("auditor reads a loan") << u"auditor"_qs << u"loans.get"_qs << true;
        QTest::newRow("auditor lists loans") << u"auditor"_qs << u"loans.list"_qs << true;
        QTest::newRow("auditor does not approve") << u"auditor"_qs << u"loans.approve"_qs << false;
        QTest::newRow("admin does not read loans") << u"admin"_qs << u"loans.get"_qs << false;
    }
    void allows()
    {
        QFETCH(QString, role);
        QFETCH(QString, permission);
        QFETCH(bool, allowed);
        QCOMPARE(access::allows(role, permission), allowed);
        if (access::isRole(role) && !access::isPublic(permission))
            QCOMPARE(access::rolesFor(permission).contains(role), allowed);
    }

    void tableIsConsistent()
    {
        const QStringList all = access::permissions();
        QVERIFY(all.size() > 30);
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), all.size()); // no duplicates
        for (const QString &p : all) {
            QVERIFY2(access::isKnown(p), qPrintable(p));
            // a permission is public or names at least one role, never both
            QVERIFY2(access::isPublic(p) != !access::rolesFor(p).isEmpty(), qPrintable(p));
            for (const QString &r : access::rolesFor(p))
                QVERIFY(access::isRole(r));
        }
        QVERIFY(!access::isKnown(u"nothing.here"_qs));
        QVERIFY(!access::isPublic(u"nothing.here"_qs));
        QCOMPARE(access::allRoles().size(), 7);
    }
};

QTEST_APPLESS_MAIN(TestAccess)
#include "tst_access.moc"
