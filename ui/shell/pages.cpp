#include "shell/pages.h"

#include <QCoreApplication>

namespace hpf::ui {

QList<PageInfo> pageTable()
{
    const QStringList lookupRoles{u"teller"_qs,   u"loan_officer"_qs, u"archivist"_qs,
                                  u"judicial"_qs, u"supervisor"_qs,   u"auditor"_qs};
    // In the order of the codes: the navigation lists them so.
    return {
        {PageId::Lookup, u"1001"_qs, QCoreApplication::translate("hpf::ui::Pages", "Lookup"),
         QKeySequence(Qt::Key_F2), lookupRoles},
        {PageId::Person, u"1002"_qs, QCoreApplication::translate("hpf::ui::Pages", "Personal account"),
         QKeySequence(Qt::Key_F3), lookupRoles},
        {PageId::Unit, u"1003"_qs, QCoreApplication::translate("hpf::ui::Pages", "Unit account"),
         QKeySequence(Qt::Key_F4), lookupRoles},
        {PageId::UnitOpening,
         u"2001"_qs,
         QCoreApplication::translate("hpf::ui::Pages", "Unit account opening"),
         QKeySequence(Qt::ALT | Qt::Key_1),
         {u"teller"_qs}},
        {PageId::PersonOpening,
         u"2002"_qs,
         QCoreApplication::translate("hpf::ui::Pages", "Personal account opening"),
         QKeySequence(Qt::Key_F7),
         {u"teller"_qs}},
        {PageId::FlexibleOpening,
         u"2003"_qs,
         QCoreApplication::translate("hpf::ui::Pages", "Flexible-employment opening"),
         QKeySequence(Qt::ALT | Qt::Key_3),
         {u"teller"_qs}},
        {PageId::EmployeeList,
         u"2004"_qs,
         QCoreApplication::translate("hpf::ui::Pages", "Employee list import"),
         QKeySequence(Qt::ALT | Qt::Key_4),
         {u"teller"_qs}},
        {PageId::Seal,
         u"2005"_qs,
         QCoreApplication::translate("hpf::ui::Pages", "Seal / unseal"),
         QKeySequence(Qt::ALT | Qt::Key_5),
         {u"teller"_qs}},
        {PageId::Receipts,
         u"2006"_qs,
         QCoreApplication::translate("hpf::ui::Pages", "Receipt reprint"),
         QKeySequence(Qt::ALT | Qt::Key_6),
         {u"teller"_qs, u"supervisor"_qs}},
        {PageId::Freeze,
         u"3001"_qs,
         QCoreApplication::translate("hpf::ui::Pages", "Judicial freeze"),
         QKeySequence(Qt::Key_F6),
         {u"judicial"_qs}},
        {PageId::CertificateIssue,
         u"4001"_qs,
         QCoreApplication::translate("hpf::ui::Pages", "Issue certificate"),
         QKeySequence(Qt::Key_F8),
         {u"teller"_qs}},
        {PageId::CertificateBatch,
         u"4002"_qs,
         QCoreApplication::translate("hpf::ui::Pages", "Batch certificates"),
         QKeySequence(Qt::SHIFT | Qt::Key_F8),
         {u"teller"_qs}},
        {PageId::CertificateVerify,
         u"4003"_qs,
         QCoreApplication::translate("hpf::ui::Pages", "Verify certificate"),
         QKeySequence(Qt::Key_F9),
         {u"teller"_qs, u"loan_officer"_qs, u"supervisor"_qs, u"auditor"_qs}},
    };
}

const PageInfo *findPageByCode(const QList<PageInfo> &pages, const QString &code)
{
    for (const PageInfo &p : pages) {
        if (p.code == code.trimmed())
            return &p;
    }
    return nullptr;
}

} // namespace hpf::ui
