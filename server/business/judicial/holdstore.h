#pragma once

#include "base/result.h"
#include "business/accounts/accountrecords.h"
#include "finance/holds.h"

#include <QHash>
#include <QList>
#include <QString>

// One account's holds inside the caller's write transaction, on finance::AccountHolds: open()
// locks the account row, restores the model from the hold rows and advances it to today (so
// expiry is applied exactly once, by whoever gets there first); the caller runs an operation on
// model(), adds its events, and save() writes back the hold rows that changed, the account's claim
// and held amounts, and one audit record per event.
namespace hpf::server {

struct ServiceContext;

class HoldsSession
{
public:
    // Errors: account.not_found, hold.inconsistent (stored holds break the model's invariants).
    // `lock` false: a read (the desk's search) sees the holds as of today without writing anything.
    static Result<HoldsSession> open(ServiceContext &ctx, qint64 accountId, bool lock = true);
    static Result<HoldsSession> open(ServiceContext &ctx, const QString &accountNumber, bool lock = true);

    const AccountRow &account() const { return m_account; }
    finance::AccountHolds &model() { return m_model; }
    const finance::AccountHolds &model() const { return m_model; }
    QDate today() const { return m_model.today(); }
    // Every event since open(): the advance to today first.
    const finance::HoldEvents &events() const { return m_events; }
    void addEvents(const finance::HoldEvents &events) { m_events += events; }

    // A new judicial hold row (registered by save(); the model's registerFreeze gets its id).
    struct NewFreeze
    {
        QString serial;
        qint64 requestId = 0;
        bool wholeBalance = false;
        qint64 amountFen = 0;
    };
    Result<qint64> insertFreezeRow(ServiceContext &ctx, const NewFreeze &row);

    QString serialOf(qint64 holdId) const { return m_serials.value(holdId); }
    qint64 requestOf(qint64 holdId) const { return m_requests.value(holdId); }
    // 1 = next in the 轮候 queue; 0 when not waiting.
    int queuePosition(qint64 holdId) const;
    // What a freeze holds now (0 unless active) and what it still misses of its amount.
    qint64 heldBy(const finance::Hold &hold) const;
    qint64 shortfallOf(const finance::Hold &hold) const;

    // Writes what changed. Errors: db.*.
    Status save(ServiceContext &ctx);

    // The stored claim of the open holds (accounts.claim_fen): see judicialschema.h.
    static qint64 claimOf(const finance::AccountHolds &model);

private:
    HoldsSession() = default;
    static Result<HoldsSession> load(ServiceContext &ctx, Result<AccountRow> account);

    AccountRow m_account;
    finance::AccountHolds m_model;
    QList<finance::Hold> m_stored; // as read
    finance::HoldEvents m_events;
    QHash<qint64, QString> m_serials;
    QHash<qint64, qint64> m_requests;
};

QString holdStateCode(finance::HoldState state); // waiting, active, released, expired, lapsed, deducted
QString holdEventCode(finance::HoldEventType type);

} // namespace hpf::server
