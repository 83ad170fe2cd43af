#include "business/certificates/certificatetypes.h"

#include "crypto/certfacts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace hpf::server {

namespace {

Error typesError(const QString &path, const QString &detail)
{
    return makeError(u"cert.types"_qs, path, detail);
}

Result<CertificateType> parseType(const QJsonObject &o, const QString &path, const finance::Policy &policy)
{
    CertificateType t;
    t.code = o.value(u"code"_qs).toString();
    t.typeId = o.value(u"typeId"_qs).toInt();
    t.title = o.value(u"title"_qs).toString();
    t.validityPolicy = o.value(u"validityPolicy"_qs).toString();
    t.requireLoanRecord = o.value(u"requireLoanRecord"_qs).toString();
    if (t.code.isEmpty() || t.code.size() > 40)
        return typesError(path + u".code"_qs, u"1-40 characters"_qs);
    if (t.typeId < 1 || t.typeId > 65535)
        return typesError(path + u".typeId"_qs, u"1..65535"_qs);
    if (t.title.isEmpty())
        return typesError(path + u".title"_qs, u"required"_qs);
    auto months = policy.certificateValidityMonths(t.validityPolicy);
    if (!months || *months < 1)
        return typesError(path + u".validityPolicy"_qs,
                          u"not in the policy's certificates.validityMonths"_qs);
    t.validityMonths = *months;
    if (!t.requireLoanRecord.isEmpty() && t.requireLoanRecord != u"none" && t.requireLoanRecord != u"settled")
        return typesError(path + u".requireLoanRecord"_qs, u"none or settled"_qs);
    const QJsonArray inputs = o.value(u"inputs"_qs).toArray();
    QSet<QString> inputNames;
    for (const QJsonValue &v : inputs) {
        const QJsonObject in = v.toObject();
        CertificateInput i{in.value(u"name"_qs).toString(), in.value(u"label"_qs).toString(),
                           in.value(u"maxLength"_qs).toInt(), in.value(u"required"_qs).toBool(true)};
        const crypto::CertificateFact *fact = crypto::findCertificateFact(i.name);
        // Only text facts that the ledger cannot supply are teller inputs.
        if (!fact || i.name != u"loanCity")
            return typesError(path + u".inputs"_qs, u"unknown input "_qs + i.name);
        if (i.maxLength < 1 || i.maxLength > 60)
            return typesError(path + u".inputs"_qs, u"maxLength 1..60"_qs);
        inputNames.insert(i.name);
        t.inputs.append(i);
    }
    const QJsonArray facts = o.value(u"facts"_qs).toArray();
    for (const QJsonValue &v : facts) {
        const QString name = v.toString();
        if (!crypto::findCertificateFact(name))
            return typesError(path + u".facts"_qs, u"unknown fact "_qs + name);
        if (name == u"loanCity" && !inputNames.contains(name))
            return typesError(path + u".facts"_qs, u"loanCity needs an input of that name"_qs);
        if (t.facts.contains(name))
            return typesError(path + u".facts"_qs, u"duplicate fact "_qs + name);
        t.facts.append(name);
    }
    for (const char16_t *required : {u"maskedName", u"maskedIdNumber"}) {
        if (!t.facts.contains(QString::fromUtf16(required)))
            return typesError(path + u".facts"_qs, QString::fromUtf16(required) + u" is required"_qs);
    }
    // What the code carries: given, or every printed fact that may be in a code.
    if (!o.contains(u"codeFacts"_qs)) {
        for (const QString &name : std::as_const(t.facts)) {
            if (crypto::factAllowedInCode(*crypto::findCertificateFact(name)))
                t.codeFacts.append(name);
        }
    }
    const QJsonValue codeFacts = o.value(u"codeFacts"_qs);
    if (o.contains(u"codeFacts"_qs) && !codeFacts.isArray())
        return typesError(path + u".codeFacts"_qs, u"an array of fact names"_qs);
    for (const QJsonValue &v : codeFacts.toArray()) {
        const QString name = v.toString();
        const crypto::CertificateFact *fact = crypto::findCertificateFact(name);
        if (!fact)
            return typesError(path + u".codeFacts"_qs, u"unknown fact "_qs + name);
        if (!crypto::factAllowedInCode(*fact))
            return typesError(path + u".codeFacts"_qs,
                              name + u" is not carried in a code (it stays behind the online check)"_qs);
        if (name == u"loanCity" && !inputNames.contains(name))
            return typesError(path + u".codeFacts"_qs, u"loanCity needs an input of that name"_qs);
        if (t.codeFacts.contains(name))
            return typesError(path + u".codeFacts"_qs, u"duplicate fact "_qs + name);
        t.codeFacts.append(name);
    }
    for (const char16_t *required : {u"maskedName", u"maskedIdNumber"}) {
        if (!t.codeFacts.contains(QString::fromUtf16(required)))
            return typesError(path + u".codeFacts"_qs, QString::fromUtf16(required) + u" is required"_qs);
    }
    t.statement = o.value(u"statement"_qs).toString();
    t.statement.replace(u"{months}"_qs, QString::number(t.validityMonths));
    return t;
}

} // namespace

