#pragma once

#include "base/result.h"

#include <QImage>
#include <QString>

namespace hpf::client {

// Reads the QR code a customer presents: from a photo or scan (image file), or from a PDF
// certificate (its first page rendered in process by imaging::decodePage, i.e. Poppler-Qt6). ZXing
// stays behind this interface. Error codes: code.unreadable_file, code.not_found, code.pdf_render.
class CodeReader
{
public:
    static Result<QString> readImage(const QImage &image);
    static Result<QString> readFile(const QString &path);

    // Removes what a USB scanner or a paste adds: surrounding white space, and CR/LF and tabs
    // anywhere (a code pasted over several lines), as crypto::cleanPresentedCode().
    static QString cleanTypedInput(const QString &typed);
};

} // namespace hpf::client
