#pragma once

#include "certificatedoc.h"

#include <QList>
#include <QMutex>
#include <QPainter>
#include <QRectF>
#include <QThreadPool>
#include <atomic>
#include <future>
#include <map>
#include <memory>
#include <optional>

namespace hpf::printing {

// Paints a batch of certificates, one per page, exactly as paintCertificate() paints each one.
// Encoding a page's QR symbol (libqrencode tries all eight masks) is a sixth of the page's time,
// so while page i is painted and compressed, the symbols of the next pages are encoded on a
// thread of the batch's own (never the global) thread pool. A symbol whose encoding has not
// started when its page comes (the worker is busy or descheduled on a loaded machine) is encoded
// by the painting thread itself, so painting never waits for a queued job. Pages may be painted in
// any order (a printer may ask for a range or reversed pages): a page that was not encoded ahead
// is encoded on the spot. paintPage() may be called from any one thread at a time.
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
    // One encoding, run once by whichever thread claims it first.
    struct Job
    {
        std::atomic_bool claimed = false;
        std::packaged_task<Symbol()> task;
        std::future<Symbol> result;
        void runUnlessClaimed()
        {
            if (!claimed.exchange(true))
                task();
        }
    };
    std::shared_ptr<Job> takeAndEncodeAhead(int index);

    const QList<CertificateDocument> m_documents;
    const int m_lookAhead;
    QMutex m_mutex;
    std::map<int, std::shared_ptr<Job>> m_ahead; // under m_mutex
    QThreadPool m_pool;
};

} // namespace hpf::printing
