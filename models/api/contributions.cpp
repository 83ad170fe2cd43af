#include "api/contributions.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace hpf::client::api {

namespace {

// Money the server computed for a posting is never negative.
qint64 readFen(Reader &r, QStringView key)
{
    const qint64 fen = r.integer(key);
    if (fen < 0)
        r.invalid(key, u"negative"_qs);
    return fen;
}

int countOf(Reader &r, QStringView key)
{
    const qint64 n = r.integer(key);
    if (n < 0 || n > std::numeric_limits<int>::max())
        r.invalid(key, u"not a count"_qs);
    return int(n);
}

bool isMonth(const QString &text)
{
    static const QRegularExpression shape(u"^\\d{4}-(0[1-9]|1[0-2])$"_qs);
    return shape.match(text).hasMatch();
}

QString readMonth(Reader &r, QStringView key)
{
    const QString text = r.text(key);
    if (r.ok() && !isMonth(text))
        r.invalid(key, u"not a YYYY-MM month"_qs);
    return text;
}

QString optionalMonth(Reader &r, QStringView key)
{
    const QString text = r.optionalText(key);
    if (r.ok() && !text.isEmpty() && !isMonth(text))
        r.invalid(key, u"not a YYYY-MM month"_qs);
    return text;
}

// "date-time | null" (or, from an older server, an empty string): invalid when absent.
QDateTime optionalTime(Reader &r, QStringView key)
{
    const QString text = r.optionalText(key);
    if (!r.ok() || text.isEmpty())
        return {};
    return r.dateTime(key);
}

} // namespace

Result<RemittancePreview> RemittancePreview::fromJson(const QJsonObject &json)
{
    Reader r(json);
    RemittancePreview p;
    p.unitAccount = r.id(u"unitAccount");
    p.unitName = r.text(u"unitName");
    p.month = readMonth(r, u"month");
    p.firstMonth = optionalMonth(r, u"firstMonth");
    qint64 unitSum = 0;
    qint64 personalSum = 0;
    for (Reader &l : r.objects(u"lines")) {
        Line line{l.id(u"accountNumber"),           l.text(u"name"),
                  readFen(l, u"baseFen"),           l.text(u"unitRatio"),
                  l.text(u"personalRatio"),         readFen(l, u"unitAmountFen"),
                  readFen(l, u"personalAmountFen"), readFen(l, u"amountFen")};
        if (l.ok() && line.amountFen != line.unitAmountFen + line.personalAmountFen)
            l.invalid(u"amountFen", u"not unit + personal"_qs);
        unitSum += line.unitAmountFen;
        personalSum += line.personalAmountFen;
        p.lines.append(line);
    }
    for (Reader &e : r.objects(u"excluded", false))
        p.excluded.append(
            {e.id(u"accountNumber"), e.text(u"name"), e.id(u"reason"), optionalMonth(e, u"firstMonth")});
    p.employees = countOf(r, u"employees");
    p.unitTotalFen = readFen(r, u"unitTotalFen");
    p.personalTotalFen = readFen(r, u"personalTotalFen");
    p.totalFen = readFen(r, u"totalFen");
    // What the teller confirms must add up: a preview whose totals are not its lines is not shown.
    if (r.ok() && p.employees != p.lines.size())
        r.invalid(u"employees", u"differs from the lines"_qs);
    if (r.ok() && (p.unitTotalFen != unitSum || p.personalTotalFen != personalSum))
        r.invalid(u"unitTotalFen", u"not the sum of the lines"_qs);
    if (r.ok() && p.totalFen != p.unitTotalFen + p.personalTotalFen)
        r.invalid(u"totalFen", u"not unit + personal"_qs);
    if (!r.ok())
        return r.error();
    return p;
}

