// The opening screens 2001 单位开户, 2002 个人开户 and 2003 灵活就业 driven like a teller: keyboard only
// (typing, Enter to the next field, Enter in the last field submits), against a real hpf-server.
#include "api/accounts.h"
#include "clientcore.h"
#include "domain/accountnumber.h"
#include "domain/creditcode.h"
#include "domain/identity.h"
#include "guitest.h"
#include "lookup/lookuptext.h"
#include "lookup/personpage.h"
#include "opening/flexibleopeningpage.h"
#include "opening/openingresult.h"
#include "opening/personfields.h"
#include "opening/personopeningpage.h"
#include "opening/unitopeningpage.h"
#include "reference/referencesync.h"
#include "serverfixture.h"
#include "session/session.h"
#include "shell/mainwindow.h"
#include "shell/translations.h"
#include "store/outbox.h"
#include "transfer/incitypage.h"
#include "transfer/lookupfield.h"
#include "widgets/messagebox.h"
#include "widgets/receiptbar.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>

using namespace hpf;
using namespace hpf::ui;
using hpf::test::ClientUnderTest;
using hpf::test::signInThroughDialog;
using hpf::test::typeText;

namespace {

// The person search (terms in the body, issue 12) for a resident ID card number.
client::ApiRequest findPerson(const QString &id)
{
    return client::api::accounts::findRequest({u"01"_qs, id, {}, {}});
}

// A valid GB 32100 code for a sequence number (distinct per test row).
QString creditCode(int n)
{
    const QString first17 = u"9135010"_qs + QString::number(1000000000 + n);
    return first17 + creditcode::checkCharacter(first17);
}

// A valid GB 11643 citizen number: Beijing 110105, born 1990-01-01 + n days, sequence 00n.
QString citizen(int n, bool male = true)
{
    const QString birth = QDate(1990, 1, 1).addDays(n).toString(u"yyyyMMdd"_qs);
    const QString first17 = u"110105"_qs + birth + (male ? u"013"_qs : u"024"_qs);
    return first17 + identity::checkCharacter(first17);
}

QString withWrongCheck(const QString &number)
{
    const QChar last = number.back();
    return number.left(number.size() - 1) + (last == u'1' ? u'2' : u'1');
}

QString monthText(int monthsFromNow)
{
    return QDate::currentDate().addMonths(monthsFromNow).toString(u"yyyy-MM"_qs);
}

} // namespace

class TestOpening : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void creditCodeCheckedAsTyped_data();
    void creditCodeCheckedAsTyped();
    void unitBadInput_data();
    void unitBadInput();
    void unitOpened();
    void identityCheckedAsTyped_data();
    void identityCheckedAsTyped();
    void personBadInput_data();
    void personBadInput();
    void personOpenedWithLivePreview();
    void baseBelowFloorIsClampedWithWarning();
    void duplicatePersonShowsExistingAccount();
    void sealedAccountIsUnsealedUnderTheNewUnit();
    void doubleSubmitOpensOneAccount_data();
    void doubleSubmitOpensOneAccount();
    void retryAfterFailureReusesTheKey();
    void flexibleBadInput_data();
    void flexibleBadInput();
    void flexibleOpened();
    void messagesAreTranslated();

private:
    MainWindow *window() const { return m_client.shell->mainWindow(); }
    client::ApiResponse call(const client::ApiRequest &request);
    void open(const QString &code);
    bool enterField(QWidget *expected, const QString &text);
    bool chooseField(QComboBox *expected, int downPresses);
    int requestsTo(const QString &pathPrefix) const;
    bool fillUnitForm(const QHash<QString, QString> &overrides);
    bool fillPersonForm(const QString &unit, const QString &id, const QString &name, const QString &wage,
                        const QString &month, bool submit = true);

    hpf::test::ServerFixture m_server;
    ClientUnderTest m_client;
    QStringList m_requests; // paths of every finished request of the client
    QString m_closedUnit;   // the flexible-employment unit (state 99): nothing opens under it
    int m_sequence = 100;
};

