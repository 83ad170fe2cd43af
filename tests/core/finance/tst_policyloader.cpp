// The policy loader's refusals: every bad field named by its JSON path and the source.
#include "finance/policy.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace hpf;
using namespace hpf::finance;

namespace {

QByteArray defaultJson()
{
    QFile f(test::sourcePath(u"resources/policy/default-policy.json"_qs));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Splits "deposit[0].ratio.unit.max" into ["deposit", "0", "ratio", "unit", "max"].
QStringList splitPath(const QString &path)
{
    QString s = path;
    s.replace(u'[', u'.');
    s.remove(u']');
    return s.split(u'.');
}

// Replaces (or, with an undefined value, removes) the value at `path` below `v`.
QJsonValue edited(const QJsonValue &v, QStringList path, const QJsonValue &replacement)
{
    const QString head = path.takeFirst();
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        const int i = head.toInt();
        if (path.isEmpty()) {
            if (replacement.isUndefined())
                a.removeAt(i);
            else
                a[i] = replacement;
        } else {
            a[i] = edited(a.at(i), path, replacement);
        }
        return a;
    }
    QJsonObject o = v.toObject();
    if (path.isEmpty()) {
        if (replacement.isUndefined())
            o.remove(head);
        else
            o[head] = replacement;
    } else {
        o[head] = edited(o.value(head), path, replacement);
    }
    return o;
}

QByteArray withValue(const QString &path, const QJsonValue &replacement)
{
    const QJsonValue root = QJsonDocument::fromJson(defaultJson()).object();
    return QJsonDocument(edited(root, splitPath(path), replacement).toObject()).toJson();
}

} // namespace

class TestPolicyLoader : public QObject
{
    Q_OBJECT

private slots:
    void invalid_data();
    void invalid();
    void garbage_data();
    void garbage();
    void fromFileErrors();
    void loginRulesAreOptional();
    void loanApprovalDaysAreOptional();
    void archiveSection();
    void withdrawalSection();
    void randomMutationsNeverCrash();
};

