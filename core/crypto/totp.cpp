#include "crypto/totp.h"

#include "crypto/kdf.h"

#include <QMessageAuthenticationCode>
#include <QUrl>

namespace hpf::crypto {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

} // namespace

QString hotp(QByteArrayView key, quint64 counter, int digits)
{
    QByteArray message(8, '\0');
    for (int i = 7; i >= 0; --i) {
        message[i] = char(counter & 0xff);
        counter >>= 8;
    }
    const QByteArray mac =
        QMessageAuthenticationCode::hash(message, key.toByteArray(), QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(uchar(mac.at(offset))) & 0x7f) << 24 |
                           quint32(uchar(mac.at(offset + 1))) << 16 |
                           quint32(uchar(mac.at(offset + 2))) << 8 | quint32(uchar(mac.at(offset + 3)));
    quint64 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return QStringLiteral("%1").arg(quint64(binary) % modulus, digits, 10, QLatin1Char('0'));
}

qint64 totpStep(qint64 unixSeconds, const TotpParams &params)
{
    if (unixSeconds < params.t0 || params.stepSeconds <= 0)
        return -1;
    return (unixSeconds - params.t0) / params.stepSeconds;
}

QString totp(QByteArrayView key, qint64 unixSeconds, const TotpParams &params)
{
    const qint64 step = totpStep(unixSeconds, params);
    return step < 0 ? QString() : hotp(key, quint64(step), params.digits);
}

std::optional<qint64> matchTotp(QByteArrayView key, const QString &code, qint64 unixSeconds,
                                const TotpParams &params)
{
    if (code.size() != params.digits)
        return std::nullopt;
    for (QChar c : code) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    const qint64 now = totpStep(unixSeconds, params);
    if (now < 0)
        return std::nullopt;
    std::optional<qint64> found;
    // Every candidate is compared (no early exit), in constant time each.
    for (qint64 step = now - params.window; step <= now + params.window; ++step) {
        if (step < 0)
            continue;
        const QString expected = hotp(key, quint64(step), params.digits);
        if (constantTimeEquals(expected.toLatin1(), code.toLatin1()) && !found)
            found = step;
    }
    return found;
}

QString base32Encode(QByteArrayView data, bool pad)
{
    QString out;
    out.reserve((data.size() + 4) / 5 * 8);
    quint32 buffer = 0;
    int bits = 0;
    for (char byte : data) {
        buffer = (buffer << 8) | uchar(byte);
        bits += 8;
        while (bits >= 5) {
            out.append(QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 0x1f]));
            bits -= 5;
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1f]));
    if (pad) {
        while (out.size() % 8 != 0)
            out.append(u'=');
    }
    return out;
}

Result<QByteArray> base32Decode(const QString &text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    int symbols = 0;
    bool padding = false;
    for (QChar c : text) {
        if (c == u' ' || c == u'-')
            continue;
        if (c == u'=') {
            padding = true;
            continue;
        }
        const char16_t u = c.toUpper().unicode();
        int value = -1;
        if (u >= u'A' && u <= u'Z')
            value = u - u'A';
        else if (u >= u'2' && u <= u'7')
            value = u - u'2' + 26;
        if (value < 0 || padding)
            return makeError(u"crypto.base32"_qs, {}, u"not a Base32 character, or data after padding"_qs);
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        ++symbols;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    // Valid lengths leave 0, 2, 4, 5 or 7 symbols in the last group of 8.
    const int rest = symbols % 8;
    if (rest == 1 || rest == 3 || rest == 6)
        return makeError(u"crypto.base32"_qs, {}, u"impossible length"_qs);
    return out;
}

QString otpauthUri(const QString &issuer, const QString &account, QByteArrayView secret,
                   const TotpParams &params)
{
    const QByteArray enc = QUrl::toPercentEncoding(issuer);
    const QByteArray uri = "otpauth://totp/" + enc + ':' + QUrl::toPercentEncoding(account) +
                           "?secret=" + base32Encode(secret, false).toLatin1() + "&issuer=" + enc +
                           "&algorithm=SHA1&digits=" + QByteArray::number(params.digits) +
                           "&period=" + QByteArray::number(params.stepSeconds);
    return QString::fromLatin1(uri);
}

} // namespace hpf::crypto
