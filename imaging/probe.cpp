#include "imaging/probe.h"

#include "imaging/codec.h"

#include <QJsonDocument>

namespace hpf::imaging {

Result<ProbeResult> probe(QByteArrayView bytes, const QString &mediaType)
{
    // issue 18: a 面签 package keeps the signature pads' strokes as JSON. It "renders" when it
    // parses as a JSON object; it has no page images.
    if (mediaType == QLatin1String("application/json")) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return makeError(QStringLiteral("imaging.corrupt"), {}, QStringLiteral("not a JSON object"));
        return ProbeResult{};
    }
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
