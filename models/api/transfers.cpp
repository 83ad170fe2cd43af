#include "api/transfers.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace hpf::client::api {

namespace {

const QString kBase = u"/api/v1/transfers"_qs;
const QString kCross = u"/api/v1/transfers/cross-city"_qs;

template<typename T>
void getJson(ApiClient *api, const QString &path, QObject *context,
             std::function<void(const Reply<T> &)> done)
{
    api::fetch<T>(api, ApiRequest::get(path), context, &T::fromJson, std::move(done));
}

TransferUnit readUnit(Reader &parent, QStringView key)
{
    Reader u = parent.object(key);
    return {u.id(u"unitAccount"), u.text(u"name")};
}

TransferCenterRef readCenter(Reader &parent, QStringView key)
{
    Reader c = parent.object(key);
    return {c.id(u"code"), c.text(u"name")};
}

// A non-negative amount in fen (money the server moved is never negative).
qint64 amount(Reader &r, QStringView key)
{
    const qint64 fen = r.integer(key);
    if (fen < 0)
        r.invalid(key, u"negative"_qs);
    return fen;
}

// "YYYY-MM", as the platform's OAcctDate / PayEndDate are shown.
QString month(Reader &r, QStringView key)
{
    static const QRegularExpression shape(u"^\\d{4}-(0[1-9]|1[0-2])$"_qs);
    const QString text = r.text(key);
    if (r.ok() && !shape.match(text).hasMatch())
        r.invalid(key, u"not a YYYY-MM month"_qs);
    return text;
}

bool isLetterNumber(const QString &text)
{
    static const QRegularExpression shape(u"^\\d{16}$"_qs);
    return shape.match(text).hasMatch();
}

ops::Request post(const QString &path, const QJsonObject &body, const QString &summary)
{
    return {QByteArrayLiteral("POST"), path, body, summary};
}

QString letterPath(const QString &letter, const QString &action)
{
    return kCross + u'/' + segment(letter.trimmed()) + u'/' + action;
}

} // namespace

Result<InCityResult> InCityResult::fromJson(const QJsonObject &json)
{
    Reader r(json);
    InCityResult c;
    c.serial = r.id(u"serial");
    c.kind = r.id(u"kind");
    Reader from = r.object(u"from");
    c.from = Account::read(from);
    Reader to = r.object(u"to");
    c.to = Account::read(to);
    c.fromUnit = readUnit(r, u"fromUnit");
    c.toUnit = readUnit(r, u"toUnit");
    c.principalFen = amount(r, u"principalFen");
    c.interestFen = amount(r, u"interestFen");
    c.amountFen = amount(r, u"amountFen");
    c.valueDate = r.date(u"valueDate");
    Reader receipt = r.object(u"receipt");
    c.receipt = Receipt::read(receipt);
    if (r.ok() && c.kind != u"in_city" && c.kind != u"merge")
        r.invalid(u"kind", u"unknown kind"_qs);
    if (r.ok() && c.amountFen != c.principalFen + c.interestFen)
        r.invalid(u"amountFen", u"not principal + interest"_qs);
    if (!r.ok())
        return r.error();
    return c;
}

Result<InCityBatchResult> InCityBatchResult::fromJson(const QJsonObject &json)
{
    Reader r(json);
    InCityBatchResult b;
    b.serial = r.id(u"serial");
    b.count = int(r.integer(u"count"));
    for (Reader &i : r.objects(u"items")) {
        b.items.append({int(i.integer(u"row")), i.id(u"fromAccount"), i.id(u"toAccount"), i.text(u"name"),
                        amount(i, u"amountFen")});
    }
    b.totalFen = amount(r, u"totalFen");
    Reader receipt = r.object(u"receipt");
    b.receipt = Receipt::read(receipt);
    if (r.ok() && b.count != b.items.size())
        r.invalid(u"count", u"differs from the items"_qs);
    if (!r.ok())
        return r.error();
    return b;
}

