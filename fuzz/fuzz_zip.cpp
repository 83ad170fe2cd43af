// libFuzzer target: the zip reader under the XLSX import on arbitrary bytes. Opening and inflating
// every part an XLSX reader asks for must never crash, never read outside the input, and never
// unpack more than its cap.
#include "lists/zipreader.h"

#include <QByteArray>
#include <cstdint>
#include <cstdlib>

using namespace hpf::client;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    constexpr qint64 cap = 1024 * 1024;
    auto opened = ZipReader::open(bytes, cap);
    if (!opened)
        return 0;
    ZipReader zip = std::move(opened).value();
    qint64 unpacked = 0;
    for (const QString &name :
         {u"[Content_Types].xml"_qs, u"xl/workbook.xml"_qs, u"xl/_rels/workbook.xml.rels"_qs,
          u"xl/sharedStrings.xml"_qs, u"xl/worksheets/sheet1.xml"_qs, u"a"_qs, u"xl/workbook.xml"_qs}) {
        if (!zip.contains(name))
            continue;
        const auto part = zip.read(name);
        if (!part)
            continue;
        unpacked += part->size();
        if (unpacked > cap)
            std::abort(); // the cap counts every part read
    }
    return 0;
}