QJsonObject CertificateType::toJson() const
{
    QJsonArray factArray;
    for (const QString &name : facts) {
        const crypto::CertificateFact *f = crypto::findCertificateFact(name);
        factArray.append(QJsonObject{{u"name"_qs, name}, {u"label"_qs, f ? f->label : QString()}});
    }
    QJsonArray inputArray;
    for (const CertificateInput &i : inputs)
        inputArray.append(QJsonObject{{u"name"_qs, i.name},
                                      {u"label"_qs, i.label},
                                      {u"maxLength"_qs, i.maxLength},
                                      {u"required"_qs, i.required}});
    return {
        {u"code"_qs, code},
        {u"typeId"_qs, typeId},
        {u"title"_qs, title},
        {u"validityMonths"_qs, validityMonths},
        {u"facts"_qs, factArray},
        {u"codeFacts"_qs, QJsonArray::fromStringList(codeFacts)},
        {u"inputs"_qs, inputArray},
        {u"requireLoanRecord"_qs, requireLoanRecord.isEmpty() ? QJsonValue() : QJsonValue(requireLoanRecord)},
        {u"statement"_qs, statement}};
}

const CertificateType *CertificateCatalog::find(const QString &code) const
{
    for (const CertificateType &t : types) {
        if (t.code == code)
            return &t;
    }
    return nullptr;
}

const CertificateType *CertificateCatalog::findById(qint64 typeId) const
{
    for (const CertificateType &t : types) {
        if (t.typeId == typeId)
            return &t;
    }
    return nullptr;
}

QJsonObject CertificateCatalog::toJson(const QString &centerCode, const QString &centerName) const
{
    QJsonArray typeArray;
    for (const CertificateType &t : types)
        typeArray.append(t.toJson());
    return {{u"format"_qs, u"hpf-certificate-types"_qs},
            {u"version"_qs, 1},
            {u"centerCode"_qs, centerCode},
            {u"centerName"_qs, centerName},
            {u"phone"_qs, phone},
            {u"verifyHint"_qs, verifyHint},
            {u"types"_qs, typeArray}};
}

Result<CertificateCatalog> parseCertificateTypes(const QByteArray &json, const finance::Policy &policy)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (!doc.isObject())
        return typesError(QString(), err.errorString());
    const QJsonObject root = doc.object();
    if (root.value(u"format"_qs).toString() != u"hpf-certificate-types" ||
        root.value(u"version"_qs).toInt() != 1)
        return typesError(u"format"_qs, u"expected hpf-certificate-types version 1"_qs);
    CertificateCatalog c;
    const QJsonObject issuer = root.value(u"issuer"_qs).toObject();
    c.phone = issuer.value(u"phone"_qs).toString();
    c.verifyHint = issuer.value(u"verifyHint"_qs).toString();
    const QJsonArray types = root.value(u"types"_qs).toArray();
    QSet<QString> codes;
    QSet<int> ids;
    for (qsizetype i = 0; i < types.size(); ++i) {
        auto t = parseType(types.at(i).toObject(), QStringLiteral("types[%1]").arg(i), policy);
        if (!t)
            return t.error();
        if (codes.contains(t->code) || ids.contains(t->typeId))
            return typesError(QStringLiteral("types[%1]").arg(i), u"duplicate code or typeId"_qs);
        codes.insert(t->code);
        ids.insert(t->typeId);
        c.types.append(*t);
    }
    if (c.types.isEmpty())
        return typesError(u"types"_qs, u"no certificate types"_qs);
    return c;
}

Result<CertificateCatalog> loadCertificateTypes(const finance::Policy &policy)
{
    QFile f(u":/hpf/certificates/types.json"_qs);
    if (!f.open(QIODevice::ReadOnly))
        return typesError(QString(), u"the embedded types.json is missing"_qs);
    return parseCertificateTypes(f.readAll(), policy);
}

} // namespace hpf::server
