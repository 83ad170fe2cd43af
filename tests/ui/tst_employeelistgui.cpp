// 2004 清册导入 as a teller uses it, against a real hpf-server: a GB18030 list with good and bad
// rows shows every problem in the table and exports them; nothing is submitted until the failing
// rows are explicitly left out; then the good rows are opened as one batch, once, however often the
// button is pressed; reading and the server check can be cancelled before anything is submitted.
#include "clientcore.h"
#include "domain/identity.h"
#include "guitest.h"
#include "items/employeelistmodel.h"
#include "opening/employeelistpage.h"
#include "reference/referencesync.h"
#include "serverfixture.h"
#include "session/session.h"
#include "shell/mainwindow.h"
#include "shell/translations.h"
#include "store/outbox.h"
#include "widgets/messagebox.h"
#include "widgets/receiptbar.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProgressBar>
#include <QStringEncoder>
#include <QTableView>

using namespace hpf;
using namespace hpf::ui;
using hpf::test::ClientUnderTest;
using hpf::test::signInThroughDialog;
using hpf::test::typeText;

namespace {

// Valid citizen numbers no other suite uses: 福州 350103, born 1985.
QString citizen(int n)
{
    const QString first17 = u"350103"_qs + QDate(1985, 3, 1).addDays(n).toString(u"yyyyMMdd"_qs) + u"017"_qs;
    return first17 + identity::checkCharacter(first17);
}

// 20,000 distinct valid numbers: 3,000 birth dates from 1970 × sequence numbers.
QString bulkCitizen(int i)
{
    const QString first17 = u"350104"_qs + QDate(1970, 1, 1).addDays(i % 3000).toString(u"yyyyMMdd"_qs) +
                            u"%1"_qs.arg(i / 3000 + 100, 3, 10, QLatin1Char('0'));
    return first17 + identity::checkCharacter(first17);
}

} // namespace

class TestEmployeeListGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void badRowsShownExportedAndHeldBack();
    void goodRowsOpenedOnceAsOneBatch();
    void sameListAgainOpensNothing();
    void readingCancelled();
    void serverCheckCancelledBeforeSubmission();

private:
    EmployeeListPage *page() const { return m_client.shell->mainWindow()->page<EmployeeListPage>(); }
    client::ApiResponse call(const client::ApiRequest &request);
    QString writeFile(const QString &name, const QByteArray &data);
    bool loadList(const QString &path);
    int posts(const QString &suffix) const;
    QStringList employeeNumbers();

    hpf::test::ServerFixture m_server;
    ClientUnderTest m_client;
    QTemporaryDir m_dir;
    QString m_unit;
    QString m_listPath;
    QStringList m_posts; // paths of every POST the client finished
    QStringList m_good;
};

