#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// Code tables shared by client and server (reference/domain.md §1), with Chinese and English labels.
namespace hpf::codes {

struct Entry
{
    const char16_t *code;
    const char16_t *zh;
    const char *en;
};

struct Table
{
    const char *id;    // stable identifier used in the API, e.g. "account_state"
    const char *gbRef; // where the values come from, for documentation
    QList<Entry> entries;

    const Entry *find(QStringView code) const;
    bool contains(QStringView code) const { return find(code) != nullptr; }
    // Label in the given language ("zh" or "en"); the code itself when unknown.
    QString label(QStringView code, QStringView language = u"zh") const;
};

const Table &accountStates();        // 个人账户状态 GRZHZT
const Table &unitAccountStates();    // 单位账户状态
const Table &documentTypes();        // 个人证件类型
const Table &withdrawalReasons();    // 提取原因 TQYY
const Table &depositBusinessTypes(); // 归集业务类型
const Table &repaymentMethods();     // 还款方式
const Table &loanBusinessTypes();    // 贷款业务类型
const Table &freezeFlags();          // 冻结标志
const Table &sealReasons();          // 封存原因
const Table &economicTypes();        // 单位经济类型 (GB/T 12402, top level)
const Table &closeReasons();         // 销户原因 (issue 16)
const Table &transferStatuses();     // 异地转移接续 platform statuses (issue 16)
const Table &backPayReasons();       // 补缴原因 (issue 17)

// Every table above, for the reference-data endpoint.
QList<const Table *> allTables();

// Account states 03/04/05 (合并销户, 外部转出销户, 提取销户) are terminal: nothing happens to such
// an account any more.
bool isTerminalAccountState(QStringView code);
// Transfer statuses 00, 05, 13, 20, 40 end a cross-city transfer.
bool isFinalTransferStatus(QStringView code);

} // namespace hpf::codes
