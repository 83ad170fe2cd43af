#include "contract.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

namespace hpf::test {

namespace {

QByteArray mediaType(const Reply &reply)
{
    return reply.headers.value("content-type").split(';').value(0).trimmed().toLower();
}

bool isJsonMedia(const QByteArray &type)
{
    return type == "application/json" || type.endsWith("+json");
}

} // namespace

bool ApiContract::load(const QString &jsonPath)
{
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = file.fileName() + u": "_qs + file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        m_error = file.fileName() + u": "_qs + parseError.errorString();
        return false;
    }
    m_document = doc.object();
    m_validator = SchemaValidator(m_document);
    const QJsonObject paths = m_document.value(u"paths").toObject();
    for (auto p = paths.constBegin(); p != paths.constEnd(); ++p) {
        const QJsonObject item = p.value().toObject();
        for (auto m = item.constBegin(); m != item.constEnd(); ++m) {
            const QString id = m.value().toObject().value(u"operationId").toString();
            if (id.isEmpty())
                continue;
            if (m_operations.contains(id)) {
                m_error = u"operationId used twice: "_qs + id;
                return false;
            }
            m_operations.insert(id, {p.key(), m.key()});
        }
    }
    if (m_operations.isEmpty()) {
        m_error = u"no operations in "_qs + file.fileName();
        return false;
    }
    return true;
}

QJsonObject ApiContract::operation(const QString &operationId) const
{
    const auto where = m_operations.value(operationId);
    return m_document.value(u"paths").toObject().value(where.first).toObject().value(where.second).toObject();
}

QJsonObject ApiContract::deref(QJsonObject object) const
{
    for (int i = 0; i < 8 && object.contains(u"$ref"); ++i)
        object = m_validator.resolve(object.value(u"$ref").toString()).toObject();
    return object;
}

QByteArray ApiContract::method(const QString &operationId) const
{
    return m_operations.value(operationId).second.toUpper().toLatin1();
}

QString ApiContract::pathTemplate(const QString &operationId) const
{
    return m_operations.value(operationId).first;
}

QString ApiContract::path(const QString &operationId, const QStringList &args) const
{
    static const QRegularExpression placeholder(u"\\{[^}]+\\}"_qs);
    QString out = pathTemplate(operationId);
    for (const QString &arg : args) {
        const auto m = placeholder.match(out);
        if (!m.hasMatch())
            break;
        out.replace(m.capturedStart(), m.capturedLength(), QString::fromLatin1(QUrl::toPercentEncoding(arg)));
    }
    return out;
}

bool ApiContract::needsIdempotencyKey(const QString &operationId) const
{
    const QJsonArray params = operation(operationId).value(u"parameters").toArray();
    for (const QJsonValue &p : params) {
        const QJsonObject param = deref(p.toObject());
        if (param.value(u"in") == u"header"_qs && param.value(u"name") == u"Idempotency-Key"_qs)
            return param.value(u"required").toBool();
    }
    return false;
}

bool ApiContract::hasHeaderParameter(const QString &operationId, const QString &name) const
{
    const QJsonArray params = operation(operationId).value(u"parameters").toArray();
    return std::any_of(params.cbegin(), params.cend(), [&](const QJsonValue &p) {
        const QJsonObject param = deref(p.toObject());
        return param.value(u"in") == u"header"_qs && param.value(u"name").toString() == name;
    });
}

bool ApiContract::isPublic(const QString &operationId) const
{
    const QJsonObject op = operation(operationId);
    return op.contains(u"security") && op.value(u"security").toArray().isEmpty();
}

QStringList ApiContract::roles(const QString &operationId) const
{
    QStringList out;
    for (const QJsonValue &role : operation(operationId).value(u"x-roles").toArray())
        out << role.toString();
    return out;
}

