#include "clientcore.h"
#include "domain/accountnumber.h"
#include "guitest.h"
#include "lookup/lookuptext.h"
#include "opening/receiptpage.h"
#include "opening/sealpage.h"
#include "serverfixture.h"
#include "session/session.h"
#include "session/settings.h"
#include "shell/calibrationdialog.h"
#include "shell/mainwindow.h"
#include "store/outbox.h"
#include "testsupport.h"
#include "widgets/documentprinter.h"
#include "widgets/messagebox.h"
#include "widgets/receiptbar.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPrinter>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace hpf;
using namespace hpf::ui;
using hpf::test::ClientUnderTest;
using hpf::test::typeText;

// 2005 封存/启封 and 2006 回单补打 driven from the keyboard against a real hpf-server, the receipt's
// QR read back by an independent decoder (pdftoppm + zbarimg), and the 套打 calibration dialog.
class TestSealReceipt : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sealForm_data();
    void sealForm();
    void doubleEnterSealsOnce();
    void receiptQrAndReprints();
    void badSerialMakesNoRequest();
    void calibrationIsSavedPerPrinter();
    void calibrationShiftsThePainting();
    void receiptFromServerJson_data();
    void receiptFromServerJson();

private:
    MainWindow *signedIn(ClientUnderTest &client, const QString &user);
    static void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    static void type(const QString &text);
    bool openByCode(MainWindow *w, const QString &code);
    // The whole form from the keyboard: number + Enter, then (when the number loads) the business,
    // the reason and a memo, Enter in the memo submits.
    bool fillSealForm(SealPage *page, const QString &number, const QString &action, const QString &reason);
    bool sealThroughPage(SealPage *page, const QString &number, const QString &action, const QString &reason);
    QString decodeQr(const QString &pdf);
    QString pdfText(const QString &pdf);
    int journalEntries(client::ClientCore *core, const QString &account, const QString &type);

    hpf::test::ServerFixture m_server;
    QTemporaryDir m_dir;
};

// Paths of the API requests the client has sent, recorded as their replies finish.
class RequestLog
{
public:
    explicit RequestLog(client::ClientCore *core)
    {
        auto *network = core->findChild<QNetworkAccessManager *>();
        Q_ASSERT(network);
        m_connection = QObject::connect(network, &QNetworkAccessManager::finished, network,
                                        [this](QNetworkReply *r) { m_paths << r->url().path(); });
    }
    ~RequestLog() { QObject::disconnect(m_connection); }
    int count(const QString &part) const
    {
        return int(std::count_if(m_paths.cbegin(), m_paths.cend(),
                                 [&](const QString &p) { return p.contains(part); }));
    }

private:
    QMetaObject::Connection m_connection;
    QStringList m_paths;
};

void TestSealReceipt::initTestCase()
{
    MessageBox::setAutoAnswer(QMessageBox::Ok);
    QVERIFY(m_dir.isValid());
    for (const QString &tool : {u"pdftoppm"_qs, u"zbarimg"_qs, u"pdftotext"_qs})
        QVERIFY2(
            !QStandardPaths::findExecutable(tool).isEmpty(),
            qPrintable(tool +
                       u" is missing: scripts/install-deps.sh installs poppler-utils and zbar-tools"_qs));
    const QString error = m_server.prepare();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_server.start().isEmpty());
    QVERIFY(m_server.personalAccounts().size() >= 12);
}

MainWindow *TestSealReceipt::signedIn(ClientUnderTest &client, const QString &user)
{
    return hpf::test::signedIn(client, m_server.url(), user);
}

void TestSealReceipt::key(int k, Qt::KeyboardModifiers modifiers)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, Qt::Key(k), modifiers);
}

void TestSealReceipt::type(const QString &text)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    typeText(focus, text);
}

bool TestSealReceipt::openByCode(MainWindow *w, const QString &code)
{
    QTest::keyClick(w, Qt::Key_G, Qt::ControlModifier); // focus the transaction code box
    if (!w->codeBox()->hasFocus())
        return false;
    typeText(w->codeBox(), code);
    QTest::keyClick(w->codeBox(), Qt::Key_Return);
    return w->codeBox()->text().isEmpty();
}

