#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QStringView>
#include <optional>

// The minimal verification page served at GET /verify: a form where a bank clerk pastes or scans
// (a USB scanner types the code and Enter) an HPF1 code, and the verdict as one banner with the
// masked fields. Self-contained HTML: no scripts, no external assets.
namespace hpf::server {

// `result` is verifyPresentedCode()'s answer, absent when no code was submitted.
QByteArray renderVerifyPage(const QString &code, const std::optional<QJsonObject> &result);

// The value of `name` in application/x-www-form-urlencoded text (a GET query string, or a form's
// POST body) as browsers write it: '+' is a space, %XX one byte, the bytes UTF-8 (invalid ones
// become U+FFFD). The first occurrence counts; a null string when absent.
QString formValue(QByteArrayView encoded, QStringView name);

// An ISO 8601 time (UTC) as Beijing time (Asia/Shanghai, UTC+8 all year since 1991):
// "2025-07-15 18:30:00（北京时间）". An empty string for an empty or unreadable time.
QString beijingTime(const QString &isoUtc);

} // namespace hpf::server
