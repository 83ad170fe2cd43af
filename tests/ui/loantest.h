#pragma once

// Helpers shared by the loan desk tests (tst_loandesk 7001/7002, tst_loansigning 7003 and
// tst_loandone, the whole story): keyboard choices in combos, the borrower row typed as a
// counter officer types it, the fed camera's picture and synthetic pen strokes.

#include "guitest.h"
#include "loan/applicationpage.h"
#include "loan/approvalpage.h"
#include "serverfixture.h"
#include "shell/mainwindow.h"
#include "widgets/signaturepad.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

namespace hpf::test {

// Chooses the combo's entry with `data` by keyboard (Home, then Down).
inline bool choose(QComboBox *combo, const QVariant &data)
{
    const int at = combo->findData(data);
    if (at < 0)
        return false;
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < at; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentIndex() == at;
}

// Half-width digits as an input method's full-width ones ("６２０１…").
inline QString fullWidth(const QString &text)
{
    QString out;
    for (const QChar c : text)
        out.append(c.isDigit() ? QChar(0xFF10 + c.digitValue()) : c);
    return out;
}

// A face-ish picture the fed camera returns.
inline QImage cameraImage()
{
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(QColor(200, 220, 240));
    QPainter p(&image);
    p.setBrush(QColor(230, 190, 160));
    p.drawEllipse(QPoint(320, 200), 110, 140);
    return image;
}

// A short signature by mouse: two strokes across the pad.
inline void sign(hpf::ui::SignaturePad *pad)
{
    QTest::mousePress(pad, Qt::LeftButton, {}, QPoint(30, 60));
    QTest::mouseMove(pad, QPoint(90, 110), 20);
    QTest::mouseMove(pad, QPoint(160, 70), 20);
    QTest::mouseRelease(pad, Qt::LeftButton, {}, QPoint(200, 120), 20);
    QTest::mousePress(pad, Qt::LeftButton, {}, QPoint(220, 50), 40);
    QTest::mouseMove(pad, QPoint(260, 130), 20);
    QTest::mouseRelease(pad, Qt::LeftButton, {}, QPoint(300, 90), 20);
}

// Opens 7001 signed in as loan1 (banks loaded), or null.
inline hpf::ui::LoanApplicationPage *openLoanApplication(ClientUnderTest &client, const QUrl &server)
{
    hpf::ui::MainWindow *w = signedIn(client, server, QStringLiteral("loan1"));
    if (!w || !w->openCode(QStringLiteral("7001")))
        return nullptr;
    auto *page = w->page<hpf::ui::LoanApplicationPage>();
    if (!page)
        return nullptr;
    // The banks arrive with the reference data (the page lists them again on reset).
    for (int tries = 0; page->bankCombo()->count() == 0 && tries < 50; ++tries) {
        QTest::qWait(200);
        page->reset();
    }
    return page->bankCombo()->count() > 0 ? page : nullptr;
}

// Types the borrower row of `account` (identity in full-width digits, income 20,000.00, no debts,
// credit authorised) and a fund loan for a first home of `amount` over `term` months, 等额本息.
inline void fillLoanBorrower(hpf::ui::LoanApplicationPage *page, const ServerFixture &server,
                             const QString &account, const QString &amount, const QString &term)
{
    const hpf::ui::LoanApplicationPage::PartyRow &borrower = page->partyRows().first();
    // Enter moves across the row: identity, name, income, debts, the authorisation.
    enter(borrower.documentNumber, fullWidth(server.identityOf(account)));
    QTRY_VERIFY(borrower.name->hasFocus());
    enter(borrower.name, server.nameOf(account));
    QTRY_VERIFY(borrower.income->hasFocus());
    enter(borrower.income, QStringLiteral("２０,０００.００"));
    QTRY_VERIFY(borrower.debts->hasFocus());
    enter(borrower.debts, QStringLiteral("0"));
    QTRY_VERIFY(borrower.credit->hasFocus());
    QTest::keyClick(borrower.credit, Qt::Key_Space);
    QVERIFY(borrower.credit->isChecked());
    QTest::keyClick(borrower.credit, Qt::Key_Return);
    // Rows left empty are skipped by nothing but the form: Enter walks them; type straight into the loan.
    QVERIFY(choose(page->kindCombo(), QStringLiteral("fund")));
    enter(page->addressEdit(), QStringLiteral("兰州市城关区庆阳路8号"));
    QTRY_VERIFY(page->priceEdit()->hasFocus());
    enter(page->priceEdit(), QStringLiteral("1,500,000.00"));
    QTRY_VERIFY(page->contractEdit()->hasFocus());
    enter(page->contractEdit(), QStringLiteral("GF-2026-0808"));
    QVERIFY(choose(page->homeOrderCombo(), 1));
    enter(page->amountEdit(), amount);
    QTRY_VERIFY(page->termEdit()->hasFocus());
    enter(page->termEdit(), term);
    QTRY_VERIFY(page->methodCombo()->hasFocus());
    QVERIFY(choose(page->methodCombo(), QStringLiteral("equal_installment")));
}

// F5 on the form: true when the server's check answered (eligible or not).
inline bool runLoanCheck(hpf::ui::LoanApplicationPage *page)
{
    QSignalSpy checked(page, &hpf::ui::LoanApplicationPage::checked);
    QTest::keyClick(page->methodCombo(), Qt::Key_F5);
    return (checked.wait(30000) || !checked.isEmpty()) && checked.last().at(0).toBool();
}

// 7002: chooses the status filter, then the application `serial` in the list, and presses Enter.
inline bool openForApproval(hpf::ui::LoanApprovalPage *page, const QString &status, const QString &serial)
{
    QSignalSpy listed(page, &hpf::ui::LoanApprovalPage::listed);
    if (page->statusCombo()->currentData().toString() != status) {
        if (!choose(page->statusCombo(), status) || !(listed.wait(10000) || !listed.isEmpty()))
            return false;
    } else {
        page->reload();
        if (!listed.wait(10000))
            return false;
    }
    QListWidget *list = page->list();
    int row = -1;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == serial)
            row = i;
    }
    if (row < 0)
        return false;
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home);
    for (int i = 0; i < row; ++i)
        QTest::keyClick(list, Qt::Key_Down);
    QSignalSpy opened(page, &hpf::ui::LoanApprovalPage::opened);
    QTest::keyClick(list, Qt::Key_Return);
    return (opened.wait(10000) || !opened.isEmpty()) && opened.last().at(0).toBool() && page->current() &&
           page->current()->serial == serial;
}

// 7002: presses Alt+`key` (R 审核, P 批准) and waits for the step's answer.
inline bool approvalStep(hpf::ui::LoanApprovalPage *page, Qt::Key key)
{
    QSignalSpy finished(page, &hpf::ui::LoanApprovalPage::stepFinished);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : page, key, Qt::AltModifier);
    if (!(finished.wait(10000) || !finished.isEmpty()))
        return false;
    // After a refusal the page reads the application again: wait until it shows it.
    QTest::qWait(300);
    return finished.last().at(0).toBool();
}

} // namespace hpf::test
