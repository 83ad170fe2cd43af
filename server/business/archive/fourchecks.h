#pragma once

#include "base/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The 四性 checks of an archive package (DA/T 70): authenticity, integrity, usability and
// security, over the package row, its file rows and the blob store. A failed check is an item with
// passed = false, never an error: only a missing package or a database failure is.
namespace hpf::server {

struct ServiceContext;
struct CheckItem
{
    QString aspect; // authenticity | integrity | usability | security
    QString check;  // a stable code, e.g. "signature", "file.sm3"
    QString file;   // empty: the package as a whole
    bool passed = false;
    QString detail;
};

struct CheckReport
{
    qint64 id = 0;
    qint64 packageId = 0;
    QString archiveNumber;
    QDateTime at;
    QString by; // username, or "job"
    bool passed = false;
    QList<CheckItem> items;
    QJsonObject toJson() const;
    QStringList failedChecks() const;
};

// Runs every check of `packageId` (archive.unknown_package when there is none).
Result<CheckReport> runFourChecks(ServiceContext &ctx, qint64 packageId);
// Runs and stores a report (inside the caller's transaction), audited as archive.check.
Result<CheckReport> checkAndRecord(ServiceContext &ctx, qint64 packageId, const QString &by);
// Newest first.
Result<QList<CheckReport>> listChecks(ServiceContext &ctx, qint64 packageId);
// Packages whose last check is older than `days` (or never checked), oldest first, at most `limit`.
Result<QList<qint64>> packagesDue(ServiceContext &ctx, int days, int limit);

} // namespace hpf::server
