#include "certificatebatch.h"

#include <QMutexLocker>

namespace hpf::printing {

CertificateBatch::CertificateBatch(QList<CertificateDocument> documents, int lookAhead)
    : m_documents(std::move(documents))
    , m_lookAhead(std::max(0, lookAhead))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(u"hpf.printing.certificatebatch"_qs);
}

CertificateBatch::~CertificateBatch()
{
    m_pool.clear(); // queued encodings never run; their jobs are dropped with m_ahead
    m_pool.waitForDone();
}

std::shared_ptr<CertificateBatch::Job> CertificateBatch::takeAndEncodeAhead(int index)
{
    QMutexLocker lock(&m_mutex);
    std::shared_ptr<Job> mine;
    if (auto it = m_ahead.find(index); it != m_ahead.end()) {
        mine = std::move(it->second);
        m_ahead.erase(it);
    }
    // Keep only what the next pages need (after a jump, the old window is stale).
    for (auto it = m_ahead.begin(); it != m_ahead.end();) {
        if (it->first <= index || it->first > index + m_lookAhead)
            it = m_ahead.erase(it);
        else
            ++it;
    }
    for (int next = index + 1; next <= index + m_lookAhead && next < pageCount(); ++next) {
        if (m_ahead.count(next))
            continue;
        // The job owns a copy of the document: it never touches the batch.
        auto job = std::make_shared<Job>();
        job->task =
            std::packaged_task<Symbol()>([doc = m_documents.at(next)] { return certificateSymbol(doc); });
        job->result = job->task.get_future();
        m_ahead.emplace(next, job);
        m_pool.start([job] { job->runUnlessClaimed(); });
    }
    return mine;
}

void CertificateBatch::paintPage(QPainter &painter, const QRectF &page, int index)
{
    if (index < 0 || index >= pageCount())
        return;
    const std::shared_ptr<Job> ahead = takeAndEncodeAhead(index);
    Symbol symbol;
    if (ahead) {
        ahead->runUnlessClaimed(); // not started yet: encode here rather than wait for the worker
        symbol = ahead->result.get();
    } else {
        symbol = certificateSymbol(m_documents.at(index));
    }
    paintCertificate(painter, page, m_documents.at(index), symbol ? &*symbol : nullptr);
}

} // namespace hpf::printing
