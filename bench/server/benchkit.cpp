#include "benchkit.h"

#include <QDate>
#include <QFile>

namespace hpf::bench {

QString describe(const Error &e)
{
    return e.code + (e.field.isEmpty() ? QString() : u" ("_qs + e.field + u')') +
           (e.detail.isEmpty() ? QString() : u": "_qs + e.detail);
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_qs);
    if (!file.open(QIODevice::ReadOnly))
        return u"n/a"_qs;
    return QString::fromLatin1(file.readLine()).section(u' ', 0, 2);
}

QJsonObject unitOpeningBody(const QString &creditCode, const QString &name, const QString &firstMonth)
{
    return {{u"creditCode"_qs, creditCode},
            {u"name"_qs, name},
            {u"economicType"_qs, u"150"_qs},
            {u"legalRepresentative"_qs, QJsonObject{{u"name"_qs, u"王法人"_qs},
                                                    {u"documentType"_qs, u"01"_qs},
                                                    {u"documentNumber"_qs, u"11010519491231002X"_qs}}},
            {u"registeredAddress"_qs, u"压测示例路1号"_qs},
            {u"contact"_qs, QJsonObject{{u"name"_qs, u"李联系"_qs}, {u"mobile"_qs, u"13812345678"_qs}}},
            {u"bank"_qs, QJsonObject{{u"code"_qs, u"102"_qs},
                                     {u"name"_qs, u"中国工商银行"_qs},
                                     {u"account"_qs, u"2703000109200123456"_qs}}},
            {u"unitRatio"_qs, u"12"_qs},
            {u"personalRatio"_qs, u"12"_qs},
            {u"remittanceDay"_qs, 15},
            {u"firstMonth"_qs, firstMonth}};
}

QJsonObject purchaseWithdrawalBody(const QString &accountNumber, qint64 amountFen)
{
    return {{u"accountNumber"_qs, accountNumber},
            {u"type"_qs, u"purchase"_qs},
            {u"amountFen"_qs, amountFen},
            {u"evidence"_qs,
             QJsonObject{{u"eventDate"_qs, QDate::currentDate().addDays(-30).toString(Qt::ISODate)},
                         {u"contractNumber"_qs, u"YC-LOAD-0001"_qs},
                         {u"priceFen"_qs, qint64(100000000)},
                         {u"propertyAddress"_qs, u"兰州市城关区压测路1号"_qs}}},
            {u"payee"_qs, QJsonObject{{u"bankCode"_qs, u"102"_qs},
                                      {u"accountNumber"_qs, u"6222020200001234"_qs},
                                      {u"name"_qs, u"压测"_qs}}}};
}

} // namespace hpf::bench