void TestEmployeeListGui::initTestCase()
{
    MessageBox::setAutoAnswer(QMessageBox::Ok);
    const QString error = m_server.prepare();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_server.start().isEmpty());
    m_unit = m_server.unitAccounts().value(0);
    QVERIFY(!m_unit.isEmpty());
    m_client.start(m_client.options(m_server.url()));
    Translations::install(u"en"_qs);
    QVERIFY(signInThroughDialog(m_client.shell.get(), u"teller1"_qs, u"train-teller1"_qs));
    QTRY_VERIFY_WITH_TIMEOUT(m_client.shell->core()->session()->state() == client::Session::State::Active,
                             15000);
    auto *nam = m_client.shell->core()->findChild<QNetworkAccessManager *>();
    QVERIFY(nam);
    connect(nam, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
        if (reply->operation() != QNetworkAccessManager::GetOperation) // POSTs go as custom requests
            m_posts << reply->url().path();
    });
    QTRY_VERIFY_WITH_TIMEOUT(!m_client.shell->core()->reference()->document(u"policy"_qs).isNull(), 15000);
    MainWindow *w = m_client.shell->mainWindow();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    QVERIFY(w->visiblePages().contains(u"2004"_qs));
    QTest::keyClick(w, Qt::Key_G, Qt::ControlModifier);
    typeText(w->codeBox(), u"2004"_qs);
    QTest::keyClick(w->codeBox(), Qt::Key_Return);
    QCOMPARE(w->currentPage(), u"2004"_qs);

    // The unit's list as units hand it in: GB18030, a 序号 column, quoted amounts, full-width digits
    // and a lower-case x; three bad rows among four good ones.
    for (int i = 0; i < 4; ++i)
        m_good << citizen(i);
    QString x = citizen(10);
    int n = 10;
    while (!x.endsWith(u'X'))
        x = citizen(++n);
    m_good[3] = x;
    QString fullWidth;
    for (const QChar c : m_good.at(1))
        fullWidth += QChar(char16_t(c.unicode() - u'0' + 0xFF10));
    QString wrongCheck = citizen(200);
    wrongCheck.back() = wrongCheck.back() == u'1' ? u'2' : u'1';
    const QString csv =
        u"序号,姓名,证件类型,证件号码,手机号码,缴存基数（元）\r\n"
        "1,林一,居民身份证,%1,13800000001,\"5,000.00\"\r\n"
        "2,林二,01,%2,,6000\r\n"
        "3,林三,,%3,,4000\r\n"
        "4,林四,身份证,%4,13800000004,7000.5\r\n"
        "5,林五,,%5,,5000\r\n"   // wrong check digit
        "6,林六,,%1,,5000\r\n"   // the same person as line 2
        "7,,,%6,123,5000\r\n"_qs // no name, bad mobile
            .arg(m_good.at(0), fullWidth, m_good.at(2), m_good.at(3).toLower(), wrongCheck, citizen(201));
    QStringEncoder gb("GB18030");
    m_listPath = writeFile(u"清册.csv"_qs, gb.encode(csv));
}

void TestEmployeeListGui::cleanupTestCase()
{
    m_client.shell.reset();
}

void TestEmployeeListGui::init()
{
    page()->reset();
    page()->unitEdit()->clear();
    page()->unitEdit()->setFocus();
    typeText(page()->unitEdit(), m_unit);
    m_posts.clear();
}

client::ApiResponse TestEmployeeListGui::call(const client::ApiRequest &request)
{
    QObject guard;
    std::optional<client::ApiResponse> out;
    connect(m_client.shell->core()->api()->send(request), &client::ApiCall::finished, &guard,
            [&out](const client::ApiResponse &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 15000))
        return {};
    return *out;
}

QString TestEmployeeListGui::writeFile(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return {};
    return path;
}

bool TestEmployeeListGui::loadList(const QString &path)
{
    QSignalSpy loaded(page(), &EmployeeListPage::loaded);
    page()->loadFile(path);
    return loaded.wait(30000) && loaded.first().first().toBool();
}

int TestEmployeeListGui::posts(const QString &suffix) const
{
    return int(std::count_if(m_posts.cbegin(), m_posts.cend(),
                             [&](const QString &p) { return p.endsWith(suffix); }));
}

// Document numbers of the unit's employees, as the server lists them.
QStringList TestEmployeeListGui::employeeNumbers()
{
    const client::ApiResponse r =
        call(client::ApiRequest::get(u"/api/v1/units/"_qs + m_unit + u"/employees"_qs));
    QStringList out;
    for (const QJsonValue &v : r.object().value(u"items").toArray())
        out << v.toObject().value(u"documentNumber").toString();
    return out;
}

