// The certificate pages (4001 issue, 4002 batch, 4003 verify) driven by the keyboard against a real
// hpf-server (demo seed with its training signing key): every type is issued, saved as PDF, its QR
// read back from the PDF and verified by typing it like a USB scanner; each verdict has its banner;
// a batch of 50 becomes one 50-page PDF, and a cancelled batch leaves no file.
#include "certificatejson.h"
#include "certificates/certificatebatchpage.h"
#include "certificates/certificateissuepage.h"
#include "certificates/certificatetypeform.h"
#include "certificates/certificateverifypage.h"
#include "certs/codereader.h"
#include "clientcore.h"
#include "crypto/base45.h"
#include "domain/identity.h"
#include "guitest.h"
#include "pdfwriter.h"
#include "serverfixture.h"
#include "session/session.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "transfer/transfertext.h"
#include "widgets/documentprinter.h"
#include "widgets/messagebox.h"

#include <QAbstractItemModelTester>
#include <QCborArray>
#include <QCborValue>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QUuid>

using namespace hpf;
using namespace hpf::ui;
using client::CertificateBanner;
using hpf::test::ClientUnderTest;
using hpf::test::signInThroughDialog;
using hpf::test::typeText;

Q_DECLARE_METATYPE(hpf::client::CertificateBanner)

namespace {

client::ApiResponse call(client::ClientCore *core, const client::ApiRequest &request)
{
    std::optional<client::ApiResponse> out;
    client::ApiCall *c = core->api()->send(request);
    QObject::connect(c, &client::ApiCall::finished, c, [&out](const client::ApiResponse &r) { out = r; });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, 30000);
    return out.value_or(client::ApiResponse{});
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The same envelope with one element replaced (a changed byte in the body, another kid).
QString reencoded(const QString &code, int element, const QCborValue &value)
{
    auto payload = crypto::base45Decode(QStringView(code).mid(5));
    if (!payload)
        return {};
    QCborArray envelope = QCborValue::fromCbor(*payload).toArray();
    envelope[element] = value;
    return u"HPF1:"_qs + crypto::base45Encode(QCborValue(envelope).toCbor());
}

QCborValue bodyWithChangedByte(const QString &code)
{
    auto payload = crypto::base45Decode(QStringView(code).mid(5));
    QByteArray body = QCborValue::fromCbor(*payload).toArray().at(2).toByteArray();
    body[body.size() - 1] = char(body.at(body.size() - 1) ^ 0x01);
    return body;
}

int pdfPages(const QString &path)
{
    QByteArray out;
    if (hpf::test::runProgram(u"pdfinfo"_qs, {path}, {}, &out) != 0)
        return -1;
    static const QRegularExpression pages(u"^Pages:\\s+(\\d+)"_qs, QRegularExpression::MultilineOption);
    const auto m = pages.match(QString::fromUtf8(out));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestCertificatePages : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void issueEachTypeThenVerifyTheScan_data();
    void issueEachTypeThenVerifyTheScan();
    void refusedIssueKeepsItsKeyForTheSameRequest();
    void verdictBanners_data();
    void verdictBanners();
    void verifyWithoutTrustListOrServer();
    void verifyFromImageAndPdfFiles();
    void batchOfFiftyIsOnePdf();
    void cancelledBatchLeavesNoFile_data();
    void cancelledBatchLeavesNoFile();
    void failedPdfResumesWithoutReissuing();

private:
    MainWindow *signedIn(ClientUnderTest &client, const QString &user = u"teller1"_qs);
    QJsonObject issueByApi(client::ClientCore *core, const QString &account);
    CertificateVerifyPage *verifyTyped(MainWindow *w, const QString &code);
    // Opens accounts in the unit until it has `count` active employees.
    bool ensureActiveEmployees(client::ClientCore *core, const QString &unit, int count);

    hpf::test::ServerFixture m_server;
    QTemporaryDir m_out;
};

void TestCertificatePages::initTestCase()
{
    for (const QString &tool : {u"pdftoppm"_qs, u"pdfinfo"_qs})
        QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
                 qPrintable(tool + u" is missing (poppler-utils; scripts/install-deps.sh installs it)"_qs));
    MessageBox::setAutoAnswer(QMessageBox::Ok);
    const QString error = m_server.prepare();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // A settled loan for the fourth demo person, so that 贷款结清证明 can be issued.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"seed"_qs);
        db.setDatabaseName(m_server.databasePath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.prepare(
            u"INSERT INTO loan_records (person_id, contract_number, granted_on, settled_on, created_at) "
            "SELECT person_id, 'HT-2015-001', '2015-03-01', '2024-12-31', 0 FROM accounts "
            "WHERE account_number = :a"_qs));
        q.bindValue(u":a"_qs, m_server.personalAccounts().value(3));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
    }
    QSqlDatabase::removeDatabase(u"seed"_qs);
    QVERIFY(m_server.start().isEmpty());
}

