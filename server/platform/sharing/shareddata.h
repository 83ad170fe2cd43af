#pragma once

#include "base/result.h"

#include <QJsonObject>
#include <QString>

// The sharing-interface port (数据共享接口): other agencies' registers a business may consult
// instead of asking the member for a paper (零要件) — the real-estate register (不动产, "property"),
// banks' loan records ("bank_loan"), the civil-affairs marriage register (民政, "marriage") and
// the public-security identity register (公安, "identity").
// A query is slow outside work: callers ask OUTSIDE any database transaction and then store the
// answer (business/accounts/sharedanswers.h) with its audit record. The withdrawal business
// uses it first; loan applications reuse it (home count, marriage, identity).
namespace hpf::server {

// Who is asked about (the identity travels to the agency, never into a log or URL).
struct SharedSubject
{
    QString documentType;
    QString documentNumber;
    QString name;
};

struct SharedAnswer
{
    bool found = false;
    QString summary; // one line for the counter, personal data masked ("名下住房 1 套（兰州市城关区…）")
    QJsonObject facts; // what the register said, e.g. {"homes": 1} or {"outstandingFen": …}
    QString provider;  // which register answered (a name, e.g. "training")
};

class SharedDataSource
{
public:
    virtual ~SharedDataSource() = default;
    // `source`: property | bank_loan | marriage | identity; `evidence` narrows the question (a loan contract
    // number, an address). Errors: sharing.unavailable (the register cannot be reached),
    // sharing.source (a source this implementation does not serve). Thread-safe.
    virtual Result<SharedAnswer> query(const QString &source, const SharedSubject &subject,
                                       const QJsonObject &evidence) const = 0;
};

} // namespace hpf::server
