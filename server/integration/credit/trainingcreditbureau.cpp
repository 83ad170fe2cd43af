#include "integration/credit/trainingcreditbureau.h"

#include "platform/context.h"
#include "platform/store/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

namespace hpf::server {

Q_LOGGING_CATEGORY(lcCredit, "hpf.server.credit")

namespace {

QString besideDatabase(const QString &databaseUrl)
{
    auto config = DatabaseConfig::parse(databaseUrl);
    if (!config || config->dialect != Dialect::Sqlite)
        return {};
    return config->path + u".credit"_qs;
}

Status writeJson(const QString &path, const QJsonObject &document)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(QJsonDocument(document).toJson(QJsonDocument::Indented)) < 0 || !out.commit())
        return makeError(u"credit.unavailable"_qs, {}, path + u": "_qs + out.errorString());
    return {};
}

} // namespace

Result<std::shared_ptr<TrainingCreditBureau>> TrainingCreditBureau::open(const QString &directory)
{
    auto out = std::make_shared<TrainingCreditBureau>();
    out->m_directory = directory;
    if (!QDir().mkpath(directory))
        return makeError(u"credit.file"_qs, {}, directory + u": cannot make the directory"_qs);
    QFile file(QDir(directory).filePath(u"reports.json"_qs));
    if (!file.exists())
        return out; // nobody has a credit record
    if (!file.open(QIODevice::ReadOnly))
        return makeError(u"credit.file"_qs, {}, file.fileName() + u": "_qs + file.errorString());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(u"training"_qs) != QJsonValue(true))
        return makeError(u"credit.file"_qs, {},
                         file.fileName() + u": not a training file (\"training\": true)"_qs);
    const QJsonObject reports = root.value(u"reports"_qs).toObject();
    for (auto it = reports.begin(); it != reports.end(); ++it) {
        if (!it.value().isObject() || !it.value().toObject().value(u"summary"_qs).isString())
            return makeError(u"credit.file"_qs, {}, file.fileName() + u": a report without a summary"_qs);
        out->m_reports.insert(it.key(), it.value().toObject());
    }
    return out;
}

Result<CreditReport> TrainingCreditBureau::fetchReport(const CreditSubject &subject,
                                                       const QString &authorisation) const
{
    if (authorisation.isEmpty())
        return makeError(u"credit.unavailable"_qs, {}, u"no authorisation reference"_qs);
    CreditReport report;
    report.provider = QString::fromLatin1(kProvider);
    const QJsonObject record = m_reports.value(subject.documentType + u':' + subject.documentNumber);
    report.found = !record.isEmpty();
    report.summary = report.found ? record.value(u"summary"_qs).toString() : u"无信贷记录"_qs;
    report.facts = record.value(u"facts"_qs).toObject();
    if (!report.facts.contains(u"openLoans"_qs))
        report.facts.insert(u"openLoans"_qs, 0);
    return report;
}

Result<CreditSubmissionReceipt> TrainingCreditBureau::submitMonth(const QString &month,
                                                                  const QList<CreditStatusRow> &rows) const
{
    QJsonArray list;
    for (const CreditStatusRow &r : rows)
        list.append(r.toJson());
    const QJsonObject batch{{u"training"_qs, true}, {u"month"_qs, month}, {u"rows"_qs, list}};
    const QString dir = QDir(m_directory).filePath(u"submissions"_qs);
    if (!QDir().mkpath(dir))
        return makeError(u"credit.unavailable"_qs, {}, dir + u": cannot make the directory"_qs);
    if (Status s = writeJson(QDir(dir).filePath(month + u".json"_qs), batch); !s)
        return s.error();
    {
        QMutexLocker lock(&m_mutex);
        ++m_submissions;
    }
    // The reference depends on the month only: a repeated submission answers the same one.
    const QByteArray digest = QCryptographicHash::hash(month.toUtf8(), QCryptographicHash::Sha256).toHex();
    qCInfo(lcCredit) << "TRAINING credit bureau: month" << month << "submitted," << rows.size() << "rows";
    return CreditSubmissionReceipt{u"TRAINING-"_qs + month + u'-' + QString::fromLatin1(digest.left(8)),
                                   QString::fromLatin1(kProvider)};
}

int TrainingCreditBureau::submissions() const
{
    QMutexLocker lock(&m_mutex);
    return m_submissions;
}

Status installTrainingCreditBureau(ServerContext &server, const QString &directory,
                                   const QString &databaseUrl)
{
    QString path = directory;
    if (path.isEmpty()) {
        path = besideDatabase(databaseUrl);
        if (path.isEmpty() || !QFileInfo::exists(path))
            return {};
    }
    auto bureau = TrainingCreditBureau::open(path);
    if (!bureau)
        return bureau.error();
    server.creditBureau = *bureau;
    qCInfo(lcCredit) << "TRAINING credit bureau answers from" << path;
    return {};
}

Result<QString> writeTrainingCreditReports(const QJsonObject &reports, const QString &directory,
                                           const QString &databaseUrl)
{
    const QString path = directory.isEmpty() ? besideDatabase(databaseUrl) : directory;
    if (path.isEmpty())
        return u"training credit bureau: not written (PostgreSQL without --credit-dir)"_qs;
    if (!QDir().mkpath(path))
        return makeError(u"credit.file"_qs, {}, path + u": cannot make the directory"_qs);
    const QJsonObject document{{u"training"_qs, true}, {u"reports"_qs, reports}};
    if (Status s = writeJson(QDir(path).filePath(u"reports.json"_qs), document); !s)
        return makeError(u"credit.file"_qs, {}, s.error().detail);
    return QString(u"training credit bureau: "_qs + path + u" (serve reads it beside the database)"_qs);
}

} // namespace hpf::server
