#include "session/settings.h"
#include "shell/appearance.h"
#include "shell/settingsdialog.h"
#include "shell/tablelayouts.h"
#include "shell/translations.h"
#include "testsupport.h"
#include "widgets/documentprinter.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <memory>

using namespace hpf;
using namespace hpf::ui;

// The desktop polish that needs no server (issue 19): Qt's own strings in Chinese, the
// high-contrast palette beside the font scale, the PDF's success and failure reports, and the
// shell's column sizing and remembered column layouts.
class TestDesktop : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void qtStringsAreChinese_data();
    void qtStringsAreChinese();
    void qtWidgetsSpeakChinese();
    void contrastRatio_data();
    void contrastRatio();
    void highContrastPalette_data();
    void highContrastPalette();
    void highContrastKeepsTheFontScale();
    void settingsDialogSwitchesContrast();
    void pdfReports_data();
    void pdfReports();
    void tableColumns_data();
    void tableColumns();
};

namespace {

const QRegularExpression kChinese(u"[\\x{4e00}-\\x{9fff}]"_qs);

bool requireQtCatalogue()
{
    if (Translations::qtCatalogueLoaded())
        return true;
    // Not installed here: under CI=true that is a failure (the package is in install-deps.sh).
    if (hpf::test::componentsRequired())
        qCritical("Qt's zh_CN catalogue is missing: install qt6-translations-l10n");
    return false;
}

PrintJob onePage()
{
    PrintJob job;
    job.title = u"测试"_qs;
    job.paintPage = [](QPainter &p, const QRectF &page, int) { p.drawText(page, u"HPF"_qs); };
    return job;
}

} // namespace

void TestDesktop::cleanup()
{
    Translations::install(u"en"_qs);
    Appearance::applyHighContrast(false);
    Translations::applyFontScale(100);
}

void TestDesktop::qtStringsAreChinese_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("chinese");
    QTest::newRow("dialog Cancel") << QByteArray("QPlatformTheme") << QByteArray("Cancel") << u"取消"_qs;
    QTest::newRow("dialog OK") << QByteArray("QPlatformTheme") << QByteArray("OK") << u"确定"_qs;
    QTest::newRow("dialog Save") << QByteArray("QPlatformTheme") << QByteArray("Save") << u"保存"_qs;
    QTest::newRow("line edit Undo") << QByteArray("QLineEdit") << QByteArray("&Undo") << u"撤消(&U)"_qs;
    QTest::newRow("line edit Paste") << QByteArray("QLineEdit") << QByteArray("&Paste") << u"粘贴(&P)"_qs;
}

void TestDesktop::qtStringsAreChinese()
{
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(QString, chinese);
    Translations::install(u"zh_CN"_qs);
    if (!requireQtCatalogue()) {
        if (hpf::test::componentsRequired())
            QFAIL("Qt's catalogue qt_zh_CN.qm was not loaded");
        QSKIP("qt6-translations-l10n is not installed");
    }
    QCOMPARE(QCoreApplication::translate(context.constData(), source.constData()), chinese);
    // And back: English has no Qt catalogue and shows the source.
    Translations::install(u"en"_qs);
    QVERIFY(!Translations::qtCatalogueLoaded());
    QCOMPARE(QCoreApplication::translate(context.constData(), source.constData()), QString::fromUtf8(source));
}

// What the teller sees: the buttons of every dialog and a line edit's context menu.
void TestDesktop::qtWidgetsSpeakChinese()
{
    Translations::install(u"zh_CN"_qs);
    if (!requireQtCatalogue()) {
        if (hpf::test::componentsRequired())
            QFAIL("Qt's catalogue qt_zh_CN.qm was not loaded");
        QSKIP("qt6-translations-l10n is not installed");
    }
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close |
                         QDialogButtonBox::Yes | QDialogButtonBox::No);
    for (QAbstractButton *b : box.buttons())
        QVERIFY2(b->text().contains(kChinese), qPrintable(b->text()));
    QLineEdit edit(u"text"_qs);
    std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    int texts = 0;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        ++texts;
        QVERIFY2(a->text().contains(kChinese), qPrintable(a->text()));
    }
    QVERIFY(texts >= 5);
}

