#include "platform/store/migrations.h"

#include "business/archive/archiveschema.h"
#include "business/changes/changeschema.h"
#include "business/contribution/contributionschema.h"
#include "business/interest/interestschema.h"
#include "business/judicial/judicialschema.h"
#include "business/loan/account/loanaccountschema.h"
#include "business/loan/loanschema.h"
#include "business/loan/outside/loanoutsideschema.h"
#include "business/loan/overdue/loanoverdueschema.h" // issue 18
#include "business/loan/signing/signingschema.h"
#include "business/supervision/supervisionservice.h"
#include "business/transfer/transferschema.h"
#include "business/withdrawal/withdrawalschema.h"
#include "integration/court/courtkeys.h"
#include "integration/transfer/inbound.h"
#include "logging.h"
#include "platform/audit/auditchain.h"
#include "platform/auth/authschema.h"
#include "platform/jobs/jobs.h"
#include "platform/numbering/numbering.h"
#include "platform/store/migration_opening.h"
#include "platform/store/sql.h"

#include <algorithm>

namespace hpf::server {

namespace {

QList<Migration> buildMigrations()
{
    QList<Migration> list;
    list.append(Migration{
        1,
        u"initial ledger, auth, idempotency and audit"_qs,
        {
            uR"(CREATE TABLE branches (
            id {{PK}}, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, is_head_office INTEGER NOT NULL DEFAULT 0))"_qs,
            uR"(CREATE TABLE users (
            id {{PK}}, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL,
            role TEXT NOT NULL, branch_id BIGINT NOT NULL REFERENCES branches(id),
            password_hash TEXT NOT NULL, password_salt TEXT NOT NULL, password_params TEXT NOT NULL,
            disabled INTEGER NOT NULL DEFAULT 0, failed_logins INTEGER NOT NULL DEFAULT 0,
            locked_until BIGINT NOT NULL DEFAULT 0, created_at BIGINT NOT NULL))"_qs,
            uR"(CREATE TABLE sessions (
            id {{PK}}, user_id BIGINT NOT NULL REFERENCES users(id),
            access_hash TEXT NOT NULL UNIQUE, access_expires BIGINT NOT NULL,
            refresh_hash TEXT NOT NULL UNIQUE, refresh_expires BIGINT NOT NULL,
            workstation TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL, revoked_at BIGINT))"_qs,
            uR"(CREATE TABLE grants (
            id {{PK}}, token_hash TEXT NOT NULL UNIQUE,
            supervisor_id BIGINT NOT NULL REFERENCES users(id), maker_id BIGINT NOT NULL REFERENCES users(id),
            operation TEXT NOT NULL, idempotency_key TEXT NOT NULL, payload_hash TEXT NOT NULL,
            summary TEXT NOT NULL, expires_at BIGINT NOT NULL, used_at BIGINT, created_at BIGINT NOT NULL))"_qs,
            uR"(CREATE TABLE idempotency_keys (
            id {{PK}}, user_id BIGINT NOT NULL REFERENCES users(id), idempotency_key TEXT NOT NULL,
            operation TEXT NOT NULL, request_hash TEXT NOT NULL, response_status INTEGER NOT NULL DEFAULT 0,
            response_body TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL,
            UNIQUE (user_id, idempotency_key)))"_qs,
            uR"(CREATE TABLE sequences (name TEXT PRIMARY KEY, value BIGINT NOT NULL))"_qs,
            uR"(CREATE TABLE units (
            id {{PK}}, unit_account TEXT NOT NULL UNIQUE, credit_code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL, branch_id BIGINT NOT NULL REFERENCES branches(id), state TEXT NOT NULL,
            unit_ratio_ppm BIGINT NOT NULL, personal_ratio_ppm BIGINT NOT NULL, created_at BIGINT NOT NULL))"_qs,
            uR"(CREATE TABLE persons (
            id {{PK}}, document_type TEXT NOT NULL, document_number TEXT NOT NULL, name TEXT NOT NULL,
            created_at BIGINT NOT NULL, UNIQUE (document_type, document_number)))"_qs,
            uR"(CREATE INDEX persons_name ON persons(name))"_qs,
            uR"(CREATE TABLE accounts (
            id {{PK}}, account_number TEXT NOT NULL UNIQUE, person_id BIGINT NOT NULL REFERENCES persons(id),
            unit_id BIGINT NOT NULL REFERENCES units(id), branch_id BIGINT NOT NULL REFERENCES branches(id),
            state TEXT NOT NULL, base_fen BIGINT NOT NULL, balance_fen BIGINT NOT NULL DEFAULT 0,
            held_fen BIGINT NOT NULL DEFAULT 0, opened_on TEXT NOT NULL, created_at BIGINT NOT NULL,
            CHECK (held_fen >= 0), CHECK (balance_fen - held_fen >= 0)))"_qs,
            // One live account per person (一人一户); closed accounts (03/04/05) stay as history.
            uR"(CREATE UNIQUE INDEX accounts_one_per_person ON accounts(person_id)
            WHERE state NOT IN ('03', '04', '05'))"_qs,
            uR"(CREATE INDEX accounts_unit ON accounts(unit_id))"_qs,
            uR"(CREATE TABLE remittances (
            id {{PK}}, unit_id BIGINT NOT NULL REFERENCES units(id), month TEXT NOT NULL,
            serial TEXT NOT NULL UNIQUE, employees INTEGER NOT NULL, unit_total_fen BIGINT NOT NULL,
            personal_total_fen BIGINT NOT NULL, total_fen BIGINT NOT NULL, operator_id BIGINT NOT NULL,
            created_at BIGINT NOT NULL, UNIQUE (unit_id, month)))"_qs,
            uR"(CREATE TABLE journal (
            id {{PK}}, account_id BIGINT NOT NULL REFERENCES accounts(id), serial TEXT NOT NULL,
            business_type TEXT NOT NULL, amount_fen BIGINT NOT NULL, balance_after_fen BIGINT NOT NULL,
            value_date TEXT NOT NULL, month TEXT, operator_id BIGINT NOT NULL REFERENCES users(id),
            branch_id BIGINT NOT NULL REFERENCES branches(id), remittance_id BIGINT REFERENCES remittances(id),
            memo TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL, UNIQUE (serial, account_id)))"_qs,
            uR"(CREATE INDEX journal_account ON journal(account_id, id))"_qs,
            uR"(CREATE TABLE holds (
            id {{PK}}, account_id BIGINT NOT NULL REFERENCES accounts(id), kind TEXT NOT NULL,
            amount_fen BIGINT NOT NULL, status TEXT NOT NULL, court TEXT NOT NULL DEFAULT '',
            case_number TEXT NOT NULL DEFAULT '', ends_on TEXT, serial TEXT NOT NULL UNIQUE,
            created_by BIGINT NOT NULL REFERENCES users(id), created_at BIGINT NOT NULL,
            released_by BIGINT, released_at BIGINT, CHECK (amount_fen > 0)))"_qs,
            uR"(CREATE INDEX holds_account ON holds(account_id, status))"_qs,
            uR"(CREATE TABLE audit_log (
            id BIGINT PRIMARY KEY, at BIGINT NOT NULL, user_id BIGINT, username TEXT NOT NULL,
            role TEXT NOT NULL, branch TEXT NOT NULL, workstation TEXT NOT NULL, request_id TEXT NOT NULL,
            operation TEXT NOT NULL, object TEXT NOT NULL, outcome TEXT NOT NULL,
            before_state TEXT NOT NULL, after_state TEXT NOT NULL, prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL))"_qs,
            uR"(CREATE TABLE audit_head (id INTEGER PRIMARY KEY, last_id BIGINT NOT NULL, last_hash TEXT NOT NULL))"_qs,
            uR"(INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 0, ''))"_qs,
            uR"(CREATE TABLE signing_keys (
            id {{PK}}, kid TEXT NOT NULL UNIQUE, public_pem TEXT NOT NULL, file_name TEXT NOT NULL,
            status TEXT NOT NULL, created_at BIGINT NOT NULL, retired_at BIGINT))"_qs,
        }});
    list.append(
        Migration{3,
                  u"show-code certificates (issue 6), loan records, signing key purpose"_qs,
                  {
                      uR"(ALTER TABLE signing_keys ADD COLUMN purpose TEXT NOT NULL DEFAULT 'production')"_qs,
                      uR"(CREATE TABLE certificates (
            id {{PK}}, number TEXT NOT NULL UNIQUE, type_code TEXT NOT NULL, type_id INTEGER NOT NULL,
            account_id BIGINT NOT NULL REFERENCES accounts(id), branch_id BIGINT NOT NULL REFERENCES branches(id),
            kid TEXT NOT NULL, code TEXT NOT NULL, check_value TEXT NOT NULL, snapshot TEXT NOT NULL,
            inputs TEXT NOT NULL, issued_at BIGINT NOT NULL, expires_at BIGINT NOT NULL,
            issued_by BIGINT NOT NULL REFERENCES users(id), batch TEXT,
            supersedes_id BIGINT REFERENCES certificates(id), superseded_by_id BIGINT REFERENCES certificates(id),
            revoked_at BIGINT, revoked_by BIGINT REFERENCES users(id), revocation_reason TEXT,
            training INTEGER NOT NULL DEFAULT 0))"_qs,
                      uR"(CREATE INDEX certificates_account ON certificates(account_id, id))"_qs,
                      // The provident fund loans of a person as far as this ledger knows them (filled by the
                      // loan business or imported); certificates state the loan record from here.
                      uR"(CREATE TABLE loan_records (
            id {{PK}}, person_id BIGINT NOT NULL REFERENCES persons(id), contract_number TEXT NOT NULL UNIQUE,
            granted_on TEXT NOT NULL, settled_on TEXT, created_at BIGINT NOT NULL))"_qs,
                      uR"(CREATE INDEX loan_records_person ON loan_records(person_id))"_qs,
                  }});
    list.append(openingMigration());    // 2: account opening (issue 5), store/migration_opening.cpp
    list.append(jobsMigration());       // 4: durable jobs, platform/jobs/jobs.cpp
    list.append(authMigration());       // 5: sign-in and sessions, platform/auth/authschema.cpp
    list.append(auditChainMigration()); // 6: keyed audit chain, platform/audit/auditchain.cpp
    // 7 (issue 12): stored idempotent responses are sealed (platform/idempotency/responsesealer.h).
    // SQL has no key: rows stored in clear before are marked 0 here and sealed by
    // sealStoredResponses() when `serve` starts, before it listens; a row still 0 is never replayed.
    list.append(Migration{
        7,
        u"idempotent responses sealed at rest"_qs,
        {
            uR"(ALTER TABLE idempotency_keys ADD COLUMN response_sealed INTEGER NOT NULL DEFAULT 0)"_qs,
            uR"(CREATE INDEX idempotency_keys_unsealed ON idempotency_keys(id) WHERE response_sealed = 0)"_qs,
        }});
    list.append(archiveMigration());       // 10: electronic archives, business/archive/archiveschema.cpp
    list.append(numberingMigration());     // 9: serials from a sequence, platform/numbering/numbering.cpp
    list.append(judicialMigration());      // 11: judicial lifecycle, business/judicial/judicialschema.cpp
    list.append(courtMigration());         // 12: online court channel, integration/court/courtkeys.cpp
    list.append(transferMigration());      // 13: closing columns, identity key, business/transfer
    list.append(crossTransferMigration()); // 14: cross-city transfers, business/transfer/crossschema.cpp
    list.append(transferInboxMigration()); // 15: transfer channel inbox, integration/transfer/inbound.cpp
    list.append(withdrawalMigration());    // 16: withdrawals, instructions, business/withdrawal
    list.append(contributionMigration());  // 17: contributions, business/contribution/contributionschema.cpp
    list.append(interestMigration());      // 18: yearly interest settlement, business/interest
    list.append(changesMigration());       // 19: changes of unit and person details, business/changes
    list.append(loanMigration());          // 20: loan applications and parties, business/loan
    list.append(loanAccountMigration());   // 21: loans, instalments, postings, business/loan (part B)
    list.append(signingMigration());       // 22: 面签 sessions, steps, signed contracts, business/loan
    list.append(loanOverdueMigration());   // 23: overdue loans, reminders, business/loan/overdue (part F)
    list.append(loanOutsideMigration());   // 24: issue 18 outside answers, 征信报送, business/loan
    list.append(supervisionMigration());   // 30: workstation outbox reports, business/supervision (issue 19)
    // 8 (issue 13): the person search by identity number or name reaches the accounts through
    // person_id, which only a partial index (live accounts) covered: at a million accounts every
    // search was a scan of accounts.
    list.append(Migration{8,
                          u"read path indexes"_qs,
                          {
                              uR"(CREATE INDEX accounts_person ON accounts(person_id, id))"_qs,
                          }});
    // Applied in number order whatever order they were appended in.
    std::sort(list.begin(), list.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    // Two branches that picked the same number would skip one migration silently on every
    // database that has the other: refuse to start instead.
    for (qsizetype i = 1; i < list.size(); ++i) {
        if (list.at(i).version == list.at(i - 1).version)
            qFatal("two schema migrations are numbered %d: %s / %s", list.at(i).version,
                   qPrintable(list.at(i - 1).name), qPrintable(list.at(i).name));
    }
    return list;
}

