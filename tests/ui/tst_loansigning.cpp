// 面签 (7003) and 合同验证 (7006) against a real hpf-server on SQLite (init + demo-seed), by keyboard,
// with the TRAINING card reader (test card files), a fed camera and synthetic pen strokes:
// - the demo's approved application opened by its serial: the session starts, the signers listed,
//   TRAINING said on screen;
// - a stranger's card on the reader: refused, naming the document number, nothing posted;
// - the borrower's card, then the photo; the page is destroyed mid-session; a new page resumes
//   from the server's session at the signature;
// - an empty pad is refused (signature.empty) and nothing is posted;
// - the loan contract signed on the pad; the page destroyed again after it; a new page takes the
//   recording back from the outbox, the mortgage contract is signed, both contracts are signed by
//   the center (the application is "signed"), saved as PDF and printed to a PDF printer;
// - 7006: the saved PDF is valid with its contract number and time; one changed byte is "changed";
//   the rendered PDF without the block is "not signed"; a file that is not a PDF is refused.
#include "api/loans.h"
#include "api/loansigning.h"
#include "clientcore.h"
#include "crypto/sm3.h"
#include "devices/camera.h"
#include "domain/errortext.h"
#include "guitest.h"
#include "loan/signingdevices.h"
#include "loan/signingpage.h"
#include "loan/verifypage.h"
#include "loantest.h"
#include "serverfixture.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "widgets/documentprinter.h"
#include "widgets/messagebox.h"
#include "widgets/signaturepad.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>

using namespace hpf;
using namespace hpf::ui;
using hpf::test::ClientUnderTest;

using hpf::test::cameraImage;
using hpf::test::choose;
using hpf::test::sign;

class TestLoanSigning : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void signingByKeyboard();
    void verifyContracts();

private:
    // A 7003 page on `core` shown and active, with the TRAINING reader and the fed camera.
    std::unique_ptr<LoanSigningPage> newPage(client::ClientCore *core,
                                             client::devices::FedImageCamera **camera);
    bool openSerial(LoanSigningPage *page, const QString &serial);
    bool press(LoanSigningPage *page, QWidget *target, QKeyCombination key, bool expectOk);

    hpf::test::ServerFixture m_server;
    ClientUnderTest m_client;
    QByteArray m_signedLoan;   // the loan contract as the center signed it
    QByteArray m_renderedLoan; // the same contract as rendered before signing (no block)
    QString m_loanNumber;
    QTemporaryDir m_files;
};

void TestLoanSigning::initTestCase()
{
    MessageBox::setAutoAnswer(QMessageBox::Yes);
    const QString error = m_server.prepare();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!m_server.approvedLoanSerial().isEmpty(), "demo-seed printed no approved loan application");
    const QString started = m_server.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QVERIFY(hpf::test::signedIn(m_client, m_server.url(), u"loan1"_qs));
}

std::unique_ptr<LoanSigningPage> TestLoanSigning::newPage(client::ClientCore *core,
                                                          client::devices::FedImageCamera **camera)
{
    auto page = std::make_unique<LoanSigningPage>(core, nullptr);
    page->setTraining(true);
    auto *fed = new client::devices::FedImageCamera;
    fed->feed(cameraImage());
    page->devices()->setCamera(fed);
    if (camera)
        *camera = fed;
    page->resize(900, 800);
    page->show();
    page->activateWindow();
    if (!QTest::qWaitForWindowActive(page.get()))
        return nullptr;
    return page;
}

bool TestLoanSigning::openSerial(LoanSigningPage *page, const QString &serial)
{
    QSignalSpy opened(page, &LoanSigningPage::opened);
    page->serialEdit()->setFocus();
    hpf::test::enter(page->serialEdit(), serial);
    if (!opened.wait(15000) && opened.isEmpty())
        return false;
    return opened.first().first().toBool();
}

// Presses `key` in `target` and waits for the step's answer; true when it was what `expectOk` says.
bool TestLoanSigning::press(LoanSigningPage *page, QWidget *target, QKeyCombination key, bool expectOk)
{
    QSignalSpy finished(page, &LoanSigningPage::stepFinished);
    target->setFocus();
    QTest::keyClick(target, key.key(), key.keyboardModifiers());
    if (finished.isEmpty() && !finished.wait(15000))
        return false;
    const bool ok = finished.first().first().toBool();
    if (ok != expectOk)
        qWarning("step answered %d: %s / %s", ok, qPrintable(page->noteText()),
                 qPrintable(page->statusText()));
    return ok == expectOk;
}

