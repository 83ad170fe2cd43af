// bench_clientday — the counter client's memory over a simulated working day.
//
//   bench_clientday [--operations 1000] [--lookups 200] [--prints 50] [--people 5000] [--sample 25]
//
// Starts hpf-server on 127.0.0.1 with its demo center plus --people people in the first unit, then
// runs the real client in this process: the Shell with its main window and pages, a teller signed
// in, and drives the pages as a teller would: 2005 封存/启封 (seal, then unseal the same account:
// two state-changing operations through the page's Operation and the outbox), 1001 查询 (a person
// by identity number) and the receipt of the last seal written to PDF in a temporary folder
// through the counter's DocumentPrinter. Every --sample steps it reads VmRSS; it reports the RSS at
// the start (signed in, before the first step), at half and at the end of the day and the growth
// over the second half, with the load average. Not a timed test: the goal (≤ 150 MB, no growth over
// the second half) is read from the output.
#include "benchclient.h"
#include "clientcore.h"
#include "items/jsontablemodel.h"
#include "lookup/lookuppage.h"
#include "opening/sealpage.h"
#include "secrets/credentialstore.h"
#include "session/session.h"
#include "shell/mainwindow.h"
#include "shell/shell.h"
#include "widgets/documentprinter.h"
#include "widgets/messagebox.h"
#include "widgets/receiptbar.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

using namespace hpf;
using namespace hpf::bench;

namespace {

// Seals (or unseals) one account through the page: the number, Enter (loads the account and its
// state), the reason for a seal, a memo, then the submit button. True when the server confirmed it.
bool sealThroughPage(ui::SealPage *page, const QString &number, bool seal)
{
    page->accountEdit()->setText(number);
    bool loadedOk = false;
    QEventLoop loading;
    QMetaObject::Connection c = QObject::connect(page, &ui::SealPage::accountLoaded, &loading, [&](bool ok) {
        loadedOk = ok;
        loading.quit();
    });
    QTimer guard; // scoped: a pending single-shot timer would outlive the wait by 30 s
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loading, &QEventLoop::quit);
    guard.start(30000);
    page->loadAccount();
    loading.exec();
    QObject::disconnect(c);
    if (!loadedOk)
        return false;
    page->actionBox()->setCurrentIndex(
        page->actionBox()->findData(int(seal ? ui::SealPage::Action::Seal : ui::SealPage::Action::Unseal)));
    if (seal)
        page->reasonBox()->setCurrentIndex(page->reasonBox()->findData(u"01"_qs));
    page->memoEdit()->setText(u"bench"_qs);
    bool done = false;
    QEventLoop sending;
    c = QObject::connect(page, &ui::SealPage::finished, &sending, [&](bool ok) {
        done = ok;
        sending.quit();
    });
    QObject::connect(&guard, &QTimer::timeout, &sending, &QEventLoop::quit);
    guard.start(30000);
    page->submitButton()->click();
    sending.exec();
    QObject::disconnect(c);
    return done;
}

bool lookUp(ui::LookupPage *page, const QString &identityNumber)
{
    page->setKey(ui::LookupPage::Key::IdentityNumber);
    page->input()->setText(identityNumber);
    bool found = false;
    QEventLoop loop;
    QObject::connect(page->results(), &client::JsonTableModel::loaded, &loop,
                     [&](const client::ApiResponse &response) {
                         found = response.ok() && page->results()->rowCount() > 0;
                         loop.quit();
                     });
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(30000);
    page->search();
    loop.exec();
    return found;
}

