// Face-to-face signing (面签): sessions, steps, the center's signature on each contract and its
// verification. Every write locks the application's row first (FOR UPDATE on PostgreSQL; SQLite
// writes are serialised), so two clients of one session never race a step or a contract.
#include "business/loan/signing/signingservice.h"

#include "business/certificates/signingkeys.h"
#include "business/loan/loanservice.h"
#include "business/loan/loanstore.h"
#include "business/loan/signing/signingarchive.h"
#include "crypto/pdfsignature.h"
#include "crypto/sm3.h"
#include "domain/identity.h"
#include "domain/money.h"
#include "domain/signaturestrokes.h"
#include "domain/signermatch.h"
#include "platform/blobstore/blobstore.h"
#include "platform/context.h"
#include "platform/store/sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hpf::server {

namespace {

const QStringList kDocuments{u"loan"_qs, u"mortgage"_qs};

struct Application
{
    qint64 id = 0;
    QString status;
    qint64 branchId = 0;
};

struct Party
{
    int position = 0;
    QString role;
    QString number;
    QString name;
};

QString hex(QByteArrayView bytes)
{
    return QString::fromLatin1(crypto::sm3(bytes).toHex());
}

Result<Application> findApplication(ServiceContext &ctx, const QString &serial, bool lock)
{
    QString sql = u"SELECT id, status, branch_id FROM loan_applications WHERE serial = :s"_qs;
    if (lock && ctx.dialect == Dialect::Postgres)
        sql += u" FOR UPDATE"_qs;
    Query q(ctx.db, sql);
    q.bind(u":s"_qs, serial);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"loan.not_found"_qs, u"serial"_qs);
    Application a{q.int64(0), q.str(1), q.int64(2)};
    q.finish();
    if (Status s = ctx.checkBranch(a.branchId); !s)
        return s.error();
    return a;
}

Error wrongStep(const Application &a, const QString &expected)
{
    return makeError(u"loan.step"_qs, u"serial"_qs,
                     u"the application is "_qs + a.status + u", not "_qs + expected);
}

