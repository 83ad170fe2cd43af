#include "counter.h"

#include "benchkit.h"
#include "domain/creditcode.h"
#include "domain/identity.h"

#include <QDate>
#include <QJsonDocument>

namespace hpf::bench {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject parseObject(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QString month(int monthsBack)
{
    return QDate::currentDate().addMonths(-monthsBack).toString(u"yyyy-MM"_qs);
}

Error httpError(const QString &what, const HttpResponse &r)
{
    return makeError(
        u"load.http"_qs, what,
        r.status == 0 ? r.error
                      : QStringLiteral("HTTP %1 %2").arg(r.status).arg(QString::fromUtf8(r.body.left(400))));
}

} // namespace

QString branchOf(const QString &username)
{
    return username == u"teller2" ? u"0002"_qs : u"0001"_qs;
}

QString loadIdentityNumber(int index)
{
    static const char16_t *regions[] = {u"110105", u"440305", u"350102", u"310104"};
    const QDate birth = QDate(1940, 1, 1).addDays((index / 4) % 10000);
    const QString first17 = QString::fromUtf16(regions[index % 4]) + birth.toString(u"yyyyMMdd"_qs) +
                            QStringLiteral("%1").arg(100 + (index / 40000) % 800, 3, 10, QLatin1Char('0'));
    return first17 + identity::checkCharacter(first17);
}

QString loadCreditCode(int index)
{
    const QString first17 = QStringLiteral("91350100L%1").arg(index, 8, 10, QLatin1Char('0'));
    return first17 + creditcode::checkCharacter(first17);
}

QJsonObject unitOpeningBody(int index)
{
    // A unit opens at most a month back.
    return bench::unitOpeningBody(loadCreditCode(index), u"压测单位"_qs + QString::number(index), month(1));
}

Counter::Counter(int index, Role role, QString username, QByteArray authorization, quint16 port,
                 Workload &workload, QObject *parent)
    : QObject(parent)
    , m_index(index)
    , m_role(role)
    , m_username(std::move(username))
    , m_authorization(std::move(authorization))
    , m_workload(workload)
    , m_connection(port)
    , m_random(quint32(0x5eed + index))
    , m_branch(branchOf(m_username))
{
    m_timeout.setSingleShot(true);
    m_pause.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_connection.cancel(QStringLiteral("no answer within %1 ms").arg(m_workload.timeoutMs));
    });
    connect(&m_pause, &QTimer::timeout, this, &Counter::next);
}

HttpRequest Counter::get(const QByteArray &path, const QByteArray &requestId) const
{
    return {"GET", path, {{"Authorization", m_authorization}, {"X-Request-ID", requestId}}, {}};
}

HttpRequest Counter::post(const QByteArray &path, const QJsonObject &body, const QByteArray &key,
                          const QByteArray &grant) const
{
    HttpRequest r{"POST", path, {{"Authorization", m_authorization}, {"X-Request-ID", key}}, compact(body)};
    if (!key.isEmpty())
        r.headers.append({"Idempotency-Key", key});
    if (!grant.isEmpty())
        r.headers.append({"X-Supervisor-Grant", grant});
    return r;
}

QByteArray Counter::newKey()
{
    return m_workload.runTag + 'c' + QByteArray::number(m_index) + '-' + QByteArray::number(++m_sequence);
}

QString Counter::anyAccount()
{
    const QStringList &all = m_workload.accounts[m_branch];
    return all.isEmpty() ? QString() : all.at(m_random.bounded(qsizetype(all.size())));
}

QString Counter::ownAccount()
{
    return m_funded.isEmpty() ? anyAccount() : m_funded.at(m_random.bounded(qsizetype(m_funded.size())));
}

void Counter::record(const QString &operation, const QByteArray &key, int status, const QJsonObject &body)
{
    m_workload.acknowledged.append({operation, m_username, key, status, 1, body});
}

