#include "audit/auditpage.h"
#include "domain/codetables.h"
#include "items/jsontablemodel.h"
#include "lookup/lookuptext.h"
#include "transfer/transfertext.h"
#include "widgets/formsection.h"

#include <QApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>

using namespace hpf;
using namespace hpf::ui;

// Issue 19: codes on the pages 1001–2202 and 9001 read as their display text, never as the code;
// the form helpers name inputs after their labels and put sections side by side only when they fit.
class TestCodeText : public QObject
{
    Q_OBJECT
private slots:
    void holdKind_data();
    void holdKind();
    void holdStatus_data();
    void holdStatus();
    void accountState_data();
    void accountState();
    void auditOutcome_data();
    void auditOutcome();
    void proxyShowsText_data();
    void proxyShowsText();
    void accessibleName_data();
    void accessibleName();
    void labelInput();
    void sectionColumns_data();
    void sectionColumns();
};

void TestCodeText::holdKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::newRow("judicial") << u"judicial"_qs << u"Judicial freeze"_qs;
    QTest::newRow("loan security") << u"loan_security"_qs << u"Loan security hold"_qs;
    // A kind this client does not know yet stays readable rather than empty.
    QTest::newRow("unknown kind") << u"tax_office"_qs << u"tax_office"_qs;
    QTest::newRow("empty") << QString() << QString();
}

void TestCodeText::holdKind()
{
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QCOMPARE(LookupText::holdKind(kind), text);
}

void TestCodeText::holdStatus_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("text");
    QTest::newRow("active") << u"active"_qs << u"In effect"_qs;
    QTest::newRow("waiting") << u"waiting"_qs << u"Queued"_qs;
    QTest::newRow("released") << u"released"_qs << u"Released"_qs;
    QTest::newRow("expired") << u"expired"_qs << u"Expired"_qs;
    QTest::newRow("lapsed") << u"lapsed"_qs << u"Lapsed"_qs;
    QTest::newRow("deducted") << u"deducted"_qs << u"Fully deducted"_qs;
    QTest::newRow("case differs") << u"Active"_qs << u"Active"_qs;
    QTest::newRow("unknown") << u"paused"_qs << u"paused"_qs;
}

void TestCodeText::holdStatus()
{
    QFETCH(QString, status);
    QFETCH(QString, text);
    QCOMPARE(LookupText::holdStatus(status), text);
}

void TestCodeText::accountState_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("unit");
    QTest::addColumn<QString>("zh");
    QTest::newRow("normal") << u"01"_qs << false << u"正常"_qs;
    QTest::newRow("sealed") << u"02"_qs << false << u"封存"_qs;
    QTest::newRow("closed by withdrawal") << u"05"_qs << false << u"提取销户"_qs;
    QTest::newRow("frozen") << u"06"_qs << false << u"冻结"_qs;
    QTest::newRow("unit open") << u"01"_qs << true << u"正常"_qs;
    QTest::newRow("unit deferred") << u"03"_qs << true << u"缓缴"_qs;
    QTest::newRow("unit other (flexible employment)") << u"99"_qs << true << u"其他"_qs;
    QTest::newRow("no state yet") << QString() << false << QString();
}

void TestCodeText::accountState()
{
    QFETCH(QString, code);
    QFETCH(bool, unit);
    QFETCH(QString, zh);
    const QString text = unit ? LookupText::unitState(code) : LookupText::accountState(code);
    const codes::Table &table = unit ? codes::unitAccountStates() : codes::accountStates();
    QCOMPARE(text, code.isEmpty() ? QString() : table.label(code, TransferText::codeLanguage()));
    if (!code.isEmpty()) {
        QVERIFY(text != code);
        QCOMPARE(table.label(code, u"zh"), zh);
    }
}

void TestCodeText::auditOutcome_data()
{
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("contains");
    QTest::addColumn<bool>("keepsCode");
    QTest::newRow("ok") << u"ok"_qs << u"Done"_qs << false;
    QTest::newRow("queued job") << u"queued"_qs << u"Queued"_qs << false;
    QTest::newRow("started job") << u"started"_qs << u"Started"_qs << false;
    QTest::newRow("archive chunk") << u"chunk"_qs << u"Part received"_qs << false;
    QTest::newRow("refused sign-in") << u"auth.invalid_credentials"_qs << u"(auth.invalid_credentials)"_qs
                                     << true;
    QTest::newRow("unknown code") << u"made.up"_qs << u"made.up"_qs << true;
    QTest::newRow("empty") << QString() << QString() << false;
}

void TestCodeText::auditOutcome()
{
    QFETCH(QString, outcome);
    QFETCH(QString, contains);
    QFETCH(bool, keepsCode);
    const QString text = AuditPage::outcomeText(outcome);
    QVERIFY2(text.contains(contains), qPrintable(text));
    if (keepsCode)
        QVERIFY2(text != outcome && text.contains(outcome), qPrintable(text)); // words and the code
    else if (!outcome.isEmpty())
        QVERIFY2(!text.contains(outcome), qPrintable(text));
}

void TestCodeText::proxyShowsText_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("status");
    QTest::newRow("judicial, in effect") << u"judicial"_qs << u"active"_qs;
    QTest::newRow("loan security, released") << u"loan_security"_qs << u"released"_qs;
    QTest::newRow("restricted (no status sent)") << u"judicial"_qs << QString();
}

