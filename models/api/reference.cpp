#include "api/reference.h"

#include "reference/referencesync.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hpf::client::api {

QList<Bank> banks(const ReferenceSync *reference)
{
    QList<Bank> list;
    const QJsonArray items = reference->document(u"banks"_qs).object().value(u"items").toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject b = v.toObject();
        list.append({b.value(u"code").toString(), b.value(u"name").toString()});
    }
    return list;
}

} // namespace hpf::client::api
