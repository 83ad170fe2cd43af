#include "certificatebatch.h"

#include <QMutexLocker>
#include <memory>

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
    m_pool.clear(); // queued encodings never run; their futures are dropped with m_ahead
    m_pool.waitForDone();
}

std::future<CertificateBatch::Symbol> CertificateBatch::takeOrEncodeAhead(int index)
{
    QMutexLocker lock(&m_mutex);
    std::future<Symbol> mine;
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
        // The task owns a copy of the text: it never touches the batch.
        auto task = std::make_shared<std::packaged_task<Symbol()>>(
            [doc = m_documents.at(next)] { return certificateSymbol(doc); });
        m_ahead.emplace(next, task->get_future());
        m_pool.start([task] { (*task)(); });
    }
    return mine;
}

void CertificateBatch::paintPage(QPainter &painter, const QRectF &page, int index)
{
    if (index < 0 || index >= pageCount())
        return;
    std::future<Symbol> ahead = takeOrEncodeAhead(index);
    const Symbol symbol = ahead.valid() ? ahead.get() : certificateSymbol(m_documents.at(index));
    paintCertificate(painter, page, m_documents.at(index), symbol ? &*symbol : nullptr);
}

} // namespace hpf::printing