void TestPolicyLoader::invalid_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value"); // undefined = remove the key
    QTest::addColumn<QString>("errorField");
    QTest::addColumn<QString>("detailPart");

    const QJsonValue remove(QJsonValue::Undefined);
    QTest::newRow("ratio not a string")
        << u"deposit[0].ratio.unit.max"_qs << QJsonValue(12) << u"deposit[0].ratio.unit.max"_qs
        << u"expected a percentage string"_qs;
    QTest::newRow("ratio garbage") << u"deposit[0].ratio.unit.max"_qs << QJsonValue(u"twelve"_qs)
                                   << u"deposit[0].ratio.unit.max"_qs << u"expected a percentage string"_qs;
    QTest::newRow("ratio above 100") << u"deposit[1].ratio.personal.max"_qs << QJsonValue(u"120"_qs)
                                     << u"deposit[1].ratio.personal.max"_qs << u"above 100"_qs;
    QTest::newRow("ratio min above max") << u"deposit[0].ratio.unit.min"_qs << QJsonValue(u"13"_qs)
                                         << u"deposit[0].ratio.unit"_qs << u"min above max"_qs;
    QTest::newRow("missing key") << u"deposit[0].rounding.unit.mode"_qs << remove
                                 << u"deposit[0].rounding.unit.mode"_qs << u"missing"_qs;
    QTest::newRow("unknown key") << u"deposit[0].ratio.extra"_qs << QJsonValue(u"1"_qs)
                                 << u"deposit[0].ratio.extra"_qs << u"unknown key"_qs;
    QTest::newRow("unknown top key") << u"depositt"_qs << QJsonValue(1) << u"depositt"_qs
                                     << u"unknown key"_qs;
    QTest::newRow("floor above ceiling") << u"deposit[0].base.floor"_qs << QJsonValue(u"30000.00"_qs)
                                         << u"deposit[0].base"_qs << u"floor above ceiling"_qs;
    QTest::newRow("ceiling zero") << u"flexibleEmployment[0].base.ceiling"_qs << QJsonValue(u"0.00"_qs)
                                  << u"flexibleEmployment[0].base.ceiling"_qs << u"above zero"_qs;
    QTest::newRow("money with 3 decimals") << u"deposit[0].base.floor"_qs << QJsonValue(u"1900.001"_qs)
                                           << u"deposit[0].base.floor"_qs << u"money string"_qs;
    QTest::newRow("money as number") << u"deposit[0].base.floor"_qs << QJsonValue(1900)
                                     << u"deposit[0].base.floor"_qs << u"money string"_qs;
    QTest::newRow("negative money") << u"loanLimits[0].centerCap"_qs << QJsonValue(u"-1.00"_qs)
                                    << u"loanLimits[0].centerCap"_qs << u"money string"_qs;
    QTest::newRow("bad out of range") << u"deposit[0].base.outOfRange"_qs << QJsonValue(u"ignore"_qs)
                                      << u"deposit[0].base.outOfRange"_qs << u"clamp"_qs;
    QTest::newRow("bad precision") << u"deposit[0].rounding.unit.precision"_qs << QJsonValue(u"li"_qs)
                                   << u"deposit[0].rounding.unit.precision"_qs << u"jiao"_qs;
    QTest::newRow("bad mode") << u"flexibleEmployment[1].rounding.mode"_qs << QJsonValue(u"HALF_UP"_qs)
                              << u"flexibleEmployment[1].rounding.mode"_qs << u"half_up"_qs;
    QTest::newRow("bad date") << u"deposit[0].effectiveFrom"_qs << QJsonValue(u"2023-02-30"_qs)
                              << u"deposit[0].effectiveFrom"_qs << u"YYYY-MM-DD"_qs;
    QTest::newRow("date with time") << u"deposit[0].effectiveFrom"_qs << QJsonValue(u"2023-07-01T00:00"_qs)
                                    << u"deposit[0].effectiveFrom"_qs << u"YYYY-MM-DD"_qs;
    QTest::newRow("date as number") << u"loanRates.rows[0].effectiveFrom"_qs << QJsonValue(20221001)
                                    << u"loanRates.rows[0].effectiveFrom"_qs << u"date"_qs;
    QTest::newRow("rows unsorted") << u"deposit[1].effectiveFrom"_qs << QJsonValue(u"2020-01-01"_qs)
                                   << u"deposit[1].effectiveFrom"_qs << u"not sorted"_qs;
    QTest::newRow("duplicate date") << u"loanRates.rows[2].effectiveFrom"_qs << QJsonValue(u"2024-05-18"_qs)
                                    << u"loanRates.rows[2].effectiveFrom"_qs << u"duplicate"_qs;
    QTest::newRow("empty table") << u"deposit"_qs << QJsonValue(QJsonArray()) << u"deposit"_qs
                                 << u"at least one row"_qs;
    QTest::newRow("table not array") << u"loanLimits"_qs << QJsonValue(QJsonObject()) << u"loanLimits"_qs
                                     << u"expected an array"_qs;
    QTest::newRow("row not object") << u"deposit[0]"_qs << QJsonValue(u"x"_qs) << u"deposit[0]"_qs
                                    << u"expected an object"_qs;
    QTest::newRow("missing section") << u"freeze"_qs << remove << u"freeze"_qs << u"missing"_qs;
    QTest::newRow("term float") << u"loanLimits[0].maxTermMonths"_qs << QJsonValue(360.5)
                                << u"loanLimits[0].maxTermMonths"_qs << u"integer"_qs;
    QTest::newRow("term as string") << u"loanLimits[0].maxTermMonths"_qs << QJsonValue(u"360"_qs)
                                    << u"loanLimits[0].maxTermMonths"_qs << u"integer"_qs;
    QTest::newRow("term zero") << u"loanLimits[0].maxTermMonths"_qs << QJsonValue(0)
                               << u"loanLimits[0].maxTermMonths"_qs << u"from 1"_qs;
    QTest::newRow("ltv above 100") << u"loanLimits[0].maxLoanToValue.firstHome"_qs << QJsonValue(u"100.01"_qs)
                                   << u"loanLimits[0].maxLoanToValue.firstHome"_qs << u"above 100"_qs;
    QTest::newRow("settlement day") << u"depositInterest.settlementDay"_qs << QJsonValue(u"02-29"_qs)
                                    << u"depositInterest.settlementDay"_qs << u"MM-DD"_qs;
    QTest::newRow("repricing") << u"loanRates.repricing"_qs << QJsonValue(u"sometime"_qs)
                               << u"loanRates.repricing"_qs << u"next_january_1"_qs;
    QTest::newRow("approval days 0") << u"loanLimits[0].approvalDays"_qs << QJsonValue(0)
                                     << u"loanLimits[0].approvalDays"_qs << u"integer"_qs;
    QTest::newRow("approval days a string") << u"loanLimits[0].approvalDays"_qs << QJsonValue(u"15"_qs)
                                            << u"loanLimits[0].approvalDays"_qs << u"integer"_qs;
    // issue 18: 罚息 per day and the reminder thresholds.
    QTest::newRow("penalty above 1% a day") << u"loanLimits[0].penaltyPerDay"_qs << QJsonValue(u"1.5"_qs)
                                            << u"loanLimits[0].penaltyPerDay"_qs << u"above"_qs;
    QTest::newRow("penalty a number") << u"loanLimits[0].penaltyPerDay"_qs << QJsonValue(0.005)
                                      << u"loanLimits[0].penaltyPerDay"_qs << u"percentage"_qs;
    QTest::newRow("reminder days empty") << u"loanLimits[0].reminderDays"_qs << QJsonValue(QJsonArray())
                                         << u"loanLimits[0].reminderDays"_qs << u"at least one"_qs;
    QTest::newRow("reminder days descending")
        << u"loanLimits[0].reminderDays"_qs << QJsonValue(QJsonArray{30, 3})
        << u"loanLimits[0].reminderDays[1]"_qs << u"ascending"_qs;
    QTest::newRow("reminder days fraction") << u"loanLimits[0].reminderDays"_qs << QJsonValue(QJsonArray{1.5})
                                            << u"loanLimits[0].reminderDays[0]"_qs << u"whole days"_qs;
    QTest::newRow("reminder days 0") << u"loanLimits[0].reminderDays"_qs << QJsonValue(QJsonArray{0})
                                     << u"loanLimits[0].reminderDays[0]"_qs << u"whole days"_qs;
    QTest::newRow("loan rate 5 decimals")
        << u"loanRates.rows[0].secondHome.over5Years"_qs << QJsonValue(u"3.57501"_qs)
        << u"loanRates.rows[0].secondHome.over5Years"_qs << u"percentage"_qs;
    QTest::newRow("certificate months 0") << u"certificates.validityMonths.deposit_proof"_qs << QJsonValue(0)
                                          << u"certificates.validityMonths.deposit_proof"_qs << u"integer"_qs;
    QTest::newRow("certificate type name") << u"certificates.validityMonths.异地"_qs << QJsonValue(2)
                                           << u"certificates.validityMonths"_qs << u"not a code"_qs;
    QTest::newRow("default above max")
        << u"freeze.defaultMonths"_qs << QJsonValue(37) << u"freeze.defaultMonths"_qs << u"to 36"_qs;
    QTest::newRow("schema version") << u"schemaVersion"_qs << QJsonValue(2) << u"schemaVersion"_qs
                                    << u"from 1 to 1"_qs;
    QTest::newRow("empty center name")
        << u"center.name"_qs << QJsonValue(u"  "_qs) << u"center.name"_qs << u"empty"_qs;
    QTest::newRow("note not a string") << u"note"_qs << QJsonValue(1) << u"note"_qs << u"string"_qs;
    QTest::newRow("null value") << u"login.maxFailures"_qs << QJsonValue(QJsonValue::Null)
                                << u"login.maxFailures"_qs << u"null"_qs;
    // The sign-in rules (issue 12): optional, but checked when present.
    QTest::newRow("session hours 0") << u"login.sessionMaxHours"_qs << QJsonValue(0)
                                     << u"login.sessionMaxHours"_qs << u"from 1"_qs;
    QTest::newRow("session hours fraction")
        << u"login.sessionMaxHours"_qs << QJsonValue(12.5) << u"login.sessionMaxHours"_qs << u"integer"_qs;
    QTest::newRow("session longer than a week")
        << u"login.sessionMaxHours"_qs << QJsonValue(169) << u"login.sessionMaxHours"_qs << u"to 168"_qs;
    QTest::newRow("password length 7")
        << u"login.passwordMinLength"_qs << QJsonValue(7) << u"login.passwordMinLength"_qs << u"from 8"_qs;
    QTest::newRow("password age negative")
        << u"login.passwordMaxAgeDays"_qs << QJsonValue(-1) << u"login.passwordMaxAgeDays"_qs << u"from 0"_qs;
    QTest::newRow("password history 25")
        << u"login.passwordHistory"_qs << QJsonValue(25) << u"login.passwordHistory"_qs << u"to 24"_qs;
    QTest::newRow("unlock flag as string") << u"login.unlockNeedsSecondFactor"_qs << QJsonValue(u"yes"_qs)
                                           << u"login.unlockNeedsSecondFactor"_qs << u"true or false"_qs;
    QTest::newRow("second-factor roles as string")
        << u"login.secondFactorRoles"_qs << QJsonValue(u"supervisor"_qs) << u"login.secondFactorRoles"_qs
        << u"array"_qs;
    QTest::newRow("second-factor role empty") << u"login.secondFactorRoles[1]"_qs << QJsonValue(u""_qs)
                                              << u"login.secondFactorRoles[1]"_qs << u"role name"_qs;
    QTest::newRow("second-factor role a number") << u"login.secondFactorRoles[0]"_qs << QJsonValue(3)
                                                 << u"login.secondFactorRoles[0]"_qs << u"role name"_qs;
    QTest::newRow("unknown login key")
        << u"login.pinLength"_qs << QJsonValue(6) << u"login.pinLength"_qs << u"unknown key"_qs;
    // archive (issue 14)
    QTest::newRow("archive scan missing")
        << u"archive.scan"_qs << remove << u"archive.scan"_qs << u"missing"_qs;
    QTest::newRow("archive dpi below minDpi")
        << u"archive.scan.dpi"_qs << QJsonValue(150) << u"archive.scan.dpi"_qs << u"from 200"_qs;
    QTest::newRow("archive colour mode unknown") << u"archive.scan.colourMode"_qs << QJsonValue(u"sepia"_qs)
                                                 << u"archive.scan.colourMode"_qs << u"bitonal, grey"_qs;
    QTest::newRow("archive fonds lower case")
        << u"archive.fonds"_qs << QJsonValue(u"hpf"_qs) << u"archive.fonds"_qs << u"A-Z"_qs;
    QTest::newRow("archive pattern without seq6")
        << u"archive.archiveNumberPattern"_qs << QJsonValue(u"{fonds}-{year}"_qs)
        << u"archive.archiveNumberPattern"_qs << u"{seq6} is required"_qs;
    QTest::newRow("archive pattern unknown token")
        << u"archive.archiveNumberPattern"_qs << QJsonValue(u"{fonds}-{month}-{seq6}"_qs)
        << u"archive.archiveNumberPattern"_qs << u"unknown token"_qs;
    QTest::newRow("archive pattern token twice")
        << u"archive.archiveNumberPattern"_qs << QJsonValue(u"{seq6}{seq6}"_qs)
        << u"archive.archiveNumberPattern"_qs << u"more than once"_qs;
    QTest::newRow("archive checkEveryDays 0")
        << u"archive.checkEveryDays"_qs << QJsonValue(0) << u"archive.checkEveryDays"_qs << u"from 1"_qs;
    QTest::newRow("archive business not an operation")
        << u"archive.businesses[0].business"_qs << QJsonValue(u"opening"_qs)
        << u"archive.businesses[0].business"_qs << u"operation name"_qs;
    QTest::newRow("archive business twice")
        << u"archive.businesses[1].business"_qs << QJsonValue(u"openings.account"_qs)
        << u"archive.businesses[1].business"_qs << u"listed twice"_qs;
    QTest::newRow("archive class lower case") << u"archive.businesses[0].class"_qs << QJsonValue(u"gr"_qs)
                                              << u"archive.businesses[0].class"_qs << u"A-Z"_qs;
    QTest::newRow("archive no materials") << u"archive.businesses[2].materials"_qs << QJsonValue(QJsonArray())
                                          << u"archive.businesses[2].materials"_qs << u"at least one"_qs;
    QTest::newRow("archive material code with a dash")
        << u"archive.businesses[0].materials[1].code"_qs << QJsonValue(u"id-card"_qs)
        << u"archive.businesses[0].materials[1].code"_qs << u"a-z, 0-9 and _"_qs;
    QTest::newRow("archive material code twice")
        << u"archive.businesses[0].materials[1].code"_qs << QJsonValue(u"id_card"_qs)
        << u"archive.businesses[0].materials[1].code"_qs << u"listed twice"_qs;
    QTest::newRow("archive required as string")
        << u"archive.businesses[0].materials[0].required"_qs << QJsonValue(u"yes"_qs)
        << u"archive.businesses[0].materials[0].required"_qs << u"true or false"_qs;
    QTest::newRow("archive minPages 0") << u"archive.businesses[0].materials[0].minPages"_qs << QJsonValue(0)
                                        << u"archive.businesses[0].materials[0].minPages"_qs << u"from 1"_qs;
    QTest::newRow("archive material name empty")
        << u"archive.businesses[0].materials[0].name"_qs << QJsonValue(u" "_qs)
        << u"archive.businesses[0].materials[0].name"_qs << u"empty string"_qs;
    QTest::newRow("archive unknown key") << u"archive.retentionYears"_qs << QJsonValue(30)
                                         << u"archive.retentionYears"_qs << u"unknown key"_qs;
    // Issue 17: the withdrawal section, bad values named by their path.
    QTest::newRow("withdrawal state not a code")
        << u"withdrawal.types[0].rows[0].accountStates"_qs << QJsonValue(QJsonArray{u"07"_qs})
        << u"withdrawal.types[0].rows[0].accountStates"_qs << u"account_state"_qs;
    QTest::newRow("withdrawal rows out of order")
        << u"withdrawal.types[7].rows[1].effectiveFrom"_qs << QJsonValue(u"2015-01-01"_qs)
        << u"withdrawal.types[7].rows[1].effectiveFrom"_qs << u"not sorted"_qs;
    QTest::newRow("withdrawal rows same date")
        << u"withdrawal.types[7].rows[1].effectiveFrom"_qs << QJsonValue(u"2016-01-01"_qs)
        << u"withdrawal.types[7].rows[1].effectiveFrom"_qs << u"duplicate date"_qs;
    QTest::newRow("withdrawal unknown type") << u"withdrawal.types[0].type"_qs << QJsonValue(u"lottery"_qs)
                                             << u"withdrawal.types[0].type"_qs << u"expected one of"_qs;
    QTest::newRow("withdrawal type twice") << u"withdrawal.types[1].type"_qs << QJsonValue(u"purchase"_qs)
                                           << u"withdrawal.types[1].type"_qs << u"listed twice"_qs;
    QTest::newRow("withdrawal reason not TQYY")
        << u"withdrawal.types[0].reason"_qs << QJsonValue(u"42"_qs) << u"withdrawal.types[0].reason"_qs
        << u"withdrawal_reason"_qs;
    QTest::newRow("withdrawal closing type without reason")
        << u"withdrawal.types[2].closeReason"_qs << QJsonValue(u""_qs)
        << u"withdrawal.types[2].closeReason"_qs << u"close_reason"_qs;
    QTest::newRow("withdrawal partial type with a close reason")
        << u"withdrawal.types[0].closeReason"_qs << QJsonValue(u"01"_qs)
        << u"withdrawal.types[0].closeReason"_qs << u"close_reason"_qs;
    QTest::newRow("withdrawal business of another type")
        << u"withdrawal.types[0].business"_qs << QJsonValue(u"withdrawals.build"_qs)
        << u"withdrawal.types[0].business"_qs << u"withdrawals.purchase"_qs;
    QTest::newRow("withdrawal share above 100")
        << u"withdrawal.types[0].rows[0].maxShareOfEvidence"_qs << QJsonValue(u"120%"_qs)
        << u"withdrawal.types[0].rows[0].maxShareOfEvidence"_qs << u"above"_qs;
    QTest::newRow("withdrawal share without evidence")
        << u"withdrawal.types[0].rows[0].limitEvidence"_qs << QJsonValue(QJsonValue::Undefined)
        << u"withdrawal.types[0].rows[0].maxShareOfEvidence"_qs << u"go together"_qs;
    QTest::newRow("withdrawal limit evidence unknown")
        << u"withdrawal.types[0].rows[0].limitEvidence"_qs << QJsonValue(u"salary"_qs)
        << u"withdrawal.types[0].rows[0].limitEvidence"_qs << u"priceFen"_qs;
    QTest::newRow("withdrawal grant as a number") << u"withdrawal.grantAbove"_qs << QJsonValue(50000)
                                                  << u"withdrawal.grantAbove"_qs << u"money string"_qs;
    QTest::newRow("withdrawal unknown rule key")
        << u"withdrawal.types[0].rows[0].everyFullMoon"_qs << QJsonValue(true)
        << u"withdrawal.types[0].rows[0].everyFullMoon"_qs << u"unknown key"_qs;
    QTest::newRow("withdrawal weekly rent")
        << u"withdrawal.types[7].frequencies"_qs << QJsonValue(QJsonArray{u"weekly"_qs})
        << u"withdrawal.types[7].frequencies"_qs << u"monthly or quarterly"_qs;
    QTest::newRow("withdrawal negative months")
        << u"withdrawal.types[0].rows[0].withinMonthsOfEvent"_qs << QJsonValue(-1)
        << u"withdrawal.types[0].rows[0].withinMonthsOfEvent"_qs << u"from 0"_qs;
    QTest::newRow("withdrawal cap as a number")
        << u"withdrawal.types[7].rows[1].monthlyCap"_qs << QJsonValue(1500)
        << u"withdrawal.types[7].rows[1].monthlyCap"_qs << u"money string"_qs;
    QTest::newRow("withdrawal heir as a string")
        << u"withdrawal.types[8].rows[0].heirRequired"_qs << QJsonValue(u"yes"_qs)
        << u"withdrawal.types[8].rows[0].heirRequired"_qs << u"true or false"_qs;
    QTest::newRow("withdrawal no rows") << u"withdrawal.types[3].rows"_qs << QJsonValue(QJsonArray())
                                        << u"withdrawal.types[3].rows"_qs << u"at least one"_qs;
}