Result<RemittancePosted> RemittancePosted::fromJson(const QJsonObject &json)
{
    Reader r(json);
    RemittancePosted p;
    p.serial = r.id(u"serial");
    p.unitAccount = r.id(u"unitAccount");
    p.month = readMonth(r, u"month");
    p.employees = countOf(r, u"employees");
    p.unitTotalFen = readFen(r, u"unitTotalFen");
    p.personalTotalFen = readFen(r, u"personalTotalFen");
    p.totalFen = readFen(r, u"totalFen");
    for (Reader &i : r.objects(u"items")) {
        p.items.append({i.id(u"accountNumber"), readFen(i, u"baseFen"), readFen(i, u"unitAmountFen"),
                        readFen(i, u"personalAmountFen"), readFen(i, u"amountFen"),
                        readFen(i, u"balanceFen")});
    }
    Reader receipt = r.object(u"receipt");
    p.receipt = Receipt::read(receipt);
    if (r.ok() && p.employees != p.items.size())
        r.invalid(u"employees", u"differs from the items"_qs);
    if (r.ok() && p.totalFen != p.unitTotalFen + p.personalTotalFen)
        r.invalid(u"totalFen", u"not unit + personal"_qs);
    if (!r.ok())
        return r.error();
    return p;
}

QString RemittanceHistory::nextMonth() const
{
    QString latest;
    for (const Item &item : items)
        latest = std::max(latest, item.month);
    if (latest.isEmpty())
        return {};
    const QDate first = QDate::fromString(latest + u"-01"_qs, u"yyyy-MM-dd"_qs).addMonths(1);
    return first.toString(u"yyyy-MM"_qs);
}

Result<RemittanceHistory> RemittanceHistory::fromJson(const QJsonObject &json)
{
    Reader r(json);
    RemittanceHistory h;
    for (Reader &i : r.objects(u"items")) {
        Item item;
        item.month = readMonth(i, u"month");
        item.serial = i.id(u"serial");
        item.employees = countOf(i, u"employees");
        item.totalFen = readFen(i, u"totalFen");
        item.postedAt = optionalTime(i, u"postedAt");
        h.items.append(item);
    }
    if (!r.ok())
        return r.error();
    return h;
}

Result<RowProblems> RowProblems::fromJson(const QJsonObject &json)
{
    Reader r(json);
    RowProblems p;
    for (Reader &row : r.objects(u"rows")) {
        Row item{countOf(row, u"row"), row.optionalText(u"field"), row.optionalText(u"code")};
        if (!item.code.isEmpty())
            p.rows.append(item);
    }
    if (!r.ok())
        return r.error();
    return p;
}

Result<BackPayment> BackPayment::fromJson(const QJsonObject &json)
{
    Reader r(json);
    BackPayment b;
    b.serial = r.id(u"serial");
    b.unitAccount = r.id(u"unitAccount");
    b.month = readMonth(r, u"month");
    b.reason = r.id(u"reason");
    b.reasonLabel = r.text(u"reasonLabel");
    qint64 sum = 0;
    for (Reader &l : r.objects(u"lines")) {
        Line line{l.id(u"accountNumber"),           l.text(u"name"),
                  readFen(l, u"baseFen"),           readFen(l, u"unitAmountFen"),
                  readFen(l, u"personalAmountFen"), readFen(l, u"amountFen"),
                  readFen(l, u"balanceFen")};
        sum += line.amountFen;
        b.lines.append(line);
    }
    b.employees = countOf(r, u"employees");
    b.totalFen = readFen(r, u"totalFen");
    Reader receipt = r.object(u"receipt");
    b.receipt = Receipt::read(receipt);
    if (r.ok() && b.employees != b.lines.size())
        r.invalid(u"employees", u"differs from the lines"_qs);
    if (r.ok() && b.totalFen != sum)
        r.invalid(u"totalFen", u"not the sum of the lines"_qs);
    if (!r.ok())
        return r.error();
    return b;
}

Result<BackPaymentHistory> BackPaymentHistory::fromJson(const QJsonObject &json)
{
    Reader r(json);
    BackPaymentHistory h;
    for (Reader &i : r.objects(u"items")) {
        Item item;
        item.serial = i.id(u"serial");
        item.month = readMonth(i, u"month");
        item.reason = i.id(u"reason");
        item.reasonLabel = i.text(u"reasonLabel");
        item.employees = countOf(i, u"employees");
        item.totalFen = readFen(i, u"totalFen");
        item.postedAt = optionalTime(i, u"postedAt");
        h.items.append(item);
    }
    if (!r.ok())
        return r.error();
    return h;
}

