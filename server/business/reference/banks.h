#pragma once

#include <QList>
#include <QString>
#include <utility>

// 银行行别代码 of the center's entrusted banks (the first three digits of a CNAPS code): what
// GET /reference/banks lists and what a payee's or unit's bank must be one of.
namespace hpf::server {

const QList<std::pair<QString, QString>> &entrustedBanks(); // {code, name}
QString entrustedBankName(const QString &code);             // empty when not listed

} // namespace hpf::server
