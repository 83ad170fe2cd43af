// What a user of another branch may read (issue 12 defect 6). Every read route is called by a
// teller of branch 0002 on objects of branch 0001, and by a teller of 0001 as the control: a unit's
// identity is visible center-wide, its business terms and everything else only in its own branch
// (docs/api/openapi.yaml, x-branch-scope). The table must name every read route of the router, and
// the document must give each one its x-branch-scope, so a new read route cannot go undecided. On
// SQLite and on PostgreSQL.
#include "archivehelpers.h"
#include "business/certificates/signingkeys.h"
#include "crypto/sm2.h"
#include "demo/demoseed.h"
#include "platform/http/routes.h"
#include "platform/store/sql.h"
#include "suitebase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hpf;
using namespace hpf::test;

namespace {

// What the other branch's teller gets.
enum class Scope {
    Identity, // 200, the unit without its ratios
    Nothing,  // 200, an empty list (the other branch's objects are left out)
    Denied,   // 403 auth.branch_denied
};

// Read routes that have no object of a branch: the caller's own session, the whole audit chain and
// its records (auditors read every branch's), and the retired query form of the person search (410
// for everybody).
const QStringList kNoBranchObject = {u"auth.me"_qs,           u"audit.verify"_qs,      u"audit.get"_qs,
                                     u"persons.find"_qs,      u"archive.materials"_qs, u"judicial.courts"_qs,
                                     u"transfers.centers"_qs, u"transfers.transit"_qs, u"interest.runs"_qs};
// Cross-city transfers (issue 16): one transfer is the own branch's (transfers.crossGet), the list
// is branch-filtered (transfers.crossList); both need a second center — checked in
// tst_server_crosstransfer (branchScope). The transit account is the center's (no branch).
const QStringList kCrossTransfers = {u"transfers.crossGet"_qs, u"transfers.crossList"_qs};
// The interest statement (issue 17) is the unit's branch's; it exists only once the year's
// settlement ran (a year after the objects here): checked in tst_server_interest (routes: the
// own branch, another branch denied, the head office).
const QStringList kInterestStatement = {u"interest.statement"_qs};
// Judicial reads (no teller may call them): own branch (judicial.request), branch-filtered
// (judicial.expiring) and center-wide (judicial.inbox: online requests belong to no branch until
// handled) — checked in tst_server_judicial (branchScope).
const QStringList kJudicialDesk = {u"judicial.expiring"_qs, u"judicial.request"_qs, u"judicial.inbox"_qs};
// The archive is center-wide for its browse and check roles (archivists, auditors, supervisors; no
// teller reads it): x-branch-scope center, checked in tst_server_archive (a supervisor of 0001 and
// an auditor of 0000 read the same package).
// Loan applications (issue 18) are read by loan officers, supervisors and auditors (no teller):
// one is the own branch's (loans.get), the list is branch-filtered (loans.list), and the check is
// the borrower's account's branch — checked in tst_server_loanapplication (list: an officer of 0002
// sees none, is denied one and the check; the auditor of 0000 sees every one).
// The contract's data (面签, issue 18 C) is the own branch's like the application: checked in
// tst_server_signing (an officer of 0002 is denied it).
const QStringList kLoans = {u"loans.get"_qs, u"loans.list"_qs, u"loans.contract"_qs,
                            // the loan account (part B): own branch, checked in tst_server_loanaccount
                            u"loans.account"_qs,
                            // issue 18: a credit report (a POST, not a read) is the application's
                            // own branch: checked in tst_server_loanoutside (an officer of 0002 is denied)
                            u"loans.creditReport"_qs,
                            // issue 18: the overdue list is branch-filtered, checked in
                            // tst_server_loanoverdue (an officer of 0002 sees none and a ratio of 0.00)
                            u"loans.overdue"_qs,
                            // issue 18: branch-filtered, checked in tst_server_loanaccountlist
                            u"loans.accounts"_qs};
// issue 19: the supervisor's day view is branch-filtered (a supervisor of 0002 counts nothing of
// 0001; the head office and auditors count every branch): checked in tst_server_supervision.
const QStringList kSupervision = {u"supervision.day"_qs};
const QStringList kCenterWideArchive = {u"archive.get"_qs, u"archive.file"_qs, u"archive.checks"_qs,
                                        u"archive.checks_summary"_qs, u"archive.search"_qs};

struct Objects
{
    QString unit;
    QString account;
    QString serial;
    QString certificate;
    QString upload;      // an archive upload for the seal's record
    QString transfer;    // the serial of an in-city transfer between two units of 0001
    QString withdrawal;  // the serial of a purchase withdrawal from `account` (issue 17)
    QString instruction; // a rent instruction on `account`
    int person = 0;
};

} // namespace

