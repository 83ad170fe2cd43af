#include "serverharness.h"

#include "business/certificates/certificateservice.h"
#include "business/certificates/signingkeys.h"
#include "crypto/sm3.h"
#include "demo/demoseed.h"
#include "domain/access.h"
#include "domain/creditcode.h"
#include "integration/transfer/peerchannel.h"
#include "platform/auth/userservice.h"
#include "platform/blobstore/blobstore.h"
#include "platform/http/routes.h"
#include "platform/store/migrations.h"
#include "platform/store/sql.h"
#include "seedkey.h"
#include "server.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace hpf::fuzz {

using namespace hpf::server;

namespace {

[[noreturn]] void die(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz harness: %s %s\n", what, qPrintable(detail));
    std::abort();
}

void quiet(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg)
        std::fprintf(stderr, "fatal: %s\n", qPrintable(message));
}

QString column(Database &db, const QString &sql)
{
    auto conn = db.connection();
    if (!conn)
        die("connection", conn.error().detail);
    Query q(*conn, sql);
    if (Status s = q.exec(); !s)
        die("query", s.error().detail);
    const QString value = q.next() ? q.str(0) : QString();
    q.finish();
    return value;
}

QList<QByteArray> splitLines(const QByteArray &input, int parts)
{
    QList<QByteArray> out;
    qsizetype from = 0;
    while (out.size() < parts - 1) {
        const qsizetype nl = input.indexOf('\n', from);
        if (nl < 0)
            break;
        out << input.mid(from, nl - from);
        from = nl + 1;
    }
    out << input.mid(from);
    return out;
}

void check(const Route &route, const HttpRequest &r, const HttpResponse &response)
{
    if (response.status >= 500 || response.status < 200) {
        std::fprintf(stderr, "fuzz harness: %s %s answered %d: %s\nrequest body (hex): %s\n",
                     route.method.constData(), qPrintable(route.operation), response.status,
                     response.body.constData(), r.body.toHex().constData());
        std::abort();
    }
    if (response.status >= 400) {
        const QJsonObject problem = QJsonDocument::fromJson(response.body).object();
        if (problem.value(u"code"_qs).toString().isEmpty() ||
            response.contentType != QByteArrayLiteral("application/problem+json")) {
            std::fprintf(stderr, "fuzz harness: %s answered %d without a problem code: %s\n",
                         qPrintable(route.operation), response.status, response.body.constData());
            std::abort();
        }
    }
}

} // namespace