void TestEmployeeListGui::badRowsShownExportedAndHeldBack()
{
    QVERIFY(loadList(m_listPath));
    client::EmployeeListModel *model = page()->model();
    QCOMPARE(page()->table()->model(), model);
    QCOMPARE(model->rowCount(), 7);
    QCOMPARE(model->failingRowCount(), 3);
    QVERIFY2(page()->statusText().contains(u"GB18030"_qs), qPrintable(page()->statusText()));
    auto result = [&](int row) {
        return model->index(row, client::EmployeeListModel::ResultColumn).data().toString();
    };
    QCOMPARE(result(0), u"OK"_qs);
    QCOMPARE(result(1), u"OK"_qs); // full-width digits
    QCOMPARE(result(3), u"OK"_qs); // lower-case x
    QVERIFY2(result(4).contains(u"check digit"_qs), qPrintable(result(4)));
    QVERIFY2(result(5).contains(u"line 2"_qs), qPrintable(result(5)));
    QVERIFY2(result(6).contains(u"Name"_qs) && result(6).contains(u"Mobile number"_qs),
             qPrintable(result(6)));
    QCOMPARE(model->index(4, client::EmployeeListModel::LineColumn).data().toInt(), 6);

    // The problems exported for the unit: UTF-8 with BOM, one line per problem.
    const QString exported = m_dir.filePath(u"problems.csv"_qs);
    QVERIFY(page()->exportButton()->isEnabled());
    QVERIFY(page()->exportIssues(exported));
    QFile f(exported);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_qs, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 4); // header, checksum, duplicate, name, mobile
    QVERIFY(lines.at(1).startsWith(u"6,"_qs) && lines.at(1).contains(u"identity.checksum"_qs));

    // Without "leave out", the button refuses and nothing reaches the server.
    QVERIFY(!page()->leaveOutBox()->isChecked());
    QTest::mouseClick(page()->submitButton(), Qt::LeftButton);
    QVERIFY2(page()->statusText().contains(u"Leave out the failing rows"_qs),
             qPrintable(page()->statusText()));
    QTest::qWait(300);
    QCOMPARE(posts(u"/employee-lists/validate"_qs), 0);
    QCOMPARE(posts(u"/employee-lists"_qs), 0);
    QCOMPARE(page()->requestsSent(), 0); // the first test: nothing was ever submitted
    QCOMPARE(page()->state(), EmployeeListPage::State::Loaded);
}

void TestEmployeeListGui::goodRowsOpenedOnceAsOneBatch()
{
    const QStringList before = employeeNumbers();
    QVERIFY(!before.isEmpty());
    QVERIFY(loadList(m_listPath));
    QTest::mouseClick(page()->leaveOutBox(), Qt::LeftButton);
    QVERIFY(page()->leaveOutBox()->isChecked());
    QSignalSpy finished(page(), &EmployeeListPage::finished);
    const int sentBefore = page()->requestsSent();
    // A double click, and a third click for good measure: one check, one submission.
    QTest::mouseDClick(page()->submitButton(), Qt::LeftButton);
    QTest::mouseClick(page()->submitButton(), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true);
    QTest::mouseClick(page()->submitButton(), Qt::LeftButton); // after the answer: the button is done
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(page()->requestsSent(), sentBefore + 1);
    QCOMPARE(posts(u"/employee-lists/validate"_qs), 1);
    QCOMPARE(posts(u"/employee-lists"_qs), 1);
    QCOMPARE(page()->state(), EmployeeListPage::State::Done);
    QVERIFY2(page()->statusText().contains(u"4 account(s) opened"_qs), qPrintable(page()->statusText()));
    QVERIFY2(page()->statusText().contains(u"3 row(s) left out"_qs), qPrintable(page()->statusText()));
    QVERIFY(page()->receiptBar()->hasReceipt());
    QCOMPARE(page()->receiptBar()->receipt().business, u"employee_list"_qs);
    const QString opened =
        page()->model()->index(0, client::EmployeeListModel::ResultColumn).data().toString();
    QVERIFY2(opened.startsWith(u"Opened: "_qs), qPrintable(opened));
    QVERIFY(!page()->operationId().isEmpty());
    // The operation went through the outbox, which keeps the server's answer.
    const auto item = m_client.shell->core()->outbox()->item(page()->operationId());
    QVERIFY(item);
    QCOMPARE(item->state, client::Outbox::State::Done);

    const QStringList after = employeeNumbers();
    QCOMPARE(after.size(), before.size() + 4);
    for (const QString &id : std::as_const(m_good))
        QCOMPARE(after.count(id), 1);
    QCOMPARE(after.count(citizen(201)), 0); // the row without a name stayed out
}

