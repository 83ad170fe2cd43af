#include "logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <cstdio>

namespace hpf {
Q_LOGGING_CATEGORY(lcCore, "hpf.core")
Q_LOGGING_CATEGORY(lcCrypto, "hpf.core.crypto")
} // namespace hpf

namespace hpf::logging {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isX(QStringView text, qsizetype at)
{
    return at < text.size() && (text[at] == u'X' || text[at] == u'x');
}

// Keeps `head` characters and `tail` characters of text[from, from + length), stars in between.
void appendMasked(QString &out, QStringView run, qsizetype head, qsizetype tail)
{
    out += run.left(head);
    out += QString(run.size() - head - tail, u'*');
    out += run.right(tail);
}

struct Sink
{
    QMutex mutex;
    QtMessageHandler previous = nullptr;
    QFile file;
};

Sink &sink()
{
    static Sink s;
    return s;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString masked = maskPersonalData(message);
    QtMessageHandler previous = nullptr;
    {
        Sink &s = sink();
        QMutexLocker lock(&s.mutex);
        previous = s.previous;
        if (s.file.isOpen()) {
            const QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u' ' +
                                 QLatin1String(levelName(type)) + u' ' +
                                 QLatin1String(context.category ? context.category : "default") + u": "_qs +
                                 masked + u'\n';
            s.file.write(line.toUtf8());
            s.file.flush();
        }
    }
    if (previous)
        previous(type, context, masked);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, masked)));
}

} // namespace

QString maskPersonalData(QStringView text)
{
    QString out;
    qsizetype copied = 0; // text[copied, i) is still to be copied unchanged
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isDigit(text[i]) || (i > 0 && isDigit(text[i - 1]))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isDigit(text[end]))
            ++end;
        const qsizetype digits = end - i;
        const QChar first = text[i];
        const QChar second = digits > 1 ? text[i + 1] : QChar();
        qsizetype length = 0; // of the personal number starting at i, 0 when the run is none
        qsizetype head = 4;
        qsizetype tail = 4;
        if (digits == 18 || digits == 15 || (digits == 17 && isX(text, end))) {
            length = digits == 17 ? 18 : digits; // identity number
        } else if (first == u'1' && (digits == 13 || (digits == 12 && isX(text, end)))) {
            length = 13; // personal account
        } else if (digits == 11 && first == u'1' && second >= u'3' && second <= u'9') {
            length = 11; // mobile
            head = 3;
        } else if (digits == 13 && first == u'8' && second == u'6' && text[i + 2] == u'1' &&
                   text[i + 3] >= u'3' && text[i + 3] <= u'9') {
            length = 13; // mobile behind the country code 86
            head = 5;
        }
        if (length > 0) {
            out += text.mid(copied, i - copied);
            appendMasked(out, text.mid(i, length), head, tail);
            copied = i + length;
        }
        i = end;
    }
    if (copied == 0)
        return text.toString();
    out += text.mid(copied);
    return out;
}

void install(const QString &program)
{
    Sink &s = sink();
    {
        QMutexLocker lock(&s.mutex);
        const QString dir = qEnvironmentVariable("HPF_LOG_DIR");
        if (!dir.isEmpty() && !s.file.isOpen() && QDir().mkpath(dir)) {
            s.file.setFileName(QDir(dir).filePath(
                u"%1-%2.log"_qs.arg(program, QString::number(QCoreApplication::applicationPid()))));
            if (s.file.open(QIODevice::WriteOnly | QIODevice::Append))
                s.file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }
    const QtMessageHandler before = qInstallMessageHandler(handler);
    if (before != handler) {
        QMutexLocker lock(&s.mutex);
        s.previous = before;
    }
}

QString logFilePath()
{
    Sink &s = sink();
    QMutexLocker lock(&s.mutex);
    return s.file.isOpen() ? s.file.fileName() : QString();
}

} // namespace hpf::logging
