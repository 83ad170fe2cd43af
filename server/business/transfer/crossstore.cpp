#include "business/transfer/crossstore.h"

#include "domain/codetables.h"
#include "domain/identity.h"
#include "platform/context.h"
#include "platform/store/sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hpf::server {

Q_LOGGING_CATEGORY(lcCrossTransfer, "hpf.server.transfer.cross")

namespace cross {

namespace {

const QString kColumns =
    u"SELECT id, letter_number, role, status, final, cancel_requested, negotiated, receiving_center, "
    "sending_center, person_name, document_type, document_number, account_id, old_account, old_unit_name, "
    "new_unit_name, phone, figures, prev_state, peer_status, reason, branch_id, applied_at, updated_at "
    "FROM cross_transfers "_qs;

Row readRow(const Query &q)
{
    Row r;
    r.id = q.int64(0);
    r.letter = q.str(1);
    r.role = q.str(2);
    r.status = q.str(3);
    r.final = q.int64(4) != 0;
    r.cancelRequested = q.int64(5) != 0;
    r.negotiated = q.int64(6) != 0;
    r.receivingCenter = q.str(7);
    r.sendingCenter = q.str(8);
    r.personName = q.str(9);
    r.documentType = q.str(10);
    r.documentNumber = q.str(11);
    r.accountId = q.isNull(12) ? 0 : q.int64(12);
    r.oldAccount = q.str(13);
    r.oldUnitName = q.str(14);
    r.newUnitName = q.str(15);
    r.phone = q.str(16);
    r.figures = QJsonDocument::fromJson(q.str(17).toUtf8()).object();
    r.prevState = q.str(18);
    r.peerStatus = q.str(19);
    r.reason = q.str(20);
    r.branchId = q.int64(21);
    r.appliedAt = q.int64(22);
    r.updatedAt = q.int64(23);
    return r;
}

QString isoTime(qint64 ms)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

QString figuresText(const QJsonObject &figures)
{
    return figures.isEmpty() ? QString() : compactJson(figures);
}

// The stored figures keep the platform's own fields ("platform") for a resend; the API shows its own.
QJsonObject apiFigures(QJsonObject figures)
{
    figures.remove(u"platform"_qs);
    return figures;
}

Status addEvent(ServiceContext &ctx, const Row &row, const QString &note)
{
    Query ins(ctx.db, u"INSERT INTO cross_transfer_events (transfer_id, at, status, note) VALUES (:t, :at, "
                      ":s, :n)"_qs);
    ins.bind(u":t"_qs, row.id)
        .bind(u":at"_qs, ctx.nowMs)
        .bind(u":s"_qs, row.status)
        .bind(u":n"_qs, note.left(500));
    return ins.exec();
}

// No names or numbers: the letter number identifies the transfer, statuses say what happened.
Status auditChange(ServiceContext &ctx, const Row &row, const QString &before, const QString &event)
{
    const QString op = ctx.operation.isEmpty() ? u"transfers.cross"_qs : ctx.operation;
    return ctx.audit(op, u"transfer:"_qs + row.letter, u"ok"_qs,
                     before.isEmpty() ? QJsonObject() : QJsonObject{{u"status"_qs, before}},
                     QJsonObject{{u"role"_qs, row.role},
                                 {u"status"_qs, row.status},
                                 {u"event"_qs, event},
                                 {u"cancelRequested"_qs, row.cancelRequested}});
}

} // namespace

bool isFinalStatus(QStringView status)
{
    return status == QLatin1String(kCompleted) || status == QLatin1String(kCancelled) ||
           status == QLatin1String(kRefused) || status == QLatin1String(kNegotiated) ||
           status == QLatin1String(kFailed);
}

Result<std::optional<Row>> load(ServiceContext &ctx, const QString &letter, const QString &role, bool lock)
{
    QString sql = kColumns + u"WHERE letter_number = :l"_qs;
    if (!role.isEmpty())
        sql += u" AND role = :r"_qs;
    if (lock && ctx.dialect == Dialect::Postgres)
        sql += u" FOR UPDATE"_qs;
    Query q(ctx.db, sql);
    q.bind(u":l"_qs, letter);
    if (!role.isEmpty())
        q.bind(u":r"_qs, role);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Row>();
    return std::optional<Row>(readRow(q));
}

Status insert(ServiceContext &ctx, Row &row, const QString &note)
{
    row.final = isFinalStatus(row.status);
    row.appliedAt = ctx.nowMs;
    row.updatedAt = ctx.nowMs;
    Query ins(
        ctx.db,
        u"INSERT INTO cross_transfers (letter_number, role, status, final, cancel_requested, negotiated, "
        "receiving_center, sending_center, person_name, document_type, document_number, account_id, "
        "old_account, old_unit_name, new_unit_name, phone, figures, prev_state, peer_status, reason, "
        "branch_id, applied_at, updated_at) VALUES (:l, :r, :s, :f, 0, 0, :rc, :sc, :pn, :dt, :dn, :a, "
        ":oa, :ou, :nu, :ph, :fig, '', '', :re, :b, :t, :t2) RETURNING id"_qs);
    ins.bind(u":l"_qs, row.letter)
        .bind(u":r"_qs, row.role)
        .bind(u":s"_qs, row.status)
        .bind(u":f"_qs, row.final ? 1 : 0)
        .bind(u":rc"_qs, row.receivingCenter)
        .bind(u":sc"_qs, row.sendingCenter)
        .bind(u":pn"_qs, row.personName)
        .bind(u":dt"_qs, row.documentType)
        .bind(u":dn"_qs, row.documentNumber)
        .bind(u":a"_qs,
              row.accountId > 0 ? QVariant(row.accountId) : QVariant(QMetaType(QMetaType::LongLong)))
        .bind(u":oa"_qs, row.oldAccount)
        .bind(u":ou"_qs, row.oldUnitName)
        .bind(u":nu"_qs, row.newUnitName)
        .bind(u":ph"_qs, row.phone)
        .bind(u":fig"_qs, figuresText(row.figures))
        .bind(u":re"_qs, row.reason)
        .bind(u":b"_qs, row.branchId)
        .bind(u":t"_qs, ctx.nowMs)
        .bind(u":t2"_qs, ctx.nowMs);
    if (Status s = ins.exec(); !s)
        return s;
    if (!ins.next())
        return makeError(u"db.error"_qs, {}, u"cross_transfers insert returned no id"_qs);
    row.id = ins.int64(0);
    ins.finish();
    if (Status s = addEvent(ctx, row, note); !s)
        return s;
    return auditChange(ctx, row, {}, u"created"_qs);
}

Status save(ServiceContext &ctx, Row &row)
{
    row.final = isFinalStatus(row.status);
    row.updatedAt = ctx.nowMs;
    Query upd(ctx.db,
              u"UPDATE cross_transfers SET status = :s, final = :f, cancel_requested = :c, negotiated = "
              ":n, figures = :fig, prev_state = :ps, peer_status = :peer, reason = :re, updated_at = :t "
              "WHERE id = :id"_qs);
    upd.bind(u":s"_qs, row.status)
        .bind(u":f"_qs, row.final ? 1 : 0)
        .bind(u":c"_qs, row.cancelRequested ? 1 : 0)
        .bind(u":n"_qs, row.negotiated ? 1 : 0)
        .bind(u":fig"_qs, figuresText(row.figures))
        .bind(u":ps"_qs, row.prevState)
        .bind(u":peer"_qs, row.peerStatus)
        .bind(u":re"_qs, row.reason.left(200))
        .bind(u":t"_qs, ctx.nowMs)
        .bind(u":id"_qs, row.id);
    return upd.exec();
}

Status changeStatus(ServiceContext &ctx, Row &row, const QString &status, const QString &note)
{
    const QString before = row.status;
    row.status = status;
    if (status == QLatin1String(kNegotiating))
        row.negotiated = true;
    if (Status s = save(ctx, row); !s)
        return s;
    if (Status s = addEvent(ctx, row, note); !s)
        return s;
    qCInfo(lcCrossTransfer) << "transfer" << row.letter << row.role << before << "->" << status;
    return auditChange(ctx, row, before, u"status"_qs);
}

Status addNote(ServiceContext &ctx, Row &row, const QString &note)
{
    if (Status s = save(ctx, row); !s)
        return s;
    if (Status s = addEvent(ctx, row, note); !s)
        return s;
    return auditChange(ctx, row, row.status, u"note"_qs);
}

QJsonObject centerJson(const ServiceContext &ctx, const QString &code)
{
    const auto *center = ctx.server.policy.transfer().center(code);
    return {{u"code"_qs, code}, {u"name"_qs, center ? center->name : code}};
}

Result<QJsonObject> toJson(ServiceContext &ctx, const Row &row, bool full)
{
    QJsonObject o{
        {u"letterNumber"_qs, row.letter},
        {u"role"_qs, row.role},
        {u"status"_qs, row.status},
        {u"statusLabel"_qs, codes::transferStatuses().label(row.status)},
        {u"final"_qs, row.final},
        {u"cancelRequested"_qs, row.cancelRequested},
        {u"receivingCenter"_qs, centerJson(ctx, row.receivingCenter)},
        {u"sendingCenter"_qs, centerJson(ctx, row.sendingCenter)},
        {u"person"_qs, QJsonObject{{u"name"_qs, row.personName},
                                   {u"documentType"_qs, row.documentType},
                                   {u"documentNumberMasked"_qs, identity::maskNumber(row.documentNumber)}}},
        {u"oldAccount"_qs, full ? row.oldAccount : identity::maskNumber(row.oldAccount)},
        {u"oldUnitName"_qs, row.oldUnitName},
        {u"transferOut"_qs, row.figures.isEmpty() ? QJsonValue() : QJsonValue(apiFigures(row.figures))},
        {u"reason"_qs, row.reason},
        {u"appliedAt"_qs, isoTime(row.appliedAt)},
        {u"updatedAt"_qs, isoTime(row.updatedAt)},
    };
    if (!row.newUnitName.isEmpty())
        o.insert(u"newUnitName"_qs, row.newUnitName);
    if (row.isIn() && row.accountId > 0) {
        Query q(ctx.db, u"SELECT account_number FROM accounts WHERE id = :id"_qs);
        q.bind(u":id"_qs, row.accountId);
        if (Status s = q.exec(); !s)
            return s.error();
        if (q.next())
            o.insert(u"newAccount"_qs, full ? q.str(0) : identity::maskNumber(q.str(0)));
    }
    // The receipts of the transfer (contact letter, transfer-out, transfer-in, return), for
    // reprints through /receipts/{serial}.
    QJsonArray receipts;
    {
        Query q(ctx.db, u"SELECT business, serial FROM receipts WHERE object = :o ORDER BY id"_qs);
        q.bind(u":o"_qs, QString(u"transfer:"_qs + row.letter));
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            receipts.append(QJsonObject{{u"business"_qs, q.str(0)}, {u"serial"_qs, q.str(1)}});
    }
    o.insert(u"receipts"_qs, receipts);
    if (full) {
        QJsonArray history;
        Query q(ctx.db,
                u"SELECT at, status, note FROM cross_transfer_events WHERE transfer_id = :t ORDER BY id"_qs);
        q.bind(u":t"_qs, row.id);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            history.append(QJsonObject{{u"at"_qs, isoTime(q.int64(0))},
                                       {u"status"_qs, q.str(1)},
                                       {u"statusLabel"_qs, codes::transferStatuses().label(q.str(1))},
                                       {u"note"_qs, q.str(2)}});
        o.insert(u"history"_qs, history);
    }
    return o;
}

QString identityKey(const QString &documentType, const QString &documentNumber)
{
    const QString n = documentNumber.trimmed().toUpper();
    if (documentType == u"01" && n.size() == 18)
        return u"01:"_qs + n.left(17);
    if (documentType == u"01" && n.size() == 15)
        return u"01:"_qs + n.left(6) + u"19"_qs + n.mid(6, 9);
    return documentType + u':' + n;
}

Error stateError(const Row &row, const QString &what)
{
    return Error{
        u"transfer.status"_qs, {}, QStringLiteral("%1 is not possible in status %2").arg(what, row.status)};
}

} // namespace cross
} // namespace hpf::server
