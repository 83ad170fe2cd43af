#pragma once

#include <QByteArray>
#include <QString>

// Shared by the two halves of PackageUploader (uploader.cpp, uploadchunks.cpp).
namespace hpf::client::archive::detail {

// The sealing context of a package file in capture_files: a sealed file opens only as itself.
inline QByteArray fileContext(const QString &serial, const QString &name)
{
    return "capfile|" + serial.toUtf8() + '|' + name.toUtf8();
}

} // namespace hpf::client::archive::detail
