#pragma once

#include "certificatedoc.h"

#include <QList>
#include <QMutex>
#include <QPainter>
#include <QRectF>
#include <QThreadPool>
#include <future>
#include <map>
#include <optional>

namespace hpf::printing {

// Paints a batch of certificates, one per page, exactly as paintCertificate() paints each one.
// Encoding a page's QR symbol (libqrencode tries all eight masks) is a sixth of the page's time,
// so while page i is painted and compressed, the symbols of the next pages are encoded on a
// thread of the batch's own (never the global) thread pool. Pages may be painted in any order
// (a printer may ask for a range or reversed pages): a page that was not encoded ahead is encoded
// on the spot. paintPage() may be called from any one thread at a time.
class CertificateBatch
{
public:
    explicit CertificateBatch(QList<CertificateDocument> documents, int lookAhead = 4);
    ~CertificateBatch(); // drops what is queued, waits for the encoding in progress
    CertificateBatch(const CertificateBatch &) = delete;
    CertificateBatch &operator=(const CertificateBatch &) = delete;

    int pageCount() const { return int(m_documents.size()); }
    const QList<CertificateDocument> &documents() const { return m_documents; }

    void paintPage(QPainter &painter, const QRectF &page, int index);

private:
    using Symbol = std::optional<QrSymbol>;
    std::future<Symbol> takeOrEncodeAhead(int index);

    const QList<CertificateDocument> m_documents;
    const int m_lookAhead;
    QMutex m_mutex;
    std::map<int, std::future<Symbol>> m_ahead; // under m_mutex
    QThreadPool m_pool;
};

} // namespace hpf::printing
