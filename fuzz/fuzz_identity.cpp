// libFuzzer target: identity-number parsing for every document type must never crash, and a number
// it accepts must be accepted again in its normalised form with the same result.
#include "domain/identity.h"

#include <cstdint>
#include <cstdlib>

using namespace hpf::identity;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDate today(2026, 11, 22);
    for (DocumentType type :
         {DocumentType::ResidentIdCard, DocumentType::MilitaryOfficerCard, DocumentType::Passport,
          DocumentType::ForeignPermanentResidentCard, DocumentType::Other}) {
        const auto first = parse(type, input, today);
        if (!first.ok())
            continue;
        const auto again = parse(type, first->number, today);
        if (!again.ok() || again->number != first->number || again->birthDate != first->birthDate ||
            again->kind != first->kind)
            std::abort();
        (void)maskNumber(first->number);
    }
    (void)maskName(input);
    return 0;
}