Q_DECLARE_METATYPE(Scope)

class TestServerBranchScope : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

private:
    // The request of `op` on the objects; POST for the search, GET otherwise.
    Reply read(const QString &op, const Objects &o, const QString &token)
    {
        const QJsonObject byDocument{{u"documentType"_qs, u"01"_qs},
                                     {u"documentNumber"_qs, server::demoIdentityNumber(o.person)}};
        if (op == u"units.get")
            return f().get(u"/api/v1/units/"_qs + o.unit, token);
        if (op == u"units.find")
            return f().get(u"/api/v1/units?creditCode="_qs + ServerFixture::validCreditCode(3), token);
        if (op == u"units.employees")
            return f().get(u"/api/v1/units/"_qs + o.unit + u"/employees"_qs, token);
        if (op == u"remittances.list")
            return f().get(u"/api/v1/units/"_qs + o.unit + u"/remittances"_qs, token);
        if (op == u"remittances.preview") // 2025-07 is posted; the unit's history goes back further
            return f().get(u"/api/v1/units/"_qs + o.unit + u"/remittances/preview?month=2025-06"_qs, token);
        if (op == u"remittances.backPayments")
            return f().get(u"/api/v1/units/"_qs + o.unit + u"/back-payments"_qs, token);
        if (op == u"remittances.deferrals")
            return f().get(u"/api/v1/units/"_qs + o.unit + u"/deferrals"_qs, token);
        if (op == u"adjustments.list")
            return f().get(u"/api/v1/units/"_qs + o.unit + u"/base-adjustments"_qs, token);
        if (op == u"accounts.get")
            return f().get(u"/api/v1/accounts/"_qs + o.account, token);
        if (op == u"accounts.journal")
            return f().get(u"/api/v1/accounts/"_qs + o.account + u"/journal"_qs, token);
        if (op == u"holds.list")
            return f().get(u"/api/v1/accounts/"_qs + o.account + u"/holds"_qs, token);
        if (op == u"receipts.get")
            return f().get(u"/api/v1/receipts/"_qs + o.serial, token);
        if (op == u"certificates.list")
            return f().get(u"/api/v1/certificates?accountNumber="_qs + o.account, token);
        if (op == u"certificates.get")
            return f().get(u"/api/v1/certificates/"_qs + o.certificate, token);
        if (op == u"archive.record")
            return f().get(u"/api/v1/archive/records/"_qs + o.serial, token);
        if (op == u"archive.upload_status")
            return f().get(u"/api/v1/archive/uploads/"_qs + o.upload, token);
        if (op == u"transfers.get")
            return f().get(u"/api/v1/transfers/"_qs + o.transfer, token);
        if (op == u"withdrawals.get")
            return f().get(u"/api/v1/withdrawals/"_qs + o.withdrawal, token);
        if (op == u"withdrawals.instructionGet")
            return f().get(u"/api/v1/withdrawals/instructions/"_qs + o.instruction, token);
        if (op == u"withdrawals.instructions")
            return f().post(u"/api/v1/withdrawals/instructions/search"_qs, {{u"accountNumber"_qs, o.account}},
                            token);
        if (op == u"withdrawals.check")
            return f().post(u"/api/v1/withdrawals/check"_qs,
                            {{u"accountNumber"_qs, o.account}, {u"type"_qs, u"purchase"_qs}}, token);
        if (op == u"units.changes")
            return f().get(u"/api/v1/units/"_qs + o.unit + u"/changes"_qs, token);
        if (op == u"persons.search")
            return f().post(u"/api/v1/persons/search"_qs, byDocument, token);
        if (op == u"persons.search/account")
            return f().post(u"/api/v1/persons/search"_qs, {{u"accountNumber"_qs, o.account}}, token);
        if (op == u"persons.search/name")
            return f().post(u"/api/v1/persons/search"_qs, {{u"name"_qs, u"职工%1"_qs.arg(o.person)}}, token);
        return {};
    }

    void installSigningKey()
    {
        auto key = crypto::Sm2Key::generate();
        QVERIFY(key.ok());
        auto conn = f().database().connection();
        QVERIFY(conn.ok());
        server::Query q(*conn, u"INSERT INTO signing_keys (kid, public_pem, file_name, status, created_at) "
                               "VALUES (:k, :p, 'test', 'active', :t)"_qs);
        q.bind(u":k"_qs, QString::fromLatin1(key->keyId().toHex()))
            .bind(u":p"_qs, QString::fromLatin1(key->publicKeyPem()))
            .bind(u":t"_qs, f().clock().now().addDays(-30).toMSecsSinceEpoch());
        QVERIFY(q.exec().ok());
        f().server().context().certificateSigner =
            std::make_shared<const server::CertificateSigner>(std::move(key).value(), false);
    }

    // A unit of branch 0001 with one account, a remittance, a sealed-and-unsealed receipt and a
    // certificate, all made by teller1.
    Objects makeObjects()
    {
        installSigningKey();
        Objects o;
        o.person = 61;
        const QString teller = f().login(u"teller1"_qs);
        o.unit = f().createUnit(teller, 3);
        o.account = f().openAccount(teller, o.unit, o.person, 500000);
        f().postRemittance(teller, o.unit, u"2025-07"_qs, ServerFixture::newKey());
        const Reply withdrawn =
            f().post(ServerFixture::withdrawalPath(), ServerFixture::withdrawalBody(o.account, 1000), teller,
                     ServerFixture::newKey());
        o.withdrawal = withdrawn.json.value(u"serial"_qs).toString();
        const Reply instructed =
            f().post(u"/api/v1/withdrawals/instructions"_qs,
                     {{u"accountNumber"_qs, o.account},
                      {u"frequency"_qs, u"monthly"_qs},
                      {u"amountFen"_qs, 500},
                      {u"startMonth"_qs, f().clock().now().toLocalTime().date().toString(u"yyyy-MM"_qs)},
                      {u"evidence"_qs, QJsonObject{{u"monthlyRentFen"_qs, 80000}}},
                      {u"payee"_qs, ServerFixture::withdrawalBody(o.account, 1).value(u"payee"_qs)}},
                     teller, ServerFixture::newKey());
        o.instruction = instructed.json.value(u"instruction"_qs).toObject().value(u"id"_qs).toString();
        const Reply issued = f().post(u"/api/v1/certificates"_qs,
                                      {{u"type"_qs, u"deposit_proof"_qs}, {u"accountNumber"_qs, o.account}},
                                      teller, ServerFixture::newKey());
        o.certificate = issued.json.value(u"number"_qs).toString();
        const Reply sealed = f().post(u"/api/v1/accounts/"_qs + o.account + u"/seal"_qs,
                                      {{u"reason"_qs, u"01"_qs}}, teller, ServerFixture::newKey());
        o.serial = sealed.json.value(u"serial"_qs).toString();
        Draft d;
        d.manifest.serial = o.serial;
        d.manifest.business = u"accounts.seal"_qs;
        d.manifest.operatorId = u"teller1"_qs;
        d.manifest.createdAt = QDateTime::fromSecsSinceEpoch(f().clock().now().toSecsSinceEpoch(), Qt::UTC);
        d.add(u"p0001.png"_qs, u"application"_qs, pngPage(1), d.manifest.createdAt);
        const Reply upload = f().post(u"/api/v1/archive/uploads"_qs, {{u"manifest"_qs, d.json()}}, teller,
                                      ServerFixture::newKey());
        o.upload = upload.json.value(u"uploadId"_qs).toString();
        const QString toUnit = f().createUnit(teller, 4);
        const QString moving = f().openAccount(teller, o.unit, o.person + 1, 500000);
        const Reply moved = f().post(u"/api/v1/transfers/in-city"_qs,
                                     {{u"accountNumber"_qs, moving}, {u"toUnitAccount"_qs, toUnit}}, teller,
                                     ServerFixture::newKey());
        o.transfer = moved.json.value(u"serial"_qs).toString();
        // A live employee left in the unit (the others are sealed or moved): the remittance preview.
        f().openAccount(teller, o.unit, o.person + 2, 500000);
        f().post(u"/api/v1/units/"_qs + o.unit + u"/changes"_qs,
                 {{u"remittanceDay"_qs, 5}, {u"reason"_qs, u"单位申请"_qs}}, teller, ServerFixture::newKey());
        return o;
    }

    static QStringList tableOperations()
    {
        return {u"units.get"_qs,
                u"units.find"_qs,
                u"units.employees"_qs,
                u"remittances.list"_qs,
                u"remittances.preview"_qs,
                u"remittances.backPayments"_qs,
                u"remittances.deferrals"_qs,
                u"adjustments.list"_qs,
                u"accounts.get"_qs,
                u"accounts.journal"_qs,
                u"holds.list"_qs,
                u"receipts.get"_qs,
                u"certificates.list"_qs,
                u"certificates.get"_qs,
                u"persons.search"_qs,
                u"archive.record"_qs,
                u"archive.upload_status"_qs,
                u"transfers.get"_qs,
                u"withdrawals.get"_qs,
                u"withdrawals.check"_qs,
                u"units.changes"_qs,

                u"withdrawals.instructions"_qs,
                u"withdrawals.instructionGet"_qs};
    }

