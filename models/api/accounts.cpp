#include "api/accounts.h"

namespace hpf::client::api {

Account Account::read(Reader &r)
{
    Account a;
    a.accountNumber = r.id(u"accountNumber");
    a.state = r.id(u"state");
    a.stateLabel = r.optionalText(u"stateLabel");
    a.name = r.optionalText(u"name");
    a.documentType = r.optionalText(u"documentType");
    a.documentNumber = r.optionalText(u"documentNumber");
    a.unitAccount = r.optionalText(u"unitAccount");
    a.branch = r.optionalText(u"branch");
    a.baseFen = r.optionalInteger(u"baseFen");
    a.balanceFen = r.optionalInteger(u"balanceFen");
    a.heldFen = r.optionalInteger(u"heldFen");
    a.availableFen = r.optionalInteger(u"availableFen");
    a.openedOn = r.optionalDate(u"openedOn");
    a.closedOn = r.optionalDate(u"closedOn");
    a.closeReason = r.optionalText(u"closeReason");
    a.closeReasonLabel = r.optionalText(u"closeReasonLabel");
    a.successorAccount = r.optionalText(u"successorAccount");
    a.otherAccounts = int(r.optionalInteger(u"otherAccounts").value_or(0));
    if (a.otherAccounts < 0)
        r.invalid(u"otherAccounts", u"negative"_qs);
    return a;
}

Result<Account> Account::fromJson(const QJsonObject &json)
{
    Reader r(json);
    Account a = read(r);
    if (!r.ok())
        return r.error();
    return a;
}

Result<AccountStateChange> AccountStateChange::fromJson(const QJsonObject &json)
{
    Reader r(json);
    AccountStateChange c;
    c.serial = r.id(u"serial");
    Reader account = r.object(u"account");
    c.account = Account::read(account);
    c.previousState = r.optionalText(u"previousState");
    Reader receipt = r.object(u"receipt");
    c.receipt = Receipt::read(receipt);
    if (!r.ok())
        return r.error();
    return c;
}

Result<AccountList> AccountList::fromJson(const QJsonObject &json)
{
    Reader r(json);
    AccountList list;
    for (Reader item : r.objects(u"items"))
        list.items.append(Account::read(item));
    if (!r.ok())
        return r.error();
    return list;
}

namespace accounts {

ApiRequest findRequest(const PersonQuery &query)
{
    QJsonObject body;
    if (!query.documentNumber.isEmpty()) {
        body.insert(u"documentType"_qs, query.documentType.isEmpty() ? u"01"_qs : query.documentType);
        body.insert(u"documentNumber"_qs, query.documentNumber);
    } else if (!query.accountNumber.isEmpty()) {
        body.insert(u"accountNumber"_qs, query.accountNumber);
    } else {
        body.insert(u"name"_qs, query.name);
    }
    return ApiRequest::search(u"/api/v1/persons/search"_qs, body);
}

QString holdsPath(const QString &accountNumber)
{
    return u"/api/v1/accounts/"_qs + segment(accountNumber) + u"/holds"_qs;
}

void find(ApiClient *api, const PersonQuery &query, QObject *context,
          std::function<void(const Reply<AccountList> &)> done)
{
    api::fetch<AccountList>(api, findRequest(query), context, &AccountList::fromJson, std::move(done));
}

void fetch(ApiClient *api, const QString &accountNumber, QObject *context,
           std::function<void(const Reply<Account> &)> done)
{
    api::fetch<Account>(api, ApiRequest::get(u"/api/v1/accounts/"_qs + segment(accountNumber)), context,
                        &Account::fromJson, std::move(done));
}

ops::Request seal(const QString &accountNumber, const QString &reason, const QString &memo,
                  const QString &summary)
{
    QJsonObject body{{u"reason"_qs, reason}};
    if (!memo.isEmpty())
        body.insert(u"memo"_qs, memo);
    return {QByteArrayLiteral("POST"), u"/api/v1/accounts/"_qs + segment(accountNumber) + u"/seal"_qs, body,
            summary};
}

ops::Request unseal(const QString &accountNumber, const QString &memo, const QString &summary)
{
    QJsonObject body;
    if (!memo.isEmpty())
        body.insert(u"memo"_qs, memo);
    return {QByteArrayLiteral("POST"), u"/api/v1/accounts/"_qs + segment(accountNumber) + u"/unseal"_qs, body,
            summary};
}

} // namespace accounts

} // namespace hpf::client::api
