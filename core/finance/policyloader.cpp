#include "policyloader.h"

#include "domain/money.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace hpf::finance {

QString key(const QString &path, const char *name)
{
    const QString n = QString::fromLatin1(name);
    return path.isEmpty() ? n : path + u'.' + n;
}

QString index(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        return QStringLiteral("nothing");
    }
    return QStringLiteral("something else");
}

} // namespace

PolicyLoader::PolicyLoader(QString sourceName)
    : m_source(std::move(sourceName))
{}

bool PolicyLoader::fail(const QString &path, const QString &what)
{
    if (!m_error) {
        const QString where = path.isEmpty() ? QStringLiteral("(root)") : path;
        m_error = makeError(QStringLiteral("policy.invalid"), path, m_source + u": " + where + u": " + what);
    }
    return false;
}

bool PolicyLoader::checkKeys(const QJsonObject &object, const QString &path, Keys required, Keys optional)
{
    for (const char *name : required) {
        if (!object.contains(QLatin1String(name)))
            return fail(key(path, name), QStringLiteral("missing"));
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const Keys &list : {required, optional}) {
            for (const char *name : list)
                known = known || it.key() == QLatin1String(name);
        }
        if (!known)
            return fail(path.isEmpty() ? it.key() : path + u'.' + it.key(), QStringLiteral("unknown key"));
    }
    return true;
}

bool PolicyLoader::objectAt(const QJsonObject &parent, const QString &path, const char *name,
                            QJsonObject &out)
{
    const QJsonValue v = parent.value(QLatin1String(name));
    if (!v.isObject())
        return fail(key(path, name), QStringLiteral("expected an object, got ") + typeName(v));
    out = v.toObject();
    return true;
}

bool PolicyLoader::arrayAt(const QJsonObject &parent, const QString &path, const char *name, QJsonArray &out)
{
    const QJsonValue v = parent.value(QLatin1String(name));
    if (!v.isArray())
        return fail(key(path, name), QStringLiteral("expected an array, got ") + typeName(v));
    out = v.toArray();
    if (out.isEmpty())
        return fail(key(path, name), QStringLiteral("expected at least one row"));
    return true;
}

bool PolicyLoader::rowObject(const QJsonArray &rows, qsizetype i, const QString &path, QJsonObject &out)
{
    const QJsonValue v = rows.at(i);
    if (!v.isObject())
        return fail(index(path, i), QStringLiteral("expected an object, got ") + typeName(v));
    out = v.toObject();
    return true;
}

bool PolicyLoader::stringAt(const QJsonObject &parent, const QString &path, const char *name, QString &out)
{
    const QJsonValue v = parent.value(QLatin1String(name));
    if (!v.isString())
        return fail(key(path, name), QStringLiteral("expected a string, got ") + typeName(v));
    out = v.toString();
    if (out.trimmed().isEmpty())
        return fail(key(path, name), QStringLiteral("empty string"));
    return true;
}

bool PolicyLoader::percentAt(const QJsonObject &parent, const QString &path, const char *name, Rate &out,
                             Rate maximum)
{
    const QString p = key(path, name);
    const QJsonValue v = parent.value(QLatin1String(name));
    if (!v.isString())
        return fail(p, QStringLiteral("expected a percentage string, got ") + typeName(v));
    const Result<Rate> rate = parsePercent(v.toString(), p);
    if (!rate)
        return fail(p, QStringLiteral("expected a percentage string (%1)").arg(rate.error().detail));
    if (*rate > maximum)
        return fail(p, QStringLiteral("percentage above %1").arg(toPercentString(maximum)));
    out = *rate;
    return true;
}

bool PolicyLoader::moneyAt(const QJsonObject &parent, const QString &path, const char *name, qint64 &out)
{
    const QString p = key(path, name);
    const QJsonValue v = parent.value(QLatin1String(name));
    if (!v.isString())
        return fail(p, QStringLiteral("expected a money string like \"1900.00\", got ") + typeName(v));
    const Result<qint64> fen = money::parse(v.toString(), p);
    if (!fen)
        return fail(p,
                    QStringLiteral("expected a money string like \"1900.00\" (%1)").arg(fen.error().detail));
    out = *fen;
    return true;
}

bool PolicyLoader::dateAt(const QJsonObject &parent, const QString &path, const char *name, QDate &out)
{
    const QString p = key(path, name);
    const QJsonValue v = parent.value(QLatin1String(name));
    if (!v.isString())
        return fail(p, QStringLiteral("expected a date string YYYY-MM-DD, got ") + typeName(v));
    const QString s = v.toString();
    out = s.size() == 10 ? QDate::fromString(s, Qt::ISODate) : QDate();
    if (!out.isValid() || out.year() < 1900 || out.year() > 2999)
        return fail(p, QStringLiteral("expected a date YYYY-MM-DD, got \"%1\"").arg(s));
    return true;
}

bool PolicyLoader::integerAt(const QJsonObject &parent, const QString &path, const char *name, int &out,
                             int minimum, int maximum)
{
    const QString p = key(path, name);
    const QJsonValue v = parent.value(QLatin1String(name));
    const qint64 low = v.toInteger(std::numeric_limits<qint64>::min());
    const qint64 high = v.toInteger(std::numeric_limits<qint64>::max());
    if (!v.isDouble() || low != high)
        return fail(p, QStringLiteral("expected an integer, got ") + typeName(v));
    if (low < minimum || low > maximum)
        return fail(
            p,
            QStringLiteral("expected an integer from %1 to %2, got %3").arg(minimum).arg(maximum).arg(low));
    out = int(low);
    return true;
}

