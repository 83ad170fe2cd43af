#pragma once

#include "base/clock.h"
#include "platform/context.h"
#include "platform/http/dispatcher.h"
#include "platform/http/router.h"
#include "platform/store/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QTemporaryDir>
#include <memory>

// The back end in process for fuzz_routes and the seed export: the real Router with every route and
// a Dispatcher over one temporary SQLite database seeded once with the demo center, a signing key
// (the published seed key, fuzz/seedkey.h) and one signed-in caller per role. Every answer is checked:
// never 5xx, every error problem+json with a code, the ledger invariant after every success; a
// broken check aborts (libFuzzer reports the input).
//
// Requests as text (fuzz/seeds/fuzz_routes, readable, and the dictionary helps):
//   line 1  <operation>[ <caller>]   e.g. "openings.account teller"; an unknown operation picks a
//                                    route by hash; caller: a role, or "teller@0002" (other branch)
//   line 2  path arguments, tab-separated; missing ones default by placeholder name
//   line 3  query string (e.g. "documentNumber=$idnumber")
//   rest    the body
// In lines 2-4, $unit $unit2 $account $account2 $idnumber $receipt $hold $certificate $code $check $month
// stand for rows of the seeded database, $newid and $newcredit for a fresh valid identity number and
// credit code (so openings can succeed again and again).
namespace hpf::fuzz {

class ServerHarness
{
public:
    ServerHarness();
    ~ServerHarness();

    server::HttpResponse run(const QByteArray &input);
    server::HttpResponse dispatch(const QString &operation, const QString &caller, const QStringList &args,
                                  const QString &query, const QByteArray &body);
    QString substitute(QString text);
    QString value(const QString &name) const { return m_values.value(name); }
    const server::Router &router() const { return m_router; }
    server::Database &database() { return *m_database; }
    const Clock &clock() const { return m_clock; }

private:
    static QString password(const QString &user);
    QByteArray substituteBytes(const QByteArray &bytes);
    const server::Route &pick(const QString &operation) const;
    QString callerFor(const server::Route &route, const QString &requested) const;
    server::HttpRequest request(const server::Route &route, const QStringList &given, const QString &query,
                                const QByteArray &body);
    QString defaultArg(const QString &placeholder) const;
    QByteArray grant(const QString &caller, const server::HttpRequest &r);
    void signIn(const QString &caller);
    void checkLedger(const server::Route &route);

    std::unique_ptr<QCoreApplication> m_app;
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<server::Database> m_database;
    std::unique_ptr<server::ServerContext> m_context;
    server::Router m_router;
    std::unique_ptr<server::Dispatcher> m_dispatcher;
    QHash<QString, QString> m_callers; // role (or "teller@0002", "grantor") → user name
    QHash<QString, QString> m_tokens;  // caller → access token
    QHash<QString, QString> m_values;  // $name → value from the seeded database
    QStringList m_names;               // of m_values, longest first ($unit2 before $unit)
    qint64 m_requests = 0;
    qint64 m_fresh = 0;
};

} // namespace hpf::fuzz
