#pragma once

// Closed-loop load: `concurrency` keep-alive connections, each sending its next request as soon as
// the previous response arrived, until a request count or a wall-clock budget is reached. A
// warm-up round on the same connections runs first and is not recorded.

#include "httpclient.h"

#include <QList>
#include <QString>
#include <functional>

namespace hpf::bench {

struct Phase
{
    QString name;
    int concurrency = 1;
    qint64 warmupRequests = 0;
    qint64 maxRequests = 0; // 0: no count limit (then maxMs must be set)
    int maxMs = 0;          // 0: no time limit
    int expectStatus = 200; // other statuses count as errors
    // Builds request number `index` (0, 1, 2, … across warm-up and measurement).
    std::function<HttpRequest(qint64 index)> make;
    // Optional: sees every response (e.g. to collect the numbers of opened accounts).
    std::function<void(qint64 index, const HttpResponse &)> onResponse;
};

struct Stats
{
    qint64 requests = 0; // successful (expected status) responses
    qint64 errors = 0;
    qint64 elapsedNs = 0;
    qint64 connects = 0;       // TCP connections opened; == concurrency when keep-alive held
    QList<qint64> latenciesNs; // successful requests only, sorted ascending
    QString firstError;

    double perSecond() const { return elapsedNs > 0 ? double(requests) * 1e9 / double(elapsedNs) : 0.0; }
    // Nearest-rank percentile in milliseconds (p in 0..100); 0 without samples.
    double percentileMs(double p) const;
};

Stats runPhase(quint16 port, const Phase &phase);

} // namespace hpf::bench
