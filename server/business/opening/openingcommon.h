#pragma once

#include "base/result.h"
#include "platform/numbering/numbering.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>

// Pieces shared by the account-opening businesses (issue 5): receipts (业务回单) stored with the
// operation, zero-amount journal events (开户/封存/启封), the first-month window, refusals that
// carry structured data for the client, and the flexible-employment unit.
namespace hpf::server {

Q_DECLARE_LOGGING_CATEGORY(lcOpening)

struct ServiceContext;
struct UnitRow;

// How far the first deposit / remittance month may lie from the current month. Candidates for the
// policy file; kept here until core/finance/policy grows an "opening" section.
struct OpeningLimits
{
    int maxMonthsBack = 1;
    int maxMonthsAhead = 12;
};

// "YYYY-MM" within the window around today. Errors (field = `field`): opening.month_format,
// opening.first_month_past, opening.first_month_future. An empty text means the current month.
Result<QDate> parseFirstMonth(const ServiceContext &ctx, const QString &text, const QString &field,
                              const OpeningLimits &limits = {});
QString monthText(QDate month); // "2025-07"

struct ReceiptDraft
{
    QString serial;
    QString business;      // stable id, e.g. "account_opening"
    QString businessLabel; // printed title, e.g. "个人开户"
    QString object;        // "account:…", "unit:…"
    QJsonObject fields;    // business data, personal data already masked
    QJsonArray amounts;    // from amount(): figures and 大写
    QJsonArray lines;      // what the printed receipt shows, in order: from line(); masked, Chinese

    void line(const QString &label, const QString &value);
};

// {"label", "fen", "text" (1,234.56), "upper" (壹仟贰佰叁拾肆元伍角陆分)}
QJsonObject amount(const QString &label, qint64 fen);

// Builds the receipt (center, branch, teller, server time, serial …) and stores it for reprints
// (补打), inside the caller's transaction. Returns the receipt object.
Result<QJsonObject> issueReceipt(ServiceContext &ctx, const ReceiptDraft &draft);

// A journal row of amount 0 that records an account event (03 开户, 04 启封, 05 封存, …).
Status postEvent(ServiceContext &ctx, qint64 accountId, qint64 balanceFen, const QString &serial,
                 const QString &businessType, const QString &memo);

// What a refused business carries besides its error, for the client: extra problem+json members
// (e.g. the person's existing account) and the HTTP status when not the error code's own. The
// routes turn it into the response (platform/http/routes.h refusalResponse()).
struct Refusal
{
    QJsonObject members;
    int status = 0;
    bool isEmpty() const { return members.isEmpty() && status == 0; }
};

// The center's flexible-employment unit (灵活就业 虚拟单位), created on first use in the head
// office. Its state is 99, so the ordinary unit businesses (remittances, POST /accounts) refuse it.
Result<UnitRow> flexibleUnit(ServiceContext &ctx);
bool isFlexibleUnit(ServiceContext &ctx, qint64 unitId);

// A unit as the opening screens and receipts show it (profile columns included when present).
Result<QJsonObject> unitProfileJson(ServiceContext &ctx, qint64 unitId);

} // namespace hpf::server