void TestPolicyLoader::invalid()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, errorField);
    QFETCH(QString, detailPart);

    const Result<Policy> p = Policy::fromJson(withValue(path, value), u"default-policy.json"_qs);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().code, u"policy.invalid"_qs);
    QCOMPARE(p.error().field, errorField);
    QVERIFY2(p.error().detail.startsWith(u"default-policy.json: "_qs + errorField + u": "_qs),
             qPrintable(p.error().detail));
    QVERIFY2(p.error().detail.contains(detailPart), qPrintable(p.error().detail));
}

void TestPolicyLoader::garbage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("detailPart");

    QTest::newRow("empty") << QByteArray() << u"not valid JSON"_qs;
    QTest::newRow("whitespace") << QByteArray("   \n") << u"not valid JSON"_qs;
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4) << u"not valid JSON"_qs;
    QTest::newRow("truncated") << defaultJson().left(200) << u"not valid JSON"_qs;
    QTest::newRow("array root") << QByteArray("[1,2]") << u"expected a JSON object"_qs;
    QTest::newRow("empty object") << QByteArray("{}") << u"missing"_qs;
    QTest::newRow("string root") << QByteArray("\"policy\"") << u"(root)"_qs;
}

void TestPolicyLoader::garbage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, detailPart);

    const Result<Policy> p = Policy::fromJson(bytes, u"broken.json"_qs);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().code, u"policy.invalid"_qs);
    QVERIFY2(p.error().detail.startsWith(u"broken.json: "_qs), qPrintable(p.error().detail));
    QVERIFY2(p.error().detail.contains(detailPart), qPrintable(p.error().detail));
}