void TestCertificatePages::cleanup()
{
    if (!m_server.isRunning())
        QVERIFY(m_server.start(m_server.port()).isEmpty());
}

MainWindow *TestCertificatePages::signedIn(ClientUnderTest &client, const QString &user)
{
    return hpf::test::signedIn(client, m_server.url(), user);
}

QJsonObject TestCertificatePages::issueByApi(client::ClientCore *core, const QString &account)
{
    const auto r =
        call(core, client::ApiRequest::post(
                       u"/api/v1/certificates"_qs,
                       {{u"type"_qs, u"deposit_proof"_qs}, {u"accountNumber"_qs, account}}, newKey()));
    return r.status == 201 ? r.object() : QJsonObject();
}

// F9, the code typed like a USB scanner, Enter; returns the page once the verdict is shown.
CertificateVerifyPage *TestCertificatePages::verifyTyped(MainWindow *w, const QString &code)
{
    QTest::keyClick(w, Qt::Key_F9);
    if (w->currentPage() != u"4003"_qs)
        return nullptr;
    CertificateVerifyPage *page = w->page<CertificateVerifyPage>();
    if (!page->input()->hasFocus())
        return nullptr;
    QSignalSpy verified(page, &CertificateVerifyPage::verified);
    QTest::keyClicks(page->input(), code);
    QTest::keyClick(page->input(), Qt::Key_Return);
    if (!verified.wait(30000))
        return nullptr;
    return page;
}

bool TestCertificatePages::ensureActiveEmployees(client::ClientCore *core, const QString &unit, int count)
{
    const auto employees =
        call(core, client::ApiRequest::get(u"/api/v1/units/"_qs + unit + u"/employees"_qs));
    if (!employees.ok())
        return false;
    int active = 0;
    for (const QJsonValue &v : employees.object().value(u"items"_qs).toArray())
        active += v.toObject().value(u"state"_qs).toString() == u"01" ? 1 : 0;
    for (int i = active; i < count; ++i) {
        const QString first17 = u"110105"_qs + QDate(1975, 1, 1).addDays(i * 41).toString(u"yyyyMMdd"_qs) +
                                u"31"_qs + QString::number(i % 10);
        const QJsonObject body{{u"unitAccount"_qs, unit},
                               {u"documentType"_qs, u"01"_qs},
                               {u"documentNumber"_qs, QString(first17 + identity::checkCharacter(first17))},
                               {u"name"_qs, QStringLiteral("批量职工%1").arg(i)},
                               {u"wageBaseFen"_qs, 500000 + i * 100}};
        const auto r = call(core, client::ApiRequest::post(u"/api/v1/openings/accounts"_qs, body, newKey()));
        if (r.status != 201) {
            qWarning("opening an account failed: %s", r.json.toJson().constData());
            return false;
        }
    }
    return true;
}

