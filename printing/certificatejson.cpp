#include "certificatejson.h"

#include <QJsonArray>

namespace hpf::printing {

CertificateDocument certificateDocumentFromJson(const QJsonObject &c)
{
    CertificateDocument doc;
    doc.centerName = c.value(u"centerName"_qs).toString();
    doc.title = c.value(u"title"_qs).toString();
    doc.certificateNumber = c.value(u"number"_qs).toString();
    for (const QJsonValue &v : c.value(u"fields"_qs).toArray()) {
        const QJsonObject o = v.toObject();
        CertificateDocument::Field field{
            o.value(u"label"_qs).toString(), o.value(u"value"_qs).toString(), {}};
        if (o.contains(u"amountFen"_qs))
            field.amountFen = o.value(u"amountFen"_qs).toInteger();
        doc.fields.append(field);
    }
    doc.statement = c.value(u"statement"_qs).toString();
    doc.issueDate = QDate::fromString(c.value(u"issueDate"_qs).toString(), Qt::ISODate);
    doc.validUntil = QDate::fromString(c.value(u"validUntil"_qs).toString(), Qt::ISODate);
    doc.handler = c.value(u"handler"_qs).toString();
    doc.phone = c.value(u"phone"_qs).toString();
    doc.qrText = c.value(u"code"_qs).toString();
    doc.verifyHint = c.value(u"verifyHint"_qs).toString();
    doc.training = c.value(u"training"_qs).toBool();
    return doc;
}

} // namespace hpf::printing
