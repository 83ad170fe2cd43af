#include "failure.h"

namespace hpf::client {

FailureClass classifyFailure(QNetworkReply::NetworkError networkError, int httpStatus)
{
    if (httpStatus > 0) {
        if ((httpStatus >= 200 && httpStatus < 300) || httpStatus == 304)
            return FailureClass::None;
        switch (httpStatus) {
        case 401:
            return FailureClass::Auth;
        case 409:
        case 423:
            return FailureClass::Conflict;
        case 400:
        case 413:
        case 422:
            return FailureClass::Validation;
        case 408:
        case 429:
        case 502:
        case 503:
        case 504:
            return FailureClass::Transient;
        default:
            return FailureClass::Fatal;
        }
    }
    switch (networkError) {
    case QNetworkReply::NoError:
        return FailureClass::Fatal; // no status and no error: a broken response
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // our transfer timeout aborts this way
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return FailureClass::Transient;
    default:
        return FailureClass::Fatal; // TLS failures, protocol errors, content errors
    }
}

} // namespace hpf::client
