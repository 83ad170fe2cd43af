#include "serverfixture.h"

#include "base/logging.h"
#include "business/judicial/courtchannel.h"
#include "crypto/sm3.h"
#include "demo/demoseed.h"
#include "domain/creditcode.h"
#include "domain/money.h"
#include "judicial/request.h"
#include "platform/audit/auditkey.h"
#include "platform/auth/userservice.h"
#include "platform/localcall.h"
#include "platform/store/migrations.h"
#include "platform/store/sql.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace hpf::test {

using namespace hpf::server;

QString backendName(Backend b)
{
    return b == Backend::Sqlite ? u"sqlite"_qs : u"postgresql"_qs;
}

ServerFixture::ServerFixture(Backend backend)
    : m_backend(backend)
    , m_clock(QDateTime(QDate(2025, 7, 15), QTime(10, 0)))
{}

ServerFixture::~ServerFixture()
{
    stop();
}

QString ServerFixture::unavailableReason(Backend backend)
{
    if (backend == Backend::Postgres && qEnvironmentVariable("HPF_TEST_PG_URL").isEmpty())
        return u"HPF_TEST_PG_URL is not set (scripts/test.sh starts a throwaway PostgreSQL 15 cluster)"_qs;
    return {};
}

static bool adminExec(const QString &baseUrl, const QString &sql, QString *error)
{
    auto config = DatabaseConfig::parse(baseUrl);
    if (!config) {
        *error = config.error().detail;
        return false;
    }
    const QString name = u"fixture-admin-"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_qs, name);
        db.setHostName(config->host);
        db.setPort(config->port);
        db.setUserName(config->user);
        db.setPassword(config->password);
        db.setDatabaseName(config->databaseName);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                *error = q.lastError().text();
        } else {
            *error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool ServerFixture::start(const ServerOptions &requested)
{
    // The in-process server logs as hpf-server does: masked, and kept in $HPF_LOG_DIR for
    // scripts/check-logs.sh when the test run sets it.
    logging::install(QCoreApplication::applicationName());
    if (m_backend == Backend::Sqlite) {
        m_url = u"sqlite:"_qs + m_dir.filePath(u"hpf.db"_qs);
    } else {
        const QString base = qEnvironmentVariable("HPF_TEST_PG_URL");
        m_pgDatabase = u"hpf_t_"_qs + QUuid::createUuid().toString(QUuid::Id128).left(16);
        if (!adminExec(base, u"CREATE DATABASE "_qs + m_pgDatabase, &m_error))
            return false;
        QUrl u(base);
        u.setPath(u"/"_qs + m_pgDatabase);
        m_url = u.toString();
    }
    auto config = DatabaseConfig::parse(m_url);
    if (!config) {
        m_error = config.error().detail;
        return false;
    }
    m_database = std::make_unique<Database>(*config);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (auto v = migrate(*m_database, now); !v) {
        m_error = v.error().detail;
        return false;
    }
    crypto::ScryptParams fast;
    fast.n = 1024; // keeps the suites quick; production uses the default cost
    for (const auto &[code, head] :
         {std::pair{u"0000"_qs, true}, std::pair{u"0001"_qs, false}, std::pair{u"0002"_qs, false}}) {
        if (auto id = ensureBranch(*m_database, code, u"Branch "_qs + code, head, now); !id) {
            m_error = id.error().detail;
            return false;
        }
    }
    const QList<std::tuple<QString, QString, QString>> users = {
        {u"teller1"_qs, u"teller"_qs, u"0001"_qs},
        {u"teller1b"_qs, u"teller"_qs, u"0001"_qs},
        {u"teller2"_qs, u"teller"_qs, u"0002"_qs},
        {u"supervisor1"_qs, u"supervisor"_qs, u"0001"_qs},
        {u"supervisor2"_qs, u"supervisor"_qs, u"0001"_qs},
        {u"judicial1"_qs, u"judicial"_qs, u"0001"_qs},
        {u"loan1"_qs, u"loan_officer"_qs, u"0001"_qs},
        {u"auditor1"_qs, u"auditor"_qs, u"0000"_qs},
        {u"admin"_qs, u"admin"_qs, u"0000"_qs}};
    for (const auto &[name, role, branch] : users) {
        if (Status s = addUser(*m_database, name, name, role, branch, u"pw-"_qs + name, fast, now); !s) {
            m_error = s.error().detail;
            return false;
        }
    }
    ServerOptions options = requested;
    options.scrypt = fast;
    auto policy = finance::Policy::defaults();
    if (!policy) {
        m_error = policy.error().detail;
        return false;
    }
    m_server = std::make_unique<Server>(*m_database, m_clock, *policy, options);
    // The audit key in the fixture's folder (its audit.head beside it), as `serve` keeps it.
    const QString keyPath = m_dir.filePath(u"audit.key"_qs);
    auto auditKey = QFile::exists(keyPath) ? AuditKey::load(keyPath) : AuditKey::create(keyPath);
    if (!auditKey) {
        m_error = auditKey.error().detail;
        return false;
    }
    m_server->setAuditKey(*auditKey);
    m_server->context().secondFactorKey = crypto::randomBytes(16); // as serve reads it from its key file
    auto port = m_server->listen(QHostAddress::LocalHost, 0);
    if (!port) {
        m_error = port.error().detail;
        return false;
    }
    m_port = *port;
    for (int i = 0; i < 4; ++i)
        m_nams.append(new QNetworkAccessManager);
    return true;
}

void ServerFixture::stop()
{
    qDeleteAll(m_nams);
    m_nams.clear();
    if (m_server) {
        m_server->waitForIdle();
        m_server.reset();
    }
    m_database.reset();
    if (!m_pgDatabase.isEmpty()) {
        QString err;
        if (!adminExec(qEnvironmentVariable("HPF_TEST_PG_URL"),
                       u"DROP DATABASE IF EXISTS "_qs + m_pgDatabase + u" WITH (FORCE)"_qs, &err))
            qWarning() << "drop database:" << err;
        m_pgDatabase.clear();
    }
}

static QNetworkReply *send(QNetworkAccessManager *nam, quint16 port, const Call &c, const QString &token)
{
    QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(c.path)));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    for (const auto &h : c.headers)
        req.setRawHeader(h.first, h.second);
    const QByteArray body = !c.rawBody.isEmpty() ? c.rawBody
                            : c.method == "GET"  ? QByteArray()
                                                 : QJsonDocument(c.body).toJson(QJsonDocument::Compact);
    return nam->sendCustomRequest(req, c.method, body);
}

