// Finance rules: relative cost of a deposit computation (baseline), schedules, interest, policy
// loading and hold expiry.
#include "benchsupport.h"
#include "finance/deposit.h"
#include "finance/holds.h"
#include "finance/interest.h"
#include "finance/loan.h"
#include "finance/policy.h"

#include <QFile>

using namespace hpf;
using namespace hpf::finance;

int main()
{
    const Result<Policy> policy = Policy::defaults();
    if (!policy.ok())
        return 1;
    const DepositPolicy row = policy->depositAt(QDate(2025, 1, 1)).value();
    QFile file(Policy::defaultResourcePath());
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray json = file.readAll();
    volatile qint64 sink = 0;

    const bench::Measurement baseline = bench::measure(u"monthly deposit"_qs, 300, 10000, [&](int n) {
        for (int i = 0; i < n; ++i)
            sink = sink + computeMonthlyDeposit(row, 888888 + i, Rate{70000}, Rate{70000})->total;
    });
    const bench::Measurement installment =
        bench::measure(u"等额本息 schedule, 360 months"_qs, 300, 20, [&](int n) {
            for (int i = 0; i < n; ++i)
                sink =
                    sink + buildSchedule(RepaymentMethod::EqualInstallment, 50'000'000 + i, Rate{26000}, 360)
                               ->totalInterest;
        });
    const bench::Measurement principal =
        bench::measure(u"等额本金 schedule, 360 months"_qs, 300, 20, [&](int n) {
            for (int i = 0; i < n; ++i)
                sink = sink + buildSchedule(RepaymentMethod::EqualPrincipal, 50'000'000 + i, Rate{26000}, 360)
                                  ->totalInterest;
        });
    QList<Movement> moves;
    for (int m = 0; m < 12; ++m)
        moves.append(Movement{QDate(2024, 7, 15).addMonths(m), 200000});
    const bench::Measurement interest =
        bench::measure(u"yearly settlement, 12 movements"_qs, 300, 200, [&](int n) {
            for (int i = 0; i < n; ++i)
                sink = sink + settlementInterest(*policy, 2025, 1'000'000 + i, moves)->interest;
        });
    const bench::Measurement load = bench::measure(u"policy JSON load"_qs, 300, 20, [&](int n) {
        for (int i = 0; i < n; ++i)
            sink = sink + (Policy::fromJson(json, u"bench"_qs).ok() ? 1 : 0);
    });
    const bench::Measurement expiry =
        bench::measure(u"20 queued freezes, expire all"_qs, 300, 20, [&](int n) {
            for (int i = 0; i < n; ++i) {
                AccountHolds a(1'000'000, QDate(2025, 1, 1));
                for (int k = 1; k <= 20; ++k) {
                    const FreezeRequest r{k,
                                          false,
                                          1000,
                                          u"c"_qs,
                                          u"n"_qs,
                                          u"d"_qs,
                                          QDateTime(QDate(2025, 1, 1), QTime(9, k)),
                                          QDate(2025, 1, 1),
                                          QDate(2025, 1, 1).addDays(10 * k)};
                    (void)a.registerFreeze(r, policy->freezeLimits());
                }
                sink = sink + a.advanceTo(QDate(2026, 1, 1)).size();
            }
        });
    bench::report(baseline, {installment, principal, interest, load, expiry});
    return sink == -1 ? 1 : 0;
}
