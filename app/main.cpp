#include "base/logging.h"
#include "base/privatefiles.h"
#include "capture/scannerfactory.h"
#include "clientcore.h"
#include "finance/policy.h"
#include "session/settings.h"
#include "shell/mainwindow.h"
#include "shell/shell.h"
#include "shell/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>
#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer started;
    started.start();
    hpf::privatefiles::restrictNewFiles(); // cache, outbox, logs, exports: 0600 whatever the umask
    QApplication app(argc, argv);
    app.setOrganizationName(u"HPF"_qs);
    app.setApplicationName(u"hpf-counter"_qs);
    app.setApplicationVersion(u"0.1.0"_qs);
    app.setQuitOnLastWindowClosed(false); // the shell stops the training server first
    // Every log line masked (identity, account and mobile numbers), and kept in $HPF_LOG_DIR if set.
    hpf::logging::install(u"hpf-counter"_qs);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"HPF Counter: housing provident fund counter client"_qs);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(u"server"_qs, u"Back end URL (overrides the settings' profile)."_qs,
                                    u"url"_qs);
    const QCommandLineOption serverBinary(u"server-binary"_qs, u"hpf-server to run in training mode."_qs,
                                          u"path"_qs);
    const QCommandLineOption dataDir(u"data-dir"_qs, u"Folder for the local cache and training database."_qs,
                                     u"dir"_qs);
    const QCommandLineOption trainingCenter(
        u"training-center"_qs,
        u"Training mode as another center of the transfer directory (e.g. 110100), with its own data; "
        "run one window per center to exchange cross-city transfers."_qs,
        u"code"_qs);
    const QCommandLineOption settingsFile(u"settings"_qs, u"Settings file (INI)."_qs, u"file"_qs);
    const QCommandLineOption startupProbe(
        u"exit-when-login-shown"_qs, u"Print the milliseconds to the login window and exit (benchmark)."_qs);
    parser.addOptions({server, serverBinary, dataDir, trainingCenter, settingsFile, startupProbe});
    parser.process(app);

    {
        const hpf::client::Settings settings(parser.value(settingsFile));
        hpf::ui::Translations::install(settings.language());
        hpf::ui::Translations::applyFontScale(settings.fontScale());
    }
    hpf::ui::ShellOptions options;
    options.settingsPath = parser.value(settingsFile);
    options.dataDirectory = parser.value(dataDir);
    options.serverProgram = parser.value(serverBinary);
    if (parser.isSet(server))
        options.serverUrl = QUrl(parser.value(server));
    QString centerName;
    if (parser.isSet(trainingCenter)) {
        // Only a center the policy's directory lists; the policy's own center is the default one.
        const auto policy = hpf::finance::Policy::defaults();
        const QString code = parser.value(trainingCenter).trimmed();
        const auto *center = policy ? policy->transfer().center(code) : nullptr;
        if (!center) {
            std::fprintf(stderr,
                         "hpf-counter: --training-center %s is not a center of the transfer directory\n",
                         qPrintable(code));
            return 2;
        }
        if (code != policy->centerCode()) {
            options.trainingCenter = code;
            centerName = center->name;
        }
    }
    hpf::ui::Shell shell(options);
    if (!centerName.isEmpty())
        shell.mainWindow()->setTrainingCenterName(centerName);
    shell.core()->setScannerFactory(&hpf::client::capture::createSystemScanner); // SANE
    QObject::connect(&shell, &hpf::ui::Shell::finished, &app, &QCoreApplication::quit);
    if (parser.isSet(startupProbe)) {
        QTimer::singleShot(0, &app, [&] {
            std::printf("login-shown-ms %lld\n", static_cast<long long>(started.elapsed()));
            std::fflush(stdout);
            shell.shutdown();
        });
    }
    shell.start();
    return app.exec();
}
