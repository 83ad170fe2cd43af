// docs/api/openapi.yaml and the server's route table must list the same (method, path) pairs, each
// operationId must be the route's operation name, and each operation's security and x-roles must
// say who the server lets in (the route, and core/domain/access, the shared table). Every route
// takes its roles from that table, with the permissions the routes had before the table.
#include "domain/access.h"
#include "platform/http/routes.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

// The legacy opening routes, replaced by /openings/... (issue 11 retires them).

struct Documented
{
    QString operationId;
    bool isPublic = false;    // security: []
    bool hasSecurity = false; // a security line at all
    QStringList roles;        // x-roles, sorted
};

// "POST /api/v1/openings/units" -> what the document says about it. Reads the document's own
// layout (paths at two spaces, methods at four, operation fields at six).
QMap<QString, Documented> readDocument(QString *error)
{
    QFile file(hpf::test::sourcePath(u"docs/api/openapi.yaml"_qs));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.fileName() + u": "_qs + file.errorString();
        return {};
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    static const QRegularExpression pathLine(u"^  (/\\S+):\\s*$"_qs);
    static const QRegularExpression methodLine(u"^    (get|post|put|patch|delete):\\s*$"_qs);
    static const QRegularExpression opLine(u"^      operationId:\\s*(\\S+)\\s*$"_qs);
    static const QRegularExpression securityLine(u"^      security:\\s*(.*)$"_qs);
    static const QRegularExpression rolesLine(u"^      x-roles:\\s*\\[(.*)\\]\\s*$"_qs);
    QMap<QString, Documented> documented;
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
            if (documented.contains(current)) {
                *error = u"documented twice: "_qs + current;
                return {};
            }
            documented.insert(current, {});
        } else if (current.isEmpty()) {
            continue;
        } else if (auto mo = opLine.match(line); mo.hasMatch()) {
            documented[current].operationId = mo.captured(1);
        } else if (auto ms = securityLine.match(line); ms.hasMatch()) {
            documented[current].hasSecurity = true;
            documented[current].isPublic = ms.captured(1).trimmed() == u"[]";
        } else if (auto mr = rolesLine.match(line); mr.hasMatch()) {
            QStringList roles;
            for (const QString &role : mr.captured(1).split(u',', Qt::SkipEmptyParts))
                roles << role.trimmed();
            roles.sort();
            documented[current].roles = roles;
        }
    }
    return documented;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestServerOpenApi : public QObject
{
    Q_OBJECT

private slots:
    void everyRouteDocumentedAndViceVersa()
    {
        QString error;
        const QMap<QString, Documented> documented = readDocument(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(documented.size() > 10);

        hpf::server::Router router;
        hpf::server::registerRoutes(router);
        QSet<QString> registered;
        for (const hpf::server::Route &r : router.routes()) {
            const QString key = QString::fromLatin1(r.method) + u' ' + r.pattern;
            registered.insert(key);
            QVERIFY2(documented.contains(key), qPrintable(u"route missing from openapi.yaml: "_qs + key));
            QCOMPARE(documented.value(key).operationId, r.operation);
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
        for (const char *op : {"health.get", "version.get", "reference.codeTables", "reference.policy",
                               "reference.branches", "reference.banks", "auth.login", "auth.refresh",
                               "certificates.types", "certificates.trustList", "certificates.verify",
                               "certificates.status", "web.verify", "court.messages", "transfers.messages"})
            out.insert(QString::fromLatin1(op), {u"public"_qs});
        for (const char *op : {"auth.logout", "auth.me", "auth.totp_enrol", "auth.totp_confirm",
                               "auth.password_change", "auth.unlock"})
            out.insert(QString::fromLatin1(op), lookup + QStringList{u"admin"_qs});
        out.insert(u"grants.create"_qs, {u"teller"_qs, u"loan_officer"_qs, u"archivist"_qs, u"judicial"_qs});
        out.insert(u"audit.verify"_qs, {u"auditor"_qs, u"admin"_qs});
        for (const char *op : {"audit.search", "audit.get", "audit.export"})
            out.insert(QString::fromLatin1(op), {u"auditor"_qs});
        for (const char *op : {"units.find", "units.get", "units.employees", "remittances.list",
                               "accounts.get", "accounts.journal", "persons.find", "persons.search",
                               "holds.list", "receipts.get", "certificates.list", "certificates.get"})
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
        // electronic archives (issue 14): capture, browse and check roles
        out.insert(u"archive.materials"_qs, lookup + QStringList{u"admin"_qs});
        for (const char *op :
             {"archive.record", "archive.upload", "archive.upload_status", "archive.chunk", "archive.commit"})
            out.insert(QString::fromLatin1(op),
                       {u"teller"_qs, u"archivist"_qs, u"judicial"_qs, u"loan_officer"_qs});
        for (const char *op : {"archive.search", "archive.get", "archive.file", "archive.export"})
            out.insert(QString::fromLatin1(op), {u"archivist"_qs, u"auditor"_qs, u"supervisor"_qs});
        for (const char *op : {"archive.check", "archive.checks", "archive.checks_summary"})
            out.insert(QString::fromLatin1(op), {u"archivist"_qs, u"auditor"_qs});
        // judicial assistance (issue 15): the desk registers, judicial staff, supervisors and
        // auditors read (confidential court details)
        out.insert(u"judicial.courts"_qs, lookup + QStringList{u"admin"_qs});
        for (const char *op : {"judicial.search", "judicial.expiring", "judicial.request"})
            out.insert(QString::fromLatin1(op), {u"judicial"_qs, u"supervisor"_qs, u"auditor"_qs});
        for (const char *op : {"judicial.freeze", "judicial.renew", "judicial.unfreeze", "judicial.deduct",
                               "judicial.inbox", "judicial.handle", "judicial.reject"})
            out.insert(QString::fromLatin1(op), {u"judicial"_qs});
        // withdrawals (issue 17): tellers check and withdraw, every lookup role reads one back; the
        // retired bare debit answers tellers 410
        for (const char *op : {"withdrawals.check", "withdrawals.retired", "withdrawals.instruct",
                               "withdrawals.instructionEnd"})
            out.insert(QString::fromLatin1(op), {u"teller"_qs});
        for (const char *op : {"withdrawals.get", "withdrawals.instructions", "withdrawals.instructionGet"})
            out.insert(QString::fromLatin1(op), lookup);
        // in-city transfers and merges (issue 16): tellers move and merge, every lookup role reads
        for (const char *op : {"transfers.inCity", "transfers.inCityBatch", "transfers.merge"})
            out.insert(QString::fromLatin1(op), {u"teller"_qs});
        for (const char *op : {"transfers.mergeCandidates", "transfers.get"})
            out.insert(QString::fromLatin1(op), lookup);
        // contributions (issue 17): tellers act, supervisors also preview, every lookup role reads
        out.insert(u"remittances.preview"_qs, {u"teller"_qs, u"supervisor"_qs});
        for (const char *op :
             {"remittances.backPay", "remittances.defer", "adjustments.validate", "adjustments.submit"})
            out.insert(QString::fromLatin1(op), {u"teller"_qs});
        for (const char *op : {"remittances.backPayments", "remittances.deferrals", "adjustments.list"})
            out.insert(QString::fromLatin1(op), lookup);
        // cross-city transfers (issue 16): tellers act, every lookup role reads
        out.insert(u"transfers.centers"_qs, lookup + QStringList{u"admin"_qs});
        for (const char *op : {"transfers.crossGet", "transfers.crossList", "transfers.transit"})
            out.insert(QString::fromLatin1(op), lookup);
        for (const char *op : {"transfers.crossApply", "transfers.crossCancel", "transfers.crossAccept",
                               "transfers.crossRefuse", "transfers.crossResend", "transfers.crossFail",
                               "transfers.crossProgress"})
            out.insert(QString::fromLatin1(op), {u"teller"_qs});
        // interest (issue 17): supervisors and admins run the settlement, auditors watch it; every
        // lookup role reads a unit's statement
        out.insert(u"interest.runs"_qs, {u"supervisor"_qs, u"auditor"_qs, u"admin"_qs});
        out.insert(u"interest.run"_qs, {u"supervisor"_qs, u"admin"_qs});
        out.insert(u"interest.statement"_qs, lookup);
        // changes of unit and person details (issue 17): tellers change, every lookup role reads
        for (const char *op : {"units.change", "persons.change"})
            out.insert(QString::fromLatin1(op), {u"teller"_qs});
        out.insert(u"units.changes"_qs, lookup);
        // loans (issue 18): officers check, accept and review; supervisors decide; auditors read
        for (const char *op : {"loans.check", "loans.apply", "loans.review"})
            out.insert(QString::fromLatin1(op), {u"loan_officer"_qs});
        for (const char *op : {"loans.approve", "loans.refuse"})
            out.insert(QString::fromLatin1(op), {u"supervisor"_qs});
        for (const char *op : {"loans.get", "loans.list", "loans.account"})
            out.insert(QString::fromLatin1(op), {u"loan_officer"_qs, u"supervisor"_qs, u"auditor"_qs});
        // 面签 (issue 18 C): the officer runs the session; loan readers print and verify contracts
        for (const char *op : {"loans.sign", "loans.signStep", "loans.signContract"})
            out.insert(QString::fromLatin1(op), {u"loan_officer"_qs});
        out.insert(u"loans.signAbandon"_qs, {u"loan_officer"_qs}); // issue 18
        for (const char *op : {"loans.contract", "loans.verifyContract"})
            out.insert(QString::fromLatin1(op), {u"loan_officer"_qs, u"supervisor"_qs, u"auditor"_qs});
        // the loan account (issue 18, part B): the officer disburses (under a grant) and posts repayments
        for (const char *op : {"loans.disburse", "loans.repay", "loans.prepay"})
            out.insert(QString::fromLatin1(op), {u"loan_officer"_qs});
        // issue 18: the officer fetches a party's credit report
        out.insert(u"loans.creditReport"_qs, {u"loan_officer"_qs});
        // issue 18: overdue loans — readers see the list and the 逾期率, the officer records reminders
        out.insert(u"loans.overdue"_qs, {u"loan_officer"_qs, u"supervisor"_qs, u"auditor"_qs});
        out.insert(u"loans.reminderDone"_qs, {u"loan_officer"_qs});
        // issue 18: the list of loans is read like the application list
        out.insert(u"loans.accounts"_qs, {u"loan_officer"_qs, u"supervisor"_qs, u"auditor"_qs});
        // issue 19: the supervisor's day view; every signed-in client reports its workstation's outbox
        out.insert(u"supervision.day"_qs, {u"supervisor"_qs, u"auditor"_qs});
        out.insert(u"supervision.report"_qs, {u"teller"_qs, u"loan_officer"_qs, u"archivist"_qs,
                                              u"judicial"_qs, u"supervisor"_qs, u"auditor"_qs, u"admin"_qs});
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

    void securityAndRolesMatchTheServer()
    {
        QString error;
        const QMap<QString, Documented> documented = readDocument(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        hpf::server::Router router;
        hpf::server::registerRoutes(router);
        for (const hpf::server::Route &r : router.routes()) {
            const QString key = QString::fromLatin1(r.method) + u' ' + r.pattern;
            const Documented doc = documented.value(key);
            QVERIFY2(doc.hasSecurity, qPrintable(key + u": no security (use [] for a public operation)"_qs));
            QVERIFY2(
                doc.isPublic == !r.authenticated,
                qPrintable(key + u": security says "_qs + (doc.isPublic ? u"public"_qs : u"signed in"_qs)));
            QVERIFY2(hpf::access::isKnown(r.operation), qPrintable(key + u": not in core/domain/access"_qs));
            QCOMPARE(doc.isPublic, hpf::access::isPublic(r.operation));
            if (doc.isPublic) {
                QVERIFY2(doc.roles.isEmpty(), qPrintable(key + u": x-roles on a public operation"_qs));
                continue;
            }
            // The route's own list where it has one, and the shared table (which the router may
            // consult instead; tst_server_conformance checks what is really enforced).
            const QStringList routeRoles = r.roles.isEmpty() ? hpf::access::rolesFor(r.operation) : r.roles;
            QCOMPARE(doc.roles, sorted(routeRoles));
            QCOMPARE(doc.roles, sorted(hpf::access::rolesFor(r.operation)));
        }
    }
};

QTEST_GUILESS_MAIN(TestServerOpenApi)
#include "tst_server_openapi.moc"
