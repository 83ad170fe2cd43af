#include "domain/codetables.h"
#include "transfer/transfertext.h"
#include "widgets/formsection.h"
#include "withdrawal/withdrawaltext.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>
#include <memory>

using namespace hpf::ui;

// The pieces the judicial, certificate, transfer and withdrawal pages share for issue 19: the
// accessible name a label gives, the buddy of a composite field, sections side by side only where
// they fit, and the words for the codes those pages used to show raw.
class TestDeskForms : public QObject
{
    Q_OBJECT
private slots:
    void buddyLabel_data();
    void buddyLabel();
    void sectionRow_data();
    void sectionRow();
    void sectionShownLater_data();
    void sectionShownLater();
    void instructionReason_data();
    void instructionReason();
    void accountState_data();
    void accountState();
};

void TestDeskForms::buddyLabel_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("name");
    QTest::newRow("named by the label")
        << u"&Reason for rejecting:"_qs << QString() << u"Reason for rejecting"_qs;
    QTest::newRow("a name given first stays")
        << u"Code:"_qs << u"Certificate code"_qs << u"Certificate code"_qs;
    QTest::newRow("Chinese") << u"驳回原因(&R)："_qs << QString() << u"驳回原因"_qs;
}

void TestDeskForms::buddyLabel()
{
    QFETCH(QString, label);
    QFETCH(QString, given);
    QFETCH(QString, name);
    QWidget page;
    auto *input = new QLineEdit(&page);
    input->setAccessibleName(given);
    QLabel *l = hpf::ui::buddyLabel(label, input, &page);
    QCOMPARE(l->buddy(), input);
    QCOMPARE(l->text(), label);
    QCOMPARE(input->accessibleName(), name);
}

void TestDeskForms::sectionRow_data()
{
    QTest::addColumn<QList<int>>("widths"); // each section's minimum width; negative: hidden
    QTest::addColumn<int>("rowWidth");
    QTest::addColumn<bool>("sideBySide");
    QTest::newRow("wide: side by side") << QList<int>{300, 300} << 900 << true;
    QTest::newRow("narrow: one under the other") << QList<int>{300, 300} << 450 << false;
    QTest::newRow("just too narrow") << QList<int>{300, 300} << 598 << false;
    QTest::newRow("three of them, room for two") << QList<int>{250, 250, 250} << 600 << false;
    QTest::newRow("three of them, room for three") << QList<int>{250, 250, 250} << 1000 << true;
    QTest::newRow("a hidden one takes no room") << QList<int>{300, -300} << 400 << true;
    QTest::newRow("one section") << QList<int>{500} << 520 << true;
}

void TestDeskForms::sectionRow()
{
    QFETCH(QList<int>, widths);
    QFETCH(int, rowWidth);
    QFETCH(bool, sideBySide);

    QWidget window;
    auto *row = new SectionRow(&window);
    QList<QWidget *> shown;
    int widest = 0;
    for (const int w : widths) {
        auto *section = new QWidget(row);
        section->setMinimumSize(std::abs(w), 50);
        row->addSection(section);
        if (w < 0) {
            section->hide();
            continue;
        }
        shown << section;
        widest = std::max(widest, w);
    }
    // Never more than the widest section: a narrow window stacks them instead of clipping.
    QCOMPARE(row->minimumSizeHint().width(), widest);
    window.resize(rowWidth, 600);
    row->setGeometry(0, 0, rowWidth, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::sendPostedEvents();
    row->layout()->activate();

    for (qsizetype i = 1; i < shown.size(); ++i) {
        const QRect a = shown.at(i - 1)->geometry();
        const QRect b = shown.at(i)->geometry();
        if (sideBySide) {
            QCOMPARE(b.top(), a.top());
            QVERIFY2(b.left() > a.right(), qPrintable(u"section %1 overlaps"_qs.arg(i)));
        } else {
            QVERIFY2(b.top() > a.bottom(), qPrintable(u"section %1 is not under the one before"_qs.arg(i)));
        }
    }
    for (const QWidget *section : shown) // none is squeezed below its minimum
        QVERIFY(section->width() >= section->minimumWidth());
}

void TestDeskForms::sectionShownLater_data()
{
    QTest::addColumn<int>("rowWidth");
    QTest::addColumn<bool>("sideBySide");
    QTest::newRow("no room: goes under") << 400 << false;
    QTest::newRow("room: goes beside") << 900 << true;
}

// The withdrawal page shows its evidence section only for the types that need one: the row
// decides again when a section appears, without a resize.
void TestDeskForms::sectionShownLater()
{
    QFETCH(int, rowWidth);
    QFETCH(bool, sideBySide);
    QWidget window;
    auto *row = new SectionRow(&window);
    auto *first = new QWidget(row);
    auto *later = new QWidget(row);
    for (QWidget *section : {first, later}) {
        section->setMinimumSize(300, 50);
        row->addSection(section);
    }
    later->hide();
    row->setGeometry(0, 0, rowWidth, 400);
    window.resize(rowWidth, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    later->show();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(); // the direction's own layout request
    row->layout()->activate();
    if (sideBySide)
        QCOMPARE(later->geometry().top(), first->geometry().top());
    else
        QVERIFY(later->geometry().top() > first->geometry().bottom());
    QVERIFY(later->width() >= 300);
}

void TestDeskForms::instructionReason_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("text");
    QTest::newRow("owns a home") << u"own_home"_qs << u"the person is found to own a home"_qs;
    QTest::newRow("last month") << u"end_month"_qs << u"the last month is paid"_qs;
    QTest::newRow("closed") << u"account_closed"_qs << u"the account is closed"_qs;
    QTest::newRow("state") << u"account_state"_qs << u"the account's state does not allow payments"_qs;
    QTest::newRow("not enough") << u"insufficient_available"_qs << u"not enough available balance"_qs;
    QTest::newRow("typed by a teller") << u"租房合同提前解除"_qs << u"租房合同提前解除"_qs;
    QTest::newRow("a code-like typed reason") << u"own_home2"_qs << u"own_home2"_qs;
    QTest::newRow("none") << QString() << QString();
}

void TestDeskForms::instructionReason()
{
    QFETCH(QString, reason);
    QFETCH(QString, text);
    QCOMPARE(WithdrawalText::instructionReason(reason), text);
}

void TestDeskForms::accountState_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("known");
    for (const hpf::codes::Entry &e : hpf::codes::accountStates().entries) {
        const QString code = QString::fromUtf16(e.code);
        QTest::addRow("%s", qPrintable(code)) << code << true;
    }
    QTest::newRow("unknown") << u"98"_qs << false;
    QTest::newRow("a word") << u"active"_qs << false;
}

// What the certificate pages and the judicial desk now show for an account's state: the code
// table's label in the UI language, never the bare code.
void TestDeskForms::accountState()
{
    QFETCH(QString, code);
    QFETCH(bool, known);
    const QString text = TransferText::accountState(code);
    QVERIFY(!text.isEmpty());
    QVERIFY2(text != code, qPrintable(text));
    if (known)
        QCOMPARE(text, hpf::codes::accountStates().label(code, TransferText::codeLanguage()));
    else
        QVERIFY2(text.contains(code), qPrintable(text)); // "unknown code 98": the teller can report it
    QVERIFY(TransferText::accountState(QString()).isEmpty());
}

QTEST_MAIN(TestDeskForms)
#include "tst_deskforms.moc"