Result<QList<Party>> partiesOf(ServiceContext &ctx, qint64 applicationId)
{
    Query q(ctx.db, u"SELECT position, role, document_number, name FROM loan_parties "
                    "WHERE application_id = :a ORDER BY position"_qs);
    q.bind(u":a"_qs, applicationId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Party> out;
    while (q.next())
        out.append(Party{int(q.int64(0)), q.str(1), q.str(2), q.str(3)});
    return out;
}

// Who signs which contract: the borrowers sign the loan, the owners and guarantors the mortgage.
bool signs(const QString &document, const QString &role)
{
    if (document == u"loan")
        return role != u"guarantor";
    return role != u"co_borrower";
}

QString contractNumber(const QString &document, const QString &serial)
{
    return (document == u"loan" ? u"JK"_qs : u"DY"_qs) + serial;
}

Result<qint64> openSession(ServiceContext &ctx, qint64 applicationId)
{
    Query q(ctx.db, u"SELECT id FROM signing_sessions WHERE application_id = :a AND status = 'open'"_qs);
    q.bind(u":a"_qs, applicationId);
    if (Status s = q.exec(); !s)
        return s.error();
    const qint64 id = q.next() ? q.int64(0) : 0;
    q.finish();
    return id;
}

// The open session of an approved application: the precondition of every step, contract and abandon.
Result<qint64> requireOpenSession(ServiceContext &ctx, const Application &app)
{
    if (app.status != u"approved")
        return wrongStep(app, u"approved"_qs);
    auto session = openSession(ctx, app.id);
    if (!session)
        return session.error();
    if (*session == 0)
        return makeError(u"loan.step"_qs, u"serial"_qs, u"no signing session is open"_qs);
    return *session;
}

// The session as the desk resumes it: the steps done so far (digests, never the payloads) and
// the signed documents.
Result<QJsonObject> sessionJson(ServiceContext &ctx, qint64 sessionId, qint64 applicationId)
{
    Query s(ctx.db, u"SELECT status, started_at FROM signing_sessions WHERE id = :id"_qs);
    s.bind(u":id"_qs, sessionId);
    if (Status st = s.exec(); !st)
        return st.error();
    if (!s.next())
        return makeError(u"db.conflict"_qs, {}, u"the session row is missing"_qs);
    QJsonObject out{
        {u"session"_qs, sessionId},
        {u"status"_qs, s.str(0)},
        {u"startedAt"_qs, QDateTime::fromMSecsSinceEpoch(s.int64(1), Qt::UTC).toString(Qt::ISODateWithMs)}};
    s.finish();
    Query q(ctx.db, u"SELECT position, kind, document, payload_sm3 FROM signing_steps WHERE session_id = :id "
                    "ORDER BY position, kind, document"_qs);
    q.bind(u":id"_qs, sessionId);
    if (Status st = q.exec(); !st)
        return st.error();
    QJsonArray steps;
    while (q.next()) {
        QJsonObject step{{u"position"_qs, q.int64(0)}, {u"kind"_qs, q.str(1)}, {u"sm3"_qs, q.str(3)}};
        if (!q.str(2).isEmpty())
            step.insert(u"document"_qs, q.str(2));
        steps.append(step);
    }
    q.finish();
    out.insert(u"steps"_qs, steps);
    Query c(ctx.db, u"SELECT document, contract_number FROM signed_contracts WHERE application_id = :a "
                    "ORDER BY document"_qs);
    c.bind(u":a"_qs, applicationId);
    if (Status st = c.exec(); !st)
        return st.error();
    QJsonArray signedDocs;
    while (c.next())
        signedDocs.append(QJsonObject{{u"document"_qs, c.str(0)}, {u"contractNumber"_qs, c.str(1)}});
    out.insert(u"signedDocuments"_qs, signedDocs);
    return out;
}

// The step's row when it exists: its digest.
Result<std::optional<QString>> existingStep(ServiceContext &ctx, qint64 sessionId, const SigningStep &step)
{
    Query q(ctx.db, u"SELECT payload_sm3 FROM signing_steps WHERE session_id = :s AND position = :p "
                    "AND kind = :k AND document = :d"_qs);
    q.bind(u":s"_qs, sessionId)
        .bind(u":p"_qs, step.position)
        .bind(u":k"_qs, step.kind)
        .bind(u":d"_qs, step.document);
    if (Status s = q.exec(); !s)
        return s.error();
    std::optional<QString> out;
    if (q.next())
        out = q.str(0);
    q.finish();
    return out;
}

Result<bool> hasStep(ServiceContext &ctx, qint64 sessionId, int position, const QString &kind,
                     const QString &document = {})
{
    SigningStep probe;
    probe.position = position;
    probe.kind = kind;
    probe.document = document;
    auto r = existingStep(ctx, sessionId, probe);
    if (!r)
        return r.error();
    return r->has_value();
}

Result<bool> documentSigned(ServiceContext &ctx, qint64 applicationId, const QString &document)
{
    Query q(ctx.db, u"SELECT COUNT(*) FROM signed_contracts WHERE application_id = :a AND document = :d"_qs);
    q.bind(u":a"_qs, applicationId).bind(u":d"_qs, document);
    if (Status s = q.exec(); !s)
        return s.error();
    const bool out = q.next() && q.int64(0) > 0;
    q.finish();
    return out;
}

bool isImage(const QByteArray &bytes)
{
    return bytes.startsWith("\xFF\xD8\xFF") || bytes.startsWith("\x89PNG\r\n\x1A\n");
}

} // namespace

