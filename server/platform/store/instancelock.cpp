#include "platform/store/instancelock.h"

#include "base/privatefiles.h"
#include "logging.h"

#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hpf::server {

InstanceLock::~InstanceLock()
{
    if (m_fd >= 0) {
        ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
    }
}

qint64 InstanceLock::holderPid(const QString &databasePath)
{
    QFile file(lockPath(databasePath));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = file.read(64).trimmed();
    return text.startsWith("pid=") ? text.mid(4).toLongLong() : 0;
}

Result<std::unique_ptr<InstanceLock>> InstanceLock::acquire(const QString &databasePath)
{
    const QString path = lockPath(QFileInfo(databasePath).absoluteFilePath());
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return makeError(u"file.permissions"_qs, path,
                         u"cannot open the lock file: "_qs + QString::fromLocal8Bit(std::strerror(errno)));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        ::close(fd);
        if (error == EWOULDBLOCK) {
            const qint64 pid = holderPid(databasePath);
            return makeError(
                u"db.in_use"_qs, path,
                QStringLiteral("another hpf-server (pid %1) is already serving this SQLite database; "
                               "one database has one server")
                    .arg(pid));
        }
        return makeError(u"file.permissions"_qs, path,
                         u"cannot lock: "_qs + QString::fromLocal8Bit(std::strerror(error)));
    }
    auto lock = std::unique_ptr<InstanceLock>(new InstanceLock(fd));
    if (Status s = privatefiles::tightenFile(path); !s)
        return s.error();
    const QByteArray text = "pid=" + QByteArray::number(qint64(::getpid())) + '\n';
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, text.constData(), size_t(text.size()), 0) != text.size())
        qCWarning(lcStore) << "cannot record the pid in" << path;
    return lock;
}

} // namespace hpf::server
