#include "clientcore.h"
#include "domain/identity.h"
#include "items/journalmodel.h"
#include "items/jsontablemodel.h"
#include "secrets/credentialstore.h"
#include "serverfixture.h"
#include "session/session.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hpf::client;

// The item models the pages bind to, loaded from a real hpf-server and checked with
// QAbstractItemModelTester while they load.
class TestItemModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void personSearch_data();
    void personSearch();
    void maskingFollowsReveal();
    void journalLoadsLazilyWithTotals();
    void holdsSummary();
    void cellFormat_data();
    void cellFormat();

private:
    hpf::test::ServerFixture m_server;
    QTemporaryDir m_data;
    MemoryCredentialStore m_credentials;
    std::unique_ptr<ClientCore> m_core;
};

void TestItemModels::initTestCase()
{
    QVERIFY2(m_server.prepare().isEmpty(), "seed");
    QVERIFY2(m_server.start().isEmpty(), "start");
    ClientOptions options;
    options.dataDirectory = m_data.path();
    options.credentials = &m_credentials;
    m_core = std::make_unique<ClientCore>(options);
    m_core->connectTo(m_server.url());
    QSignalSpy signedIn(m_core->session(), &Session::signedIn);
    m_core->session()->signIn(u"judicial1"_qs, u"train-judicial1"_qs);
    QVERIFY(signedIn.wait(15000));
}

static QList<JsonColumn> personColumns()
{
    return {{u"accountNumber"_qs, u"Account"_qs, CellFormat::Text},
            {u"name"_qs, u"Name"_qs, CellFormat::MaskedName},
            {u"documentNumber"_qs, u"Document"_qs, CellFormat::MaskedId},
            {u"balanceFen"_qs, u"Balance"_qs, CellFormat::Amount}};
}

void TestItemModels::personSearch_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("accountIndex");
    QTest::newRow("by identity number") << u"documentNumber"_qs << 0;
    QTest::newRow("by name") << u"name"_qs << 1;
    QTest::newRow("by account number") << u"accountNumber"_qs << 2;
}

void TestItemModels::personSearch()
{
    QFETCH(QString, key);
    QFETCH(int, accountIndex);
    const QString account = m_server.personalAccounts().value(accountIndex);
    const QString value = key == u"documentNumber" ? m_server.identityOf(account)
                          : key == u"name"         ? m_server.nameOf(account)
                                                   : account;
    JsonTableModel model(m_core->api(), personColumns());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &JsonTableModel::loaded);
    model.load(ApiRequest::search(u"/api/v1/persons/search"_qs, {{key, value}}));
    QVERIFY(model.isLoading());
    QVERIFY(loaded.wait(15000));
    QVERIFY(loaded.at(0).at(0).value<ApiResponse>().ok());
    QVERIFY(model.rowCount() >= 1);
    QStringList accounts;
    for (int row = 0; row < model.rowCount(); ++row)
        accounts << model.data(model.index(row, 0)).toString();
    QVERIFY2(accounts.contains(account), qPrintable(accounts.join(u',')));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Name"_qs);
}