static Reply collect(QNetworkReply *r)
{
    Reply out;
    out.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = r->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    for (const auto &h : r->rawHeaderPairs())
        out.headers.insert(h.first.toLower(), h.second);
    r->deleteLater();
    return out;
}

Reply ServerFixture::call(const Call &c, const QString &token)
{
    QNetworkReply *r = send(m_nams.first(), m_port, c, token);
    if (!QTest::qWaitFor([r] { return r->isFinished(); }, 30000))
        qWarning() << "request timed out" << c.path;
    return collect(r);
}

Reply ServerFixture::get(const QString &path, const QString &token)
{
    return call({"GET", path, {}, {}, {}}, token);
}

Reply ServerFixture::post(const QString &path, const QJsonObject &body, const QString &token,
                          const QString &key, const QList<QPair<QByteArray, QByteArray>> &extra)
{
    Call c{"POST", path, body, extra, {}};
    if (!key.isEmpty())
        c.headers.append({"Idempotency-Key", key.toLatin1()});
    return call(c, token);
}

QList<Reply> ServerFixture::parallel(const QList<Call> &calls, const QString &token)
{
    QList<QNetworkReply *> replies;
    for (qsizetype i = 0; i < calls.size(); ++i)
        replies.append(send(m_nams.at(i % m_nams.size()), m_port, calls.at(i), token));
    (void)QTest::qWaitFor(
        [&] {
            return std::all_of(replies.cbegin(), replies.cend(),
                               [](QNetworkReply *r) { return r->isFinished(); });
        },
        120000);
    QList<Reply> out;
    for (QNetworkReply *r : replies)
        out.append(collect(r));
    return out;
}

QString ServerFixture::login(const QString &username)
{
    const Reply r = post(u"/api/v1/auth/login"_qs,
                         {{u"username"_qs, username}, {u"password"_qs, QString(u"pw-"_qs + username)}});
    return r.json.value(u"accessToken"_qs).toString();
}