void TestPolicyLoader::fromFileErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Result<Policy> missing = Policy::fromFile(dir.filePath(u"absent.json"_qs));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, u"policy.unreadable"_qs);
    QVERIFY(missing.error().detail.contains(u"absent.json"_qs));

    const QString bad = dir.filePath(u"bad.json"_qs);
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(withValue(u"login.lockMinutes"_qs, QJsonValue(-1)));
    f.close();
    const Result<Policy> p = Policy::fromFile(bad);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().field, u"login.lockMinutes"_qs);
    QVERIFY2(p.error().detail.startsWith(bad + u": login.lockMinutes: "_qs), qPrintable(p.error().detail));
}

// A policy file written before the sign-in rules existed loads, with their defaults.
void TestPolicyLoader::loginRulesAreOptional()
{
    QJsonObject root = QJsonDocument::fromJson(defaultJson()).object();
    root.insert(u"login"_qs, QJsonObject{{u"maxFailures"_qs, 3}, {u"lockMinutes"_qs, 15}});
    const Result<Policy> p = Policy::fromJson(QJsonDocument(root).toJson(), u"old.json"_qs);
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().detail));
    QCOMPARE(p->loginLimits().maxFailures, 3);
    QCOMPARE(p->loginLimits().sessionMaxHours, LoginLimits{}.sessionMaxHours);
    QCOMPARE(p->loginLimits().secondFactorRoles, LoginLimits{}.secondFactorRoles);
    QCOMPARE(p->loginLimits().passwordHistory, LoginLimits{}.passwordHistory);
    // An empty list: no role is forced to use a second factor.
    root.insert(u"login"_qs, QJsonObject{{u"maxFailures"_qs, 3},
                                         {u"lockMinutes"_qs, 15},
                                         {u"secondFactorRoles"_qs, QJsonArray()},
                                         {u"unlockNeedsSecondFactor"_qs, true}});
    const Result<Policy> none = Policy::fromJson(QJsonDocument(root).toJson(), u"none.json"_qs);
    QVERIFY(none.ok());
    QVERIFY(none->loginLimits().secondFactorRoles.isEmpty());
    QVERIFY(none->loginLimits().unlockNeedsSecondFactor);
}

