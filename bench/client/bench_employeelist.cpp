// bench_employeelist — reading and validating a unit's employee list (清册) of 10,000 rows.
//
//   bench_employeelist [--rows 10000] [--ms 2000]
//
// One operation is one whole list. Baseline, measured in the same run: the same CSV bytes decoded
// as UTF-8 and cut into cells with QString::split (no encoding detection, no quoting, no checks).
// Measured: parseCsv (encoding detection, RFC 4180 quoting, header matching), the validator alone
// (identity, name, mobile, base against the policy, duplicates), both together (what the 清册 page
// does off the GUI thread), and the same list as GB18030 and as XLSX-free CSV with quotes.
#include "benchsupport.h"
#include "domain/identity.h"
#include "lists/employeelistfile.h"
#include "lists/employeelistvalidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QStringEncoder>
#include <cstdio>

using namespace hpf;
using namespace hpf::client;

namespace {

QByteArray makeList(int rows, bool quoted)
{
    QString s = u"序号,姓名,证件类型,证件号码,手机号码,缴存基数\r\n"_qs;
    s.reserve(rows * 64);
    for (int i = 0; i < rows; ++i) {
        const QString first17 = u"350102"_qs + QDate(1970, 1, 1).addDays(i % 9000).toString(u"yyyyMMdd"_qs) +
                                u"%1"_qs.arg(i / 9000 + 100, 3, 10, QLatin1Char('0'));
        const QString id = first17 + identity::checkCharacter(first17);
        const QString base = quoted
                                 ? u"\"%1,%2.00\""_qs.arg(3 + i % 20).arg(i % 1000, 3, 10, QLatin1Char('0'))
                                 : u"%1.00"_qs.arg(3000 + i % 20000);
        s += u"%1,职工%1,居民身份证,%2,138%3,%4\r\n"_qs.arg(i + 1)
                 .arg(id)
                 .arg(i, 8, 10, QLatin1Char('0'))
                 .arg(base);
    }
    return s.toUtf8();
}

// The baseline: what a naive importer does.
qsizetype splitOnly(const QByteArray &data)
{
    qsizetype cells = 0;
    const QStringList lines = QString::fromUtf8(data).split(u"\r\n"_qs, Qt::SkipEmptyParts);
    for (const QString &line : lines)
        cells += line.split(u',').size();
    return cells;
}

void out(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addOption({u"rows"_qs, u"rows per list"_qs, u"n"_qs, u"10000"_qs});
    cli.addOption({u"ms"_qs, u"time budget per measurement"_qs, u"ms"_qs, u"2000"_qs});
    cli.addHelpOption();
    cli.process(app);
    const int rows = cli.value(u"rows"_qs).toInt();
    const int budget = cli.value(u"ms"_qs).toInt();

    const QByteArray utf8 = makeList(rows, false);
    const QByteArray quotedUtf8 = makeList(rows, true);
    QStringEncoder gb("GB18030");
    const QByteArray gb18030 = gb.encode(QString::fromUtf8(utf8));
    const auto parsed = employeelist::parseCsv(utf8);
    if (!parsed || parsed->rows.size() != rows) {
        out(u"bench_employeelist: the generated list does not read: "_qs +
            (parsed ? QString() : parsed.error().code));
        return 1;
    }
    const ListValidationOptions options =
        ListValidationOptions::fromPolicy(*hpf::finance::Policy::defaults(), QDate(2025, 7, 1));
    const EmployeeListValidator validator(options);
    if (const ListValidation v = validator.validate(*parsed); v.failingRows != 0) {
        out(QStringLiteral("bench_employeelist: %1 generated rows fail (%2)")
                .arg(v.failingRows)
                .arg(v.errors.first().code));
        return 1;
    }
    volatile qsizetype sink = 0;
    out(QStringLiteral("employee list of %1 rows (%2 KiB UTF-8); one operation = one whole list")
            .arg(rows)
            .arg(utf8.size() / 1024));

    const bench::Measurement baseline =
        bench::measure(u"baseline: QString::split, UTF-8"_qs, budget, 1, [&](int n) {
            for (int i = 0; i < n; ++i)
                sink = sink + splitOnly(utf8);
        });
    const bench::Measurement parse = bench::measure(u"parseCsv, UTF-8"_qs, budget, 1, [&](int n) {
        for (int i = 0; i < n; ++i)
            sink = sink + employeelist::parseCsv(utf8)->rows.size();
    });
    const bench::Measurement parseGb = bench::measure(u"parseCsv, GB18030"_qs, budget, 1, [&](int n) {
        for (int i = 0; i < n; ++i)
            sink = sink + employeelist::parseCsv(gb18030)->rows.size();
    });
    const bench::Measurement parseQuoted =
        bench::measure(u"parseCsv, UTF-8, quoted amounts"_qs, budget, 1, [&](int n) {
            for (int i = 0; i < n; ++i)
                sink = sink + employeelist::parseCsv(quotedUtf8)->rows.size();
        });
    const bench::Measurement validate =
        bench::measure(u"validate (rows already read)"_qs, budget, 1, [&](int n) {
            for (int i = 0; i < n; ++i)
                sink = sink + validator.validate(*parsed).bodies.size();
        });
    const bench::Measurement both = bench::measure(u"parseCsv + validate, UTF-8"_qs, budget, 1, [&](int n) {
        for (int i = 0; i < n; ++i)
            sink = sink + validator.validate(*employeelist::parseCsv(utf8)).bodies.size();
    });
    bench::report(baseline, {parse, parseGb, parseQuoted, validate, both});
    for (const bench::Measurement &m : {baseline, parse, validate, both})
        out(QStringLiteral("%1: %2 ms per list of %3 rows")
                .arg(m.name)
                .arg(1000.0 / m.perSecond(), 0, 'f', 1)
                .arg(rows));
    return sink == -1 ? 1 : 0;
}