void TestCertificatePages::issueEachTypeThenVerifyTheScan_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("accountIndex");
    QTest::addColumn<bool>("byIdentity");
    QTest::addColumn<QString>("loanCity");
    QTest::addColumn<QString>("title");
    QTest::newRow("deposit") << u"deposit_proof"_qs << 2 << false << QString() << u"住房公积金缴存证明"_qs;
    QTest::newRow("remote loan, found by identity number")
        << u"remote_loan_deposit_use"_qs << 2 << true << u"杭州市"_qs
        << u"异地贷款职工住房公积金缴存使用证明"_qs;
    QTest::newRow("no loan record") << u"no_loan_record"_qs << 2 << false << QString()
                                    << u"无住房公积金贷款记录证明"_qs;
    QTest::newRow("loan settled") << u"loan_settled"_qs << 3 << true << QString()
                                  << u"住房公积金贷款结清证明"_qs;
}

void TestCertificatePages::issueEachTypeThenVerifyTheScan()
{
    QFETCH(QString, type);
    QFETCH(int, accountIndex);
    QFETCH(bool, byIdentity);
    QFETCH(QString, loanCity);
    QFETCH(QString, title);
    ClientUnderTest client;
    MainWindow *w = signedIn(client);
    QVERIFY(w);
    const QString account = m_server.personalAccounts().value(accountIndex);

    QTest::keyClick(w, Qt::Key_F8);
    QCOMPARE(w->currentPage(), u"4001"_qs);
    CertificateIssuePage *page = w->page<CertificateIssuePage>();
    QTRY_VERIFY_WITH_TIMEOUT(page->typeForm()->isLoaded(), 15000);
    QVERIFY(page->personInput()->hasFocus());
    page->setKey(byIdentity ? CertificateIssuePage::Key::IdentityNumber
                            : CertificateIssuePage::Key::PersonalAccount);
    QSignalSpy found(page, &CertificateIssuePage::personsFound);
    typeText(page->personInput(), byIdentity ? m_server.identityOf(account) : account);
    QTest::keyClick(page->personInput(), Qt::Key_Return);
    QVERIFY(found.wait(15000));
    QCOMPARE(found.at(0).at(0).toInt(), 1);
    QCOMPARE(page->accountBox()->currentData().toString(), account);
    // The state in the UI language from the code table (issue 19), not the server's own label.
    QVERIFY2(page->accountBox()->currentText().endsWith(TransferText::accountState(u"01"_qs)),
             qPrintable(page->accountBox()->currentText()));
    // The type is chosen with the arrow keys; the list comes from the server (types are data).
    QComboBox *types = page->typeForm()->typeBox();
    QVERIFY(types->hasFocus());
    const int target = types->findData(type);
    QVERIFY(target >= 0);
    while (types->currentIndex() < target)
        QTest::keyClick(types, Qt::Key_Down);
    QCOMPARE(types->currentText(), title);
    QSignalSpy issued(page, &CertificateIssuePage::issued);
    QTest::keyClick(types, Qt::Key_Return);
    if (!loanCity.isEmpty()) {
        QLineEdit *city = page->typeForm()->inputEdit(u"loanCity"_qs);
        QVERIFY(city);
        QVERIFY(city->hasFocus()); // Enter moved on to the input the type declares
        QVERIFY(issued.isEmpty());
        typeText(city, loanCity);
        QTest::keyClick(city, Qt::Key_Return);
    }
    QVERIFY2(issued.wait(20000), qPrintable(page->statusText()));
    QVERIFY(page->certificate());
    const client::api::Certificate c = *page->certificate();
    QCOMPARE(c.title, title);
    QCOMPARE(c.accountNumber, account);
    QVERIFY(page->pendingOperationId().isEmpty());
    if (!loanCity.isEmpty())
        QCOMPARE(c.fields.last().value, loanCity);
    // The printout is the server's answer, field by field.
    const printing::CertificateDocument doc = page->document();
    QCOMPARE(doc.certificateNumber, c.number);
    QCOMPARE(doc.qrText, c.code);
    QCOMPARE(doc.fields.size(), c.fields.size());
    QVERIFY(doc.training); // the demo key is a training key
    QVERIFY(page->pdfButton()->isVisible());

    const QString pdf = m_out.filePath(type + u".pdf"_qs);
    const Status saved = page->savePdf(pdf);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().detail));
    QCOMPARE(pdfPages(pdf), 1);
    const auto scanned = client::CodeReader::readFile(pdf);
    QVERIFY2(scanned.ok(), scanned.ok() ? "" : qPrintable(scanned.error().detail));
    QCOMPARE(*scanned, c.code);

    CertificateVerifyPage *verify = verifyTyped(w, *scanned);
    QVERIFY(verify);
    QCOMPARE(verify->outcome().banner, CertificateBanner::Valid);
    QCOMPARE(verify->bannerLabel()->property("outcome").toString(), u"valid"_qs);
    QVERIFY2(verify->bannerText().startsWith(u"VALID"_qs), qPrintable(verify->bannerText()));
    QVERIFY(verify->bannerText().contains(u"TRAINING"_qs));
    QCOMPARE(verify->fieldValue(u"Certificate number"_qs), c.number);
    const client::api::Certificate::Field first = c.fields.first();
    QCOMPARE(verify->fieldValue(first.label), first.value);
    QVERIFY(verify->input()->text().isEmpty()); // ready for the next scan
}

