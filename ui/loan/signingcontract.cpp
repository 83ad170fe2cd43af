#include "loan/signingcontract.h"

#include "domain/money.h"

namespace hpf::ui::signingcontract {

namespace {

QString methodName(const QString &method)
{
    return method == u"equal_principal" ? u"等额本金"_qs : u"等额本息"_qs;
}

QStringList loanClauses(const client::api::LoanContract &c)
{
    return {
        u"第一条 借款用途：借款人向贷款人借款，专项用于购买本合同所列自住住房，不得挪作他用。"_qs,
        u"第二条 借款金额：人民币%1（小写 %2 元）。"_qs.arg(c.amountUpper, money::formatPlain(c.amountFen)),
        u"第三条 借款期限：%1 个月，自贷款发放之日起计算。"_qs.arg(c.termMonths),
        u"第四条 借款利率：年利率 %1%，执行中国人民银行公布的个人住房公积金贷款利率；"
        u"遇利率调整，于次年 1 月 1 日起按调整后的利率执行。"_qs.arg(c.rate),
        u"第五条 还款方式：%1，按月归还，首期还款额人民币 %2 元；借款人可申请以住房公积金账户余额还款。"_qs
            .arg(methodName(c.method), money::formatPlain(c.firstPaymentFen)),
        u"第六条 提前还款：借款人可申请部分或全部提前还款，贷款人据此重新计算还款计划。"_qs,
        u"第七条 逾期：借款人未按期还款的，贷款人按规定计收罚息，并依法报送个人信用信息基础数据库。"_qs,
        u"第八条 贷款由受托银行（%1）按本合同发放。"_qs.arg(c.bankName),
        u"第九条 本合同以数据电文形式订立，各方在面签时当面签名；合同文件由贷款人以电子签名"
        u"固定，签署后对其内容的任何改动均可被发现（《中华人民共和国电子签名法》第十三条、第十四条）。"_qs,
    };
}

QStringList mortgageClauses(const client::api::LoanContract &c)
{
    return {
        u"第一条 抵押物：抵押人以本合同所列房屋（%1，购房合同编号 %2）为借款合同项下全部债务提供抵押担保。"_qs
            .arg(c.propertyAddress, c.purchaseContract),
        u"第二条 担保范围：借款本金人民币%1及其利息、罚息和实现债权的费用。"_qs.arg(c.amountUpper),
        u"第三条 抵押登记：抵押人应配合贷款人在不动产登记机构办理抵押登记；登记前有保证人的，"
        u"保证人承担连带保证责任。"_qs,
        u"第四条 抵押期间，未经贷款人书面同意，抵押人不得转让、出租或再次抵押抵押物。"_qs,
        u"第五条 借款人按期清偿全部债务后，贷款人出具贷款结清证明，配合办理抵押注销登记。"_qs,
        u"第六条 本合同以数据电文形式订立，各方在面签时当面签名；合同文件由贷款人以电子签名"
        u"固定，签署后对其内容的任何改动均可被发现（《中华人民共和国电子签名法》第十三条、第十四条）。"_qs,
    };
}

} // namespace

QString lenderName()
{
    return u"住房公积金管理中心"_qs;
}

QString roleName(const QString &role, const QString &document)
{
    if (document == u"mortgage" && (role == u"borrower" || role == u"spouse"))
        return role == u"borrower" ? u"抵押人（借款人）"_qs : u"抵押人（借款人配偶）"_qs;
    if (role == u"borrower")
        return u"借款人"_qs;
    if (role == u"spouse")
        return u"借款人配偶"_qs;
    if (role == u"co_borrower")
        return u"共同借款人"_qs;
    if (role == u"guarantor")
        return u"保证人"_qs;
    return role;
}

QString title(const QString &document)
{
    return document == u"mortgage" ? u"个人住房公积金贷款抵押（保证）合同"_qs : u"个人住房公积金借款合同"_qs;
}

printing::ContractDocument build(const client::api::LoanContract &c, const QString &document,
                                 const Signatures &signatures, const QDateTime &signedAt, bool training)
{
    printing::ContractDocument doc;
    doc.centerName = lenderName();
    doc.title = title(document);
    doc.training = training;
    const client::api::LoanContractDocument *d = c.document(document);
    doc.number = d ? d->contractNumber : QString();
    doc.terms = {
        {u"业务编号"_qs, c.serial},
        {u"借款金额"_qs, u"人民币 %1 元（%2）"_qs.arg(money::formatPlain(c.amountFen), c.amountUpper)},
        {u"借款期限"_qs, u"%1 个月"_qs.arg(c.termMonths)},
        {u"年利率"_qs, c.rate + u'%'},
        {u"还款方式"_qs, methodName(c.method)},
        {u"首期还款额"_qs, u"人民币 %1 元"_qs.arg(money::formatPlain(c.firstPaymentFen))},
        {u"房屋坐落"_qs, c.propertyAddress},
        {u"房屋总价"_qs, u"人民币 %1 元"_qs.arg(money::formatPlain(c.priceFen))},
        {u"购房合同编号"_qs, c.purchaseContract},
        {u"受托银行"_qs, c.bankName},
    };
    doc.clauses = document == u"mortgage" ? mortgageClauses(c) : loanClauses(c);
    if (!d)
        return doc;
    for (int position : d->signers) {
        const client::api::LoanContractParty *p = c.party(position);
        if (!p)
            continue;
        printing::ContractDocument::Signer s;
        s.role = roleName(p->role, document);
        s.name = p->name;
        s.idNumber = p->documentNumber;
        if (auto it = signatures.find(position); it != signatures.end()) {
            s.strokes = *it;
            s.signedAt = signedAt;
        }
        doc.signers.append(s);
    }
    return doc;
}

} // namespace hpf::ui::signingcontract
