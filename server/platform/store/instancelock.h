#pragma once

#include "base/result.h"

#include <QString>
#include <memory>

// One SQLite database, one serving process: `hpf-server serve` holds an exclusive flock() on
// "<database>.lock" for its whole life (the kernel releases it when the process ends, however it
// ends), and a second server on the same file refuses to start. The file records the holder's pid
// for the message and for the training launcher. PostgreSQL serves many instances: no lock there.
namespace hpf::server {

class InstanceLock
{
public:
    // Exit code of `hpf-server serve` when another server holds the database.
    static constexpr int exitCodeInUse = 3;

    ~InstanceLock();
    InstanceLock(const InstanceLock &) = delete;
    InstanceLock &operator=(const InstanceLock &) = delete;

    static QString lockPath(const QString &databasePath) { return databasePath + QStringLiteral(".lock"); }

    // Error db.in_use (detail names the holder's pid) or file.permissions.
    static Result<std::unique_ptr<InstanceLock>> acquire(const QString &databasePath);
    // The pid written by the current holder, 0 when unknown.
    static qint64 holderPid(const QString &databasePath);

private:
    explicit InstanceLock(int fd)
        : m_fd(fd)
    {}
    int m_fd = -1;
};

} // namespace hpf::server
