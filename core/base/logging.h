#pragma once

#include <QLoggingCategory>
#include <QString>
#include <QStringView>

namespace hpf {
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcCrypto)
} // namespace hpf

// Personal data never reaches a log in clear. Code should not log personal fields at all; this is
// the last line of defence, applied to every message by the handler install() puts in place.
namespace hpf::logging {

// Masks, in any text, what looks like personal data, by the shape of maximal runs of ASCII digits:
//   identity numbers   18 digits, or 17 digits + X/x; legacy 15 digits  → first 4 and last 4 kept
//   personal accounts  13 characters starting with 1 (12 digits + X/x too) → first 4 and last 4 kept
//   mobiles            11 digits 1[3-9]…, also behind 86 (13 digits)    → "138****5678"
// A run of any other length is kept (unit accounts, amounts, years, ports, request ids). Digits are
// masked without looking at check characters: a mistyped number is personal data too.
QString maskPersonalData(QStringView text);

// Installs the process's message handler: every message is masked, then passed on to the
// handler that was in place (stderr by default, QTest's in a test). When $HPF_LOG_DIR names a
// folder, each message is also appended (with UTC time, level and category) to
// "<HPF_LOG_DIR>/<program>-<pid>.log", created 0600. Idempotent; safe from any thread.
void install(const QString &program);

// The log file install() writes, or empty.
QString logFilePath();

} // namespace hpf::logging
