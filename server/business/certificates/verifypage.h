#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

// The minimal verification page served at GET /verify: a form where a bank clerk pastes or scans
// (a USB scanner types the code and Enter) an HPF1 code, and the verdict as one banner with the
// masked fields. Self-contained HTML: no scripts, no external assets.
namespace hpf::server {

// `result` is verifyPresentedCode()'s answer, absent when no code was submitted.
QByteArray renderVerifyPage(const QString &code, const std::optional<QJsonObject> &result);

} // namespace hpf::server
