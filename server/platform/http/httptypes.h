#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

// Plain request/response values, free of QtHttpServer types, so services and tests never need the
// heavy HTTP headers and a request can be moved to a worker thread safely.
namespace hpf::server {

struct HttpRequest
{
    QByteArray method; // upper case, e.g. "POST"
    QString path;      // decoded path, e.g. "/api/v1/accounts/100000000001"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // keys lower case
    QByteArray body;
    QString requestId;
    QString remoteAddress;
    QStringList pathArgs; // values captured from {placeholders}, in order

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

struct HttpResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse empty(int status);
    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray headerValue(const QByteArray &name) const;
};

} // namespace hpf::server
