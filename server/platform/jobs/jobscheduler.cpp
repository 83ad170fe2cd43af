#include "platform/jobs/jobscheduler.h"

#include <QtConcurrent/QtConcurrentRun>

namespace hpf::server {

JobScheduler::JobScheduler(JobRunner &runner, int pollMilliseconds, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // keep the thread, and with it its database connection
    m_timer.setInterval(qMax(10, pollMilliseconds));
    connect(&m_timer, &QTimer::timeout, this, &JobScheduler::poll);
}

JobScheduler::~JobScheduler()
{
    stop();
}

void JobScheduler::start()
{
    m_timer.start();
}

void JobScheduler::stop()
{
    m_timer.stop();
    m_pool.waitForDone();
}

void JobScheduler::poll()
{
    if (m_busy || !m_runner.hasHandlers())
        return;
    m_busy = true;
    QtConcurrent::run(&m_pool, [this] {
        return m_runner.runDue();
    }).then(this, [this](const Result<int> &claimed) {
        m_busy = false;
        if (!claimed) {
            qCWarning(lcJobs) << "job poll failed:" << claimed.error().code << claimed.error().detail;
            return;
        }
        if (*claimed > 0)
            emit ran(*claimed);
        if (m_timer.isActive() && *claimed > 0)
            QTimer::singleShot(0, this, &JobScheduler::poll); // more may be due
    });
}

} // namespace hpf::server