// Issue 18: the loan approval days (条例 第二十六条) are optional; older files decide in 15 days.
void TestPolicyLoader::loanApprovalDaysAreOptional()
{
    QJsonObject root = QJsonDocument::fromJson(defaultJson()).object();
    QJsonArray limits = root.value(u"loanLimits"_qs).toArray();
    QJsonObject row = limits.at(0).toObject();
    QCOMPARE(row.value(u"approvalDays"_qs).toInt(), 15); // the shipped policy says it
    row.insert(u"approvalDays"_qs, 10);
    limits.replace(0, row);
    root.insert(u"loanLimits"_qs, limits);
    const Result<Policy> ten = Policy::fromJson(QJsonDocument(root).toJson(), u"ten.json"_qs);
    QVERIFY2(ten.ok(), qPrintable(ten.ok() ? QString() : ten.error().detail));
    QCOMPARE(ten->loanLimitRows().at(0).approvalDays, 10);
    row.remove(u"approvalDays"_qs);
    limits.replace(0, row);
    root.insert(u"loanLimits"_qs, limits);
    const Result<Policy> old = Policy::fromJson(QJsonDocument(root).toJson(), u"old.json"_qs);
    QVERIFY2(old.ok(), qPrintable(old.ok() ? QString() : old.error().detail));
    QCOMPARE(old->loanLimitRows().at(0).approvalDays, 15);
    // issue 18: the shipped 罚息 is 0.005% (0.5‱, 50 ppm) a day; an older file gets the same.
    QCOMPARE(ten->loanLimitRows().at(0).penaltyPerDay.ppm, qint64(50));
    QCOMPARE(ten->loanLimitRows().at(0).reminderDays, (QList<int>{3, 30, 90}));
    row.remove(u"penaltyPerDay"_qs);
    row.remove(u"reminderDays"_qs);
    limits.replace(0, row);
    root.insert(u"loanLimits"_qs, limits);
    const Result<Policy> older = Policy::fromJson(QJsonDocument(root).toJson(), u"older.json"_qs);
    QVERIFY2(older.ok(), qPrintable(older.ok() ? QString() : older.error().detail));
    QCOMPARE(older->loanLimitRows().at(0).penaltyPerDay.ppm, qint64(50));
    QCOMPARE(older->loanLimitRows().at(0).reminderDays, (QList<int>{3, 30, 90}));
}

