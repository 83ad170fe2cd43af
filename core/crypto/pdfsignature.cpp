#include "crypto/pdfsignature.h"

#include "base/text.h"
#include "crypto/signedjson.h"
#include "crypto/sm2.h"
#include "crypto/sm3.h"
#include "crypto/trustlist.h"

#include <QJsonDocument>
#include <algorithm>

namespace hpf::crypto {

namespace {

constexpr QByteArrayView kMarker = "%HPF-SIGNATURE ";
const QString kFile = QStringLiteral("file");
// The signed JSON is a few hundred bytes; a block far beyond that is not one of ours.
constexpr qsizetype kMaxBlockText = 4096;
constexpr qsizetype kMaxContractNumber = 64;

bool isEol(char c)
{
    return c == '\n' || c == '\r';
}

bool isHex64(QByteArrayView hex)
{
    if (hex.size() != 64)
        return false;
    return std::all_of(hex.begin(), hex.end(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// Offsets of every marker that starts a line (a marker inside a line is content, not a block).
QList<qsizetype> markerPositions(const QByteArray &file)
{
    QList<qsizetype> found;
    for (qsizetype at = file.indexOf(kMarker); at >= 0; at = file.indexOf(kMarker, at + 1)) {
        if (at > 0 && isEol(file.at(at - 1)))
            found.append(at);
    }
    return found;
}

// The byte offset after the last "startxref" before `end`, as written in the file (digits only).
QByteArray lastStartXref(const QByteArray &pdf, qsizetype end)
{
    const qsizetype at = pdf.lastIndexOf("startxref", end);
    if (at < 0)
        return {};
    qsizetype i = at + 9;
    while (i < pdf.size() && (isEol(pdf.at(i)) || pdf.at(i) == ' '))
        ++i;
    const qsizetype digits = i;
    while (i < pdf.size() && pdf.at(i) >= '0' && pdf.at(i) <= '9')
        ++i;
    return i > digits && i - digits <= 20 ? pdf.mid(digits, i - digits) : QByteArray();
}

// Reads `expected` at `at` after any line ends; advances `at` past it.
bool expect(const QByteArray &file, qsizetype &at, QByteArrayView expected)
{
    while (at < file.size() && isEol(file.at(at)))
        ++at;
    if (QByteArrayView(file).sliced(at).startsWith(expected)) {
        at += expected.size();
        return true;
    }
    return false;
}

Error malformed(const QString &detail)
{
    return makeError(u"contract.malformed"_qs, kFile, detail);
}

} // namespace

QByteArray signaturesSm3(const QList<QByteArray> &strokeJsons)
{
    Sm3Hasher hasher;
    for (const QByteArray &json : strokeJsons) {
        hasher.addData(json);
        hasher.addData("\n");
    }
    return hasher.result().toHex();
}

Result<QByteArray> appendSignature(const QByteArray &pdf, const ContractSignatureFields &fields,
                                   const Sm2Key &key)
{
    const qsizetype lastEof = pdf.lastIndexOf("%%EOF");
    if (!pdf.startsWith("%PDF-") || lastEof < 0)
        return makeError(u"contract.not_pdf"_qs, kFile, u"no PDF header or no %%EOF"_qs);
    if (!markerPositions(pdf).isEmpty())
        return makeError(u"contract.already_signed"_qs, kFile);
    const QByteArray startXref = lastStartXref(pdf, lastEof);
    if (startXref.isEmpty())
        return makeError(u"contract.not_pdf"_qs, kFile, u"no startxref before the last %%EOF"_qs);
    const QString contract = fields.contract.trimmed();
    if (contract.isEmpty() || contract.size() > kMaxContractNumber || text::hasControlCharacters(contract))
        return makeError(u"contract.fields"_qs, u"contract"_qs);
    if (!isHex64(fields.signaturesSm3))
        return makeError(u"contract.fields"_qs, u"signaturesSm3"_qs, u"not 64 lower-case hex digits"_qs);
    if (!fields.signedAt.isValid())
        return makeError(u"contract.fields"_qs, u"signedAt"_qs);

    // The block starts on a line of its own; a file ending without a line end gets one, and that
    // newline is part of what the digest covers.
    QByteArray prefix = pdf;
    if (!isEol(prefix.back()))
        prefix.append('\n');
    QDateTime signedAt = fields.signedAt.toUTC();
    signedAt.setTime(QTime(signedAt.time().hour(), signedAt.time().minute(), signedAt.time().second()));
    const QJsonObject unsignedJson{
        {u"v"_qs, 1},
        {u"kid"_qs, QString::fromLatin1(key.keyId().toHex())},
        {u"pdfSm3"_qs, QString::fromLatin1(sm3(prefix).toHex())},
        {u"signaturesSm3"_qs, QString::fromLatin1(fields.signaturesSm3)},
        {u"contract"_qs, contract},
        {u"signedAt"_qs, signedAt.toString(Qt::ISODate)},
    };
    Result<QJsonObject> signedJson = signJson(unsignedJson, key);
    if (!signedJson)
        return signedJson.error();
    const QByteArray text = QJsonDocument(*signedJson).toJson(QJsonDocument::Compact).toBase64();
    return QByteArray(prefix + kMarker.toByteArray() + text + "\nstartxref\n" + startXref + "\n%%EOF\n");
}

Result<SignatureBlock> readSignature(const QByteArray &file)
{
    const QList<qsizetype> markers = markerPositions(file);
    if (markers.isEmpty())
        return makeError(u"contract.no_signature"_qs, kFile);
    if (markers.size() > 1)
        return makeError(u"contract.two_signatures"_qs, kFile, u"%1 blocks"_qs.arg(markers.size()));

    SignatureBlock block;
    block.prefix = file.left(markers.first());
    qsizetype at = markers.first() + kMarker.size();
    qsizetype eol = at;
    while (eol < file.size() && !isEol(file.at(eol)) && eol - at <= kMaxBlockText)
        ++eol;
    if (eol - at > kMaxBlockText)
        return malformed(u"block line too long"_qs);
    const QByteArray text = file.mid(at, eol - at);
    at = eol;
    if (!expect(file, at, "startxref"))
        return malformed(u"no startxref after the block"_qs);
    while (at < file.size() && isEol(file.at(at)))
        ++at;
    const qsizetype digits = at;
    while (at < file.size() && file.at(at) >= '0' && file.at(at) <= '9')
        ++at;
    if (at == digits || !expect(file, at, "%%EOF"))
        return malformed(u"no offset and %%EOF after the block"_qs);
    for (; at < file.size(); ++at) {
        const char c = file.at(at);
        if (!isEol(c) && c != ' ' && c != '\t' && c != '\0')
            return makeError(u"contract.changed"_qs, kFile, u"bytes appended after the signature block"_qs);
    }

    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return malformed(u"not base64"_qs);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(decoded.decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return malformed(u"not a JSON object"_qs);
    block.json = document.object();
    return block;
}

SignatureCheck verifySignature(const QByteArray &file, const TrustList &trustedKeys)
{
    SignatureCheck check;
    Result<SignatureBlock> block = readSignature(file);
    if (!block) {
        check.reason = block.error().code;
        return check;
    }
    const QJsonObject &json = block->json;
    const QByteArray kid = QByteArray::fromHex(json.value(u"kid"_qs).toString().toLatin1());
    const QByteArray pdfSm3 = json.value(u"pdfSm3"_qs).toString().toLatin1();
    check.signaturesSm3 = json.value(u"signaturesSm3"_qs).toString().toLatin1();
    check.contract = json.value(u"contract"_qs).toString();
    check.signedAt = QDateTime::fromString(json.value(u"signedAt"_qs).toString(), Qt::ISODate);
    if (json.value(u"v"_qs).toInt() != 1 || kid.size() != 8 || !isHex64(pdfSm3) ||
        !isHex64(check.signaturesSm3) || check.contract.isEmpty() || !check.signedAt.isValid() ||
        !json.value(u"signature"_qs).isString()) {
        check.reason = u"contract.malformed"_qs;
        return check;
    }
    check.kid = kid;
    const TrustedKey *trusted = trustedKeys.find(kid);
    if (!trusted) {
        check.reason = u"contract.unknown_key"_qs;
        return check;
    }
    if (!verifyJson(json, *trusted->key)) {
        check.reason = u"contract.bad_signature"_qs;
        return check;
    }
    if (!trusted->coversSigningTime(check.signedAt)) {
        check.reason = u"contract.key_period"_qs;
        return check;
    }
    if (sm3(block->prefix).toHex() != pdfSm3) {
        check.reason = u"contract.changed"_qs;
        return check;
    }
    check.valid = true;
    return check;
}

} // namespace hpf::crypto