bool TestSealReceipt::fillSealForm(SealPage *page, const QString &number, const QString &action,
                                   const QString &reason)
{
    if (!page->accountEdit()->hasFocus())
        return false;
    QSignalSpy loaded(page, &SealPage::accountLoaded);
    key(Qt::Key_A, Qt::ControlModifier);
    type(number);
    key(Qt::Key_Return);
    if (!page->actionBox()->hasFocus())
        return false; // an invalid number keeps the focus
    if (!loaded.wait(15000) || !loaded.at(0).at(0).toBool())
        return false;
    key(action == u"seal" ? Qt::Key_Home : Qt::Key_End);
    key(Qt::Key_Return);
    if (action == u"seal") {
        if (!page->reasonBox()->hasFocus())
            return false;
        key(Qt::Key_Home); // "— choose a reason —"
        if (!reason.isEmpty()) {
            // Keyboard search on "01  离职" …, a fresh search (not a continuation of the last one).
            QTest::qWait(QApplication::keyboardInputInterval() + 50);
            type(reason);
        }
        key(Qt::Key_Return);
    }
    if (!page->memoEdit()->hasFocus())
        return false;
    key(Qt::Key_A, Qt::ControlModifier);
    type(u"test"_qs);
    return true;
}

bool TestSealReceipt::sealThroughPage(SealPage *page, const QString &number, const QString &action,
                                      const QString &reason)
{
    page->accountEdit()->setFocus();
    if (!fillSealForm(page, number, action, reason))
        return false;
    QSignalSpy finished(page, &SealPage::finished);
    key(Qt::Key_Return);
    return finished.wait(15000) && finished.at(0).at(0).toBool();
}

QString TestSealReceipt::decodeQr(const QString &pdf)
{
    const QString prefix = pdf.chopped(4);
    if (hpf::test::runProgram(u"pdftoppm"_qs,
                              {u"-r"_qs, u"150"_qs, u"-png"_qs, u"-singlefile"_qs, pdf, prefix}) != 0)
        return u"(pdftoppm failed)"_qs;
    QByteArray out;
    if (hpf::test::readQrWithZbar(prefix + u".png"_qs, &out) != 0)
        return u"(no symbol found)"_qs;
    return QString::fromUtf8(out).trimmed();
}

QString TestSealReceipt::pdfText(const QString &pdf)
{
    QByteArray out;
    if (hpf::test::runProgram(u"pdftotext"_qs, {u"-enc"_qs, u"UTF-8"_qs, pdf, u"-"_qs}, {}, &out) != 0)
        return {};
    return QString::fromUtf8(out).remove(QRegularExpression(u"\\s"_qs));
}

int TestSealReceipt::journalEntries(client::ClientCore *core, const QString &account, const QString &type)
{
    QSignalSpy done(core->api()->send(client::ApiRequest::get(u"/api/v1/accounts/"_qs + account +
                                                              u"/journal?limit=100"_qs)),
                    &client::ApiCall::finished);
    if (!done.wait(15000))
        return -1;
    const auto response = done.at(0).at(0).value<client::ApiResponse>();
    if (!response.ok())
        return -1;
    int n = 0;
    for (const QJsonValue &item : response.object().value(u"items").toArray())
        n += item[u"businessType"].toString() == type;
    return n;
}

void TestSealReceipt::sealForm_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("account");    // index into the demo accounts; -1 unknown, -2 mistyped
    QTest::addColumn<QString>("before"); // "seal": sealed first through the page; "close": 05 in the DB
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("sent"); // whether the operation reached the server
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("state");   // state code shown (as its display text) afterwards
    QTest::addColumn<QString>("message"); // in the status line
    QTest::newRow("wrong check character")
        << u"teller1"_qs << -2 << QString() << u"seal"_qs << u"01"_qs << false << false << QString()
        << u"Account number: The check character"_qs;
    QTest::newRow("unknown account") << u"teller1"_qs << -1 << QString() << u"seal"_qs << u"01"_qs << false
                                     << false << QString() << u"No such personal account"_qs;
    QTest::newRow("seal an active account") << u"teller1"_qs << 2 << QString() << u"seal"_qs << u"01"_qs
                                            << true << true << u"02"_qs << u"sealed, serial YW"_qs;
    QTest::newRow("seal a sealed account")
        << u"teller1"_qs << 3 << u"seal"_qs << u"seal"_qs << u"03"_qs << true << false << u"02"_qs
        << u"Account number: The account is already sealed"_qs;
    QTest::newRow("unseal a sealed account") << u"teller1"_qs << 4 << u"seal"_qs << u"unseal"_qs << QString()
                                             << true << true << u"01"_qs << u"unsealed, serial YW"_qs;
    QTest::newRow("unseal an active account")
        << u"teller1"_qs << 5 << QString() << u"unseal"_qs << QString() << true << false << u"01"_qs
        << u"Account number: The account is not sealed"_qs;
    QTest::newRow("missing reason") << u"teller1"_qs << 6 << QString() << u"seal"_qs << QString() << false
                                    << false << u"01"_qs << u"Reason: Choose a sealing reason"_qs;
    QTest::newRow("closed account") << u"teller2"_qs << 8 << u"close"_qs << u"seal"_qs << u"99"_qs << true
                                    << false << u"05"_qs << u"Account number: The account is closed"_qs;
}

