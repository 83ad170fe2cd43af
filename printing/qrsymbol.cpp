#include "qrsymbol.h"

#include <memory>
#include <qrencode.h>

namespace hpf::printing {

namespace {

QRecLevel toLevel(QrSymbol::Level level)
{
    switch (level) {
    case QrSymbol::Level::L:
        return QR_ECLEVEL_L;
    case QrSymbol::Level::M:
        return QR_ECLEVEL_M;
    case QrSymbol::Level::Q:
        return QR_ECLEVEL_Q;
    case QrSymbol::Level::H:
        return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_Q;
}

} // namespace

// Copies the encoder's matrix (bit 0 of each byte = dark module) and frees it.
struct QrSymbolBuilder
{
    static Result<QrSymbol> take(QRcode *raw)
    {
        std::unique_ptr<QRcode, decltype(&QRcode_free)> code(raw, &QRcode_free);
        if (!code)
            return makeError(u"qr.encode"_qs, QString(), u"the content does not fit in a QR code"_qs);
        QrSymbol s;
        s.m_size = code->width;
        s.m_version = code->version;
        s.m_modules.resize(qsizetype(s.m_size) * s.m_size);
        for (qsizetype i = 0; i < s.m_modules.size(); ++i)
            s.m_modules[i] = (code->data[i] & 1) != 0;
        return s;
    }
};

QList<QRect> QrSymbol::darkRuns() const
{
    QList<QRect> runs;
    for (int y = 0; y < m_size; ++y) {
        const bool *row = m_modules.constData() + qsizetype(y) * m_size;
        int x = 0;
        while (x < m_size) {
            if (!row[x]) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && row[x])
                ++x;
            runs.append(QRect(start, y, x - start, 1));
        }
    }
    return runs;
}

Result<QrSymbol> QrSymbol::encodeText(const QString &text, Level level)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty() || utf8.contains('\0'))
        return makeError(u"qr.encode"_qs, QString(), u"empty text or text containing NUL"_qs);
    // casesensitive = 1: 0 would upper-case the input.
    return QrSymbolBuilder::take(QRcode_encodeString(utf8.constData(), 0, toLevel(level), QR_MODE_8, 1));
}

Result<QrSymbol> QrSymbol::encodeBytes(const QByteArray &bytes, Level level)
{
    if (bytes.isEmpty())
        return makeError(u"qr.encode"_qs, QString(), u"no data"_qs);
    return QrSymbolBuilder::take(QRcode_encodeData(
        int(bytes.size()), reinterpret_cast<const unsigned char *>(bytes.constData()), 0, toLevel(level)));
}

} // namespace hpf::printing
