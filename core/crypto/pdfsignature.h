#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// The center's signature on a contract PDF (借款合同, 抵押/担保合同) after face-to-face signing:
// any later change to the file is detectable (电子签名法 第十三条). The block is appended after the
// PDF's last %%EOF as an incremental update that adds no object, so every PDF reader shows the
// document unchanged:
//
//   %HPF-SIGNATURE <base64 of the signed JSON>
//   startxref
//   <the original file's startxref offset>
//   %%EOF
//
// (the startxref line repeats the original one so a reader that looks for it near the end of the
// file still finds the cross-reference table). The signed JSON (crypto::signJson, SM2 with SM3):
//   {"v": 1, "kid": "<16 hex>", "pdfSm3": "<hex SM3 of every byte before the block>",
//    "signaturesSm3": "<hex SM3 of the signers' stroke JSON, see signaturesSm3()>",
//    "contract": "<contract number>", "signedAt": "<ISO 8601 UTC>", "signature": "<base64 DER>"}
// Shared by the server (signs) and the client's verify screen and the verify command (check).
namespace hpf::crypto {

class Sm2Key;
class TrustList;

// What the center vouches for besides the PDF's bytes.
struct ContractSignatureFields
{
    QString contract;         // the contract number
    QByteArray signaturesSm3; // 64 lower-case hex digits (signaturesSm3() below)
    QDateTime signedAt;       // when the session was signed; stored in UTC, whole seconds
};

// The digest of the signers' signatures as the block records it: SM3 over each signer's stroke
// JSON (signing::toJsonBytes) in signing order, each followed by one '\n'. Hex, lower case.
QByteArray signaturesSm3(const QList<QByteArray> &strokeJsons);

// Errors (field "file" unless said): contract.not_pdf (no "%PDF-" header or no %%EOF),
// contract.already_signed (the file carries a block already), contract.fields (field "contract"
// empty or too long, "signaturesSm3" not 64 hex digits, "signedAt" invalid), and Sm2Key::signDer's.
Result<QByteArray> appendSignature(const QByteArray &pdf, const ContractSignatureFields &fields,
                                   const Sm2Key &key);

struct SignatureBlock
{
    QByteArray prefix; // every byte before the block: what pdfSm3 covers
    QJsonObject json;  // the signed JSON, not yet verified
};

// Finds the block. Errors (field "file"): contract.no_signature (none), contract.two_signatures
// (more than one block), contract.malformed (the block is not a base64 JSON object, or not the
// shape above), contract.changed (bytes were appended after the block: a later incremental update
// could change what the PDF shows).
Result<SignatureBlock> readSignature(const QByteArray &file);

struct SignatureCheck
{
    bool valid = false;
    // Empty when valid; else one of readSignature's codes, contract.unknown_key (the kid is not a
    // key the verifier trusts), contract.key_period (the key was not allowed to sign at signedAt),
    // contract.bad_signature (the JSON was not signed by that key, or was edited), contract.changed
    // (one byte of the PDF before the block differs from what was signed).
    QString reason;
    QString contract;   // from the signed JSON, when it could be read
    QDateTime signedAt; // idem
    QByteArray kid;     // idem, 8 bytes
    QByteArray signaturesSm3;
};

SignatureCheck verifySignature(const QByteArray &file, const TrustList &trustedKeys);

} // namespace hpf::crypto
