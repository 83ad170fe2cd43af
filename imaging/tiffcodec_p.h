#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QImage>

// TIFF through libtiff in memory (Qt's own TIFF plugin writes no CCITT G4).
namespace hpf::imaging::tiff {

// A 1-bit image (QImage::Format_Mono / MonoLSB, 0 = white after conversion) as a single-strip
// TIFF, PhotometricInterpretation MinIsWhite, CCITT G4, with its resolution.
Result<QByteArray> encodeG4(const QImage &mono, int dpi);

// Directory `page` (0-based) of any TIFF libtiff reads (G4, LZW, uncompressed, 1/8/24 bit).
Result<QImage> decode(QByteArrayView bytes, int page = 0);

// Number of directories (pages) in the file.
Result<int> pageCount(QByteArrayView bytes);

} // namespace hpf::imaging::tiff
