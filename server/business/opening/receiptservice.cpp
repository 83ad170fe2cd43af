#include "business/opening/receiptservice.h"

#include "base/text.h"
#include "business/opening/openingcommon.h"
#include "platform/context.h"
#include "platform/store/sql.h"

#include <QJsonDocument>

namespace hpf::server {

namespace {

struct StoredReceipt
{
    qint64 id = 0;
    QJsonObject body;
    qint64 reprints = 0;
    qint64 lastReprintAt = 0;
};

Result<StoredReceipt> load(ServiceContext &ctx, const QString &serial, bool lock)
{
    Query q(ctx.db,
            u"SELECT id, branch_id, body, reprints, last_reprint_at FROM receipts WHERE serial = :s"_qs +
                (lock ? ctx.server.database.forUpdate() : QString()));
    q.bind(u":s"_qs, serial);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"receipt.not_found"_qs, u"serial"_qs);
    if (Status s = ctx.checkBranch(q.int64(1)); !s)
        return s.error();
    StoredReceipt r;
    r.id = q.int64(0);
    r.body = QJsonDocument::fromJson(q.str(2).toUtf8()).object();
    r.reprints = q.int64(3);
    r.lastReprintAt = q.isNull(4) ? 0 : q.int64(4);
    return r;
}

QString isoTime(qint64 ms)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

} // namespace

Result<QString> receiptSerial(const QString &text)
{
    const QString serial = text::normalizeCode(text);
    if (serial.size() != 18 || !serial.startsWith(u"YW") || !text::isAsciiDigits(QStringView(serial).mid(2)))
        return makeError(u"serial.format"_qs, u"serial"_qs, u"YW + 16 digits"_qs);
    return serial;
}

Result<ReceiptView> getReceipt(ServiceContext &ctx, const QString &serialText)
{
    auto serial = receiptSerial(serialText);
    if (!serial)
        return serial.error();
    auto r = load(ctx, *serial, false);
    if (!r)
        return r.error();
    return ReceiptView{r->body, r->reprints, r->lastReprintAt ? isoTime(r->lastReprintAt) : QString()};
}

Result<Reprint> reprintReceipt(ServiceContext &ctx, const ReprintRequest &request)
{
    auto serial = receiptSerial(request.serial);
    if (!serial)
        return serial.error();
    auto r = load(ctx, *serial, true);
    if (!r)
        return r.error();
    Query upd(ctx.db, u"UPDATE receipts SET reprints = reprints + 1, last_reprint_at = :t WHERE id = :id"_qs);
    upd.bind(u":t"_qs, ctx.nowMs).bind(u":id"_qs, r->id);
    if (Status s = upd.exec(); !s)
        return s.error();
    Query q(ctx.db, u"SELECT reprints FROM receipts WHERE id = :id"_qs);
    q.bind(u":id"_qs, r->id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"db.error"_qs, {}, u"receipt vanished"_qs);
    const qint64 number = q.int64(0);
    const QString &reason = request.reason;
    const QJsonObject after{{u"serial"_qs, *serial}, {u"reprintNumber"_qs, number}, {u"reason"_qs, reason}};
    if (Status s = ctx.audit(ctx.operation, u"receipt:"_qs + *serial, u"ok"_qs,
                             {{u"reprints"_qs, r->reprints}}, after);
        !s)
        return s.error();
    qCInfo(lcOpening) << "reprint" << number << "of" << *serial << "by" << ctx.user().username;
    return Reprint{r->body, number, isoTime(ctx.nowMs), ctx.user().username, ctx.user().displayName};
}

} // namespace hpf::server
