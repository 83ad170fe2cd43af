#include "platform/http/problem.h"

#include <QHash>
#include <QJsonObject>

namespace hpf::server {

int statusForError(const Error &error)
{
    static const QHash<QString, int> table = {
        {u"auth.required"_qs, 401},
        {u"auth.invalid_credentials"_qs, 401},
        {u"auth.token_invalid"_qs, 401},
        {u"auth.token_expired"_qs, 401},
        {u"auth.refresh_invalid"_qs, 401},
        {u"auth.otp_required"_qs, 401},
        {u"auth.otp_invalid"_qs, 401},
        {u"auth.enrolment_required"_qs, 403},
        {u"auth.password_change_required"_qs, 403},
        {u"totp.enrolled"_qs, 409},
        {u"totp.not_started"_qs, 409},
        {u"totp.unavailable"_qs, 503},
        {u"auth.locked"_qs, 423},
        {u"auth.disabled"_qs, 403},
        {u"auth.role_denied"_qs, 403},
        {u"auth.branch_denied"_qs, 403},
        {u"grant.required"_qs, 403},
        {u"grant.invalid"_qs, 403},
        {u"grant.used"_qs, 403},
        {u"grant.expired"_qs, 403},
        {u"grant.mismatch"_qs, 403},
        {u"grant.self_authorisation"_qs, 403},
        {u"grant.not_supervisor"_qs, 403},
        {u"idempotency.key_required"_qs, 400},
        {u"idempotency.key_invalid"_qs, 400},
        {u"idempotency.in_flight"_qs, 409},
        {u"idempotency.payload_mismatch"_qs, 422},
        {u"idempotency.unreadable"_qs, 500},
        {u"request.too_large"_qs, 413},
        {u"request.not_found"_qs, 404},
        {u"request.method_not_allowed"_qs, 405},
        {u"request.not_modified"_qs, 304},
        {u"db.busy"_qs, 503},
        {u"db.serialization"_qs, 503},
        {u"db.conflict"_qs, 503},
        {u"db.unavailable"_qs, 503},
        {u"db.error"_qs, 500},
        {u"internal"_qs, 500},
        {u"archive.unknown_record"_qs, 404},
        {u"archive.unknown_upload"_qs, 404},
        {u"archive.unknown_package"_qs, 404},
        {u"archive.unknown_file"_qs, 404},
        {u"archive.chunk_range"_qs, 404},
        {u"archive.upload_expired"_qs, 410},
        {u"archive.already_archived"_qs, 409},
        {u"archive.chunk_conflict"_qs, 409},
        {u"archive.upload_incomplete"_qs, 409},
        {u"archive.integrity"_qs, 409},
        {u"archive.blob_missing"_qs, 409},
        {u"archive.unavailable"_qs, 503},
        {u"archive.store"_qs, 500},
        {u"transfer.cancel_too_late"_qs, 409},
        {u"transfer.status"_qs, 409},
        {u"transfer.unavailable"_qs, 503},
        {u"withdrawal.route_retired"_qs, 410},
        {u"instruction.status"_qs, 409},
        // Contributions (issue 17): a month that cannot be remitted now, a stale preview, an
        // overlapping deferral (remittance.duplicate and adjustment.duplicate are 409 by their name).
        {u"remittance.deferred"_qs, 409},
        {u"remittance.preview_stale"_qs, 409},
        {u"deferral.overlap"_qs, 409},
        // issue 17: interest (结息)
        {u"interest.not_posted"_qs, 404},
        {u"interest.already_posted"_qs, 409},
        // issue 18: loan applications; separation of duties as grant.self_authorisation
        {u"loan.same_officer"_qs, 403},
        {u"loan.same_person"_qs, 403},
        {u"loan.step"_qs, 409},
        // issue 18: 面签 — a step out of order or a contract signed already is a conflict
        {u"signing.order"_qs, 409},
        {u"signing.already_signed"_qs, 409},
        {u"signing.unsigned"_qs, 409},
        // issue 18: the loan account
        {u"loan.account_not_found"_qs, 404},
        {u"loan.settled"_qs, 409},
        {u"loan.prepay_blocked"_qs, 409},
        // issue 18: the credit system cannot be reached (or none is configured)
        {u"credit.unavailable"_qs, 503},
        // issue 18: overdue loans and reminders
        {u"loan.reminder_not_found"_qs, 404},
        {u"loan.reminder_done"_qs, 409},
    };
    const auto it = table.constFind(error.code);
    if (it != table.constEnd())
        return it.value();
    if (error.code.endsWith(u".not_found"))
        return 404;
    if (error.code.endsWith(u".exists") || error.code.endsWith(u".duplicate") ||
        error.code.endsWith(u".conflict"))
        return 409;
    if (error.code.startsWith(u"request.") || error.code.startsWith(u"json."))
        return 400;
    return 422;
}

HttpResponse problem(const Error &error, const QString &requestId, int status)
{
    const int code = status > 0 ? status : statusForError(error);
    QJsonObject o{
        {u"type"_qs, QString(u"urn:hpf:problem:"_qs + error.code)},
        {u"title"_qs, error.code},
        {u"status"_qs, code},
        {u"code"_qs, error.code},
    };
    if (!error.field.isEmpty())
        o.insert(u"field"_qs, error.field);
    if (!error.detail.isEmpty())
        o.insert(u"detail"_qs, error.detail);
    if (!requestId.isEmpty())
        o.insert(u"requestId"_qs, requestId);
    HttpResponse r = HttpResponse::json(code, o);
    r.contentType = QByteArrayLiteral("application/problem+json");
    return r;
}

HttpResponse problem(int status, const QString &code, const QString &field, const QString &detail,
                     const QString &requestId)
{
    return problem(Error{code, field, detail}, requestId, status);
}

} // namespace hpf::server
