// hpf-court — a TRAINING stand-in for a court's 点对点 (point-to-point) enforcement platform.
// It signs court messages with a court's SM2 key and sends them to a center's online court
// channel (POST /integration/court/v1/messages), then checks the center's signature on the answer
// against the center's published trust list. Real courts use their own platform; this program
// exists for training, demos and tests only.
#include "crypto/sm2.h"
#include "crypto/trustlist.h"
#include "judicial/courtmessage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>
#include <QUuid>

using namespace hpf;
namespace court = hpf::judicial::court;

namespace {

Q_LOGGING_CATEGORY(lcCourtClient, "hpf.court")

// Exit codes: 0 the center accepted (2xx), 1 the center refused or the call failed, 2 usage,
// 3 the answer's signature did not verify.
int usage(const QString &message)
{
    QTextStream(stderr) << "hpf-court: error: " << message << Qt::endl;
    return 2;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "hpf-court: " << message << Qt::endl;
    return 1;
}

Status writePrivate(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError(u"court.write"_qs, path, f.errorString());
    if (!f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return makeError(u"court.write"_qs, path, u"cannot make the file private"_qs);
    if (f.write(data) != data.size() || !f.flush())
        return makeError(u"court.write"_qs, path, f.errorString());
    return {};
}

// Sends one signed envelope, then fetches the trust list and verifies the answer's signature.
class Exchange : public QObject
{
public:
    Exchange(QUrl server, QJsonObject envelope)
        : m_server(std::move(server))
        , m_envelope(std::move(envelope))
    {}

    void start()
    {
        QNetworkRequest request(m_server.resolved(QUrl(u"/integration/court/v1/messages"_qs)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_nam.post(request, QJsonDocument(m_envelope).toJson(QJsonDocument::Compact));
        connect(reply, &QNetworkReply::finished, this, [this, reply] { answered(reply); });
    }
    int exitCode() const { return m_exit; }

private:
    void answered(QNetworkReply *reply)
    {
        reply->deleteLater();
        m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (m_status == 0)
            return finish(fail(u"no answer from the center: "_qs + reply->errorString()));
        QNetworkReply *trust =
            m_nam.get(QNetworkRequest(m_server.resolved(QUrl(u"/api/v1/certificates/trust-list"_qs))));
        connect(trust, &QNetworkReply::finished, this, [this, trust] { trusted(trust); });
    }

    void trusted(QNetworkReply *reply)
    {
        reply->deleteLater();
        QTextStream(stdout) << QJsonDocument(m_answer).toJson(QJsonDocument::Indented);
        auto list = crypto::TrustList::fromJson(reply->readAll());
        if (!list)
            return finish(fail(u"cannot read the center's trust list: "_qs + list.error().code));
        const QByteArray kid = QByteArray::fromHex(m_answer.value(u"kid"_qs).toString().toLatin1());
        const crypto::TrustedKey *key = list->find(kid);
        if (!key || !court::verify(m_answer, *key->key)) {
            QTextStream(stderr) << "hpf-court: the answer is NOT signed by the center" << Qt::endl;
            return finish(3);
        }
        QTextStream(stderr) << "hpf-court: HTTP " << m_status << ", signed by the center's key "
                            << m_answer.value(u"kid"_qs).toString() << Qt::endl;
        finish(m_status >= 200 && m_status < 300 ? 0 : 1);
    }

    void finish(int code)
    {
        m_exit = code;
        QCoreApplication::exit(code);
    }

    QNetworkAccessManager m_nam;
    QUrl m_server;
    QJsonObject m_envelope;
    QJsonObject m_answer;
    int m_status = 0;
    int m_exit = 1;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"hpf-court"_qs);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"TRAINING stand-in for a court's 点对点 platform (not a real court system):\n"
        "  hpf-court keygen --key court.pem           new SM2 key pair; prints the public key (PEM)\n"
        "  hpf-court send  --server URL --court CODE --key court.pem REQUEST.json\n"
        "  hpf-court query --server URL --court CODE --key court.pem QUERY.json\n"
        "  hpf-court poll  --server URL --court CODE --key court.pem [--after N]\n"
        "The answer is printed as JSON; its signature is checked against the center's trust list.\n"
        "Exit codes: 0 accepted, 1 refused or failed, 2 usage, 3 the answer's signature is wrong."_qs);
    parser.addHelpOption();
    QCommandLineOption serverOpt(u"server"_qs, u"The center's base URL, e.g. http://127.0.0.1:8080."_qs,
                                 u"url"_qs);
    QCommandLineOption courtOpt(u"court"_qs, u"The court's code (法院代字), e.g. 京0105."_qs, u"code"_qs);
    QCommandLineOption keyOpt(u"key"_qs, u"The court's private key (PEM)."_qs, u"file"_qs);
    QCommandLineOption afterOpt(u"after"_qs, u"poll: the last answer sequence seen (default 0)."_qs, u"n"_qs,
                                u"0"_qs);
    QCommandLineOption idOpt(u"message-id"_qs, u"The message id (default: a new UUID)."_qs, u"uuid"_qs);
    parser.addOptions({serverOpt, courtOpt, keyOpt, afterOpt, idOpt});
    parser.addPositionalArgument(u"command"_qs, u"keygen, send, query or poll"_qs);
    parser.process(app);
    const QStringList pos = parser.positionalArguments();
    const QString command = pos.value(0);

    if (command == u"keygen") {
        if (pos.size() != 1 || !parser.isSet(keyOpt))
            return usage(u"usage: hpf-court keygen --key FILE"_qs);
        auto key = crypto::Sm2Key::generate();
        if (!key)
            return fail(key.error().code);
        if (Status s = writePrivate(parser.value(keyOpt), key->privateKeyPem()); !s)
            return fail(s.error().code + u": "_qs + s.error().field);
        QTextStream(stdout) << key->publicKeyPem();
        return 0;
    }
    const bool poll = command == u"poll";
    if (!poll && command != u"send" && command != u"query")
        return usage(u"a command is required: keygen, send, query or poll (see --help)"_qs);
    if (pos.size() != (poll ? 1 : 2) || !parser.isSet(serverOpt) || !parser.isSet(courtOpt) ||
        !parser.isSet(keyOpt))
        return usage(u"--server, --court and --key are required (and a request file for send and query)"_qs);
    QFile keyFile(parser.value(keyOpt));
    if (!keyFile.open(QIODevice::ReadOnly))
        return fail(u"cannot read the key file"_qs);
    auto key = crypto::Sm2Key::fromPrivatePem(keyFile.readAll());
    if (!key)
        return fail(u"not an SM2 private key: "_qs + key.error().code);

    court::Envelope e;
    e.courtCode = parser.value(courtOpt);
    e.messageId =
        parser.isSet(idOpt) ? parser.value(idOpt) : QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.sentAt = QDateTime::currentDateTimeUtc();
    if (poll) {
        bool ok = false;
        e.kind = court::Kind::Poll;
        e.after = parser.value(afterOpt).toLongLong(&ok);
        if (!ok || e.after < 0)
            return usage(u"--after needs a number ≥ 0"_qs);
    } else {
        QFile requestFile(pos.at(1));
        if (!requestFile.open(QIODevice::ReadOnly))
            return fail(u"cannot read the request file"_qs);
        const QJsonDocument doc = QJsonDocument::fromJson(requestFile.read(court::kMaxMessageBytes));
        if (!doc.isObject())
            return fail(u"the request file is not a JSON object"_qs);
        e.request = doc.object();
        const bool isQuery = e.request.value(u"type"_qs).toString() == u"query";
        if (isQuery != (command == u"query"))
            return usage(u"query sends a request of type query; send every other type"_qs);
    }
    auto signedEnvelope = court::sign(court::toJson(e), *key);
    if (!signedEnvelope)
        return fail(signedEnvelope.error().code);
    qCInfo(lcCourtClient) << "sending" << command << "message" << e.messageId;
    Exchange exchange(QUrl(parser.value(serverOpt)), *signedEnvelope);
    exchange.start();
    app.exec();
    return exchange.exitCode();
}
