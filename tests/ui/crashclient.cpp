// A client for the crash test (reliability.md T2), run as its own process by tst_crashrestart:
//
//   hpf_crashclient submit <data dir> <server url> <key hex> <receipt serial>
//       signs in, starts one reprint operation, prints "SAVED <id>" once the outbox row is
//       committed, then waits (the test holds the reply back and kills this process with SIGKILL);
//   hpf_crashclient resume <data dir> <server url> <key hex>
//       signs in (which resends the pending work with the same ids), prints "DONE <id>" for every
//       operation the outbox completes and exits 0 when nothing is pending any more.
//
// The cache key comes from the command line instead of the desktop keychain, so both runs open the
// same sealed outbox.
#include "api/receipts.h"
#include "clientcore.h"
#include "ops/operation.h"
#include "secrets/credentialstore.h"
#include "session/session.h"
#include "store/outbox.h"

#include <QCoreApplication>
#include <QTimer>
#include <cstdio>
#include <utility>

using namespace hpf::client;

namespace {

void say(const QByteArray &line)
{
    const QByteArray text = line + '\n';
    std::fputs(text.constData(), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5 || (args.at(1) == u"submit" && args.size() < 6)) {
        std::fputs("usage: hpf_crashclient submit|resume <data dir> <url> <key hex> [serial]\n", stderr);
        return 2;
    }
    const bool submit = args.at(1) == u"submit";
    MemoryCredentialStore keychain;
    keychain.write(ClientCore::cacheKeyName(), QByteArray::fromHex(args.at(4).toLatin1()));
    ClientOptions options;
    options.dataDirectory = args.at(2);
    options.credentials = &keychain;
    options.workstation = u"CRASH-TEST"_qs;
    options.heartbeatMs = 200;
    ClientCore core(options);
    if (hpf::Status s = core.openStore(); !s) {
        say("ERROR store " + s.error().code.toUtf8());
        return 3;
    }
    ops::Operation operation(core.outbox());
    bool started = false;
    QObject::connect(&core, &ClientCore::cacheKeyReady, &app, [&](bool persistent) {
        if (std::exchange(started, true))
            return;
        if (!persistent) {
            say("ERROR no cache key");
            app.exit(3);
            return;
        }
        core.api()->setRetryPolicy({2, 20, 40});
        core.connectTo(QUrl(args.at(3)));
        core.session()->signIn(u"teller1"_qs, u"train-teller1"_qs);
    });
    QObject::connect(core.session(), &Session::signInFailed, &app, [&](const ApiResponse &r) {
        say("ERROR sign-in " + r.problem.code.toUtf8());
        app.exit(4);
    });
    QObject::connect(core.session(), &Session::signedIn, &app, [&] {
        if (!submit)
            return; // signing in resends the pending work (ClientCore)
        if (!operation.start(api::receipts::reprint(args.at(5), u"回单补打"_qs))) {
            say("ERROR not saved");
            app.exit(5);
            return;
        }
        say("SAVED " + operation.id().toLatin1()); // the outbox row is committed: the test may kill us
    });
    QObject::connect(core.outbox(), &Outbox::finished, &app, [&](const QString &id, const ApiResponse &r) {
        if (submit)
            return;
        if (r.ok())
            say("DONE " + id.toLatin1());
        if (core.outbox()->pendingCount() == 0)
            app.exit(r.ok() ? 0 : 6);
    });
    QTimer::singleShot(60000, &app, [&] {
        say("ERROR timeout");
        app.exit(7);
    });
    // The key written above is adopted by the core once the store confirms the write.
    return app.exec();
}
