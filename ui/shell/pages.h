#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>
#include <QStringList>

namespace hpf::ui {

enum class PageId {
    Lookup,            // 1001
    Person,            // 1002
    Unit,              // 1003
    UnitOpening,       // 2001
    PersonOpening,     // 2002
    FlexibleOpening,   // 2003
    EmployeeList,      // 2004
    Seal,              // 2005
    Receipts,          // 2006
    Freeze,            // 3001
    CertificateIssue,  // 4001
    CertificateBatch,  // 4002
    CertificateVerify, // 4003
};

// One business screen: its transaction code (typed in the code box), shortcut and the roles that
// may open it. The navigation and the code box show only what the signed-in role may do.
struct PageInfo
{
    PageId id;
    QString code;  // e.g. "1001"
    QString title; // translated
    QKeySequence shortcut;
    QStringList roles;
    bool allows(const QString &role) const { return roles.contains(role); }
};

// The table of pages (titles translated at call time).
QList<PageInfo> pageTable();
const PageInfo *findPageByCode(const QList<PageInfo> &pages, const QString &code);

} // namespace hpf::ui
