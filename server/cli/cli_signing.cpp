#include "base/clock.h"
#include "business/certificates/certificatetypes.h"
#include "business/certificates/signingkeys.h"
#include "cli/cli.h"
#include "crypto/sm3.h"
#include "logging.h"
#include "platform/store/database.h"
#include "server.h"

#include <QDir>
#include <QFile>
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

Status installSecondFactorKey(Server &server, Database &database, const QString &keysDir)
{
    QString dir = keysDir;
    if (dir.isEmpty())
        dir = qEnvironmentVariable("HPF_KEYS_DIR");
    if (dir.isEmpty() && database.dialect() == Dialect::Sqlite)
        dir = QFileInfo(database.config().path).absoluteDir().filePath(u"keys"_qs);
    if (dir.isEmpty()) {
        std::fprintf(stderr, "hpf-server: second-factor enrolment is disabled: give --keys-dir\n");
        qCWarning(lcAuth) << "no keys folder: second-factor enrolment and checks fail closed";
        return {};
    }
    auto key = loadOrCreateKeyFile(QDir(dir).filePath(u"second-factor.key"_qs));
    if (!key)
        return key.error(); // a key file that exists but cannot be used stops the start
    server.context().secondFactorKey = *key;
    return {};
}

Result<QByteArray> loadOrCreateKeyFile(const QString &path)
{
    QFile f(path);
    if (f.exists()) {
        if (f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                               QFileDevice::WriteOther))
            return makeError(u"keys.permissions"_qs, path,
                             u"the key file must be readable by its owner only"_qs);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(u"keys.read"_qs, path, f.errorString());
        const QByteArray key = QByteArray::fromHex(f.readAll().trimmed());
        if (key.size() != 16)
            return makeError(u"keys.invalid"_qs, path, u"expected 32 hex digits"_qs);
        return key;
    }
    // First start: a new key (the file is created 0600; no secret sealed before can exist).
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(u"keys.write"_qs, path, u"cannot create the folder"_qs);
    const QByteArray key = crypto::randomBytes(16);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError(u"keys.write"_qs, path, f.errorString());
    if (!f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return makeError(u"keys.permissions"_qs, path);
    if (f.write(key.toHex() + '\n') != 33 || !f.flush())
        return makeError(u"keys.write"_qs, path, f.errorString());
    f.close();
    qCInfo(lcAuth) << "created the key file" << path;
    return key;
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
