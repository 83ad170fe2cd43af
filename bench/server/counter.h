#pragma once

// One simulated counter (柜台) of the load test: its own signed-in session and keep-alive
// connection to one hpf-server instance, a closed loop of business with a short random think time,
// and a client's retry discipline — a request that timed out, lost its connection or met a 5xx or
// idempotency.in_flight is sent again with the SAME Idempotency-Key until it is answered.
// Every answered state-changing request is recorded for the ledger checks (ledgercheck.h).

#include "base/result.h"
#include "httpclient.h"
#include "loadrunner.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QTimer>
#include <functional>
#include <optional>

namespace hpf::bench {

// A state-changing request that got a final answer (2xx or a business refusal).
struct Acknowledged
{
    QString operation;    // "withdrawals.create", …
    QString username;     // the counter's user: idempotency keys are per user
    QByteArray key;       // Idempotency-Key (also the X-Request-ID)
    int status = 0;       // the final HTTP status
    int attempts = 1;     // sends of the same key
    QJsonObject response; // the answer's body
};

// What the counters share: the people and accounts known so far, the results, the stop time.
struct Workload
{
    qint64 stopAtNs = 0; // no new business after this
    int timeoutMs = 10000;
    int maxAttempts = 12;
    int thinkMaxMs = 20;
    int dropPercent = 0; // of state-changing requests: the first answer is lost (connection dropped)
    QByteArray runTag;   // prefix of every key of this run
    QString supervisor = u"supervisor1"_qs;
    QString supervisorPassword = u"train-supervisor1"_qs;
    int nextPerson = 0; // identity numbers handed out so far
    int nextUnit = 0;
    // Per branch (a teller sees its own branch's accounts only): documents and accounts opened.
    QHash<QString, QStringList> documentNumbers;
    QHash<QString, QStringList> accounts;
    qint64 accountCount = 0;
    QList<Acknowledged> acknowledged;
    QList<Acknowledged> unanswered;       // gave up after maxAttempts: may or may not have taken effect
    QHash<QString, Stats> stats;          // per operation: answered-as-expected requests and latencies
    QHash<QString, qint64> refused;       // per operation: final business refusals (4xx)
    QHash<QString, qint64> retries;       // per operation: extra sends of the same request
    QHash<QString, QString> firstRefusal; // per operation: the first refusal's problem code
};

// The demo user's branch (demo-seed): teller2 works at 0002, everyone else at 0001.
QString branchOf(const QString &username);

// Valid GB 11643 numbers born 1940–1967, distinct for index < 32,000,000 and from demo-seed's people.
QString loadIdentityNumber(int index);
// Valid GB 32100 codes distinct for index < 10,000,000 and from demo-seed's units.
QString loadCreditCode(int index);
QJsonObject unitOpeningBody(int index);

class Counter : public QObject
{
public:
    enum class Role { Teller, LoanOfficer };

    Counter(int index, Role role, QString username, QByteArray authorization, quint16 port,
            Workload &workload, QObject *parent = nullptr);

    // Unmeasured preparation of a teller counter: its own unit, `accounts` accounts, this month's
    // remittance. Blocking (setup only).
    Status prepare(int accounts);
    // Starts the loop; `done` runs once when the stop time passed and the last request is answered.
    void start(std::function<void()> done);

private:
    struct Pending
    {
        QString operation;
        HttpRequest request;
        bool stateChanging = false;
        QList<int> expected; // final statuses that are a success
        int attempts = 0;
        qint64 firstSentNs = 0;
        std::function<void(const QJsonObject &)> onSuccess;
    };

    void next();
    void think();
    void chooseTeller();
    void chooseLoanOfficer();
    void lookup();
    void send(Pending pending);
    void attempt();
    void answered(const HttpResponse &response);
    HttpRequest get(const QByteArray &path, const QByteArray &requestId) const;
    HttpRequest post(const QByteArray &path, const QJsonObject &body, const QByteArray &key,
                     const QByteArray &grant = {}) const;
    QByteArray newKey();
    QString anyAccount();
    QString ownAccount();

    int m_index;
    Role m_role;
    QString m_username;
    QByteArray m_authorization;
    Workload &m_workload;
    HttpConnection m_connection;
    QTimer m_timeout;
    QTimer m_pause;
    QRandomGenerator m_random;
    std::optional<Pending> m_pending;
    std::function<void()> m_done;
    qint64 m_sequence = 0;
    qint64 m_attempt = 0; // numbers every send, so a planted drop hits only its own attempt

    void record(const QString &operation, const QByteArray &key, int status, const QJsonObject &body);
    void opened(const QString &document, const QString &account);

    QString m_branch;
    QString m_unitAccount;            // teller: the unit this counter serves
    QStringList m_accounts;           // teller: the accounts of that unit
    QStringList m_funded;             // teller: those that had a remittance
    bool m_remittedThisMonth = false; // teller: last month's remittance is prepared
    QStringList m_activeHolds;        // loan officer: holds it registered and has not released
};

} // namespace hpf::bench
