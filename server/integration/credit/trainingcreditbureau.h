#pragma once

#include "platform/credit/creditbureau.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>

// TRAINING ONLY — NOT THE CREDIT SYSTEM. Answers the credit port (platform/credit/creditbureau.h)
// from files in a directory (`serve --credit-dir DIR`; by default "<database>.credit" beside an
// SQLite database, made by `demo-seed`):
//   reports.json          {"training": true, "reports": {"<documentType>:<documentNumber>":
//                          {"summary": "…", "facts": {"openLoans": 1, …}}, …}}
//                         a person listed is "found"; anyone else has no credit record;
//   submissions/<yyyy-MM>.json   written by each month's 征信报送 (the same month overwrites the
//                          same file, so a repeated submission is harmless).
// The provider of every answer is "TRAINING credit bureau".
namespace hpf::server {

class TrainingCreditBureau final : public CreditBureau
{
public:
    static constexpr char kProvider[] = "TRAINING credit bureau";

    // Errors: credit.file (reports.json unreadable, not the shape above, or "training" not true).
    static Result<std::shared_ptr<TrainingCreditBureau>> open(const QString &directory);

    Result<CreditReport> fetchReport(const CreditSubject &subject,
                                     const QString &authorisation) const override;
    Result<CreditSubmissionReceipt> submitMonth(const QString &month,
                                                const QList<CreditStatusRow> &rows) const override;

    QString directory() const { return m_directory; }
    // How many batches this instance submitted (tests: a month run twice is submitted once).
    int submissions() const;

private:
    QString m_directory;
    QHash<QString, QJsonObject> m_reports; // identity key → record
    mutable QMutex m_mutex;
    mutable int m_submissions = 0;
};

struct ServerContext;

// `serve --credit-dir DIR`: installs the training bureau on the context. Without the option an
// SQLite database's "<path>.credit" directory is used when it exists; otherwise none is installed
// (credit reports and submissions are refused: credit.unavailable). Errors: credit.file.
Status installTrainingCreditBureau(ServerContext &server, const QString &directory,
                                   const QString &databaseUrl);

// demo-seed: writes reports.json into `directory` (default beside an SQLite database; a
// PostgreSQL seed without a directory writes nothing). Returns the log line. Errors: credit.file.
Result<QString> writeTrainingCreditReports(const QJsonObject &reports, const QString &directory,
                                           const QString &databaseUrl);

} // namespace hpf::server