// The archive section: the checklist, the 档号 scheme, and the embedded defaults for a policy file
// written before the archive existed.
void TestPolicyLoader::archiveSection()
{
    auto p = Policy::fromJson(defaultJson(), u"default-policy.json"_qs);
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().detail));
    const ArchivePolicy &a = p->archive();
    QCOMPARE(a.scan.dpi, 300);
    QCOMPARE(a.scan.colourMode, u"grey"_qs);
    QCOMPARE(a.checkEveryDays, 30);
    const ArchiveBusiness *opening = a.business(u"openings.account"_qs);
    QVERIFY(opening);
    QCOMPARE(opening->classCode, u"GR"_qs);
    QCOMPARE(opening->materials.size(), 3);
    QCOMPARE(opening->materials.at(0).code, u"id_card"_qs);
    QCOMPARE(opening->materials.at(0).minPages, 2);
    QVERIFY(!opening->materials.at(2).required);
    // Issue 15: the judicial businesses replace holds.create / holds.release.
    for (const char *b : {"openings.unit", "accounts.seal", "accounts.unseal", "judicial.freeze",
                          "judicial.renew", "judicial.unfreeze", "judicial.deduct", "withdrawals.purchase",
                          "withdrawals.rent", "withdrawals.death"})
        QVERIFY2(a.business(QString::fromLatin1(b)), b);
    QVERIFY(!a.business(u"loans.create"_qs));
    // Issue 17: one checklist per withdrawal type replaces the single withdrawals.create entry.
    QVERIFY(!a.business(u"withdrawals.create"_qs));
    QCOMPARE(a.archiveNumber(2026, u"GR"_qs, 1), u"HPF-2026-GR-000001"_qs);
    QCOMPARE(a.archiveNumber(2027, u"SF"_qs, 999999), u"HPF-2027-SF-999999"_qs);

    QJsonObject root = QJsonDocument::fromJson(defaultJson()).object();
    root.remove(u"archive"_qs);
    auto old = Policy::fromJson(QJsonDocument(root).toJson(), u"old.json"_qs);
    QVERIFY(old.ok());
    QCOMPARE(old->archive(), a);
}