Result<QJsonObject> contractData(ServiceContext &ctx, const QString &serial)
{
    auto app = findApplication(ctx, serial, false);
    if (!app)
        return app.error();
    if (app->status != u"approved" && app->status != u"signed")
        return wrongStep(*app, u"approved"_qs);
    auto body = applicationJson(ctx, serial);
    if (!body)
        return body.error();
    // The contract names every party in full: that is its business (the read is audited).
    ctx.noteRead(u"loan:"_qs + serial);
    auto upper = money::toChineseUpper(body->value(u"amountFen"_qs).toInteger());
    if (!upper)
        return upper.error();
    auto parties = partiesOf(ctx, app->id);
    if (!parties)
        return parties.error();
    QJsonArray documents;
    for (const QString &document : kDocuments) {
        QJsonArray signers;
        for (const Party &p : *parties)
            if (signs(document, p.role))
                signers.append(p.position);
        documents.append(QJsonObject{{u"document"_qs, document},
                                     {u"contractNumber"_qs, contractNumber(document, serial)},
                                     {u"signers"_qs, signers}});
    }
    const QJsonObject judgement = body->value(u"judgement"_qs).toObject();
    // What a contract names of each party (no incomes); positions as the steps use them.
    QJsonArray contractParties;
    for (const Party &p : *parties) {
        const QJsonObject full = body->value(u"parties"_qs).toArray().at(p.position).toObject();
        contractParties.append(QJsonObject{{u"position"_qs, p.position},
                                           {u"role"_qs, p.role},
                                           {u"documentType"_qs, full.value(u"documentType"_qs)},
                                           {u"documentNumber"_qs, p.number},
                                           {u"name"_qs, p.name}});
    }
    QJsonObject out{{u"serial"_qs, serial},
                    {u"status"_qs, app->status},
                    {u"amountFen"_qs, body->value(u"amountFen"_qs)},
                    {u"amountUpper"_qs, *upper},
                    {u"rate"_qs, body->value(u"rate"_qs)},
                    {u"termMonths"_qs, body->value(u"termMonths"_qs)},
                    {u"method"_qs, body->value(u"method"_qs)},
                    {u"firstPaymentFen"_qs, judgement.value(u"firstPaymentFen"_qs)},
                    {u"property"_qs, body->value(u"property"_qs)},
                    {u"bankCode"_qs, body->value(u"bankCode"_qs)},
                    {u"bankName"_qs, body->value(u"bankName"_qs)},
                    {u"parties"_qs, contractParties},
                    {u"documents"_qs, documents}};
    // issue 18: the 档号 of the signed session once its package is registered.
    auto archived = signingArchiveNumber(ctx, app->id);
    if (!archived)
        return archived.error();
    out.insert(u"archiveNumber"_qs, archived->isEmpty() ? QJsonValue() : QJsonValue(*archived));
    return out;
}

Result<QJsonObject> startSigning(ServiceContext &ctx, const QString &serial)
{
    auto app = findApplication(ctx, serial, true);
    if (!app)
        return app.error();
    if (app->status != u"approved")
        return wrongStep(*app, u"approved"_qs);
    auto session = openSession(ctx, app->id);
    if (!session)
        return session.error();
    if (*session == 0) {
        Query q(ctx.db, u"INSERT INTO signing_sessions (application_id, status, officer_id, started_at) "
                        "VALUES (:a, 'open', :u, :now)"_qs);
        q.bind(u":a"_qs, app->id).bind(u":u"_qs, ctx.user().userId).bind(u":now"_qs, ctx.nowMs);
        if (Status s = q.exec(); !s)
            return s.error();
        session = openSession(ctx, app->id);
        if (!session)
            return session.error();
        if (Status s = ctx.audit(ctx.operation, u"loan:"_qs + serial, u"ok"_qs, {},
                                 {{u"session"_qs, *session}, {u"status"_qs, u"open"_qs}});
            !s)
            return s.error();
        qCInfo(lcLoan) << ctx.operation << serial << "session" << *session << "started";
    }
    return sessionJson(ctx, *session, app->id);
}

