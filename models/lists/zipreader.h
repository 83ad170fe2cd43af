#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <memory>

// The zip container of an XLSX workbook, read with QuaZip (a maintained library: central directory,
// zip64, local-header coherence, CRC). What QuaZip leaves to its caller is done here: a cap on what
// is unpacked (a zip bomb's declared and actual sizes), entries whose inflated size differs from the
// directory, duplicate names, and the methods an XLSX uses (stored, deflated) — nothing encrypted.
// Errors: list.xlsx_invalid, list.xlsx_unsupported.
namespace hpf::client {

class ZipReader
{
public:
    // Reads the central directory of `data` (kept by reference: it must outlive the reader).
    static Result<ZipReader> open(const QByteArray &data, qint64 maxUnpackedBytes);

    ZipReader(ZipReader &&) noexcept;
    ZipReader &operator=(ZipReader &&) noexcept;
    ~ZipReader();

    // Exact names as stored: "xl/workbook.xml" does not match "/xl/workbook.xml" or "xl\workbook.xml".
    bool contains(const QString &name) const { return m_entries.contains(name); }
    // Inflates one entry; counts it against the unpacked-size cap shared by every read.
    Result<QByteArray> read(const QString &name);

private:
    struct Entry
    {
        quint16 method = 0;
        quint16 flags = 0;
        quint64 size = 0;
    };
    struct Archive;

    ZipReader();

    std::unique_ptr<Archive> m_archive;
    QHash<QString, Entry> m_entries;
    qint64 m_budget = 0;
};

} // namespace hpf::client