private slots:
    void otherBranch_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<Scope>("scope");
        QTest::newRow("units.get") << u"units.get"_qs << Scope::Identity;
        QTest::newRow("units.find") << u"units.find"_qs << Scope::Identity;
        QTest::newRow("units.employees") << u"units.employees"_qs << Scope::Denied;
        QTest::newRow("remittances.list") << u"remittances.list"_qs << Scope::Denied;
        QTest::newRow("remittances.preview") << u"remittances.preview"_qs << Scope::Denied;
        QTest::newRow("remittances.backPayments") << u"remittances.backPayments"_qs << Scope::Denied;
        QTest::newRow("remittances.deferrals") << u"remittances.deferrals"_qs << Scope::Denied;
        QTest::newRow("adjustments.list") << u"adjustments.list"_qs << Scope::Denied;
        QTest::newRow("accounts.get") << u"accounts.get"_qs << Scope::Denied;
        QTest::newRow("accounts.journal") << u"accounts.journal"_qs << Scope::Denied;
        QTest::newRow("holds.list") << u"holds.list"_qs << Scope::Denied;
        QTest::newRow("receipts.get") << u"receipts.get"_qs << Scope::Denied;
        QTest::newRow("certificates.list") << u"certificates.list"_qs << Scope::Nothing;
        QTest::newRow("certificates.get") << u"certificates.get"_qs << Scope::Denied;
        QTest::newRow("archive.record") << u"archive.record"_qs << Scope::Denied;
        QTest::newRow("archive.upload_status") << u"archive.upload_status"_qs << Scope::Denied;
        QTest::newRow("transfers.get") << u"transfers.get"_qs << Scope::Denied;
        QTest::newRow("withdrawals.get") << u"withdrawals.get"_qs << Scope::Denied;
        QTest::newRow("withdrawals.check") << u"withdrawals.check"_qs << Scope::Denied;
        QTest::newRow("units.changes") << u"units.changes"_qs << Scope::Denied;
        QTest::newRow("withdrawals.instructions") << u"withdrawals.instructions"_qs << Scope::Denied;
        QTest::newRow("withdrawals.instructionGet") << u"withdrawals.instructionGet"_qs << Scope::Denied;
        QTest::newRow("persons.search by document") << u"persons.search"_qs << Scope::Nothing;
        QTest::newRow("persons.search by account") << u"persons.search/account"_qs << Scope::Nothing;
        QTest::newRow("persons.search by name") << u"persons.search/name"_qs << Scope::Nothing;
    }

    void otherBranch()
    {
        QFETCH(QString, op);
        QFETCH(Scope, scope);
        const Objects o = makeObjects();
        QVERIFY(!o.unit.isEmpty() && !o.account.isEmpty() && !o.serial.isEmpty() &&
                !o.certificate.isEmpty() && !o.upload.isEmpty() && !o.transfer.isEmpty() &&
                !o.withdrawal.isEmpty() && !o.instruction.isEmpty());

        // The control: a teller of the same branch sees the whole object.
        const Reply own = read(op, o, f().login(u"teller1b"_qs));
        QVERIFY2(own.status == 200, own.body.constData());
        if (scope == Scope::Identity)
            QVERIFY2(own.json.contains(u"unitRatio"_qs) && own.json.contains(u"personalRatio"_qs),
                     own.body.constData());
        if (scope == Scope::Nothing)
            QVERIFY2(!own.json.value(u"items"_qs).toArray().isEmpty(), own.body.constData());

        const Reply other = read(op, o, f().login(u"teller2"_qs));
        switch (scope) {
        case Scope::Identity:
            QVERIFY2(other.status == 200, other.body.constData());
            QCOMPARE(other.json.value(u"unitAccount"_qs).toString(), o.unit);
            QCOMPARE(other.json.value(u"name"_qs), own.json.value(u"name"_qs));
            QCOMPARE(other.json.value(u"state"_qs), own.json.value(u"state"_qs));
            QCOMPARE(other.json.value(u"branch"_qs).toString(), u"0001"_qs);
            QVERIFY2(!other.json.contains(u"unitRatio"_qs) && !other.json.contains(u"personalRatio"_qs),
                     other.body.constData());
            break;
        case Scope::Nothing:
            QVERIFY2(other.status == 200, other.body.constData());
            QVERIFY2(other.json.value(u"items"_qs).toArray().isEmpty(), other.body.constData());
            break;
        case Scope::Denied:
            QVERIFY2(other.status == 403, other.body.constData());
            QCOMPARE(other.code(), u"auth.branch_denied"_qs);
            QVERIFY(!other.body.contains(o.account.toUtf8()) && !other.body.contains(o.unit.toUtf8()));
            break;
        }
        // Capture routes have no head-office user among the capture roles (teller, archivist,
        // judicial, loan officer) in the fixture: the control above and the denial are the check.
        if (op.startsWith(u"archive.") || op == u"withdrawals.check") // the check: tellers only
            return;
        // The remittance preview is the teller's and the supervisor's (no auditor): the denial is
        // the check.
        if (op == u"remittances.preview")
            return;
        // The head office (an auditor of 0000) reads every branch in full.
        const Reply head = read(op, o, f().login(u"auditor1"_qs));
        QVERIFY2(head.status == 200, head.body.constData());
        if (scope == Scope::Identity)
            QVERIFY(head.json.contains(u"unitRatio"_qs));
        if (scope == Scope::Nothing)
            QVERIFY(!head.json.value(u"items"_qs).toArray().isEmpty());
    }

    // Every read route of the router is in the table above (or has no branch object), and the
    // OpenAPI document gives every one of them an x-branch-scope.
    void everyReadRouteDecided()
    {
        server::Router router;
        server::registerRoutes(router);
        QStringList reads;
        for (const server::Route &route : router.routes()) {
            if (route.authenticated && (route.method == "GET" || route.operation == u"persons.search"))
                reads << route.operation;
        }
        QStringList undecided;
        for (const QString &op : std::as_const(reads)) {
            if (!tableOperations().contains(op) && !kNoBranchObject.contains(op) &&
                !kCenterWideArchive.contains(op) && !kJudicialDesk.contains(op) &&
                !kCrossTransfers.contains(op) && !kInterestStatement.contains(op) && !kLoans.contains(op) &&
                !kSupervision.contains(op))
                undecided << op;
        }
        QVERIFY2(undecided.isEmpty(),
                 qPrintable(u"read routes without a branch test: "_qs + undecided.join(u", ")));

        QFile file(QStringLiteral(HPF_OPENAPI_JSON));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject paths =
            QJsonDocument::fromJson(file.readAll()).object().value(u"paths"_qs).toObject();
        QStringList documented;
        QStringList missing;
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QJsonObject methods = path.value().toObject();
            for (auto m = methods.begin(); m != methods.end(); ++m) {
                const QJsonObject operation = m.value().toObject();
                const QString id = operation.value(u"operationId"_qs).toString();
                if (!reads.contains(id))
                    continue;
                documented << id;
                const QString scope = operation.value(u"x-branch-scope"_qs).toString();
                if (!QStringList{u"own"_qs, u"center"_qs, u"filtered"_qs, u"none"_qs}.contains(scope))
                    missing << id + u": "_qs + (scope.isEmpty() ? u"no x-branch-scope"_qs : scope);
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u"; ")));
        QCOMPARE(documented.size(), reads.size());
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerBranchScope(b); });
}

#include "tst_server_branchscope.moc"
