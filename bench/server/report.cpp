#include "report.h"

namespace hpf::bench {

namespace {

const Row *find(const QList<Row> &rows, const QString &database, const QString &operation, int concurrency)
{
    for (const Row &r : rows) {
        if (r.database == database && r.operation == operation && r.concurrency == concurrency)
            return &r;
    }
    return nullptr;
}

QString ratio(const Row *numerator, const Row *denominator)
{
    if (!numerator || !denominator || denominator->stats.perSecond() <= 0)
        return u"-"_qs;
    return QString::number(numerator->stats.perSecond() / denominator->stats.perSecond(), 'f', 3);
}

} // namespace

void printTable(QTextStream &out, const QList<Row> &rows, const QString &sqliteBaseline,
                const QStringList &header, const QStringList &notes)
{
    for (const QString &line : header)
        out << line << '\n';
    out << '\n';
    const auto line = [&out](const QStringList &cells) {
        static const int widths[] = {-12, -14, 5, 9, 7, 9, 9, 9, 10, 15, 10, 7};
        for (qsizetype i = 0; i < cells.size(); ++i)
            out << (i ? u"  "_qs : QString()) << QStringLiteral("%1").arg(cells.at(i), widths[i]);
        out << '\n';
    };
    line({u"database"_qs, u"operation"_qs, u"conc"_qs, u"requests"_qs, u"errors"_qs, u"req/s"_qs,
          u"p50 ms"_qs, u"p99 ms"_qs, u"÷ pgbench"_qs, u"posting÷lookup"_qs, u"÷ SQLite"_qs, u"load"_qs});
    for (const Row &r : rows) {
        const bool server = r.operation == operations::lookup || r.operation == operations::posting;
        const QString cluster = r.database == u"sqlite" ? sqliteBaseline : r.database;
        const Row *baseline =
            server ? find(rows, cluster,
                          r.operation == operations::lookup ? operations::pgbench : operations::pgbenchN,
                          r.concurrency)
                   : nullptr;
        const Row *lookup = r.operation == operations::posting
                                ? find(rows, r.database, operations::lookup, r.concurrency)
                                : nullptr;
        const Row *sqlite = server && r.database != u"sqlite"
                                ? find(rows, u"sqlite"_qs, r.operation, r.concurrency)
                                : nullptr;
        line({r.database, r.operation, QString::number(r.concurrency), QString::number(r.stats.requests),
              QString::number(r.stats.errors), QString::number(r.stats.perSecond(), 'f', 0),
              QString::number(r.stats.percentileMs(50), 'f', 3),
              QString::number(r.stats.percentileMs(99), 'f', 3), server ? ratio(&r, baseline) : u"(base)"_qs,
              ratio(&r, lookup), ratio(&r, sqlite), r.load});
    }
    if (!notes.isEmpty())
        out << '\n';
    for (const QString &note : notes)
        out << u"* "_qs << note << '\n';
    out.flush();
}

} // namespace hpf::bench
