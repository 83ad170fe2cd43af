#include "zipreader.h"

#include <QBuffer>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace hpf::client {

namespace {

Error invalid(const QString &detail)
{
    return makeError(u"list.xlsx_invalid"_qs, {}, detail);
}

Error unsupported(const QString &detail)
{
    return makeError(u"list.xlsx_unsupported"_qs, {}, detail);
}

constexpr quint16 kStored = 0;
constexpr quint16 kDeflated = 8;
constexpr quint16 kEncryptedFlag = 0x1;

} // namespace

// QuaZip reads through a QIODevice; the buffer wraps the caller's bytes without copying them.
struct ZipReader::Archive
{
    explicit Archive(const QByteArray &data)
        : zip(&buffer)
    {
        buffer.setData(data); // implicitly shared: no copy of the file's bytes
        zip.setUtf8Enabled(true);
    }

    QBuffer buffer;
    QuaZip zip;
};

ZipReader::ZipReader() = default;
ZipReader::ZipReader(ZipReader &&) noexcept = default;
ZipReader &ZipReader::operator=(ZipReader &&) noexcept = default;
ZipReader::~ZipReader() = default;

Result<ZipReader> ZipReader::open(const QByteArray &data, qint64 maxUnpackedBytes)
{
    ZipReader reader;
    reader.m_archive = std::make_unique<Archive>(data);
    reader.m_budget = maxUnpackedBytes;
    QuaZip &zip = reader.m_archive->zip;
    if (!zip.open(QuaZip::mdUnzip))
        return invalid(QStringLiteral("not a zip archive (QuaZip error %1)").arg(zip.getZipError()));
    const QList<QuaZipFileInfo64> infos = zip.getFileInfoList64();
    if (zip.getZipError() != UNZ_OK)
        return invalid(QStringLiteral("damaged central directory (QuaZip error %1)").arg(zip.getZipError()));
    for (const QuaZipFileInfo64 &info : infos) {
        // Two parts of one name: which one a reader takes is a guess another program may not share.
        if (reader.m_entries.contains(info.name))
            return invalid(u"part stored twice: "_qs + info.name);
        reader.m_entries.insert(info.name, Entry{info.method, info.flags, info.uncompressedSize});
    }
    return reader;
}

Result<QByteArray> ZipReader::read(const QString &name)
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd())
        return invalid(u"missing part "_qs + name);
    const Entry &e = it.value();
    if (e.flags & kEncryptedFlag)
        return unsupported(u"encrypted part "_qs + name);
    if (e.method != kStored && e.method != kDeflated)
        return unsupported(QStringLiteral("compression method %1 in %2").arg(e.method).arg(name));
    // The declared size first (a bomb that says what it is), then every byte actually produced.
    if (e.size > quint64(qMax<qint64>(m_budget, 0)))
        return unsupported(u"too much data to unpack at "_qs + name);

    QuaZip &zip = m_archive->zip;
    if (!zip.setCurrentFile(name, QuaZip::csSensitive))
        return invalid(u"cannot find part "_qs + name);
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return invalid(
            QStringLiteral("cannot open part %1 (QuaZip error %2)").arg(name).arg(file.getZipError()));
    QByteArray out;
    out.reserve(qsizetype(e.size));
    char chunk[64 * 1024];
    for (;;) {
        const qint64 n = file.read(chunk, sizeof chunk);
        if (n < 0)
            return invalid(
                QStringLiteral("%1 does not inflate (QuaZip error %2)").arg(name).arg(file.getZipError()));
        if (n == 0)
            break;
        if (out.size() + n > m_budget)
            return unsupported(u"too much data to unpack at "_qs + name);
        out.append(chunk, qsizetype(n));
    }
    // minizip stops at the declared size and checks the CRC only when it got there: a part that
    // ends early has to be caught here.
    if (quint64(out.size()) != e.size)
        return invalid(QStringLiteral("%1 does not inflate to its %2 bytes").arg(name).arg(e.size));
    file.close();
    if (file.getZipError() != UNZ_OK)
        return invalid(u"checksum mismatch in "_qs + name);
    m_budget -= out.size();
    return out;
}

} // namespace hpf::client