void TestOpening::initTestCase()
{
    MessageBox::setAutoAnswer(QMessageBox::Ok);
    const QString error = m_server.prepare();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_server.start().isEmpty());
    m_client.start(m_client.options(m_server.url()));
    Translations::install(u"en"_qs);
    QVERIFY(signInThroughDialog(m_client.shell.get(), u"teller1"_qs, u"train-teller1"_qs));
    QTRY_VERIFY_WITH_TIMEOUT(m_client.shell->core()->session()->state() == client::Session::State::Active,
                             15000);
    auto *nam = m_client.shell->core()->findChild<QNetworkAccessManager *>();
    QVERIFY(nam);
    connect(nam, &QNetworkAccessManager::finished, this,
            [this](QNetworkReply *reply) { m_requests << reply->url().path(); });
    window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window()));
    QVERIFY(window()->visiblePages().contains(u"2002"_qs));
    // The reference policy arrives after sign-in; the previews need it.
    QTRY_VERIFY_WITH_TIMEOUT(!m_client.shell->core()->reference()->document(u"policy"_qs).isNull(), 15000);

    // A unit that is not open: the flexible-employment unit (state 99) appears with the first
    // flexible account. Set up through the API; the screens are tested below.
    const client::ApiResponse r = call(client::ApiRequest::post(u"/api/v1/openings/flexible"_qs,
                                                                {{u"ratio"_qs, u"12"_qs},
                                                                 {u"documentType"_qs, u"01"_qs},
                                                                 {u"documentNumber"_qs, citizen(1)},
                                                                 {u"name"_qs, u"林平"_qs},
                                                                 {u"mobile"_qs, u"13900000001"_qs},
                                                                 {u"wageBaseFen"_qs, 500000}},
                                                                u"setup-flexible-1"_qs));
    QVERIFY2(r.ok(), qPrintable(r.problem.code));
    m_closedUnit = r.object()[u"account"][u"unitAccount"].toString();
    QVERIFY(accountnumber::parse(m_closedUnit, accountnumber::Kind::Unit));
}

void TestOpening::init()
{
    window()->page<UnitOpeningPage>()->reset();
    window()->page<PersonOpeningPage>()->reset();
    window()->page<FlexibleOpeningPage>()->reset();
    m_requests.clear();
}

void TestOpening::cleanupTestCase()
{
    m_client.shell.reset();
}

client::ApiResponse TestOpening::call(const client::ApiRequest &request)
{
    QObject guard;
    std::optional<client::ApiResponse> out;
    connect(m_client.shell->core()->api()->send(request), &client::ApiCall::finished, &guard,
            [&out](const client::ApiResponse &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 15000))
        return {};
    return *out;
}

void TestOpening::open(const QString &code)
{
    QTest::keyClick(window(), Qt::Key_G, Qt::ControlModifier);
    typeText(window()->codeBox(), code);
    QTest::keyClick(window()->codeBox(), Qt::Key_Return);
}

// The teller's habit: the cursor is where it should be, type, Enter moves on.
bool TestOpening::enterField(QWidget *expected, const QString &text)
{
    if (!expected->hasFocus()) {
        qWarning("focus is on %s, expected %s",
                 QApplication::focusWidget() ? qPrintable(QApplication::focusWidget()->objectName())
                                             : "nothing",
                 qPrintable(expected->objectName()));
        return false;
    }
    typeText(expected, text);
    QTest::keyClick(expected, Qt::Key_Return);
    return true;
}

bool TestOpening::chooseField(QComboBox *expected, int downPresses)
{
    if (!expected->hasFocus()) {
        qWarning("focus is not on %s", qPrintable(expected->objectName()));
        return false;
    }
    for (int i = 0; i < downPresses; ++i)
        QTest::keyClick(expected, Qt::Key_Down);
    QTest::keyClick(expected, Qt::Key_Return);
    return true;
}

int TestOpening::requestsTo(const QString &pathPrefix) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&](const QString &p) { return p.startsWith(pathPrefix); }));
}

bool TestOpening::fillUnitForm(const QHash<QString, QString> &o)
{
    UnitOpeningPage *p = window()->page<UnitOpeningPage>();
    const auto value = [&](const QString &field, const QString &good) { return o.value(field, good); };
    open(u"2001"_qs);
    if (window()->currentPage() != u"2001"_qs)
        return false;
    return enterField(p->edit(u"creditCode"_qs), value(u"creditCode"_qs, creditCode(++m_sequence))) &&
           enterField(p->edit(u"name"_qs), value(u"name"_qs, u"兰州示例制造有限公司"_qs)) &&
           chooseField(p->economicTypeBox(), 6) && // 150 有限责任(公司)
           enterField(p->edit(u"legalRepresentative.name"_qs), u"马东"_qs) &&
           chooseField(window()->page<UnitOpeningPage>()->findChild<QComboBox *>(u"unitRepDocumentType"_qs),
                       0) &&
           enterField(p->edit(u"legalRepresentative.documentNumber"_qs),
                      value(u"legalRepresentative.documentNumber"_qs, u"11010519491231002X"_qs)) &&
           enterField(p->edit(u"registeredAddress"_qs), u"兰州市城关区示例路1号"_qs) &&
           enterField(p->edit(u"officeAddress"_qs), QString()) &&
           enterField(p->edit(u"contact.name"_qs), u"白雪"_qs) &&
           enterField(p->edit(u"contact.mobile"_qs), value(u"contact.mobile"_qs, u"139 3100 0001"_qs)) &&
           chooseField(p->bankBox(), 4) && // 105 中国建设银行
           enterField(p->edit(u"bank.account"_qs), value(u"bank.account"_qs, u"62270012345678901"_qs)) &&
           enterField(p->edit(u"unitRatio"_qs), value(u"unitRatio"_qs, u"10"_qs)) &&
           enterField(p->edit(u"personalRatio"_qs), value(u"personalRatio"_qs, u"8"_qs)) &&
           enterField(p->edit(u"remittanceDay"_qs), value(u"remittanceDay"_qs, u"15"_qs)) &&
           enterField(p->edit(u"firstMonth"_qs), value(u"firstMonth"_qs, monthText(1)));
}

