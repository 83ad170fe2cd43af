#include "domain/signermatch.h"

#include "base/text.h"
#include "domain/identity.h"

namespace hpf::signing {

namespace {

// The number both sides mean: an 18-character citizen number (a legacy 15-digit one upgraded);
// anything identity::normalize cannot make a citizen number is compared as normalised text.
QString comparableNumber(QStringView number)
{
    const QString normalized = identity::normalize(number);
    if (normalized.size() == 15 && text::isAsciiDigits(normalized)) {
        const QString upgraded = identity::upgradeLegacyNumber(normalized);
        if (!upgraded.isEmpty())
            return upgraded;
    }
    return normalized;
}

} // namespace

QString normalizeName(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (QChar c : text::toHalfWidth(name)) {
        if (c.isSpace())
            continue;
        switch (c.unicode()) {
        case 0x30FB: // ・ katakana middle dot
        case 0x2022: // • bullet
        case 0x2027: // ‧ hyphenation point
        case 0x22C5: // ⋅ dot operator
        case 0x002E: // . (also a full-width ． after toHalfWidth)
            out.append(QChar(0x00B7));
            break;
        default:
            out.append(c);
        }
    }
    return out;
}

Status matchSigner(QStringView cardNumber, QStringView cardName, QStringView applicationNumber,
                   QStringView applicationName, const QString &fieldPrefix)
{
    const QString card = comparableNumber(cardNumber);
    if (card.isEmpty() || card != comparableNumber(applicationNumber))
        return makeError(u"signing.document_mismatch"_qs, fieldPrefix + u"documentNumber"_qs,
                         u"the ID card is not the application's party"_qs);
    const QString name = normalizeName(cardName);
    if (name.isEmpty() || name != normalizeName(applicationName))
        return makeError(u"signing.name_mismatch"_qs, fieldPrefix + u"name"_qs,
                         u"same number, different name"_qs);
    return {};
}

} // namespace hpf::signing
