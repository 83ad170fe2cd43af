#pragma once

#include "api/loansigning.h"
#include "contractdoc.h"

#include <QDateTime>
#include <QHash>
#include <QString>

// The printed contract of 面签 (issue 18, part I) built from the server's contract data
// (GET …/contract) and the signers' recorded strokes: the 借款合同 or the 抵押合同 with the key
// figures, the clauses and every signer's ink. The contract text is the legal document and is
// Chinese whatever the desk's language; only its data comes from the server, never from a form.
namespace hpf::ui::signingcontract {

// A signer's recorded signature on one document, by party position.
using Signatures = QHash<int, signing::SignatureStrokes>;

// The lender named on every contract (the contract data does not carry the center's name).
QString lenderName();
// The role as a contract names it: 借款人, 借款人配偶, 共同借款人, 保证人 — and on the mortgage
// contract the borrower and spouse as 抵押人.
QString roleName(const QString &role, const QString &document);
QString title(const QString &document);

// `document` is loan | mortgage; `signedAt` is when the last signer signed (the time under the
// ink). Signers without strokes in `signatures` get a line to sign by hand.
printing::ContractDocument build(const client::api::LoanContract &contract, const QString &document,
                                 const Signatures &signatures, const QDateTime &signedAt, bool training);

} // namespace hpf::ui::signingcontract