Result<QJsonObject> addSigningStep(ServiceContext &ctx, const QString &serial, const SigningStep &step)
{
    auto app = findApplication(ctx, serial, true);
    if (!app)
        return app.error();
    auto session = requireOpenSession(ctx, *app);
    if (!session)
        return session.error();
    auto parties = partiesOf(ctx, app->id);
    if (!parties)
        return parties.error();
    const Party *party = nullptr;
    for (const Party &p : *parties)
        if (p.position == step.position)
            party = &p;
    if (!party)
        return makeError(u"signing.party"_qs, u"position"_qs, u"not a party of the application"_qs);
    const QString prefix = QStringLiteral("parties[%1].").arg(step.position);

    QString payload;
    QString digest;
    QByteArray photo;
    if (step.kind == u"identity") {
        if (Status s =
                signing::matchSigner(step.cardNumber, step.cardName, party->number, party->name, prefix);
            !s)
            return s.error();
        payload = compactJson({{u"matched"_qs, true},
                               {u"documentNumber"_qs, identity::maskNumber(party->number)},
                               {u"checkedAt"_qs, ctx.now.toUTC().toString(Qt::ISODate)}});
        digest = hex(payload.toUtf8());
    } else {
        const QString before = step.kind == u"photo" ? u"identity"_qs : u"photo"_qs;
        auto done = hasStep(ctx, *session, step.position, before);
        if (!done)
            return done.error();
        if (!*done)
            return makeError(u"signing.order"_qs, u"kind"_qs, before + u" first"_qs);
        if (step.kind == u"photo") {
            if (!isImage(step.photo))
                return makeError(u"signing.photo"_qs, u"photo"_qs, u"a JPEG or PNG image"_qs);
            if (!ctx.server.archiveStore)
                return makeError(u"archive.unavailable"_qs, {});
            digest = hex(step.photo);
            photo = step.photo;
            payload = compactJson({{u"blob"_qs, digest}, {u"size"_qs, qint64(step.photo.size())}});
        } else {
            if (!signs(step.document, party->role))
                return makeError(u"signing.party"_qs, u"position"_qs, u"not a signer of this document"_qs);
            auto strokes = signing::fromJsonBytes(step.strokes, u"strokes"_qs);
            if (!strokes)
                return strokes.error();
            if (Status s = signing::requireSigned(*strokes, u"strokes"_qs); !s)
                return s.error();
            const QByteArray bytes = signing::toJsonBytes(*strokes);
            payload = QString::fromUtf8(bytes);
            digest = hex(bytes);
        }
    }

    auto existing = existingStep(ctx, *session, step);
    if (!existing)
        return existing.error();
    if (existing->has_value() && **existing == digest)
        return sessionJson(ctx, *session, app->id); // the same step again: a resumed client
    // A step may be done again (a blurred photo, a signature redone) until its contract is signed.
    for (const QString &document : kDocuments) {
        if (!step.document.isEmpty() && step.document != document)
            continue;
        if (step.document.isEmpty() && !signs(document, party->role))
            continue;
        // issue 18: after an abandoned session a new one checks the card and takes the photo
        // again even where one contract is signed; only changing a signed document's steps is refused.
        if (step.document.isEmpty() && !existing->has_value())
            continue;
        auto isSigned = documentSigned(ctx, app->id, document);
        if (!isSigned)
            return isSigned.error();
        if (*isSigned)
            return makeError(u"signing.already_signed"_qs, u"document"_qs, document);
    }
    if (!photo.isEmpty())
        if (Status s = ctx.server.archiveStore->put(ctx.db, digest, photo); !s)
            return s.error();
    Query q(ctx.db, existing->has_value()
                        ? u"UPDATE signing_steps SET payload_sm3 = :h, payload = :p, created_at = :now "
                          "WHERE session_id = :s AND position = :pos AND kind = :k AND document = :d"_qs
                        : u"INSERT INTO signing_steps (session_id, position, kind, document, payload_sm3, "
                          "payload, created_at) VALUES (:s, :pos, :k, :d, :h, :p, :now)"_qs);
    q.bind(u":s"_qs, *session)
        .bind(u":pos"_qs, step.position)
        .bind(u":k"_qs, step.kind)
        .bind(u":d"_qs, step.document)
        .bind(u":h"_qs, digest)
        .bind(u":p"_qs, payload)
        .bind(u":now"_qs, ctx.nowMs);
    if (Status s = q.exec(); !s)
        return s.error();
    QJsonObject after{{u"position"_qs, step.position}, {u"kind"_qs, step.kind}, {u"sm3"_qs, digest}};
    if (!step.document.isEmpty())
        after.insert(u"document"_qs, step.document);
    QJsonObject before;
    if (existing->has_value())
        before.insert(u"sm3"_qs, **existing);
    if (Status s = ctx.audit(ctx.operation, u"loan:"_qs + serial, u"ok"_qs, before, after); !s)
        return s.error();
    return sessionJson(ctx, *session, app->id);
}

