#pragma once

#include "base/result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Reads of personal and judicial data are audited (留痕), not only writes: one record per request
// (operation = the route's, e.g. "persons.find", object = what was asked for, identity numbers
// masked and digested like every record), written after the request in a small transaction of its
// own, so a read stays a read-only transaction and nothing serialises on it. The dispatcher calls
// this for the operations listed in isAuditedRead(); a handler of another route (archives) makes
// its read audited by naming the object with ServiceContext::noteRead().
namespace hpf::server {

struct ServiceContext;

bool isAuditedRead(const QString &operation);

// "account:<n>", "person:<query>", … from the route's path arguments, or its query/body items.
QString readAuditObject(const QString &operation, const QStringList &pathArgs,
                        const QList<QPair<QString, QString>> &items);

// Appends the read's record (outcome "ok" or the error code) in its own transaction.
Status auditRead(const ServiceContext &ctx, const QString &object, const QString &outcome);

} // namespace hpf::server