void TestDesktop::contrastRatio_data()
{
    QTest::addColumn<QColor>("a");
    QTest::addColumn<QColor>("b");
    QTest::addColumn<double>("ratio");
    QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
    QTest::newRow("white on black (order does not matter)") << QColor(Qt::white) << QColor(Qt::black) << 21.0;
    QTest::newRow("the same colour") << QColor(0x77, 0x77, 0x77) << QColor(0x77, 0x77, 0x77) << 1.0;
    QTest::newRow("grey #767676 on white (the 4.5 boundary)")
        << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.54;
    QTest::newRow("yellow on black") << QColor(Qt::yellow) << QColor(Qt::black) << 19.56;
}

void TestDesktop::contrastRatio()
{
    QFETCH(QColor, a);
    QFETCH(QColor, b);
    QFETCH(double, ratio);
    QVERIFY2(std::abs(Appearance::contrastRatio(a, b) - ratio) < 0.01,
             qPrintable(QString::number(Appearance::contrastRatio(a, b))));
}

void TestDesktop::highContrastPalette_data()
{
    QTest::addColumn<int>("group");
    QTest::addColumn<int>("foreground");
    QTest::addColumn<int>("background");
    const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
        {QPalette::WindowText, QPalette::Window},         {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase},        {QPalette::ButtonText, QPalette::Button},
        {QPalette::HighlightedText, QPalette::Highlight}, {QPalette::ToolTipText, QPalette::ToolTipBase},
        {QPalette::PlaceholderText, QPalette::Base},      {QPalette::Link, QPalette::Base},
        {QPalette::LinkVisited, QPalette::Base},          {QPalette::BrightText, QPalette::Window},
    };
    for (const auto &[group, name] :
         {std::pair{QPalette::Active, "active"}, std::pair{QPalette::Inactive, "inactive"},
          std::pair{QPalette::Disabled, "disabled"}}) {
        for (const auto &[fg, bg] : pairs)
            QTest::addRow("%s %d on %d", name, int(fg), int(bg)) << int(group) << int(fg) << int(bg);
    }
}

// The palette really changes, for the application and a widget made afterwards, and every text
// role reads at 7:1 or better on its background (WCAG AAA); off gives the start palette back.
void TestDesktop::highContrastPalette()
{
    QFETCH(int, group);
    QFETCH(int, foreground);
    QFETCH(int, background);
    const auto g = QPalette::ColorGroup(group);
    const auto fg = QPalette::ColorRole(foreground);
    const auto bg = QPalette::ColorRole(background);
    const QPalette before = QApplication::palette();
    Appearance::applyHighContrast(true);
    QVERIFY(Appearance::isHighContrast());
    QWidget widget;
    for (const QPalette &p : {QApplication::palette(), widget.palette()}) {
        const double ratio = Appearance::contrastRatio(p.color(g, fg), p.color(g, bg));
        QVERIFY2(ratio >= 7.0,
                 qPrintable(u"%1 on %2: %3:1"_qs.arg(p.color(g, fg).name(), p.color(g, bg).name())
                                .arg(ratio, 0, 'f', 2)));
    }
    QVERIFY(QApplication::palette().color(QPalette::Window) != before.color(QPalette::Window) ||
            QApplication::palette().color(QPalette::WindowText) != before.color(QPalette::WindowText));
    Appearance::applyHighContrast(false);
    QVERIFY(!Appearance::isHighContrast());
    QCOMPARE(QApplication::palette().color(g, fg), before.color(g, fg));
    QCOMPARE(QApplication::palette().color(g, bg), before.color(g, bg));
}

// Contrast and font scale are separate settings: either may change without undoing the other.
void TestDesktop::highContrastKeepsTheFontScale()
{
    const qreal base = QApplication::font().pointSizeF();
    Translations::applyFontScale(150);
    Appearance::applyHighContrast(true);
    QCOMPARE(QApplication::font().pointSizeF(), base * 1.5);
    Translations::applyFontScale(200);
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
    QCOMPARE(QApplication::font().pointSizeF(), base * 2.0);
    Translations::applyFontScale(100);
    QCOMPARE(QApplication::font().pointSizeF(), base);
}