QStringList ApiContract::checkRequest(const QString &operationId, const QJsonObject &body) const
{
    const QJsonObject requestBody = deref(operation(operationId).value(u"requestBody").toObject());
    const QJsonValue schema =
        requestBody.value(u"content").toObject().value(u"application/json").toObject().value(u"schema");
    if (schema.isUndefined())
        return body.isEmpty()
                   ? QStringList()
                   : QStringList{operationId + u": sends a body the document does not describe"_qs};
    QStringList errors = m_validator.validate(body, schema, u"request"_qs);
    for (QString &e : errors)
        e.prepend(operationId + u": "_qs);
    return errors;
}

QStringList ApiContract::checkResponse(const QString &operationId, const Reply &reply) const
{
    if (!has(operationId))
        return {u"unknown operationId "_qs + operationId};
    const QString where = operationId + u" "_qs + QString::number(reply.status) + u": "_qs;
    if (reply.status == 0)
        return {where + u"no HTTP response"_qs};
    const QJsonObject responses = operation(operationId).value(u"responses").toObject();
    QJsonObject response = responses.value(QString::number(reply.status)).toObject();
    if (response.isEmpty() && reply.status >= 400)
        response = responses.value(u"default").toObject();
    if (response.isEmpty())
        return {where + u"status not documented"_qs};
    return checkBody(deref(response), reply, where);
}

QStringList ApiContract::checkProblem(const Reply &reply) const
{
    const QJsonObject problem = deref(m_document.value(u"components")
                                          .toObject()
                                          .value(u"responses")
                                          .toObject()
                                          .value(u"Problem")
                                          .toObject());
    return checkBody(problem, reply, u"problem "_qs + QString::number(reply.status) + u": "_qs);
}

QStringList ApiContract::checkBody(const QJsonObject &response, const Reply &reply,
                                   const QString &where) const
{
    QStringList errors;
    if (reply.headers.value("x-request-id").isEmpty())
        errors << where + u"no X-Request-ID header"_qs;
    const QJsonObject headers = response.value(u"headers").toObject();
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
        const QJsonObject header = deref(it.value().toObject());
        const QByteArray value = reply.headers.value(it.key().toLower().toLatin1());
        if (value.isEmpty()) {
            if (header.value(u"required").toBool())
                errors << where + u"required header "_qs + it.key() + u" missing"_qs;
            continue;
        }
        const QJsonValue schema = header.value(u"schema");
        if (!schema.isUndefined())
            errors << m_validator.validate(QString::fromLatin1(value), schema, u"header "_qs + it.key());
    }
    const QJsonObject content = response.value(u"content").toObject();
    if (content.isEmpty()) {
        if (!reply.body.isEmpty())
            errors << where + u"a body where the document describes none"_qs;
        return errors;
    }
    const QByteArray type = mediaType(reply);
    if (!content.contains(QString::fromLatin1(type))) {
        errors << where + u"content type \""_qs + QString::fromLatin1(type) +
                      u"\" not documented (documented: "_qs + content.keys().join(u", "_qs) + u')';
        return errors;
    }
    const QJsonValue schema = content.value(QString::fromLatin1(type)).toObject().value(u"schema");
    if (!isJsonMedia(type)) {
        if (reply.body.isEmpty())
            errors << where + u"empty "_qs + QString::fromLatin1(type) + u" body"_qs;
        return errors;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors << where + u"body is not JSON: "_qs + parseError.errorString();
        return errors;
    }
    if (schema.isUndefined()) {
        errors << where + u"no schema for "_qs + QString::fromLatin1(type);
        return errors;
    }
    const QJsonValue body = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    const QStringList bodyErrors = m_validator.validate(body, schema, u"body"_qs);
    for (const QString &e : bodyErrors)
        errors << where + e;
    if (type == "application/problem+json") {
        if (doc.object().value(u"status").toInt() != reply.status)
            errors << where + u"problem status differs from the HTTP status"_qs;
        if (doc.object().value(u"requestId").toString().toLatin1() != reply.headers.value("x-request-id"))
            errors << where + u"problem requestId differs from X-Request-ID"_qs;
    }
    return errors;
}

} // namespace hpf::test
