#include "lists/employeelistimport.h"

#include "lists/employeelistfile_p.h"

#include <QElapsedTimer>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace hpf::client {

ListImport importList(const QString &path, const ListValidationOptions &options, const ListLimits &limits,
                      const std::function<bool(int)> &progress)
{
    ListImport out;
    out.path = path;
    QElapsedTimer timer;
    timer.start();
    auto list = employeelist::read(path, limits);
    if (!list) {
        out.status = list.error();
        return out;
    }
    out.list = std::move(list).value();
    if (!progress(200)) {
        out.validation.cancelled = true;
        return out;
    }
    const int total = int(qMax<qsizetype>(1, out.list.rows.size()));
    out.validation = EmployeeListValidator(options).validate(
        out.list, [&](int done) { return progress(200 + int(qint64(done) * 800 / total)); });
    qCInfo(lcLists) << (out.validation.cancelled ? "validation cancelled:" : "validated")
                    << out.list.rows.size() << "rows," << out.validation.failingRows << "failing, in"
                    << timer.elapsed() << "ms";
    return out;
}

EmployeeListImport::EmployeeListImport(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ListImport>::progressValueChanged, this,
            &EmployeeListImport::progressChanged);
    connect(&m_watcher, &QFutureWatcher<ListImport>::finished, this, &EmployeeListImport::onFinished);
}

EmployeeListImport::~EmployeeListImport()
{
    m_watcher.cancel();
    m_watcher.waitForFinished(); // the worker checks for cancellation every few hundred rows
}

void EmployeeListImport::start(const QString &path, const ListValidationOptions &options,
                               const ListLimits &limits)
{
    if (m_watcher.isRunning()) {
        m_watcher.disconnect(this);
        m_watcher.cancel();
        m_watcher.waitForFinished();
        connect(&m_watcher, &QFutureWatcher<ListImport>::progressValueChanged, this,
                &EmployeeListImport::progressChanged);
        connect(&m_watcher, &QFutureWatcher<ListImport>::finished, this, &EmployeeListImport::onFinished);
    }
    m_watcher.setFuture(QtConcurrent::run([path, options, limits](QPromise<ListImport> &promise) {
        promise.setProgressRange(0, 1000);
        ListImport result = importList(path, options, limits, [&promise](int permille) {
            promise.setProgressValue(permille);
            return !promise.isCanceled();
        });
        if (!promise.isCanceled() && !result.validation.cancelled)
            promise.addResult(std::move(result));
    }));
}

void EmployeeListImport::cancel()
{
    m_watcher.cancel();
}

void EmployeeListImport::onFinished()
{
    const QFuture<ListImport> future = m_watcher.future();
    if (m_watcher.isCanceled() || future.resultCount() == 0) {
        emit finished(true);
        return;
    }
    m_result = future.result();
    emit finished(false);
}

} // namespace hpf::client
