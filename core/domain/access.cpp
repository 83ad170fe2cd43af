#include "domain/access.h"

#include <array>

namespace hpf::access {

namespace {

enum Role : unsigned {
    Teller = 1u << 0,
    LoanOfficer = 1u << 1,
    Archivist = 1u << 2,
    Judicial = 1u << 3,
    Supervisor = 1u << 4,
    Auditor = 1u << 5,
    Admin = 1u << 6,
};

constexpr unsigned Public = 0;
// Everyone who looks people and accounts up at the counter.
constexpr unsigned Lookup = Teller | LoanOfficer | Archivist | Judicial | Supervisor | Auditor;
// Any signed-in user.
constexpr unsigned SignedIn = Lookup | Admin;
// Electronic archives: who captures papers for a business record, who browses the archive, who
// runs the 四性 checks.
constexpr unsigned ArchiveCapture = Teller | Archivist | Judicial | LoanOfficer;
constexpr unsigned ArchiveBrowse = Archivist | Auditor | Supervisor;
constexpr unsigned ArchiveCheck = Archivist | Auditor;
// Judicial holds and court details (reference/domain.md §5): judicial staff, their supervisors,
// auditors.
constexpr unsigned JudicialView = Judicial | Supervisor | Auditor;

struct Entry
{
    const char16_t *permission;
    unsigned roles;
};

// clang-format off
constexpr std::array kTable{
    // platform
    Entry{u"health.get", Public},
    Entry{u"version.get", Public},
    Entry{u"auth.login", Public},
    Entry{u"auth.refresh", Public},
    Entry{u"auth.logout", SignedIn},
    Entry{u"auth.me", SignedIn},
    Entry{u"auth.totp_enrol", SignedIn},
    Entry{u"auth.totp_confirm", SignedIn},
    Entry{u"auth.password_change", SignedIn},
    Entry{u"auth.unlock", SignedIn},
    Entry{u"grants.create", Teller | LoanOfficer | Archivist | Judicial},
    Entry{u"audit.verify", Auditor | Admin},
    // the auditor's desk: personal data behind masks, so auditors only
    Entry{u"audit.search", Auditor},
    Entry{u"audit.get", Auditor},
    Entry{u"audit.export", Auditor},
    // reference data
    Entry{u"reference.banks", Public},
    Entry{u"reference.branches", Public},
    Entry{u"reference.codeTables", Public},
    Entry{u"reference.policy", Public},
    // lookups
    Entry{u"persons.find", Lookup}, // retired query form: answers 410
    Entry{u"persons.search", Lookup},
    Entry{u"units.find", Lookup},
    Entry{u"units.get", Lookup},
    Entry{u"units.employees", Lookup},
    Entry{u"accounts.get", Lookup},
    Entry{u"accounts.journal", Lookup},
    Entry{u"remittances.list", Lookup},
    Entry{u"receipts.get", Lookup},
    // opening
    Entry{u"openings.unit", Teller},
    Entry{u"openings.account", Teller},
    Entry{u"openings.flexible", Teller},
    Entry{u"employee_lists.validate", Teller},
    Entry{u"employee_lists.submit", Teller},
    Entry{u"accounts.seal", Teller},
    Entry{u"accounts.unseal", Teller},
    Entry{u"receipts.reprint", Teller | Supervisor},
    // withdrawals and closure (issue 17, business/withdrawal): the check queries shared data and
    // stores the answers, so tellers only; the retired account route answers 410
    Entry{u"withdrawals.check", Teller},
    Entry{u"withdrawals.create", Teller},
    Entry{u"withdrawals.retired", Teller},
    Entry{u"withdrawals.get", Lookup},
    Entry{u"withdrawals.instruct", Teller},
    Entry{u"withdrawals.instructions", Lookup},
    Entry{u"withdrawals.instructionGet", Lookup},
    Entry{u"withdrawals.instructionEnd", Teller},
    // loans (issue 18, business/loan): the officer checks and accepts (受理) and reviews (审核);
    // a supervisor approves or refuses (审批); the reviewer and the approver are never the
    // accepting officer (checked by the service, not here)
    Entry{u"loans.check", LoanOfficer},
    Entry{u"loans.apply", LoanOfficer},
    Entry{u"loans.get", LoanOfficer | Supervisor | Auditor},
    Entry{u"loans.list", LoanOfficer | Supervisor | Auditor},
    Entry{u"loans.review", LoanOfficer},
    Entry{u"loans.approve", Supervisor},
    Entry{u"loans.refuse", Supervisor},
    // 面签 (issue 18 part C, business/loan/signing*): the officer prints the contracts and runs the
    // session; anyone who may read a loan may check a contract PDF
    Entry{u"loans.contract", LoanOfficer | Supervisor | Auditor},
    Entry{u"loans.sign", LoanOfficer},
    Entry{u"loans.signStep", LoanOfficer},
    Entry{u"loans.signContract", LoanOfficer},
    Entry{u"loans.verifyContract", LoanOfficer | Supervisor | Auditor},
    // issue 18: the officer who runs a session may give it up (loans.sign's role)
    Entry{u"loans.signAbandon", LoanOfficer},
    // the loan account (issue 18, part B): the officer disburses under a supervisor's grant
    // (ServerOptions::grantRequired) and posts the bank's repayments and prepayments
    Entry{u"loans.disburse", LoanOfficer},
    Entry{u"loans.repay", LoanOfficer},
    Entry{u"loans.prepay", LoanOfficer},
    Entry{u"loans.account", LoanOfficer | Supervisor | Auditor},
    // issue 18: a party's credit report (征信), fetched by the officer with the recorded
    // authorisation and audited
    Entry{u"loans.creditReport", LoanOfficer},
    // issue 18: overdue loans — the list with the 逾期率 for officers, supervisors and auditors;
    // the officer records that a borrower was reminded (催收).
    Entry{u"loans.overdue", LoanOfficer | Supervisor | Auditor},
    Entry{u"loans.reminderDone", LoanOfficer},
    // issue 18: the list of loans, branch-filtered like the application list
    Entry{u"loans.accounts", LoanOfficer | Supervisor | Auditor},
    // contributions (issue 17, business/contribution): remittance, back payment, deferral, the
    // annual base adjustment; the preview shows the roster's names and bases
    Entry{u"remittances.preview", Teller | Supervisor},
    Entry{u"remittances.post", Teller},
    Entry{u"remittances.backPay", Teller},
    Entry{u"remittances.backPayments", Lookup},
    Entry{u"remittances.defer", Teller},
    Entry{u"remittances.deferrals", Lookup},
    Entry{u"adjustments.validate", Teller},
    Entry{u"adjustments.submit", Teller},
    Entry{u"adjustments.list", Lookup},
    // interest (issue 17, business/interest): the yearly 结息 and its statements
    Entry{u"interest.statement", Lookup},
    Entry{u"interest.runs", Supervisor | Auditor | Admin},
    Entry{u"interest.run", Supervisor | Admin},
    // issue 19: the supervisor's day view; every signed-in workstation reports its outbox
    Entry{u"supervision.day", Supervisor | Auditor},
    Entry{u"supervision.report", SignedIn},
    // changes of unit and person details (issue 17, business/changes)
    Entry{u"units.change", Teller},
    Entry{u"units.changes", Lookup},
    Entry{u"persons.change", Teller},
    // judicial and loan security holds
    Entry{u"holds.list", Lookup},
    Entry{u"holds.create", Judicial | LoanOfficer},
    Entry{u"holds.release", Judicial | LoanOfficer},
    // judicial assistance (issue 15): the desk registers, view roles read (every read audited)
    Entry{u"judicial.courts", SignedIn},
    Entry{u"judicial.search", JudicialView},
    Entry{u"judicial.freeze", Judicial},
    Entry{u"judicial.renew", Judicial},
    Entry{u"judicial.unfreeze", Judicial},
    Entry{u"judicial.deduct", Judicial},
    Entry{u"judicial.expiring", JudicialView},
    Entry{u"judicial.request", JudicialView},
    Entry{u"judicial.inbox", Judicial},
    Entry{u"judicial.handle", Judicial},
    Entry{u"judicial.reject", Judicial},
    // certificates
    // transfers (issue 16): in-city, merge, cross-city (异地转移接续); the peer channel authenticates
    // by the sending center's signature
    Entry{u"transfers.inCity", Teller},
    Entry{u"transfers.inCityBatch", Teller},
    Entry{u"transfers.merge", Teller},
    Entry{u"transfers.mergeCandidates", Lookup},
    Entry{u"transfers.get", Lookup},
    Entry{u"transfers.centers", SignedIn},
    Entry{u"transfers.crossApply", Teller},
    Entry{u"transfers.crossCancel", Teller},
    Entry{u"transfers.crossAccept", Teller},
    Entry{u"transfers.crossRefuse", Teller},
    Entry{u"transfers.crossResend", Teller},
    Entry{u"transfers.crossFail", Teller},
    Entry{u"transfers.crossProgress", Teller},
    Entry{u"transfers.crossGet", Lookup},
    Entry{u"transfers.crossList", Lookup},
    Entry{u"transfers.transit", Lookup},
    Entry{u"transfers.messages", Public},

    Entry{u"certificates.types", Public},
    Entry{u"certificates.trustList", Public},
    Entry{u"certificates.verify", Public},
    Entry{u"certificates.status", Public},
    Entry{u"web.verify", Public},
    // the online court channel: the court's SM2 signature authenticates (integration/court)
    Entry{u"court.messages", Public},
    Entry{u"certificates.list", Lookup},
    Entry{u"certificates.get", Lookup},
    Entry{u"certificates.issue", Teller},
    Entry{u"certificates.batch", Teller},
    Entry{u"certificates.reissue", Teller},
    Entry{u"certificates.revoke", Teller | Supervisor},
    // desks of the client that are not a single server operation
    Entry{u"desk.lookup", Lookup},
    Entry{u"desk.personAccount", Lookup},
    Entry{u"desk.unitAccount", Lookup},
    Entry{u"desk.judicialDesk", JudicialView},
    Entry{u"desk.judicialExpiring", JudicialView},
    Entry{u"desk.judicialInbox", Judicial},
    Entry{u"desk.certificateVerify", Teller | LoanOfficer | Supervisor | Auditor},
    Entry{u"desk.archiveCapture", ArchiveCapture},
    Entry{u"desk.transferInbox", Teller},
    // electronic archives (issue 14)
    Entry{u"archive.materials", SignedIn},
    Entry{u"archive.record", ArchiveCapture},
    Entry{u"archive.upload", ArchiveCapture},
    // one operation per route (OpenAPI operationIds are unique): the upload's status and its chunks
    Entry{u"archive.upload_status", ArchiveCapture},
    Entry{u"archive.chunk", ArchiveCapture},
    Entry{u"archive.commit", ArchiveCapture},
    Entry{u"archive.search", ArchiveBrowse},
    Entry{u"archive.get", ArchiveBrowse},
    Entry{u"archive.file", ArchiveBrowse},
    Entry{u"archive.export", ArchiveBrowse},
    Entry{u"archive.check", ArchiveCheck},
    Entry{u"archive.checks", ArchiveCheck},
    Entry{u"archive.checks_summary", ArchiveCheck},
};
// clang-format on

const std::array<std::pair<const QString *, unsigned>, 7> kRoles{{
    {&role::teller, Teller},
    {&role::loanOfficer, LoanOfficer},
    {&role::archivist, Archivist},
    {&role::judicial, Judicial},
    {&role::supervisor, Supervisor},
    {&role::auditor, Auditor},
    {&role::admin, Admin},
}};

const Entry *find(const QString &permission)
{
    for (const Entry &e : kTable) {
        if (permission == QStringView(e.permission))
            return &e;
    }
    return nullptr;
}

unsigned bitOf(const QString &name)
{
    for (const auto &[n, bit] : kRoles) {
        if (*n == name)
            return bit;
    }
    return 0;
}

} // namespace

QStringList allRoles()
{
    QStringList out;
    for (const auto &r : kRoles)
        out << *r.first;
    return out;
}

bool isRole(const QString &name)
{
    return bitOf(name) != 0;
}

QStringList rolesFor(const QString &permission)
{
    QStringList out;
    if (const Entry *e = find(permission)) {
        for (const auto &[n, bit] : kRoles) {
            if (e->roles & bit)
                out << *n;
        }
    }
    return out;
}

bool isKnown(const QString &permission)
{
    return find(permission) != nullptr;
}

bool isPublic(const QString &permission)
{
    const Entry *e = find(permission);
    return e && e->roles == Public;
}

bool allows(const QString &role, const QString &permission)
{
    const Entry *e = find(permission);
    if (!e)
        return false;
    return e->roles == Public || (e->roles & bitOf(role)) != 0;
}

QStringList permissions()
{
    QStringList out;
    for (const Entry &e : kTable)
        out << QString::fromUtf16(e.permission);
    return out;
}

} // namespace hpf::access