double mib(qint64 kib)
{
    return double(kib) / 1024;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The client's per-operation info lines would bury the figures (warnings still show).
    QLoggingCategory::setFilterRules(u"hpf.*.info=false\nhpf.*.debug=false"_qs);
    app.setOrganizationName(u"HPF-bench"_qs);
    app.setApplicationName(u"bench_clientday"_qs);
    QCommandLineParser parser;
    const QCommandLineOption opsOpt(u"operations"_qs, u"State-changing operations."_qs, u"n"_qs, u"1000"_qs);
    const QCommandLineOption lookupsOpt(u"lookups"_qs, u"Lookups."_qs, u"n"_qs, u"200"_qs);
    const QCommandLineOption printsOpt(u"prints"_qs, u"Receipts written to PDF."_qs, u"n"_qs, u"50"_qs);
    const QCommandLineOption peopleOpt(u"people"_qs, u"Extra people in the server database."_qs, u"n"_qs,
                                       u"5000"_qs);
    const QCommandLineOption sampleOpt(u"sample"_qs, u"Steps between RSS samples."_qs, u"n"_qs, u"25"_qs);
    parser.addOptions({opsOpt, lookupsOpt, printsOpt, peopleOpt, sampleOpt});
    parser.addHelpOption();
    parser.process(app);
    const int operations = parser.value(opsOpt).toInt() / 2 * 2; // seal + unseal pairs
    const int lookups = parser.value(lookupsOpt).toInt();
    const int prints = parser.value(printsOpt).toInt();
    const int people = qMax(parser.value(peopleOpt).toInt(), operations / 2 + 1);
    const int sample = qMax(1, parser.value(sampleOpt).toInt());
    ui::MessageBox::setAutoAnswer(QMessageBox::Ok); // no dialog waits for a click

    QTemporaryDir dir;
    QProcess serve;
    const int port =
        startServer(serve, QStringLiteral(HPF_SERVER_BINARY), dir.filePath(u"server.sqlite"_qs), people);
    if (!port)
        return 1;

    client::MemoryCredentialStore keychain;
    ui::ShellOptions options;
    options.settingsPath = dir.filePath(u"client/settings.ini"_qs);
    options.dataDirectory = dir.filePath(u"client"_qs);
    options.serverUrl = QUrl(u"http://127.0.0.1:"_qs + QString::number(port));
    options.credentials = &keychain;
    ui::Shell shell(options);
    shell.start();
    client::Session *session = shell.core()->session();
    session->signIn(u"teller1"_qs, u"train-teller1"_qs);
    if (!session->isSignedIn() && !waitFor(session, &client::Session::signedIn)) {
        out(u"cannot sign in"_qs);
        return 1;
    }
    ui::MainWindow *window = shell.mainWindow();
    auto *seal = window->page<ui::SealPage>();
    auto *lookup = window->page<ui::LookupPage>();
    if (!seal || !lookup)
        return 1;

    // The day: steps interleaved evenly — operations, lookups and prints in proportion.
    const int steps = operations / 2 + lookups + prints;
    QList<qint64> rss{rssKiB()};
    const qint64 start = rss.constFirst();
    qint64 half = start;
    int pairs = 0, looked = 0, printed = 0, failures = 0;
    QElapsedTimer clock;
    clock.start();
    for (int step = 0; step < steps; ++step) {
        // Which kind is furthest behind its share of the day so far.
        const double t = double(step + 1) / steps;
        const double lagPairs = t * operations / 2 - pairs, lagLookups = t * lookups - looked,
                     lagPrints = t * prints - printed;
        if (lagPrints >= lagPairs && lagPrints >= lagLookups && printed < prints && pairs > 0) {
            window->openCode(u"2005"_qs);
            const QString pdf = dir.filePath(u"receipt-%1.pdf"_qs.arg(printed));
            failures += window->printer()->savePdf(seal->receiptBar()->printJob(), pdf).ok() ? 0 : 1;
            QFile::remove(pdf); // a day of receipts is not kept in the temporary folder
            ++printed;
        } else if ((lagLookups >= lagPairs || pairs == operations / 2) && looked < lookups) {
            window->openCode(u"1001"_qs);
            failures += lookUp(lookup, identityFor(looked * 7919 % people)) ? 0 : 1;
            ++looked;
        } else if (pairs < operations / 2) {
            window->openCode(u"2005"_qs);
            const QString account = accountFor(pairs);
            failures += sealThroughPage(seal, account, true) ? 0 : 1;
            failures += sealThroughPage(seal, account, false) ? 0 : 1;
            ++pairs;
        } else if (printed < prints) {
            ++printed; // nothing sealed to print (no operations asked for)
        }
        if ((step + 1) % sample == 0 || step + 1 == steps)
            rss << rssKiB();
        if (step + 1 == steps / 2)
            half = rssKiB();
    }
    const qint64 end = rssKiB();
    qint64 peak = 0;
    for (const qint64 r : std::as_const(rss))
        peak = qMax(peak, r);
    out(u"working day: %1 operations, %2 lookups, %3 prints in %4 s, %5 failed (load average %6)"_qs
            .arg(pairs * 2)
            .arg(looked)
            .arg(printed)
            .arg(double(clock.elapsed()) / 1000, 0, 'f', 1)
            .arg(failures)
            .arg(loadAverage(), 0, 'f', 2));
    out(u"client RSS: start %1 MiB, half %2 MiB, end %3 MiB, peak %4 MiB; growth over the second half "
        "%5 MiB"_qs.arg(mib(start), 0, 'f', 1)
            .arg(mib(half), 0, 'f', 1)
            .arg(mib(end), 0, 'f', 1)
            .arg(mib(peak), 0, 'f', 1)
            .arg(mib(end - half), 0, 'f', 1));
    QStringList samples;
    for (const qint64 r : std::as_const(rss))
        samples << QString::number(mib(r), 'f', 1);
    out(u"RSS samples (MiB, every %1 steps): %2"_qs.arg(sample).arg(samples.join(u' ')));
    shell.shutdown();
    serve.kill();
    serve.waitForFinished();
    return failures == 0 ? 0 : 2;
}