QString ServerFixture::validCreditCode(int index)
{
    const QString first17 = QStringLiteral("91350100M%1").arg(100000 + index * 37, 8, 10, QLatin1Char('0'));
    return QString(first17 + creditcode::checkCharacter(first17));
}

QJsonObject ServerFixture::withdrawalBody(const QString &accountNumber, qint64 amountFen, QDate eventDate)
{
    return {{u"accountNumber"_qs, accountNumber},
            {u"type"_qs, u"purchase"_qs},
            {u"amountFen"_qs, amountFen},
            {u"evidence"_qs, QJsonObject{{u"eventDate"_qs, eventDate.toString(Qt::ISODate)},
                                         {u"contractNumber"_qs, QString(u"T-"_qs + accountNumber)},
                                         {u"priceFen"_qs, qint64(900000000000)}}},
            {u"payee"_qs, QJsonObject{{u"bankCode"_qs, u"105"_qs},
                                      {u"accountNumber"_qs, u"6217000012345678"_qs},
                                      {u"name"_qs, u"测试收款人"_qs}}}};
}

QString ServerFixture::newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject ServerFixture::unitOpeningBody(const QString &name, const QString &creditCode,
                                           const QString &unitRatio, const QString &personalRatio) const
{
    return {{u"creditCode"_qs, creditCode},
            {u"name"_qs, name},
            {u"economicType"_qs, u"150"_qs},
            {u"legalRepresentative"_qs, QJsonObject{{u"name"_qs, u"王法人"_qs},
                                                    {u"documentType"_qs, u"01"_qs},
                                                    {u"documentNumber"_qs, u"11010519491231002X"_qs}}},
            {u"registeredAddress"_qs, u"兰州市城关区示例路1号"_qs},
            {u"contact"_qs, QJsonObject{{u"name"_qs, u"李联系"_qs}, {u"mobile"_qs, u"13812345678"_qs}}},
            {u"bank"_qs, QJsonObject{{u"code"_qs, u"102"_qs},
                                     {u"name"_qs, u"中国工商银行兰州分行"_qs},
                                     {u"account"_qs, u"2703000109200123456"_qs}}},
            {u"unitRatio"_qs, unitRatio},
            {u"personalRatio"_qs, personalRatio},
            {u"remittanceDay"_qs, 15},
            {u"firstMonth"_qs, m_clock.now().toLocalTime().date().toString(u"yyyy-MM"_qs)}};
}

QString ServerFixture::createUnit(const QString &token, int index)
{
    const Reply r = post(u"/api/v1/openings/units"_qs,
                         unitOpeningBody(QStringLiteral("测试单位%1").arg(index), validCreditCode(index)),
                         token, newKey());
    const QString unitAccount = r.json.value(u"unit"_qs).toObject().value(u"unitAccount"_qs).toString();
    if (!unitAccount.isEmpty() &&
        !backdateFirstMonth(u"unit_profiles"_qs, u"unit_id"_qs, u"units"_qs, u"unit_account"_qs, unitAccount))
        return {};
    return unitAccount;
}

bool ServerFixture::backdateUnitHistory(const QString &unitAccount)
{
    auto conn = m_database->connection();
    if (!conn)
        return false;
    Query q(*conn,
            QStringLiteral("UPDATE account_profiles SET first_month = '%1' WHERE account_id IN (SELECT "
                           "a.id FROM accounts a JOIN units u ON u.id = a.unit_id WHERE u.unit_account = :n)")
                .arg(QString::fromUtf16(kHistoricFirstMonth)));
    q.bind(u":n"_qs, unitAccount);
    return q.exec().ok() && backdateFirstMonth(u"unit_profiles"_qs, u"unit_id"_qs, u"units"_qs,
                                               u"unit_account"_qs, unitAccount);
}

bool ServerFixture::backdateFirstMonth(const QString &table, const QString &key, const QString &parent,
                                       const QString &number, const QString &value)
{
    auto conn = m_database->connection();
    if (!conn)
        return false;
    Query q(*conn,
            QStringLiteral("UPDATE %1 SET first_month = '%2' WHERE %3 = (SELECT id FROM %4 WHERE %5 = :n)")
                .arg(table, QString::fromUtf16(kHistoricFirstMonth), key, parent, number));
    q.bind(u":n"_qs, value);
    return q.exec().ok();
}