Result<QJsonObject> abandonSigning(ServiceContext &ctx, const QString &serial, const QString &reason)
{
    auto app = findApplication(ctx, serial, true);
    if (!app)
        return app.error();
    auto session = requireOpenSession(ctx, *app);
    if (!session)
        return session.error();
    // Only the session's status changes: its steps and any contract it signed stay stored.
    Query q(ctx.db, u"UPDATE signing_sessions SET status = 'abandoned', finished_at = :now "
                    "WHERE id = :id AND status = 'open'"_qs);
    q.bind(u":now"_qs, ctx.nowMs).bind(u":id"_qs, *session);
    if (Status s = q.exec(); !s)
        return s.error();
    if (q.rowsAffected() != 1)
        return makeError(u"loan.step"_qs, u"serial"_qs, u"the session changed meanwhile"_qs);
    if (Status s =
            ctx.audit(ctx.operation, u"loan:"_qs + serial, u"ok"_qs,
                      {{u"session"_qs, *session}, {u"status"_qs, u"open"_qs}},
                      {{u"session"_qs, *session}, {u"status"_qs, u"abandoned"_qs}, {u"reason"_qs, reason}});
        !s)
        return s.error();
    qCInfo(lcLoan) << ctx.operation << serial << "session" << *session << "abandoned";
    return sessionJson(ctx, *session, app->id);
}

Result<QJsonObject> signContract(ServiceContext &ctx, const QString &serial, const QString &document,
                                 const QByteArray &pdf)
{
    auto app = findApplication(ctx, serial, true);
    if (!app)
        return app.error();
    // Signed already: the stored contract again (a client that died before it saved the answer).
    Query done(ctx.db, u"SELECT contract_number, signed_pdf_sm3, signed_at, pdf_sm3 FROM signed_contracts "
                       "WHERE application_id = :a AND document = :d"_qs);
    done.bind(u":a"_qs, app->id).bind(u":d"_qs, document);
    if (Status s = done.exec(); !s)
        return s.error();
    if (done.next()) {
        const QString number = done.str(0), signedSm3 = done.str(1), pdfSm3 = done.str(3);
        const qint64 at = done.int64(2);
        done.finish();
        if (pdfSm3 != hex(pdf))
            return makeError(u"signing.already_signed"_qs, u"document"_qs, document);
        if (!ctx.server.archiveStore)
            return makeError(u"archive.unavailable"_qs, {});
        auto stored = ctx.server.archiveStore->get(ctx.db, signedSm3);
        if (!stored)
            return stored.error();
        return QJsonObject{
            {u"document"_qs, document},
            {u"contractNumber"_qs, number},
            {u"signedAt"_qs, QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODate)},
            {u"pdfSm3"_qs, signedSm3},
            {u"pdf"_qs, QString::fromLatin1(stored->toBase64())},
            {u"status"_qs, app->status}};
    }
    done.finish();
    auto session = requireOpenSession(ctx, *app);
    if (!session)
        return session.error();
    auto parties = partiesOf(ctx, app->id);
    if (!parties)
        return parties.error();
    QList<QByteArray> strokes;
    for (const Party &p : *parties) {
        if (!signs(document, p.role))
            continue;
        Query q(ctx.db, u"SELECT payload FROM signing_steps WHERE session_id = :s AND position = :p "
                        "AND kind = 'signature' AND document = :d"_qs);
        q.bind(u":s"_qs, *session).bind(u":p"_qs, p.position).bind(u":d"_qs, document);
        if (Status s = q.exec(); !s)
            return s.error();
        if (!q.next())
            return makeError(u"signing.unsigned"_qs, QStringLiteral("parties[%1]").arg(p.position),
                             u"has not signed the "_qs + document + u" contract"_qs);
        strokes.append(q.str(0).toUtf8());
        q.finish();
    }
    const auto *signer = ctx.server.certificateSigner.get();
    if (!signer)
        return makeError(u"cert.no_signing_key"_qs, {});
    if (!ctx.server.archiveStore)
        return makeError(u"archive.unavailable"_qs, {});
    crypto::ContractSignatureFields fields;
    fields.contract = contractNumber(document, serial);
    fields.signaturesSm3 = crypto::signaturesSm3(strokes);
    fields.signedAt = QDateTime::fromSecsSinceEpoch(ctx.nowMs / 1000, Qt::UTC);
    auto signedPdf = crypto::appendSignature(pdf, fields, signer->key());
    if (!signedPdf)
        return signedPdf.error();
    const QString signedSm3 = hex(*signedPdf);
    if (Status s = ctx.server.archiveStore->put(ctx.db, signedSm3, *signedPdf); !s)
        return s.error();
    auto block = crypto::readSignature(*signedPdf);
    if (!block)
        return block.error();
    Query ins(ctx.db,
              u"INSERT INTO signed_contracts (application_id, session_id, document, contract_number, "
              "pdf_sm3, signed_pdf_sm3, signature, signed_at) VALUES (:a, :s, :d, :n, :p, :sp, :j, :t)"_qs);
    ins.bind(u":a"_qs, app->id)
        .bind(u":s"_qs, *session)
        .bind(u":d"_qs, document)
        .bind(u":n"_qs, fields.contract)
        .bind(u":p"_qs, hex(pdf))
        .bind(u":sp"_qs, signedSm3)
        .bind(u":j"_qs, compactJson(block->json))
        .bind(u":t"_qs, fields.signedAt.toMSecsSinceEpoch());
    if (Status s = ins.exec(); !s)
        return s.error();
    if (Status s = ctx.audit(
            ctx.operation, u"loan:"_qs + serial, u"ok"_qs, {},
            {{u"document"_qs, document}, {u"contractNumber"_qs, fields.contract}, {u"pdfSm3"_qs, signedSm3}});
        !s)
        return s.error();

    // Every document signed: the session and the application are signed.
    QString status = app->status;
    bool all = true;
    for (const QString &d : kDocuments) {
        auto isSigned = documentSigned(ctx, app->id, d);
        if (!isSigned)
            return isSigned.error();
        all = all && *isSigned;
    }
    if (all) {
        Query s1(ctx.db,
                 u"UPDATE signing_sessions SET status = 'signed', finished_at = :now WHERE id = :id"_qs);
        s1.bind(u":now"_qs, ctx.nowMs).bind(u":id"_qs, *session);
        if (Status s = s1.exec(); !s)
            return s.error();
        Query s2(ctx.db, u"UPDATE loan_applications SET status = 'signed', updated_at = :now "
                         "WHERE id = :id AND status = 'approved'"_qs);
        s2.bind(u":now"_qs, ctx.nowMs).bind(u":id"_qs, app->id);
        if (Status s = s2.exec(); !s)
            return s.error();
        if (s2.rowsAffected() != 1)
            return makeError(u"loan.step"_qs, u"serial"_qs, u"the application changed meanwhile"_qs);
        if (Status s = ctx.audit(ctx.operation, u"loan:"_qs + serial, u"ok"_qs, {{u"status"_qs, app->status}},
                                 {{u"status"_qs, u"signed"_qs}});
            !s)
            return s.error();
        status = u"signed"_qs;
        qCInfo(lcLoan) << ctx.operation << serial << "approved -> signed";
        // issue 18: the signed session goes to the archive as a package (a job: the bytes of
        // every photo and PDF are re-read and digested, work the officer need not wait for).
        if (Status s = queueSigningArchive(ctx, serial); !s)
            return s.error();
    }
    return QJsonObject{{u"document"_qs, document},
                       {u"contractNumber"_qs, fields.contract},
                       {u"signedAt"_qs, fields.signedAt.toString(Qt::ISODate)},
                       {u"pdfSm3"_qs, signedSm3},
                       {u"pdf"_qs, QString::fromLatin1(signedPdf->toBase64())},
                       {u"status"_qs, status}};
}