Deferral Deferral::read(Reader &r)
{
    Deferral d;
    d.id = r.idOrNumber(u"id");
    d.serial = r.id(u"serial");
    d.unitAccount = r.id(u"unitAccount");
    d.fromMonth = readMonth(r, u"fromMonth");
    d.toMonth = readMonth(r, u"toMonth");
    d.reason = r.text(u"reason");
    d.approvedBy = r.text(u"approvedBy");
    d.status = r.id(u"status");
    d.createdAt = r.dateTime(u"createdAt");
    if (r.ok() && d.status != u"approved" && d.status != u"ended")
        r.invalid(u"status", u"unknown status"_qs);
    if (r.ok() && d.toMonth < d.fromMonth)
        r.invalid(u"toMonth", u"before fromMonth"_qs);
    return d;
}

Result<DeferralCreated> DeferralCreated::fromJson(const QJsonObject &json)
{
    Reader r(json);
    DeferralCreated c;
    Reader deferral = r.object(u"deferral");
    c.deferral = Deferral::read(deferral);
    Reader receipt = r.object(u"receipt");
    c.receipt = Receipt::read(receipt);
    if (!r.ok())
        return r.error();
    return c;
}

Result<Deferrals> Deferrals::fromJson(const QJsonObject &json)
{
    Reader r(json);
    Deferrals d;
    for (Reader &i : r.objects(u"items"))
        d.items.append(Deferral::read(i));
    if (!r.ok())
        return r.error();
    return d;
}

QJsonObject AdjustmentRequest::toJson() const
{
    QJsonArray list;
    for (const Row &row : rows) {
        list.append(QJsonObject{
            {u"documentType"_qs, row.documentType.isEmpty() ? u"01"_qs : row.documentType.trimmed()},
            {u"documentNumber"_qs, row.documentNumber.trimmed()},
            {u"name"_qs, row.name.trimmed()},
            {u"baseFen"_qs, row.baseFen}});
    }
    QJsonObject body{{u"year"_qs, year}, {u"rows"_qs, list}};
    if (!unitRatio.trimmed().isEmpty())
        body.insert(u"unitRatio"_qs, unitRatio.trimmed());
    if (!personalRatio.trimmed().isEmpty())
        body.insert(u"personalRatio"_qs, personalRatio.trimmed());
    return body;
}

AdjustmentRow AdjustmentRow::read(Reader &r)
{
    AdjustmentRow a;
    a.row = countOf(r, u"row");
    a.accountNumber = r.optionalText(u"accountNumber");
    a.name = r.text(u"name");
    a.oldBaseFen = readFen(r, u"oldBaseFen");
    a.requestedBaseFen = readFen(r, u"requestedBaseFen");
    a.newBaseFen = readFen(r, u"newBaseFen");
    a.clamp = r.id(u"clamp");
    a.code = r.optionalText(u"code");
    a.field = r.optionalText(u"field");
    if (r.ok() && a.clamp != u"none" && a.clamp != u"floor" && a.clamp != u"ceiling")
        r.invalid(u"clamp", u"unknown clamp"_qs);
    return a;
}

Result<AdjustmentValidation> AdjustmentValidation::fromJson(const QJsonObject &json)
{
    Reader r(json);
    AdjustmentValidation v;
    v.year = int(r.integer(u"year"));
    v.effectiveFrom = r.date(u"effectiveFrom");
    v.unitRatio = r.text(u"unitRatio");
    v.personalRatio = r.text(u"personalRatio");
    int errors = 0;
    int clamped = 0;
    for (Reader &row : r.objects(u"rows")) {
        v.rows.append(AdjustmentRow::read(row));
        errors += v.rows.last().code.isEmpty() ? 0 : 1;
        clamped += v.rows.last().clamped() ? 1 : 0;
    }
    v.errors = countOf(r, u"errors");
    v.clamped = countOf(r, u"clamped");
    v.unchanged = countOf(r, u"unchanged");
    if (r.ok() && (v.errors != errors || v.clamped != clamped))
        r.invalid(u"errors", u"differs from the rows"_qs);
    if (!r.ok())
        return r.error();
    return v;
}

