#include "widgets/fieldwidth.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QTest>

using namespace hpf::ui;

// fitToChars: an input holds its characters in its own font, not the form's width, and follows
// the font when it changes (the font scale setting).
class TestFieldWidth : public QObject
{
    Q_OBJECT
private slots:
    void fits_data();
    void fits();
};

void TestFieldWidth::fits_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("chars");
    QTest::addColumn<qreal>("fontScale");
    QTest::newRow("account number") << u"line"_qs << chars::accountNumber << 1.0;
    QTest::newRow("identity number at 150 %") << u"line"_qs << chars::identityNumber << 1.5;
    QTest::newRow("amount at 200 %") << u"line"_qs << chars::amount << 2.0;
    QTest::newRow("combo box") << u"combo"_qs << 10 << 1.0;
    QTest::newRow("date box at 200 %") << u"date"_qs << chars::date << 2.0;
    QTest::newRow("one character") << u"line"_qs << 1 << 1.0;
}

void TestFieldWidth::fits()
{
    QFETCH(QString, kind);
    QFETCH(int, chars);
    QFETCH(qreal, fontScale);

    std::unique_ptr<QWidget> input;
    if (kind == u"combo")
        input = std::make_unique<QComboBox>();
    else if (kind == u"date")
        input = std::make_unique<QDateEdit>();
    else
        input = std::make_unique<QLineEdit>();
    fitToChars(input.get(), chars);
    const int before = input->maximumWidth();
    const QString digits(chars, QLatin1Char('8'));
    QVERIFY(before >= input->fontMetrics().horizontalAdvance(digits));
    QCOMPARE(input->minimumWidth(), before);
    QVERIFY2(before < 40 * QFontMetrics(input->font()).horizontalAdvance(QLatin1Char('0')),
             "not the form width");

    QFont bigger = input->font();
    bigger.setPointSizeF(bigger.pointSizeF() * fontScale * 2);
    input->setFont(bigger);
    QVERIFY(input->maximumWidth() > before);
    QVERIFY(input->maximumWidth() >= input->fontMetrics().horizontalAdvance(digits));

    // Fitting again replaces the width (no second follower fighting the first).
    fitToChars(input.get(), chars * 2);
    QVERIFY(input->maximumWidth() >= QFontMetrics(bigger).horizontalAdvance(digits + digits));
    input->setFont(QApplication::font());
    QVERIFY(input->maximumWidth() >= input->fontMetrics().horizontalAdvance(digits + digits));
    QVERIFY(input->maximumWidth() < QFontMetrics(bigger).horizontalAdvance(digits + digits));
}

QTEST_MAIN(TestFieldWidth)
#include "tst_fieldwidth.moc"