void TestCodeText::proxyShowsText()
{
    QFETCH(QString, kind);
    QFETCH(QString, status);
    client::JsonTableModel model(nullptr, {{u"kind"_qs, u"Kind"_qs}, {u"status"_qs, u"Status"_qs}});
    QJsonObject item{{u"kind"_qs, kind}};
    if (!status.isEmpty())
        item.insert(u"status"_qs, status);
    model.setItems(QJsonArray{item, QJsonObject{{u"kind"_qs, u"loan_security"_qs}}});
    CodeTextProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setColumnText(0, &LookupText::holdKind);
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(proxy.index(0, 0).data().toString(), LookupText::holdKind(kind));
    QVERIFY(proxy.index(0, 0).data().toString() != kind);
    // A column without a text function shows the model's own cell.
    QCOMPARE(proxy.index(0, 1).data().toString(), model.index(0, 1).data().toString());
    QCOMPARE(proxy.index(1, 0).data().toString(), LookupText::holdKind(u"loan_security"_qs));
    // Other roles pass through (the raw code stays available to code that needs it).
    QCOMPARE(proxy.index(0, 0).data(client::JsonTableModel::RawRole),
             model.index(0, 0).data(client::JsonTableModel::RawRole));
}

void TestCodeText::accessibleName_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("name");
    QTest::newRow("colon") << u"Unit account:"_qs << u"Unit account"_qs;
    QTest::newRow("mnemonic") << u"Document &number:"_qs << u"Document number"_qs;
    QTest::newRow("full-width colon") << u"单位名称："_qs << u"单位名称"_qs;
    QTest::newRow("literal ampersand") << u"Save && close:"_qs << u"Save & close"_qs;
    QTest::newRow("spaces around") << u"  Reason :  "_qs << u"Reason"_qs;
    QTest::newRow("no colon") << u"Memo"_qs << u"Memo"_qs;
    QTest::newRow("Chinese mnemonic") << u"单位名称(&U)："_qs << u"单位名称"_qs;
    QTest::newRow("mnemonic first") << u"&Account:"_qs << u"Account"_qs;
    QTest::newRow("two colons") << u"Ratio::"_qs << u"Ratio"_qs;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only a colon") << u":"_qs << QString();
}

void TestCodeText::accessibleName()
{
    QFETCH(QString, label);
    QFETCH(QString, name);
    QCOMPARE(accessibleNameOf(label), name);
}

void TestCodeText::labelInput()
{
    // A composite field (an input with a note under it): the row label points at the input inside.
    QWidget page;
    auto *form = new QFormLayout(&page);
    auto *field = new QWidget(&page);
    auto *inner = new QLineEdit(field);
    auto *other = new QLineEdit(&page);
    form->addRow(u"&Unit account:"_qs, field);
    form->addRow(u"Month:"_qs, other);
    ui::labelInput(form, field, inner);
    auto *label = qobject_cast<QLabel *>(form->labelForField(field));
    QVERIFY(label);
    QCOMPARE(label->buddy(), inner);
    QCOMPARE(inner->accessibleName(), u"Unit account"_qs);
    // A name given on purpose is kept; a field that is not in the form changes nothing.
    other->setAccessibleName(u"Deposit month"_qs);
    ui::labelInput(form, other, other);
    QCOMPARE(other->accessibleName(), u"Deposit month"_qs);
    auto *stray = new QLineEdit(&page);
    ui::labelInput(form, stray, stray);
    QVERIFY(stray->accessibleName().isEmpty());
}

void TestCodeText::sectionColumns_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("sideBySide");
    QTest::newRow("wide") << 1200 << true;
    QTest::newRow("narrow") << 300 << false;
}

void TestCodeText::sectionColumns()
{
    QFETCH(int, width);
    QFETCH(bool, sideBySide);
    // Inside a page, as on the forms (a window would take the side-by-side minimum as its own).
    QWidget page;
    auto *pageLayout = new QVBoxLayout(&page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    auto &columns = *new SectionColumns(&page);
    pageLayout->addWidget(&columns);
    QGroupBox *left = formSection(u"Unit"_qs, &columns);
    QGroupBox *right = formSection(u"Deposit"_qs, &columns);
    auto *a = new QLineEdit(left);
    a->setFixedWidth(250);
    sectionForm(left)->addRow(u"Unit account:"_qs, a);
    auto *b = new QLineEdit(right);
    b->setFixedWidth(250);
    sectionForm(right)->addRow(u"Wage base:"_qs, b);
    columns.addLeft(left);
    columns.addRight(right);
    // Its minimum is one column: the page never needs both side by side.
    QVERIFY(columns.minimumSizeHint().width() <
            left->minimumSizeHint().width() + right->minimumSizeHint().width());
    QVERIFY(columns.minimumSizeHint().width() >=
            std::max(left->minimumSizeHint().width(), right->minimumSizeHint().width()));
    page.resize(std::max(width, columns.minimumSizeHint().width()), 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(columns.isSideBySide(), sideBySide);
    const QPoint l = left->mapTo(&columns, QPoint(0, 0));
    const QPoint r = right->mapTo(&columns, QPoint(0, 0));
    const int stackedHeight = left->minimumSizeHint().height() + right->minimumSizeHint().height();
    if (sideBySide) {
        QCOMPARE(l.y(), r.y());
        QVERIFY(r.x() > l.x());
        // No gap below the sections: the page needs only the higher column's height.
        QVERIFY(columns.minimumSizeHint().height() < stackedHeight);
    } else {
        QCOMPARE(l.x(), r.x());
        QVERIFY(r.y() > l.y());
        QVERIFY(columns.minimumSizeHint().height() >= stackedHeight);
    }
    // Made narrow after being wide (or wide after narrow): it rearranges.
    page.resize(sideBySide ? columns.minimumSizeHint().width() : 1200, 600);
    QTRY_COMPARE(columns.isSideBySide(), !sideBySide);
}

QTEST_MAIN(TestCodeText)
#include "tst_codetext.moc"