void TestSealReceipt::sealForm()
{
    QFETCH(QString, user);
    QFETCH(int, account);
    QFETCH(QString, before);
    QFETCH(QString, action);
    QFETCH(QString, reason);
    QFETCH(bool, sent);
    QFETCH(bool, ok);
    QFETCH(QString, state);
    QFETCH(QString, message);

    QString number = m_server.personalAccounts().value(std::max(account, 2));
    if (account == -1)
        number = *accountnumber::make(accountnumber::Kind::Personal, 99'999'999);
    if (account == -2) { // one digit changed: the check character no longer fits
        QChar &digit = number[5];
        digit = QChar(u'0' + (digit.digitValue() + 1) % 10);
    }
    if (before == u"close") {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"fixture"_qs);
        db.setDatabaseName(m_server.databasePath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.prepare(u"UPDATE accounts SET state = '05' WHERE account_number = ?"_qs));
        q.addBindValue(number);
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 1);
        q = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"fixture"_qs);
    }

    ClientUnderTest client;
    MainWindow *w = signedIn(client, user);
    QVERIFY(w);
    QVERIFY(openByCode(w, u"2005"_qs));
    QCOMPARE(w->currentPage(), u"2005"_qs);
    SealPage *page = w->page<SealPage>();
    if (before == u"seal")
        QVERIFY(sealThroughPage(page, number, u"seal"_qs, u"01"_qs));
    client::Outbox *outbox = client.shell->core()->outbox();
    const qsizetype itemsBefore = outbox->items(client::Outbox::State::Done).size();
    RequestLog requests(client.shell->core());
    page->accountEdit()->setFocus();

    if (account == -2) {
        key(Qt::Key_A, Qt::ControlModifier);
        type(number);
        key(Qt::Key_Return);
        QVERIFY2(page->statusText().startsWith(message), qPrintable(page->statusText()));
        QVERIFY(page->accountEdit()->hasFocus()); // stays on the number
        QVERIFY(page->stateText().isEmpty());
        // Even when submitted from the button: refused before any request.
        QTest::keyClick(page->submitButton(), Qt::Key_Space);
        QVERIFY2(page->statusText().startsWith(message), qPrintable(page->statusText()));
        QTest::qWait(500);
        QCOMPARE(requests.count(u"/accounts/"_qs), 0);
        QVERIFY(outbox->items(client::Outbox::State::Pending).isEmpty());
        QCOMPARE(outbox->items(client::Outbox::State::Done).size(), itemsBefore);
        return;
    }
    if (account == -1) {
        QSignalSpy loaded(page, &SealPage::accountLoaded);
        key(Qt::Key_A, Qt::ControlModifier);
        type(number);
        key(Qt::Key_Return);
        QVERIFY(loaded.wait(15000));
        QCOMPARE(loaded.at(0).at(0).toBool(), false);
        QVERIFY2(page->statusText().contains(message), qPrintable(page->statusText()));
        QVERIFY2(page->statusText().contains(u"(request "_qs), qPrintable(page->statusText()));
        QCOMPARE(requests.count(u"/accounts/"_qs), 1);
        QVERIFY(outbox->items(client::Outbox::State::Done).size() == itemsBefore);
        return;
    }

    QVERIFY(fillSealForm(page, number, action, reason));
    // The state reads as its code table's text (正常, 封存 …), never as the bare code.
    const QString stateBefore = before == u"seal" ? u"02"_qs : before == u"close" ? u"05"_qs : u"01"_qs;
    QVERIFY2(page->stateText().startsWith(LookupText::accountState(stateBefore)),
             qPrintable(page->stateText()));
    QVERIFY2(!page->stateText().startsWith(stateBefore), qPrintable(page->stateText()));
    QSignalSpy finished(page, &SealPage::finished);
    key(Qt::Key_Return); // in the memo: submits
    if (sent) {
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.at(0).at(0).toBool(), ok);
    } else {
        QTest::qWait(300);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(requests.count(u"/seal"_qs) + requests.count(u"/unseal"_qs), 0);
        QVERIFY(page->reasonBox()->hasFocus()); // the field to correct
    }
    QVERIFY2(page->statusText().contains(message), qPrintable(page->statusText()));
    QVERIFY2(page->stateText().startsWith(state.isEmpty() ? QString() : LookupText::accountState(state)),
             qPrintable(page->stateText()));
    QCOMPARE(page->receiptBar()->hasReceipt(), ok);
    if (ok) {
        QVERIFY(page->receiptBar()->isVisible());
        const client::api::Receipt receipt = page->receiptBar()->receipt();
        QVERIFY(page->statusText().contains(receipt.serial));
        QCOMPARE(receipt.business, action == u"seal" ? u"account_seal"_qs : u"account_unseal"_qs);
        // The account page (GET) agrees with what the seal page shows.
        const int sealed = journalEntries(client.shell->core(), number, u"05"_qs);
        const int unsealed = journalEntries(client.shell->core(), number, u"04"_qs);
        QCOMPARE(sealed, before == u"seal" || action == u"seal" ? 1 : 0);
        QCOMPARE(unsealed, action == u"unseal" ? 1 : 0);
    } else if (sent) {
        QVERIFY(page->statusText().contains(u"(request "_qs));
        QCOMPARE(outbox->items(client::Outbox::State::Failed).size(), 1);
    }
}