void TestEmployeeListGui::sameListAgainOpensNothing()
{
    const QStringList before = employeeNumbers();
    QVERIFY(before.contains(m_good.first())); // opened by the previous test
    QVERIFY(loadList(m_listPath));
    QTest::mouseClick(page()->leaveOutBox(), Qt::LeftButton);
    QTest::mouseClick(page()->submitButton(), Qt::LeftButton);
    // The server finds every remaining row already has its account (一人一户): nothing to submit.
    QTRY_VERIFY_WITH_TIMEOUT(page()->state() == EmployeeListPage::State::Loaded &&
                                 page()->statusText().contains(u"nothing was opened"_qs),
                             30000);
    QCOMPARE(page()->model()->failingRowCount(), 7);
    const QString shown =
        page()->model()->index(0, client::EmployeeListModel::ResultColumn).data().toString();
    QVERIFY2(shown.contains(u"(account "_qs), qPrintable(shown));
    QCOMPARE(posts(u"/employee-lists/validate"_qs), 1);
    QCOMPARE(posts(u"/employee-lists"_qs), 0);
    QCOMPARE(employeeNumbers(), before);
}

void TestEmployeeListGui::readingCancelled()
{
    QString csv = u"姓名,证件号码,缴存基数\n"_qs;
    for (int i = 0; i < 20000; ++i)
        csv += u"职工,"_qs + bulkCitizen(i) + u",5000\n"_qs;
    const QString path = writeFile(u"large.csv"_qs, csv.toUtf8());
    QSignalSpy loaded(page(), &EmployeeListPage::loaded);
    page()->loadFile(path);
    QCOMPARE(page()->state(), EmployeeListPage::State::Reading);
    QVERIFY(page()->progressBar()->isVisible());
    QVERIFY(page()->cancelButton()->isEnabled());
    QVERIFY(!page()->submitButton()->isEnabled());
    QTest::mouseClick(page()->cancelButton(), Qt::LeftButton);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.first().first().toBool(), false);
    QCOMPARE(page()->state(), EmployeeListPage::State::Empty);
    QVERIFY2(page()->statusText().contains(u"cancelled"_qs), qPrintable(page()->statusText()));
    QCOMPARE(page()->model()->rowCount(), 0);
    QVERIFY(!page()->progressBar()->isVisible());

    // Read to the end, the same file shows its 20,000 rows with the progress at its end.
    QVERIFY(loadList(path));
    QCOMPARE(page()->model()->rowCount(), 20000);
    QCOMPARE(page()->model()->failingRowCount(), 0);
    QCOMPARE(page()->progressBar()->value(), 1000);
}

void TestEmployeeListGui::serverCheckCancelledBeforeSubmission()
{
    const QString path = writeFile(
        u"small.csv"_qs, (u"姓名,证件号码,缴存基数\n王一,"_qs + citizen(500) + u",5000\n"_qs).toUtf8());
    QVERIFY(loadList(path));
    const int sentBefore = page()->requestsSent();
    QTest::mouseClick(page()->submitButton(), Qt::LeftButton);
    QCOMPARE(page()->state(), EmployeeListPage::State::Checking);
    QTest::mouseClick(page()->cancelButton(), Qt::LeftButton);
    QCOMPARE(page()->state(), EmployeeListPage::State::Loaded);
    QVERIFY2(page()->statusText().contains(u"nothing was opened"_qs), qPrintable(page()->statusText()));
    QTRY_COMPARE_WITH_TIMEOUT(posts(u"/employee-lists/validate"_qs), 1,
                              15000); // the check's answer arrives ...
    QTest::qWait(300);
    QCOMPARE(page()->state(), EmployeeListPage::State::Loaded); // ... and changes nothing
    QCOMPARE(posts(u"/employee-lists"_qs), 0);
    QCOMPARE(page()->requestsSent(), sentBefore);
    QVERIFY(!employeeNumbers().contains(citizen(500)));
}

QTEST_MAIN(TestEmployeeListGui)
#include "tst_employeelistgui.moc"