void TestDesktop::settingsDialogSwitchesContrast()
{
    QTemporaryDir dir;
    client::Settings settings(dir.filePath(u"settings.ini"_qs));
    QVERIFY(!settings.highContrast());
    for (const bool on : {true, false}) {
        auto *dialog = new SettingsDialog(&settings);
        QCOMPARE(dialog->highContrastBox()->isChecked(), !on);
        QVERIFY(!dialog->highContrastBox()->text().isEmpty()); // its accessible name
        QSignalSpy changed(dialog, &SettingsDialog::highContrastChanged);
        dialog->highContrastBox()->setChecked(on);
        QVERIFY(dialog->save());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), on);
        QCOMPARE(settings.highContrast(), on);
        QVERIFY(dialog->save()); // saved again unchanged: no second signal
        QCOMPARE(changed.count(), 1);
        delete dialog;
    }
    client::Settings reread(dir.filePath(u"settings.ini"_qs));
    QVERIFY(!reread.highContrast());
}

void TestDesktop::pdfReports_data()
{
    QTest::addColumn<QString>("where"); // under the temporary folder unless absolute
    QTest::addColumn<bool>("saved");
    QTest::addColumn<QString>("reason"); // in the failure message
    QTest::newRow("a writable folder") << u"receipt.pdf"_qs << true << QString();
    QTest::newRow("a Chinese file name") << u"回执 2026.pdf"_qs << true << QString();
    QTest::newRow("a folder that does not exist")
        << u"missing/receipt.pdf"_qs << false << u"the folder does not exist"_qs;
    QTest::newRow("a folder of that name") << u"taken.pdf"_qs << false << u"a folder of that name exists"_qs;
    // Read-only even for root (tests may run as root, who writes into a chmod 0500 folder).
    QTest::newRow("a read-only file system")
        << u"/proc/hpf-receipt.pdf"_qs << false << u"the folder cannot be written to"_qs;
    // Every write fails with ENOSPC, as on a full disk; QPdfWriter itself reports nothing.
    QTest::newRow("a full disk") << u"/dev/full"_qs << false << u"is the disk full?"_qs;
}

void TestDesktop::pdfReports()
{
    QFETCH(QString, where);
    QFETCH(bool, saved);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"taken.pdf"_qs));
    const QString path = where.startsWith(u'/') ? where : dir.filePath(where);
    QWidget parent;
    DocumentPrinter printer(&parent);
    QSignalSpy ok(&printer, &DocumentPrinter::pdfSaved);
    QSignalSpy failed(&printer, &DocumentPrinter::failed);
    printer.exportPdfTo(onePage(), path);
    QCOMPARE(ok.count(), saved ? 1 : 0);
    QCOMPARE(failed.count(), saved ? 0 : 1);
    if (saved) {
        QCOMPARE(ok.at(0).at(0).toString(), QFileInfo(path).absoluteFilePath());
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().startsWith("%PDF-"));
        return;
    }
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(reason), qPrintable(message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())),
             qPrintable(message));
    if (!path.startsWith(u"/dev/"))
        QVERIFY(!QFileInfo(path).isFile()); // nothing half-written is left behind
}

void TestDesktop::tableColumns_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("filledBeforeAdopt");
    for (const QString &kind : {u"QTableView"_qs, u"QTableWidget"_qs, u"QTreeView"_qs, u"QTreeWidget"_qs}) {
        QTest::addRow("%s, rows after the page is built", qPrintable(kind)) << kind << false;
        QTest::addRow("%s, rows already there", qPrintable(kind)) << kind << true;
    }
}