bool PolicyLoader::ratioRange(const QJsonObject &parent, const QString &path, const char *name,
                              RatioRange &out)
{
    QJsonObject o;
    const QString p = key(path, name);
    if (!objectAt(parent, path, name, o) || !checkKeys(o, p, {"min", "max"}) ||
        !percentAt(o, p, "min", out.min) || !percentAt(o, p, "max", out.max))
        return false;
    if (out.min > out.max)
        return fail(p, QStringLiteral("min above max"));
    return true;
}

bool PolicyLoader::baseRange(const QJsonObject &parent, const QString &path, const char *name, BaseRange &out)
{
    QJsonObject o;
    QString mode;
    const QString p = key(path, name);
    if (!objectAt(parent, path, name, o) || !checkKeys(o, p, {"floor", "ceiling", "outOfRange"}) ||
        !moneyAt(o, p, "floor", out.floor) || !moneyAt(o, p, "ceiling", out.ceiling) ||
        !stringAt(o, p, "outOfRange", mode))
        return false;
    if (out.ceiling <= 0)
        return fail(key(p, "ceiling"), QStringLiteral("must be above zero"));
    if (out.floor > out.ceiling)
        return fail(p, QStringLiteral("floor above ceiling"));
    if (mode == u"clamp")
        out.outOfRange = OutOfRangeBase::Clamp;
    else if (mode == u"refuse")
        out.outOfRange = OutOfRangeBase::Refuse;
    else
        return fail(key(p, "outOfRange"),
                    QStringLiteral("expected \"clamp\" or \"refuse\", got \"%1\"").arg(mode));
    return true;
}

bool PolicyLoader::rounding(const QJsonObject &parent, const QString &path, const char *name,
                            RoundingRule &out)
{
    QJsonObject o;
    QString precision;
    QString mode;
    const QString p = key(path, name);
    if (!objectAt(parent, path, name, o) || !checkKeys(o, p, {"precision", "mode"}) ||
        !stringAt(o, p, "precision", precision) || !stringAt(o, p, "mode", mode))
        return false;
    if (precision == u"fen")
        out.precision = Precision::Fen;
    else if (precision == u"jiao")
        out.precision = Precision::Jiao;
    else if (precision == u"yuan")
        out.precision = Precision::Yuan;
    else
        return fail(key(p, "precision"),
                    QStringLiteral("expected \"fen\", \"jiao\" or \"yuan\", got \"%1\"").arg(precision));
    if (mode == u"half_up")
        out.mode = RoundingMode::HalfUp;
    else if (mode == u"half_even")
        out.mode = RoundingMode::HalfEven;
    else if (mode == u"down")
        out.mode = RoundingMode::Down;
    else if (mode == u"up")
        out.mode = RoundingMode::Up;
    else
        return fail(
            key(p, "mode"),
            QStringLiteral("expected \"half_up\", \"half_even\", \"down\" or \"up\", got \"%1\"").arg(mode));
    return true;
}

bool PolicyLoader::nextDate(const QString &rowPath, QDate date, QDate &previous)
{
    if (previous.isValid()) {
        if (date == previous)
            return fail(key(rowPath, "effectiveFrom"),
                        QStringLiteral("duplicate date %1").arg(date.toString(Qt::ISODate)));
        if (date < previous)
            return fail(key(rowPath, "effectiveFrom"),
                        QStringLiteral("rows not sorted by date: %1 after %2")
                            .arg(date.toString(Qt::ISODate), previous.toString(Qt::ISODate)));
    }
    previous = date;
    return true;
}

Result<Policy> PolicyLoader::load(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(QString(), QStringLiteral("not valid JSON at offset %1: %2")
                            .arg(parseError.offset)
                            .arg(parseError.errorString()));
        return *m_error;
    }
    if (!doc.isObject()) {
        fail(QString(), QStringLiteral("expected a JSON object"));
        return *m_error;
    }
    const QJsonObject root = doc.object();
    Policy policy;
    policy.m_sourceName = m_source;
    policy.m_document = root;
    int version = 0;
    const bool ok = checkKeys(root, QString(),
                              {"schemaVersion", "center", "deposit", "flexibleEmployment", "depositInterest",
                               "loanRates", "loanLimits", "certificates", "freeze", "client", "login"},
                              {"note", "archive", "judicial", "transfer", "withdrawal", "contribution"}) &&
                    integerAt(root, QString(), "schemaVersion", version, 1, 1) &&
                    (!root.contains(QLatin1String("note")) || root.value(QLatin1String("note")).isString() ||
                     fail(QStringLiteral("note"), QStringLiteral("expected a string"))) &&
                    center(root, policy) && deposit(root, policy) && flexible(root, policy) &&
                    depositInterest(root, policy) && loanRates(root, policy) && loanLimits(root, policy) &&
                    certificates(root, policy) && misc(root, policy) && archive(root, policy) &&
                    judicial(root, policy) && transfer(root, policy) && withdrawal(root, policy) &&
                    contribution(root, policy);
    if (!ok)
        return *m_error;
    return policy;
}

} // namespace hpf::finance
