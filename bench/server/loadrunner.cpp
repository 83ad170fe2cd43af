#include "loadrunner.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <algorithm>
#include <cmath>

namespace hpf::bench {

double Stats::percentileMs(double p) const
{
    if (latenciesNs.isEmpty())
        return 0.0;
    const auto n = latenciesNs.size();
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(n)));
    return double(latenciesNs.at(std::clamp<qsizetype>(rank - 1, 0, n - 1))) / 1e6;
}

namespace {

// One round over the given connections. `stats` null: warm-up, nothing recorded.
void runRound(const Phase &phase, const QList<HttpConnection *> &connections, qint64 maxRequests, int maxMs,
              qint64 &nextIndex, Stats *stats)
{
    QEventLoop loop;
    QElapsedTimer timer;
    qint64 issued = 0;
    int outstanding = 0;
    std::function<void(HttpConnection *)> issue = [&](HttpConnection *connection) {
        const bool countReached = maxRequests > 0 && issued >= maxRequests;
        const bool timeReached = maxMs > 0 && timer.elapsed() >= maxMs;
        if (countReached || timeReached) {
            if (outstanding == 0)
                loop.quit();
            return;
        }
        ++issued;
        ++outstanding;
        const qint64 index = nextIndex++;
        connection->send(phase.make(index), [&, connection, index](const HttpResponse &r) {
            --outstanding;
            if (stats) {
                if (r.status == phase.expectStatus) {
                    ++stats->requests;
                    stats->latenciesNs.append(r.latencyNs);
                } else {
                    ++stats->errors;
                    if (stats->firstError.isEmpty())
                        stats->firstError = r.status == 0 ? r.error
                                                          : QStringLiteral("HTTP %1: %2")
                                                                .arg(r.status)
                                                                .arg(QString::fromUtf8(r.body.left(300)));
                }
            }
            if (phase.onResponse)
                phase.onResponse(index, r);
            issue(connection);
        });
    };
    timer.start();
    for (HttpConnection *c : connections)
        issue(c);
    if (outstanding > 0)
        loop.exec();
    if (stats)
        stats->elapsedNs = timer.nsecsElapsed();
}

} // namespace

Stats runPhase(quint16 port, const Phase &phase)
{
    Stats stats;
    QObject owner;
    QList<HttpConnection *> connections;
    for (int i = 0; i < phase.concurrency; ++i) {
        auto *c = new HttpConnection(port, &owner);
        if (!c->connectNow(10000)) {
            stats.errors = 1;
            stats.firstError = u"cannot connect to 127.0.0.1:"_qs + QString::number(port);
            return stats;
        }
        connections.append(c);
    }
    qint64 nextIndex = 0;
    if (phase.warmupRequests > 0)
        runRound(phase, connections, phase.warmupRequests, 0, nextIndex, nullptr);
    stats.latenciesNs.reserve(phase.maxRequests > 0 ? phase.maxRequests : 65536);
    runRound(phase, connections, phase.maxRequests, phase.maxMs, nextIndex, &stats);
    std::sort(stats.latenciesNs.begin(), stats.latenciesNs.end());
    for (const HttpConnection *c : std::as_const(connections))
        stats.connects += c->connects();
    return stats;
}

} // namespace hpf::bench
