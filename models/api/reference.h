#pragma once

#include <QList>
#include <QString>

namespace hpf::client {
class ReferenceSync;
}

// Reference data the server publishes (kept by ReferenceSync), as typed values.
namespace hpf::client::api {

struct Bank
{
    QString code;
    QString name;
};

// The banks of the reference document "banks"; empty until it was loaded.
QList<Bank> banks(const ReferenceSync *reference);

} // namespace hpf::client::api