void TestOpening::creditCodeCheckedAsTyped_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("shown");
    const QString good = creditCode(1);
    QTest::newRow("wrong check char")
        << withWrongCheck(good) << u"check character of the credit code is wrong"_qs;
    QTest::newRow("lower case accepted") << good.toLower() << good;
    QString fullWidth;
    for (const QChar c : good)
        fullWidth += c.isDigit() ? QChar(c.unicode() - u'0' + 0xFF10) : c;
    QTest::newRow("full-width digits normalised") << fullWidth << good;
    QTest::newRow("letter I never used") << good.left(8) + u'I' + good.mid(9) << u"never used"_qs;
    QTest::newRow("known vector") << u"91350100M000100Y43"_qs << u"region 350100"_qs;
}

void TestOpening::creditCodeCheckedAsTyped()
{
    QFETCH(QString, input);
    QFETCH(QString, shown);
    open(u"2001"_qs);
    UnitOpeningPage *p = window()->page<UnitOpeningPage>();
    QVERIFY(p->edit(u"creditCode"_qs)->hasFocus());
    typeText(p->edit(u"creditCode"_qs), input);
    QVERIFY2(p->creditCodeText().contains(shown), qPrintable(p->creditCodeText()));
}

void TestOpening::unitBadInput_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("reachesServer");
    QTest::newRow("credit code wrong check char") << u"creditCode"_qs << withWrongCheck(creditCode(7))
                                                  << u"Unified social credit code: The check"_qs << false;
    QTest::newRow("representative identity wrong check digit")
        << u"legalRepresentative.documentNumber"_qs << u"110105194912310028"_qs
        << u"Representative's document number: The check digit is wrong"_qs << false;
    QTest::newRow("mobile") << u"contact.mobile"_qs << u"1234"_qs << u"Contact mobile number:"_qs << false;
    QTest::newRow("bank account") << u"bank.account"_qs << u"1234"_qs << u"Remittance bank account:"_qs
                                  << false;
    QTest::newRow("unit ratio above policy")
        << u"unitRatio"_qs << u"15"_qs << u"Unit deposit ratio: The deposit ratio is outside"_qs << false;
    QTest::newRow("personal ratio below policy")
        << u"personalRatio"_qs << u"3"_qs << u"Personal deposit ratio: The deposit ratio is outside"_qs
        << false;
    QTest::newRow("remittance day 32") << u"remittanceDay"_qs << u"32"_qs << u"Remittance day:"_qs << false;
    QTest::newRow("impossible month")
        << u"firstMonth"_qs << u"2025-13"_qs << u"First month: Enter the month"_qs << false;
    QTest::newRow("month too far back (server)")
        << u"firstMonth"_qs << monthText(-6) << u"First month: The first month lies too far in the past"_qs
        << true;
    QTest::newRow("existing unit (server)") << u"creditCode"_qs << u"91350100m000100y43"_qs
                                            << u"Unified social credit code: A unit with this"_qs << true;
}

void TestOpening::unitBadInput()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    QFETCH(bool, reachesServer);
    UnitOpeningPage *p = window()->page<UnitOpeningPage>();
    QSignalSpy finished(p, &UnitOpeningPage::finished);
    QVERIFY(fillUnitForm({{field, value}}));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(p->messageText().contains(message), qPrintable(p->messageText()));
    QVERIFY2(p->edit(field)->hasFocus(), "the named field gets the focus");
    QTest::qWait(100);
    QCOMPARE(requestsTo(u"/api/v1/openings/"_qs), reachesServer ? 1 : 0);
    QVERIFY(p->openedUnitAccount().isEmpty());
    if (field == u"creditCode" && reachesServer) {
        QVERIFY(p->result()->openExistingButton()->isVisible());
        QVERIFY(p->result()->text().contains(m_server.unitAccounts().value(0)));
    }
}

