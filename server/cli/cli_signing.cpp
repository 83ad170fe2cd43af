#include "base/clock.h"
#include "business/certificates/certificatetypes.h"
#include "business/certificates/signingkeys.h"
#include "cli/cli.h"
#include "logging.h"
#include "platform/store/database.h"
#include "server.h"

#include <QDir>
#include <QFileInfo>
#include <cstdio>

namespace hpf::server::cli {

Status installSigningKey(Server &server, Database &database, const finance::Policy &policy,
                         const QString &keysDir, bool passphraseFromStdin)
{
    // Broken type data is a deployment error: refuse to start rather than fail at the counter.
    if (auto catalog = loadCertificateTypes(policy); !catalog)
        return catalog.error();
    QString passphrase;
    if (auto secret = readSecret(u"HPF_KEY_PASSPHRASE"_qs, passphraseFromStdin, u"key-passphrase"_qs))
        passphrase = *secret;
    auto signer = loadSigningKey(database, keysDir, passphrase);
    if (!signer) {
        const Error &e = signer.error();
        std::fprintf(stderr, "hpf-server: certificate issuing is disabled (%s%s%s); nothing will be issued\n",
                     qUtf8Printable(e.code), e.detail.isEmpty() ? "" : ": ", qUtf8Printable(e.detail));
        qCWarning(lcHttp) << "certificate issuing disabled:" << e.code << e.detail;
        return {};
    }
    server.context().certificateSigner = *signer;
    return {};
}

Result<QString> seedTrainingKey(Database &database, const QString &keysDir)
{
    QString dir = keysDir;
    if (dir.isEmpty()) {
        if (database.dialect() != Dialect::Sqlite)
            return u"no training signing key generated: give --keys-dir for a PostgreSQL database"_qs;
        dir = QFileInfo(database.config().path).absoluteDir().filePath(u"keys"_qs);
    }
    QString passphrase = qEnvironmentVariable("HPF_KEY_PASSPHRASE");
    if (passphrase.isEmpty())
        passphrase = QString::fromLatin1(kTrainingKeyPassphrase);
    auto kid = generateTrainingKey(database, dir, passphrase, Clock::system());
    if (!kid)
        return kid.error();
    return QStringLiteral("training signing key %1 in %2").arg(*kid, QDir(dir).absolutePath());
}

} // namespace hpf::server::cli