void TestSealReceipt::doubleEnterSealsOnce()
{
    ClientUnderTest client;
    MainWindow *w = signedIn(client, u"teller1"_qs);
    QVERIFY(w);
    QVERIFY(openByCode(w, u"2005"_qs));
    SealPage *page = w->page<SealPage>();
    const QString number = m_server.personalAccounts().value(0);
    QVERIFY(fillSealForm(page, number, u"seal"_qs, u"01"_qs));
    RequestLog requests(client.shell->core());
    QSignalSpy finished(page, &SealPage::finished);
    key(Qt::Key_Return);
    key(Qt::Key_Return); // at once: while the first is in flight
    QVERIFY(finished.wait(15000));
    key(Qt::Key_Return); // and late: after the answer
    QTest::mouseDClick(page->submitButton(), Qt::LeftButton);
    QTest::qWait(1000);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY2(page->statusText().contains(u"sealed, serial"_qs), qPrintable(page->statusText()));
    client::Outbox *outbox = client.shell->core()->outbox();
    QCOMPARE(outbox->items(client::Outbox::State::Done).size(), 1);
    QCOMPARE(outbox->items(client::Outbox::State::Failed).size(), 0);
    QCOMPARE(outbox->items(client::Outbox::State::Pending).size(), 0);
    QCOMPARE(requests.count(u"/seal"_qs), 1);
    QCOMPARE(journalEntries(client.shell->core(), number, u"05"_qs), 1);
}