void TestPolicyLoader::withdrawalSection()
{
    auto p = Policy::fromJson(defaultJson(), u"default-policy.json"_qs);
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().detail));
    const WithdrawalPolicy &w = p->withdrawal();
    QCOMPARE(w.grantAboveFen, 5000000);
    QCOMPARE(w.types.size(), 9);
    const WithdrawalType *rent = w.type(u"rent");
    QVERIFY(rent);
    QCOMPARE(rent->reason, u"07"_qs);
    QCOMPARE(rent->frequencies, (QStringList{u"monthly"_qs, u"quarterly"_qs}));
    // The date picks the row: the 2016 cap until the day before the 2024 row, then the new one.
    QCOMPARE(rent->ruleAt(QDate(2024, 6, 30))->monthlyCapFen, 100000);
    QCOMPARE(rent->ruleAt(QDate(2024, 7, 1))->monthlyCapFen, 150000);
    QCOMPARE(rent->ruleAt(QDate(2015, 12, 31)).error().code, u"policy.not_in_effect"_qs);
    QCOMPARE(rent->ruleAt(QDate()).error().code, u"policy.not_in_effect"_qs);
    const WithdrawalType *retirement = w.type(u"retirement");
    QVERIFY(retirement && retirement->closesAccount);
    QCOMPARE(retirement->closeReason, u"01"_qs);
    QCOMPARE(retirement->ruleAt(QDate(2026, 1, 1))->minAgeMale, 60);
    QCOMPARE(retirement->ruleAt(QDate(2026, 1, 1))->minAgeFemale, 50);
    QCOMPARE(w.type(u"incapacity")->ruleAt(QDate(2026, 1, 1))->accountStates, QStringList{u"02"_qs});
    QVERIFY(w.type(u"death")->ruleAt(QDate(2026, 1, 1))->heirRequired);
    QVERIFY(!w.type(u"lottery"));
    // Every type has its archive checklist.
    for (const WithdrawalType &t : w.types)
        QVERIFY2(p->archive().business(t.business), qPrintable(t.business));

    // A file without the section gets the embedded default's.
    QJsonObject root = QJsonDocument::fromJson(defaultJson()).object();
    root.remove(u"withdrawal"_qs);
    auto old = Policy::fromJson(QJsonDocument(root).toJson(), u"old.json"_qs);
    QVERIFY(old.ok());
    QCOMPARE(old->withdrawal(), w);
}