void TestCertificatePages::refusedIssueKeepsItsKeyForTheSameRequest()
{
    ClientUnderTest client;
    MainWindow *w = signedIn(client);
    QVERIFY(w);
    QVERIFY(w->openCode(u"4001"_qs));
    CertificateIssuePage *page = w->page<CertificateIssuePage>();
    QTRY_VERIFY_WITH_TIMEOUT(page->typeForm()->isLoaded(), 15000);
    QSignalSpy found(page, &CertificateIssuePage::personsFound);
    typeText(page->personInput(), m_server.personalAccounts().value(4));
    QTest::keyClick(page->personInput(), Qt::Key_Return);
    QVERIFY(found.wait(15000));
    // 贷款结清证明 for someone without a loan: refused, nothing issued.
    QComboBox *types = page->typeForm()->typeBox();
    types->setCurrentIndex(types->findData(u"loan_settled"_qs));
    QSignalSpy failed(page, &CertificateIssuePage::issueFailed);
    QTest::keyClick(types, Qt::Key_Return);
    QVERIFY(failed.wait(15000));
    QVERIFY2(page->statusText().contains(u"loan record"_qs), qPrintable(page->statusText()));
    QVERIFY(!page->pdfButton()->isVisible()); // nothing to print
    const QString key = page->pendingOperationId();
    QVERIFY(!key.isEmpty());
    // The same request again keeps its key (the server answers the first attempt's outcome) …
    QTest::keyClick(types, Qt::Key_Return);
    QVERIFY(failed.wait(15000));
    QCOMPARE(page->pendingOperationId(), key);
    // … a different request gets a new one, and once issued the key is spent.
    types->setCurrentIndex(types->findData(u"no_loan_record"_qs));
    QSignalSpy issued(page, &CertificateIssuePage::issued);
    QTest::keyClick(types, Qt::Key_Return);
    QVERIFY(issued.wait(15000));
    QVERIFY(page->pendingOperationId().isEmpty());
    QVERIFY(page->pdfButton()->isVisible());
}

void TestCertificatePages::verdictBanners_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<CertificateBanner>("banner");
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("words");
    QTest::newRow("as issued") << u"none"_qs << CertificateBanner::Valid << QString() << u"VALID"_qs;
    QTest::newRow("changed byte") << u"byte"_qs << CertificateBanner::Invalid << u"cert.signature"_qs
                                  << u"bad signature"_qs;
    QTest::newRow("not our format") << u"prefix"_qs << CertificateBanner::Invalid << u"cert.prefix"_qs
                                    << u"not our format"_qs;
    QTest::newRow("truncated") << u"truncate"_qs << CertificateBanner::Invalid << u"cert.cbor"_qs
                               << u"damaged"_qs;
    QTest::newRow("unknown kid") << u"kid"_qs << CertificateBanner::Invalid << u"cert.unknown_kid"_qs
                                 << u"unknown key"_qs;
    QTest::newRow("revoked") << u"revoke"_qs << CertificateBanner::Revoked << QString() << u"REVOKED"_qs;
    QTest::newRow("superseded") << u"reissue"_qs << CertificateBanner::Superseded << QString()
                                << u"SUPERSEDED"_qs;
    QTest::newRow("offline") << u"offline"_qs << CertificateBanner::ValidStatusUnknown << QString()
                             << u"STATUS UNKNOWN (offline)"_qs;
}