void TestSealReceipt::receiptQrAndReprints()
{
    ClientUnderTest client;
    MainWindow *w = signedIn(client, u"teller1"_qs);
    QVERIFY(w);
    QVERIFY(openByCode(w, u"2005"_qs));
    QVERIFY(sealThroughPage(w->page<SealPage>(), m_server.personalAccounts().value(1), u"seal"_qs, u"04"_qs));
    ReceiptBar *bar = w->page<SealPage>()->receiptBar();
    const QString serial = bar->receipt().serial;
    QVERIFY2(ReceiptPage::serialFromInput(serial) == serial, qPrintable(serial));

    // The original receipt: its QR read by an independent decoder is what the receipt page takes.
    const QString original = m_dir.filePath(u"original.pdf"_qs);
    QVERIFY(w->printer()->savePdf(bar->printJob(), original).ok());
    const QString scanned = decodeQr(original);
    QCOMPARE(ReceiptPage::serialFromInput(scanned), serial);
    QVERIFY(!pdfText(original).contains(u"补打"_qs));
    // (pdftotext gives some ideographs as their Kangxi radical look-alikes, so only safe characters.)
    QVERIFY2(pdfText(original).contains(u"封存业务回单"_qs), qPrintable(pdfText(original)));

    // 2006: the scanner types the code and Enter.
    QVERIFY(openByCode(w, u"2006"_qs));
    ReceiptPage *page = w->page<ReceiptPage>();
    QVERIFY(page->serialEdit()->hasFocus());
    QSignalSpy loaded(page, &ReceiptPage::loaded);
    type(scanned);
    key(Qt::Key_Return);
    QVERIFY(loaded.wait(15000));
    QCOMPARE(loaded.at(0).at(0).toBool(), true);
    QCOMPARE(page->serial(), serial);
    QCOMPARE(page->reprintCount(), 0);
    QCOMPARE(page->countText(), u"Reprinted 0 time(s)"_qs);
    QCOMPARE(page->previewData().serial, serial);
    QCOMPARE(page->previewData().reprintCount, 0);
    QVERIFY(!page->receiptBar()->hasReceipt()); // nothing to print before the reprint is counted
    QVERIFY(page->reprintButton()->hasFocus());

    QSignalSpy reprinted(page, &ReceiptPage::reprinted);
    for (int n = 1; n <= 2; ++n) {
        key(Qt::Key_Return); // on the 补打 button; a double press counts once
        if (n == 1)
            key(Qt::Key_Return);
        QVERIFY(reprinted.wait(15000));
        QTest::qWait(300);
        QCOMPARE(reprinted.size(), n);
        QCOMPARE(reprinted.at(n - 1).at(0).toInt(), n);
        QCOMPARE(page->reprintCount(), n);
        QVERIFY2(page->countText().startsWith(u"Reprinted %1 time(s)"_qs.arg(n)),
                 qPrintable(page->countText()));
        QVERIFY(page->receiptBar()->isVisible());
        QCOMPARE(page->receiptBar()->receiptData().reprintCount, n);
        QCOMPARE(page->previewData().reprintCount, n);
        const QString pdf = m_dir.filePath(u"reprint-%1.pdf"_qs.arg(n));
        QVERIFY(w->printer()->savePdf(page->receiptBar()->printJob(), pdf).ok());
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(u"补打第%1次"_qs.arg(n)), qPrintable(text));
        QCOMPARE(decodeQr(pdf), scanned);
        QVERIFY(page->reprintButton()->hasFocus());
    }
    // Looked up again, the count is the server's.
    loaded.clear();
    page->serialEdit()->setFocus();
    key(Qt::Key_A, Qt::ControlModifier);
    type(serial);
    key(Qt::Key_Return);
    QVERIFY(loaded.wait(15000));
    QVERIFY2(page->countText().startsWith(u"Reprinted 2 time(s), last on"_qs), qPrintable(page->countText()));
    QCOMPARE(client.shell->core()->outbox()->items(client::Outbox::State::Done).size(),
             3); // seal + 2 reprints
    // Printing was never needed for any of this: no printer enumerated.
    QVERIFY(!w->printer()->printer());
}

void TestSealReceipt::badSerialMakesNoRequest()
{
    ClientUnderTest client;
    MainWindow *w = signedIn(client, u"supervisor1"_qs); // supervisors reprint too
    QVERIFY(w);
    QVERIFY(openByCode(w, u"2006"_qs));
    ReceiptPage *page = w->page<ReceiptPage>();
    RequestLog requests(client.shell->core());
    type(u"YW2026112"_qs);
    key(Qt::Key_Return);
    QVERIFY2(page->statusText().startsWith(u"Business serial number: A business serial number is YW"_qs),
             qPrintable(page->statusText()));
    QVERIFY(!page->reprintButton()->isEnabled());
    QSignalSpy loaded(page, &ReceiptPage::loaded);
    key(Qt::Key_A, Qt::ControlModifier);
    type(u"YW2000010100000001"_qs); // well-formed, never issued
    key(Qt::Key_Return);
    QVERIFY(loaded.wait(15000));
    QVERIFY2(page->statusText().contains(u"There is no receipt with this serial number"_qs),
             qPrintable(page->statusText()));
    QCOMPARE(requests.count(u"/receipts/"_qs), 1);
}

