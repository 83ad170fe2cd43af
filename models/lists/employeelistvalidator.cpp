#include "lists/employeelistvalidator.h"

#include "domain/codetables.h"
#include "domain/errortext.h"
#include "domain/identity.h"
#include "domain/mobile.h"
#include "domain/money.h"
#include "finance/deposit.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace hpf::client {

namespace {

constexpr int kMaxNameChars = 60; // as the server's PersonalOpening.name

class Messages
{
public:
    const QString &operator()(const QString &code)
    {
        auto it = m_cache.constFind(code);
        if (it == m_cache.constEnd())
            it = m_cache.insert(code, errortext::message(code));
        return it.value();
    }

private:
    QHash<QString, QString> m_cache;
};

QString clampCode(finance::BaseClamp clamp)
{
    return clamp == finance::BaseClamp::RaisedToFloor ? u"deposit.base_raised_to_floor"_qs
                                                      : u"deposit.base_lowered_to_ceiling"_qs;
}

} // namespace

ListValidationOptions ListValidationOptions::fromPolicy(const finance::Policy &policy, QDate month)
{
    ListValidationOptions o;
    o.today = month;
    if (auto row = policy.depositAt(month))
        o.base = row->base;
    return o;
}

EmployeeListValidator::EmployeeListValidator(const ListValidationOptions &options)
    : m_options(options)
{
    if (!m_options.today.isValid())
        m_options.today = QDate::currentDate();
}

std::optional<QString> EmployeeListValidator::documentTypeCode(QStringView cell)
{
    const QString text = cell.trimmed().toString();
    if (text.isEmpty())
        return u"01"_qs;
    const codes::Table &table = codes::documentTypes();
    bool isNumber = false;
    const int n = text.toInt(&isNumber);
    if (isNumber) {
        const QString code = QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
        if (table.contains(code))
            return code;
        return std::nullopt;
    }
    if (text == u"身份证" || text == u"二代身份证")
        return u"01"_qs;
    for (const codes::Entry &e : table.entries) {
        if (text == QStringView(e.zh) || text.compare(QLatin1String(e.en), Qt::CaseInsensitive) == 0)
            return QString::fromUtf16(e.code);
    }
    return std::nullopt;
}

ListValidation EmployeeListValidator::validate(const EmployeeList &list,
                                               const std::function<bool(int)> &progress) const
{
    ListValidation out;
    const qsizetype total = list.rows.size();
    out.bodies.resize(total);
    out.failing.resize(total);
    Messages messages;
    QHash<QString, int> seen; // type:number → first line
    seen.reserve(total);
    const QString kName = employeelist::fieldName(ListColumn::Name);
    const QString kType = employeelist::fieldName(ListColumn::DocumentType);
    const QString kNumber = employeelist::fieldName(ListColumn::DocumentNumber);
    const QString kMobile = employeelist::fieldName(ListColumn::Mobile);
    const QString kBase = employeelist::fieldName(ListColumn::WageBase);

    for (qsizetype i = 0; i < total; ++i) {
        if (progress && i % 500 == 0 && !progress(int(i))) {
            out.cancelled = true;
            return out;
        }
        const EmployeeListRow &row = list.rows.at(i);
        const int errorsBefore = int(out.errors.size());
        auto fail = [&](const Error &e, const QString &column) {
            out.errors.append({int(i), row.line, column, e.code, messages(e.code), e.detail, false});
        };
        QJsonObject body;

        const QString &name = row.cell(ListColumn::Name);
        if (name.isEmpty())
            fail(makeError(u"list.cell_empty"_qs, kName), kName);
        else if (name.size() > kMaxNameChars)
            fail(makeError(u"list.cell_too_long"_qs, kName, QStringLiteral("at most %1").arg(kMaxNameChars)),
                 kName);
        else
            body.insert(kName, name);

        const auto type = documentTypeCode(row.cell(ListColumn::DocumentType));
        if (!type) {
            fail(makeError(u"identity.document_type"_qs, kType, row.cell(ListColumn::DocumentType)), kType);
        } else {
            body.insert(kType, *type);
            const auto docType = identity::documentTypeFromCode(*type);
            auto id =
                identity::parse(*docType, row.cell(ListColumn::DocumentNumber), m_options.today, kNumber);
            if (!id) {
                fail(id.error(), kNumber);
            } else {
                const QString key = *type + u':' + id->number;
                if (const auto it = seen.constFind(key); it != seen.constEnd()) {
                    out.errors.append({int(i), row.line, kNumber, u"list.duplicate_row"_qs,
                                       QCoreApplication::translate("hpf::client::EmployeeListValidator",
                                                                   "This person is already listed on line %1")
                                           .arg(it.value()),
                                       QStringLiteral("the same person as line %1").arg(it.value()), false});
                } else {
                    seen.insert(key, row.line);
                }
                body.insert(kNumber, id->number);
            }
        }

        const QString &mobileText = row.cell(ListColumn::Mobile);
        if (!mobileText.isEmpty()) {
            if (auto m = mobile::parse(mobileText, kMobile); !m)
                fail(m.error(), kMobile);
            else
                body.insert(kMobile, *m);
        }

        const QString &baseText = row.cell(ListColumn::WageBase);
        if (baseText.isEmpty()) {
            fail(makeError(u"list.cell_empty"_qs, kBase), kBase);
        } else if (auto fen = money::parse(baseText, kBase); !fen) {
            fail(fen.error(), kBase);
        } else {
            finance::BaseClamp clamp = finance::BaseClamp::None;
            if (auto clamped = finance::clampBase(*fen, m_options.base, &clamp); !clamped) {
                fail(clamped.error(), kBase);
            } else {
                body.insert(kBase, *fen); // the server clamps again and says so
                if (clamp != finance::BaseClamp::None) {
                    const QString code = clampCode(clamp);
                    out.warnings.append({int(i), row.line, kBase, code, messages(code),
                                         QStringLiteral("%1 → %2").arg(*fen).arg(*clamped), false});
                }
            }
        }

        out.bodies[i] = body;
        if (out.errors.size() > errorsBefore) {
            out.failing[i] = 1;
            ++out.failingRows;
        }
    }
    if (progress)
        progress(int(total));
    return out;
}

} // namespace hpf::client