Result<InCityBatchRowErrors> InCityBatchRowErrors::fromJson(const QJsonObject &json)
{
    Reader r(json);
    InCityBatchRowErrors e;
    for (Reader &row : r.objects(u"rows")) {
        Row item{int(row.integer(u"row")), row.optionalText(u"field"), row.id(u"code")};
        if (item.row < 0)
            row.invalid(u"row", u"negative"_qs);
        e.rows.append(item);
    }
    if (!r.ok())
        return r.error();
    return e;
}

Result<MergeCandidates> MergeCandidates::fromJson(const QJsonObject &json)
{
    Reader r(json);
    MergeCandidates m;
    m.accountNumber = r.id(u"accountNumber");
    for (Reader &item : r.objects(u"items"))
        m.items.append(Account::read(item));
    if (!r.ok())
        return r.error();
    return m;
}

const TransferCenters::Center *TransferCenters::find(const QString &code) const
{
    for (const Center &c : items) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

Result<TransferCenters> TransferCenters::fromJson(const QJsonObject &json)
{
    Reader r(json);
    TransferCenters c;
    c.self = readCenter(r, u"self");
    for (Reader &i : r.objects(u"items"))
        c.items.append({i.id(u"code"), i.text(u"name"), i.optionalText(u"nameEn"), i.boolean(u"connected")});
    if (!r.ok())
        return r.error();
    return c;
}

CrossTransfer CrossTransfer::read(Reader &r)
{
    CrossTransfer t;
    t.letterNumber = r.id(u"letterNumber");
    if (r.ok() && !isLetterNumber(t.letterNumber))
        r.invalid(u"letterNumber", u"not 16 digits"_qs);
    t.role = r.id(u"role");
    if (r.ok() && t.role != u"in" && t.role != u"out")
        r.invalid(u"role", u"neither in nor out"_qs);
    t.status = r.id(u"status");
    t.statusLabel = r.text(u"statusLabel");
    t.final = r.boolean(u"final");
    t.cancelRequested = r.boolean(u"cancelRequested");
    t.receivingCenter = readCenter(r, u"receivingCenter");
    t.sendingCenter = readCenter(r, u"sendingCenter");
    Reader person = r.object(u"person");
    t.personName = person.text(u"name");
    t.documentType = person.id(u"documentType");
    t.documentNumberMasked = person.text(u"documentNumberMasked");
    t.oldAccount = r.text(u"oldAccount");
    t.oldUnitName = r.text(u"oldUnitName");
    t.newAccount = r.optionalText(u"newAccount");
    t.newUnitName = r.optionalText(u"newUnitName");
    if (!r.isNull(u"transferOut")) {
        Reader out = r.object(u"transferOut"); // missing or not an object: fails with its path
        TransferOut o;
        o.principalFen = amount(out, u"principalFen");
        o.interestFen = amount(out, u"interestFen");
        o.amountFen = amount(out, u"amountFen");
        o.openedMonth = month(out, u"openedMonth");
        o.lastPaidMonth = month(out, u"lastPaidMonth");
        o.sixMonthsContinuous = out.boolean(u"sixMonthsContinuous");
        o.loanCount = int(out.integer(u"loanCount"));
        o.openLoan = out.boolean(u"openLoan");
        o.fraudFlag = out.boolean(u"fraudFlag");
        if (out.ok() && o.amountFen != o.principalFen + o.interestFen)
            out.invalid(u"amountFen", u"not principal + interest"_qs);
        t.transferOut = o;
    }
    t.reason = r.text(u"reason");
    t.appliedAt = r.dateTime(u"appliedAt");
    t.updatedAt = r.dateTime(u"updatedAt");
    for (Reader &h : r.objects(u"history", false))
        t.history.append(
            {h.dateTime(u"at"), h.id(u"status"), h.text(u"statusLabel"), h.optionalText(u"note")});
    for (Reader &receipt : r.objects(u"receipts", false))
        t.receipts.append({receipt.id(u"business"), receipt.id(u"serial")});
    return t;
}

Result<CrossTransfer> CrossTransfer::fromJson(const QJsonObject &json)
{
    Reader r(json);
    CrossTransfer t = read(r);
    if (!r.ok())
        return r.error();
    return t;
}

Result<CrossTransferChange> CrossTransferChange::fromJson(const QJsonObject &json)
{
    Reader r(json);
    CrossTransferChange c;
    Reader transfer = r.object(u"transfer");
    c.transfer = CrossTransfer::read(transfer);
    const QJsonValue present = json.value(u"receipt");
    if (!present.isUndefined() && !present.isNull()) {
        Reader receipt = r.object(u"receipt"); // not an object: fails with its path
        c.receipt = Receipt::read(receipt);
    }
    if (!r.ok())
        return r.error();
    return c;
}

Result<CrossApplied> CrossApplied::fromJson(const QJsonObject &json)
{
    Reader r(json);
    CrossApplied a;
    Reader transfer = r.object(u"transfer");
    a.transfer = CrossTransfer::read(transfer);
    Reader letter = r.object(u"letter");
    a.letter = Receipt::read(letter);
    if (!r.ok())
        return r.error();
    return a;
}

Result<CrossTransferPage> CrossTransferPage::fromJson(const QJsonObject &json)
{
    Reader r(json);
    CrossTransferPage p;
    for (Reader &item : r.objects(u"items"))
        p.items.append(CrossTransfer::read(item));
    p.nextCursor = r.optionalText(u"nextCursor");
    if (!r.ok())
        return r.error();
    return p;
}

Result<TransferTransit> TransferTransit::fromJson(const QJsonObject &json)
{
    Reader r(json);
    TransferTransit t{amount(r, u"balanceFen"), int(r.integer(u"count"))};
    if (r.ok() && t.count < 0)
        r.invalid(u"count", u"negative"_qs);
    if (!r.ok())
        return r.error();
    return t;
}

namespace transfers {

ops::Request inCity(const QString &accountNumber, const QString &toUnitAccount, const QString &memo,
                    const QString &summary)
{
    QJsonObject body{{u"accountNumber"_qs, accountNumber.trimmed()},
                     {u"toUnitAccount"_qs, toUnitAccount.trimmed()}};
    if (!memo.trimmed().isEmpty())
        body.insert(u"memo"_qs, memo.trimmed());
    return post(kBase + u"/in-city"_qs, body, summary);
}

ops::Request inCityBatch(const QString &fromUnitAccount, const QString &toUnitAccount,
                         const QList<InCityBatchRow> &rows, const QString &summary)
{
    QJsonArray list;
    for (const InCityBatchRow &row : rows) {
        list.append(QJsonObject{
            {u"documentType"_qs, row.documentType.isEmpty() ? u"01"_qs : row.documentType.trimmed()},
            {u"documentNumber"_qs, row.documentNumber.trimmed()},
            {u"name"_qs, row.name.trimmed()}});
    }
    ops::Request request = post(kBase + u"/in-city/batches"_qs,
                                {{u"fromUnitAccount"_qs, fromUnitAccount.trimmed()},
                                 {u"toUnitAccount"_qs, toUnitAccount.trimmed()},
                                 {u"rows"_qs, list}},
                                summary);
    request.timeoutMs = 120000; // 500 transfers in one transaction take a while
    return request;
}

ops::Request merge(const QString &keepAccount, const QString &mergeAccount, const QString &summary)
{
    return post(kBase + u"/merges"_qs,
                {{u"keepAccount"_qs, keepAccount.trimmed()}, {u"mergeAccount"_qs, mergeAccount.trimmed()}},
                summary);
}

ApiRequest mergeCandidatesRequest(const QString &accountNumber)
{
    return ApiRequest::search(kBase + u"/merge-candidates"_qs,
                              {{u"accountNumber"_qs, accountNumber.trimmed()}});
}

void mergeCandidates(ApiClient *api, const QString &accountNumber, QObject *context,
                     std::function<void(const Reply<MergeCandidates> &)> done)
{
    api::fetch<MergeCandidates>(api, mergeCandidatesRequest(accountNumber), context,
                                &MergeCandidates::fromJson, std::move(done));
}

void get(ApiClient *api, const QString &serial, QObject *context,
         std::function<void(const Reply<InCityResult> &)> done)
{
    getJson<InCityResult>(api, kBase + u'/' + segment(serial.trimmed()), context, std::move(done));
}

void centers(ApiClient *api, QObject *context, std::function<void(const Reply<TransferCenters> &)> done)
{
    getJson<TransferCenters>(api, kBase + u"/centers"_qs, context, std::move(done));
}

ops::Request crossApply(const CrossApplication &a, const QString &summary)
{
    QJsonObject body{{u"sendingCenter"_qs, a.sendingCenter.trimmed()},
                     {u"accountNumber"_qs, a.accountNumber.trimmed()},
                     {u"oldAccount"_qs, a.oldAccount.trimmed()},
                     {u"oldUnitName"_qs, a.oldUnitName.trimmed()}};
    if (!a.phone.trimmed().isEmpty())
        body.insert(u"phone"_qs, a.phone.trimmed());
    return post(kCross, body, summary);
}

ops::Request crossCancel(const QString &letter, const QString &summary)
{
    return post(letterPath(letter, u"cancel"_qs), {}, summary);
}

ops::Request crossAccept(const QString &letter, const QString &summary)
{
    return post(letterPath(letter, u"accept"_qs), {}, summary);
}

ops::Request crossRefuse(const QString &letter, const QString &reason, const QString &summary)
{
    return post(letterPath(letter, u"refuse"_qs), {{u"reason"_qs, reason.trimmed()}}, summary);
}

ops::Request crossResend(const QString &letter, const QString &summary)
{
    return post(letterPath(letter, u"resend"_qs), {}, summary);
}

ops::Request crossFail(const QString &letter, const QString &reason, const QString &summary)
{
    return post(letterPath(letter, u"fail"_qs), {{u"reason"_qs, reason.trimmed()}}, summary);
}

ops::Request crossProgress(const QString &letter, const QString &summary)
{
    return post(letterPath(letter, u"progress"_qs), {}, summary);
}

void crossGet(ApiClient *api, const QString &letter, QObject *context,
              std::function<void(const Reply<CrossTransferChange> &)> done)
{
    getJson<CrossTransferChange>(api, kCross + u'/' + segment(letter.trimmed()), context, std::move(done));
}

QString crossListPath(const CrossListQuery &query)
{
    QUrlQuery q;
    if (!query.role.isEmpty())
        q.addQueryItem(u"role"_qs, query.role);
    if (!query.statuses.isEmpty())
        q.addQueryItem(u"status"_qs, query.statuses.join(u','));
    q.addQueryItem(u"limit"_qs, QString::number(std::clamp(query.limit, 1, 50)));
    if (!query.cursor.isEmpty())
        q.addQueryItem(u"cursor"_qs, query.cursor);
    return kCross + u'?' + q.query(QUrl::FullyEncoded);
}

void crossList(ApiClient *api, const CrossListQuery &query, QObject *context,
               std::function<void(const Reply<CrossTransferPage> &)> done)
{
    getJson<CrossTransferPage>(api, crossListPath(query), context, std::move(done));
}

void transit(ApiClient *api, QObject *context, std::function<void(const Reply<TransferTransit> &)> done)
{
    getJson<TransferTransit>(api, kBase + u"/transit"_qs, context, std::move(done));
}

} // namespace transfers

} // namespace hpf::client::api
