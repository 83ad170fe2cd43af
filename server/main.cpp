#include "base/logging.h"
#include "base/privatefiles.h"
#include "cli/cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    hpf::privatefiles::restrictNewFiles(); // databases, keys, logs: 0600 whatever the umask
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hpf-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HPF_SERVER_VERSION));
    hpf::logging::install(QStringLiteral("hpf-server")); // masks personal data in every log line
    return hpf::server::runCli(app);
}