QJsonObject ServerFixture::accountOpeningBody(const QString &unitAccount, int person, qint64 baseFen)
{
    return {{u"unitAccount"_qs, unitAccount},
            {u"documentType"_qs, u"01"_qs},
            {u"documentNumber"_qs, server::demoIdentityNumber(person)},
            {u"name"_qs, QStringLiteral("职工%1").arg(person)},
            {u"wageBaseFen"_qs, baseFen}};
}

QString ServerFixture::openAccount(const QString &token, const QString &unitAccount, int person,
                                   qint64 baseFen)
{
    const Reply r = post(u"/api/v1/openings/accounts"_qs, accountOpeningBody(unitAccount, person, baseFen),
                         token, newKey());
    const QString accountNumber =
        r.json.value(u"account"_qs).toObject().value(u"accountNumber"_qs).toString();
    if (!accountNumber.isEmpty() && !backdateFirstMonth(u"account_profiles"_qs, u"account_id"_qs,
                                                        u"accounts"_qs, u"account_number"_qs, accountNumber))
        return {};
    return accountNumber;
}

Reply ServerFixture::postRemittance(const QString &token, const QString &unitAccount, const QString &month,
                                    const QString &key)
{
    return post(u"/api/v1/units/"_qs + unitAccount + u"/remittances"_qs, {{u"month"_qs, month}}, token, key);
}

QString ServerFixture::ledgerInvariantViolation()
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error().detail;
    // The claim of the open holds: security amounts, an active amount freeze's remaining amount,
    // an active whole-balance freeze's money::kMaximumFen (business/judicial/judicialschema.h).
    Query q(*conn,
            u"SELECT a.account_number, a.balance_fen, a.held_fen, a.claim_fen, "
            "(SELECT COALESCE(SUM(amount_fen), 0) FROM journal j WHERE j.account_id = a.id), "
            "(SELECT COALESCE(SUM(amount_fen - deducted_fen), 0) FROM holds h WHERE h.account_id = a.id "
            "AND h.status = 'active' AND h.whole_balance = 0), "
            "(SELECT COUNT(*) FROM holds h WHERE h.account_id = a.id AND h.status = 'active' "
            "AND h.whole_balance = 1) "
            "FROM accounts a"_qs);
    if (Status s = q.exec(); !s)
        return s.error().detail;
    while (q.next()) {
        const qint64 balance = q.int64(1);
        const qint64 claim = q.int64(5) + (q.int64(6) > 0 ? money::kMaximumFen : 0);
        if (balance != q.int64(4))
            return QStringLiteral("%1: balance %2 != journal %3").arg(q.str(0)).arg(balance).arg(q.int64(4));
        if (q.int64(3) != claim)
            return QStringLiteral("%1: claim %2 != open holds %3").arg(q.str(0)).arg(q.int64(3)).arg(claim);
        if (q.int64(2) != std::min(balance, claim))
            return QStringLiteral("%1: held %2 != min(balance %3, claim %4)")
                .arg(q.str(0))
                .arg(q.int64(2))
                .arg(balance)
                .arg(claim);
        if (balance - q.int64(2) < 0)
            return QStringLiteral("%1: available < 0").arg(q.str(0));
    }
    return {};
}

QJsonObject ServerFixture::courtRequest(const QString &type, const QString &accountNumber,
                                        const QString &holdId, int caseNo) const
{
    const QDate today = m_clock.now().toLocalTime().date();
    judicial::Request r;
    r.type = judicial::typeFromCode(type).value_or(judicial::RequestType::Freeze);
    r.accountNumber = accountNumber;
    r.courtCode = u"京0105"_qs;
    r.caseNumber = QStringLiteral("（%1）京0105执%2号").arg(today.year()).arg(caseNo);
    r.ruling = {QStringLiteral("（%1）京0105执%2号之一").arg(today.year()).arg(caseNo), today.addDays(-3)};
    r.notice = {QStringLiteral("京0105协执%1号").arg(caseNo), today.addDays(-2)};
    r.officers = {{u"王法官"_qs, u"GZ0001"_qs, u"ZW0001"_qs}, {u"李书记员"_qs, u"GZ0002"_qs, u"ZW0002"_qs}};
    r.holdId = holdId.toLongLong();
    if (r.type == judicial::RequestType::Unfreeze)
        r.grounds = u"debt_paid"_qs;
    if (r.type == judicial::RequestType::Deduct) {
        r.courtOrdered = true;
        r.payee = {u"中国工商银行北京朝阳支行"_qs, u"北京市朝阳区人民法院"_qs, u"0200001234567890123"_qs};
        r.caseCause = u"买卖合同纠纷"_qs;
        r.creditor = {u"某贸易有限公司"_qs, {}, {}, {}};
    }
    if (r.type == judicial::RequestType::Renew)
        r.newEndDate = today.addMonths(12);
    return judicial::toJson(r);
}

