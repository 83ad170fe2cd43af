#include "codetables.h"

namespace hpf::codes {

const Entry *Table::find(QStringView code) const
{
    for (const Entry &e : entries) {
        if (code == QStringView(e.code))
            return &e;
    }
    return nullptr;
}

QString Table::label(QStringView code, QStringView language) const
{
    const Entry *e = find(code);
    if (!e)
        return code.toString();
    return language == u"en" ? QString::fromLatin1(e->en) : QString::fromUtf16(e->zh);
}

const Table &accountStates()
{
    static const Table t{"account_state",
                         "JGJ/T 320 GRZHZT",
                         {{u"01", u"正常", "Normal"},
                          {u"02", u"封存", "Sealed"},
                          {u"03", u"合并销户", "Closed (merged)"},
                          {u"04", u"外部转出销户", "Closed (transferred out)"},
                          {u"05", u"提取销户", "Closed (withdrawn)"},
                          {u"06", u"冻结", "Frozen"},
                          {u"99", u"其他", "Other"}}};
    return t;
}

const Table &unitAccountStates()
{
    static const Table t{"unit_account_state",
                         "vendor practice",
                         {{u"01", u"正常", "Normal"},
                          {u"02", u"开户", "Opened"},
                          {u"03", u"缓缴", "Deferred"},
                          {u"04", u"销户", "Closed"},
                          {u"05", u"封存", "Sealed"},
                          {u"99", u"其他", "Other"}}};
    return t;
}

const Table &documentTypes()
{
    static const Table t{"document_type",
                         "national transfer platform",
                         {{u"01", u"居民身份证", "Resident identity card"},
                          {u"02", u"军官证", "Military officer card"},
                          {u"03", u"护照", "Passport"},
                          {u"04", u"外国人永久居留身份证", "Foreign permanent resident ID card"},
                          {u"99", u"其他", "Other"}}};
    return t;
}

const Table &withdrawalReasons()
{
    static const Table t{
        "withdrawal_reason",
        "住房公积金管理条例 第二十四条",
        {{u"01", u"购买住房", "Buying a home"},
         {u"02", u"建造、翻建、大修自住住房", "Building or major repair of own home"},
         {u"03", u"离休、退休", "Retirement"},
         {u"04", u"完全丧失劳动能力并终止劳动关系", "Total incapacity and end of employment"},
         {u"05", u"户口迁出或出境定居", "Emigration"},
         {u"06", u"偿还购房贷款本息", "Repaying a home loan"},
         {u"07", u"房租超出家庭工资收入规定比例", "Rent above the set share of income"},
         {u"08", u"死亡", "Death"},
         {u"09", u"大病医疗", "Serious illness"},
         {u"99", u"其他", "Other"}}};
    return t;
}

const Table &depositBusinessTypes()
{
    static const Table t{"deposit_business_type",
                         "JGJ/T 320 A.5 (vendor values)",
                         {{u"01", u"汇缴", "Monthly remittance"},
                          {u"02", u"补缴", "Back payment"},
                          {u"03", u"开户", "Account opening"},
                          {u"04", u"启封", "Unseal"},
                          {u"05", u"封存", "Seal"},
                          {u"06", u"内部转移", "In-city transfer"},
                          {u"07", u"外部转出", "Transfer out"},
                          {u"08", u"外部转入", "Transfer in"},
                          {u"09", u"年终结息", "Annual interest"},
                          {u"10", u"基数调整", "Base adjustment"},
                          {u"11", u"部分提取", "Partial withdrawal"},
                          {u"12", u"销户提取", "Closing withdrawal"},
                          {u"13", u"缓缴", "Deferral"},
                          {u"14", u"冻结", "Freeze"},
                          {u"15", u"解冻", "Unfreeze"},
                          {u"16", u"扣划", "Court deduction"},
                          {u"71", u"个人合并", "Account merge"},
                          {u"99", u"其他", "Other"}}};
    return t;
}

const Table &repaymentMethods()
{
    static const Table t{"repayment_method",
                         "JGJ/T 320 A.11 (vendor values)",
                         {{u"01", u"等额本息", "Equal installments"},
                          {u"02", u"等额本金", "Equal principal"},
                          {u"03", u"一次还本付息", "Bullet repayment"},
                          {u"04", u"自由还款", "Flexible repayment"},
                          {u"99", u"其他", "Other"}}};
    return t;
}

const Table &loanBusinessTypes()
{
    static const Table t{"loan_business_type",
                         "vendor practice",
                         {{u"01", u"发放", "Disbursement"},
                          {u"02", u"正常还款", "Scheduled repayment"},
                          {u"03", u"提前还款", "Prepayment"},
                          {u"04", u"逾期还款", "Overdue repayment"},
                          {u"05", u"公积金提取还款", "Repayment from fund withdrawal"},
                          {u"06", u"结清", "Settlement"},
                          {u"07", u"展期", "Term extension"},
                          {u"08", u"缩期", "Term reduction"},
                          {u"09", u"核销", "Write-off"}}};
    return t;
}

const Table &freezeFlags()
{
    static const Table t{"freeze_flag",
                         "center practice (djbz)",
                         {{u"0", u"无", "None"},
                          {u"1", u"只收不付", "Credits only"},
                          {u"2", u"不收不付", "No credits or debits"},
                          {u"3", u"部分冻结", "Partial freeze"}}};
    return t;
}

const Table &sealReasons()
{
    static const Table t{"seal_reason",
                         "center practice",
                         {{u"01", u"离职", "Left the employer"},
                          {u"02", u"单位破产或撤销", "Employer closed"},
                          {u"03", u"停薪留职", "Unpaid leave"},
                          {u"04", u"服兵役", "Military service"},
                          {u"99", u"其他", "Other"}}};
    return t;
}

const Table &closeReasons()
{
    // Only 07 (外部转出) is attested by the transfer platform's vendor code; the others are this
    // center's own values (data, like every code table).
    static const Table t{"close_reason",
                         "center practice (07: national transfer platform)",
                         {{u"01", u"离休、退休", "Retirement"},
                          {u"02", u"完全丧失劳动能力", "Total incapacity"},
                          {u"03", u"出境定居", "Settling abroad"},
                          {u"04", u"死亡", "Death"},
                          {u"05", u"个人合并", "Merged into another account"},
                          {u"06", u"市内转移", "In-city transfer"},
                          {u"07", u"外部转出", "Transferred to another city"},
                          {u"99", u"其他", "Other"}}};
    return t;
}

const Table &transferStatuses()
{
    static const Table t{"transfer_status",
                         "national transfer platform (异地转移接续)",
                         {{u"00", u"正常办结", "Completed"},
                          {u"01", u"联系函复核通过", "Contact letter issued"},
                          {u"02", u"联系函确认接收", "Contact letter received"},
                          {u"05", u"转入撤销办结", "Cancelled by the receiving center"},
                          {u"06", u"协商中", "In negotiation"},
                          {u"08", u"账户信息复核通过", "Accepted by the sending center"},
                          {u"13", u"转出审核不通过", "Refused by the sending center"},
                          {u"20", u"协商后办结", "Completed after negotiation"},
                          {u"40", u"转出失败办结", "Failed"}}};
    return t;
}

const Table &backPayReasons()
{
    static const Table t{"back_pay_reason",
                         "center practice (issue 17)",
                         {{u"01", u"漏缴", "Missed month"},
                          {u"02", u"基数调整补差", "Difference after a base adjustment"},
                          {u"03", u"缓缴期满补缴", "After a deferral"},
                          {u"04", u"少缴补足", "Underpaid month"},
                          {u"99", u"其他", "Other"}}};
    return t;
}

const Table &economicTypes()
{
    static const Table t{"economic_type",
                         "GB/T 12402-2000 (top level)",
                         {{u"100", u"内资", "Domestic"},
                          {u"110", u"国有全资", "State-owned"},
                          {u"120", u"集体全资", "Collective"},
                          {u"130", u"股份合作", "Joint-stock cooperative"},
                          {u"140", u"联营", "Joint venture (domestic)"},
                          {u"150", u"有限责任(公司)", "Limited liability company"},
                          {u"160", u"股份有限(公司)", "Company limited by shares"},
                          {u"170", u"私有", "Private"},
                          {u"190", u"其他内资", "Other domestic"},
                          {u"200", u"港、澳、台投资", "Hong Kong, Macau or Taiwan investment"},
                          {u"300", u"国外投资", "Foreign investment"},
                          {u"900", u"其他", "Other"}}};
    return t;
}

QList<const Table *> allTables()
{
    return {&accountStates(),        &unitAccountStates(), &documentTypes(),     &withdrawalReasons(),
            &depositBusinessTypes(), &repaymentMethods(),  &loanBusinessTypes(), &freezeFlags(),
            &sealReasons(),          &economicTypes(),     &closeReasons(),      &transferStatuses(),
            &backPayReasons()};
}

bool isTerminalAccountState(QStringView code)
{
    return code == u"03" || code == u"04" || code == u"05";
}

bool isFinalTransferStatus(QStringView code)
{
    return code == u"00" || code == u"05" || code == u"13" || code == u"20" || code == u"40";
}

} // namespace hpf::codes
