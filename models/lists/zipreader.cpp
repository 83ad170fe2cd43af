#include "zipreader.h"

#include <zlib.h>

namespace hpf::client {

namespace {

quint16 u16(const QByteArray &d, qint64 at)
{
    return quint16(uchar(d[at])) | quint16(uchar(d[at + 1])) << 8;
}

quint32 u32(const QByteArray &d, qint64 at)
{
    return quint32(u16(d, at)) | quint32(u16(d, at + 2)) << 16;
}

Error invalid(const QString &detail)
{
    return makeError(u"list.xlsx_invalid"_qs, {}, detail);
}

Error unsupported(const QString &detail)
{
    return makeError(u"list.xlsx_unsupported"_qs, {}, detail);
}

constexpr quint32 kEndOfDirectory = 0x06054b50;
constexpr quint32 kDirectoryEntry = 0x02014b50;
constexpr quint32 kLocalHeader = 0x04034b50;

} // namespace

Result<ZipReader> ZipReader::open(const QByteArray &data, qint64 maxUnpackedBytes)
{
    const qint64 size = data.size();
    if (size < 22)
        return invalid(u"too short for a zip archive"_qs);
    // The end-of-central-directory record sits in the last 22 + 65535 (comment) bytes.
    qint64 eocd = -1;
    for (qint64 at = size - 22; at >= 0 && at >= size - 22 - 0xFFFF; --at) {
        if (u32(data, at) == kEndOfDirectory) {
            eocd = at;
            break;
        }
    }
    if (eocd < 0)
        return invalid(u"no end of central directory"_qs);
    if (u16(data, eocd + 4) != 0 || u16(data, eocd + 6) != 0)
        return unsupported(u"multi-disk archive"_qs);
    const int count = u16(data, eocd + 10);
    const quint32 dirSize = u32(data, eocd + 12);
    const quint32 dirOffset = u32(data, eocd + 16);
    if (dirOffset == 0xFFFFFFFFu || count == 0xFFFF)
        return unsupported(u"zip64 archive"_qs);
    if (qint64(dirOffset) + dirSize > eocd)
        return invalid(u"central directory out of range"_qs);

    ZipReader zip;
    zip.m_data = &data;
    zip.m_budget = maxUnpackedBytes;
    qint64 at = dirOffset;
    for (int i = 0; i < count; ++i) {
        if (at + 46 > eocd || u32(data, at) != kDirectoryEntry)
            return invalid(QStringLiteral("bad central directory entry %1").arg(i));
        Entry e;
        e.flags = u16(data, at + 8);
        e.method = u16(data, at + 10);
        e.crc = u32(data, at + 16);
        e.compressedSize = u32(data, at + 20);
        e.size = u32(data, at + 24);
        const int nameLength = u16(data, at + 28);
        const int extraLength = u16(data, at + 30);
        const int commentLength = u16(data, at + 32);
        e.localOffset = u32(data, at + 42);
        if (at + 46 + nameLength > eocd)
            return invalid(u"entry name out of range"_qs);
        const QString name = QString::fromUtf8(data.constData() + at + 46, nameLength);
        zip.m_entries.insert(name, e);
        at += 46 + nameLength + extraLength + commentLength;
    }
    return zip;
}

Result<QByteArray> ZipReader::read(const QString &name)
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd())
        return invalid(u"missing part "_qs + name);
    const Entry &e = it.value();
    const QByteArray &data = *m_data;
    if (e.flags & 0x1)
        return unsupported(u"encrypted part "_qs + name);
    if (e.method != 0 && e.method != 8)
        return unsupported(QStringLiteral("compression method %1 in %2").arg(e.method).arg(name));
    if (e.size == 0xFFFFFFFFu || e.compressedSize == 0xFFFFFFFFu)
        return unsupported(u"zip64 part "_qs + name);
    if (qint64(e.size) > m_budget)
        return unsupported(u"too much data to unpack at "_qs + name);
    const qint64 local = e.localOffset;
    if (local + 30 > data.size() || u32(data, local) != kLocalHeader)
        return invalid(u"bad local header of "_qs + name);
    const qint64 start = local + 30 + u16(data, local + 26) + u16(data, local + 28);
    if (start + qint64(e.compressedSize) > data.size())
        return invalid(u"part out of range: "_qs + name);
    const char *src = data.constData() + start;

    QByteArray out;
    if (e.method == 0) {
        if (e.compressedSize != e.size)
            return invalid(u"stored sizes differ in "_qs + name);
        out = QByteArray(src, e.size);
    } else {
        out.resize(qsizetype(e.size));
        z_stream z{};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
            return invalid(u"zlib could not start"_qs);
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(src));
        z.avail_in = e.compressedSize;
        z.next_out = reinterpret_cast<Bytef *>(out.data());
        z.avail_out = e.size;
        const int rc = inflate(&z, Z_FINISH);
        const uLong produced = z.total_out;
        inflateEnd(&z);
        // Z_BUF_ERROR with a full buffer: the data inflates to more than the directory says.
        if (rc != Z_STREAM_END || produced != e.size)
            return invalid(QStringLiteral("%1 does not inflate to its %2 bytes").arg(name).arg(e.size));
    }
    if (crc32(0L, reinterpret_cast<const Bytef *>(out.constData()), uInt(out.size())) != e.crc)
        return invalid(u"checksum mismatch in "_qs + name);
    m_budget -= out.size();
    return out;
}

} // namespace hpf::client
