// Identity-number and credit-code validation throughput. Baseline: a precompiled regular
// expression that only checks the shape (^\d{17}[\dX]$), measured in the same run on the same input.
#include "benchsupport.h"
#include "domain/creditcode.h"
#include "domain/identity.h"

#include <QRegularExpression>
#include <QStringList>

using namespace hpf;

int main()
{
    // A fixed, realistic mix: valid numbers, lower-case x, full-width input, legacy and bad numbers.
    const QStringList ids = {u"11010519491231002X"_qs,
                             u"11010519491231002x"_qs,
                             u"440524188001010014"_qs,
                             u"370101190102039973"_qs,
                             u"130503670401001"_qs,
                             u"110105194912310021"_qs,
                             u"１１０１０５１９４９１２３１００２Ｘ"_qs,
                             u"620102199002301232"_qs};
    const QStringList codes = {u"91350100M000100Y43"_qs, u"91440300708461136T"_qs, u"91110108551385082Q"_qs,
                               u"91350100M000100Y44"_qs};
    const QDate today(2026, 11, 22);
    const QRegularExpression shape(u"^\\d{17}[\\dX]$"_qs);
    volatile int sink = 0;

    const auto baseline = bench::measure(u"regex shape check (baseline)"_qs, 1500, 1000, [&](int n) {
        for (int i = 0; i < n; ++i)
            sink = sink + shape.match(ids[i % ids.size()]).hasMatch();
    });
    const auto idBench = bench::measure(u"identity::parse (GB 11643, full)"_qs, 1500, 1000, [&](int n) {
        for (int i = 0; i < n; ++i)
            sink = sink +
                   identity::parse(identity::DocumentType::ResidentIdCard, ids[i % ids.size()], today).ok();
    });
    const auto ccBench = bench::measure(u"creditcode::parse (GB 32100)"_qs, 1500, 1000, [&](int n) {
        for (int i = 0; i < n; ++i)
            sink = sink + creditcode::parse(codes[i % codes.size()]).ok();
    });
    const auto maskBench = bench::measure(u"identity::maskNumber + maskName"_qs, 1500, 1000, [&](int n) {
        for (int i = 0; i < n; ++i)
            sink = sink + int(identity::maskNumber(ids[i % ids.size()]).size() +
                              identity::maskName(u"欧阳娜娜").size());
    });
    bench::report(baseline, {idBench, ccBench, maskBench});
    return sink < 0;
}
