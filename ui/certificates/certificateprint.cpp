#include "certificates/certificateprint.h"

namespace hpf::ui {

printing::CertificateDocument certificateDocument(const client::api::Certificate &c)
{
    printing::CertificateDocument doc;
    doc.centerName = c.centerName;
    doc.title = c.title;
    doc.certificateNumber = c.number;
    for (const auto &f : c.fields)
        doc.fields.append({f.label, f.value, f.amountFen});
    doc.statement = c.statement;
    doc.issueDate = c.issueDate;
    doc.validUntil = c.validUntil;
    doc.handler = c.handler;
    doc.phone = c.phone;
    doc.qrText = c.code;
    doc.verifyHint = c.verifyHint;
    doc.training = c.training;
    return doc;
}

} // namespace hpf::ui