QJsonObject ServerFixture::freezeRequest(const QString &accountNumber, qint64 amountFen, int caseNo,
                                         QDate endDate) const
{
    const QDate today = m_clock.now().toLocalTime().date();
    judicial::Request r = judicial::fromJson(courtRequest(u"freeze"_qs, accountNumber, {}, caseNo)).value();
    r.wholeBalance = amountFen == 0;
    r.amountFen = amountFen;
    r.startDate = today;
    r.endDate = endDate.isValid() ? endDate : today.addMonths(6);
    return judicial::toJson(r);
}

QByteArray ServerFixture::grantFor(const QString &userToken, const QString &supervisor, const QString &key,
                                   const QString &path, const QJsonObject &body)
{
    const Reply g = post(
        u"/api/v1/grants"_qs,
        {{u"supervisorUsername"_qs, supervisor},
         {u"supervisorPassword"_qs, QString(u"pw-"_qs + supervisor)},
         {u"idempotencyKey"_qs, key},
         {u"summary"_qs, u"司法协助 test"_qs},
         {u"request"_qs, QJsonObject{{u"method"_qs, u"POST"_qs}, {u"path"_qs, path}, {u"body"_qs, body}}}},
        userToken);
    return g.json.value(u"grant"_qs).toString().toLatin1();
}

Reply ServerFixture::judicialPost(const QString &path, const QJsonObject &body, const QString &key,
                                  const QString &supervisor)
{
    const QString token = login(u"judicial1"_qs);
    const QString k = key.isEmpty() ? newKey() : key;
    const QByteArray grant = grantFor(token, supervisor, k, path, body);
    return post(path, body, token, k, {{"X-Supervisor-Grant", grant}});
}

QString ServerFixture::receiveOnline(const QJsonObject &request, const QString &messageId)
{
    auto parsed = judicial::fromJson(request);
    if (!parsed) {
        qWarning() << "receiveOnline:" << parsed.error().code << parsed.error().field;
        return {};
    }
    qint64 id = 0;
    const Status s =
        server::runLocally(m_server->context(), {u"judicial1"_qs, u"court.messages"_qs, u"court-test"_qs},
                           [&](server::ServiceContext &ctx) -> Status {
                               auto r = server::receiveCourtRequest(ctx, *parsed, messageId);
                               if (!r)
                                   return r.error();
                               id = *r;
                               return {};
                           });
    if (!s)
        qWarning() << "receiveOnline:" << s.error().code << s.error().field;
    return s ? QString::number(id) : QString();
}

QString ServerFixture::registerFreeze(const QString &accountNumber, qint64 amountFen, int caseNo,
                                      QDate endDate)
{
    const Reply r = judicialPost(u"/api/v1/judicial/freezes"_qs,
                                 freezeRequest(accountNumber, amountFen, caseNo, endDate));
    if (r.status != 201)
        qWarning() << "registerFreeze:" << r.status << r.body;
    return r.json.value(u"freeze"_qs).toObject().value(u"holdId"_qs).toString();
}

int runForBackends(int argc, char **argv, const std::function<QObject *(Backend)> &make)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(
        u"hpf.server.access.info=false\nhpf.server.store.info=false\nhpf.server.http.info=false"_qs);
    int failures = 0;
    for (Backend b : {Backend::Sqlite, Backend::Postgres}) {
        std::unique_ptr<QObject> suite(make(b));
        failures += QTest::qExec(suite.get(), argc, argv);
    }
    return failures;
}

} // namespace hpf::test