void TestCertificatePages::verdictBanners()
{
    QFETCH(QString, change);
    QFETCH(CertificateBanner, banner);
    QFETCH(QString, step);
    QFETCH(QString, words);
    ClientUnderTest client;
    MainWindow *w = signedIn(client);
    QVERIFY(w);
    client::ClientCore *core = client.shell->core();
    const QJsonObject cert = issueByApi(core, m_server.personalAccounts().value(5));
    QVERIFY(!cert.isEmpty());
    const QString original = cert.value(u"code"_qs).toString();
    const QString number = cert.value(u"number"_qs).toString();
    QString code = original;
    if (change == u"byte") {
        code = reencoded(original, 2, bodyWithChangedByte(original));
    } else if (change == u"prefix") {
        code = u"HC1:"_qs + original.mid(5);
    } else if (change == u"truncate") {
        // Whole Base45 groups of the original: they decode, but the CBOR is cut off.
        const QString payload = original.mid(5);
        code = u"HPF1:"_qs + payload.left(payload.size() / 2 / 3 * 3);
    } else if (change == u"kid") {
        code = reencoded(original, 1, QByteArray(8, '\x42'));
    } else if (change == u"revoke") {
        const client::ApiRequest revoke =
            client::ApiRequest::post(u"/api/v1/certificates/"_qs + number + u"/revoke"_qs,
                                     {{u"reason"_qs, u"当事人申请作废"_qs}}, newKey());
        QSignalSpy granted(core->session(), &client::Session::grantFinished);
        core->session()->requestGrant(
            {u"supervisor1"_qs, u"train-supervisor1"_qs, u"撤销证明 "_qs + number, revoke});
        QVERIFY(granted.wait(15000));
        QVERIFY(granted.at(0).at(0).toBool());
        client::ApiRequest authorised = revoke;
        authorised.grant = granted.at(0).at(1).toString();
        const auto r = call(core, authorised);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(u"status"_qs).toString(), u"revoked"_qs);
    } else if (change == u"reissue") {
        const auto r =
            call(core, client::ApiRequest::post(u"/api/v1/certificates/"_qs + number + u"/reissue"_qs,
                                                {{u"reason"_qs, u"信息更新"_qs}}, newKey()));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.object().value(u"supersedes"_qs).toString(), number);
    } else if (change == u"offline") {
        // Online once, so the trust list is cached; then the server goes away.
        CertificateVerifyPage *online = verifyTyped(w, original);
        QVERIFY(online);
        QCOMPARE(online->outcome().banner, CertificateBanner::Valid);
        m_server.kill();
    }
    QVERIFY(!code.isEmpty());
    CertificateVerifyPage *page = verifyTyped(w, code);
    QVERIFY(page);
    QCOMPARE(page->outcome().banner, banner);
    QCOMPARE(page->outcome().failedStep, step);
    QVERIFY2(page->bannerText().contains(words), qPrintable(page->bannerText()));
    const bool signatureGood = banner != CertificateBanner::Invalid;
    // Fields are shown only from a verified body, so the clerk can compare them with the paper.
    QCOMPARE(page->fieldValue(u"Certificate number"_qs).isEmpty(), !signatureGood);
    if (signatureGood)
        QCOMPARE(page->fieldValue(u"Certificate number"_qs), number);
}

