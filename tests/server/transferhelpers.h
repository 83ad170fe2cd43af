#pragma once

#include "demo/demoseed.h"
#include "platform/localcall.h"
#include "serverfixture.h"

// In-city transfer tests (issue 16): 一人多户 as migrated data has it — a second person record of
// demo person `person` under the 15-digit legacy form of the number, with a live account under
// `unitAccount` holding `balanceFen` (server::insertLegacyDuplicate, the demo seed's helper).
namespace hpf::test {

inline QString legacyDuplicate(ServerFixture &f, int person, const QString &unitAccount, qint64 balanceFen,
                               const QString &name = {})
{
    QString number;
    const Status s = server::runLocally(
        f.server().context(), {u"teller1"_qs, u"test.legacy_duplicate"_qs, u"test"_qs},
        [&](server::ServiceContext &ctx) -> Status {
            auto r = server::insertLegacyDuplicate(
                ctx, server::demoIdentityNumber(person),
                name.isEmpty() ? QStringLiteral("职工%1").arg(person) : name, unitAccount, balanceFen);
            if (!r)
                return r.error();
            number = *r;
            return {};
        });
    return s ? number : QString();
}

// The 15-digit legacy form of demo person `person`'s number (born before 2000).
inline QString legacyNumber(int person)
{
    const QString n = server::demoIdentityNumber(person);
    return n.left(6) + n.mid(8, 9);
}

} // namespace hpf::test
