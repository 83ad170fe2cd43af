#include "business/transfer/transferschema.h"

namespace hpf::server {

QString identityKeySql(const QString &alias)
{
    const QString t = alias.isEmpty() ? u"document_type"_qs : alias + u".document_type"_qs;
    const QString n = alias.isEmpty() ? u"document_number"_qs : alias + u".document_number"_qs;
    return QStringLiteral("(CASE WHEN %1 = '01' AND length(%2) = 18 THEN '01:' || substr(%2, 1, 17) "
                          "WHEN %1 = '01' AND length(%2) = 15 THEN '01:' || substr(%2, 1, 6) || '19' || "
                          "substr(%2, 7, 9) ELSE %1 || ':' || %2 END)")
        .arg(t, n);
}

Migration transferMigration()
{
    return Migration{
        13,
        u"account closing columns and the person identity key (issue 16)"_qs,
        {
            uR"(ALTER TABLE accounts ADD COLUMN closed_on TEXT)"_qs,
            uR"(ALTER TABLE accounts ADD COLUMN close_reason TEXT)"_qs,
            uR"(ALTER TABLE accounts ADD COLUMN successor_id BIGINT REFERENCES accounts(id))"_qs,
            u"CREATE INDEX persons_identity_key ON persons("_qs + identityKeySql({}) + u")"_qs,
            // 市内转移 and 个人合并 as answered (GET /transfers/{serial} reads them back); kind
            // in_city, in_city_batch or merge; branch_id: the receiving unit's or kept account's branch.
            uR"(CREATE TABLE in_city_transfers (
            id {{PK}}, serial TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
            branch_id BIGINT NOT NULL REFERENCES branches(id), body TEXT NOT NULL,
            created_at BIGINT NOT NULL))"_qs,
        }};
}

} // namespace hpf::server
