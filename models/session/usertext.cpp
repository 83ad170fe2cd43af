#include "session/usertext.h"

#include "domain/errortext.h"

#include <QCoreApplication>

namespace hpf::client::usertext {

namespace {

struct Text
{
    const char *code;
    const char *source;
};

// clang-format off
constexpr Text kTexts[] = {
    {"auth.invalid_credentials", QT_TRANSLATE_NOOP("hpf::client::UserText", "Wrong user id or password")},
    {"auth.locked", QT_TRANSLATE_NOOP("hpf::client::UserText", "This user is locked after too many wrong passwords; try again later or ask a supervisor")},
    {"auth.disabled", QT_TRANSLATE_NOOP("hpf::client::UserText", "This user is disabled")},
    {"auth.otp_required", QT_TRANSLATE_NOOP("hpf::client::UserText", "Enter the 6-digit code from your authenticator app (or a recovery code)")},
    {"auth.otp_invalid", QT_TRANSLATE_NOOP("hpf::client::UserText", "Wrong or already used verification code; wait for the next code and try again")},
    {"auth.enrolment_required", QT_TRANSLATE_NOOP("hpf::client::UserText", "Set up two-step verification first")},
    {"auth.password_change_required", QT_TRANSLATE_NOOP("hpf::client::UserText", "Change your password first")},
    {"totp.enrolled", QT_TRANSLATE_NOOP("hpf::client::UserText", "Two-step verification is already set up; an administrator can reset it")},
    {"totp.unavailable", QT_TRANSLATE_NOOP("hpf::client::UserText", "Two-step verification is not available on this server; contact the administrator")},
    {"user.password_weak", QT_TRANSLATE_NOOP("hpf::client::UserText", "The new password is too weak: at least 10 characters, three kinds of characters, not the user id, not a common password")},
    {"user.password_reused", QT_TRANSLATE_NOOP("hpf::client::UserText", "The new password was used recently; choose another")},
    {"auth.required", QT_TRANSLATE_NOOP("hpf::client::UserText", "Please sign in again")},
    {"auth.token_expired", QT_TRANSLATE_NOOP("hpf::client::UserText", "The session has expired; please sign in again")},
    {"auth.token_invalid", QT_TRANSLATE_NOOP("hpf::client::UserText", "The session has ended; please sign in again")},
    {"auth.refresh_invalid", QT_TRANSLATE_NOOP("hpf::client::UserText", "The session has ended; please sign in again")},
    {"auth.role_denied", QT_TRANSLATE_NOOP("hpf::client::UserText", "Your role may not do this")},
    {"auth.branch_denied", QT_TRANSLATE_NOOP("hpf::client::UserText", "This belongs to another branch")},
    {"grant.required", QT_TRANSLATE_NOOP("hpf::client::UserText", "This operation needs a supervisor's authorisation")},
    {"grant.invalid", QT_TRANSLATE_NOOP("hpf::client::UserText", "The supervisor's authorisation is not valid")},
    {"grant.used", QT_TRANSLATE_NOOP("hpf::client::UserText", "The supervisor's authorisation has already been used")},
    {"grant.expired", QT_TRANSLATE_NOOP("hpf::client::UserText", "The supervisor's authorisation has expired; ask again")},
    {"grant.mismatch", QT_TRANSLATE_NOOP("hpf::client::UserText", "The authorisation was given for a different operation")},
    {"grant.self_authorisation", QT_TRANSLATE_NOOP("hpf::client::UserText", "You cannot authorise your own operation")},
    {"grant.not_supervisor", QT_TRANSLATE_NOOP("hpf::client::UserText", "This user is not a supervisor")},
    {"grant.not_required", QT_TRANSLATE_NOOP("hpf::client::UserText", "This operation does not need authorisation")},
    {"account.not_found", QT_TRANSLATE_NOOP("hpf::client::UserText", "No such personal account")},
    {"unit.not_found", QT_TRANSLATE_NOOP("hpf::client::UserText", "No such unit")},
    {"account.insufficient_available", QT_TRANSLATE_NOOP("hpf::client::UserText", "The available balance is not enough")},
    {"hold.insufficient_available", QT_TRANSLATE_NOOP("hpf::client::UserText", "The available balance is not enough for this freeze")},
    {"account.state", QT_TRANSLATE_NOOP("hpf::client::UserText", "The account state does not allow this")},
    {"idempotency.in_flight", QT_TRANSLATE_NOOP("hpf::client::UserText", "The same operation is still being processed")},
    {"idempotency.payload_mismatch", QT_TRANSLATE_NOOP("hpf::client::UserText", "This operation was already sent with different data")},
    {"idempotency.unreadable", QT_TRANSLATE_NOOP("hpf::client::UserText", "The server cannot read its stored result of this operation; do not repeat it, tell support")},
    {"store.unavailable", QT_TRANSLATE_NOOP("hpf::client::UserText", "The local outbox cannot be opened, so no operation can be saved or sent from this window; close the other HPF Counter or tell support")},
    {"request.not_found", QT_TRANSLATE_NOOP("hpf::client::UserText", "The server does not offer this function")},
    {"request.field_required", QT_TRANSLATE_NOOP("hpf::client::UserText", "A required field is empty")},
    {"request.field_too_long", QT_TRANSLATE_NOOP("hpf::client::UserText", "A field is too long")},
    {"db.busy", QT_TRANSLATE_NOOP("hpf::client::UserText", "The server is busy; try again")},
    {"network.unreachable", QT_TRANSLATE_NOOP("hpf::client::UserText", "The server cannot be reached")},
    {"network.timeout", QT_TRANSLATE_NOOP("hpf::client::UserText", "The server did not answer in time")},
    {"network.tls", QT_TRANSLATE_NOOP("hpf::client::UserText", "The server's certificate is not trusted")},
    {"network.bad_response", QT_TRANSLATE_NOOP("hpf::client::UserText", "The server sent an answer the client cannot read")},
    {"offline.refused", QT_TRANSLATE_NOOP("hpf::client::UserText", "The server cannot be reached, and this operation must not wait; try again when the connection is back")},
};
// clang-format on

const char *lookup(const QString &code)
{
    for (const Text &t : kTexts) {
        if (code == QLatin1String(t.code))
            return t.source;
    }
    return nullptr;
}

} // namespace

QString describe(const Error &error)
{
    const char *source = lookup(error.code);
    if (!source && error.code.startsWith(u"http."))
        return QCoreApplication::translate("hpf::client::UserText", "The server answered with an error (%1)")
            .arg(error.code.mid(5));
    if (!source)
        return errortext::describe(error);
    const QString text = QCoreApplication::translate("hpf::client::UserText", source);
    if (error.field.isEmpty() || error.code.startsWith(u"auth.") || error.code.startsWith(u"network."))
        return text;
    const QString label = errortext::fieldLabel(error.field);
    return label == error.field ? text
                                : QCoreApplication::translate("hpf::ErrorText", "%1: %2").arg(label, text);
}

QString describeFailure(const ApiResponse &response)
{
    const QString text = describe(response.problem);
    if (response.requestId.isEmpty())
        return text;
    return QCoreApplication::translate("hpf::client::UserText", "%1 (request %2)")
        .arg(text, response.requestId);
}

QStringList knownCodes()
{
    QStringList codes;
    for (const Text &t : kTexts)
        codes.append(QString::fromLatin1(t.code));
    return codes;
}

} // namespace hpf::client::usertext