QString expand(const QString &sql, Dialect dialect)
{
    QString s = sql;
    s.replace(u"{{PK}}"_qs, dialect == Dialect::Sqlite ? u"INTEGER PRIMARY KEY AUTOINCREMENT"_qs
                                                       : u"BIGSERIAL PRIMARY KEY"_qs);
    s.replace(u"{{BLOB}}"_qs, dialect == Dialect::Sqlite ? u"BLOB"_qs : u"BYTEA"_qs);
    return s;
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> list = buildMigrations();
    return list;
}

int latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

static Status ensureVersionTable(const QSqlDatabase &db)
{
    return execSql(db, u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                       "name TEXT NOT NULL, applied_at BIGINT NOT NULL)"_qs);
}

static Result<int> readVersion(const QSqlDatabase &db)
{
    Query q(db, u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_qs);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? int(q.int64(0)) : 0;
}

Result<int> schemaVersion(Database &database)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    if (Status s = ensureVersionTable(*db); !s)
        return s.error();
    return readVersion(*db);
}

Result<int> migrate(Database &database, qint64 nowMs)
{
    auto conn = database.connection();
    if (!conn)
        return conn.error();
    const QSqlDatabase db = *conn;
    if (Status s = ensureVersionTable(db); !s)
        return s.error();
    for (const Migration &m : migrations()) {
        Transaction tx(db, database.dialect());
        if (Status s = tx.begin(); !s)
            return s.error();
        if (database.dialect() == Dialect::Postgres) {
            if (Status s = execSql(db, u"SELECT pg_advisory_xact_lock(736001)"_qs); !s)
                return s.error();
        }
        // Each version on its own (not "up to the highest"), so a lower number merged later is
        // still applied to a database that already has a higher one.
        Query applied(db, u"SELECT COUNT(*) FROM schema_migrations WHERE version = :v"_qs);
        applied.bind(u":v"_qs, m.version);
        if (Status s = applied.exec(); !s)
            return s.error();
        const bool done = applied.next() && applied.int64(0) > 0;
        applied.finish(); // SQLite refuses DROP TABLE while a statement is still being read
        if (done)
            continue;
        for (const QString &statement : m.statements) {
            // {{POSTGRES}} at the start: a statement for PostgreSQL only (e.g. a native sequence).
            static const QString postgresOnly = u"{{POSTGRES}}"_qs;
            const bool pgOnly = statement.startsWith(postgresOnly);
            if (pgOnly && database.dialect() != Dialect::Postgres)
                continue;
            const QString sql = pgOnly ? statement.mid(postgresOnly.size()) : statement;
            if (Status s = execSql(db, expand(sql, database.dialect())); !s)
                return Error{u"db.migration"_qs,
                             {},
                             QStringLiteral("migration %1: %2").arg(m.version).arg(s.error().detail)};
        }
        Query ins(db, u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :t)"_qs);
        ins.bind(u":v"_qs, m.version).bind(u":n"_qs, m.name).bind(u":t"_qs, nowMs);
        if (Status s = ins.exec(); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        qCInfo(lcStore) << "applied migration" << m.version << m.name;
    }
    return readVersion(db);
}

} // namespace hpf::server