Result<AdjustmentPosted> AdjustmentPosted::fromJson(const QJsonObject &json)
{
    Reader r(json);
    AdjustmentPosted p;
    p.serial = r.id(u"serial");
    p.year = int(r.integer(u"year"));
    p.effectiveFrom = r.date(u"effectiveFrom");
    p.count = countOf(r, u"count");
    p.clamped = countOf(r, u"clamped");
    p.unchanged = countOf(r, u"unchanged");
    for (Reader &row : r.objects(u"rows"))
        p.rows.append(AdjustmentRow::read(row));
    Reader receipt = r.object(u"receipt");
    p.receipt = Receipt::read(receipt);
    if (r.ok() && p.count != p.rows.size())
        r.invalid(u"count", u"differs from the rows"_qs);
    if (!r.ok())
        return r.error();
    return p;
}

Result<AdjustmentHistory> AdjustmentHistory::fromJson(const QJsonObject &json)
{
    Reader r(json);
    AdjustmentHistory h;
    for (Reader &i : r.objects(u"items")) {
        Item item;
        item.serial = i.id(u"serial");
        item.year = int(i.integer(u"year"));
        item.effectiveFrom = i.date(u"effectiveFrom");
        item.count = countOf(i, u"count");
        item.clamped = countOf(i, u"clamped");
        item.postedAt = optionalTime(i, u"postedAt");
        h.items.append(item);
    }
    if (!r.ok())
        return r.error();
    return h;
}

Result<InterestStatement> InterestStatement::fromJson(const QJsonObject &json)
{
    Reader r(json);
    InterestStatement s;
    s.unitAccount = r.id(u"unitAccount");
    s.unitName = r.text(u"unitName");
    s.year = int(r.integer(u"year"));
    s.settlementDate = r.date(u"settlementDate");
    Reader period = r.object(u"period");
    s.periodFrom = period.date(u"from");
    s.periodTo = period.date(u"to");
    for (Reader &rate : r.objects(u"rates"))
        s.rates.append({rate.date(u"from"), rate.text(u"annual")});
    qint64 sum = 0;
    for (Reader &l : r.objects(u"lines")) {
        Line line{l.id(u"accountNumber"), l.text(u"name"), l.integer(u"openingBalanceFen"),
                  readFen(l, u"interestFen"), l.integer(u"closingBalanceFen")};
        sum += line.interestFen;
        s.lines.append(line);
    }
    s.employees = countOf(r, u"employees");
    s.totalInterestFen = readFen(r, u"totalInterestFen");
    s.serial = r.optionalText(u"serial");
    if (r.ok() && s.periodTo < s.periodFrom)
        r.invalid(u"period", u"ends before it starts"_qs);
    if (r.ok() && s.employees != s.lines.size())
        r.invalid(u"employees", u"differs from the lines"_qs);
    if (r.ok() && s.totalInterestFen != sum)
        r.invalid(u"totalInterestFen", u"not the sum of the lines"_qs);
    if (!r.ok())
        return r.error();
    return s;
}

InterestRun InterestRun::read(Reader &r)
{
    InterestRun run;
    run.year = int(r.integer(u"year"));
    run.settlementDate = r.date(u"settlementDate");
    run.status = r.id(u"status");
    run.accountsPosted = r.integer(u"accountsPosted");
    run.totalInterestFen = readFen(r, u"totalInterestFen");
    run.startedAt = optionalTime(r, u"startedAt");
    run.finishedAt = optionalTime(r, u"finishedAt");
    if (r.ok() && run.status != u"queued" && run.status != u"running" && run.status != u"done")
        r.invalid(u"status", u"unknown status"_qs);
    return run;
}

Result<InterestRuns> InterestRuns::fromJson(const QJsonObject &json)
{
    Reader r(json);
    InterestRuns runs;
    for (Reader &i : r.objects(u"items"))
        runs.items.append(InterestRun::read(i));
    runs.nextSettlement = r.date(u"nextSettlement");
    if (!r.ok())
        return r.error();
    return runs;
}

Result<InterestRunQueued> InterestRunQueued::fromJson(const QJsonObject &json)
{
    Reader r(json);
    Reader run = r.object(u"run");
    InterestRunQueued q{InterestRun::read(run)};
    if (!r.ok())
        return r.error();
    return q;
}

} // namespace hpf::client::api