ServerHarness::ServerHarness()
    : m_clock(QDateTime(QDate(2025, 7, 15), QTime(10, 0)))
{
    if (!qEnvironmentVariableIsSet("HPF_FUZZ_VERBOSE"))
        qInstallMessageHandler(quiet);
    static int argc = 1;
    static char name[] = "hpf-fuzz";
    static char *argv[] = {name, nullptr};
    m_app = std::make_unique<QCoreApplication>(argc, argv);
    if (!m_dir.isValid())
        die("temporary directory");
    auto config = DatabaseConfig::parse(u"sqlite:"_qs + m_dir.filePath(u"fuzz.db"_qs));
    if (!config)
        die("config", config.error().detail);
    m_database = std::make_unique<Database>(*config);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (auto v = migrate(*m_database, now); !v)
        die("migrate", v.error().detail);
    auto policy = finance::Policy::defaults();
    if (!policy)
        die("policy", policy.error().detail);
    crypto::ScryptParams fast;
    fast.n = 1024;
    if (auto seeded = seedDemo(*m_database, *policy, m_clock, fast); !seeded)
        die("demo seed", seeded.error().detail);
    // The harness's own callers, one per role: names no seed or dictionary holds, so the fuzzer
    // cannot lock them out through the login route (it may lock the demo users, that is fine).
    const auto addCaller = [&](const QString &key, const QString &role, const QString &branch) {
        const QString user = u"fz_"_qs + QString(key).replace(u'@', u'_');
        if (Status s = addUser(*m_database, user, user, role, branch, password(user), fast, now); !s)
            die("add user", s.error().detail);
        m_callers.insert(key, user);
    };
    for (const QString &role : access::allRoles())
        addCaller(role, role, u"0001"_qs);
    addCaller(u"teller@0002"_qs, access::role::teller, u"0002"_qs);
    addCaller(u"grantor"_qs, access::role::supervisor, u"0001"_qs);

    // The seed key signs certificates, recorded as the certificate tests record theirs.
    crypto::Sm2Key key = seedKey();
    {
        auto conn = m_database->connection();
        if (!conn)
            die("connection", conn.error().detail);
        Query q(*conn, u"INSERT INTO signing_keys (kid, public_pem, file_name, status, created_at) "
                       "VALUES (:k, :p, 'fuzz', 'active', :t)"_qs);
        q.bind(u":k"_qs, QString::fromLatin1(key.keyId().toHex()))
            .bind(u":p"_qs, QString::fromLatin1(key.publicKeyPem()))
            .bind(u":t"_qs, now - 30LL * 24 * 3600 * 1000);
        if (Status s = q.exec(); !s)
            die("signing key", s.error().detail);
    }
    ServerOptions options;
    options.scrypt = fast;
    m_context.reset(new ServerContext(*m_database, m_clock, *policy, optionsFromPolicy(*policy, options)));
    // The fuzzer's callers sign in with a password only: the second factor has its own tests
    // (tst_server_secondfactor), and a forced enrolment would keep these roles out of their routes.
    m_context->options.secondFactorRoles.clear();
    m_context->options.passwordMaxAgeDays = 0;
    m_context->secondFactorKey = crypto::randomBytes(16); // as serve reads it from its key file
    m_context->certificateSigner = std::make_shared<const CertificateSigner>(std::move(key), false);
    m_context->archiveStore =
        *DatabaseBlobStore::create(crypto::randomBytes(16)); // commits in the transaction
    // Cross-city transfers as a configured center runs them: one peer (110100, its key the seed
    // key, nothing listening) — messages are only queued, jobs do not run here.
    {
        const QString peers = m_dir.filePath(u"peers"_qs);
        QDir().mkpath(peers);
        QFile file(peers + u"/110100.json"_qs);
        if (!file.open(QIODevice::WriteOnly))
            die("peers", peers);
        file.write(QJsonDocument(QJsonObject{{u"code"_qs, u"110100"_qs},
                                             {u"url"_qs, u"http://127.0.0.1:9"_qs},
                                             {u"publicKeys"_qs,
                                              QJsonArray{QString::fromLatin1(seedKey().publicKeyPem())}}})
                       .toJson());
        file.close();
        installPeerChannel(*m_context, peers, 0);
    }
    registerRoutes(m_router);
    m_dispatcher = std::make_unique<Dispatcher>(*m_context);
    for (auto it = m_callers.cbegin(); it != m_callers.cend(); ++it)
        signIn(it.key());

    m_values = {
        {u"$unit2"_qs, column(*m_database, u"SELECT unit_account FROM units ORDER BY id DESC LIMIT 1"_qs)},
        {u"$unit"_qs, column(*m_database, u"SELECT unit_account FROM units ORDER BY id LIMIT 1"_qs)},
        {u"$account2"_qs,
         column(*m_database, u"SELECT account_number FROM accounts ORDER BY id DESC LIMIT 1"_qs)},
        {u"$account"_qs, column(*m_database, u"SELECT account_number FROM accounts ORDER BY id LIMIT 1"_qs)},
        {u"$idnumber"_qs, column(*m_database, u"SELECT document_number FROM persons ORDER BY id LIMIT 1"_qs)},
        {u"$receipt"_qs, column(*m_database, u"SELECT serial FROM receipts ORDER BY id LIMIT 1"_qs)},
        {u"$hold"_qs, column(*m_database, u"SELECT id FROM holds ORDER BY id LIMIT 1"_qs)},
        {u"$month"_qs, m_clock.now().toLocalTime().date().toString(u"yyyy-MM"_qs)},
    };
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (it.value().isEmpty())
            die("the demo seed has no value for", it.key());
    }
    m_names = m_values.keys();
    // One certificate issued through the route itself, for the certificate routes' arguments.
    const HttpResponse issued =
        dispatch(u"certificates.issue"_qs, u"teller"_qs, {}, {},
                 substitute(u"{\"type\":\"deposit_proof\",\"accountNumber\":\"$account\"}"_qs).toUtf8());
    const QJsonObject certificate = QJsonDocument::fromJson(issued.body).object();
    m_values.insert(u"$certificate"_qs, certificate.value(u"number"_qs).toString());
    m_values.insert(u"$code"_qs, certificate.value(u"code"_qs).toString());
    m_values.insert(u"$check"_qs, certificateCheckValue(m_values.value(u"$code"_qs)));
    if (issued.status != 201 || m_values.value(u"$certificate"_qs).isEmpty() ||
        m_values.value(u"$code"_qs).isEmpty())
        die("issuing the set-up certificate failed:", QString::fromUtf8(issued.body));
    m_names = m_values.keys();
    std::sort(m_names.begin(), m_names.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

ServerHarness::~ServerHarness() = default;

HttpResponse ServerHarness::run(const QByteArray &input)
{
    const QList<QByteArray> parts = splitLines(input, 4);
    const QString head = QString::fromUtf8(parts.value(0)).trimmed();
    QStringList args;
    for (const QByteArray &a : parts.value(1).split('\t')) {
        if (!a.isEmpty())
            args << substitute(QString::fromUtf8(a));
    }
    return dispatch(head.section(u' ', 0, 0), head.section(u' ', 1, 1), args,
                    substitute(QString::fromUtf8(parts.value(2))), substituteBytes(parts.value(3)));
}

QString ServerHarness::password(const QString &user)
{
    return u"fz-pw-"_qs + user + u"-7c1e"_qs;
}

QString ServerHarness::substitute(QString text)
{
    if (!text.contains(u'$'))
        return text;
    ++m_fresh;
    text.replace(u"$newid"_qs, demoIdentityNumber(int(100000 + m_fresh % 800000)));
    const QString first17 =
        QStringLiteral("91350100M%1").arg(20000000 + (m_fresh % 70000000), 8, 10, QLatin1Char('0'));
    text.replace(u"$newcredit"_qs, QString(first17 + creditcode::checkCharacter(first17)));
    for (const QString &name : std::as_const(m_names))
        text.replace(name, m_values.value(name));
    return text;
}

QByteArray ServerHarness::substituteBytes(const QByteArray &bytes)
{
    // Only valid UTF-8 goes through QString; anything else reaches the parser byte for byte.
    if (!bytes.contains('$'))
        return bytes;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return bytes;
    return substitute(text).toUtf8();
}

const Route &ServerHarness::pick(const QString &operation) const
{
    const QList<Route> &routes = m_router.routes();
    for (const Route &r : routes) {
        if (r.operation == operation)
            return r;
    }
    return routes.at(qsizetype(qHash(operation) % size_t(routes.size())));
}

QString ServerHarness::callerFor(const Route &route, const QString &requested) const
{
    if (m_callers.contains(requested))
        return requested;
    for (const QString &role : access::allRoles()) {
        if (route.roles.isEmpty() || route.roles.contains(role))
            return role;
    }
    return access::role::teller;
}

HttpRequest ServerHarness::request(const Route &route, const QStringList &given, const QString &query,
                                   const QByteArray &body)
{
    HttpRequest r;
    r.method = route.method;
    r.requestId = QStringLiteral("fz-%1").arg(++m_requests);
    r.remoteAddress = u"127.0.0.1"_qs;
    r.query = QUrlQuery(query);
    r.body = body;
    // The path as the router matched it: each {placeholder} replaced by its argument.
    QString path;
    int index = 0;
    const QStringList segments = route.pattern.split(u'/', Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        path += u'/';
        if (segment.startsWith(u'{')) {
            QString value = given.value(index++);
            if (value.isEmpty())
                value = defaultArg(segment.mid(1, segment.size() - 2));
            r.pathArgs << value;
            path += value;
        } else {
            path += segment;
        }
    }
    r.path = path;
    r.headers.insert("content-type", "application/json");
    r.headers.insert("x-workstation", "FZ-01");
    r.headers.insert("x-request-id", r.requestId.toLatin1());
    if (route.stateChanging)
        r.headers.insert("idempotency-key", QByteArray("fz-key-") + QByteArray::number(m_requests));
    return r;
}

QString ServerHarness::defaultArg(const QString &placeholder) const
{
    static const QHash<QString, QString> byName{{u"unitAccount"_qs, u"$unit"_qs},
                                                {u"accountNumber"_qs, u"$account"_qs},
                                                {u"serial"_qs, u"$receipt"_qs},
                                                {u"number"_qs, u"$certificate"_qs},
                                                {u"holdId"_qs, u"$hold"_qs}};
    return m_values.value(byName.value(placeholder), u"1"_qs);
}

HttpResponse ServerHarness::dispatch(const QString &operation, const QString &requestedCaller,
                                     const QStringList &args, const QString &query, const QByteArray &body)
{
    const Route &route = pick(operation);
    const QString caller = callerFor(route, requestedCaller);
    HttpRequest r = request(route, args, query, body);
    if (route.authenticated)
        r.headers.insert("authorization", "Bearer " + m_tokens.value(caller).toLatin1());
    if (m_context->options.grantRequired.contains(route.operation))
        r.headers.insert("x-supervisor-grant", grant(caller, r));
    const HttpResponse response = m_dispatcher->handle(route, r);
    check(route, r, response);
    // The fuzzer signed the caller out (auth.logout, or a session revoked otherwise): sign in again.
    if ((route.operation == u"auth.logout" && response.status < 300) ||
        (route.authenticated && response.status == 401))
        signIn(caller);
    if (route.stateChanging && response.status >= 200 && response.status < 300)
        checkLedger(route);
    return response;
}

QByteArray ServerHarness::grant(const QString &caller, const HttpRequest &r)
{
    // A supervisor grant (柜面授权) bound to the request's key and body, as the client gets one.
    const auto body = QJsonDocument::fromJson(r.body);
    if (!body.isObject())
        return {};
    const Route &grants = pick(u"grants.create"_qs);
    const QString grantor = m_callers.value(u"grantor"_qs);
    const QJsonObject request{{u"supervisorUsername"_qs, grantor},
                              {u"supervisorPassword"_qs, password(grantor)},
                              {u"idempotencyKey"_qs, QString::fromLatin1(r.header("idempotency-key"))},
                              {u"summary"_qs, u"fuzz"_qs},
                              {u"request"_qs, QJsonObject{{u"method"_qs, QString::fromLatin1(r.method)},
                                                          {u"path"_qs, r.path},
                                                          {u"body"_qs, body.object()}}}};
    HttpRequest g = this->request(grants, {}, {}, QJsonDocument(request).toJson(QJsonDocument::Compact));
    g.headers.insert("authorization", "Bearer " + m_tokens.value(caller).toLatin1());
    const HttpResponse response = m_dispatcher->handle(grants, g);
    check(grants, g, response);
    return QJsonDocument::fromJson(response.body).object().value(u"grant"_qs).toString().toLatin1();
}

void ServerHarness::signIn(const QString &caller)
{
    const Route &login = pick(u"auth.login"_qs);
    const QString user = m_callers.value(caller);
    const QJsonObject body{{u"username"_qs, user}, {u"password"_qs, password(user)}};
    const HttpRequest r = request(login, {}, {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
    const HttpResponse response = m_dispatcher->handle(login, r);
    const QString token = QJsonDocument::fromJson(response.body).object().value(u"accessToken"_qs).toString();
    if (response.status != 200 || token.isEmpty())
        die("the harness cannot sign in", caller + u' ' + QString::fromUtf8(response.body));
    m_tokens.insert(caller, token);
}

void ServerHarness::checkLedger(const Route &route)
{
    // Σ journal == balance, Σ active holds == held, held <= balance for every account (T1).
    const QString violation = column(
        *m_database,
        u"SELECT a.account_number FROM accounts a WHERE a.balance_fen <> "
        "(SELECT COALESCE(SUM(amount_fen), 0) FROM journal j WHERE j.account_id = a.id) OR a.held_fen <> "
        "(SELECT COALESCE(SUM(amount_fen), 0) FROM holds h WHERE h.account_id = a.id AND h.status = "
        "'active') "
        "OR a.balance_fen < a.held_fen LIMIT 1"_qs);
    if (!violation.isEmpty())
        die("ledger invariant broken after", route.operation);
}

} // namespace hpf::fuzz
