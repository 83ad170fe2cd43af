#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

// A minimal reader for the zip container of an XLSX workbook: the central directory, stored and
// deflated entries (zlib raw inflate), sizes checked against the directory and a cap on what is
// unpacked. No zip64, no encryption, no multi-disk archives (list.xlsx_unsupported).
namespace hpf::client {

class ZipReader
{
public:
    // Reads the central directory of `data` (kept by reference: it must outlive the reader).
    // Errors: list.xlsx_invalid, list.xlsx_unsupported.
    static Result<ZipReader> open(const QByteArray &data, qint64 maxUnpackedBytes);

    bool contains(const QString &name) const { return m_entries.contains(name); }
    // Inflates one entry; counts it against the unpacked-size cap.
    Result<QByteArray> read(const QString &name);

private:
    struct Entry
    {
        quint16 method = 0;
        quint16 flags = 0;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 localOffset = 0;
    };

    const QByteArray *m_data = nullptr;
    QHash<QString, Entry> m_entries;
    qint64 m_budget = 0;
};

} // namespace hpf::client