void Counter::opened(const QString &document, const QString &account)
{
    m_accounts << account;
    m_workload.accounts[m_branch] << account;
    m_workload.documentNumbers[m_branch] << document;
    ++m_workload.accountCount;
}

Status Counter::prepare(int accounts)
{
    if (!m_connection.connectNow(10000))
        return makeError(u"load.connect"_qs, m_username, u"cannot connect"_qs);
    if (m_role != Role::Teller)
        return {};
    // Prepared requests are acknowledged ones too: the exactly-once check covers them.
    QByteArray key = newKey();
    const HttpResponse unit = m_connection.exchange(
        post("/api/v1/openings/units", unitOpeningBody(m_workload.nextUnit++), key), 60000);
    if (unit.status != 201)
        return httpError(u"open unit"_qs, unit);
    record(u"openings.unit"_qs, key, unit.status, parseObject(unit.body));
    m_unitAccount = parseObject(unit.body).value(u"unit"_qs).toObject().value(u"unitAccount"_qs).toString();
    for (int i = 0; i < accounts; ++i) {
        const int person = m_workload.nextPerson++;
        const QString document = loadIdentityNumber(person);
        key = newKey();
        const HttpResponse r =
            m_connection.exchange(post("/api/v1/openings/accounts",
                                       {{u"unitAccount"_qs, m_unitAccount},
                                        {u"documentType"_qs, u"01"_qs},
                                        {u"documentNumber"_qs, document},
                                        {u"name"_qs, QString(u"压测"_qs + QString::number(person))},
                                        {u"wageBaseFen"_qs, 500000 + (person % 50) * 10000},
                                        // with the unit since its first month: last month is theirs
                                        {u"firstMonth"_qs, month(1)}},
                                       key),
                                  60000);
        if (r.status != 201)
            return httpError(u"open account"_qs, r);
        const QJsonObject answer = parseObject(r.body);
        record(u"openings.account"_qs, key, r.status, answer);
        opened(document, answer.value(u"account"_qs).toObject().value(u"accountNumber"_qs).toString());
    }
    key = newKey();
    const HttpResponse remitted = m_connection.exchange(
        post("/api/v1/units/" + m_unitAccount.toLatin1() + "/remittances", {{u"month"_qs, month(1)}}, key),
        120000);
    if (remitted.status != 201)
        return httpError(u"remittance"_qs, remitted);
    record(u"remittances.post"_qs, key, remitted.status, parseObject(remitted.body));
    m_funded = m_accounts;
    return {};
}

void Counter::start(std::function<void()> done)
{
    m_done = std::move(done);
    next();
}

void Counter::think()
{
    m_pause.start(m_workload.thinkMaxMs > 0 ? int(m_random.bounded(m_workload.thinkMaxMs + 1)) : 0);
}

void Counter::next()
{
    if (monotonicNs() >= m_workload.stopAtNs) {
        if (m_done) {
            auto done = std::move(m_done);
            m_done = {};
            done();
        }
        return;
    }
    if (m_role == Role::Teller)
        chooseTeller();
    else
        chooseLoanOfficer();
}

void Counter::lookup()
{
    const QByteArray id = newKey();
    const int pick = int(m_random.bounded(3));
    const QStringList &documents = m_workload.documentNumbers[m_branch];
    if (pick == 0 && !documents.isEmpty()) {
        const QString document = documents.at(m_random.bounded(qsizetype(documents.size())));
        HttpRequest r = post("/api/v1/persons/search",
                             {{u"documentType"_qs, u"01"_qs}, {u"documentNumber"_qs, document}}, {});
        r.headers[1].second = id;
        send({u"persons.search"_qs, r, false, {200}, 0, 0, {}});
    } else if (pick == 1) {
        send({u"accounts.get"_qs,
              get("/api/v1/accounts/" + anyAccount().toLatin1(), id),
              false,
              {200},
              0,
              0,
              {}});
    } else {
        send({u"accounts.journal"_qs,
              get("/api/v1/accounts/" + anyAccount().toLatin1() + "/journal?offset=0&limit=20", id),
              false,
              {200},
              0,
              0,
              {}});
    }
}

