#pragma once

// Zip archives written byte by byte for the readers' tests: local headers, central directory and
// end record as spreadsheet programs write them, so a test can also spoil any field of them.
#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

namespace hpf::test {

inline quint32 crc32Of(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data) {
        crc ^= uchar(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

inline void put16(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xFF)).append(char(v >> 8));
}

inline void put32(QByteArray &out, quint32 v)
{
    put16(out, quint16(v & 0xFFFF));
    put16(out, quint16(v >> 16));
}

// A zip archive as spreadsheet programs write it: local headers, central directory, end record.
// Parts are deflated (raw deflate taken out of qCompress's zlib stream) or stored.
inline QByteArray zip(const QList<std::pair<QString, QByteArray>> &parts, bool deflate)
{
    QByteArray out, directory;
    for (const auto &[name, data] : parts) {
        QByteArray body = data;
        if (deflate) {
            const QByteArray z = qCompress(data, 9); // 4-byte size, zlib header (2), deflate, adler32 (4)
            body = z.mid(6, z.size() - 10);
        }
        const QByteArray n = name.toUtf8();
        const quint32 offset = quint32(out.size());
        auto header = [&](QByteArray &h, bool central) {
            put32(h, central ? 0x02014b50 : 0x04034b50);
            if (central)
                put16(h, 20);
            put16(h, 20);
            put16(h, 0);
            put16(h, deflate ? 8 : 0);
            put16(h, 0);
            put16(h, 0);
            put32(h, crc32Of(data));
            put32(h, quint32(body.size()));
            put32(h, quint32(data.size()));
            put16(h, quint16(n.size()));
            put16(h, 0);
            if (central) {
                put16(h, 0);
                put16(h, 0);
                put16(h, 0);
                put32(h, 0);
                put32(h, offset);
            }
            h.append(n);
        };
        header(out, false);
        out.append(body);
        header(directory, true);
    }
    const quint32 dirOffset = quint32(out.size());
    out.append(directory);
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(parts.size()));
    put16(out, quint16(parts.size()));
    put32(out, quint32(directory.size()));
    put32(out, dirOffset);
    put16(out, 0);
    return out;
}

// Offsets of the one entry of a single-part archive from zip(): its local header is at 0, its
// central directory entry where the end record says.
inline qsizetype centralEntryOffset(const QByteArray &archive)
{
    const qsizetype end = archive.size() - 22;
    const auto at = [&](qsizetype i) { return qsizetype(uchar(archive[i])); };
    return at(end + 16) | at(end + 17) << 8 | at(end + 18) << 16 | at(end + 19) << 24;
}

// Writes `value` into a field of both headers of the single entry; `localOffset` is the field's
// offset in the local header (the central entry has it 2 bytes further: "version made by").
inline void patchEntry(QByteArray &archive, qsizetype localOffset, quint32 value, int bytes)
{
    const qsizetype central = centralEntryOffset(archive);
    for (int i = 0; i < bytes; ++i) {
        archive[localOffset + i] = char(value >> (8 * i) & 0xFF);
        archive[central + localOffset + 2 + i] = char(value >> (8 * i) & 0xFF);
    }
}

} // namespace hpf::test
