#include "certs/certificateverifier.h"

#include "logging.h"
#include "net/apiclient.h"
#include "store/cachetables.h"

#include <QJsonArray>
#include <QUrl>

namespace hpf::client {

namespace {

CertificateOutcome fromCheck(const crypto::CertificateCheck &check)
{
    CertificateOutcome o;
    o.detail = check.detail();
    o.issuedAt = check.issuedAt();
    o.expiresAt = check.expiresAt();
    if (const crypto::CertificateBody *body = check.body()) {
        o.banner = CertificateBanner::ValidStatusUnknown;
        o.number = body->number();
        o.fields = crypto::displayFields(*body);
    } else if (check.verdict() == crypto::CertificateVerdict::Expired) {
        o.banner = CertificateBanner::Expired;
    } else {
        o.banner = CertificateBanner::Invalid;
        o.failedStep = check.code();
    }
    return o;
}

} // namespace

CertificateVerifier::CertificateVerifier(ApiClient *api, ReferenceCache *cache, const Clock &clock,
                                         QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_clock(clock)
{
    qRegisterMetaType<CertificateOutcome>();
}

void CertificateVerifier::fetchTrustList(const std::function<void(bool)> &done)
{
    ApiRequest req = ApiRequest::get(u"/api/v1/certificates/trust-list"_qs);
    req.authenticated = false;
    req.timeoutMs = 5000;
    const auto cached = m_cache->load(QString::fromLatin1(kTrustListCacheName));
    if (cached)
        req.ifNoneMatch = cached->etag;
    ApiCall *call = m_api->send(req);
    connect(call, &ApiCall::finished, this, [this, done](const ApiResponse &r) {
        if (!r.ok()) {
            qCInfo(lcModels) << "trust list not refreshed:" << r.problem.code;
            done(false);
            return;
        }
        if (r.status == 304) {
            done(true);
            return;
        }
        const QByteArray body = r.json.toJson(QJsonDocument::Compact);
        if (!crypto::TrustList::fromJson(body)) { // never cache what cannot be used
            done(false);
            return;
        }
        done(m_cache->store(QString::fromLatin1(kTrustListCacheName), {r.etag, body}).ok());
    });
}

void CertificateVerifier::refreshTrustList()
{
    fetchTrustList([this](bool ok) { emit trustListRefreshed(ok); });
}

void CertificateVerifier::finishLater(const CertificateOutcome &outcome)
{
    // Always after verify() has returned, also when no request was needed.
    QMetaObject::invokeMethod(
        this, [this, outcome] { emit finished(outcome); }, Qt::QueuedConnection);
}

void CertificateVerifier::verify(const QString &code)
{
    verifyOffline(code, false);
}

void CertificateVerifier::verifyOffline(const QString &code, bool refreshedAlready)
{
    const auto cached = m_cache->load(QString::fromLatin1(kTrustListCacheName));
    auto trust = cached ? crypto::TrustList::fromJson(cached->body) : Result<crypto::TrustList>(Error{});
    const bool haveTrust = cached && trust.ok();
    // No list yet, or a key we do not know (a new key may have been published): ask once.
    if (!refreshedAlready && m_api->isReachable()) {
        const bool unknownKey = haveTrust && crypto::verifyPresentedCode(code, *trust, m_clock).verdict() ==
                                                 crypto::CertificateVerdict::UnknownKid;
        if (!haveTrust || unknownKey) {
            fetchTrustList([this, code](bool) { verifyOffline(code, true); });
            return;
        }
    }
    if (!haveTrust) {
        CertificateOutcome o;
        o.detail = u"no trust list cached and the server is unreachable"_qs;
        finishLater(o);
        return;
    }
    QString used; // the code without what a scanner or a paste added
    CertificateOutcome offline = fromCheck(crypto::verifyPresentedCode(code, *trust, m_clock, &used));
    if (offline.banner == CertificateBanner::Invalid) {
        finishLater(offline);
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, offline] { emit offlineChecked(offline); }, Qt::QueuedConnection);
    askStatus(used, offline);
}

void CertificateVerifier::askStatus(const QString &code, CertificateOutcome offline)
{
    const QString number = offline.number;
    if (number.isEmpty()) { // expired: the number is only read from a valid body
        finishLater(offline);
        return;
    }
    ApiRequest req =
        ApiRequest::get(u"/api/v1/certificates/"_qs + QString::fromLatin1(QUrl::toPercentEncoding(number)) +
                        u"/status?check="_qs + crypto::certificateCheckValue(code));
    req.authenticated = false;
    req.timeoutMs = 5000;
    ApiCall *call = m_api->send(req);
    connect(call, &ApiCall::finished, this, [this, offline](const ApiResponse &r) {
        CertificateOutcome o = offline;
        if (r.ok()) {
            const QJsonObject s = r.object();
            const QString status = s.value(u"status"_qs).toString();
            o.statusChecked = true;
            o.title = s.value(u"title"_qs).toString();
            o.training = s.value(u"training"_qs).toBool();
            if (status == u"valid")
                o.banner = CertificateBanner::Valid;
            else if (status == u"revoked")
                o.banner = CertificateBanner::Revoked;
            else if (status == u"superseded")
                o.banner = CertificateBanner::Superseded;
            else if (status == u"expired")
                o.banner = CertificateBanner::Expired;
            else
                o.detail = u"unexpected status "_qs + status;
        } else if (r.status == 404 && r.problem.code == u"cert.not_found") {
            // Signed, yet the center has no such certificate: do not accept it.
            o.statusChecked = true;
            o.banner = CertificateBanner::Invalid;
            o.failedStep = r.problem.code;
        } else {
            o.detail = u"status unknown: "_qs + r.problem.code;
        }
        emit finished(o);
    });
}

} // namespace hpf::client
