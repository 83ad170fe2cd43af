#include "platform/credit/creditbureau.h"

namespace hpf::server {

QJsonObject CreditStatusRow::toJson() const
{
    return {{u"contract"_qs, contract},
            {u"balanceFen"_qs, balanceFen},
            {u"instalmentsOverdue"_qs, instalmentsOverdue},
            {u"status"_qs, status},
            {u"settled"_qs, settled},
            {u"settledOn"_qs, settledOn.isEmpty() ? QJsonValue() : QJsonValue(settledOn)}};
}

} // namespace hpf::server
