#pragma once

#include "platform/sharing/shareddata.h"

#include <QHash>
#include <QJsonObject>

// TRAINING ONLY — NOT A REAL SHARING INTERFACE. Answers the sharing-interface port from a JSON file
// (`serve --shared-data FILE`, written by `demo-seed` beside the database) so that the training
// back end can show 零要件 withdrawals without any agency's register:
//   {"training": true,
//    "property":  {"<documentType>:<documentNumber>": {"summary": "…", "facts": {…}}, …},
//    "bank_loan": {…}, "marriage": {…}, "identity": {…}}
// A person listed under a source is "found"; anyone else is not. The provider is "training".
namespace hpf::server {

class TrainingSharedData final : public SharedDataSource
{
public:
    // Errors: sharing.file (unreadable, not the shape above, or "training" not true).
    static Result<std::shared_ptr<TrainingSharedData>> fromFile(const QString &path);
    static Result<std::shared_ptr<TrainingSharedData>> fromJson(const QJsonObject &document);

    Result<SharedAnswer> query(const QString &source, const SharedSubject &subject,
                               const QJsonObject &evidence) const override;

private:
    QHash<QString, QJsonObject> m_sources; // source → {identity key → record}
};

struct ServerContext;

// `serve --shared-data FILE`: installs the training implementation on the context. Without the
// option an SQLite database's "<path>.shared-data.json" is used when it exists; otherwise none is
// installed (shared queries are refused). Errors: sharing.file.
Status installTrainingSharedData(ServerContext &server, const QString &file, const QString &databaseUrl);

// demo-seed: writes `document` to `file` (default: beside an SQLite database; a PostgreSQL seed
// without --shared-data writes nothing). Returns the log line. Errors: sharing.file.
Result<QString> writeTrainingSharedData(const QJsonObject &document, const QString &file,
                                        const QString &databaseUrl);

} // namespace hpf::server
