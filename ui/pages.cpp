#include "pages.h"

#include <QCoreApplication>

namespace hpf::ui {

QList<PageInfo> pageTable()
{
    const QStringList lookupRoles{u"teller"_qs,   u"loan_officer"_qs, u"archivist"_qs,
                                  u"judicial"_qs, u"supervisor"_qs,   u"auditor"_qs};
    return {
        {PageId::Lookup, u"1001"_qs, QCoreApplication::translate("hpf::ui::Pages", "Lookup"),
         QKeySequence(Qt::Key_F2), lookupRoles},
        {PageId::Person, u"1002"_qs, QCoreApplication::translate("hpf::ui::Pages", "Personal account"),
         QKeySequence(Qt::Key_F3), lookupRoles},
        {PageId::Unit, u"1003"_qs, QCoreApplication::translate("hpf::ui::Pages", "Unit account"),
         QKeySequence(Qt::Key_F4), lookupRoles},
        {PageId::Freeze,
         u"3001"_qs,
         QCoreApplication::translate("hpf::ui::Pages", "Judicial freeze"),
         QKeySequence(Qt::Key_F6),
         {u"judicial"_qs}},
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