void Counter::chooseTeller()
{
    const int roll = int(m_random.bounded(100));
    if (roll < 45) {
        lookup();
    } else if (roll < 55) {
        const int person = m_workload.nextPerson++;
        const QString document = loadIdentityNumber(person);
        send({u"openings.account"_qs,
              post("/api/v1/openings/accounts",
                   {{u"unitAccount"_qs, m_unitAccount},
                    {u"documentType"_qs, u"01"_qs},
                    {u"documentNumber"_qs, document},
                    {u"name"_qs, QString(u"压测"_qs + QString::number(person))},
                    {u"wageBaseFen"_qs, 500000 + (person % 50) * 10000}},
                   newKey()),
              true,
              {201},
              0,
              0,
              [this, document](const QJsonObject &answer) {
                  opened(document,
                         answer.value(u"account"_qs).toObject().value(u"accountNumber"_qs).toString());
              }});
    } else if (roll < 56) {
        send({u"openings.unit"_qs,
              post("/api/v1/openings/units", unitOpeningBody(m_workload.nextUnit++), newKey()),
              true,
              {201},
              0,
              0,
              {}});
    } else if (roll < 81 || (roll < 85 && m_remittedThisMonth)) {
        send({u"withdrawals.create"_qs,
              post("/api/v1/withdrawals",
                   purchaseWithdrawalBody(ownAccount(), 1 + qint64(m_random.bounded(500))), newKey()),
              true,
              {201},
              0,
              0,
              {}});
    } else if (roll < 85 && !m_remittedThisMonth) {
        // A unit opens at most a month back: last month's remittance was prepared, this one is due.
        m_remittedThisMonth = true;
        send({u"remittances.post"_qs,
              post("/api/v1/units/" + m_unitAccount.toLatin1() + "/remittances", {{u"month"_qs, month(0)}},
                   newKey()),
              true,
              {201},
              0,
              0,
              [this](const QJsonObject &) { m_funded = m_accounts; }});
    } else {
        send({u"certificates.issue"_qs,
              post("/api/v1/certificates",
                   {{u"type"_qs, u"deposit_proof"_qs}, {u"accountNumber"_qs, ownAccount()}}, newKey()),
              true,
              {201},
              0,
              0,
              {}});
    }
}

void Counter::chooseLoanOfficer()
{
    if (m_random.bounded(2) == 0 || m_workload.accounts[m_branch].isEmpty()) {
        lookup();
        return;
    }
    // 贷款冻结 and its release, each under a supervisor's grant (柜面授权) for exactly this request.
    const bool release = !m_activeHolds.isEmpty() && (m_activeHolds.size() >= 3 || m_random.bounded(2) == 0);
    const QByteArray key = newKey();
    QByteArray path;
    QJsonObject body;
    QString operation;
    QString holdId;
    if (release) {
        holdId = m_activeHolds.takeFirst();
        path = "/api/v1/holds/" + holdId.toLatin1() + "/release";
        operation = u"holds.release"_qs;
    } else {
        path = "/api/v1/holds";
        body = {{u"accountNumber"_qs, anyAccount()},
                {u"kind"_qs, u"loan_security"_qs},
                {u"amountFen"_qs, 1 + qint64(m_random.bounded(1000))}};
        operation = u"holds.create"_qs;
    }
    const QJsonObject grantBody{{u"supervisorUsername"_qs, m_workload.supervisor},
                                {u"supervisorPassword"_qs, m_workload.supervisorPassword},
                                {u"idempotencyKey"_qs, QString::fromLatin1(key)},
                                {u"summary"_qs, QString(u"压测 "_qs + operation)},
                                {u"request"_qs, QJsonObject{{u"method"_qs, u"POST"_qs},
                                                            {u"path"_qs, QString::fromLatin1(path)},
                                                            {u"body"_qs, body}}}};
    HttpRequest grantRequest = post("/api/v1/grants", grantBody, {});
    grantRequest.headers[1].second = key + "-g";
    send({u"grants.create"_qs,
          grantRequest,
          false,
          {201},
          0,
          0,
          [this, key, path, body, operation](const QJsonObject &answer) {
              const QByteArray grant = answer.value(u"grant"_qs).toString().toLatin1();
              // Sent at once after the grant's answer: the supervisor is at the desk.
              send({operation,
                    post(path, body, key, grant),
                    true,
                    {operation == u"holds.create" ? 201 : 200},
                    0,
                    0,
                    [this, operation](const QJsonObject &created) {
                        if (operation == u"holds.create")
                            m_activeHolds << created.value(u"holdId"_qs).toString();
                    }});
          }});
}

