#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QString>

namespace hpf::ui {

// What the judicial desk says about its own codes, translated: the fields of a court request
// (judicial::Request paths such as "officers[1].dutyCard"), the judicial.* refusals, the risk
// flags of a deduction, freeze states and the 回执 notes. Other codes go to the shared texts.
class JudicialText
{
    Q_DECLARE_TR_FUNCTIONS(hpf::ui::JudicialText)
public:
    static QString fieldLabel(const QString &path);
    static QString message(const QString &code);
    // "<field label>: <message>" for judicial codes and fields; the shared text otherwise.
    static QString describe(const Error &error);
    static QString riskText(const QString &code);
    static QString stateName(const QString &state);
    static QString actionName(const QString &type);
    static QString noteText(const QString &code);
    static QString groundsName(const QString &code);
};

} // namespace hpf::ui
