#include "business/certificates/signingkeys.h"

#include "logging.h"
#include "platform/audit/audit.h"
#include "platform/store/sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <unistd.h>

namespace hpf::server {

CertificateSigner::CertificateSigner(crypto::Sm2Key key, bool training)
    : m_key(std::move(key))
    , m_kid(QString::fromLatin1(m_key.keyId().toHex()))
    , m_training(training)
{}

Result<std::shared_ptr<const CertificateSigner>> loadSigningKey(Database &database, const QString &keysDir,
                                                                const QString &passphrase)
{
    auto conn = database.connection();
    if (!conn)
        return conn.error();
    Query q(*conn, u"SELECT kid, public_pem, file_name, purpose FROM signing_keys WHERE status = 'active' "
                   "ORDER BY created_at DESC, id DESC"_qs);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"cert.no_signing_key"_qs, {},
                         u"no active signing key: run `hpf-server keys generate`"_qs);
    const QString kid = q.str(0);
    const QByteArray publicPem = q.str(1).toLatin1();
    const bool training = q.str(3) == u"training";
    const QString path = keysDir.isEmpty() ? q.str(2) : QDir(keysDir).filePath(kid + u".pem"_qs);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(u"cert.key_file"_qs, path, f.errorString());
    const QByteArray pem = f.readAll();
    QString usePassphrase = passphrase;
    if (usePassphrase.isEmpty() && training)
        usePassphrase = QString::fromLatin1(kTrainingKeyPassphrase);
    if (usePassphrase.isEmpty())
        return makeError(u"crypto.key_passphrase"_qs, u"HPF_KEY_PASSPHRASE"_qs,
                         u"set $HPF_KEY_PASSPHRASE or pass --key-passphrase-stdin"_qs);
    auto key = crypto::Sm2Key::fromPrivatePem(pem, usePassphrase.toUtf8());
    if (!key && training && usePassphrase != QString::fromLatin1(kTrainingKeyPassphrase))
        key = crypto::Sm2Key::fromPrivatePem(pem, QByteArrayView(kTrainingKeyPassphrase));
    if (!key)
        return key.error();
    if (key->publicKeyPem() != publicPem || QString::fromLatin1(key->keyId().toHex()) != kid)
        return makeError(u"cert.key_mismatch"_qs, path, u"the file does not hold the recorded key "_qs + kid);
    qCInfo(lcHttp) << "certificate signing key" << kid << (training ? "(training)" : "") << "loaded";
    return std::make_shared<const CertificateSigner>(std::move(key).value(), training);
}

Result<QString> generateTrainingKey(Database &database, const QString &keysDir, const QString &passphrase,
                                    const Clock &clock)
{
    auto conn = database.connection();
    if (!conn)
        return conn.error();
    auto key = crypto::Sm2Key::generate();
    if (!key)
        return key.error();
    const QString kid = QString::fromLatin1(key->keyId().toHex());
    const QByteArray pem = key->privateKeyPem(passphrase.toUtf8());
    if (passphrase.isEmpty() || !pem.contains("ENCRYPTED"))
        return makeError(u"crypto.key_passphrase"_qs, {}, u"refusing to write an unencrypted key"_qs);
    if (!QDir().mkpath(keysDir))
        return makeError(u"cert.key_file"_qs, keysDir, u"cannot create the keys directory"_qs);
    const QString path = QDir(keysDir).absoluteFilePath(kid + u".pem"_qs);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || f.write(pem) != pem.size() ||
        !f.flush())
        return makeError(u"cert.key_file"_qs, path, f.errorString());
    ::fsync(f.handle());
    f.close();
    const qint64 now = clock.now().toMSecsSinceEpoch();
    Transaction tx(*conn, database.dialect());
    Status s = tx.begin();
    Query ins(*conn, u"INSERT INTO signing_keys (kid, public_pem, file_name, status, created_at, purpose) "
                     "VALUES (:k, :p, :f, 'active', :t, 'training')"_qs);
    ins.bind(u":k"_qs, kid)
        .bind(u":p"_qs, QString::fromLatin1(key->publicKeyPem()))
        .bind(u":f"_qs, path)
        .bind(u":t"_qs, now);
    if (s)
        s = ins.exec();
    if (s) {
        AuditRecord r;
        r.at = now;
        r.username = u"demo-seed"_qs;
        r.role = u"admin"_qs;
        r.workstation = u"cli"_qs;
        r.operation = u"keys.generate"_qs;
        r.object = u"key:"_qs + kid;
        r.outcome = u"ok"_qs;
        r.after = u"{\"purpose\":\"training\"}"_qs;
        s = appendAudit(*conn, database.dialect(), r);
    }
    if (s)
        s = tx.commit();
    if (!s) {
        QFile::remove(path);
        return s.error();
    }
    return kid;
}

Result<crypto::TrustList> buildTrustList(const QSqlDatabase &db)
{
    Query q(db, u"SELECT kid, public_pem, created_at, retired_at FROM signing_keys ORDER BY id"_qs);
    if (Status s = q.exec(); !s)
        return s.error();
    crypto::TrustList list;
    qint64 newest = 0;
    while (q.next()) {
        // Whole seconds, as certificates carry their issue time and the JSON its period.
        const QDateTime from = QDateTime::fromSecsSinceEpoch(q.int64(2) / 1000, Qt::UTC);
        const QDateTime to =
            q.isNull(3) ? QDateTime() : QDateTime::fromSecsSinceEpoch(q.int64(3) / 1000, Qt::UTC);
        newest = std::max({newest, q.int64(2), q.isNull(3) ? 0 : q.int64(3)});
        if (Status s = list.addPem(q.str(1).toLatin1(), from, to); !s)
            return makeError(u"cert.trust_list"_qs, q.str(0), s.error().code + u": "_qs + s.error().detail);
    }
    list.setPublishedAt(QDateTime::fromSecsSinceEpoch(newest / 1000, Qt::UTC));
    return list;
}

} // namespace hpf::server
