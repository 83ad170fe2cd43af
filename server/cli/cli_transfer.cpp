#include "business/certificates/signingkeys.h"
#include "cli/cli.h"
#include "integration/transfer/peerchannel.h"
#include "platform/context.h"

#include <QDir>
#include <QFileInfo>

// The cross-city transfer channel's switches of `serve` (docs/operations.md, "Transfer peers").
namespace hpf::server::cli {

Status installTransferPeers(ServerContext &context, const QString &peersDir)
{
    if (peersDir.isEmpty())
        return {}; // no channel: cross-city transfers fail closed (transfer.unavailable)
    if (!QFileInfo(peersDir).isDir())
        return makeError(u"transfer.peers_dir"_qs, u"peers"_qs, u"--peers is not a folder: "_qs + peersDir);
    installPeerChannel(context, QDir(peersDir).absolutePath());
    printLine(QStringLiteral("transfer peers: %1 (%2 center(s) now)")
                  .arg(QDir(peersDir).absolutePath())
                  .arg(context.transferPeers->codes().size()));
    return {};
}

Status announceTransferCenter(const ServerContext &context, const QString &dir, const QHostAddress &address,
                              quint16 port, bool tls)
{
    if (!context.certificateSigner)
        return makeError(u"transfer.announce"_qs, u"announce"_qs,
                         u"--announce needs the center's active signing key (hpf-server keys generate)"_qs);
    // A wildcard address is no place to send to: the other centers on this machine use loopback.
    QHostAddress host = address;
    if (host == QHostAddress::AnyIPv4 || host == QHostAddress::Any)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    QUrl url;
    url.setScheme(tls ? u"https"_qs : u"http"_qs);
    url.setHost(host.toString());
    url.setPort(port);
    return announceCenter(dir, context.policy.centerCode(), url,
                          context.certificateSigner->key().publicKeyPem());
}

} // namespace hpf::server::cli