void TestLoanSigning::signingByKeyboard()
{
    client::ClientCore *core = m_client.shell->core();
    const QString serial = m_server.approvedLoanSerial();
    auto page = newPage(core, nullptr);
    QVERIFY(page);
    QVERIFY(openSerial(page.get(), serial));
    QVERIFY(page->contract());
    const auto &contract = *page->contract();
    QCOMPARE(contract.serial, serial);
    QCOMPARE(contract.parties.size(), 1);
    QCOMPARE(contract.parties.first().name, u"王芳"_qs);
    QCOMPARE(contract.documents.size(), 2); // the borrower signs the loan and the mortgage contract
    QVERIFY(page->trainingText().contains(u"TRAINING"_qs));
    QCOMPARE(page->signerList()->count(), 1);
    QCOMPARE(page->task(), LoanSigningPage::Task::Identity);
    QCOMPARE(page->taskPosition(), 0);
    QCOMPARE(page->cardCombo()->count(), 2); // the borrower's card and a stranger's
    QVERIFY(page->session() && page->session()->steps.isEmpty());

    // A stranger's card: refused here, naming the field, nothing posted (the session unchanged).
    QVERIFY(choose(page->cardCombo(), -1));
    QVERIFY(press(page.get(), page->cardCombo(), QKeyCombination(Qt::Key_F6), false));
    QVERIFY2(page->noteText().contains(errortext::message(u"signing.document_mismatch"_qs)),
             qPrintable(page->noteText()));
    QCOMPARE(page->task(), LoanSigningPage::Task::Identity);
    QVERIFY(page->session()->steps.isEmpty());

    // The borrower's card: posted, then the photo from the fed camera.
    QVERIFY(choose(page->cardCombo(), 0));
    QVERIFY(press(page.get(), page->cardCombo(), QKeyCombination(Qt::Key_F6), true));
    QCOMPARE(page->task(), LoanSigningPage::Task::Photo);
    QVERIFY(page->session()->hasStep(0, u"identity"_qs));
    QVERIFY(press(page.get(), page->photoButton(), QKeyCombination(Qt::Key_F7), true));
    QVERIFY(page->session()->hasStep(0, u"photo"_qs));
    QCOMPARE(page->task(), LoanSigningPage::Task::Signature);

    // The counter dies mid-session: a new page resumes at the signature from the server's session.
    page.reset();
    page = newPage(core, nullptr);
    QVERIFY(page);
    QVERIFY(openSerial(page.get(), serial));
    QCOMPARE(page->session()->steps.size(), 2);
    QVERIFY(page->statusText().contains(u"resumed"_qs));
    QCOMPARE(page->task(), LoanSigningPage::Task::Signature);
    QCOMPARE(page->taskDocument(), u"loan"_qs);

    // An empty pad is never a signature.
    QVERIFY(page->pad()->isEmpty());
    QVERIFY(press(page.get(), page->pad(), QKeyCombination(Qt::ControlModifier, Qt::Key_Return), false));
    QVERIFY2(page->noteText().contains(errortext::message(u"signature.empty"_qs)),
             qPrintable(page->noteText()));
    QCOMPARE(page->session()->steps.size(), 2);

    sign(page->pad());
    QVERIFY(!page->pad()->isEmpty());
    QVERIFY(press(page.get(), page->pad(), QKeyCombination(Qt::ControlModifier, Qt::Key_Return), true));
    QCOMPARE(page->task(), LoanSigningPage::Task::Signature);
    QCOMPARE(page->taskDocument(), u"mortgage"_qs);
    QVERIFY(page->pad()->isEmpty());

    // Dies again: the loan signature comes back from the outbox (its digest is the server's).
    page.reset();
    page = newPage(core, nullptr);
    QVERIFY(page);
    QVERIFY(openSerial(page.get(), serial));
    QCOMPARE(page->task(), LoanSigningPage::Task::Signature);
    QCOMPARE(page->taskDocument(), u"mortgage"_qs);

    // The last signature: both contracts are rendered with the ink and signed by the center.
    QSignalSpy signedDocs(page.get(), &LoanSigningPage::contractSigned);
    sign(page->pad());
    QVERIFY(press(page.get(), page->pad(), QKeyCombination(Qt::ControlModifier, Qt::Key_Return), true));
    QTRY_COMPARE_WITH_TIMEOUT(signedDocs.size(), 2, 30000);
    QCOMPARE(page->task(), LoanSigningPage::Task::Done);
    m_signedLoan = page->signedPdf(u"loan"_qs);
    QVERIFY(m_signedLoan.startsWith("%PDF"));
    QVERIFY(m_signedLoan.contains("%HPF-SIGNATURE"));
    QVERIFY(page->signedPdf(u"mortgage"_qs).contains("%HPF-SIGNATURE"));
    m_loanNumber = u"JK"_qs + serial;
    m_renderedLoan = m_signedLoan.left(m_signedLoan.indexOf("%HPF-SIGNATURE"));

    // The application is signed now (read back through the API: the contract data says its status;
    // api::LoanApplication of part D does not know "signed" yet).
    bool answered = false;
    std::optional<client::api::LoanContract> after;
    client::api::loansigning::contract(core->api(), serial, this,
                                       [&](const client::api::Reply<client::api::LoanContract> &r) {
                                           if (r.ok())
                                               after = r.value();
                                           answered = true;
                                       });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
    QVERIFY(after);
    QCOMPARE(after->status, u"signed"_qs);

    // Saved exactly as the center signed it (the loan contract chosen in the list by keyboard).
    QVERIFY(choose(page->documentCombo(), u"loan"_qs));
    const QString path = m_files.filePath(u"loan.pdf"_qs);
    const Status saved = page->saveSignedPdf(path);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().code));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_signedLoan);

    // A new page on a signed application: nothing left to sign, the contracts come from the outbox.
    page.reset();
    page = newPage(core, nullptr);
    QVERIFY(page);
    QVERIFY(openSerial(page.get(), serial));
    QCOMPARE(page->task(), LoanSigningPage::Task::Done);
    QVERIFY(!page->printButton()->isEnabled() || page->documentCombo()->count() == 2);
    QCOMPARE(page->signedPdf(u"loan"_qs), m_signedLoan);
}

