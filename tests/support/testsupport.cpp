#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>

namespace hpf::test {

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(HPF_SOURCE_DIR)).filePath(relative);
}

int runProgram(const QString &program, const QStringList &args, const QByteArray &stdinData, QByteArray *out,
               QByteArray *err)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return -1;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(1000);
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

int readQrWithZbar(const QString &image, QByteArray *out)
{
    return runProgram(u"zbarimg"_qs, {u"--raw"_qs, u"-q"_qs, u"-Sdisable"_qs, u"-Sqrcode.enable"_qs, image},
                      {}, out);
}

bool componentsRequired()
{
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("CI")) == QLatin1String("true");
}

} // namespace hpf::test