void TestSealReceipt::calibrationIsSavedPerPrinter()
{
    ClientUnderTest client;
    MainWindow *w = signedIn(client, u"teller1"_qs);
    QVERIFY(w);
    QVERIFY(openByCode(w, u"2005"_qs));
    QVERIFY(openByCode(w, u"2006"_qs));
    QVERIFY(!w->printer()->printer()); // no printer enumerated before the first print

    auto *action = w->findChild<QAction *>(u"calibrationAction"_qs);
    QVERIFY(action);
    action->trigger();
    auto *dialog = w->findChild<CalibrationDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!w->printer()->printer());         // opening it does not enumerate printers either
    QVERIFY(!dialog->rightBox()->isEnabled()); // nothing chosen yet: nothing to calibrate

    const QString name = u"HPF-Test-Printer"_qs;
    dialog->setPrinterName(name);
    QVERIFY(dialog->rightBox()->isEnabled());
    QCOMPARE(dialog->rightBox()->value(), 0.0);
    QTest::qWait(50); // let pending activations of the main window arrive first
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    dialog->rightBox()->setFocus();
    key(Qt::Key_A, Qt::ControlModifier);
    type(u"2.5"_qs);
    key(Qt::Key_Tab);
    QVERIFY2(dialog->downBox()->hasFocus(),
             QApplication::focusWidget()
                 ? qPrintable(QApplication::focusWidget()->objectName() + u' ' +
                              QString::fromLatin1(QApplication::focusWidget()->metaObject()->className()))
                 : "none");
    key(Qt::Key_A, Qt::ControlModifier);
    type(u"-1.5"_qs);
    QSignalSpy accepted(dialog, &QDialog::accepted);
    key(Qt::Key_Return);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(w->printer()->offsetMm(name), QPointF(2.5, -1.5));
    QCOMPARE(w->printer()->offsetMm(u"Another printer"_qs), QPointF());
    // Persisted: a fresh settings object on the same file reads it back, and so does a new printer.
    client::Settings reread(client.options(m_server.url()).settingsPath);
    QCOMPARE(reread.printerOffsetMm(name), QPointF(2.5, -1.5));
    DocumentPrinter other(w);
    other.setSettings(&reread);
    QCOMPARE(other.offsetMm(name), QPointF(2.5, -1.5));
    QVERIFY(!w->printer()->printer());
}

// Left/top edge of the ink on a rasterised page (the receipt's frame and QR move with it).
static QPoint inkOrigin(const QString &png)
{
    const QImage image = QImage(png).convertToFormat(QImage::Format_Grayscale8);
    int left = image.width();
    int top = image.height();
    for (int y = 0; y < image.height(); ++y) {
        const uchar *row = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            if (row[x] < 128) {
                left = std::min(left, x);
                top = std::min(top, y);
            }
        }
    }
    return {left, top};
}

void TestSealReceipt::calibrationShiftsThePainting()
{
    client::Settings settings(m_dir.filePath(u"calibration.ini"_qs));
    DocumentPrinter printer(nullptr);
    printer.setSettings(&settings);
    const QJsonObject receipt{{u"serial"_qs, u"YW2026112200000001"_qs},
                              {u"businessLabel"_qs, u"个人账户封存"_qs},
                              {u"center"_qs, QJsonObject{{u"name"_qs, u"示例住房公积金管理中心"_qs}}},
                              {u"at"_qs, u"2026-11-22T10:00:00+08:00"_qs}};
    ReceiptBar bar(&printer);
    const auto typed = client::api::Receipt::fromJson(receipt);
    QVERIFY2(typed.ok(), typed.ok() ? "" : qPrintable(typed.error().field));
    bar.setReceipt(*typed, false);
    const PrintJob job = bar.printJob();
    QVERIFY(job.preprintedForm);
    QPoint origin[2];
    for (int i = 0; i < 2; ++i) {
        QPrinter pdf(QPrinter::HighResolution);
        const QString path = m_dir.filePath(u"calibrated-%1.pdf"_qs.arg(i));
        pdf.setOutputFileName(path);
        if (i == 1)
            printer.setOffsetMm(DocumentPrinter::calibrationName(pdf), QPointF(10, 5));
        printer.printOn(&pdf, job);
        QCOMPARE(decodeQr(path), u"YW2026112200000001"_qs); // leaves <name>.png next to it
        origin[i] = inkOrigin(path.chopped(4) + u".png"_qs);
    }
    // 10 mm right and 5 mm down at 150 dpi: 59 and 30 pixels (±1 for rounding).
    const int dx = origin[1].x() - origin[0].x();
    const int dy = origin[1].y() - origin[0].y();
    QVERIFY2(std::abs(dx - 59) <= 1, qPrintable(QString::number(dx)));
    QVERIFY2(std::abs(dy - 30) <= 1, qPrintable(QString::number(dy)));
    client::Settings reread(m_dir.filePath(u"calibration.ini"_qs));
    QCOMPARE(reread.printerOffsetMm(u"PDF"_qs), QPointF(10, 5));
}

