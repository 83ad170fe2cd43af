#include "base/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hpf::privatefiles {

namespace {

Error failed(const QString &path, const char *what)
{
    return makeError(
        u"file.permissions"_qs, path,
        QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(errno))));
}

} // namespace

void restrictNewFiles()
{
    ::umask(S_IRWXG | S_IRWXO);
}

Status makePrivateDirectory(const QString &dir)
{
    // Folders are created one level at a time so each new one is 0700; an existing folder (the
    // user's home, /tmp, a folder IT chose) is left as it is: the files in it are private.
    const QString absolute = QDir::cleanPath(QDir(dir).absolutePath());
    if (QFileInfo(absolute).isDir())
        return {};
    const QString parent = QFileInfo(absolute).path();
    if (parent != absolute) {
        if (Status s = makePrivateDirectory(parent); !s)
            return s;
    }
    if (::mkdir(QFile::encodeName(absolute).constData(), S_IRWXU) != 0 && errno != EEXIST)
        return failed(absolute, "mkdir");
    if (::chmod(QFile::encodeName(absolute).constData(), S_IRWXU) != 0)
        return failed(absolute, "chmod 0700");
    return {};
}

Status tightenFile(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat st;
    if (::stat(name.constData(), &st) != 0)
        return errno == ENOENT ? Status{} : Status(failed(path, "stat"));
    if ((st.st_mode & 0777) == (S_IRUSR | S_IWUSR))
        return {};
    if (::chmod(name.constData(), S_IRUSR | S_IWUSR) != 0)
        return failed(path, "chmod 0600");
    return {};
}

Status prepareSqliteFile(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (Status s = makePrivateDirectory(folder); !s)
            return s;
    }
    // Never open() a file that exists: closing any descriptor of a file drops every POSIX lock
    // this process holds on it, including SQLite's on other connections. Only a file that did not
    // exist (O_EXCL: ours alone) is opened and closed here.
    const QByteArray name = QFile::encodeName(path);
    struct stat st;
    if (::stat(name.constData(), &st) != 0) {
        const int fd = ::open(name.constData(), O_RDONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
        if (fd >= 0)
            ::close(fd);
        else if (errno != EEXIST)
            return failed(path, "create");
    }
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        if (Status s = tightenFile(path + QLatin1String(suffix)); !s)
            return s;
    }
    return {};
}

int permissionBits(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

} // namespace hpf::privatefiles