void TestOpening::unitOpened()
{
    UnitOpeningPage *p = window()->page<UnitOpeningPage>();
    QSignalSpy finished(p, &UnitOpeningPage::finished);
    QVERIFY(fillUnitForm({}));
    QVERIFY(finished.wait(15000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(p->messageText()));
    const QString unit = p->openedUnitAccount();
    QVERIFY2(accountnumber::parse(unit, accountnumber::Kind::Unit), qPrintable(unit));
    QVERIFY(p->messageText().contains(unit));
    QVERIFY(p->result()->text().contains(unit));
    ReceiptBar *bar = p->result()->receiptBar();
    QVERIFY(bar->isVisible());
    const QString serial = bar->receipt().serial;
    QVERIFY2(serial.startsWith(u"YW"_qs), qPrintable(serial));
    QVERIFY(bar->findChild<QLabel *>(u"receiptSerial"_qs)->text().contains(serial));
    QVERIFY(p->edit(u"creditCode"_qs)->text().isEmpty()); // ready for the next unit
    // The server knows the unit and the receipt under that serial.
    const client::ApiResponse u = call(client::ApiRequest::get(u"/api/v1/units/"_qs + unit));
    QVERIFY(u.ok());
    QCOMPARE(u.object().value(u"name").toString(), u"兰州示例制造有限公司"_qs);
    QCOMPARE(u.object().value(u"unitRatio").toString(), u"10.00"_qs);
    const client::ApiResponse r = call(client::ApiRequest::get(u"/api/v1/receipts/"_qs + serial));
    QVERIFY(r.ok());
    QCOMPARE(r.object()[u"receipt"][u"serial"].toString(), serial);
    QCOMPARE(r.object()[u"receipt"][u"fields"][u"unitAccount"].toString(), unit);
}

void TestOpening::identityCheckedAsTyped_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("shown");
    QTest::newRow("wrong check digit") << u"110105194912310028"_qs << u"check digit is wrong"_qs;
    QTest::newRow("lower-case x accepted")
        << u"11010519491231002x"_qs << u"11010519491231002X · born 1949-12-31 · female"_qs;
    QTest::newRow("full-width digits normalised")
        << u"１１０１０５１９４９１２３１００２Ｘ"_qs << u"11010519491231002X · born 1949-12-31 · female"_qs;
    QTest::newRow("male") << u"440524188001010014"_qs << u"born 1880-01-01 · male"_qs;
    QTest::newRow("impossible birth date")
        << u"110105194902300020"_qs << u"birth date in the number does not exist"_qs;
}

void TestOpening::identityCheckedAsTyped()
{
    QFETCH(QString, input);
    QFETCH(QString, shown);
    open(u"2002"_qs);
    PersonFields *f = window()->page<PersonOpeningPage>()->personFields();
    f->documentNumberEdit()->setFocus();
    typeText(f->documentNumberEdit(), input);
    QVERIFY2(f->identityText().contains(shown), qPrintable(f->identityText()));
}

bool TestOpening::fillPersonForm(const QString &unit, const QString &id, const QString &name,
                                 const QString &wage, const QString &month, bool submit)
{
    PersonOpeningPage *p = window()->page<PersonOpeningPage>();
    PersonFields *f = p->personFields();
    QTest::keyClick(window(), Qt::Key_F7);
    if (window()->currentPage() != u"2002"_qs)
        return false;
    const bool ok = enterField(p->unitEdit(), unit) && chooseField(f->documentTypeBox(), 0) &&
                    enterField(f->documentNumberEdit(), id) && enterField(f->nameEdit(), name) &&
                    enterField(f->mobileEdit(), QString()) && enterField(f->wageEdit(), wage);
    if (!ok || !f->firstMonthEdit()->hasFocus())
        return false;
    typeText(f->firstMonthEdit(), month);
    if (submit)
        QTest::keyClick(f->firstMonthEdit(), Qt::Key_Return);
    return true;
}

void TestOpening::personBadInput_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("wage");
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("reachesServer");
    const QString unit = m_server.unitAccounts().value(0);
    QTest::newRow("unit number with wrong check char")
        << withWrongCheck(unit) << citizen(201) << u"6000"_qs << QString() << u"openingUnitAccount"_qs
        << u"Unit account number: The check character of the account number is wrong"_qs << false;
    QTest::newRow("personal number where a unit one is needed")
        << m_server.personalAccounts().value(0) << citizen(202) << u"6000"_qs << QString()
        << u"openingUnitAccount"_qs << u"Unit account number:"_qs << false;
    QTest::newRow("identity wrong check digit")
        << unit << withWrongCheck(citizen(203)) << u"6000"_qs << QString() << u"personDocumentNumber"_qs
        << u"Document number: The check digit is wrong"_qs << false;
    QTest::newRow("identity impossible birth date")
        << unit << u"110105194902300020"_qs << u"6000"_qs << QString() << u"personDocumentNumber"_qs
        << u"Document number: The birth date in the number does not exist"_qs << false;
    QTest::newRow("wage zero") << unit << citizen(204) << u"0"_qs << QString() << u"personWageBase"_qs
                               << u"Wage base: The wage base must be a positive amount"_qs << false;
    QTest::newRow("impossible month")
        << unit << citizen(205) << u"6000"_qs << u"2025-02-30"_qs << u"personFirstMonth"_qs
        << u"First month: Enter the month as YYYY-MM"_qs << false;
    QTest::newRow("month 13") << unit << citizen(206) << u"6000"_qs << u"2025-13"_qs << u"personFirstMonth"_qs
                              << u"First month: Enter the month as YYYY-MM"_qs << false;
    QTest::newRow("month too far ahead (server)")
        << unit << citizen(207) << u"6000"_qs << monthText(14) << u"personFirstMonth"_qs
        << u"First month: The first month lies too far in the future"_qs << true;
    QTest::newRow("unit not open") << QString() << citizen(208) << u"6000"_qs << QString()
                                   << u"openingUnitAccount"_qs
                                   << u"Unit account number: The unit account is not open"_qs << false;
}

