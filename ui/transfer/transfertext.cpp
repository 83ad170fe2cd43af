#include "transfer/transfertext.h"

#include "domain/codetables.h"
#include "domain/errortext.h"
#include "domain/identity.h"
#include "domain/money.h"
#include "shell/translations.h"

#include <QLabel>

namespace hpf::ui {

namespace {

QString labelOf(const codes::Table &table, const QString &code)
{
    if (code.isEmpty())
        return {};
    // Table::label answers an unknown code with the code itself: say that it is one instead.
    if (!table.contains(code))
        return TransferText::tr("unknown code %1").arg(code);
    return table.label(code, TransferText::codeLanguage());
}

QString month(const QString &yyyyMm)
{
    return yyyyMm.isEmpty() ? QString() : yyyyMm;
}

} // namespace

QString TransferText::codeLanguage()
{
    return Translations::currentLanguage().startsWith(u"en") ? u"en"_qs : u"zh"_qs;
}

QString TransferText::accountState(const QString &code)
{
    return labelOf(codes::accountStates(), code);
}

QString TransferText::closeReason(const QString &code)
{
    return labelOf(codes::closeReasons(), code);
}

QString TransferText::transferStatus(const QString &code)
{
    return labelOf(codes::transferStatuses(), code);
}

QString TransferText::unitState(const QString &code)
{
    return labelOf(codes::unitAccountStates(), code);
}

QString TransferText::documentType(const QString &code)
{
    return labelOf(codes::documentTypes(), code);
}

bool TransferText::isRestricted(const client::api::Account &account)
{
    return account.heldFen.value_or(0) > 0;
}

QString TransferText::account(const client::api::Account &a)
{
    QStringList parts{accountState(a.state)};
    if (!a.name.isEmpty())
        parts << identity::maskName(a.name);
    if (!a.unitAccount.isEmpty())
        parts << tr("unit %1").arg(a.unitAccount);
    if (a.balanceFen)
        parts << tr("balance %1").arg(money::format(*a.balanceFen));
    if (!a.closeReason.isEmpty())
        parts << tr("closed: %1").arg(closeReason(a.closeReason));
    if (!a.successorAccount.isEmpty())
        parts << tr("now account %1").arg(a.successorAccount);
    QString text = parts.join(u" · "_qs);
    if (isRestricted(a))
        text += u" · "_qs + tr("Restricted (受限): money is held on this account");
    return text;
}

QString TransferText::unit(const QString &name, const QString &stateCode)
{
    return name + u" · "_qs + unitState(stateCode);
}

QString TransferText::transferLine(const client::api::CrossTransfer &t)
{
    const client::api::TransferCenterRef &other = t.isIncoming() ? t.sendingCenter : t.receivingCenter;
    return tr("%1 · %2 · %3 · %4 %5")
        .arg(t.letterNumber, transferStatus(t.status), identity::maskName(t.personName),
             t.isIncoming() ? tr("from") : tr("to"), other.name);
}

QString TransferText::transferDetails(const client::api::CrossTransfer &t)
{
    QStringList rows;
    const auto row = [&rows](const QString &label, const QString &value) {
        rows << u"<tr><td><b>%1</b></td><td>%2</td></tr>"_qs.arg(label.toHtmlEscaped(),
                                                                 value.toHtmlEscaped());
    };
    row(tr("Contact letter number"), t.letterNumber);
    row(tr("Status"), transferStatus(t.status) + (t.final ? tr(" (finished)") : QString()) +
                          (t.cancelRequested ? tr(" · cancellation requested") : QString()));
    row(tr("Direction"),
        t.isIncoming() ? tr("Transfer in (this center receives)") : tr("Transfer out (this center sends)"));
    row(tr("Sending center"), t.sendingCenter.name);
    row(tr("Receiving center"), t.receivingCenter.name);
    row(tr("Person"), identity::maskName(t.personName) + u" · "_qs + documentType(t.documentType) + u' ' +
                          t.documentNumberMasked);
    row(tr("Account at the sending center"), t.oldAccount + u" · "_qs + t.oldUnitName);
    if (!t.newAccount.isEmpty())
        row(tr("Account here"),
            t.newAccount + (t.newUnitName.isEmpty() ? QString() : u" · "_qs + t.newUnitName));
    if (t.transferOut) {
        const client::api::TransferOut &o = *t.transferOut;
        row(tr("Principal"), money::format(o.principalFen));
        row(tr("Interest"), money::format(o.interestFen));
        row(tr("Amount transferred"), money::format(o.amountFen));
        row(tr("Deposits"), tr("from %1 to %2").arg(month(o.openedMonth), month(o.lastPaidMonth)));
        row(tr("Six months continuous"), o.sixMonthsContinuous ? tr("yes") : tr("no"));
        row(tr("Fund loans used"), QString::number(o.loanCount));
        row(tr("Unsettled fund loan"), o.openLoan ? tr("yes") : tr("no"));
        if (o.fraudFlag)
            row(tr("Fraud flag"), tr("set by the sending center"));
    }
    if (!t.reason.isEmpty())
        row(tr("Reason"), t.reason);
    row(tr("Applied"), t.appliedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_qs));
    row(tr("Last change"), t.updatedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_qs));
    QString html = u"<table cellspacing=\"4\">"_qs + rows.join(QString()) + u"</table>"_qs;
    if (!t.history.isEmpty()) {
        QStringList lines;
        for (const client::api::CrossHistoryEntry &h : t.history) {
            QString line =
                h.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_qs) + u"  "_qs + transferStatus(h.status);
            if (!h.note.isEmpty())
                line += u" · "_qs + h.note;
            lines << line.toHtmlEscaped();
        }
        html += u"<p><b>%1</b><br>%2</p>"_qs.arg(tr("History").toHtmlEscaped(), lines.join(u"<br>"_qs));
    }
    return html;
}

QString TransferText::refusal(const QString &message, const Error &error)
{
    // Money held by a court (or as loan security) cannot leave: 受限, on the account, without any
    // court detail — every role sees the same words as on 1002.
    if (error.code == u"account.frozen")
        return tr("%1: Restricted (受限) — money on this account is held and cannot be transferred while the "
                  "hold lasts. %2")
            .arg(errortext::fieldLabel(u"accountNumber"_qs), message);
    // The outbox's message carries the request id; say which input it concerns when it names one.
    if (error.field.isEmpty() || message.contains(errortext::fieldLabel(error.field)))
        return message;
    return errortext::fieldLabel(error.field) + u": "_qs + message;
}

void TransferText::setStatus(QLabel *label, const QString &text, bool error)
{
    label->setStyleSheet(error ? u"color: #b00020;"_qs : QString());
    label->setText(text);
}

} // namespace hpf::ui
