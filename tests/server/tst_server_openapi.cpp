// docs/api/openapi.yaml and the server's route table must list the same (method, path) pairs, and
// each operationId must be the route's operation name. Every route takes its roles from the one
// access table (core/domain/access.h), with the permissions the routes had before the table.
#include "domain/access.h"
#include "platform/http/routes.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestServerOpenApi : public QObject
{
    Q_OBJECT

private slots:
    void everyRouteDocumentedAndViceVersa()
    {
        QFile file(hpf::test::sourcePath(u"docs/api/openapi.yaml"_qs));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        static const QRegularExpression pathLine(u"^  (/\\S+):\\s*$"_qs);
        static const QRegularExpression methodLine(u"^    (get|post|put|patch|delete):\\s*$"_qs);
        static const QRegularExpression opLine(u"^      operationId:\\s*(\\S+)\\s*$"_qs);
        QMap<QString, QString> documented; // "POST /api/v1/units" -> operationId
        bool inPaths = false;
        QString path, current;
        for (const QString &line : lines) {
            if (line.startsWith(u"paths:")) {
                inPaths = true;
                continue;
            }
            if (!inPaths)
                continue;
            if (!line.isEmpty() && !line.startsWith(u' '))
                break;
            if (auto m = pathLine.match(line); m.hasMatch()) {
                path = m.captured(1);
            } else if (auto mm = methodLine.match(line); mm.hasMatch()) {
                current = mm.captured(1).toUpper() + u' ' + path;
                QVERIFY2(!documented.contains(current), qPrintable(u"documented twice: "_qs + current));
                documented.insert(current, QString());
            } else if (auto mo = opLine.match(line); mo.hasMatch() && !current.isEmpty()) {
                documented[current] = mo.captured(1);
            }
        }
        QVERIFY(documented.size() > 10);

        hpf::server::Router router;
        hpf::server::registerRoutes(router);
        QSet<QString> registered;
        for (const hpf::server::Route &r : router.routes()) {
            const QString key = QString::fromLatin1(r.method) + u' ' + r.pattern;
            registered.insert(key);
            QVERIFY2(documented.contains(key), qPrintable(u"route missing from openapi.yaml: "_qs + key));
            QCOMPARE(documented.value(key), r.operation);
        }
        for (auto it = documented.cbegin(); it != documented.cend(); ++it)
            QVERIFY2(registered.contains(it.key()),
                     qPrintable(u"openapi.yaml documents an unknown route: "_qs + it.key()));
    }

    void everyRouteAuthorisedByTheAccessTable()
    {
        hpf::server::Router router;
        hpf::server::registerRoutes(router);
        for (const hpf::server::Route &r : router.routes()) {
            QVERIFY2(hpf::access::isKnown(r.operation),
                     qPrintable(u"not in the access table: "_qs + r.operation));
            QCOMPARE(r.roles, hpf::access::rolesFor(r.operation));
            QCOMPARE(r.authenticated, !hpf::access::isPublic(r.operation));
        }
    }

    // Who may call each route: the role lists the routes carried before the access table existed.
    // "public" needs no sign-in; the signed-in operations list every role.
    static QMap<QString, QStringList> permissionsBefore()
    {
        const QStringList lookup{u"teller"_qs,   u"loan_officer"_qs, u"archivist"_qs,
                                 u"judicial"_qs, u"supervisor"_qs,   u"auditor"_qs};
        QMap<QString, QStringList> out;
        for (const char *op :
             {"health.get", "version.get", "reference.codeTables", "reference.policy", "reference.branches",
              "reference.banks", "auth.login", "auth.refresh", "certificates.types", "certificates.trustList",
              "certificates.verify", "certificates.status", "web.verify"})
            out.insert(QString::fromLatin1(op), {u"public"_qs});
        for (const char *op : {"auth.logout", "auth.me"})
            out.insert(QString::fromLatin1(op), lookup + QStringList{u"admin"_qs});
        out.insert(u"grants.create"_qs, {u"teller"_qs, u"loan_officer"_qs, u"archivist"_qs, u"judicial"_qs});
        out.insert(u"audit.verify"_qs, {u"auditor"_qs, u"admin"_qs});
        for (const char *op : {"units.find", "units.get", "units.employees", "remittances.list",
                               "accounts.get", "accounts.journal", "persons.find", "holds.list",
                               "receipts.get", "certificates.list", "certificates.get"})
            out.insert(QString::fromLatin1(op), lookup);
        for (const char *op :
             {"remittances.post", "withdrawals.create", "openings.unit", "openings.account",
              "openings.flexible", "employee_lists.validate", "employee_lists.submit", "accounts.seal",
              "accounts.unseal", "certificates.issue", "certificates.batch", "certificates.reissue"})
            out.insert(QString::fromLatin1(op), {u"teller"_qs});
        for (const char *op : {"receipts.reprint", "certificates.revoke"})
            out.insert(QString::fromLatin1(op), {u"teller"_qs, u"supervisor"_qs});
        for (const char *op : {"holds.create", "holds.release"})
            out.insert(QString::fromLatin1(op), {u"judicial"_qs, u"loan_officer"_qs});
        return out;
    }

    void effectivePermissions_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QStringList>("roles");
        const auto before = permissionsBefore();
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key() << it.value();
    }
    void effectivePermissions()
    {
        QFETCH(QString, operation);
        QFETCH(QStringList, roles);
        hpf::server::Router router;
        hpf::server::registerRoutes(router);
        const hpf::server::Route *route = nullptr;
        for (const hpf::server::Route &r : router.routes()) {
            if (r.operation == operation)
                route = &r;
        }
        QVERIFY2(route, qPrintable(u"no route for "_qs + operation));
        if (roles == QStringList{u"public"_qs}) {
            QVERIFY(!route->authenticated);
            return;
        }
        QVERIFY(route->authenticated);
        for (const QString &role : hpf::access::allRoles())
            QCOMPARE(route->roles.contains(role), roles.contains(role));
    }

    // A new route needs its row above: its permissions are then checked, not assumed.
    void everyRouteHasItsPermissionsListed()
    {
        hpf::server::Router router;
        hpf::server::registerRoutes(router);
        const auto before = permissionsBefore();
        for (const hpf::server::Route &r : router.routes())
            QVERIFY2(before.contains(r.operation), qPrintable(u"no permission row for "_qs + r.operation));
    }

    // An operation missing from the table is allowed to nobody, even signed in (fail closed).
    void unknownOperationFailsClosed_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("unknown") << u"units.create"_qs;
        QTest::newRow("empty") << QString();
        QTest::newRow("case differs") << u"Accounts.Get"_qs;
        QTest::newRow("trailing space") << u"accounts.get "_qs;
        QTest::newRow("desk permission prefix") << u"desk."_qs;
    }
    void unknownOperationFailsClosed()
    {
        QFETCH(QString, operation);
        const hpf::server::Route r = hpf::server::makeRoute("GET", u"/api/v1/x"_qs, operation, false, {}, {});
        QVERIFY(r.authenticated);
        QVERIFY(!r.roles.isEmpty());
        for (const QString &role : hpf::access::allRoles())
            QVERIFY2(!r.roles.contains(role), qPrintable(role));
    }
};

QTEST_GUILESS_MAIN(TestServerOpenApi)
#include "tst_server_openapi.moc"