void TestCertificatePages::verifyWithoutTrustListOrServer()
{
    QString code;
    {
        ClientUnderTest issuer;
        MainWindow *w = signedIn(issuer);
        QVERIFY(w);
        code = issueByApi(issuer.shell->core(), m_server.personalAccounts().value(6))
                   .value(u"code"_qs)
                   .toString();
    }
    QVERIFY(!code.isEmpty());
    m_server.kill();
    // A fresh counter that never saw the trust list, with the server down: nothing can be said.
    ClientUnderTest client;
    client.start(client.options(m_server.url()));
    CertificateVerifyPage *page = client.shell->mainWindow()->page<CertificateVerifyPage>();
    QSignalSpy verified(page, &CertificateVerifyPage::verified);
    QTest::keyClicks(page->input(), code);
    QTest::keyClick(page->input(), Qt::Key_Return);
    QVERIFY(verified.wait(30000));
    QCOMPARE(page->outcome().banner, CertificateBanner::CannotVerify);
    QVERIFY2(page->bannerText().contains(u"CANNOT VERIFY"_qs), qPrintable(page->bannerText()));
}

void TestCertificatePages::verifyFromImageAndPdfFiles()
{
    ClientUnderTest client;
    MainWindow *w = signedIn(client);
    QVERIFY(w);
    const QJsonObject cert = issueByApi(client.shell->core(), m_server.personalAccounts().value(7));
    QVERIFY(!cert.isEmpty());
    const printing::CertificateDocument doc = printing::certificateDocumentFromJson(cert);
    const QString pdf = m_out.filePath(u"presented.pdf"_qs);
    QVERIFY(printing::writePdf(pdf, QPageSize(QPageSize::A4), 1, [&](QPainter &p, const QRectF &page, int) {
                printing::paintCertificate(p, page, doc);
            }).ok());
    // A "scan" of the paper: the page rasterised at 150 dpi.
    QCOMPARE(hpf::test::runProgram(u"pdftoppm"_qs, {u"-r"_qs, u"150"_qs, u"-png"_qs, u"-singlefile"_qs, pdf,
                                                    m_out.filePath(u"presented"_qs)}),
             0);
    const QString png = m_out.filePath(u"presented.png"_qs);
    QImage blank(400, 400, QImage::Format_RGB32);
    blank.fill(Qt::white);
    const QString noCode = m_out.filePath(u"blank.png"_qs);
    QVERIFY(blank.save(noCode));

    QTest::keyClick(w, Qt::Key_F9);
    CertificateVerifyPage *page = w->page<CertificateVerifyPage>();
    for (const QString &file : {png, pdf, noCode}) {
        // Keyboard: Tab to the button, Space opens the (non-modal) file dialog.
        page->openFileButton()->setFocus();
        QTest::keyClick(page->openFileButton(), Qt::Key_Space);
        QTRY_VERIFY(page->fileDialog() && page->fileDialog()->isVisible());
        QSignalSpy verified(page, &CertificateVerifyPage::verified);
        QSignalSpy unreadable(page, &CertificateVerifyPage::fileUnreadable);
        page->fileDialog()->selectFile(file);
        static_cast<QDialog *>(page->fileDialog())->accept(); // as if Open was pressed
        QTRY_VERIFY_WITH_TIMEOUT(verified.size() + unreadable.size() == 1, 30000);
        if (file == noCode) {
            QCOMPARE(unreadable.size(), 1);
            QVERIFY2(page->statusText().contains(u"No QR code"_qs), qPrintable(page->statusText()));
            continue;
        }
        QCOMPARE(verified.size(), 1);
        QCOMPARE(page->outcome().banner, CertificateBanner::Valid);
        QCOMPARE(page->fieldValue(u"Certificate number"_qs), cert.value(u"number"_qs).toString());
    }
}

