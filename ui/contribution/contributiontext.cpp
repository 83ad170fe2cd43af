#include "contribution/contributiontext.h"

#include "domain/codetables.h"
#include "transfer/transfertext.h"

#include <QDate>
#include <QTableWidget>

namespace hpf::ui {

QString ContributionText::exclusionReason(const QString &reason, const QString &firstMonth)
{
    if (reason == u"first_month_later")
        return tr("Not yet: this person's first deposit month is %1").arg(firstMonth);
    if (reason == u"sealed")
        return tr("Account sealed (封存)");
    if (reason == u"frozen_state")
        return tr("Account frozen (冻结)");
    if (reason == u"closed")
        return tr("Account closed");
    if (reason == u"deferred")
        return tr("Deferred (缓缴)");
    return tr("Left out (%1)").arg(reason);
}

QString ContributionText::clamp(const QString &clamp)
{
    if (clamp == u"floor")
        return tr("Raised to the floor");
    if (clamp == u"ceiling")
        return tr("Lowered to the ceiling");
    return {};
}

QString ContributionText::deferralStatus(const QString &status)
{
    if (status == u"approved")
        return tr("Approved");
    if (status == u"ended")
        return tr("Ended");
    return status;
}

QString ContributionText::runStatus(const QString &status)
{
    if (status == u"queued")
        return tr("Queued");
    if (status == u"running")
        return tr("Running");
    if (status == u"done")
        return tr("Posted");
    return status;
}

QList<QPair<QString, QString>> ContributionText::backPayReasons()
{
    QList<QPair<QString, QString>> out;
    const QString language = TransferText::codeLanguage();
    for (const codes::Entry &e : codes::backPayReasons().entries) {
        const QString code = QString::fromUtf16(e.code);
        out.append({code, codes::backPayReasons().label(code, language)});
    }
    return out;
}

bool ContributionText::backPayTakesDifference(const QString &reason)
{
    return reason == u"02" || reason == u"04";
}

QString ContributionText::currentMonth()
{
    return QDate::currentDate().toString(u"yyyy-MM"_qs);
}

void ContributionText::setCell(QTableWidget *table, int row, int column, const QString &text, bool error)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (error)
        item->setForeground(QColor(0xb0, 0x00, 0x20));
    table->setItem(row, column, item);
}

} // namespace hpf::ui
