#pragma once

#include "api/call.h"
#include "ops/operation.h"

#include <QList>
#include <QPair>

// 亮码可办 certificates: the types the server offers (types are data), single and batch issuing
// (each an operation), and the unit's employees a batch is issued for.
namespace hpf::client::api {

struct CertificateInput
{
    QString name; // the key of the input in a request
    QString label;
    int maxLength = 0;
    bool required = true;
};

struct CertificateType
{
    QString code;
    QString title;
    QList<CertificateInput> inputs;
};

struct CertificateTypes
{
    bool issuingAvailable = false;
    QList<CertificateType> types;
    static Result<CertificateTypes> fromJson(const QJsonObject &json);
};

// The values typed for the inputs of a type (input name → text), in declaration order.
using CertificateInputValues = QList<QPair<QString, QString>>;

// A certificate as the server stored and signed it: what is printed, field by field.
struct Certificate
{
    struct Field
    {
        QString label;
        QString value;
        std::optional<qint64> amountFen;
    };
    QString number;
    QString code; // HPF1:… exactly as signed (the QR)
    QString type;
    QString title;
    QString accountNumber;
    QString centerName;
    QList<Field> fields;
    QString statement;
    QDate issueDate;
    QDate validUntil;
    QString handler;
    QString phone;
    QString verifyHint;
    bool training = false;

    static Result<Certificate> fromJson(const QJsonObject &json);
    static Certificate read(Reader &reader);
};

// The answer to one chunk of a batch: each account issued or refused.
struct CertificateBatchResult
{
    struct Item
    {
        QString accountNumber;
        bool issued = false;
        QString code; // the refusal's error code
        Certificate certificate;
    };
    QList<Item> items;
    static Result<CertificateBatchResult> fromJson(const QJsonObject &json);
};

struct UnitEmployee
{
    QString accountNumber;
    QString name;
    QString documentNumber;
    QString state;
    QString stateLabel;
};

struct UnitEmployees
{
    QList<UnitEmployee> items;
    bool truncated = false;
    static Result<UnitEmployees> fromJson(const QJsonObject &json);
};

namespace certificates {
void fetchTypes(ApiClient *api, QObject *context, std::function<void(const Reply<CertificateTypes> &)> done);
void fetchEmployees(ApiClient *api, const QString &unitAccount, QObject *context,
                    std::function<void(const Reply<UnitEmployees> &)> done);
ops::Request issue(const QString &type, const QString &accountNumber, const CertificateInputValues &inputs,
                   const QString &summary);
ops::Request issueBatch(const QString &type, const QString &unitAccount, const QStringList &accountNumbers,
                        const CertificateInputValues &inputs, const QString &summary);
} // namespace certificates

} // namespace hpf::client::api
