#pragma once

#include "base/result.h"

#include <QDate>
#include <QString>

// Internal helpers shared by holds.cpp and holdsoperations.cpp.
namespace hpf::finance::detail {

inline Error holdError(const char *code, const char *field, const QString &detail)
{
    return makeError(QString::fromLatin1(code), QString::fromLatin1(field), detail);
}

inline QString iso(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("(invalid date)");
}

} // namespace hpf::finance::detail
