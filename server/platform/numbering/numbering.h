#pragma once

#include "base/result.h"
#include "platform/store/migrations.h"

#include <QString>

namespace hpf::server {

struct ServiceContext;

// Next value of a named counter (a row of `sequences`), inside the caller's write transaction (the
// row lock serialises concurrent callers on PostgreSQL until commit; SQLite has one writer anyway).
Result<qint64> nextSequence(ServiceContext &ctx, const QString &name);
// The first of `count` consecutive values of a named sequence (one statement for a whole list).
Result<qint64> reserveSequence(ServiceContext &ctx, const QString &name, qint64 count);

// 业务流水号 YWLSH: "YW" + yyyyMMdd + 8 digits, unique across the center. On PostgreSQL the digits
// come from the sequence serial_numbers (no row lock: concurrent postings do not wait for each
// other's commit; unique across every server on the database, increasing in the order taken, with
// gaps where a transaction rolled back); on SQLite from the `serial` row (one writer anyway).
Result<QString> nextSerial(ServiceContext &ctx);
// 单位账号 (8 + 9 digits + check, 11 characters) and 个人账号 (1 + 11 digits + check, 13
// characters): core/domain/accountnumber.h, ISO 7064 MOD 11-2 check character.
Result<QString> nextUnitAccount(ServiceContext &ctx);
Result<QString> nextPersonalAccount(ServiceContext &ctx);

// Migration 9: the sequence serial_numbers on PostgreSQL, continuing from the `serial` row.
Migration numberingMigration();

} // namespace hpf::server