void TestLoanSigning::verifyContracts()
{
    QVERIFY2(!m_signedLoan.isEmpty(), "signingByKeyboard signs the contract first");
    client::ClientCore *core = m_client.shell->core();
    ContractVerifyPage page(core);
    page.show();
    const auto verify = [&](const QByteArray &bytes, const QString &name) {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return false;
        f.close();
        QSignalSpy verified(&page, &ContractVerifyPage::verified);
        page.pathEdit()->setFocus();
        page.pathEdit()->clear();
        hpf::test::enter(page.pathEdit(), path);
        return verified.wait(15000) || !verified.isEmpty();
    };

    QVERIFY(verify(m_signedLoan, u"valid.pdf"_qs));
    QCOMPARE(page.verdict(), ContractVerifyPage::Verdict::Valid);
    QVERIFY(page.detailText().contains(m_loanNumber));
    QVERIFY(page.result()->registered);
    QVERIFY(page.result()->signedAt.isValid());

    // One byte of the contract's text changed.
    QByteArray changed = m_signedLoan;
    const qsizetype at = changed.size() / 3;
    changed[at] = char(changed[at] ^ 0x01);
    QVERIFY(verify(changed, u"changed.pdf"_qs));
    QCOMPARE(page.verdict(), ContractVerifyPage::Verdict::Changed);
    QVERIFY(page.detailText().contains(errortext::message(page.result()->reason)));
    QVERIFY(!page.result()->registered);

    // The rendered contract without the center's block.
    QVERIFY(verify(m_renderedLoan, u"unsigned.pdf"_qs));
    QCOMPARE(page.verdict(), ContractVerifyPage::Verdict::Unsigned);

    // Something that is not a PDF at all: the server refuses or reports it; never valid.
    QVERIFY(verify("not a pdf", u"text.pdf"_qs));
    QVERIFY(page.verdict() != ContractVerifyPage::Verdict::Valid);

    // A file that is not there.
    QSignalSpy verified(&page, &ContractVerifyPage::verified);
    page.verifyFile(m_files.filePath(u"missing.pdf"_qs));
    QCOMPARE(verified.size(), 1);
    QCOMPARE(verified.first().first().toBool(), false);
    QVERIFY(!page.statusText().isEmpty());
}

QTEST_MAIN(TestLoanSigning)
#include "tst_loansigning.moc"
