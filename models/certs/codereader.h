#pragma once

#include "base/result.h"

#include <QImage>
#include <QString>

namespace hpf::client {

// Reads the QR code a customer presents: from a photo or scan (image file), or from a PDF
// certificate (rasterised with poppler's pdftoppm, installed with the client). ZXing stays behind
// this interface. Error codes: code.unreadable_file, code.not_found, code.pdf_render.
class CodeReader
{
public:
    static Result<QString> readImage(const QImage &image);
    static Result<QString> readFile(const QString &path);

    // Removes what a USB scanner or a paste adds around the code: surrounding white space and a
    // trailing CR/LF.
    static QString cleanTypedInput(const QString &typed);
};

} // namespace hpf::client