void TestOpening::personBadInput()
{
    QFETCH(QString, unit);
    QFETCH(QString, id);
    QFETCH(QString, wage);
    QFETCH(QString, month);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QFETCH(bool, reachesServer);
    if (unit.isEmpty())
        unit = m_closedUnit;
    PersonOpeningPage *p = window()->page<PersonOpeningPage>();
    QSignalSpy finished(p, &PersonOpeningPage::finished);
    QVERIFY(fillPersonForm(unit, id, u"韩梅梅"_qs, wage, month, false));
    if (field == u"openingUnitAccount" && unit == m_closedUnit) // the unit was fetched and is shown
    {
        QTRY_VERIFY_WITH_TIMEOUT(p->unitText().contains(u"not open"_qs), 15000);
        // The unit's state (99) reads as its code table's text beside the form.
        QVERIFY2(p->unitText().contains(LookupText::unitState(u"99"_qs)) && !p->unitText().contains(u"99"_qs),
                 qPrintable(p->unitText()));
    }
    QTest::keyClick(p->personFields()->firstMonthEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(p->messageText().contains(message), qPrintable(p->messageText()));
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus && focus->objectName() == field, focus ? qPrintable(focus->objectName()) : "no focus");
    QTest::qWait(100);
    QCOMPARE(requestsTo(u"/api/v1/openings/"_qs), reachesServer ? 1 : 0);
    if (field == u"openingUnitAccount" && unit != m_closedUnit)
        QCOMPARE(requestsTo(u"/api/v1/units/"_qs), 0); // a mistyped number is never sent
}

