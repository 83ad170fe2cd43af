#pragma once

#include "base/result.h"

#include <QByteArrayView>
#include <QString>

// For the server (which may not name GUI types): open a stored file and render every page, the
// usability part of a 四性 check.
namespace hpf::imaging {

struct ProbeResult
{
    int pages = 0;
    int width = 0; // pixels of the first page as decoded (PDF: rendered at 72 dpi)
    int height = 0;
};

// Decodes the file and renders each of its pages; an error names what failed
// (imaging.unsupported_format, imaging.corrupt, imaging.empty).
Result<ProbeResult> probe(QByteArrayView bytes, const QString &mediaType);

} // namespace hpf::imaging
