#include "changes/changetext.h"

namespace hpf::ui {

QString ChangeText::field(const QString &f)
{
    static const QList<std::pair<QString, const char *>> names{
        {u"name"_qs, QT_TR_NOOP("Name")},
        {u"mobile"_qs, QT_TR_NOOP("Mobile")},
        {u"contact"_qs, QT_TR_NOOP("Contact")},
        {u"contact.name"_qs, QT_TR_NOOP("Contact name")},
        {u"contact.mobile"_qs, QT_TR_NOOP("Contact mobile")},
        {u"officeAddress"_qs, QT_TR_NOOP("Office address")},
        {u"registeredAddress"_qs, QT_TR_NOOP("Registered address")},
        {u"bank"_qs, QT_TR_NOOP("Bank account")},
        {u"bank.code"_qs, QT_TR_NOOP("Bank")},
        {u"bank.name"_qs, QT_TR_NOOP("Bank branch name")},
        {u"bank.account"_qs, QT_TR_NOOP("Bank account number")},
        {u"remittanceDay"_qs, QT_TR_NOOP("Remittance day")},
        {u"legalRepresentative"_qs, QT_TR_NOOP("Legal representative")},
        {u"legalRepresentative.name"_qs, QT_TR_NOOP("Legal representative's name")},
        {u"legalRepresentative.documentType"_qs, QT_TR_NOOP("Legal representative's document type")},
        {u"legalRepresentative.documentNumber"_qs, QT_TR_NOOP("Legal representative's document number")},
    };
    for (const auto &[key, text] : names) {
        if (key == f)
            return tr(text);
    }
    return f;
}

QString ChangeText::changes(const QList<client::api::FieldChange> &changes)
{
    QStringList lines;
    for (const client::api::FieldChange &c : changes)
        lines.append(
            tr("%1: %2 → %3").arg(field(c.field), c.before.isEmpty() ? tr("(none)") : c.before, c.after));
    return lines.join(u'\n');
}

} // namespace hpf::ui