void TestSealReceipt::receiptFromServerJson_data()
{
    QTest::addColumn<QJsonObject>("teller");
    QTest::addColumn<QJsonArray>("amounts");
    QTest::addColumn<int>("reprint");
    QTest::addColumn<QString>("expectedTeller");
    QTest::addColumn<QStringList>("expectedRows"); // label=value, after the printed lines
    QTest::addColumn<qint64>("expectedTotal");     // -1: no amount
    auto amount = [](const QString &label, qint64 fen, const QString &text) {
        return QJsonObject{{u"label"_qs, label}, {u"fen"_qs, fen}, {u"text"_qs, text}};
    };
    const QJsonObject sameName{{u"username"_qs, u"teller1"_qs}, {u"name"_qs, u"teller1"_qs}};
    const QJsonObject named{{u"username"_qs, u"teller7"_qs}, {u"name"_qs, u"王芳"_qs}};
    QTest::newRow("no amounts") << sameName << QJsonArray() << 0 << u"teller1"_qs << QStringList()
                                << qint64(-1);
    QTest::newRow("one amount") << named << QJsonArray{amount(u"账户余额"_qs, 123456, u"1,234.56"_qs)} << 0
                                << u"teller7 王芳"_qs << QStringList() << qint64(123456);
    QTest::newRow("unit, personal, total")
        << named
        << QJsonArray{amount(u"单位月缴存额"_qs, 60000, u"600.00"_qs),
                      amount(u"个人月缴存额"_qs, 60000, u"600.00"_qs),
                      amount(u"月缴存额合计"_qs, 120000, u"1,200.00"_qs)}
        << 2 << u"teller7 王芳"_qs << QStringList{u"单位月缴存额=600.00"_qs, u"个人月缴存额=600.00"_qs}
        << qint64(120000);
}

void TestSealReceipt::receiptFromServerJson()
{
    QFETCH(QJsonObject, teller);
    QFETCH(QJsonArray, amounts);
    QFETCH(int, reprint);
    QFETCH(QString, expectedTeller);
    QFETCH(QStringList, expectedRows);
    QFETCH(qint64, expectedTotal);
    const QJsonObject receipt{
        {u"serial"_qs, u"YW2026112200000042"_qs},
        {u"businessLabel"_qs, u"个人开户"_qs},
        {u"center"_qs, QJsonObject{{u"name"_qs, u"示例住房公积金管理中心"_qs}}},
        {u"branch"_qs, QJsonObject{{u"name"_qs, u"中心营业部"_qs}}},
        {u"teller"_qs, teller},
        {u"at"_qs, u"2026-11-22T10:15:30+08:00"_qs},
        {u"lines"_qs, QJsonArray{QJsonObject{{u"label"_qs, u"姓名"_qs}, {u"value"_qs, u"张*"_qs}}}},
        {u"amounts"_qs, amounts}};
    const auto typed = client::api::Receipt::fromJson(receipt);
    QVERIFY2(typed.ok(), typed.ok() ? "" : qPrintable(typed.error().field));
    const printing::ReceiptData d = ReceiptBar::printData(*typed, true, reprint);
    QCOMPARE(d.title, u"个人开户业务回单"_qs);
    QCOMPARE(d.serial, u"YW2026112200000042"_qs);
    QCOMPARE(d.qrText, d.serial);
    QCOMPARE(d.time, QDateTime(QDate(2026, 11, 22), QTime(2, 15, 30), Qt::UTC));
    QCOMPARE(d.teller, expectedTeller);
    QCOMPARE(d.reprintCount, reprint);
    QVERIFY(d.training);
    QStringList rows;
    for (qsizetype i = 1; i < d.fields.size(); ++i)
        rows << d.fields[i].label + u'=' + d.fields[i].value;
    QCOMPARE(d.fields.first().label, u"姓名"_qs);
    QCOMPARE(rows, expectedRows);
    QCOMPARE(d.amountFen.value_or(-1), expectedTotal);
}

QTEST_MAIN(TestSealReceipt)
#include "tst_sealreceipt.moc"
