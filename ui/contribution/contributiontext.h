#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

class QTableWidget;

namespace hpf::ui {

// What the contribution pages (2101–2105) say about the server's codes: why a person is left out
// of a month, how a base was clamped, a deferral's or an interest run's status, the 补缴 reasons of
// the code table. One place, so the pages and their tests read the same words.
class ContributionText
{
    Q_DECLARE_TR_FUNCTIONS(hpf::ui::ContributionText)
public:
    // first_month_later (with the person's first month), sealed, frozen_state, … (the code itself
    // when this client does not know it).
    static QString exclusionReason(const QString &reason, const QString &firstMonth);
    static QString clamp(const QString &clamp);
    static QString deferralStatus(const QString &status);
    static QString runStatus(const QString &status);
    // The code table back_pay_reason in the interface language: (code, label) in code order.
    static QList<QPair<QString, QString>> backPayReasons();
    // Reasons 02 and 04 top up a month already paid: the row gives the difference, not a base.
    static bool backPayTakesDifference(const QString &reason);
    // The current month as "YYYY-MM".
    static QString currentMonth();
    // A read-only table cell.
    static void setCell(QTableWidget *table, int row, int column, const QString &text, bool error = false);
};

} // namespace hpf::ui
