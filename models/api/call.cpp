#include "api/call.h"

#include "session/usertext.h"

#include <QUrl>

namespace hpf::client::api {

QString failureText(const ApiResponse &response, const Error &error)
{
    ApiResponse shown = response;
    shown.problem = error;
    return usertext::describeFailure(shown);
}

QString segment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace hpf::client::api
