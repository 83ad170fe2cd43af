#pragma once

#include "api/changes.h"

#include <QCoreApplication>

namespace hpf::ui {

// The words of the change pages: a changed field's name and a before → after list.
class ChangeText
{
    Q_DECLARE_TR_FUNCTIONS(hpf::ui::ChangeText)
public:
    static QString field(const QString &field);
    static QString changes(const QList<client::api::FieldChange> &changes);
};

} // namespace hpf::ui
