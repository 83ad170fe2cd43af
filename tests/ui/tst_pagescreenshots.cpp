// The user guide's screenshots (docs/user-guide/images/<code>.png): every registered page in
// zh_CN, opened by a demo user whose role may use it, against the real training server (the
// fixture's demo seed), in a 1280x800 window; a page that shows data better with an argument gets
// one from the seed (an account, a unit, a serial). Run by ctest it checks each page renders a
// real picture and writes nothing; scripts/screenshots.sh runs it with `--save <folder>`.
#include "guitest.h"
#include "pagewalk.h"
#include "serverfixture.h"
#include "shell/helpwindow.h"
#include "shell/mainwindow.h"
#include "shell/pageregistry.h"
#include "shell/translations.h"
#include "widgets/messagebox.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSet>
#include <QTest>
#include <QTextBrowser>
#include <memory>

using namespace hpf;
using namespace hpf::ui;
using hpf::test::demoUserFor;
using hpf::test::demoUsers;

namespace {

constexpr QSize kWindow(1280, 800);

// Share of sampled pixels that differ from the window's background, and how many colours: a page
// that did not draw is one or two flat colours.
struct PictureStats
{
    int colours = 0;
    double drawn = 0;
};

PictureStats statsOf(const QImage &image)
{
    QSet<QRgb> colours;
    qint64 samples = 0, different = 0;
    const QRgb background = image.pixel(image.width() - 4, image.height() - 4);
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            const QRgb c = image.pixel(x, y);
            colours.insert(c);
            ++samples;
            different += c != background ? 1 : 0;
        }
    }
    return {int(colours.size()), samples ? double(different) / double(samples) : 0.0};
}

} // namespace

class TestPageScreenshots : public QObject
{
    Q_OBJECT
public:
    explicit TestPageScreenshots(QString saveDir)
        : m_saveDir(std::move(saveDir))
    {}

private slots:
    void initTestCase();
    void cleanupTestCase();
    void page_data();
    void page();
    void guideShowsEveryPage_data();
    void guideShowsEveryPage();

private:
    QString demoArgument(const QString &code) const;

    QString m_saveDir; // empty: check only
    hpf::test::ServerFixture m_server;
    hpf::test::DemoSession m_session;
};

void TestPageScreenshots::initTestCase()
{
    MessageBox::setAutoAnswer(QMessageBox::Ok);
    QVERIFY(Translations::install(u"zh_CN"_qs));
    Translations::applyFontScale(100);
    QVERIFY(m_server.prepare().isEmpty());
    QVERIFY(m_server.start().isEmpty());
    if (!m_saveDir.isEmpty())
        QVERIFY2(QDir().mkpath(m_saveDir), qPrintable(m_saveDir));
}

void TestPageScreenshots::cleanupTestCase()
{
    m_session.reset();
}

QString TestPageScreenshots::demoArgument(const QString &code) const
{
    static const QStringList unitPages{u"1003"_qs, u"2101"_qs, u"2102"_qs, u"2103"_qs,
                                       u"2104"_qs, u"2105"_qs, u"2201"_qs};
    static const QStringList personPages{u"1002"_qs, u"2202"_qs, u"3001"_qs, u"5001"_qs,
                                         u"5003"_qs, u"6001"_qs, u"6002"_qs};
    if (unitPages.contains(code))
        return m_server.unitAccounts().value(0);
    if (personPages.contains(code))
        return m_server.personalAccounts().value(0);
    if (code == u"8001")
        return m_server.unarchivedOpeningSerial();
    if (code == u"7003")
        return m_server.approvedLoanSerial();
    return {};
}

void TestPageScreenshots::page_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("user");
    // Grouped by user, so each signs in once.
    for (const auto &[role, user] : demoUsers()) {
        for (const PageDescriptor &page : pages::all()) {
            const QString first = demoUserFor(page);
            if (first.isEmpty())
                QFAIL(qPrintable(u"page %1: no demo user may open it"_qs.arg(page.code)));
            if (first == user)
                QTest::newRow(qPrintable(page.code)) << page.code << user;
        }
    }
}

void TestPageScreenshots::page()
{
    QFETCH(QString, code);
    QFETCH(QString, user);
    MainWindow *window = m_session.windowFor(m_server.url(), user);
    QVERIFY2(window, qPrintable(u"%1 could not sign in"_qs.arg(user)));
    window->showNormal();
    window->resize(kWindow);
    QVERIFY(window->openCode(code, demoArgument(code)));
    QWidget *page = window->pageWidget(code);
    QVERIFY(page);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    // The page's first data (a lookup, a list) comes from the server: give it time to arrive and
    // lay out. Only the picture depends on this, no verdict below does.
    QTest::qWait(m_saveDir.isEmpty() ? 200 : 1500);

    const QImage image = window->grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), kWindow * window->devicePixelRatio());
    const PictureStats stats = statsOf(image);
    QVERIFY2(stats.colours > 16, qPrintable(u"page %1: only %2 colours"_qs.arg(code).arg(stats.colours)));
    QVERIFY2(stats.drawn > 0.02, qPrintable(u"page %1: only %2 % drawn"_qs.arg(code).arg(stats.drawn * 100)));

    if (m_saveDir.isEmpty())
        return;
    // 256 colours and the strongest PNG compression: the guide's pictures stay small (a few
    // tens of kB each) and text stays sharp.
    const QImage small =
        image.convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither | Qt::AvoidDither);
    const QString file = QDir(m_saveDir).filePath(code + u".png"_qs);
    QVERIFY2(small.save(file, "PNG", 0), qPrintable(file));
    qInfo("screenshot %s: %lld bytes", qPrintable(file), QFileInfo(file).size());
}

// The user guide shows each registered page's screenshot in its section, and the help window (the
// guide compiled into the program) finds the picture.
void TestPageScreenshots::guideShowsEveryPage_data()
{
    QTest::addColumn<QString>("code");
    for (const PageDescriptor &page : pages::all())
        QTest::newRow(qPrintable(page.code)) << page.code;
}

void TestPageScreenshots::guideShowsEveryPage()
{
    QFETCH(QString, code);
    QFile guide(QStringLiteral(HPF_SOURCE_DIR "/docs/user-guide/README.md"));
    QVERIFY(guide.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(guide.readAll());
    const QString link = u"](images/%1.png)"_qs.arg(code);
    QVERIFY2(text.contains(u"!["_qs + code + u' ') && text.contains(link),
             qPrintable(code + u": no picture"_qs));
    QVERIFY(QFileInfo::exists(QStringLiteral(HPF_SOURCE_DIR "/docs/user-guide/images/") + code + u".png"_qs));
    HelpWindow help;
    auto *browser = help.findChild<QTextBrowser *>(u"helpBrowser"_qs);
    QVERIFY(browser);
    const QVariant image =
        browser->loadResource(QTextDocument::ImageResource, QUrl(u"images/%1.png"_qs.arg(code)));
    QVERIFY2(image.isValid() && !image.toByteArray().isEmpty(), qPrintable(code));
}

// `--save <folder>` (scripts/screenshots.sh) writes the pictures; ctest runs without it.
int main(int argc, char **argv)
{
    QString saveDir;
    std::vector<char *> args;
    for (int i = 0; i < argc; ++i) {
        if (qstrcmp(argv[i], "--save") == 0 && i + 1 < argc) {
            saveDir = QString::fromLocal8Bit(argv[++i]);
            continue;
        }
        args.push_back(argv[i]);
    }
    int count = int(args.size());
    QApplication app(count, args.data());
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestPageScreenshots test(saveDir);
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, count, args.data());
}

#include "tst_pagescreenshots.moc"
