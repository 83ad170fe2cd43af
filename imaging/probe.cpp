#include "imaging/probe.h"

#include "imaging/codec.h"

namespace hpf::imaging {

Result<ProbeResult> probe(QByteArrayView bytes, const QString &mediaType)
{
    Result<int> pages = pageCount(bytes, mediaType);
    if (!pages)
        return pages.error();
    ProbeResult result;
    result.pages = pages.value();
    for (int i = 0; i < result.pages; ++i) {
        Result<QImage> image = decodePage(bytes, mediaType, i, 72);
        if (!image)
            return image.error();
        if (i == 0) {
            result.width = image->width();
            result.height = image->height();
        }
    }
    return result;
}

} // namespace hpf::imaging