void TestPolicyLoader::randomMutationsNeverCrash()
{
    // Flip, drop and insert bytes of the real file: the loader returns a value or an error, never
    // crashes, and an accepted document always has usable tables.
    const QByteArray original = defaultJson();
    QVERIFY(!original.isEmpty());
    QRandomGenerator rng(20250508);
    int accepted = 0;
    for (int round = 0; round < 2000; ++round) {
        QByteArray bytes = original;
        const int edits = 1 + int(rng.bounded(4));
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = qsizetype(rng.bounded(quint32(bytes.size())));
            switch (rng.bounded(3)) {
            case 0:
                bytes[at] = char(rng.bounded(256));
                break;
            case 1:
                bytes.remove(at, 1);
                break;
            default:
                bytes.insert(at, "0123456789\"{}[],:-."[rng.bounded(19)]);
                break;
            }
        }
        const Result<Policy> p = Policy::fromJson(bytes, u"mutated"_qs);
        if (p.ok()) {
            ++accepted;
            QVERIFY(!p->depositRows().isEmpty());
            QVERIFY(!p->loanRateRows().isEmpty());
            for (const DepositPolicy &d : p->depositRows())
                QVERIFY(d.base.floor <= d.base.ceiling && d.unitRatio.min <= d.unitRatio.max);
        } else {
            QCOMPARE(p.error().code, u"policy.invalid"_qs);
            QVERIFY(p.error().detail.startsWith(u"mutated: "_qs));
        }
    }
    QVERIFY(accepted < 2000);
}

QTEST_GUILESS_MAIN(TestPolicyLoader)
#include "tst_policyloader.moc"
