#pragma once

#include "api/call.h"
#include "domain/signaturestrokes.h"
#include "ops/operation.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <optional>

// 面签 (issue 18, client part I): the contract's data, the signing session with its steps, the
// signed contracts and their verification. The only client code knowing their URLs and JSON
// (server/business/loan/signingroutes.cpp, signingservice.cpp). Identities, photos, strokes and
// PDFs travel in bodies; the loan serial is the only path segment. Every step is an ops::Request,
// so a step the teller confirmed survives a dying client and the session is resumed from the
// server's answer (POST …/signing answers the open session).
namespace hpf::client::api {

struct LoanContractParty
{
    int position = 0;
    QString role; // borrower | spouse | co_borrower | guarantor
    QString documentType;
    QString documentNumber; // in full: the contract names its parties
    QString name;
};

struct LoanContractDocument
{
    QString document; // loan (借款合同) | mortgage (抵押/担保合同)
    QString contractNumber;
    QList<int> signers; // parties' positions, in the order they sign
};

// GET /loans/applications/{serial}/contract: what the contract PDF is printed from.
struct LoanContract
{
    QString serial;
    QString status; // approved | signed
    qint64 amountFen = 0;
    QString amountUpper; // 中文大写
    QString rate;
    int termMonths = 0;
    QString method; // equal_installment | equal_principal
    qint64 firstPaymentFen = 0;
    QString propertyAddress;
    qint64 priceFen = 0;
    QString purchaseContract;
    QString bankCode;
    QString bankName;
    QList<LoanContractParty> parties;
    QList<LoanContractDocument> documents;

    const LoanContractParty *party(int position) const;
    const LoanContractDocument *document(const QString &document) const;
    static Result<LoanContract> fromJson(const QJsonObject &json);
};

struct SigningStepRecord
{
    int position = 0;
    QString kind;     // identity | photo | signature
    QString document; // signature only
    QString sm3;      // digest of what was stored (the card check, the photo, the strokes)
};

// POST …/signing and POST …/signing/steps: the session as the server keeps it.
struct SigningSession
{
    qint64 session = 0;
    QString status; // open | signed | abandoned
    QDateTime startedAt;
    QList<SigningStepRecord> steps;
    QList<LoanContractDocument> signedDocuments; // document and contractNumber only

    bool hasStep(int position, const QString &kind, const QString &document = {}) const;
    bool isSigned(const QString &document) const;
    static Result<SigningSession> fromJson(const QJsonObject &json);
};

// POST …/signing/contracts: the PDF with the center's signature block appended.
struct SignedContract
{
    QString document;
    QString contractNumber;
    QDateTime signedAt;
    QString pdfSm3;
    QByteArray pdf; // decoded; its SM3 is pdfSm3 (checked)
    QString status; // the application's: signed once every document is
    static Result<SignedContract> fromJson(const QJsonObject &json);
};

// POST /loans/contracts/verify.
struct ContractVerification
{
    bool valid = false;
    QString reason; // a contract.* code when not valid
    QString contractNumber;
    QDateTime signedAt; // invalid when the file carries none
    bool registered = false;
    static Result<ContractVerification> fromJson(const QJsonObject &json);
};

namespace loansigning {

inline constexpr qsizetype kMaxPhotoBytes = 2 * 1024 * 1024;
inline constexpr qsizetype kMaxPdfBytes = 8 * 1024 * 1024;

bool isDocument(const QString &document);

ApiRequest contractRequest(const QString &serial);
void contract(ApiClient *api, const QString &serial, QObject *context,
              std::function<void(const Reply<LoanContract> &)> done);
// Answer: SigningSession (a new one, or the open one: resume). 409 loan.step before approval.
ops::Request start(const QString &serial, const QString &summary);
// Answer: SigningSession. The card as read (the server compares it with the application party:
// signing.document_mismatch / signing.name_mismatch on parties[i].documentNumber / name).
ops::Request identityStep(const QString &serial, int position, const QString &documentNumber,
                          const QString &name, const QString &summary);
// The live photo as JPEG or PNG bytes (signing.photo otherwise).
ops::Request photoStep(const QString &serial, int position, const QByteArray &image, const QString &summary);
// The strokes as their compact JSON text (the server digests those very bytes).
ops::Request signatureStep(const QString &serial, int position, const QString &document,
                           const signing::SignatureStrokes &strokes, const QString &summary);
// Answer: SignedContract. 409 signing.unsigned while a signer is missing.
ops::Request signContract(const QString &serial, const QString &document, const QByteArray &pdf,
                          const QString &summary);
// A read sent as POST (the contract travels in the body). Answer: ContractVerification.
ApiRequest verifyRequest(const QByteArray &pdf);
void verify(ApiClient *api, const QByteArray &pdf, QObject *context,
            std::function<void(const Reply<ContractVerification> &)> done);

} // namespace loansigning

} // namespace hpf::client::api
