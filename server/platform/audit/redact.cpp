#include "platform/audit/redact.h"

#include "domain/identity.h"
#include "domain/mobile.h"
#include "platform/audit/auditkey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace hpf::server {

namespace {

bool masked(const QString &v)
{
    return v.contains(u'*');
}

// An 18-character citizen number with a valid check character, not part of a longer run.
const QRegularExpression &identityPattern()
{
    static const QRegularExpression re(uR"((?<![0-9A-Za-z])([0-9]{17}[0-9Xx])(?![0-9A-Za-z]))"_qs);
    return re;
}

bool validIdentity(QStringView number)
{
    return number.size() == 18 && identity::checkCharacter(number.left(17)) == number.at(17).toUpper();
}

class Redactor
{
public:
    explicit Redactor(const AuditKey *key)
        : m_key(key)
    {}

    QString identity(const QString &value)
    {
        if (value.isEmpty() || masked(value))
            return value;
        if (m_key)
            m_subjects.insert(identitySubject(*m_key, value));
        return identity::maskNumber(identity::normalize(value));
    }

    void account(const QString &value)
    {
        if (m_key && !value.isEmpty() && !masked(value))
            m_subjects.insert(accountSubject(*m_key, value));
    }

    QString text(const QString &value)
    {
        QString out = value;
        auto it = identityPattern().globalMatch(value);
        QList<QRegularExpressionMatch> hits;
        while (it.hasNext())
            hits.prepend(it.next()); // replace from the end so offsets stay right
        for (const auto &m : std::as_const(hits)) {
            if (validIdentity(m.capturedView(1)))
                out.replace(m.capturedStart(1), m.capturedLength(1), identity(m.captured(1)));
        }
        return out;
    }

    QJsonValue value(const QString &key, const QJsonValue &v, const QJsonObject &siblings)
    {
        if (v.isObject())
            return object(v.toObject());
        if (v.isArray()) {
            QJsonArray out;
            for (const QJsonValue &item : v.toArray())
                out.append(value(key, item, {}));
            return out;
        }
        if (!v.isString())
            return v;
        const QString s = v.toString();
        const QString k = key.toLower();
        if (k.endsWith(u"documentnumber") || k == u"idnumber" || k == u"idcardnumber")
            return identity(s);
        if (k == u"mobile" || k == u"phone" || k == u"telephone")
            return masked(s) || s.isEmpty() ? s : mobile::mask(s);
        if (k == u"name" || k == u"personname" || k == u"holdername" || k == u"employeename") {
            const bool personal = k != u"name" || siblings.contains(u"documentNumber") ||
                                  siblings.contains(u"documentType") || siblings.contains(u"mobile");
            return personal && !masked(s) ? identity::maskName(s) : s;
        }
        if (k == u"bankaccount" || (k == u"account" && siblings.contains(u"code"))) {
            if (masked(s) || s.size() <= 4)
                return s;
            return QString(QString(s.size() - 4, u'*') + s.right(4));
        }
        if (k == u"accountnumber")
            account(s);
        return text(s);
    }

    QJsonObject object(const QJsonObject &o)
    {
        QJsonObject out;
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), value(it.key(), it.value(), o));
        return out;
    }

    QStringList subjects() const
    {
        QStringList list(m_subjects.cbegin(), m_subjects.cend());
        list.sort();
        return list;
    }

private:
    const AuditKey *m_key;
    QSet<QString> m_subjects;
};

} // namespace

RedactedText redactAuditJson(const QString &json, const AuditKey *key)
{
    if (json.isEmpty())
        return {};
    Redactor r(key);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return {r.text(json), r.subjects()};
    const QString text =
        QString::fromUtf8(QJsonDocument(r.object(doc.object())).toJson(QJsonDocument::Compact));
    return {text, r.subjects()};
}

RedactedText redactAuditText(const QString &text, const AuditKey *key)
{
    Redactor r(key);
    const QString out = r.text(text);
    if (text.startsWith(u"account:"))
        r.account(text.mid(8));
    return {out, r.subjects()};
}

QString identitySubject(const AuditKey &key, const QString &documentNumber)
{
    return u"id:"_qs + key.digest(u"id", identity::normalize(documentNumber));
}

QString accountSubject(const AuditKey &key, const QString &accountNumber)
{
    return u"account:"_qs + key.digest(u"account", accountNumber.trimmed());
}

} // namespace hpf::server