void TestOpening::personOpenedWithLivePreview()
{
    PersonOpeningPage *p = window()->page<PersonOpeningPage>();
    PersonFields *f = p->personFields();
    const QString unit = m_server.unitAccounts().value(0);
    const QString id = citizen(300, false);
    QVERIFY(fillPersonForm(unit, id, u"李雷"_qs, u"6,500.00"_qs, QString(), false));
    QTRY_VERIFY_WITH_TIMEOUT(p->unitText().contains(u"福州示例科技有限公司"_qs), 15000);
    QVERIFY2(p->unitText().contains(LookupText::unitState(u"01"_qs)) && !p->unitText().contains(u"01 "_qs),
             qPrintable(p->unitText()));
    QVERIFY(f->identityText().contains(u"female"_qs));
    // 12 % + 12 % of 6,500.00, each side rounded to fen by the policy.
    QTRY_VERIFY2(
        f->previewText().contains(u"unit 780.00 (12.00 %) + personal 780.00 (12.00 %) = 1,560.00"_qs),
        qPrintable(f->previewText()));
    QVERIFY(f->warningText().isEmpty());
    f->wageEdit()->setFocus();
    typeText(f->wageEdit(), u"8"_qs); // 6,500.008 is not an amount
    QVERIFY(!f->previewText().contains(u"1,560.00"_qs));
    QTest::keyClick(f->wageEdit(), Qt::Key_Backspace);
    QVERIFY(f->previewText().contains(u"1,560.00"_qs));
    QSignalSpy finished(p, &PersonOpeningPage::finished);
    QTest::keyClick(f->wageEdit(), Qt::Key_Return);
    QTest::keyClick(f->firstMonthEdit(), Qt::Key_Return);
    QVERIFY(finished.wait(15000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(p->messageText()));
    const QString text = p->result()->text();
    QVERIFY2(text.contains(u"opened under unit "_qs + unit), qPrintable(text));
    QVERIFY(text.contains(u"unit 780.00 + personal 780.00 = 1,560.00"_qs));
    const QString serial = p->result()->receiptBar()->receipt().serial;
    QVERIFY(serial.startsWith(u"YW"_qs));
    QVERIFY(p->result()->receiptBar()->isVisible());
    const client::ApiResponse found = call(findPerson(id));
    QVERIFY(found.ok());
    const QJsonArray items = found.object().value(u"items").toArray();
    QCOMPARE(items.size(), 1);
    const QString account = items.at(0)[u"accountNumber"].toString();
    QVERIFY(text.contains(account));
    QCOMPARE(items.at(0)[u"unitAccount"].toString(), unit);
    QCOMPARE(p->unitEdit()->text(), unit); // the unit stays for the next employee
    QVERIFY(f->documentNumberEdit()->text().isEmpty());
}

void TestOpening::baseBelowFloorIsClampedWithWarning()
{
    PersonOpeningPage *p = window()->page<PersonOpeningPage>();
    PersonFields *f = p->personFields();
    QVERIFY(fillPersonForm(m_server.unitAccounts().value(1), citizen(301), u"王五"_qs, u"1000"_qs, QString(),
                           false));
    QTRY_VERIFY_WITH_TIMEOUT(f->warningText().contains(u"below the policy floor"_qs), 15000);
    QVERIFY(f->warningText().contains(u"raised to 2,020.00"_qs));
    QSignalSpy finished(p, &PersonOpeningPage::finished);
    QTest::keyClick(f->firstMonthEdit(), Qt::Key_Return);
    QVERIFY(finished.wait(15000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(p->messageText()));
    QVERIFY(p->result()->text().contains(u"Deposit base 2,020.00"_qs));
    QVERIFY(p->result()->text().contains(u"raised to it"_qs)); // the server's warning, translated
}

void TestOpening::duplicatePersonShowsExistingAccount()
{
    PersonOpeningPage *p = window()->page<PersonOpeningPage>();
    const QString existing = m_server.personalAccounts().value(4); // lives in the second demo unit
    QSignalSpy finished(p, &PersonOpeningPage::finished);
    QVERIFY(fillPersonForm(m_server.unitAccounts().value(0), m_server.identityOf(existing),
                           m_server.nameOf(existing), u"7000"_qs, QString()));
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(p->messageText().contains(u"already has an active account"_qs), qPrintable(p->messageText()));
    const QString text = p->result()->text();
    QVERIFY2(text.contains(existing) && text.contains(m_server.unitAccounts().value(1)), qPrintable(text));
    QVERIFY2(text.contains(u"in-city transfer (市内转移, 5001)"_qs), qPrintable(text));
    // The existing account's state reads as a word (正常), not as its code.
    QVERIFY2(text.contains(u"(%1)"_qs.arg(LookupText::accountState(u"01"_qs))), qPrintable(text));
    QVERIFY2(!text.contains(u"(01"_qs), qPrintable(text));
    QVERIFY(!p->result()->receiptBar()->isVisible());
    // Issue 16: the existing account of another unit is moved on 5001, which opens with it.
    QPushButton *transfer = p->result()->transferButton();
    QVERIFY(transfer->isVisible());
    transfer->setFocus();
    QTest::keyClick(transfer, Qt::Key_Space);
    QTRY_COMPARE(window()->currentPage(), u"5001"_qs);
    auto *inCity = window()->page<InCityTransferPage>();
    QVERIFY(inCity);
    QCOMPARE(inCity->accountField()->edit()->text(), existing);
    QTRY_VERIFY_WITH_TIMEOUT(inCity->accountField()->account().has_value(), 15000);
    QVERIFY(window()->openCode(u"2002"_qs)); // back to the opening, its answer still shown
    QPushButton *button = p->result()->openExistingButton();
    QVERIFY(button->isVisible());
    QSignalSpy loaded(window()->page<PersonPage>(), &PersonPage::loaded);
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    QVERIFY(loaded.wait(15000));
    QCOMPARE(window()->currentPage(), u"1002"_qs);
    QCOMPARE(window()->page<PersonPage>()->accountNumber(), existing);
    // Nothing was opened.
    const client::ApiResponse found = call(findPerson(m_server.identityOf(existing)));
    QCOMPARE(found.object().value(u"items").toArray().size(), 1);
}

void TestOpening::sealedAccountIsUnsealedUnderTheNewUnit()
{
    const QString sealed = m_server.personalAccounts().value(6); // second demo unit
    const client::ApiResponse seal = call(client::ApiRequest::post(
        u"/api/v1/accounts/"_qs + sealed + u"/seal"_qs, {{u"reason"_qs, u"01"_qs}}, u"setup-seal-6"_qs));
    QVERIFY2(seal.ok(), qPrintable(seal.problem.code));
    PersonOpeningPage *p = window()->page<PersonOpeningPage>();
    QSignalSpy finished(p, &PersonOpeningPage::finished);
    const QString unit = m_server.unitAccounts().value(0);
    QVERIFY(
        fillPersonForm(unit, m_server.identityOf(sealed), m_server.nameOf(sealed), u"8000"_qs, QString()));
    QVERIFY(finished.wait(15000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(p->messageText()));
    QVERIFY2(p->messageText().contains(u"unsealed"_qs), qPrintable(p->messageText()));
    const QString text = p->result()->text();
    QVERIFY2(text.contains(u"sealed account "_qs + sealed + u" was UNSEALED"_qs) &&
                 text.contains(u"no new account"_qs) && text.contains(m_server.unitAccounts().value(1)),
             qPrintable(text));
    QVERIFY(p->result()->receiptBar()->isVisible());
    const client::ApiResponse account = call(client::ApiRequest::get(u"/api/v1/accounts/"_qs + sealed));
    QCOMPARE(account.object().value(u"state").toString(), u"01"_qs);
    QCOMPARE(account.object().value(u"unitAccount").toString(), unit);
}

void TestOpening::doubleSubmitOpensOneAccount_data()
{
    QTest::addColumn<bool>("click");
    QTest::newRow("double Enter") << false;
    QTest::newRow("double click") << true;
}

void TestOpening::doubleSubmitOpensOneAccount()
{
    QFETCH(bool, click);
    PersonOpeningPage *p = window()->page<PersonOpeningPage>();
    const QString id = citizen(click ? 401 : 402);
    QVERIFY(fillPersonForm(m_server.unitAccounts().value(0), id, u"赵六"_qs, u"9000"_qs, QString(), false));
    QSignalSpy finished(p, &PersonOpeningPage::finished);
    if (click) {
        QTest::mouseClick(p->submitButton(), Qt::LeftButton);
        QTest::mouseClick(p->submitButton(), Qt::LeftButton);
    } else {
        QTest::keyClick(p->personFields()->firstMonthEdit(), Qt::Key_Return);
        QTest::keyClick(p->personFields()->firstMonthEdit(), Qt::Key_Return);
    }
    QVERIFY(finished.wait(15000));
    QTest::qWait(300); // a second submission would have been answered by now
    QCOMPARE(finished.count(), 1);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(p->messageText()));
    QCOMPARE(requestsTo(u"/api/v1/openings/"_qs), 1);
    const client::ApiResponse found = call(findPerson(id));
    QVERIFY(found.ok());
    QCOMPARE(found.object().value(u"items").toArray().size(), 1);
}

void TestOpening::retryAfterFailureReusesTheKey()
{
    PersonOpeningPage *p = window()->page<PersonOpeningPage>();
    PersonFields *f = p->personFields();
    const QString id = citizen(403);
    QVERIFY(fillPersonForm(m_server.unitAccounts().value(0), id, u"孙十"_qs, u"9000"_qs, QString(), false));
    QTRY_VERIFY_WITH_TIMEOUT(p->unitText().contains(u"福州示例科技有限公司"_qs), 15000);
    client::ApiClient *api = m_client.shell->core()->api();
    client::Outbox *outbox = m_client.shell->core()->outbox();
    api->setRetryPolicy({2, 10, 20});
    m_server.kill();
    QSignalSpy finished(p, &PersonOpeningPage::finished);
    QTest::keyClick(f->firstMonthEdit(), Qt::Key_Return);
    // Saved in the outbox before it was sent; unanswered, it stays pending with its id.
    QTRY_VERIFY_WITH_TIMEOUT(p->messageText().contains(u"resent with the same id"_qs), 15000);
    QVERIFY(finished.isEmpty());
    const QString key = p->pendingOperationId();
    QVERIFY(!key.isEmpty());
    const auto saved = outbox->item(key);
    QVERIFY(saved);
    QCOMPARE(saved->state, client::Outbox::State::Pending);
    const int pending = outbox->pendingCount();
    // Enter again (another failure): the same operation with the same id, not a second one.
    QTest::keyClick(f->firstMonthEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!outbox->isInFlight(key), 15000);
    QCOMPARE(p->pendingOperationId(), key);
    QCOMPARE(outbox->pendingCount(), pending);
    // A changed form does not start a second opening while the first is unanswered.
    f->mobileEdit()->setFocus();
    typeText(f->mobileEdit(), u"13900000009"_qs);
    QTest::keyClick(f->mobileEdit(), Qt::Key_Return);
    QTest::keyClick(f->wageEdit(), Qt::Key_Return);
    QTest::keyClick(f->firstMonthEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!outbox->isInFlight(key), 15000);
    QCOMPARE(p->pendingOperationId(), key);
    QCOMPARE(outbox->pendingCount(), pending);
    QVERIFY(finished.isEmpty());
    // Back online, the resend with that id opens the account once; the operation is then done.
    QVERIFY(m_server.start(m_server.port()).isEmpty());
    api->setRetryPolicy({});
    QTest::keyClick(f->firstMonthEdit(), Qt::Key_Return);
    QVERIFY(finished.wait(15000));
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(p->messageText()));
    QVERIFY(p->pendingOperationId().isEmpty());
    QCOMPARE(outbox->item(key)->state, client::Outbox::State::Done);
    const client::ApiResponse found = call(findPerson(id));
    QCOMPARE(found.object().value(u"items").toArray().size(), 1);
}

void TestOpening::flexibleBadInput_data()
{
    QTest::addColumn<QString>("ratio");
    QTest::addColumn<QString>("wage");
    QTest::addColumn<QString>("mobile");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("base below the floor is refused")
        << u"12"_qs << u"1,000"_qs << u"13900000002"_qs << u"personWageBase"_qs
        << u"Wage base: The wage base is outside the policy floor or ceiling"_qs;
    QTest::newRow("base above the ceiling is refused")
        << u"12"_qs << u"30000"_qs << u"13900000002"_qs << u"personWageBase"_qs
        << u"Wage base: The wage base is outside the policy floor or ceiling"_qs;
    QTest::newRow("ratio outside the flexible range")
        << u"30"_qs << u"5000"_qs << u"13900000002"_qs << u"flexibleRatio"_qs
        << u"Deposit ratio: The deposit ratio is outside"_qs;
    QTest::newRow("ratio not a number") << u"abc"_qs << u"5000"_qs << u"13900000002"_qs << u"flexibleRatio"_qs
                                        << u"Deposit ratio: Not a ratio"_qs;
    QTest::newRow("mobile required") << u"12"_qs << u"5000"_qs << QString() << u"personMobile"_qs
                                     << u"Mobile number: Enter the mobile number"_qs;
}

void TestOpening::flexibleBadInput()
{
    QFETCH(QString, ratio);
    QFETCH(QString, wage);
    QFETCH(QString, mobile);
    QFETCH(QString, field);
    QFETCH(QString, message);
    FlexibleOpeningPage *p = window()->page<FlexibleOpeningPage>();
    PersonFields *f = p->personFields();
    open(u"2003"_qs);
    QCOMPARE(window()->currentPage(), u"2003"_qs);
    QVERIFY(p->policyText().contains(u"ratio 10.00 % to 24.00 %"_qs));
    QSignalSpy finished(p, &FlexibleOpeningPage::finished);
    QVERIFY(enterField(p->ratioEdit(), ratio));
    QVERIFY(chooseField(f->documentTypeBox(), 0));
    QVERIFY(enterField(f->documentNumberEdit(), citizen(500)));
    QVERIFY(enterField(f->nameEdit(), u"周七"_qs));
    QVERIFY(enterField(f->mobileEdit(), mobile));
    QVERIFY(enterField(f->wageEdit(), wage));
    QVERIFY(enterField(f->firstMonthEdit(), QString()));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(p->messageText().contains(message), qPrintable(p->messageText()));
    QCOMPARE(QApplication::focusWidget()->objectName(), field);
    QTest::qWait(100);
    QCOMPARE(requestsTo(u"/api/v1/openings/"_qs), 0);
}

void TestOpening::flexibleOpened()
{
    FlexibleOpeningPage *p = window()->page<FlexibleOpeningPage>();
    PersonFields *f = p->personFields();
    open(u"2003"_qs);
    const QString id = citizen(501);
    QVERIFY(enterField(p->ratioEdit(), u"12"_qs));
    QVERIFY(chooseField(f->documentTypeBox(), 0));
    QVERIFY(enterField(f->documentNumberEdit(), id));
    QVERIFY(enterField(f->nameEdit(), u"吴八"_qs));
    QVERIFY(enterField(f->mobileEdit(), u"+86 139-0000-0003"_qs));
    typeText(f->wageEdit(), u"5,000.00"_qs);
    // The person pays 12 % alone, rounded to whole yuan by the flexible policy.
    QVERIFY2(f->previewText().contains(u"600.00 a month (12.00 % of 5,000.00)"_qs),
             qPrintable(f->previewText()));
    QTest::keyClick(f->wageEdit(), Qt::Key_Return);
    QSignalSpy finished(p, &FlexibleOpeningPage::finished);
    QVERIFY(enterField(f->firstMonthEdit(), QString()));
    QVERIFY(finished.wait(15000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(p->messageText()));
    const QString text = p->result()->text();
    QVERIFY2(text.contains(u"Flexible-employment account"_qs) && text.contains(u"Monthly deposit 600.00"_qs),
             qPrintable(text));
    const QString serial = p->result()->receiptBar()->receipt().serial;
    QVERIFY(serial.startsWith(u"YW"_qs));
    const client::ApiResponse found = call(findPerson(id));
    QCOMPARE(found.object().value(u"items").toArray().size(), 1);
    QCOMPARE(found.object().value(u"items").toArray().at(0)[u"unitAccount"].toString(), m_closedUnit);
}

void TestOpening::messagesAreTranslated()
{
    QVERIFY(Translations::install(u"zh_CN"_qs));
    PersonOpeningPage *p = window()->page<PersonOpeningPage>();
    QSignalSpy finished(p, &PersonOpeningPage::finished);
    const bool filled = fillPersonForm(m_server.unitAccounts().value(0), withWrongCheck(citizen(600)),
                                       u"钱九"_qs, u"6000"_qs, QString());
    const QString text = p->messageText();
    Translations::install(u"en"_qs);
    QVERIFY(filled);
    QCOMPARE(finished.count(), 1);
    QVERIFY2(text.contains(u"证件号码"_qs) && text.contains(u"校验码不对"_qs), qPrintable(text));
    QCOMPARE(QApplication::focusWidget(), p->personFields()->documentNumberEdit());
}

QTEST_MAIN(TestOpening)
#include "tst_opening.moc"
