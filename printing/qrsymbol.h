#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QList>
#include <QRect>
#include <QString>

namespace hpf::printing {

// A QR code symbol as a square matrix of modules (true = dark), without the quiet zone.
// libqrencode stays behind this type; nothing else includes <qrencode.h>.
class QrSymbol
{
public:
    enum class Level { L, M, Q, H };

    QrSymbol() = default;

    // Encodes UTF-8 text, case preserved, in the smallest version that fits at `level`.
    // Error code qr.encode when the text does not fit in a QR code (or on encoder failure).
    static Result<QrSymbol> encodeText(const QString &text, Level level = Level::Q);
    // Encodes raw bytes (8-bit mode).
    static Result<QrSymbol> encodeBytes(const QByteArray &bytes, Level level = Level::Q);

    int size() const { return m_size; } // modules per side
    int version() const { return m_version; }
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x); }
    bool isNull() const { return m_size == 0; }
    // The dark modules as horizontal runs, one rectangle (in modules, height 1) per run, row by row.
    QList<QRect> darkRuns() const;

    static constexpr int kQuietZoneModules = 4;

private:
    friend struct QrSymbolBuilder;
    int m_size = 0;
    int m_version = 0;
    QList<bool> m_modules;
};

} // namespace hpf::printing
