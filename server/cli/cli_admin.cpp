#include "base/clock.h"
#include "cli/cli.h"
#include "platform/auth/userservice.h"
#include "platform/store/database.h"

#include <QCommandLineParser>
#include <QDateTime>

namespace hpf::server::cli {

int userCommand(const QStringList &args, const QString &)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"User administration:\n"
        "  user add NAME --role ROLE --branch CODE [--display-name TEXT] [--password-stdin]\n"
        "  user disable NAME | user enable NAME\n"
        "  user reset-password NAME [--password-stdin]   (ends the user's sessions; the user must\n"
        "                                                choose a new password at the next sign-in)\n"
        "  user unlock NAME                              (clears a lock after failed sign-ins)\n"
        "  user reset-2fa NAME                           (forgets the second factor; ends sessions)\n"
        "  user list\n"
        "Passwords come from $HPF_USER_PASSWORD, or from the first line of stdin with --password-stdin.\n"
        "Roles: teller, loan_officer, archivist, judicial, supervisor, auditor, admin."_qs);
    QCommandLineOption database(u"database"_qs, u"Database URL."_qs, u"url"_qs);
    QCommandLineOption help({u"h"_qs, u"help"_qs}, u"Show this help."_qs);
    QCommandLineOption role(u"role"_qs, u"Role of the new user."_qs, u"role"_qs);
    QCommandLineOption branch(u"branch"_qs, u"Branch code of the new user."_qs, u"code"_qs);
    QCommandLineOption display(u"display-name"_qs, u"Name shown on screens."_qs, u"text"_qs);
    QCommandLineOption fromStdin(u"password-stdin"_qs, u"Read the password from stdin."_qs);
    parser.addOptions({database, help, role, branch, display, fromStdin});
    parser.addPositionalArgument(u"action"_qs,
                                 u"add, disable, enable, reset-password, unlock, reset-2fa or list"_qs);
    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        printLine(parser.helpText().trimmed());
        return 0;
    }
    const QStringList pos = parser.positionalArguments();
    if (pos.isEmpty())
        return usageError(
            u"user needs an action: add, disable, enable, reset-password, unlock, reset-2fa or list"_qs);
    const QString action = pos.at(0);
    const bool needsName = action != u"list";
    if (needsName && pos.size() != 2)
        return usageError(u"user "_qs + action + u" needs exactly one user name"_qs);
    if (!needsName && pos.size() != 1)
        return usageError(u"user list takes no arguments"_qs);
    static const QStringList actions{u"add"_qs,    u"disable"_qs,   u"enable"_qs, u"reset-password"_qs,
                                     u"unlock"_qs, u"reset-2fa"_qs, u"list"_qs};
    if (!actions.contains(action))
        return usageError(u"unknown user action: "_qs + action);
    if (action == u"add" && (!parser.isSet(role) || !parser.isSet(branch)))
        return usageError(u"user add needs --role and --branch"_qs);

    auto db = openDatabase(databaseUrl(parser.value(database)), true);
    if (!db)
        return failure(db.error());
    const qint64 now = Clock::system().now().toMSecsSinceEpoch();
    const QString name = pos.value(1);
    if (action == u"list") {
        auto users = listUsers(**db);
        if (!users)
            return failure(users.error());
        for (const UserInfo &u : std::as_const(*users)) {
            QString state = u.disabled ? u"disabled"_qs : u"active"_qs;
            if (u.lockedUntil > now)
                state += u" (locked until "_qs +
                         QDateTime::fromMSecsSinceEpoch(u.lockedUntil).toString(Qt::ISODate) + u')';
            printLine(
                QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(u.username, u.role, u.branch, state, u.displayName));
        }
        return 0;
    }
    if (action == u"disable" || action == u"enable") {
        Status s = setUserDisabled(**db, name, action == u"disable", now);
        if (!s)
            return failure(s.error());
        printLine(QStringLiteral("user %1 %2d").arg(name, action));
        return 0;
    }
    if (action == u"unlock" || action == u"reset-2fa") {
        const Status s =
            action == u"unlock" ? unlockUser(**db, name, now) : resetSecondFactor(**db, name, now);
        if (!s)
            return failure(s.error());
        printLine(action == u"unlock" ? QStringLiteral("user %1 unlocked").arg(name)
                                      : QStringLiteral("second factor of %1 reset").arg(name));
        return 0;
    }
    auto password = readSecret(u"HPF_USER_PASSWORD"_qs, parser.isSet(fromStdin), u"password"_qs);
    if (!password)
        return failure(password.error());
    if (action == u"add") {
        Status s = addUser(**db, name, parser.value(display), parser.value(role), parser.value(branch),
                           *password, crypto::ScryptParams{}, now);
        if (!s)
            return failure(s.error());
        printLine(QStringLiteral("user %1 added").arg(name));
        return 0;
    }
    Status s = resetPassword(**db, name, *password, crypto::ScryptParams{}, now);
    if (!s)
        return failure(s.error());
    printLine(QStringLiteral("password of %1 reset").arg(name));
    return 0;
}

} // namespace hpf::server::cli
