#include "crypto/signedjson.h"

#include "crypto/sm2.h"

#include <QJsonDocument>

namespace hpf::crypto {

namespace {

const QString kSignature = QStringLiteral("signature");

// A DER SM2 signature is at most 72 bytes (96 base64 characters); anything much longer is not one
// and is refused before decoding.
constexpr int kMaxSignatureText = 200;

} // namespace

QByteArray canonicalBytes(QJsonObject object)
{
    object.remove(kSignature);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<QJsonObject> signJson(QJsonObject object, const Sm2Key &key)
{
    auto signature = key.signDer(canonicalBytes(object));
    if (!signature)
        return signature.error();
    object.insert(kSignature, QString::fromLatin1(signature->toBase64()));
    return object;
}

bool verifyJson(const QJsonObject &object, const Sm2Key &publicKey)
{
    const QJsonValue v = object.value(kSignature);
    if (!v.isString() || v.toString().size() > kMaxSignatureText)
        return false;
    const auto decoded =
        QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return false;
    return publicKey.verifyDer(canonicalBytes(object), decoded.decoded);
}

} // namespace hpf::crypto
