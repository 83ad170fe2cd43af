#pragma once

#include "archive/manifest.h"

#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

// Archive packages for the server suites (issue 14): small PNG pages and a draft manifest of an
// account opening (id_card ×2, application).
namespace hpf::test {

inline QByteArray pngPage(int seed, int side = 64, bool noise = false)
{
    QImage img(side, side, QImage::Format_RGB32);
    QRandomGenerator rng(quint32(seed + 1));
    for (int y = 0; y < side; ++y) {
        for (int x = 0; x < side; ++x)
            img.setPixel(x, y, noise ? rng.generate() : qRgb((x * seed) % 256, (y * 7) % 256, seed % 256));
    }
    QByteArray out;
    QBuffer buf(&out);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return out;
}

struct Draft
{
    archive::Manifest manifest;
    QList<QByteArray> contents;

    void add(const QString &name, const QString &material, const QByteArray &bytes, const QDateTime &at)
    {
        archive::ManifestFile f;
        f.name = name;
        f.role = u"page"_qs;
        f.material = material;
        f.sequence = int(manifest.files.size()) + 1;
        f.mediaType = u"image/png"_qs;
        const archive::FileDigests d = archive::digestOf(bytes);
        f.size = d.size;
        f.sm3 = d.sm3;
        f.sha256 = d.sha256;
        archive::Digitisation dig;
        dig.form = u"scan"_qs;
        dig.dpi = 300;
        dig.colourMode = u"grey"_qs;
        dig.compression = u"PNG"_qs;
        dig.scannerMake = u"SANE"_qs;
        dig.scannerModel = u"test"_qs;
        dig.operatorId = u"teller1"_qs;
        dig.capturedAt = at;
        f.digitisation = dig;
        manifest.files.append(f);
        contents.append(bytes);
    }
    QJsonObject json() const { return QJsonDocument::fromJson(archive::toJson(manifest)).object(); }
};

inline Draft openingDraftAt(const QString &serial, const QDateTime &nowUtc, bool bigFirstPage = false)
{
    Draft d;
    const QDateTime now = nowUtc;
    d.manifest.serial = serial;
    d.manifest.business = u"openings.account"_qs;
    d.manifest.operatorId = u"teller1"_qs;
    d.manifest.workstation = u"WS-01"_qs;
    d.manifest.createdAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    d.add(u"p0001.png"_qs, u"id_card"_qs, bigFirstPage ? pngPage(1, 220, true) : pngPage(1),
          d.manifest.createdAt);
    d.add(u"p0002.png"_qs, u"id_card"_qs, pngPage(2), d.manifest.createdAt);
    d.add(u"p0003.png"_qs, u"application"_qs, pngPage(3), d.manifest.createdAt);
    return d;
}

} // namespace hpf::test