// Sized to contents at the first rows (a very long cell capped), the last column stretched, a
// column the page fixed left alone; the teller's widths come back for the same page and table.
void TestDesktop::tableColumns()
{
    QFETCH(QString, kind);
    QFETCH(bool, filledBeforeAdopt);
    QTemporaryDir dir;
    client::Settings settings(dir.filePath(u"settings.ini"_qs));
    TableLayouts layouts;
    layouts.setSettings(&settings);
    const QString longest = u"一个相当长的单位名称有限责任公司"_qs;
    const QString huge = QString(300, u'x');

    // A page with one table of four columns: name, a very long remark, a fixed column, the last.
    const auto makePage = [&](std::unique_ptr<QWidget> &page) -> QAbstractItemView * {
        page = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(page.get());
        QAbstractItemView *view = nullptr;
        QStandardItemModel *model = nullptr;
        if (kind == u"QTableWidget") {
            auto *t = new QTableWidget(0, 4, page.get());
            view = t;
        } else if (kind == u"QTreeWidget") {
            auto *t = new QTreeWidget(page.get());
            t->setColumnCount(4);
            view = t;
        } else {
            model = new QStandardItemModel(0, 4, page.get());
            QAbstractItemView *v = kind == u"QTableView"
                                       ? static_cast<QAbstractItemView *>(new QTableView(page.get()))
                                       : new QTreeView(page.get());
            v->setModel(model);
            view = v;
        }
        view->setObjectName(u"rows"_qs);
        layout->addWidget(view);
        page->resize(1000, 400);
        TableLayouts::header(view)->setSectionResizeMode(2, QHeaderView::Fixed);
        TableLayouts::header(view)->resizeSection(2, 33);
        return view;
    };
    const auto fill = [&](QAbstractItemView *view) {
        const QStringList row{longest, huge, u"x"_qs, u"last"_qs};
        if (auto *t = qobject_cast<QTableWidget *>(view)) {
            t->insertRow(0);
            for (int c = 0; c < 4; ++c)
                t->setItem(0, c, new QTableWidgetItem(row.at(c)));
        } else if (auto *tree = qobject_cast<QTreeWidget *>(view)) {
            tree->addTopLevelItem(new QTreeWidgetItem(row));
        } else {
            QList<QStandardItem *> items;
            for (const QString &text : row)
                items << new QStandardItem(text);
            static_cast<QStandardItemModel *>(view->model())->appendRow(items);
        }
    };

    std::unique_ptr<QWidget> page;
    QAbstractItemView *view = makePage(page);
    if (filledBeforeAdopt)
        fill(view);
    layouts.adopt(page.get(), u"1003"_qs);
    QCoreApplication::processEvents();
    QCOMPARE(TableLayouts::isLaidOut(view), filledBeforeAdopt);
    if (!filledBeforeAdopt) {
        fill(view);
        QTRY_VERIFY(TableLayouts::isLaidOut(view));
    }
    QHeaderView *h = TableLayouts::header(view);
    QVERIFY(h->stretchLastSection());
    QVERIFY2(h->sectionSize(0) >= view->fontMetrics().horizontalAdvance(longest),
             qPrintable(QString::number(h->sectionSize(0))));
    const int cap = view->fontMetrics().averageCharWidth() * 40;
    QVERIFY2(h->sectionSize(1) <= cap, qPrintable(QString::number(h->sectionSize(1))));
    QVERIFY(h->sectionSize(1) > h->sectionSize(0) / 2);
    QCOMPARE(h->sectionSize(2), 33); // the page's own choice

    // The teller narrows the first column; the page is deleted (sign-out) and built again.
    h->resizeSection(0, 77);
    layouts.save(page.get(), u"1003"_qs);
    QVERIFY(!settings.layout(u"page-1003/rows"_qs).isEmpty());
    QAbstractItemView *again = makePage(page);
    layouts.adopt(page.get(), u"1003"_qs);
    fill(again);
    QTRY_VERIFY(TableLayouts::isLaidOut(again));
    QCOMPARE(TableLayouts::header(again)->sectionSize(0), 77);
    // Another page's table of the same name starts from its contents.
    std::unique_ptr<QWidget> other;
    QAbstractItemView *third = makePage(other);
    layouts.adopt(other.get(), u"1002"_qs);
    fill(third);
    QTRY_VERIFY(TableLayouts::isLaidOut(third));
    QVERIFY(TableLayouts::header(third)->sectionSize(0) >= third->fontMetrics().horizontalAdvance(longest));
}

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