Result<QJsonObject> verifyContract(ServiceContext &ctx, const QByteArray &pdf)
{
    auto trust = buildTrustList(ctx.db);
    if (!trust)
        return trust.error();
    const crypto::SignatureCheck check = crypto::verifySignature(pdf, *trust);
    QJsonObject out{
        {u"valid"_qs, check.valid},
        {u"reason"_qs, check.valid ? QJsonValue() : QJsonValue(check.reason)},
        {u"contractNumber"_qs, check.contract.isEmpty() ? QJsonValue() : QJsonValue(check.contract)},
        {u"signedAt"_qs,
         check.signedAt.isValid() ? QJsonValue(check.signedAt.toUTC().toString(Qt::ISODate)) : QJsonValue()}};
    bool registered = false;
    if (check.valid) {
        Query q(
            ctx.db,
            u"SELECT COUNT(*) FROM signed_contracts WHERE contract_number = :n AND signed_pdf_sm3 = :h"_qs);
        q.bind(u":n"_qs, check.contract).bind(u":h"_qs, hex(pdf));
        if (Status s = q.exec(); !s)
            return s.error();
        registered = q.next() && q.int64(0) > 0;
        q.finish();
    }
    out.insert(u"registered"_qs, registered);
    return out;
}

} // namespace hpf::server
