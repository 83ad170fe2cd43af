#include "integration/sharing/trainingshareddata.h"

#include "platform/context.h"
#include "platform/store/database.h"

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

namespace hpf::server {

Q_LOGGING_CATEGORY(lcSharing, "hpf.server.sharing")

namespace {

QString besideDatabase(const QString &databaseUrl)
{
    auto config = DatabaseConfig::parse(databaseUrl);
    if (!config || config->dialect != Dialect::Sqlite)
        return {};
    return config->path + u".shared-data.json"_qs;
}

const QStringList kSources{u"property"_qs, u"bank_loan"_qs, u"marriage"_qs, u"identity"_qs};

QString notFoundSummary(const QString &source)
{
    if (source == u"property")
        return u"名下无登记住房"_qs;
    if (source == u"bank_loan")
        return u"无商业住房贷款记录"_qs;
    if (source == u"identity")
        return u"公安身份信息未核验"_qs;
    return u"无婚姻登记记录"_qs;
}

} // namespace

Result<std::shared_ptr<TrainingSharedData>> TrainingSharedData::fromJson(const QJsonObject &document)
{
    if (document.value(u"training"_qs) != QJsonValue(true))
        return makeError(u"sharing.file"_qs, {}, u"not a training shared-data file (\"training\": true)"_qs);
    auto out = std::make_shared<TrainingSharedData>();
    for (auto it = document.begin(); it != document.end(); ++it) {
        if (it.key() == u"training")
            continue;
        if (!kSources.contains(it.key()) || !it.value().isObject())
            return makeError(u"sharing.file"_qs, {}, u"unknown source or not an object: "_qs + it.key());
        const QJsonObject records = it.value().toObject();
        for (auto r = records.begin(); r != records.end(); ++r) {
            const QJsonObject record = r.value().toObject();
            if (!r.value().isObject() || !record.value(u"summary"_qs).isString())
                return makeError(u"sharing.file"_qs, {}, it.key() + u": a record without a summary"_qs);
        }
        out->m_sources.insert(it.key(), records);
    }
    return out;
}

Result<std::shared_ptr<TrainingSharedData>> TrainingSharedData::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(u"sharing.file"_qs, {}, path + u": "_qs + file.errorString());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return makeError(u"sharing.file"_qs, {}, path + u": "_qs + error.errorString());
    return fromJson(doc.object());
}

Result<SharedAnswer> TrainingSharedData::query(const QString &source, const SharedSubject &subject,
                                               const QJsonObject &) const
{
    if (!kSources.contains(source))
        return makeError(u"sharing.source"_qs, u"source"_qs, source);
    SharedAnswer answer;
    answer.provider = u"training"_qs;
    const QJsonObject record =
        m_sources.value(source).value(subject.documentType + u':' + subject.documentNumber).toObject();
    answer.found = !record.isEmpty();
    answer.summary = answer.found ? record.value(u"summary"_qs).toString() : notFoundSummary(source);
    answer.facts = record.value(u"facts"_qs).toObject();
    return answer;
}

Status installTrainingSharedData(ServerContext &server, const QString &file, const QString &databaseUrl)
{
    QString path = file;
    if (path.isEmpty()) {
        path = besideDatabase(databaseUrl);
        if (path.isEmpty() || !QFile::exists(path))
            return {};
    }
    auto source = TrainingSharedData::fromFile(path);
    if (!source)
        return source.error();
    server.sharedData = *source;
    qCInfo(lcSharing) << "TRAINING sharing interfaces answer from" << path;
    return {};
}

Result<QString> writeTrainingSharedData(const QJsonObject &document, const QString &file,
                                        const QString &databaseUrl)
{
    const QString path = file.isEmpty() ? besideDatabase(databaseUrl) : file;
    if (path.isEmpty())
        return u"training shared data: not written (PostgreSQL without --shared-data)"_qs;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(QJsonDocument(document).toJson(QJsonDocument::Indented)) < 0 || !out.commit())
        return makeError(u"sharing.file"_qs, {}, path + u": "_qs + out.errorString());
    return QString(u"training shared data: "_qs + path + u" (serve reads it beside the database)"_qs);
}

} // namespace hpf::server