void TestCertificatePages::batchOfFiftyIsOnePdf()
{
    ClientUnderTest client;
    MainWindow *w = signedIn(client);
    QVERIFY(w);
    client::ClientCore *core = client.shell->core();
    const QString unit = m_server.unitAccounts().value(1);
    QVERIFY(ensureActiveEmployees(core, unit, 50));

    QTest::keyClick(w, Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(w->currentPage(), u"4002"_qs);
    CertificateBatchPage *page = w->page<CertificateBatchPage>();
    QTRY_VERIFY_WITH_TIMEOUT(page->typeForm()->isLoaded(), 15000);
    QVERIFY(page->unitInput()->hasFocus());
    QAbstractItemModelTester tester(page->employees(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(page, &CertificateBatchPage::employeesLoaded);
    typeText(page->unitInput(), unit);
    QTest::keyClick(page->unitInput(), Qt::Key_Return);
    QVERIFY(loaded.wait(15000));
    QCOMPARE(loaded.at(0).at(0).toInt(), 50);
    QCOMPARE(page->selectedCount(), 50);
    QCOMPARE(page->typeForm()->typeCode(), u"deposit_proof"_qs);
    QVERIFY(page->typeForm()->typeBox()->hasFocus());
    QTest::keyClick(page->typeForm()->typeBox(), Qt::Key_Return); // on to the file name
    QVERIFY(page->outputEdit()->hasFocus());
    const QString pdf = m_out.filePath(u"batch-50.pdf"_qs);
    page->outputEdit()->selectAll();
    QTest::keyClicks(page->outputEdit(), pdf);
    QSignalSpy finished(page, &CertificateBatchPage::finished);
    QSignalSpy progress(page, &CertificateBatchPage::progressChanged);
    QTest::keyClick(page->outputEdit(), Qt::Key_Return); // Enter in the last field starts
    QVERIFY(finished.wait(180000));
    QCOMPARE(finished.at(0).at(0).value<CertificateBatchPage::Phase>(), CertificateBatchPage::Phase::Done);
    QCOMPARE(finished.at(0).at(1).toString(), pdf);
    QVERIFY2(page->statusText().contains(u"50 certificate(s)"_qs), qPrintable(page->statusText()));
    // Progress was real: chunk by chunk while issuing, page by page while writing.
    int issuingSteps = 0, renderingSteps = 0;
    for (const QList<QVariant> &p : std::as_const(progress))
        (p.at(0).value<CertificateBatchPage::Phase>() == CertificateBatchPage::Phase::Issuing
             ? issuingSteps
             : renderingSteps)++;
    QCOMPARE(issuingSteps, 50 / CertificateBatchPage::kChunk + 1);
    QVERIFY(renderingSteps > 10);
    QCOMPARE(page->progressBar()->value(), 50);
    QCOMPARE(pdfPages(pdf), 50);
    QVERIFY(!QFile::exists(pdf + u".part"_qs));
    const QList<client::api::Certificate> issued = page->certificates();
    QCOMPARE(issued.size(), 50);
    const auto first = client::CodeReader::readFile(pdf);
    QVERIFY(first.ok());
    QCOMPARE(*first, issued.first().code);
    // Every certificate is its own, with its own number.
    QSet<QString> numbers;
    for (const client::api::Certificate &c : issued)
        numbers.insert(c.number);
    QCOMPARE(numbers.size(), 50);
}

void TestCertificatePages::cancelledBatchLeavesNoFile_data()
{
    QTest::addColumn<int>("phase");
    QTest::newRow("while issuing") << int(CertificateBatchPage::Phase::Issuing);
    QTest::newRow("while writing the PDF") << int(CertificateBatchPage::Phase::Rendering);
}

void TestCertificatePages::cancelledBatchLeavesNoFile()
{
    QFETCH(int, phase);
    ClientUnderTest client;
    MainWindow *w = signedIn(client);
    QVERIFY(w);
    QVERIFY(ensureActiveEmployees(client.shell->core(), m_server.unitAccounts().value(1), 50));
    QVERIFY(w->openCode(u"4002"_qs));
    CertificateBatchPage *page = w->page<CertificateBatchPage>();
    QTRY_VERIFY_WITH_TIMEOUT(page->typeForm()->isLoaded(), 15000);
    QSignalSpy loaded(page, &CertificateBatchPage::employeesLoaded);
    typeText(page->unitInput(), m_server.unitAccounts().value(1));
    QTest::keyClick(page->unitInput(), Qt::Key_Return);
    QVERIFY(loaded.wait(15000));
    QVERIFY(loaded.at(0).at(0).toInt() > 2 * CertificateBatchPage::kChunk);
    const QString pdf = m_out.filePath(u"cancelled-%1.pdf"_qs.arg(phase));
    page->outputEdit()->setText(pdf);
    // Cancel as soon as the phase under test has made its first step.
    connect(page, &CertificateBatchPage::progressChanged, page,
            [page, phase](CertificateBatchPage::Phase now, int done, int) {
                if (int(now) == phase && done >= 1 && page->cancelButton()->isEnabled()) {
                    page->cancelButton()->setFocus();
                    QTest::keyClick(page->cancelButton(), Qt::Key_Space);
                }
            });
    QSignalSpy finished(page, &CertificateBatchPage::finished);
    page->startButton()->setFocus();
    QTest::keyClick(page->startButton(), Qt::Key_Space);
    QVERIFY(finished.wait(180000));
    QCOMPARE(finished.at(0).at(0).value<CertificateBatchPage::Phase>(),
             CertificateBatchPage::Phase::Cancelled);
    QVERIFY(finished.at(0).at(1).toString().isEmpty());
    QVERIFY2(page->statusText().contains(u"no PDF was written"_qs), qPrintable(page->statusText()));
    QVERIFY(!QFile::exists(pdf));
    QVERIFY(!QFile::exists(pdf + u".part"_qs));
    QVERIFY(page->startButton()->isEnabled());
}

void TestCertificatePages::failedPdfResumesWithoutReissuing()
{
    ClientUnderTest client;
    MainWindow *w = signedIn(client);
    QVERIFY(w);
    QVERIFY(w->openCode(u"4002"_qs));
    CertificateBatchPage *page = w->page<CertificateBatchPage>();
    QTRY_VERIFY_WITH_TIMEOUT(page->typeForm()->isLoaded(), 15000);
    QSignalSpy loaded(page, &CertificateBatchPage::employeesLoaded);
    typeText(page->unitInput(), m_server.unitAccounts().value(0));
    QTest::keyClick(page->unitInput(), Qt::Key_Return);
    QVERIFY(loaded.wait(15000));
    QVERIFY(loaded.at(0).at(0).toInt() >= 3);
    // A selection: only the first three employees.
    page->setAllSelected(false);
    for (int r = 0; r < 3; ++r)
        page->employees()->item(r, 0)->setCheckState(Qt::Checked);
    QCOMPARE(page->selectedCount(), 3);
    page->outputEdit()->setText(m_out.filePath(u"no-such-folder/batch.pdf"_qs));
    QSignalSpy finished(page, &CertificateBatchPage::finished);
    QTest::mouseClick(page->startButton(), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(0).at(0).value<CertificateBatchPage::Phase>(), CertificateBatchPage::Phase::Failed);
    QVERIFY2(page->statusText().contains(u"could not be written"_qs), qPrintable(page->statusText()));
    QCOMPARE(page->startButton()->text(), u"Resume"_qs);
    QStringList numbers;
    for (const client::api::Certificate &c : page->certificates())
        numbers << c.number;
    QCOMPARE(numbers.size(), 3);
    // Another folder, Resume: only the PDF is written again, nothing is issued twice.
    const QString pdf = m_out.filePath(u"batch-3.pdf"_qs);
    page->outputEdit()->setText(pdf);
    QTest::mouseClick(page->startButton(), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(1).at(0).value<CertificateBatchPage::Phase>(), CertificateBatchPage::Phase::Done);
    QStringList again;
    for (const client::api::Certificate &c : page->certificates())
        again << c.number;
    QCOMPARE(again, numbers);
    QCOMPARE(pdfPages(pdf), 3);
}

QTEST_MAIN(TestCertificatePages)
#include "tst_certificatepages.moc"
