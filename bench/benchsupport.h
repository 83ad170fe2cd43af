#pragma once

// Minimal benchmark harness: run a body repeatedly for a wall-clock budget, report operations per
// second, and print results relative to a baseline measured in the same run (never absolute goals).

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <functional>

namespace hpf::bench {

struct Measurement
{
    QString name;
    qint64 operations = 0;
    qint64 nanoseconds = 0;
    double perSecond() const { return nanoseconds > 0 ? operations * 1e9 / double(nanoseconds) : 0.0; }
};

// Calls body(batch) until `budgetMs` have elapsed; body performs `batch` operations per call.
inline Measurement measure(const QString &name, int budgetMs, int batch, const std::function<void(int)> &body)
{
    body(std::max(1, batch / 10)); // warm-up
    Measurement m{name};
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < budgetMs) {
        body(batch);
        m.operations += batch;
    }
    m.nanoseconds = t.nsecsElapsed();
    return m;
}

inline void report(const Measurement &baseline, std::initializer_list<Measurement> results)
{
    QTextStream out(stdout);
    out << QStringLiteral("%1 %2 %3\n")
               .arg(u"benchmark"_qs, -44)
               .arg(u"ops/s"_qs, 14)
               .arg(u"vs baseline"_qs, 12);
    out << QStringLiteral("%1 %2 %3\n")
               .arg(baseline.name, -44)
               .arg(baseline.perSecond(), 14, 'f', 0)
               .arg(u"1.000 (baseline)"_qs, 12);
    for (const Measurement &m : results) {
        const double ratio = baseline.perSecond() > 0 ? m.perSecond() / baseline.perSecond() : 0.0;
        out << QStringLiteral("%1 %2 %3\n")
                   .arg(m.name, -44)
                   .arg(m.perSecond(), 14, 'f', 0)
                   .arg(ratio, 12, 'f', 3);
    }
    out.flush();
}

} // namespace hpf::bench
