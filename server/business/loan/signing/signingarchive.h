#pragma once

#include "base/result.h"

#include <QString>
#include <optional>

// The archive side of loans (issue 18, part H). Two records are filed against a loan:
//  - business loans.application under the application's serial: the materials the officer scans
//    on the capture page (ui/archive), like any other business;
//  - business loans.signing under "MQ" + the serial: the signed 面签 session, a package the
//    server builds itself once the last contract is signed (job loans.signing.archive) — the
//    identity checks and the stroke JSONs (application/json), the live photos and the signed
//    contract PDFs, each with its SM3, the manifest signed with the center's SM2 key like every
//    package. signed_contracts.archive_record_id then names the package.
// A separate serial because an archive serial names one package (archive_packages.serial is
// UNIQUE) and the application's own materials keep the plain serial.
namespace hpf::server {

struct ServiceContext;
struct ServerContext;
struct ArchiveRecord;
class JobRunner;

inline constexpr char kSigningArchiveJob[] = "loans.signing.archive";

// "MQ" + the application's serial: the archive serial of its signed session.
QString signingArchiveSerial(const QString &applicationSerial);

// Queues the package job in the caller's transaction (signContract, when the last document is
// signed). Deduplicated per application.
Status queueSigningArchive(ServiceContext &ctx, const QString &applicationSerial);

// Builds and registers the package of the application's signed session; the package id (the
// stored one when archived already). Errors: loan.not_found, loan.step (not signed yet),
// archive.unavailable, archive.integrity (a stored blob no longer matches its digest: it is
// never archived as if it were whole).
Result<qint64> archiveSignedSession(ServiceContext &ctx, const QString &applicationSerial);

// The 档号 of the application's signed session, empty while it is not archived.
Result<QString> signingArchiveNumber(ServiceContext &ctx, qint64 applicationId);

// For findRecord: the loan record behind `serial` (loans.application or loans.signing), nullopt
// when the serial is no loan's. Error archive.unknown_record for a session not signed yet.
Result<std::optional<ArchiveRecord>> loanArchiveRecord(ServiceContext &ctx, const QString &serial);

void registerSigningArchiveJobs(JobRunner &runner, ServerContext &context);

} // namespace hpf::server
