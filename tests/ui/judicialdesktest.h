#pragma once

#include "guitest.h"
#include "judicial/deskpage.h"
#include "judicial/receiptprint.h"
#include "judicial/requestform.h"
#include "shell/grantdialog.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "widgets/documentprinter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QLineEdit>
#include <QPair>
#include <QPushButton>
#include <QSignalSpy>
#include <optional>

// The judicial desk (3001) driven as an officer does: keys only. Shared by the client suites that
// register freezes (tst_judicialdesk, tst_gui, tst_archiveserver).
namespace hpf::test {

using Papers = QList<QPair<QString, QString>>; // request path → what is typed ("x" ticks a box)

// The court's papers of a freeze, renew, unfreeze or deduct: court and documents, two officers.
inline Papers courtPapers(const QString &court, const QString &caseNumber)
{
    const QString day = QDate::currentDate().addDays(-3).toString(Qt::ISODate);
    return {{u"courtCode"_qs, court},
            {u"caseNumber"_qs, caseNumber},
            {u"ruling.number"_qs, caseNumber},
            {u"ruling.date"_qs, day},
            {u"notice.number"_qs, caseNumber + u"之一"_qs},
            {u"notice.date"_qs, day},
            {u"officers[0].name"_qs, u"李明"_qs},
            {u"officers[0].workCard"_qs, u"W0105001"_qs},
            {u"officers[0].dutyCard"_qs, u"Z0105001"_qs},
            {u"officers[1].name"_qs, u"王强"_qs},
            {u"officers[1].workCard"_qs, u"W0105002"_qs},
            {u"officers[1].dutyCard"_qs, u"Z0105002"_qs}};
}

inline Papers freezePapers(const QString &court, const QString &caseNumber, const QString &amount)
{
    Papers p = courtPapers(court, caseNumber);
    const QDate start = QDate::currentDate().addDays(-1);
    p.append({u"wholeBalance"_qs, amount.isEmpty() ? u"x"_qs : QString()});
    if (!amount.isEmpty())
        p.append({u"amountFen"_qs, amount});
    p.append({u"startDate"_qs, start.toString(Qt::ISODate)});
    p.append({u"endDate"_qs, start.addYears(1).toString(Qt::ISODate)});
    return p;
}

// Types `papers` into the form from its first input, Enter after each; the navigator must reach
// exactly the next input every time, and the Enter in the last one submits. Returns an empty string
// or what went wrong.
inline QString typePapers(hpf::ui::JudicialDeskPage *desk, const Papers &papers)
{
    hpf::ui::JudicialRequestForm *form = desk->form();
    for (const auto &[path, value] : papers) {
        QWidget *input = form->input(path);
        if (!input)
            return u"no input "_qs + path;
        if (QApplication::focusWidget() != input)
            return u"Enter did not reach "_qs + path + u", focus on "_qs +
                   (QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : u"nothing"_qs);
        if (auto *edit = qobject_cast<QLineEdit *>(input)) {
            edit->selectAll();
            if (value.isEmpty())
                QTest::keyClick(edit, Qt::Key_Delete);
            typeText(edit, value);
        } else if (auto *box = qobject_cast<QComboBox *>(input)) {
            // Keyboard search in the list; a search typed within the keyboard input interval of the
            // previous one would continue it, so the officer's pause is kept.
            QTest::qWait(QApplication::keyboardInputInterval() + 50);
            typeText(box, value);
            if (!box->currentText().contains(value))
                return u"the list "_qs + path + u" did not find "_qs + value;
        } else if (auto *check = qobject_cast<QCheckBox *>(input)) {
            if (check->isChecked() != !value.isEmpty())
                QTest::keyClick(check, Qt::Key_Space);
        }
        QTest::keyClick(input, Qt::Key_Return);
    }
    return {};
}

// The supervisor authorises at the officer's screen.
inline bool authorise(hpf::ui::GrantDialog *g)
{
    if (!g)
        return false;
    g->supervisorEdit()->setFocus();
    typeText(g->supervisorEdit(), u"supervisor1"_qs);
    typeText(g->passwordEdit(), u"train-supervisor1"_qs);
    QTest::keyClick(g->passwordEdit(), Qt::Key_Return);
    return true;
}

// Searches `account` on the desk by keyboard and waits for its freezes.
inline bool searchAccount(hpf::ui::JudicialDeskPage *desk, const QString &account)
{
    QSignalSpy loaded(desk, &hpf::ui::JudicialDeskPage::loaded);
    desk->accountEdit()->setFocus();
    desk->accountEdit()->selectAll();
    typeText(desk->accountEdit(), account);
    QTest::keyClick(desk->accountEdit(), Qt::Key_Return);
    return loaded.wait(15000) || !loaded.isEmpty();
}

// Starts `action` on the selected freeze by keyboard, types `papers`, lets the supervisor
// authorise; the outcome, or nullopt (with a warning saying why).
inline std::optional<hpf::client::api::JudicialOutcome> runDeskAction(hpf::ui::MainWindow *w,
                                                                      hpf::ui::JudicialDeskPage *desk,
                                                                      QPushButton *action,
                                                                      const Papers &papers)
{
    if (!action->isEnabled()) {
        qWarning("action %s is disabled", qPrintable(action->objectName()));
        return std::nullopt;
    }
    action->setFocus();
    QTest::keyClick(action, Qt::Key_Space);
    if (!QTest::qWaitFor([&] { return desk->form()->isVisible(); }, 5000)) {
        qWarning("no form");
        return std::nullopt;
    }
    auto *court = qobject_cast<QComboBox *>(desk->form()->input(u"courtCode"_qs));
    if (!QTest::qWaitFor([&] { return court->count() > 1; }, 15000)) {
        qWarning("courts not loaded: %s", qPrintable(desk->statusText()));
        return std::nullopt;
    }
    const QString typed = hpf::test::typePapers(desk, papers);
    if (!typed.isEmpty()) {
        qWarning("%s", qPrintable(typed));
        return std::nullopt;
    }
    if (!QTest::qWaitFor([&] { return desk->grantDialog() && desk->grantDialog()->isVisible(); }, 5000)) {
        qWarning("no grant dialog: %s", qPrintable(desk->statusText()));
        return std::nullopt;
    }
    QSignalSpy done(desk, &hpf::ui::JudicialDeskPage::succeeded);
    hpf::test::authorise(desk->grantDialog());
    if (!done.wait(20000) && done.isEmpty()) {
        qWarning("not done: %s", qPrintable(desk->statusText()));
        return std::nullopt;
    }
    w->activateWindow();
    (void)QTest::qWaitForWindowActive(w);
    QSignalSpy reloaded(desk, &hpf::ui::JudicialDeskPage::loaded);
    (void)(reloaded.wait(15000) || !reloaded.isEmpty()); // the freezes as they are now
    return done.first().first().value<client::api::JudicialOutcome>();
}

// Saves the 回执 `bar` shows as the PDF `pdf`, rasterises it with poppler and returns what its QR
// holds, read by zbarimg (or what went wrong, in angle brackets).
inline QString receiptQr(hpf::ui::MainWindow *w, hpf::ui::JudicialReceiptBar *bar, const QString &pdf)
{
    if (!bar->isVisible())
        return u"<no receipt>"_qs;
    if (!w->printer()->savePdf(bar->printJob(), pdf).ok())
        return u"<pdf failed>"_qs;
    const QString prefix = pdf.chopped(4);
    if (hpf::test::runProgram(u"pdftoppm"_qs,
                              {u"-r"_qs, u"150"_qs, u"-png"_qs, u"-singlefile"_qs, pdf, prefix}) != 0)
        return u"<pdftoppm failed>"_qs;
    QByteArray out;
    if (hpf::test::readQrWithZbar(prefix + u".png"_qs, &out) != 0)
        return u"<no QR found>"_qs;
    return QString::fromUtf8(out).trimmed();
}

} // namespace hpf::test
