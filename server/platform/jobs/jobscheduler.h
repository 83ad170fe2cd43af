#pragma once

#include "platform/jobs/jobrunner.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

// Drives a JobRunner from the event loop of its owner's thread: a QTimer polls, and each poll runs
// JobRunner::runDue() on a one-thread pool (which keeps its database connection), never more than
// one at a time; a full batch polls again at once. Nothing sleeps; stop() waits for the run in
// progress.
namespace hpf::server {

class JobScheduler : public QObject
{
    Q_OBJECT
public:
    JobScheduler(JobRunner &runner, int pollMilliseconds, QObject *parent = nullptr);
    ~JobScheduler() override;

    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

signals:
    // After each poll that claimed jobs (for logs and tests).
    void ran(int claimed);

private:
    void poll();

    JobRunner &m_runner;
    QTimer m_timer;
    QThreadPool m_pool;
    bool m_busy = false;
};

} // namespace hpf::server