void TestItemModels::maskingFollowsReveal()
{
    const QString account = m_server.personalAccounts().value(3);
    JsonTableModel model(m_core->api(), personColumns());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &JsonTableModel::loaded);
    model.load(ApiRequest::search(u"/api/v1/persons/search"_qs, {{u"accountNumber"_qs, account}}));
    QVERIFY(loaded.wait(15000));
    QCOMPARE(model.rowCount(), 1);
    const QString id = m_server.identityOf(account);
    QCOMPARE(model.data(model.index(0, 2)).toString(), hpf::identity::maskNumber(id));
    QVERIFY(model.data(model.index(0, 2)).toString() != id);
    QCOMPARE(model.data(model.index(0, 2), JsonTableModel::RawRole).toString(), id);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRevealPersonalData(true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.data(model.index(0, 2)).toString(), id);
    QCOMPARE(model.data(model.index(0, 1)).toString(), m_server.nameOf(account));
    QCOMPARE(model.data(model.index(0, 3), Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
}

void TestItemModels::journalLoadsLazilyWithTotals()
{
    // The demo account that withdrew 1,000.00 (a purchase): its 开户 event (amount 0), 12 monthly
    // deposits, the withdrawal and the last settlement year's interest (the fixture waits for it).
    const QString account = m_server.personalAccounts().value(3);
    constexpr int kRows = 15;
    JournalModel model(m_core->api());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(2);
    QSignalSpy pages(&model, &JournalModel::pageLoaded);
    model.setAccount(account);
    QVERIFY(pages.wait(15000));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.totalRows(), kRows);
    QVERIFY(model.canFetchMore({}));
    // Views (and the model tester) call fetchMore() as they need rows; calls while a page is in
    // flight do nothing, so every page is requested exactly once.
    for (int i = 0; i < 40 && model.rowCount() < kRows; ++i) {
        model.fetchMore({});
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isFetching(), 15000);
    }
    QCOMPARE(model.rowCount(), kRows);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(pages.count(), (kRows + 1) / 2); // 2 + 2 + … + 1 rows
    qint64 credit = 0, debit = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        credit += model.data(model.index(row, JournalModel::Credit), JournalModel::FenRole).toLongLong();
        debit += model.data(model.index(row, JournalModel::Debit), JournalModel::FenRole).toLongLong();
    }
    QCOMPARE(model.creditFen(), credit);
    QCOMPARE(model.debitFen(), debit);
    QCOMPARE(debit, 100000); // the demo withdrawal of 1,000.00
    QVERIFY(credit > 0);
    const qint64 lastBalance =
        model.data(model.index(kRows - 1, JournalModel::BalanceAfter), JournalModel::FenRole).toLongLong();
    QCOMPARE(lastBalance, credit - debit);
    QCOMPARE(model.headerData(JournalModel::Credit, Qt::Horizontal).toString(), u"Credit"_qs);

    model.setAccount(QString());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestItemModels::holdsSummary()
{
    const QString account = m_server.personalAccounts().value(1); // the demo judicial hold
    JsonTableModel model(m_core->api(), {{u"kind"_qs, u"Kind"_qs, CellFormat::Text},
                                         {u"amountFen"_qs, u"Amount"_qs, CellFormat::Amount},
                                         {u"court"_qs, u"Court"_qs, CellFormat::Text}});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &JsonTableModel::loaded);
    model.load(u"/api/v1/accounts/"_qs + account + u"/holds"_qs);
    QVERIFY(loaded.wait(15000));
    QVERIFY(model.rowCount() >= 1);
    QCOMPARE(model.data(model.index(0, 1)).toString(), u"2,000.00"_qs);
    QCOMPARE(model.envelope().value(u"heldFen").toInteger() >= 200000, true);
    QVERIFY(!model.data(model.index(0, 2)).toString().isEmpty()); // judicial staff see the court
}

void TestItemModels::cellFormat_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("reveal");
    QTest::addColumn<QString>("expected");
    QTest::newRow("amount") << QJsonValue(123456) << int(CellFormat::Amount) << false << u"1,234.56"_qs;
    QTest::newRow("negative amount") << QJsonValue(-50) << int(CellFormat::Amount) << false << u"-0.50"_qs;
    QTest::newRow("masked name") << QJsonValue(u"欧阳娜娜"_qs) << int(CellFormat::MaskedName) << false
                                 << u"欧阳**"_qs;
    QTest::newRow("revealed name") << QJsonValue(u"张伟"_qs) << int(CellFormat::MaskedName) << true
                                   << u"张伟"_qs;
    QTest::newRow("masked id") << QJsonValue(u"620102199001011234"_qs) << int(CellFormat::MaskedId) << false
                               << u"6201**********1234"_qs;
    QTest::newRow("number as text") << QJsonValue(12) << int(CellFormat::Text) << false << u"12"_qs;
}

void TestItemModels::cellFormat()
{
    QFETCH(QJsonValue, value);
    QFETCH(int, format);
    QFETCH(bool, reveal);
    QFETCH(QString, expected);
    QCOMPARE(JsonTableModel::formatCell(value, CellFormat(format), reveal), expected);
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
