#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Face-to-face signing (面签, issue 18 part C): approved → signed. The officer starts (or resumes)
// a session, posts each signer's steps — the ID card read at the counter (checked against the
// application's party by signing::matchSigner), a live photo (its bytes in the archive blob
// store), a signature per document (stroke JSON checked by signing::fromJson) — then posts the
// client's rendered PDF of each document; the server signs it with the center's SM2 key
// (crypto/pdfsignature.h) once every signer of that document has signed, and the application is
// signed when every document is. A step sent twice is the same step, so a client that died
// mid-session resumes where it was.
//
// Documents: "loan" (借款合同: borrower, spouse, co-borrowers) and "mortgage" (抵押/担保合同:
// borrower, spouse, guarantors). Contract numbers: JK<serial> and DY<serial>.
namespace hpf::server {

struct ServiceContext;

// GET /loans/applications/{serial}/contract: what the client paints on both contracts. Errors:
// loan.not_found, auth.branch_denied, loan.step (409: not approved or signed).
Result<QJsonObject> contractData(ServiceContext &ctx, const QString &serial);

// POST …/{serial}/signing: starts a session or answers the open one with its steps so far.
// Errors: loan.not_found, auth.branch_denied, loan.step (409: not approved).
Result<QJsonObject> startSigning(ServiceContext &ctx, const QString &serial);

struct SigningStep
{
    int position = -1;
    QString kind;                 // identity | photo | signature
    QString document;             // signature: loan | mortgage; else empty
    QString cardNumber, cardName; // identity
    QByteArray photo;             // photo: JPEG or PNG bytes
    QByteArray strokes;           // signature: the stroke JSON (signing::toJson), as text
};

// POST …/{serial}/signing/steps. Errors: loan.step (no open session), signing.party (position not
// a party, or not a signer of the document), signing.document_mismatch / signing.name_mismatch
// (field parties[i].documentNumber|name), signing.order (409: photo before identity, signature
// before photo), signing.photo (not a JPEG or PNG), signature.* (strokes), signing.already_signed
// (409: the document is signed; the step cannot change), archive.unavailable (no blob store).
Result<QJsonObject> addSigningStep(ServiceContext &ctx, const QString &serial, const SigningStep &step);

// POST …/{serial}/signing/contracts: signs `pdf` as `document`. Answers {"document",
// "contractNumber", "signedAt", "pdfSm3", "pdf": base64 of the signed file, "status"}.
// Errors: loan.step, signing.unsigned (409, field parties[i]: a signer has not signed it),
// contract.* (appendSignature's), cert.no_signing_key (503), archive.unavailable.
Result<QJsonObject> signContract(ServiceContext &ctx, const QString &serial, const QString &document,
                                 const QByteArray &pdf);

// POST /loans/contracts/verify: {"valid", "reason" (a contract.* code or null), "contractNumber",
// "signedAt", "registered" (the center keeps a contract with this number and these bytes)}.
Result<QJsonObject> verifyContract(ServiceContext &ctx, const QByteArray &pdf);

} // namespace hpf::server
