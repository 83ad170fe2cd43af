#include "business/reference/banks.h"

namespace hpf::server {

const QList<std::pair<QString, QString>> &entrustedBanks()
{
    static const QList<std::pair<QString, QString>> banks{
        {u"102"_qs, u"中国工商银行"_qs}, {u"103"_qs, u"中国农业银行"_qs},
        {u"104"_qs, u"中国银行"_qs},     {u"105"_qs, u"中国建设银行"_qs},
        {u"301"_qs, u"交通银行"_qs},     {u"403"_qs, u"中国邮政储蓄银行"_qs}};
    return banks;
}

QString entrustedBankName(const QString &code)
{
    for (const auto &[c, name] : entrustedBanks())
        if (c == code)
            return name;
    return {};
}

} // namespace hpf::server