void Counter::send(Pending pending)
{
    Q_ASSERT(!m_pending);
    pending.firstSentNs = monotonicNs();
    m_pending = std::move(pending);
    attempt();
}

void Counter::attempt()
{
    ++m_pending->attempts;
    if (m_pending->attempts > 1)
        ++m_workload.retries[m_pending->operation];
    m_timeout.start(m_workload.timeoutMs);
    const qint64 attempt = ++m_attempt;
    m_connection.send(m_pending->request, [this](const HttpResponse &r) { answered(r); });
    // A lost answer (a dropped line, a restarted proxy): the counter cannot tell whether the
    // request took effect and sends it again with the same key.
    if (m_pending->stateChanging && m_pending->attempts == 1 && m_workload.dropPercent > 0 &&
        int(m_random.bounded(100)) < m_workload.dropPercent) {
        QTimer::singleShot(int(m_random.bounded(40)), this, [this, attempt] {
            if (m_attempt == attempt && m_connection.busy())
                m_connection.cancel(u"planted: connection dropped before the answer"_qs);
        });
    }
}

void Counter::answered(const HttpResponse &response)
{
    m_timeout.stop();
    Pending &p = *m_pending;
    const bool inFlight = response.status == 409 && response.body.contains("idempotency.in_flight");
    const bool retry = response.status == 0 || response.status >= 500 || inFlight;
    if (retry && p.attempts < m_workload.maxAttempts) {
        // As a counter would: the same request, the same key, after a short pause.
        QTimer::singleShot(inFlight ? 200 : 100 * p.attempts, this, [this] { attempt(); });
        return;
    }
    Stats &stats = m_workload.stats[p.operation];
    const bool success = p.expected.contains(response.status);
    const bool refusal = !success && (response.status == 409 || response.status == 422) && !inFlight;
    const QJsonObject body = parseObject(response.body);
    if (success) {
        ++stats.requests;
        stats.latenciesNs.append(monotonicNs() - p.firstSentNs);
    } else if (refusal) {
        if (++m_workload.refused[p.operation] == 1)
            m_workload.firstRefusal[p.operation] = body.value(u"code"_qs).toString();
    } else {
        ++stats.errors;
        if (stats.firstError.isEmpty())
            stats.firstError = response.status == 0 ? response.error
                                                    : QStringLiteral("HTTP %1: %2")
                                                          .arg(response.status)
                                                          .arg(QString::fromUtf8(response.body.left(300)));
    }
    if (p.stateChanging) {
        QByteArray key;
        for (const auto &[name, value] : std::as_const(p.request.headers)) {
            if (name == "Idempotency-Key")
                key = value;
        }
        Acknowledged a{p.operation, m_username, key, response.status, p.attempts, body};
        if (success || refusal)
            m_workload.acknowledged.append(a);
        else
            m_workload.unanswered.append(a);
    }
    auto onSuccess = std::move(p.onSuccess);
    m_pending.reset();
    if (success && onSuccess) {
        onSuccess(body); // may send the next step of the same business (a hold after its grant)
        if (m_pending)
            return;
    }
    think();
}

} // namespace hpf::bench
