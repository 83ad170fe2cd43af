#pragma once

#include "lists/employeelistfile.h"
#include "lists/employeelistvalidator.h"

#include <QFutureWatcher>
#include <QObject>

// Reads and validates an employee list off the GUI thread (QtConcurrent), with progress and
// cancellation. One import at a time; starting another cancels the one running.
namespace hpf::client {

struct ListImport
{
    QString path;
    Status status; // why the file could not be read (list.encoding_mixed, list.missing_column …)
    EmployeeList list;
    ListValidation validation;
};

class EmployeeListImport : public QObject
{
    Q_OBJECT
public:
    explicit EmployeeListImport(QObject *parent = nullptr);
    ~EmployeeListImport() override;

    void start(const QString &path, const ListValidationOptions &options, const ListLimits &limits = {});
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    // The last finished import (empty until one finished without being cancelled).
    const ListImport &result() const { return m_result; }

signals:
    void progressChanged(int permille); // 0…1000
    void finished(bool cancelled);

private:
    void onFinished();

    QFutureWatcher<ListImport> m_watcher;
    ListImport m_result;
};

// The body of the import, on the calling thread: read (0–20 %), validate (20–100 %).
// `progress(permille)` returning false cancels.
ListImport importList(const QString &path, const ListValidationOptions &options, const ListLimits &limits,
                      const std::function<bool(int)> &progress);

} // namespace hpf::client
