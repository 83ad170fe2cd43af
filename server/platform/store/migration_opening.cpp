#include "platform/store/migration_opening.h"

namespace hpf::server {

namespace {

// SQL for the ISO 7064 MOD 11-2 check character of a column holding `digits` ASCII digits; the
// same weights as accountnumber::checkCharacter (2^(n+1-k) mod 11), portable SQLite/PostgreSQL.
QString checkCharacterSql(const QString &column, int digits)
{
    QStringList terms;
    int weight = 1;
    QList<int> weights(digits);
    for (int k = digits - 1; k >= 0; --k) {
        weight = weight * 2 % 11;
        weights[k] = weight;
    }
    for (int k = 0; k < digits; ++k)
        terms << QStringLiteral("CAST(substr(%1, %2, 1) AS INTEGER) * %3")
                     .arg(column)
                     .arg(k + 1)
                     .arg(weights[k]);
    return QStringLiteral("substr('0123456789X', ((12 - ((%1) % 11)) % 11) + 1, 1)")
        .arg(terms.join(u" + "_qs));
}

QStringList renumber(const QString &table, const QString &column, int oldLength, const QString &kind)
{
    const QString newNumber = column + u" || "_qs + checkCharacterSql(column, oldLength);
    return {QStringLiteral("INSERT INTO account_number_history (old_number, new_number, kind) "
                           "SELECT %1, %2, '%3' FROM %4 WHERE length(%1) = %5")
                .arg(column, newNumber, kind, table)
                .arg(oldLength),
            QStringLiteral("UPDATE %1 SET %2 = %3 WHERE length(%2) = %4")
                .arg(table, column, newNumber)
                .arg(oldLength)};
}

} // namespace

Migration openingMigration()
{
    QStringList s{
        uR"(ALTER TABLE persons ADD COLUMN birth_date TEXT NOT NULL DEFAULT '')"_qs,
        uR"(ALTER TABLE persons ADD COLUMN sex TEXT NOT NULL DEFAULT '')"_qs,
        uR"(ALTER TABLE persons ADD COLUMN mobile TEXT NOT NULL DEFAULT '')"_qs,
        // kind: 'employer', or 'flexible' for the one center-wide unit that carries the
        // flexible-employment (灵活就业) accounts (a common center practice: 虚拟单位).
        uR"(CREATE TABLE unit_profiles (
            unit_id BIGINT PRIMARY KEY REFERENCES units(id), kind TEXT NOT NULL,
            economic_type TEXT NOT NULL DEFAULT '', legal_rep_name TEXT NOT NULL DEFAULT '',
            legal_rep_doc_type TEXT NOT NULL DEFAULT '', legal_rep_doc_number TEXT NOT NULL DEFAULT '',
            registered_address TEXT NOT NULL DEFAULT '', office_address TEXT NOT NULL DEFAULT '',
            contact_name TEXT NOT NULL DEFAULT '', contact_mobile TEXT NOT NULL DEFAULT '',
            bank_code TEXT NOT NULL DEFAULT '', bank_name TEXT NOT NULL DEFAULT '',
            bank_account TEXT NOT NULL DEFAULT '', remittance_day INTEGER NOT NULL DEFAULT 0,
            first_month TEXT NOT NULL DEFAULT '', opened_on TEXT NOT NULL DEFAULT '',
            serial TEXT NOT NULL DEFAULT ''))"_qs,
        uR"(CREATE UNIQUE INDEX unit_profiles_one_flexible ON unit_profiles(kind) WHERE kind = 'flexible')"_qs,
        // kind: 'employed' or 'flexible'; ratio_ppm is the flexible worker's own total ratio.
        uR"(CREATE TABLE account_profiles (
            account_id BIGINT PRIMARY KEY REFERENCES accounts(id), kind TEXT NOT NULL,
            ratio_ppm BIGINT NOT NULL DEFAULT 0, first_month TEXT NOT NULL DEFAULT '',
            seal_reason TEXT NOT NULL DEFAULT '', sealed_on TEXT NOT NULL DEFAULT ''))"_qs,
        // 业务回单: what was printed, as the server built it, and how often it was reprinted (补打).
        uR"(CREATE TABLE receipts (
            id {{PK}}, serial TEXT NOT NULL UNIQUE, business TEXT NOT NULL, object TEXT NOT NULL,
            branch_id BIGINT NOT NULL REFERENCES branches(id), operator_id BIGINT NOT NULL REFERENCES users(id),
            body TEXT NOT NULL, reprints INTEGER NOT NULL DEFAULT 0, last_reprint_at BIGINT,
            created_at BIGINT NOT NULL))"_qs,
        uR"(CREATE INDEX receipts_object ON receipts(object))"_qs,
        uR"(CREATE TABLE account_number_history (
            old_number TEXT PRIMARY KEY, new_number TEXT NOT NULL, kind TEXT NOT NULL))"_qs,
    };
    s += renumber(u"units"_qs, u"unit_account"_qs, 10, u"unit"_qs);
    s += renumber(u"accounts"_qs, u"account_number"_qs, 12, u"personal"_qs);
    return Migration{2, u"account opening: profiles, receipts, check-character account numbers"_qs, s};
}

} // namespace hpf::server
