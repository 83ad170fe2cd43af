#pragma once

#include <QString>
#include <QStringList>

// Roles and permissions: the one table client and server both use. The server authorises every
// route by its operation name against this table; the client shows a page only to the roles allowed
// the page's permission. A name not in the table is allowed to nobody (fail closed).
namespace hpf::access {

namespace role {
inline const QString teller = QStringLiteral("teller");
inline const QString loanOfficer = QStringLiteral("loan_officer");
inline const QString archivist = QStringLiteral("archivist");
inline const QString judicial = QStringLiteral("judicial");
inline const QString supervisor = QStringLiteral("supervisor");
inline const QString auditor = QStringLiteral("auditor");
inline const QString admin = QStringLiteral("admin");
} // namespace role

// Every role, in a stable order.
QStringList allRoles();
bool isRole(const QString &name);

// Who may do `permission` (an operation name such as "openings.unit" or a desk permission such as
// "desk.certificateVerify"). Empty for a public operation and for an unknown name; use isPublic()
// and isKnown() to tell them apart.
QStringList rolesFor(const QString &permission);
bool isKnown(const QString &permission);
bool isPublic(const QString &permission);
bool allows(const QString &role, const QString &permission);

// Every permission in the table, for tests that check coverage.
QStringList permissions();

} // namespace hpf::access
