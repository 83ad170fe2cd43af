#pragma once

#include "jsonschema.h"
#include "serverfixture.h"

#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

// docs/api/openapi.yaml (converted to JSON at build time) as the conformance test uses it: find an
// operation by its operationId, build its path, and check a request body or a real response
// (status, content type, headers, body) against what the document says.
namespace hpf::test {

class ApiContract
{
public:
    // Loads the JSON document; error() says why when it fails.
    bool load(const QString &jsonPath);
    QString error() const { return m_error; }

    QStringList operations() const { return m_operations.keys(); }
    bool has(const QString &operationId) const { return m_operations.contains(operationId); }
    QByteArray method(const QString &operationId) const;
    QString pathTemplate(const QString &operationId) const;
    // The path with its {placeholders} replaced, in order, by `args` (percent-encoded).
    QString path(const QString &operationId, const QStringList &args) const;
    bool needsIdempotencyKey(const QString &operationId) const;
    bool hasHeaderParameter(const QString &operationId, const QString &name) const;
    bool isPublic(const QString &operationId) const;     // security: []
    QStringList roles(const QString &operationId) const; // x-roles: who may call it

    // Violations of the operation's request body schema by `body`.
    QStringList checkRequest(const QString &operationId, const QJsonObject &body) const;
    // Violations of the operation's documented response for the reply's status.
    QStringList checkResponse(const QString &operationId, const Reply &reply) const;
    // Violations of the shared Problem schema (for errors of the router itself: 404, 405, 413).
    QStringList checkProblem(const Reply &reply) const;

private:
    QJsonObject operation(const QString &operationId) const;
    QJsonObject deref(QJsonObject object) const;
    QStringList checkBody(const QJsonObject &response, const Reply &reply, const QString &where) const;

    QJsonObject m_document;
    SchemaValidator m_validator;
    QMap<QString, QPair<QString, QString>> m_operations; // operationId -> (path, lower-case method)
    QString m_error;
};

} // namespace hpf::test
