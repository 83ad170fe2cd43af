#include "base/logging.h"
#include "base/privatefiles.h"
#include "capture/scannerfactory.h"
#include "clientcore.h"
#include "finance/policy.h"
#include "session/settings.h"
#include "shell/appearance.h"
#include "shell/mainwindow.h"
#include "shell/shell.h"
#include "shell/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>
#include <cstdio>

namespace {

void identify(QCoreApplication &app)
{
    app.setOrganizationName(u"HPF"_qs);
    app.setApplicationName(u"hpf-counter"_qs);
    app.setApplicationVersion(QStringLiteral(HPF_VERSION));
}

struct Options
{
    QCommandLineOption server{u"server"_qs, u"Back end URL (overrides the settings' profile)."_qs, u"url"_qs};
    QCommandLineOption serverBinary{u"server-binary"_qs, u"hpf-server to run in training mode."_qs,
                                    u"path"_qs};
    QCommandLineOption dataDir{u"data-dir"_qs, u"Folder for the local cache and training database."_qs,
                               u"dir"_qs};
    QCommandLineOption trainingCenter{
        u"training-center"_qs,
        u"Training mode as another center of the transfer directory (e.g. 110100), with its own data; "
        "run one window per center to exchange cross-city transfers."_qs,
        u"code"_qs};
    QCommandLineOption settingsFile{u"settings"_qs, u"Settings file (INI)."_qs, u"file"_qs};
    QCommandLineOption startupProbe{u"exit-when-login-shown"_qs,
                                    u"Print the milliseconds to the login window and exit (benchmark)."_qs};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(u"HPF Counter: housing provident fund counter client"_qs);
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({server, serverBinary, dataDir, trainingCenter, settingsFile, startupProbe});
    }
};

// --help, --version and a wrong option need no display: they are answered with a QCoreApplication
// before QApplication exists (QApplication aborts when no display can be opened, e.g. over ssh).
bool answersWithoutDisplay(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--") // what follows is not an option
            return false;
        if (arg == "-h" || arg == "-?" || arg == "--help" || arg == "--help-all" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer started;
    started.start();
    const Options cli;
    if (answersWithoutDisplay(argc, argv)) {
        QCoreApplication app(argc, argv);
        identify(app);
        QCommandLineParser parser;
        cli.addTo(parser);
        parser.process(app); // prints the help or the version and exits 0 (an error: 1)
        return 0;
    }
    hpf::privatefiles::restrictNewFiles(); // cache, outbox, logs, exports: 0600 whatever the umask
    QApplication app(argc, argv);
    // The window manager matches the windows to the menu entry and icon (packaging/).
    QGuiApplication::setDesktopFileName(u"org.hpfcounter.HpfCounter"_qs);
    identify(app);
    app.setQuitOnLastWindowClosed(false); // the shell stops the training server first
    // Every log line masked (identity, account and mobile numbers), and kept in $HPF_LOG_DIR if set.
    hpf::logging::install(u"hpf-counter"_qs);

    QCommandLineParser parser;
    cli.addTo(parser);
    parser.process(app);
    const auto &[server, serverBinary, dataDir, trainingCenter, settingsFile, startupProbe] = cli;

    {
        const hpf::client::Settings settings(parser.value(settingsFile));
        hpf::ui::Translations::install(settings.language());
        hpf::ui::Translations::applyFontScale(settings.fontScale());
        hpf::ui::Appearance::applyHighContrast(settings.highContrast());
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
