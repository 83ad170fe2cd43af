<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>hpf::ErrorText</name>
    <message>
        <source>Enter the document number</source>
        <translation>请输入证件号码</translation>
    </message>
    <message>
        <source>The document number is far too long</source>
        <translation>证件号码过长</translation>
    </message>
    <message>
        <source>The document number has the wrong length (18 characters, or 15 for an old ID card)</source>
        <translation>证件号码位数不对（应为18位，旧身份证为15位）</translation>
    </message>
    <message>
        <source>The document number contains characters it cannot contain</source>
        <translation>证件号码含有不允许的字符</translation>
    </message>
    <message>
        <source>The check digit is wrong: the number was mistyped</source>
        <translation>校验码不对：号码输入有误</translation>
    </message>
    <message>
        <source>The number does not start with a valid region code</source>
        <translation>号码开头不是有效的行政区划代码</translation>
    </message>
    <message>
        <source>The birth date in the number does not exist</source>
        <translation>号码中的出生日期不存在</translation>
    </message>
    <message>
        <source>The birth date in the number is in the future</source>
        <translation>号码中的出生日期晚于今天</translation>
    </message>
    <message>
        <source>The number does not have the format of this document type</source>
        <translation>号码不符合该证件类型的格式</translation>
    </message>
    <message>
        <source>Enter the unified social credit code</source>
        <translation>请输入统一社会信用代码</translation>
    </message>
    <message>
        <source>The credit code is far too long</source>
        <translation>统一社会信用代码过长</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters</source>
        <translation>统一社会信用代码应为18位</translation>
    </message>
    <message>
        <source>The credit code contains a character that is never used (I, O, S, V, Z or a symbol)</source>
        <translation>统一社会信用代码含有不使用的字符（I、O、S、V、Z或符号）</translation>
    </message>
    <message>
        <source>The check character of the credit code is wrong: the code was mistyped</source>
        <translation>统一社会信用代码校验码不对：代码输入有误</translation>
    </message>
    <message>
        <source>The organisation code inside the credit code fails its own check; please confirm it with the business licence</source>
        <translation>信用代码中的组织机构代码校验不通过，请与营业执照核对</translation>
    </message>
    <message>
        <source>Enter an amount</source>
        <translation>请输入金额</translation>
    </message>
    <message>
        <source>Not an amount: use digits with at most two decimals, e.g. 1,234.56</source>
        <translation>不是有效金额：请用数字，最多两位小数，例如 1,234.56</translation>
    </message>
    <message>
        <source>Amounts have at most two decimals (fen)</source>
        <translation>金额最多两位小数（到分）</translation>
    </message>
    <message>
        <source>The amount cannot be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <source>The amount is too large</source>
        <translation>金额过大</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Wage base</source>
        <translation>工资基数</translation>
    </message>
    <message>
        <source>Deposit base</source>
        <translation>缴存基数</translation>
    </message>
    <message>
        <source>The request could not be completed (code %1)</source>
        <translation>请求未能完成（代码 %1）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Enter the account number</source>
        <translation>请输入账号</translation>
    </message>
    <message>
        <source>The account number is far too long</source>
        <translation>账号过长</translation>
    </message>
    <message>
        <source>An account number has only digits (the last character may be X)</source>
        <translation>账号只能是数字（最后一位可以是X）</translation>
    </message>
    <message>
        <source>The account number has the wrong length (11 characters for a unit, 13 for a person)</source>
        <translation>账号位数不对（单位账号11位，个人账号13位）</translation>
    </message>
    <message>
        <source>The account number must start with 8 (unit) or 1 (person)</source>
        <translation>账号应以8（单位）或1（个人）开头</translation>
    </message>
    <message>
        <source>This is a unit account number where a personal one is needed, or the other way round</source>
        <translation>单位账号与个人账号用反了</translation>
    </message>
    <message>
        <source>The check character of the account number is wrong: the number was mistyped</source>
        <translation>账号校验位不对：账号输入有误</translation>
    </message>
    <message>
        <source>No more account numbers can be assigned; contact the system administrator</source>
        <translation>账号已用尽，无法再分配；请联系系统管理员</translation>
    </message>
    <message>
        <source>Enter the mobile number</source>
        <translation>请输入手机号码</translation>
    </message>
    <message>
        <source>A mobile number has only digits</source>
        <translation>手机号码只能是数字</translation>
    </message>
    <message>
        <source>Not a mainland mobile number (11 digits starting with 13 to 19)</source>
        <translation>不是有效的大陆手机号码（11位，以13至19开头）</translation>
    </message>
    <message>
        <source>Choose a document type from the list</source>
        <translation>请从列表中选择证件类型</translation>
    </message>
    <message>
        <source>A unit with this credit code already has an account</source>
        <translation>该统一社会信用代码的单位已经开户</translation>
    </message>
    <message>
        <source>There is no unit with this account number</source>
        <translation>没有该单位账号的单位</translation>
    </message>
    <message>
        <source>The unit account is not open: nothing can be opened or unsealed under it</source>
        <translation>单位账户不是正常状态：不能在其下开户或启封</translation>
    </message>
    <message>
        <source>Choose an economic type from the list</source>
        <translation>请从列表中选择经济类型</translation>
    </message>
    <message>
        <source>The remittance day is a day of the month (1 to 31)</source>
        <translation>汇缴日应为每月的1至31日</translation>
    </message>
    <message>
        <source>Choose the remittance bank from the list</source>
        <translation>请从列表中选择汇缴银行</translation>
    </message>
    <message>
        <source>A bank account number has 8 to 32 digits</source>
        <translation>银行账号为8至32位数字</translation>
    </message>
    <message>
        <source>The deposit ratio is outside the range the policy allows</source>
        <translation>缴存比例超出政策允许范围</translation>
    </message>
    <message>
        <source>The wage base is outside the policy floor or ceiling</source>
        <translation>工资基数超出政策规定的上下限</translation>
    </message>
    <message>
        <source>The wage base must be a positive amount</source>
        <translation>工资基数必须大于零</translation>
    </message>
    <message>
        <source>The wage base was below the policy floor and was raised to it</source>
        <translation>工资基数低于下限，已按下限调整</translation>
    </message>
    <message>
        <source>The wage base was above the policy ceiling and was lowered to it</source>
        <translation>工资基数高于上限，已按上限调整</translation>
    </message>
    <message>
        <source>Enter the month as YYYY-MM</source>
        <translation>月份格式为 YYYY-MM</translation>
    </message>
    <message>
        <source>The first month lies too far in the past; arrears are paid as back payment (补缴)</source>
        <translation>起缴月份过早；欠缴部分请办理补缴</translation>
    </message>
    <message>
        <source>The first month lies too far in the future</source>
        <translation>起缴月份过晚</translation>
    </message>
    <message>
        <source>This document number is registered under another name</source>
        <translation>该证件号码已登记为其他姓名</translation>
    </message>
    <message>
        <source>The person already has an active account (one person, one account); use the in-city transfer instead</source>
        <translation>该职工已有正常账户（一人一户）；请改办市内转移</translation>
    </message>
    <message>
        <source>There is no account with this number</source>
        <translation>没有该账号的账户</translation>
    </message>
    <message>
        <source>The account is already sealed</source>
        <translation>账户已封存</translation>
    </message>
    <message>
        <source>The account is not sealed, so it cannot be unsealed</source>
        <translation>账户未封存，不能启封</translation>
    </message>
    <message>
        <source>The account is closed; nothing can be done on it any more</source>
        <translation>账户已销户，不能再办理任何业务</translation>
    </message>
    <message>
        <source>The account&apos;s current state does not allow this business</source>
        <translation>账户当前状态不允许办理此业务</translation>
    </message>
    <message>
        <source>Choose a sealing reason from the list</source>
        <translation>请从列表中选择封存原因</translation>
    </message>
    <message>
        <source>The employee list has no rows</source>
        <translation>职工清册没有数据</translation>
    </message>
    <message>
        <source>The employee list has too many rows (at most 20,000); split it</source>
        <translation>职工清册行数过多（最多20,000行），请拆分</translation>
    </message>
    <message>
        <source>This person appears twice in the list</source>
        <translation>该职工在清册中重复出现</translation>
    </message>
    <message>
        <source>Some rows of the list are wrong; correct them or leave them out explicitly</source>
        <translation>清册中有错误行；请更正或明确剔除</translation>
    </message>
    <message>
        <source>Every row of the list is wrong; nothing was opened</source>
        <translation>清册全部有误，未开立任何账户</translation>
    </message>
    <message>
        <source>There is no receipt with this serial number</source>
        <translation>没有该流水号的回单</translation>
    </message>
    <message>
        <source>A business serial number is YW followed by 16 digits</source>
        <translation>业务流水号为YW加16位数字</translation>
    </message>
    <message>
        <source>Certificates cannot be issued: the center&apos;s signing key is not available. Nothing was issued; contact the system administrator</source>
        <translation>无法出具证明：中心签名密钥不可用。未出具任何证明；请联系系统管理员</translation>
    </message>
    <message>
        <source>The certificate could not be signed. Nothing was issued; try again or contact the system administrator</source>
        <translation>证明签名失败，未出具；请重试或联系系统管理员</translation>
    </message>
    <message>
        <source>This certificate type does not exist</source>
        <translation>不存在该证明类型</translation>
    </message>
    <message>
        <source>The certificate type definitions are invalid; contact the system administrator</source>
        <translation>证明类型定义有误；请联系系统管理员</translation>
    </message>
    <message>
        <source>The person&apos;s loan record does not allow this certificate</source>
        <translation>该职工的贷款记录不符合出具此证明的条件</translation>
    </message>
    <message>
        <source>The monthly deposit cannot be computed for this account</source>
        <translation>无法计算该账户的月缴存额</translation>
    </message>
    <message>
        <source>No certificate matches this number and code</source>
        <translation>没有与该编号和校验码相符的证明</translation>
    </message>
    <message>
        <source>The certificate has been revoked</source>
        <translation>该证明已作废</translation>
    </message>
    <message>
        <source>The certificate was replaced by a reissued one; use the newest</source>
        <translation>该证明已被补发的证明取代，请使用最新的证明</translation>
    </message>
    <message>
        <source>This account does not belong to the unit</source>
        <translation>该账户不属于本单位</translation>
    </message>
    <message>
        <source>The unit has no active employees</source>
        <translation>该单位没有正常缴存的职工</translation>
    </message>
    <message>
        <source>At most 500 certificates at once; select employees</source>
        <translation>一次最多出具500份证明，请选择职工</translation>
    </message>
    <message>
        <source>The certificate is valid</source>
        <translation>证明有效</translation>
    </message>
    <message>
        <source>Not one of our certificate codes</source>
        <translation>不是本中心的证明码</translation>
    </message>
    <message>
        <source>The code is damaged</source>
        <translation>码已损坏</translation>
    </message>
    <message>
        <source>The code is too long to be a certificate</source>
        <translation>码过长，不是证明码</translation>
    </message>
    <message>
        <source>The code is damaged (its content is malformed)</source>
        <translation>码已损坏（内容格式错误）</translation>
    </message>
    <message>
        <source>The code has a version this program does not know; update it</source>
        <translation>码的版本本程序无法识别，请升级程序</translation>
    </message>
    <message>
        <source>The code was signed with an unknown key</source>
        <translation>码使用了未知的密钥签名</translation>
    </message>
    <message>
        <source>The signature is not valid: the content was changed or forged</source>
        <translation>签名无效：内容被篡改或伪造</translation>
    </message>
    <message>
        <source>The code was signed outside its key&apos;s validity</source>
        <translation>码的签名时间不在密钥有效期内</translation>
    </message>
    <message>
        <source>The certificate&apos;s issue time is in the future</source>
        <translation>证明的出具时间晚于当前时间</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>证明已过有效期</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Unit account number</source>
        <translation>单位账号</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>起缴月份</translation>
    </message>
    <message>
        <source>Unit deposit ratio</source>
        <translation>单位缴存比例</translation>
    </message>
    <message>
        <source>Personal deposit ratio</source>
        <translation>个人缴存比例</translation>
    </message>
    <message>
        <source>Deposit ratio</source>
        <translation>缴存比例</translation>
    </message>
    <message>
        <source>Remittance day</source>
        <translation>汇缴日</translation>
    </message>
    <message>
        <source>Economic type</source>
        <translation>经济类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Enter the ratio in percent, e.g. 12</source>
        <translation>请输入百分比形式的比例，例如 12</translation>
    </message>
    <message>
        <source>Not a ratio: write a percentage such as 12 or 7.5</source>
        <translation>比例格式不对：请填写如 12 或 7.5 的百分数</translation>
    </message>
    <message>
        <source>A ratio has at most four decimals</source>
        <translation>比例最多四位小数</translation>
    </message>
    <message>
        <source>The ratio is far too large</source>
        <translation>比例过大</translation>
    </message>
    <message>
        <source>No policy is in effect for this date</source>
        <translation>该日期没有生效的政策</translation>
    </message>
    <message>
        <source>The list file cannot be read</source>
        <translation>无法读取清册文件</translation>
    </message>
    <message>
        <source>The list file is too large; split it</source>
        <translation>清册文件过大，请拆分</translation>
    </message>
    <message>
        <source>Not a list this program can read; save it as CSV or XLSX</source>
        <translation>无法识别的清册文件，请另存为 CSV 或 XLSX</translation>
    </message>
    <message>
        <source>The file mixes text encodings (UTF-8 and GB18030); save it again in one encoding</source>
        <translation>文件混用了 UTF-8 和 GB18030 两种编码，请以统一编码重新保存</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text</source>
        <translation>文件既不是 UTF-8 也不是 GB18030 编码的文本</translation>
    </message>
    <message>
        <source>A quoted cell of the file is never closed</source>
        <translation>文件中有未闭合的引号单元格</translation>
    </message>
    <message>
        <source>A row of the file has too many cells or a cell that is too long</source>
        <translation>文件中某行的单元格过多或单元格内容过长</translation>
    </message>
    <message>
        <source>This column is missing from the header row of the list</source>
        <translation>清册表头缺少此列</translation>
    </message>
    <message>
        <source>This column appears twice in the header row of the list</source>
        <translation>清册表头中此列重复出现</translation>
    </message>
    <message>
        <source>The file is not a readable XLSX workbook</source>
        <translation>文件不是可读取的 XLSX 工作簿</translation>
    </message>
    <message>
        <source>The workbook is encrypted or uses a format this program cannot read; save it again as XLSX or CSV</source>
        <translation>工作簿已加密或格式无法读取，请重新另存为 XLSX 或 CSV</translation>
    </message>
    <message>
        <source>This cell is empty</source>
        <translation>此单元格为空</translation>
    </message>
    <message>
        <source>This cell is too long</source>
        <translation>此单元格内容过长</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <source>The file cannot be read as an image or a PDF</source>
        <translation>无法将该文件读取为图片或PDF</translation>
    </message>
    <message>
        <source>No QR code was found in the file; scan it again more sharply</source>
        <translation>文件中未找到二维码，请重新扫描得更清晰些</translation>
    </message>
    <message>
        <source>The PDF could not be turned into an image to read its QR code</source>
        <translation>无法将PDF转换为图像以读取二维码</translation>
    </message>
    <message>
        <source>The PDF file cannot be written there; choose another folder</source>
        <translation>无法在该位置写入PDF文件，请选择其他文件夹</translation>
    </message>
    <message>
        <source>Writing the PDF was cancelled; no file was kept</source>
        <translation>已取消生成PDF，未保留任何文件</translation>
    </message>
    <message>
        <source>There is nothing to print yet</source>
        <translation>暂无可打印的内容</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Representative&apos;s document type</source>
        <translation>法定代表人证件类型</translation>
    </message>
    <message>
        <source>Representative&apos;s document number</source>
        <translation>法定代表人证件号码</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>注册地址</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>办公地址</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact mobile number</source>
        <translation>联系人手机号码</translation>
    </message>
    <message>
        <source>Remittance bank</source>
        <translation>汇缴银行</translation>
    </message>
    <message>
        <source>Remittance bank account</source>
        <translation>汇缴银行账号</translation>
    </message>
    <message>
        <source>Business serial number</source>
        <translation>业务流水号</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not match this client: a field is missing or has the wrong type. Nothing more was done; tell support the field name</source>
        <translation>服务器的应答与本客户端不符：缺少某个字段或字段类型不对。未再做任何处理；请将字段名告知技术支持</translation>
    </message>
    <message>
        <source>Write the end date as YYYY-MM-DD, e.g. 2026-07-14</source>
        <translation>请按 YYYY-MM-DD 格式填写截止日期，例如 2026-07-14</translation>
    </message>
    <message>
        <source>The end date is in the past: a freeze must last at least until today</source>
        <translation>截止日期早于今天：冻结期限至少应到今天</translation>
    </message>
    <message>
        <source>The end date is beyond the longest freeze period the policy allows; register the rest as a renewal</source>
        <translation>截止日期超出政策允许的最长冻结期限；超出部分请另行办理续冻</translation>
    </message>
    <message>
        <source>This program searches in a way the server no longer accepts; update the program</source>
        <translation>本程序的查询方式已不被服务器接受，请升级程序</translation>
    </message>
    <message>
        <source>Freeze end date</source>
        <translation>冻结截止日期</translation>
    </message>
    <message>
        <source>The paper jammed in the scanner: clear the jam, then scan the remaining pages again (the pages already scanned are kept)</source>
        <translation>扫描仪卡纸：请排除卡纸后重新扫描剩余页面（已扫描的页面均已保留）</translation>
    </message>
    <message>
        <source>The scanner cannot be reached: check that it is switched on and connected, then scan again</source>
        <translation>无法连接扫描仪：请检查扫描仪电源和连接线后重新扫描</translation>
    </message>
    <message>
        <source>The scanner cover is open: close it and scan again</source>
        <translation>扫描仪盖板未关闭：请关好盖板后重新扫描</translation>
    </message>
    <message>
        <source>There is no paper in the document feeder: load the pages and scan again</source>
        <translation>进纸器中没有纸张：请放入材料后重新扫描</translation>
    </message>
    <message>
        <source>The scanner is busy with another scan: wait until it has finished</source>
        <translation>扫描仪正忙：请等待当前扫描完成</translation>
    </message>
    <message>
        <source>The scanner reported an error: scan again; if it happens again, restart the scanner</source>
        <translation>扫描仪报告错误：请重新扫描；如仍出错，请重启扫描仪</translation>
    </message>
    <message>
        <source>Scanning was stopped; the pages scanned before are kept</source>
        <translation>扫描已停止，此前已扫描的页面均已保留</translation>
    </message>
    <message>
        <source>This scanner has no document feeder: scan from the flatbed</source>
        <translation>该扫描仪没有自动进纸器：请使用平板扫描</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes): choose the right file</source>
        <translation>文件为空（0 字节）：请选择正确的文件</translation>
    </message>
    <message>
        <source>This kind of file cannot be archived: use PDF, JPEG, PNG or TIFF</source>
        <translation>不支持该文件格式：请使用 PDF、JPEG、PNG 或 TIFF 文件</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete and cannot be opened: ask for the file again or scan the paper</source>
        <translation>文件已损坏或不完整，无法打开：请重新获取文件或扫描纸质材料</translation>
    </message>
    <message>
        <source>The file is larger than 64 MB: split it or scan the paper</source>
        <translation>文件超过 64 MB：请拆分文件或扫描纸质材料</translation>
    </message>
    <message>
        <source>The PDF is password-protected or encrypted: archives cannot keep it; ask for an unprotected copy</source>
        <translation>该 PDF 设有密码或已加密，不能归档：请索取未加密的文件</translation>
    </message>
    <message>
        <source>The file cannot be read: check that it exists and that you may open it</source>
        <translation>无法读取该文件：请确认文件存在且有权限打开</translation>
    </message>
    <message>
        <source>The image or PDF is damaged and cannot be opened</source>
        <translation>图像或 PDF 文件已损坏，无法打开</translation>
    </message>
    <message>
        <source>The image is empty</source>
        <translation>图像为空</translation>
    </message>
    <message>
        <source>The page image could not be saved; scan the page again</source>
        <translation>页面图像保存失败：请重新扫描该页</translation>
    </message>
    <message>
        <source>The document has no such page</source>
        <translation>文件中没有该页</translation>
    </message>
    <message>
        <source>This kind of file is not supported: use PDF, JPEG, PNG or TIFF</source>
        <translation>不支持该文件格式：请使用 PDF、JPEG、PNG 或 TIFF 文件</translation>
    </message>
    <message>
        <source>The PDF is password-protected and cannot be opened</source>
        <translation>该 PDF 设有密码，无法打开</translation>
    </message>
    <message>
        <source>No business record has this serial number</source>
        <translation>没有这个业务流水号对应的业务记录</translation>
    </message>
    <message>
        <source>This business record is already archived</source>
        <translation>该笔业务已经归档</translation>
    </message>
    <message>
        <source>The package was made for another kind of business than this record</source>
        <translation>档案包的业务类型与该笔业务不符</translation>
    </message>
    <message>
        <source>Required materials are missing or have too few pages</source>
        <translation>必需材料缺失或页数不足</translation>
    </message>
    <message>
        <source>The centre does not know this upload; it will be started again</source>
        <translation>中心没有这次上传的记录，将重新开始上传</translation>
    </message>
    <message>
        <source>The upload was not finished within 7 days; it will be started again</source>
        <translation>上传超过 7 天未完成，将重新开始上传</translation>
    </message>
    <message>
        <source>A part of the file was damaged on the way; it is sent again</source>
        <translation>文件的一部分在传输中损坏，将重新发送</translation>
    </message>
    <message>
        <source>A part of the file has the wrong length</source>
        <translation>文件的一部分长度不正确</translation>
    </message>
    <message>
        <source>The file is not part of this package</source>
        <translation>该文件不属于本档案包</translation>
    </message>
    <message>
        <source>A part of the file lies outside the file</source>
        <translation>文件分块超出文件范围</translation>
    </message>
    <message>
        <source>A different part of the file was already received at this place</source>
        <translation>中心已收到该位置的另一段不同内容</translation>
    </message>
    <message>
        <source>Not every file has arrived yet</source>
        <translation>尚有文件未传完</translation>
    </message>
    <message>
        <source>The file that arrived does not match its digest in the manifest; it is sent again</source>
        <translation>到达的文件与清单中的摘要不符，将重新发送</translation>
    </message>
    <message>
        <source>The file cannot be opened or shown</source>
        <translation>文件无法打开或显示</translation>
    </message>
    <message>
        <source>The stored file no longer matches its digest: report it to the archive manager</source>
        <translation>存储的文件与摘要不符，请报告档案管理员</translation>
    </message>
    <message>
        <source>There is no package to upload for this record; capture its pages first</source>
        <translation>该笔业务还没有可上传的档案包，请先采集页面</translation>
    </message>
    <message>
        <source>The upload has already started</source>
        <translation>上传已经开始</translation>
    </message>
    <message>
        <source>No page has been captured for this record</source>
        <translation>该笔业务还没有采集任何页面</translation>
    </message>
    <message>
        <source>The page no longer exists</source>
        <translation>该页面已不存在</translation>
    </message>
    <message>
        <source>An imported PDF is kept as imported and cannot be turned or cropped here</source>
        <translation>导入的 PDF 按原样保存，不能在此旋转或裁边</translation>
    </message>
    <message>
        <source>The scanner delivered an empty page</source>
        <translation>扫描仪送来的是空页面</translation>
    </message>
    <message>
        <source>The secure key store of this computer is not available, so nothing can be kept on this computer (nothing is ever stored unencrypted)</source>
        <translation>本机安全密钥库不可用，因此无法在本机保存（任何内容都不以明文保存）</translation>
    </message>
    <message>
        <source>Enter at least one search term or a date range</source>
        <translation>请至少输入一个查询条件或日期范围</translation>
    </message>
    <message>
        <source>The date range is not valid: the start must not be after the end</source>
        <translation>日期范围无效：起始日期不能晚于截止日期</translation>
    </message>
    <message>
        <source>The requested part of the file lies outside the file</source>
        <translation>请求的文件片段超出文件范围</translation>
    </message>
    <message>
        <source>No archive package has this number</source>
        <translation>没有该编号的档案信息包</translation>
    </message>
    <message>
        <source>The electronic archive is not available on this server: ask IT to configure its key folder</source>
        <translation>本服务器的电子档案不可用：请联系信息技术人员配置密钥目录</translation>
    </message>
    <message>
        <source>A stored file of the package is missing: report it to the archive manager</source>
        <translation>档案信息包中的存储文件缺失：请报告档案管理员</translation>
    </message>
    <message>
        <source>No more archive numbers are free for this year and class: ask IT to change the numbering scheme</source>
        <translation>本年度该类别的档号已用尽：请联系信息技术人员调整编号方案</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>扫描仪</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Restricted (受限): money on this account is held and cannot leave it while the hold lasts</source>
        <translation>受限：账户资金被冻结，冻结期间不能转出</translation>
    </message>
    <message>
        <source>The account is already closed, transferred or merged; it cannot be moved</source>
        <translation>该账户已销户、转出或合并，不能转移</translation>
    </message>
    <message>
        <source>The account is already under this unit: choose another receiving unit</source>
        <translation>该账户已在此单位名下，请选择其他转入单位</translation>
    </message>
    <message>
        <source>The receiving unit is not open: accounts can only move to an open unit</source>
        <translation>转入单位不是正常状态：账户只能转入正常缴存的单位</translation>
    </message>
    <message>
        <source>The person has an open housing provident fund loan: the account cannot be moved until the loan is settled</source>
        <translation>此人有未结清的住房公积金贷款，贷款结清前账户不能转移</translation>
    </message>
    <message>
        <source>Some rows of the list cannot be transferred; nothing was moved. Correct the marked rows and submit again</source>
        <translation>名单中有不能转移的行，全部未办理。请更正标出的行后重新提交</translation>
    </message>
    <message>
        <source>This person has no open account under the transferring unit</source>
        <translation>此人在转出单位下没有正常账户</translation>
    </message>
    <message>
        <source>The name does not match the name registered for this document number</source>
        <translation>姓名与该证件号码登记的姓名不一致</translation>
    </message>
    <message>
        <source>This person appears more than once in the list</source>
        <translation>此人在名单中出现多次</translation>
    </message>
    <message>
        <source>The account to keep and the account to merge are the same account</source>
        <translation>保留账户与被合并账户是同一个账户</translation>
    </message>
    <message>
        <source>The two accounts do not belong to the same person: only one person&apos;s accounts can be merged</source>
        <translation>两个账户不属于同一人：只能合并同一人的账户</translation>
    </message>
    <message>
        <source>The other center&apos;s transfer message is malformed</source>
        <translation>对方中心的转移报文格式不正确</translation>
    </message>
    <message>
        <source>This center has no connection configured to the other center</source>
        <translation>本中心未配置与对方中心的连接</translation>
    </message>
    <message>
        <source>The other center cannot be reached at the moment; the message will be sent again</source>
        <translation>暂时无法连接对方中心，报文将自动重发</translation>
    </message>
    <message>
        <source>The other center&apos;s answer could not be trusted (bad signature or not an answer to this message)</source>
        <translation>对方中心的应答不可信（签名无效或不是对本报文的应答）</translation>
    </message>
    <message>
        <source>The message is not signed by a known key of the sending center</source>
        <translation>报文不是用发送中心的已登记密钥签名的</translation>
    </message>
    <message>
        <source>The message is addressed to another center</source>
        <translation>报文的接收方是其他中心</translation>
    </message>
    <message>
        <source>The message&apos;s sending time is too far from this center&apos;s clock</source>
        <translation>报文的发送时间与本中心时钟相差过大</translation>
    </message>
    <message>
        <source>A peer center file is not valid (code, url and public keys)</source>
        <translation>对端中心配置文件无效（机构代码、地址和公钥）</translation>
    </message>
    <message>
        <source>The folder of peer centers does not exist</source>
        <translation>对端中心配置目录不存在</translation>
    </message>
    <message>
        <source>This center&apos;s peer file could not be written</source>
        <translation>无法写入本中心的对端配置文件</translation>
    </message>
    <message>
        <source>Cross-city transfers are not available at this center now</source>
        <translation>本中心暂时不能办理异地转移接续</translation>
    </message>
    <message>
        <source>This center is not in the transfer platform&apos;s directory</source>
        <translation>该中心不在转移接续平台的机构目录中</translation>
    </message>
    <message>
        <source>The sending center is this center: use the in-city transfer</source>
        <translation>转出中心就是本中心：请办理市内转移</translation>
    </message>
    <message>
        <source>Only a normal (01) account can receive a transfer from another city</source>
        <translation>只有正常（01）状态的账户才能接收异地转入</translation>
    </message>
    <message>
        <source>This person already has an open transfer from that center</source>
        <translation>此人已有一笔从该中心转入、尚未办结的业务</translation>
    </message>
    <message>
        <source>No transfer has this serial number or contact letter number</source>
        <translation>没有这个业务流水号或联系函编号的转移</translation>
    </message>
    <message>
        <source>This step belongs to the other center of the transfer</source>
        <translation>这一步应由转移业务的另一方中心办理</translation>
    </message>
    <message>
        <source>The transfer&apos;s status does not allow this step now</source>
        <translation>该转移业务当前的状态不允许办理这一步</translation>
    </message>
    <message>
        <source>The sending center has already accepted the transfer: it can no longer be cancelled</source>
        <translation>转出中心已受理转出，不能再撤销</translation>
    </message>
    <message>
        <source>The sending center has no account with this number, document and name</source>
        <translation>转出中心没有与该账号、证件和姓名相符的账户</translation>
    </message>
    <message>
        <source>The other center&apos;s message does not fit the transfer&apos;s status and was refused</source>
        <translation>对方中心的报文与转移业务的状态不符，已拒收</translation>
    </message>
    <message>
        <source>All 9999 contact letter numbers of today are used; apply again tomorrow</source>
        <translation>今日的9999个联系函编号已用完，请明日再办理</translation>
    </message>
    <message>
        <source>This kind of transfer message is not taken by this center</source>
        <translation>本中心不受理此类转移报文</translation>
    </message>
    <message>
        <source>Receiving unit account</source>
        <translation>转入单位账号</translation>
    </message>
    <message>
        <source>Unit the employees leave</source>
        <translation>转出单位账号</translation>
    </message>
    <message>
        <source>Account to keep</source>
        <translation>保留的账号</translation>
    </message>
    <message>
        <source>Account to merge</source>
        <translation>被合并的账号</translation>
    </message>
    <message>
        <source>Sending center</source>
        <translation>转出中心</translation>
    </message>
    <message>
        <source>Account at the sending center</source>
        <translation>原中心个人账号</translation>
    </message>
    <message>
        <source>Unit at the sending center</source>
        <translation>原单位名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Contact letter number</source>
        <translation>联系函编号</translation>
    </message>
    <message>
        <source>This center has no connection to the chosen center yet: ask IT staff to set it up, or choose another center</source>
        <translation>本中心尚未与所选中心建立连接：请联系信息技术人员配置，或选择其他中心</translation>
    </message>
    <message>
        <source>Choose a withdrawal type the center offers</source>
        <translation>请选择本中心开办的提取类型</translation>
    </message>
    <message>
        <source>The member does not meet the conditions of this withdrawal type (see the rules that failed)</source>
        <translation>职工不符合该提取类型的条件（见未满足的规则）</translation>
    </message>
    <message>
        <source>The amount is above what this withdrawal allows</source>
        <translation>金额超过该提取允许的上限</translation>
    </message>
    <message>
        <source>A withdrawal that closes the account pays the whole balance with interest to today; the amount differs</source>
        <translation>销户类提取须支取全部余额及截至今日的利息；金额不符</translation>
    </message>
    <message>
        <source>This shared answer cannot be used (unknown, about another person, or older than 24 hours: ask again)</source>
        <translation>该共享查询结果不可用（未知、属于他人或已超过24小时：请重新查询）</translation>
    </message>
    <message>
        <source>This program withdraws in a way the server no longer accepts; update the program</source>
        <translation>本程序的提取方式已不被服务器接受，请升级程序</translation>
    </message>
    <message>
        <source>No withdrawal has this serial number</source>
        <translation>没有该流水号的提取业务</translation>
    </message>
    <message>
        <source>This withdrawal type needs this evidence</source>
        <translation>该提取类型需要此项证明</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, e.g. 2026-07-14</source>
        <translation>日期格式为 YYYY-MM-DD，例如 2026-07-14</translation>
    </message>
    <message>
        <source>The date lies in the future</source>
        <translation>日期不能晚于今天</translation>
    </message>
    <message>
        <source>The contract, permit or event is older than the withdrawal type allows</source>
        <translation>合同、证照或事件日期超过该提取类型允许的期限</translation>
    </message>
    <message>
        <source>The member withdrew for this type too recently</source>
        <translation>职工距上次同类提取的间隔不足</translation>
    </message>
    <message>
        <source>The member has not reached the retirement age of the policy</source>
        <translation>职工未达到政策规定的退休年龄</translation>
    </message>
    <message>
        <source>The property register shows a home of the member: rent withdrawals need no own home</source>
        <translation>不动产登记显示职工已有自有住房：租房提取要求本人无自有住房</translation>
    </message>
    <message>
        <source>Nothing is left to withdraw on this contract or loan</source>
        <translation>该合同或贷款已无可提取额度</translation>
    </message>
    <message>
        <source>The monthly rent must be above zero</source>
        <translation>月租金必须大于零</translation>
    </message>
    <message>
        <source>The balance the policy keeps on the account leaves nothing to withdraw</source>
        <translation>扣除政策规定的账户留存余额后已无可提取金额</translation>
    </message>
    <message>
        <source>A withdrawal after death is collected by an heir or legatee: enter the heir</source>
        <translation>职工死亡的提取由继承人或受遗赠人办理：请录入继承人</translation>
    </message>
    <message>
        <source>No open housing loan of the member was found</source>
        <translation>未查到职工未结清的住房贷款</translation>
    </message>
    <message>
        <source>Choose the payee&apos;s bank from the list</source>
        <translation>请从列表中选择收款银行</translation>
    </message>
    <message>
        <source>A payee account number has 8 to 32 digits</source>
        <translation>收款账号应为8至32位数字</translation>
    </message>
    <message>
        <source>Enter the payee&apos;s name (at most 60 characters)</source>
        <translation>请输入收款人姓名（最多60个字符）</translation>
    </message>
    <message>
        <source>The sharing interfaces cannot be asked now; scan the materials instead</source>
        <translation>共享接口暂不可用，请改为扫描要件</translation>
    </message>
    <message>
        <source>This sharing interface is not available</source>
        <translation>该共享接口不可用</translation>
    </message>
    <message>
        <source>The shared-data file of the training back end is not valid</source>
        <translation>培训后台的共享数据文件无效</translation>
    </message>
    <message>
        <source>Choose monthly or quarterly payments</source>
        <translation>请选择按月或按季支付</translation>
    </message>
    <message>
        <source>Write the months as YYYY-MM: the start month not in the past, the end month not before it</source>
        <translation>月份格式为 YYYY-MM：起始月不得早于本月，终止月不得早于起始月</translation>
    </message>
    <message>
        <source>The account already has an active rent instruction</source>
        <translation>该账户已有生效中的租房提取约定</translation>
    </message>
    <message>
        <source>The instruction has ended already</source>
        <translation>该约定已终止</translation>
    </message>
    <message>
        <source>No rent instruction has this number</source>
        <translation>没有该编号的租房提取约定</translation>
    </message>
    <message>
        <source>This month has not begun yet; it cannot be remitted</source>
        <translation>该月份尚未开始，不能汇缴</translation>
    </message>
    <message>
        <source>The month is before the unit&apos;s first remittance month</source>
        <translation>该月份早于单位的首次汇缴月份</translation>
    </message>
    <message>
        <source>This month is already remitted for the unit</source>
        <translation>单位该月份已汇缴</translation>
    </message>
    <message>
        <source>The unit&apos;s remittance of this month is deferred (缓缴); pay it later as a back payment</source>
        <translation>单位该月份已批准缓缴，请日后以补缴方式缴存</translation>
    </message>
    <message>
        <source>The unit has no employee to credit for this month</source>
        <translation>单位该月份没有可入账的职工</translation>
    </message>
    <message>
        <source>The month&apos;s amounts changed since the preview; preview again and confirm the new figures</source>
        <translation>预览后该月金额已变化，请重新预览并确认新的金额</translation>
    </message>
    <message>
        <source>A back payment is for a past month (YYYY-MM)</source>
        <translation>补缴只能针对以往月份（YYYY-MM）</translation>
    </message>
    <message>
        <source>The month is further back than back payments may go</source>
        <translation>该月份超出允许补缴的期限</translation>
    </message>
    <message>
        <source>Choose a back payment reason from the list</source>
        <translation>请从列表中选择补缴原因</translation>
    </message>
    <message>
        <source>No deferral of the unit covered this month; reason 03 is for deferred months</source>
        <translation>单位该月份没有缓缴记录；原因 03 仅用于缓缴月份</translation>
    </message>
    <message>
        <source>Some rows are wrong; nothing was posted. Correct the rows and submit again</source>
        <translation>部分行有误，未入账任何金额。请更正后重新提交</translation>
    </message>
    <message>
        <source>This account is not a live account of the unit</source>
        <translation>该账户不是本单位的正常账户</translation>
    </message>
    <message>
        <source>This account appears twice in the list</source>
        <translation>该账户在清册中重复出现</translation>
    </message>
    <message>
        <source>The month is before the person&apos;s first deposit month</source>
        <translation>该月份早于职工的首次缴存月份</translation>
    </message>
    <message>
        <source>This person&apos;s month is already paid; for a difference choose reason 02 or 04</source>
        <translation>职工该月已缴存；补缴差额请选择原因 02 或 04</translation>
    </message>
    <message>
        <source>This person&apos;s month is not paid; for a missed month choose reason 01 or 03</source>
        <translation>职工该月未缴存；漏缴月份请选择原因 01 或 03</translation>
    </message>
    <message>
        <source>The amount is wrong here: for reasons 01 and 03 it follows from the base; a difference must be above zero</source>
        <translation>金额有误：原因 01 和 03 的金额由缴存基数计算；差额必须大于零</translation>
    </message>
    <message>
        <source>Enter the difference to pay, or the new base</source>
        <translation>请输入补缴差额或新的缴存基数</translation>
    </message>
    <message>
        <source>The amount differs from the difference the new base gives</source>
        <translation>金额与新基数计算出的差额不符</translation>
    </message>
    <message>
        <source>The new base gives no difference to pay for this month</source>
        <translation>按新基数计算该月没有需补缴的差额</translation>
    </message>
    <message>
        <source>Check the deferral months: from this month on, in order, and no longer than the policy allows</source>
        <translation>请核对缓缴月份：自本月起、顺序正确，且不超过政策允许的期限</translation>
    </message>
    <message>
        <source>An approved deferral of the unit already covers one of these months</source>
        <translation>单位已批准的缓缴已包含其中某个月份</translation>
    </message>
    <message>
        <source>One of these months is already remitted; it cannot be deferred</source>
        <translation>其中某个月份已汇缴，不能缓缴</translation>
    </message>
    <message>
        <source>This adjustment year cannot be submitted (within a year of today, not before the unit&apos;s last adjustment)</source>
        <translation>该调整年度不能提交（须在一年以内，且不早于单位上次调整）</translation>
    </message>
    <message>
        <source>The unit&apos;s base adjustment of this year has been submitted already</source>
        <translation>单位本年度的基数调整已提交</translation>
    </message>
    <message>
        <source>Some rows of the list are wrong; nothing was changed. Correct the rows and submit again</source>
        <translation>清册中部分行有误，未做任何变更。请更正后重新提交</translation>
    </message>
    <message>
        <source>This person is not a live employee of the unit</source>
        <translation>该人员不是本单位的在职职工</translation>
    </message>
    <message>
        <source>The name differs from the one registered for this document number</source>
        <translation>姓名与该证件号码登记的姓名不符</translation>
    </message>
    <message>
        <source>The settlement day of this year has not passed: its interest cannot be posted yet</source>
        <translation>本年度结息日未到，尚不能结息</translation>
    </message>
    <message>
        <source>The interest of this year has been posted already</source>
        <translation>本年度利息已结算入账</translation>
    </message>
    <message>
        <source>The interest of this year has not been posted yet</source>
        <translation>本年度利息尚未结算</translation>
    </message>
    <message>
        <source>No interest can be settled for this year (2000 to 2099, within the policy&apos;s deposit rates)</source>
        <translation>该年度不能结息（须为2000至2099年，且在政策的存款利率范围内）</translation>
    </message>
    <message>
        <source>No interest run was queued for this year</source>
        <translation>该年度没有排队的结息任务</translation>
    </message>
    <message>
        <source>Nothing to change: every value equals the one on record</source>
        <translation>没有需要变更的内容：各项与登记信息相同</translation>
    </message>
    <message>
        <source>Enter the name</source>
        <translation>请输入姓名</translation>
    </message>
    <message>
        <source>A name contains no digits or symbols</source>
        <translation>姓名不能包含数字或符号</translation>
    </message>
    <message>
        <source>An account&apos;s journal cannot be settled; the run waits until it is corrected</source>
        <translation>某账户的明细账无法结息，结息任务将等待其更正</translation>
    </message>
    <message>
        <source>Withdrawal type</source>
        <translation>提取类型</translation>
    </message>
    <message>
        <source>Date of the contract or event</source>
        <translation>合同或事件日期</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Price or cost</source>
        <translation>价款或费用</translation>
    </message>
    <message>
        <source>Property address</source>
        <translation>房屋坐落</translation>
    </message>
    <message>
        <source>Lending bank</source>
        <translation>贷款银行</translation>
    </message>
    <message>
        <source>Loan contract number</source>
        <translation>借款合同编号</translation>
    </message>
    <message>
        <source>Loan outstanding</source>
        <translation>贷款余额</translation>
    </message>
    <message>
        <source>Monthly loan payment</source>
        <translation>月还款额</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>月租金</translation>
    </message>
    <message>
        <source>Heir</source>
        <translation>继承人</translation>
    </message>
    <message>
        <source>Payee bank</source>
        <translation>收款银行</translation>
    </message>
    <message>
        <source>Payee account number</source>
        <translation>收款账号</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Shared answers</source>
        <translation>共享查询结果</translation>
    </message>
    <message>
        <source>Ask the sharing interfaces</source>
        <translation>查询共享接口</translation>
    </message>
    <message>
        <source>Payment frequency</source>
        <translation>支付频率</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>终止月份</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Confirmed total</source>
        <translation>确认合计金额</translation>
    </message>
    <message>
        <source>Confirmed number of employees</source>
        <translation>确认职工人数</translation>
    </message>
    <message>
        <source>List</source>
        <translation>清册</translation>
    </message>
    <message>
        <source>First deferred month</source>
        <translation>缓缴起始月份</translation>
    </message>
    <message>
        <source>Last deferred month</source>
        <translation>缓缴终止月份</translation>
    </message>
    <message>
        <source>Adjustment year</source>
        <translation>调整年度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>The borrower has not contributed in full for enough continuous months</source>
        <translation>借款人连续足额缴存的月数不足</translation>
    </message>
    <message>
        <source>The number of continuous contribution months is invalid</source>
        <translation>连续缴存月数无效</translation>
    </message>
    <message>
        <source>The borrower or the spouse has a housing provident fund loan that is not settled</source>
        <translation>借款人或其配偶有未结清的住房公积金贷款</translation>
    </message>
    <message>
        <source>No provident fund loan for a third home or a third loan</source>
        <translation>第三套住房或第三次贷款不予发放公积金贷款</translation>
    </message>
    <message>
        <source>A second loan is possible only once the first loan is settled</source>
        <translation>首次贷款结清后方可申请第二次贷款</translation>
    </message>
    <message>
        <source>The borrower&apos;s age plus the term passes the age limit: shorten the term</source>
        <translation>借款人年龄加贷款期限超过年龄上限：请缩短期限</translation>
    </message>
    <message>
        <source>The borrower&apos;s birth date cannot be read from the document number</source>
        <translation>无法从证件号码读取借款人出生日期</translation>
    </message>
    <message>
        <source>The term must be a whole number of months, at least one</source>
        <translation>贷款期限须为整月数，至少一个月</translation>
    </message>
    <message>
        <source>The term is longer than the center allows</source>
        <translation>贷款期限超过中心允许的最长期限</translation>
    </message>
    <message>
        <source>The monthly payment and other debts are above the allowed share of the income</source>
        <translation>月还款额与其他债务超过收入的允许比例</translation>
    </message>
    <message>
        <source>The amount is above the loan limit</source>
        <translation>贷款金额超过可贷额度</translation>
    </message>
    <message>
        <source>Enter a loan amount above zero</source>
        <translation>请输入大于零的贷款金额</translation>
    </message>
    <message>
        <source>Enter the house price</source>
        <translation>请输入房屋价格</translation>
    </message>
    <message>
        <source>The borrowers&apos; fund balance is out of range</source>
        <translation>借款人公积金余额超出范围</translation>
    </message>
    <message>
        <source>The income or monthly debt is out of range</source>
        <translation>收入或月债务超出范围</translation>
    </message>
    <message>
        <source>The application date is missing</source>
        <translation>缺少申请日期</translation>
    </message>
    <message>
        <source>The household&apos;s loan count is invalid</source>
        <translation>家庭贷款次数无效</translation>
    </message>
    <message>
        <source>The application does not meet the loan conditions (see the rules that failed)</source>
        <translation>申请不符合贷款条件（见未通过的规则）</translation>
    </message>
    <message>
        <source>No loan application with this serial number</source>
        <translation>没有此流水号的贷款申请</translation>
    </message>
    <message>
        <source>Choose a fund loan, a combination loan or a commercial-to-fund conversion</source>
        <translation>请选择公积金贷款、组合贷款或商转公</translation>
    </message>
    <message>
        <source>Choose equal instalments or equal principal</source>
        <translation>请选择等额本息或等额本金</translation>
    </message>
    <message>
        <source>Choose first or second home</source>
        <translation>请选择首套或二套住房</translation>
    </message>
    <message>
        <source>Check the people on the application: one borrower, at most one spouse</source>
        <translation>请检查申请人员：一名借款人，至多一名配偶</translation>
    </message>
    <message>
        <source>The same person is on the application twice</source>
        <translation>同一人在申请中出现两次</translation>
    </message>
    <message>
        <source>The borrower has no open provident fund account</source>
        <translation>借款人没有正常状态的公积金账户</translation>
    </message>
    <message>
        <source>Enter the bank&apos;s part of the combination loan (amount, bank, term, rate)</source>
        <translation>请输入组合贷款中的商业贷款部分（金额、银行、期限、利率）</translation>
    </message>
    <message>
        <source>Enter the commercial loan to be converted (bank, contract, outstanding amount)</source>
        <translation>请输入拟转换的商业贷款（银行、合同、未还本金）</translation>
    </message>
    <message>
        <source>The officer who accepted the application cannot review it</source>
        <translation>受理人员不能审核同一笔申请</translation>
    </message>
    <message>
        <source>The approver cannot be the accepting officer or the reviewer</source>
        <translation>审批人不能是受理人员或审核人员</translation>
    </message>
    <message>
        <source>The application is not at this step (steps go in order: accepted, reviewed, decided)</source>
        <translation>申请不在此环节（须依次受理、审核、审批）</translation>
    </message>
    <message>
        <source>The ID card could not be read: place the card on the reader again</source>
        <translation>无法读取身份证：请将证件重新放到读卡器上</translation>
    </message>
    <message>
        <source>The ID card gave a value in an unexpected form: read the card again</source>
        <translation>身份证信息格式异常：请重新读卡</translation>
    </message>
    <message>
        <source>The ID card has no value here: read the card again</source>
        <translation>身份证此项信息为空：请重新读卡</translation>
    </message>
    <message>
        <source>The ID card gave a value far longer than a card can hold</source>
        <translation>身份证信息超出证件可容纳的长度</translation>
    </message>
    <message>
        <source>The ID card gave characters a card cannot hold</source>
        <translation>身份证信息含有证件不可能包含的字符</translation>
    </message>
    <message>
        <source>The ID card gave a date that does not exist</source>
        <translation>身份证上的日期不存在</translation>
    </message>
    <message>
        <source>The ID card has expired: the person needs a valid card</source>
        <translation>身份证已过有效期：请出示有效证件</translation>
    </message>
    <message>
        <source>The ID card is not valid yet</source>
        <translation>身份证尚未生效</translation>
    </message>
    <message>
        <source>The birth date on the card differs from the one in its number: the card is not genuine</source>
        <translation>证件上的出生日期与号码中的不一致：证件不真实</translation>
    </message>
    <message>
        <source>The sex on the card differs from the one in its number: the card is not genuine</source>
        <translation>证件上的性别与号码中的不一致：证件不真实</translation>
    </message>
    <message>
        <source>The ID card gave no photo: read the card again</source>
        <translation>未读到身份证照片：请重新读卡</translation>
    </message>
    <message>
        <source>The photo on the ID card could not be read: read the card again</source>
        <translation>无法读取身份证照片：请重新读卡</translation>
    </message>
    <message>
        <source>The card reader is still reading the previous card</source>
        <translation>读卡器正在读取上一张证件</translation>
    </message>
    <message>
        <source>No ID card reader is connected</source>
        <translation>未连接身份证读卡器</translation>
    </message>
    <message>
        <source>No camera is connected to this counter: connect one, or take the photo at another counter</source>
        <translation>本柜台未连接摄像头：请连接摄像头，或到其他柜台拍照</translation>
    </message>
    <message>
        <source>The camera is not switched on yet</source>
        <translation>摄像头尚未开启</translation>
    </message>
    <message>
        <source>The camera is still taking the previous photo</source>
        <translation>摄像头正在拍摄上一张照片</translation>
    </message>
    <message>
        <source>The camera reported an error: take the photo again; if it happens again, reconnect the camera</source>
        <translation>摄像头报错：请重新拍照；如再次出现，请重新连接摄像头</translation>
    </message>
    <message>
        <source>The training camera has no picture to return</source>
        <translation>培训用摄像头没有可返回的图像</translation>
    </message>
    <message>
        <source>The signature data is damaged: ask the signer to sign again</source>
        <translation>签名数据已损坏：请签名人重新签名</translation>
    </message>
    <message>
        <source>The signature is far too long: clear the pad and sign again</source>
        <translation>签名过长：请清除签名板后重新签名</translation>
    </message>
    <message>
        <source>The signature has points off the pad: clear the pad and sign again</source>
        <translation>签名有笔迹超出签名板：请清除后重新签名</translation>
    </message>
    <message>
        <source>The signature&apos;s timing is damaged: clear the pad and sign again</source>
        <translation>签名的时间数据已损坏：请清除签名板后重新签名</translation>
    </message>
    <message>
        <source>The signature pad is empty: the signer must sign</source>
        <translation>签名板为空：签名人必须签名</translation>
    </message>
    <message>
        <source>The ID card is not the one of the person named on the application</source>
        <translation>该身份证不是申请中所列人员的证件</translation>
    </message>
    <message>
        <source>The name on the ID card differs from the application: correct the application before signing</source>
        <translation>身份证上的姓名与申请不一致：请先更正申请再签署</translation>
    </message>
    <message>
        <source>The file is not a PDF document</source>
        <translation>该文件不是 PDF 文档</translation>
    </message>
    <message>
        <source>The contract carries the center&apos;s signature already</source>
        <translation>该合同已有中心签章</translation>
    </message>
    <message>
        <source>The contract&apos;s signature data is incomplete</source>
        <translation>合同签章数据不完整</translation>
    </message>
    <message>
        <source>The PDF carries no signature of the center: it is not a signed contract, or the signature was removed</source>
        <translation>该 PDF 没有中心签章：不是已签署的合同，或签章已被删除</translation>
    </message>
    <message>
        <source>The PDF carries more than one signature block: it was changed after signing</source>
        <translation>该 PDF 含有多个签章块：签署后被修改过</translation>
    </message>
    <message>
        <source>The PDF&apos;s signature block is damaged: the file was changed after signing</source>
        <translation>该 PDF 的签章块已损坏：文件在签署后被修改过</translation>
    </message>
    <message>
        <source>The contract was changed after it was signed: this file is not the signed contract</source>
        <translation>合同在签署后被修改：此文件不是已签署的合同</translation>
    </message>
    <message>
        <source>The contract was signed with a key this center does not know</source>
        <translation>合同的签章密钥不是本中心已知的密钥</translation>
    </message>
    <message>
        <source>The contract was signed outside the signing period of the center&apos;s key</source>
        <translation>合同签章时间不在中心密钥的有效签署期内</translation>
    </message>
    <message>
        <source>The center&apos;s signature on the contract is not valid: the file was forged or changed</source>
        <translation>合同上的中心签章无效：文件被伪造或修改</translation>
    </message>
    <message>
        <source>This person is not a signer of the application or of this contract</source>
        <translation>此人不是本申请或本合同的签署人</translation>
    </message>
    <message>
        <source>Check the signer&apos;s ID card first, then take the photo, then collect the signatures</source>
        <translation>请先核验签署人身份证，再拍照，然后签名</translation>
    </message>
    <message>
        <source>The photo is not a JPEG or PNG image: take it again</source>
        <translation>照片不是 JPEG 或 PNG 图像：请重新拍摄</translation>
    </message>
    <message>
        <source>This contract is signed already: its signatures and the signers&apos; checks can no longer change</source>
        <translation>合同已签署：签名及签署人核验不可再更改</translation>
    </message>
    <message>
        <source>A signer has not signed this contract yet</source>
        <translation>尚有签署人未签署此合同</translation>
    </message>
    <message>
        <source>No loan with this contract number</source>
        <translation>没有此合同号的贷款</translation>
    </message>
    <message>
        <source>The loan is settled: nothing more can be paid</source>
        <translation>贷款已结清：不能再还款</translation>
    </message>
    <message>
        <source>The amount is above what is due: pay more as a prepayment</source>
        <translation>金额超过应还金额：多还部分请办理提前还款</translation>
    </message>
    <message>
        <source>An instalment is due or partly paid: post its repayment before a prepayment</source>
        <translation>有到期或部分已还的期次：请先还清该期再提前还款</translation>
    </message>
    <message>
        <source>A partial prepayment must be below the outstanding principal; prepay in full instead</source>
        <translation>部分提前还款须低于剩余本金；否则请全部提前还款</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Issuing authority</source>
        <translation>签发机关</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有效期起始日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期截止日期</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>ID card reader</source>
        <translation>身份证读卡器</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Loan kind</source>
        <translation>贷款类型</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>期限（月）</translation>
    </message>
    <message>
        <source>Repayment method</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <source>First or second home</source>
        <translation>首套 / 二套</translation>
    </message>
    <message>
        <source>People on the application</source>
        <translation>申请人员</translation>
    </message>
    <message>
        <source>House price</source>
        <translation>房价</translation>
    </message>
    <message>
        <source>Purchase contract number</source>
        <translation>购房合同号</translation>
    </message>
    <message>
        <source>Commercial part</source>
        <translation>商业贷款部分</translation>
    </message>
    <message>
        <source>Commercial lending bank</source>
        <translation>商业贷款银行</translation>
    </message>
    <message>
        <source>Commercial term (months)</source>
        <translation>商业贷款期限（月）</translation>
    </message>
    <message>
        <source>Commercial rate</source>
        <translation>商业贷款利率</translation>
    </message>
    <message>
        <source>Commercial loan to convert</source>
        <translation>拟转换的商业贷款</translation>
    </message>
    <message>
        <source>Bank of the commercial loan</source>
        <translation>商业贷款的银行</translation>
    </message>
    <message>
        <source>Commercial loan contract number</source>
        <translation>商业贷款合同号</translation>
    </message>
    <message>
        <source>Commercial loan outstanding</source>
        <translation>商业贷款未还本金</translation>
    </message>
    <message>
        <source>This person has not authorised a credit report (征信授权): record the signed authorisation first</source>
        <translation>此人未签署征信查询授权（征信授权），请先登记授权</translation>
    </message>
    <message>
        <source>The borrower is married: add the spouse to the application</source>
        <translation>借款人已婚，请在申请中添加配偶</translation>
    </message>
    <message>
        <source>The credit system cannot be reached now; try again later</source>
        <translation>暂时无法连接征信系统，请稍后再试</translation>
    </message>
    <message>
        <source>The credit files of the training back end are not valid</source>
        <translation>培训后台的征信文件无效</translation>
    </message>
    <message>
        <source>No such reminder: refresh the list of overdue loans</source>
        <translation>没有这条催收记录：请刷新逾期贷款列表</translation>
    </message>
    <message>
        <source>This reminder is recorded already</source>
        <translation>这条催收已经登记过了</translation>
    </message>
    <message>
        <source>Type an application serial (YW and 16 digits) or a contract number (DK and 16 digits)</source>
        <translation>请输入申请流水号（YW 加 16 位数字）或借款合同号（DK 加 16 位数字）</translation>
    </message>
    <message>
        <source>The amount must be above zero</source>
        <translation>金额必须大于零</translation>
    </message>
    <message>
        <source>Application serial or contract number</source>
        <translation>申请流水号或借款合同号</translation>
    </message>
    <message>
        <source>Keep the term or the payment</source>
        <translation>期限不变或月供不变</translation>
    </message>
    <message>
        <source>Person on the application</source>
        <translation>申请人员</translation>
    </message>
    <message>
        <source>How the borrower was reminded</source>
        <translation>催收方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>hpf::client::EmployeeListModel</name>
    <message>
        <source>Unsealed: %1</source>
        <translation>已启封：%1</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>已开户：%1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>错误代码</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题说明</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Wage base</source>
        <translation>缴存基数</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>hpf::client::EmployeeListValidator</name>
    <message>
        <source>This person is already listed on line %1</source>
        <translation>此人已在第 %1 行列出</translation>
    </message>
</context>
<context>
    <name>hpf::client::JournalModel</name>
    <message>
        <source>Serial</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>贷方（收入）</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>借方（支出）</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>hpf::client::UserText</name>
    <message>
        <source>Wrong user id or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>This user is locked after too many wrong passwords; try again later or ask a supervisor</source>
        <translation>密码错误次数过多，该用户已被锁定；请稍后再试或联系主管</translation>
    </message>
    <message>
        <source>This user is disabled</source>
        <translation>该用户已停用</translation>
    </message>
    <message>
        <source>Please sign in again</source>
        <translation>请重新登录</translation>
    </message>
    <message>
        <source>The session has expired; please sign in again</source>
        <translation>会话已过期，请重新登录</translation>
    </message>
    <message>
        <source>The session has ended; please sign in again</source>
        <translation>会话已结束，请重新登录</translation>
    </message>
    <message>
        <source>Your role may not do this</source>
        <translation>您的岗位无权办理此业务</translation>
    </message>
    <message>
        <source>This belongs to another branch</source>
        <translation>该业务属于其他网点</translation>
    </message>
    <message>
        <source>This operation needs a supervisor&apos;s authorisation</source>
        <translation>此业务需要主管授权</translation>
    </message>
    <message>
        <source>The supervisor&apos;s authorisation is not valid</source>
        <translation>主管授权无效</translation>
    </message>
    <message>
        <source>The supervisor&apos;s authorisation has already been used</source>
        <translation>主管授权已使用过</translation>
    </message>
    <message>
        <source>The supervisor&apos;s authorisation has expired; ask again</source>
        <translation>主管授权已过期，请重新授权</translation>
    </message>
    <message>
        <source>The authorisation was given for a different operation</source>
        <translation>该授权是为另一笔业务给出的</translation>
    </message>
    <message>
        <source>You cannot authorise your own operation</source>
        <translation>不能为自己经办的业务授权</translation>
    </message>
    <message>
        <source>This user is not a supervisor</source>
        <translation>该用户不是主管</translation>
    </message>
    <message>
        <source>This operation does not need authorisation</source>
        <translation>此业务无需授权</translation>
    </message>
    <message>
        <source>No such personal account</source>
        <translation>个人账户不存在</translation>
    </message>
    <message>
        <source>No such unit</source>
        <translation>单位不存在</translation>
    </message>
    <message>
        <source>The available balance is not enough</source>
        <translation>可用余额不足</translation>
    </message>
    <message>
        <source>The available balance is not enough for this freeze</source>
        <translation>可用余额不足以冻结该金额</translation>
    </message>
    <message>
        <source>The account state does not allow this</source>
        <translation>账户状态不允许办理此业务</translation>
    </message>
    <message>
        <source>The same operation is still being processed</source>
        <translation>同一笔业务仍在处理中</translation>
    </message>
    <message>
        <source>This operation was already sent with different data</source>
        <translation>这笔业务已用不同的数据提交过</translation>
    </message>
    <message>
        <source>The server does not offer this function</source>
        <translation>服务器不提供此功能</translation>
    </message>
    <message>
        <source>A required field is empty</source>
        <translation>必填项为空</translation>
    </message>
    <message>
        <source>A field is too long</source>
        <translation>有字段过长</translation>
    </message>
    <message>
        <source>The server is busy; try again</source>
        <translation>服务器繁忙，请重试</translation>
    </message>
    <message>
        <source>The server cannot be reached</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>服务器响应超时</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>服务器证书不受信任</translation>
    </message>
    <message>
        <source>The server sent an answer the client cannot read</source>
        <translation>服务器返回了无法识别的应答</translation>
    </message>
    <message>
        <source>The server cannot be reached, and this operation must not wait; try again when the connection is back</source>
        <translation>无法连接服务器，且此业务不能延后办理；请在连接恢复后重试</translation>
    </message>
    <message>
        <source>The server answered with an error (%1)</source>
        <translation>服务器返回错误（%1）</translation>
    </message>
    <message>
        <source>%1 (request %2)</source>
        <translation>%1（请求号 %2）</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app (or a recovery code)</source>
        <translation>请输入身份验证器应用中的6位动态验证码（或一个恢复码）</translation>
    </message>
    <message>
        <source>Wrong or already used verification code; wait for the next code and try again</source>
        <translation>验证码错误或已使用过，请等待下一个验证码后重试</translation>
    </message>
    <message>
        <source>Set up two-step verification first</source>
        <translation>请先设置两步验证</translation>
    </message>
    <message>
        <source>Change your password first</source>
        <translation>请先修改密码</translation>
    </message>
    <message>
        <source>Two-step verification is already set up; an administrator can reset it</source>
        <translation>两步验证已设置；如需重新设置，请联系系统管理员重置</translation>
    </message>
    <message>
        <source>Two-step verification is not available on this server; contact the administrator</source>
        <translation>本服务器暂不能使用两步验证，请联系系统管理员</translation>
    </message>
    <message>
        <source>The new password is too weak: at least 10 characters, three kinds of characters, not the user id, not a common password</source>
        <translation>新密码强度不足：至少10位，包含三类字符，不得含用户名，不得使用常见密码</translation>
    </message>
    <message>
        <source>The new password was used recently; choose another</source>
        <translation>新密码与近期使用过的密码相同，请另选一个</translation>
    </message>
    <message>
        <source>The server cannot read its stored result of this operation; do not repeat it, tell support</source>
        <translation>服务器无法读取该业务已保存的处理结果；请勿重复办理，并联系技术支持</translation>
    </message>
    <message>
        <source>The local outbox cannot be opened, so no operation can be saved or sent from this window; close the other HPF Counter or tell support</source>
        <translation>本机待发业务库无法打开，本窗口不能保存或发送任何业务；请关闭另一个柜面客户端，或联系技术支持</translation>
    </message>
</context>
<context>
    <name>hpf::client::archive::PackageUploader</name>
    <message>
        <source>The archive upload is waiting to be sent</source>
        <translation>档案上传正在等待发送</translation>
    </message>
    <message>
        <source>The archive package is waiting to be committed</source>
        <translation>档案包正在等待提交</translation>
    </message>
    <message>
        <source>Archive upload</source>
        <translation>档案上传</translation>
    </message>
    <message>
        <source>The archive upload could not be saved</source>
        <translation>档案上传未能保存</translation>
    </message>
    <message>
        <source>Offline: the archive upload is queued and will be sent later</source>
        <translation>离线：档案上传已排队，恢复连接后自动发送</translation>
    </message>
    <message>
        <source>%1 (file %2)</source>
        <translation>%1（文件 %2）</translation>
    </message>
    <message>
        <source>Archive commit</source>
        <translation>档案提交</translation>
    </message>
    <message>
        <source>The archive commit could not be saved</source>
        <translation>档案提交未能保存</translation>
    </message>
</context>
<context>
    <name>hpf::client::ops::Operation</name>
    <message>
        <source>The operation could not be saved, so it was not sent: %1</source>
        <translation>业务无法保存，因此未发送：%1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Saved; it will be sent when the server can be reached</source>
        <translation>已保存；服务器可以连接时将自动发送</translation>
    </message>
    <message>
        <source>Not confirmed yet; it will be resent with the same id: %1</source>
        <translation>尚未确认；将以同一编号重新发送：%1</translation>
    </message>
</context>
<context>
    <name>hpf::ui::AboutDialog</name>
    <message>
        <source>Asking the server…</source>
        <translation>正在查询服务器…</translation>
    </message>
    <message>
        <source>About HPF Counter</source>
        <translation>关于住房公积金柜面系统</translation>
    </message>
    <message>
        <source>HPF Counter</source>
        <translation>住房公积金柜面系统</translation>
    </message>
    <message>
        <source>Counter client of the housing provident fund center</source>
        <translation>住房公积金管理中心柜面客户端</translation>
    </message>
    <message>
        <source>Version %1 (Qt %2)</source>
        <translation>版本 %1（Qt %2）</translation>
    </message>
    <message>
        <source>Licensed to the housing provident fund center that installed it, for its own counters; all other rights reserved.</source>
        <translation>授权安装本软件的住房公积金管理中心在本中心柜面使用；保留其他一切权利。</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>客户端：</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>使用许可：</translation>
    </message>
    <message>
        <source>The server cannot be reached; its version is unknown</source>
        <translation>无法连接服务器，服务器版本未知</translation>
    </message>
    <message>
        <source>%1 %2 (API %3, database schema %4)</source>
        <translation>%1 %2（API %3，数据库结构 %4）</translation>
    </message>
</context>
<context>
    <name>hpf::ui::AdjustmentPage</name>
    <message>
        <source>&amp;Open the list of new bases… (Ctrl+O)</source>
        <translation>打开基数清册…(&amp;O)（Ctrl+O）</translation>
    </message>
    <message>
        <source>&amp;Adjust the bases</source>
        <translation>调整基数(&amp;A)</translation>
    </message>
    <message>
        <source>unchanged, or e.g. 12%</source>
        <translation>不变，或如 12%</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>个人账号</translation>
    </message>
    <message>
        <source>Old base</source>
        <translation>原基数</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申报基数</translation>
    </message>
    <message>
        <source>New base</source>
        <translation>新基数</translation>
    </message>
    <message>
        <source>Clamped</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Unit account:</source>
        <translation>单位账号：</translation>
    </message>
    <message>
        <source>Adjustment year:</source>
        <translation>调整年度：</translation>
    </message>
    <message>
        <source>New unit ratio (optional):</source>
        <translation>新单位比例（可选）：</translation>
    </message>
    <message>
        <source>New personal ratio (optional):</source>
        <translation>新个人比例（可选）：</translation>
    </message>
    <message>
        <source>Annual base adjustment (基数调整): a CSV or XLSX list with 证件类型, 证件号码, 姓名 and 缴存基数 (yuan). Bases outside the year&apos;s floor and ceiling are clamped and marked; employees not listed keep their base. Enter in the last field opens the list.</source>
        <translation>年度缴存基数调整：CSV 或 XLSX 清册，列为证件类型、证件号码、姓名和缴存基数（元）。超出当年上下限的基数按上下限调整并标出；清册中未列出的职工保留原基数。在最后一个输入框按回车打开清册。</translation>
    </message>
    <message>
        <source>Choose the list of new bases</source>
        <translation>选择基数清册</translation>
    </message>
    <message>
        <source>Employee lists (*.csv *.txt *.xlsx)</source>
        <translation>职工清册 (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>正在读取清册…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the list cannot be read; correct the file and open it again</source>
        <translation>
            <numerusform>清册中有 %n 行无法读取，请更正文件后重新打开</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Validating %n row(s) against the unit&apos;s employees…</source>
        <translation>
            <numerusform>正在按单位职工核对 %n 行…</numerusform>
        </translation>
    </message>
    <message>
        <source>Effective from %1: %2 clamped, %3 employee(s) not listed keep their base. Check and adjust.</source>
        <translation>自 %1 起生效：%2 行按上下限调整，%3 名未列出的职工保留原基数。请核对后调整。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused (see Problem); correct the list and open it again</source>
        <translation>
            <numerusform>%n 行被拒绝（见“问题”列），请更正清册后重新打开</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a list without refused rows first</source>
        <translation>请先打开没有错误行的清册</translation>
    </message>
    <message>
        <source>Base adjustment</source>
        <translation>基数调整</translation>
    </message>
    <message numerus="yes">
        <source>Bases adjusted from %1: serial %2 · %n employee(s), %3 clamped</source>
        <translation>
            <numerusform>自 %1 起基数已调整：流水号 %2 · %n 名职工，%3 人按上下限调整</numerusform>
        </translation>
    </message>
    <message>
        <source>New bases</source>
        <translation>新基数</translation>
    </message>
</context>
<context>
    <name>hpf::ui::ArchiveCapturePage</name>
    <message>
        <source>Scan (F5)</source>
        <translation>扫描（F5）</translation>
    </message>
    <message>
        <source>Import files… (Ctrl+O)</source>
        <translation>导入文件…（Ctrl+O）</translation>
    </message>
    <message>
        <source>Upload (Ctrl+U)</source>
        <translation>上传（Ctrl+U）</translation>
    </message>
    <message>
        <source>business serial number, then Enter</source>
        <translation>输入业务流水号后回车</translation>
    </message>
    <message>
        <source>Upload waiting: %1. The pages are kept and the upload goes on by itself.</source>
        <translation>上传等待中：%1。页面已保存在本机，恢复后自动继续上传。</translation>
    </message>
    <message>
        <source>Upload refused: %1</source>
        <translation>上传被拒绝：%1</translation>
    </message>
    <message>
        <source>Archived as %1 (%2 files)</source>
        <translation>已归档，档号 %1（%2 个文件）</translation>
    </message>
    <message>
        <source>New pages go to: %1</source>
        <translation>新页面归入：%1</translation>
    </message>
    <message>
        <source>Enter the business serial number of the record to archive</source>
        <translation>请输入要归档业务的业务流水号</translation>
    </message>
    <message>
        <source>Looking up the record…</source>
        <translation>正在查询业务记录…</translation>
    </message>
    <message>
        <source>This record is already archived as %1</source>
        <translation>该笔业务已归档，档号 %1</translation>
    </message>
    <message>
        <source>Offline: the record as last seen; pages are kept and uploaded later</source>
        <translation>离线：显示的是上次查询到的业务记录；页面会保存在本机，稍后上传</translation>
    </message>
    <message>
        <source>Choose the material, then scan (F5) or import (Ctrl+O)</source>
        <translation>请选择材料，然后扫描（F5）或导入（Ctrl+O）</translation>
    </message>
    <message>
        <source>No scanner found: pages can be imported from files</source>
        <translation>未找到扫描仪：可以从文件导入页面</translation>
    </message>
    <message>
        <source>The scanner is still busy</source>
        <translation>扫描仪仍在工作中</translation>
    </message>
    <message>
        <source>Choose the material of the pages first</source>
        <translation>请先选择页面所属的材料</translation>
    </message>
    <message>
        <source>Select the page to scan again</source>
        <translation>请选中要重新扫描的页面</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>正在扫描…</translation>
    </message>
    <message>
        <source>A scanned page could not be kept: %1</source>
        <translation>有扫描页面未能保存：%1</translation>
    </message>
    <message>
        <source>Scanned. Still missing: %1</source>
        <translation>扫描完成。尚缺：%1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The scan stopped: %1. The pages scanned before are kept.</source>
        <translation>扫描中断：%1。此前扫描的页面已保留。</translation>
    </message>
    <message>
        <source>Import pages</source>
        <translation>导入页面</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>文档 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1：无法读取</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>已导入 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Still missing required materials: %1</source>
        <translation>必需材料尚未齐全：%1</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>正在上传…</translation>
    </message>
    <message>
        <source>Business serial</source>
        <translation>业务流水号</translation>
    </message>
    <message>
        <source>Business record</source>
        <translation>业务记录</translation>
    </message>
    <message>
        <source>Business &amp;serial:</source>
        <translation>业务流水号(&amp;S)：</translation>
    </message>
    <message>
        <source>Pa&amp;ges:</source>
        <translation>页面(&amp;G)：</translation>
    </message>
    <message>
        <source>Business: %1</source>
        <translation>业务：%1</translation>
    </message>
    <message>
        <source>Done at: %1, branch %2</source>
        <translation>办理时间：%1，网点 %2</translation>
    </message>
    <message>
        <source>Person&apos;s name: %1 · identity number %2</source>
        <translation>姓名：%1 · 证件号码 %2</translation>
    </message>
    <message>
        <source>Unit name: %1</source>
        <translation>单位名称：%1</translation>
    </message>
    <message>
        <source>Archive number: %1</source>
        <translation>档号：%1</translation>
    </message>
</context>
<context>
    <name>hpf::ui::ArchiveCheckPage</name>
    <message>
        <source>Run check</source>
        <translation>开始检测</translation>
    </message>
    <message>
        <source>Show summary</source>
        <translation>查看汇总</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>打印检测报告…</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>打印汇总…</translation>
    </message>
    <message>
        <source>package id, then Enter</source>
        <translation>输入档案包编号后回车</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>方面</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检测项</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Archive number</source>
        <translation>档号</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>检测时间</translation>
    </message>
    <message>
        <source>Failed checks</source>
        <translation>未通过项目</translation>
    </message>
    <message>
        <source>Enter the package to check</source>
        <translation>请输入要检测的档案包</translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation>正在检测档案包…</translation>
    </message>
    <message>
        <source>Four-property check</source>
        <translation>四性检测</translation>
    </message>
    <message>
        <source>The check report cannot be read (%1)</source>
        <translation>无法读取检测报告（%1）</translation>
    </message>
    <message>
        <source>%1: all four properties passed (%2)</source>
        <translation>%1：四性检测全部通过（%2）</translation>
    </message>
    <message>
        <source>%1: the check FAILED (%2) — report it to the archive manager</source>
        <translation>%1：检测未通过（%2），请报告档案管理员</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Write the period as two dates YYYY-MM-DD, the first not after the second</source>
        <translation>请按 YYYY-MM-DD 填写起止日期，开始日期不能晚于结束日期</translation>
    </message>
    <message>
        <source>Loading the summary…</source>
        <translation>正在加载汇总…</translation>
    </message>
    <message>
        <source>%1 to %2: %3 packages, %4 checked, %5 passed, %6 failed</source>
        <translation>%1 至 %2：档案包 %3 个，已检测 %4 个，通过 %5 个，未通过 %6 个</translation>
    </message>
    <message>
        <source>Four-property check report</source>
        <translation>四性检测报告</translation>
    </message>
    <message>
        <source>Archive number: %1</source>
        <translation>档号：%1</translation>
    </message>
    <message>
        <source>Package: %1</source>
        <translation>档案包：%1</translation>
    </message>
    <message>
        <source>Checked at %1 by %2</source>
        <translation>检测时间 %1，检测人 %2</translation>
    </message>
    <message>
        <source>Printed by %1</source>
        <translation>打印人 %1</translation>
    </message>
    <message>
        <source>Four-property check summary</source>
        <translation>四性检测汇总</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>档案包</translation>
    </message>
    <message>
        <source>Checked from</source>
        <translation>检测起始日期</translation>
    </message>
    <message>
        <source>Checked to</source>
        <translation>检测截止日期</translation>
    </message>
    <message>
        <source>Check report</source>
        <translation>检测报告</translation>
    </message>
    <message>
        <source>Failed packages of the period</source>
        <translation>期间内未通过的档案包</translation>
    </message>
    <message>
        <source>Check one package</source>
        <translation>检测单个档案包</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>档案包(&amp;P)：</translation>
    </message>
    <message>
        <source>Summary of a period</source>
        <translation>期间汇总</translation>
    </message>
    <message>
        <source>Checked &amp;from:</source>
        <translation>检测起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Checked &amp;to:</source>
        <translation>检测截止日期(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>hpf::ui::ArchiveSearchPage</name>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>full identity number</source>
        <translation>完整证件号码</translation>
    </message>
    <message>
        <source>Archive number</source>
        <translation>档号</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>归档时间</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>业务流水号</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件数</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>最近检测</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD</source>
        <translation>日期格式为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Enter at least one search term or a date range</source>
        <translation>请至少填写一项查询条件或日期范围</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检测</translation>
    </message>
    <message>
        <source>passed %1</source>
        <translation>通过 %1</translation>
    </message>
    <message>
        <source>FAILED %1</source>
        <translation>未通过 %1</translation>
    </message>
    <message>
        <source>No archive package matches</source>
        <translation>没有符合条件的档案包</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s); Enter opens the selected one</source>
        <translation>
            <numerusform>共 %n 个档案信息包；按 Enter 打开所选项</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive packages found</source>
        <translation>查到的档案包</translation>
    </message>
    <message>
        <source>Person&apos;s name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Personal account number</source>
        <translation>个人账号</translation>
    </message>
    <message>
        <source>Unit account number or credit code</source>
        <translation>单位账号或统一社会信用代码</translation>
    </message>
    <message>
        <source>Business serial</source>
        <translation>业务流水号</translation>
    </message>
    <message>
        <source>Registered from</source>
        <translation>归档起始日期</translation>
    </message>
    <message>
        <source>Registered to</source>
        <translation>归档截止日期</translation>
    </message>
    <message>
        <source>Person or unit</source>
        <translation>个人或单位</translation>
    </message>
    <message>
        <source>Person&apos;s &amp;name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Identity number:</source>
        <translation>证件号码(&amp;I)：</translation>
    </message>
    <message>
        <source>Personal &amp;account:</source>
        <translation>个人账号(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Unit account / credit code:</source>
        <translation>单位账号 / 统一社会信用代码(&amp;U)：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>业务记录</translation>
    </message>
    <message>
        <source>Business &amp;serial:</source>
        <translation>业务流水号(&amp;S)：</translation>
    </message>
    <message>
        <source>Archi&amp;ve number:</source>
        <translation>档号(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止日期(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>hpf::ui::ArchiveText</name>
    <message>
        <source>Manifest readable</source>
        <translation>清单可读取</translation>
    </message>
    <message>
        <source>Manifest signature</source>
        <translation>清单签名</translation>
    </message>
    <message>
        <source>Manifest matches the register</source>
        <translation>清单与登记信息一致</translation>
    </message>
    <message>
        <source>Registered with its business</source>
        <translation>已与所属业务关联登记</translation>
    </message>
    <message>
        <source>File listed in the manifest</source>
        <translation>文件已列入清单</translation>
    </message>
    <message>
        <source>Allowed file format</source>
        <translation>文件格式符合要求</translation>
    </message>
    <message>
        <source>Digitisation metadata</source>
        <translation>数字化元数据</translation>
    </message>
    <message>
        <source>File readable from the store</source>
        <translation>文件可从存储中读取</translation>
    </message>
    <message>
        <source>File present in the store</source>
        <translation>文件在存储中存在</translation>
    </message>
    <message>
        <source>File digests (SM3, SHA-256)</source>
        <translation>文件摘要（SM3、SHA-256）</translation>
    </message>
    <message>
        <source>File opens and renders</source>
        <translation>文件可正常打开和显示</translation>
    </message>
    <message>
        <source>Use copy has every page</source>
        <translation>利用副本页面齐全</translation>
    </message>
    <message>
        <source>Required materials present</source>
        <translation>必需材料齐全</translation>
    </message>
    <message>
        <source>Commit recorded in the audit trail</source>
        <translation>归档提交已记入审计日志</translation>
    </message>
    <message>
        <source>Authenticity</source>
        <translation>真实性</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>Usability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全性</translation>
    </message>
    <message>
        <source>Page image</source>
        <translation>页面图像</translation>
    </message>
    <message>
        <source>Use copy (PDF)</source>
        <translation>利用副本（PDF）</translation>
    </message>
</context>
<context>
    <name>hpf::ui::ArchiveViewerPage</name>
    <message>
        <source>Export watermarked copy… (Ctrl+E)</source>
        <translation>导出带水印副本…（Ctrl+E）</translation>
    </message>
    <message>
        <source>Run four-property check (Ctrl+T)</source>
        <translation>四性检测（Ctrl+T）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SM3</source>
        <translation>SM3</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>purpose of the export (required), e.g. court request 2026-123</source>
        <translation>导出用途（必填），如：法院调阅 2026-123</translation>
    </message>
    <message>
        <source>Opening the archive package…</source>
        <translation>正在打开档案包…</translation>
    </message>
    <message>
        <source>Archive number %1 · %2 · serial %3
Registered %4 · %5 files, %6 bytes · signed by key %7</source>
        <translation>档号 %1 · %2 · 流水号 %3
归档时间 %4 · %5 个文件，%6 字节 · 签名密钥 %7</translation>
    </message>
    <message>
        <source>Loading the pages…</source>
        <translation>正在加载页面…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) shown; every file matches its digests</source>
        <translation>
            <numerusform>已显示 %n 页；每个文件均与其摘要一致</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the centre sent an unexpected part of the file</source>
        <translation>%1：中心返回的文件分段不符合预期</translation>
    </message>
    <message>
        <source>%1 does not match its digests in the package: report it to the archive manager</source>
        <translation>%1 与档案包中的摘要不符，请报告档案管理员</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Enter the purpose of the export (at most 200 characters)</source>
        <translation>请填写导出用途（不超过 200 个字）</translation>
    </message>
    <message>
        <source>Wait until every page is loaded</source>
        <translation>请等待全部页面加载完成</translation>
    </message>
    <message>
        <source>Archive export</source>
        <translation>档案导出</translation>
    </message>
    <message>
        <source>The copy could not be written to %1</source>
        <translation>副本无法写入 %1</translation>
    </message>
    <message>
        <source>Watermarked copy saved: %1</source>
        <translation>带水印副本已保存：%1</translation>
    </message>
    <message>
        <source>Save the watermarked copy</source>
        <translation>保存带水印副本</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Pages of the package</source>
        <translation>档案包页面</translation>
    </message>
    <message>
        <source>Files of the package</source>
        <translation>档案包文件</translation>
    </message>
    <message>
        <source>Purpose of the export</source>
        <translation>导出用途</translation>
    </message>
    <message>
        <source>Selected page</source>
        <translation>当前页面</translation>
    </message>
    <message>
        <source>Archive package</source>
        <translation>档案包</translation>
    </message>
    <message>
        <source>Watermarked copy</source>
        <translation>带水印副本</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>用途(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>hpf::ui::AuditPage</name>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation>校验审计链</translation>
    </message>
    <message>
        <source>e.g. holds. or accounts.get</source>
        <translation>例如 holds. 或 accounts.get</translation>
    </message>
    <message>
        <source>full identity number</source>
        <translation>完整证件号码</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>操作员：</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>网点：</translation>
    </message>
    <message>
        <source>Business:</source>
        <translation>业务：</translation>
    </message>
    <message>
        <source>Person (identity number):</source>
        <translation>人员（证件号码）：</translation>
    </message>
    <message>
        <source>Account number:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>From (date):</source>
        <translation>起始日期：</translation>
    </message>
    <message>
        <source>To (date):</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>Type dates as YYYY-MM-DD.</source>
        <translation>日期请按 YYYY-MM-DD 格式输入。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <source>No records match.</source>
        <translation>没有符合条件的记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shown.</source>
        <translation>
            <numerusform>已显示 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 (chain position %2)</source>
        <translation>记录 %1（审计链位置 %2）</translation>
    </message>
    <message>
        <source>not chained yet</source>
        <translation>尚未入链</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <source>User: %1 (%2), branch %3, workstation %4</source>
        <translation>操作员：%1（%2），网点 %3，终端 %4</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>请求编号：%1</translation>
    </message>
    <message>
        <source>Business: %1</source>
        <translation>业务：%1</translation>
    </message>
    <message>
        <source>Object: %1</source>
        <translation>对象：%1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>办理前：</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>办理后：</translation>
    </message>
    <message>
        <source>Export audit records</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>导出文件无法写入：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported (%1).</source>
        <translation>
            <numerusform>已导出 %n 条记录（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>正在校验审计链…</translation>
    </message>
    <message>
        <source>The audit chain is intact: %1 records, %2 signed checkpoints, %3 not chained yet.</source>
        <translation>审计链完整：%1 条记录，%2 个签名检查点，%3 条尚未入链。</translation>
    </message>
    <message>
        <source>The audit chain is broken at record %1 (position %2): %3</source>
        <translation>审计链在记录 %1（位置 %2）处校验失败：%3</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What and when</source>
        <translation>对象与时间</translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Record &amp;details:</source>
        <translation>记录详情(&amp;D)：</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>已排队</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>已开始</translation>
    </message>
    <message>
        <source>Part received</source>
        <translation>已接收部分文件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>hpf::ui::BackPaymentPage</name>
    <message>
        <source>&amp;Post the back payment</source>
        <translation>补缴(&amp;P)</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>补缴</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>个人账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Base (yuan)</source>
        <translation>基数（元）</translation>
    </message>
    <message>
        <source>Difference (yuan)</source>
        <translation>差额（元）</translation>
    </message>
    <message>
        <source>Problem / posted</source>
        <translation>问题 / 已补缴</translation>
    </message>
    <message>
        <source>Unit account:</source>
        <translation>单位账号：</translation>
    </message>
    <message>
        <source>Month paid back:</source>
        <translation>补缴月份：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>补缴原因：</translation>
    </message>
    <message>
        <source>Memo (optional):</source>
        <translation>备注（可选）：</translation>
    </message>
    <message>
        <source>Back payment (补缴) of a past month: tick the employees (Space), type a base when it differs from the one in effect that month, or the difference for 基数调整补差 and 少缴补足. All rows are posted or none.</source>
        <translation>补缴以前月份：用空格键勾选职工；基数与当月有效基数不同时填写基数，基数调整补差和少缴补足填写差额。所有行要么全部入账，要么都不入账。</translation>
    </message>
    <message>
        <source>The amount must be more than zero</source>
        <translation>金额必须大于零</translation>
    </message>
    <message>
        <source>Correct the amount of the marked row</source>
        <translation>请改正标出行的金额</translation>
    </message>
    <message>
        <source>Tick between 1 and %1 employees (Space on the row)</source>
        <translation>请勾选 1 至 %1 名职工（在行上按空格键）</translation>
    </message>
    <message>
        <source>Back payment</source>
        <translation>补缴</translation>
    </message>
    <message>
        <source>Paid %1 (base %2)</source>
        <translation>已补缴 %1（基数 %2）</translation>
    </message>
    <message numerus="yes">
        <source>Back payment of %1 posted: serial %2 · %n employee(s) · total %3</source>
        <translation>
            <numerusform>%1 补缴已入账：流水号 %2 · %n 名职工 · 合计 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was posted: %n row(s) refused. %1</source>
        <translation>
            <numerusform>未入账：%n 行被拒绝。%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Employees paid back</source>
        <translation>补缴职工</translation>
    </message>
</context>
<context>
    <name>hpf::ui::BatchTransferPage</name>
    <message>
        <source>&amp;Open the list of leaving employees… (Ctrl+O)</source>
        <translation>打开转出职工名单(&amp;O)…（Ctrl+O）</translation>
    </message>
    <message>
        <source>Transfer them &amp;all</source>
        <translation>全部转移(&amp;A)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Problem / new account</source>
        <translation>问题 / 新账号</translation>
    </message>
    <message>
        <source>Unit the employees leave:</source>
        <translation>转出单位账号：</translation>
    </message>
    <message>
        <source>Receiving unit:</source>
        <translation>转入单位账号：</translation>
    </message>
    <message>
        <source>Move a unit&apos;s leaving employees to another unit in one batch: a CSV or XLSX file with the columns 证件类型, 证件号码 and 姓名. Either all of them are transferred or none; a refused row says why.</source>
        <translation>把单位的一批职工一次转到另一个单位：CSV 或 XLSX 文件，列为证件类型、证件号码、姓名。要么全部转移，要么一个也不转；有问题的行会写明原因。</translation>
    </message>
    <message>
        <source>Choose the list of leaving employees</source>
        <translation>选择转出职工名单</translation>
    </message>
    <message>
        <source>Employee lists (*.csv *.txt *.xlsx)</source>
        <translation>职工名单 (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>正在读取名单…</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) read; check the units and transfer them</source>
        <translation>
            <numerusform>已读取 %n 名职工，请核对转出和转入单位后办理转移</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the list of leaving employees first</source>
        <translation>请先打开转出职工名单</translation>
    </message>
    <message>
        <source>Batch in-city transfer</source>
        <translation>批量市内转移</translation>
    </message>
    <message>
        <source>→ %1 · %2</source>
        <translation>→ %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) transferred, %1 in all: serial %2</source>
        <translation>
            <numerusform>已转移 %n 名职工，合计 %1，业务流水号 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was transferred: %n row(s) refused; correct the list and open it again. %1</source>
        <translation>
            <numerusform>全部未转移：%n 行被拒绝，请更正名单后重新打开。%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Employees in the file</source>
        <translation>名单中的职工</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Leaving:</source>
        <translation>转出单位：</translation>
    </message>
    <message>
        <source>Receiving:</source>
        <translation>转入单位：</translation>
    </message>
</context>
<context>
    <name>hpf::ui::CalibrationDialog</name>
    <message>
        <source>Printer calibration</source>
        <translation>打印机校准</translation>
    </message>
    <message>
        <source>Move right by:</source>
        <translation>向右移动：</translation>
    </message>
    <message>
        <source>Move down by:</source>
        <translation>向下移动：</translation>
    </message>
    <message>
        <source>Print a receipt on a pre-printed form, measure how far the text sits from the boxes, and enter that distance. Negative values move left and up.</source>
        <translation>在预印表格上打印一张回单，量出文字偏离格子的距离并填入。负值表示向左、向上移动。</translation>
    </message>
    <message>
        <source>Offsets for the printer &quot;%1&quot;</source>
        <translation>打印机“%1”的偏移量</translation>
    </message>
    <message>
        <source>No printer has been chosen in this session yet. Choose one with Printer… (or print once), then calibrate it.</source>
        <translation>本次会话尚未选择打印机。请先通过“打印机…”选择（或先打印一次），再进行校准。</translation>
    </message>
</context>
<context>
    <name>hpf::ui::CapturePageStrip</name>
    <message>
        <source>Captured pages</source>
        <translation>已采集页面</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>blank?</source>
        <translation>空白页？</translation>
    </message>
    <message>
        <source>duplicate?</source>
        <translation>重复页？</translation>
    </message>
    <message>
        <source>The page is straight</source>
        <translation>页面没有倾斜，无需纠偏</translation>
    </message>
</context>
<context>
    <name>hpf::ui::CertificateBatchPage</name>
    <message>
        <source>Issue and write PDF</source>
        <translation>开具并生成PDF</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Certificates for the active employees of a unit (untick those who do not need one), written into one PDF, one certificate per page.</source>
        <translation>为单位的正常缴存职工批量开具证明（不需要的请取消勾选），合并为一个PDF文件，每页一份证明。</translation>
    </message>
    <message>
        <source>Certificates of unit %1</source>
        <translation>单位%1的证明</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n active employee(s) selected</source>
        <translation>
            <numerusform>已选 %1 人，共 %n 名正常缴存职工</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Enter the unit account number (digits)</source>
        <translation>请输入单位账号（数字）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The unit has more employees than one list shows; only those listed are issued</source>
        <translation>该单位职工人数超过单次列表上限，仅为列出的职工开具</translation>
    </message>
    <message>
        <source>Save the certificates as PDF</source>
        <translation>将证明保存为PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the PDF (a file name ending in .pdf)</source>
        <translation>请选择PDF保存位置（文件名以.pdf结尾）</translation>
    </message>
    <message>
        <source>Certificates are signed by the server: issuing needs the connection. Try again when it is back</source>
        <translation>证明由服务器签名，开具需要联网。请在连接恢复后重试</translation>
    </message>
    <message>
        <source>Load the unit and select at least one employee</source>
        <translation>请先加载单位并至少选择一名职工</translation>
    </message>
    <message>
        <source>Issuing: %1 of %2 answered…</source>
        <translation>正在开具：已完成 %1 / %2…</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled. %n certificate(s) had already been issued; no PDF was written.</source>
        <translation>
            <numerusform>已取消。此前已开具 %n 份证明；未生成PDF文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. %n certificate(s) were issued so far; press Resume to continue with the same requests.</source>
        <translation>
            <numerusform>%1。目前已开具 %n 份证明；按“继续”以相同请求接着开具。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No certificate was issued: %1</source>
        <translation>未开具任何证明：%1</translation>
    </message>
    <message>
        <source>Writing the PDF: page %1 of %2…</source>
        <translation>正在生成PDF：第 %1 / %2 页…</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>无法生成PDF：%1</translation>
    </message>
    <message>
        <source>The PDF could not be saved as %1</source>
        <translation>无法将PDF保存为 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 份证明写入 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not issued (%n): %1</source>
        <translation>
            <numerusform>未开具（%n）：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Certificates (batch)</source>
        <translation>批量开具证明</translation>
    </message>
    <message>
        <source>Active employees of the unit</source>
        <translation>单位正常缴存职工</translation>
    </message>
    <message>
        <source>&amp;Unit account:</source>
        <translation>单位账号(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;PDF file:</source>
        <translation>PDF 文件(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>hpf::ui::CertificateIssuePage</name>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>开具证明</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为PDF…</translation>
    </message>
    <message>
        <source>Personal account number</source>
        <translation>个人账号</translation>
    </message>
    <message>
        <source>Identity number (resident ID card)</source>
        <translation>身份证号码（居民身份证）</translation>
    </message>
    <message>
        <source>Issue a personal certificate with a signed QR code (亮码可办). It prints exactly what the server stored and signed.</source>
        <translation>开具带签名二维码的个人证明（亮码可办）。打印内容与服务器存储并签名的内容完全一致。</translation>
    </message>
    <message>
        <source>An account number has only digits (at most 20)</source>
        <translation>账号只能是数字（最多20位）</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) found</source>
        <translation>
            <numerusform>找到 %n 个账户</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the person first</source>
        <translation>请先查找职工</translation>
    </message>
    <message>
        <source>Certificates are signed by the server: issuing needs the connection. Try again when it is back</source>
        <translation>证明由服务器签名，开具需要联网。请在连接恢复后重试</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>正在开具…</translation>
    </message>
    <message>
        <source>Issued %1 No. %2, valid until %3</source>
        <translation>已开具%1，编号 %2，有效期至 %3</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>开具证明</translation>
    </message>
    <message>
        <source>Find by</source>
        <translation>查找方式</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>职工</translation>
    </message>
    <message>
        <source>Find &amp;by:</source>
        <translation>查找方式(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>号码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>hpf::ui::CertificateTypeForm</name>
    <message>
        <source>The server cannot issue certificates now: its signing key is not available</source>
        <translation>服务器暂时无法开具证明：签名密钥不可用</translation>
    </message>
    <message>
        <source>The certificate types have not been loaded from the server yet</source>
        <translation>尚未从服务器加载证明类型</translation>
    </message>
    <message>
        <source>Fill in: %1</source>
        <translation>请填写：%1</translation>
    </message>
    <message>
        <source>Certificate type</source>
        <translation>证明类型</translation>
    </message>
    <message>
        <source>Certificate t&amp;ype:</source>
        <translation>证明类型(&amp;Y)：</translation>
    </message>
</context>
<context>
    <name>hpf::ui::CertificateVerifyPage</name>
    <message>
        <source>Open image or PDF…</source>
        <translation>打开图片或PDF…</translation>
    </message>
    <message>
        <source>Scan the QR code, or paste its text (HPF1:…), and press Enter</source>
        <translation>扫描二维码，或粘贴其内容（HPF1:…）后按回车</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Verify a certificate: the signature is checked on this computer, then the center is asked whether the certificate is still valid.</source>
        <translation>验证证明：先在本机核验签名，再向中心查询证明是否仍然有效。</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <source>Open a photo, scan or PDF of the certificate</source>
        <translation>打开证明的照片、扫描件或PDF</translation>
    </message>
    <message>
        <source>Images and PDF (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.pdf)</source>
        <translation>图片和PDF (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the code from %1…</source>
        <translation>正在从 %1 读取二维码…</translation>
    </message>
    <message>
        <source>No code could be read: %1</source>
        <translation>无法读取二维码：%1</translation>
    </message>
    <message>
        <source>not our format</source>
        <translation>非本中心格式</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation>格式版本未知</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>签名密钥未知</translation>
    </message>
    <message>
        <source>bad signature</source>
        <translation>签名无效</translation>
    </message>
    <message>
        <source>signed outside the key&apos;s validity</source>
        <translation>签名时间不在密钥有效期内</translation>
    </message>
    <message>
        <source>issued in the future</source>
        <translation>开具时间晚于当前时间</translation>
    </message>
    <message>
        <source>unknown to the center</source>
        <translation>中心无此证明</translation>
    </message>
    <message>
        <source>VALID — genuine, and the center confirms it is valid</source>
        <translation>有效 — 证明真实，中心确认有效</translation>
    </message>
    <message>
        <source>INVALID — %1</source>
        <translation>无效 — %1</translation>
    </message>
    <message>
        <source>EXPIRED — no longer valid</source>
        <translation>已过期 — 证明已失效</translation>
    </message>
    <message>
        <source>REVOKED — the center has revoked this certificate</source>
        <translation>已作废 — 中心已撤销此证明</translation>
    </message>
    <message>
        <source>SUPERSEDED — replaced by a newer certificate</source>
        <translation>已被替代 — 已重新开具新证明</translation>
    </message>
    <message>
        <source>SIGNATURE VALID, STATUS UNKNOWN (offline)</source>
        <translation>签名有效，状态未知（离线）</translation>
    </message>
    <message>
        <source>CANNOT VERIFY</source>
        <translation>无法验证</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证明编号</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证明</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>开具时间</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>The signature is genuine; asking the center for the status…</source>
        <translation>签名真实；正在向中心查询状态…</translation>
    </message>
    <message>
        <source>[TRAINING certificate: not real]</source>
        <translation>【培训证明：非真实】</translation>
    </message>
    <message>
        <source>Compare the fields below with the paper.</source>
        <translation>请将下列内容与纸质证明逐项核对。</translation>
    </message>
    <message>
        <source>Do not accept this certificate.</source>
        <translation>请勿受理此证明。</translation>
    </message>
    <message>
        <source>Ask for a new certificate.</source>
        <translation>请要求当事人重新开具证明。</translation>
    </message>
    <message>
        <source>Ask for the newest certificate; this one must not be used.</source>
        <translation>请要求提供最新证明；此证明不得使用。</translation>
    </message>
    <message>
        <source>The code is genuine and not expired, but the center could not be asked whether it was revoked or replaced. Verify again when the connection is back.</source>
        <translation>二维码真实且未过期，但无法向中心查询是否已作废或被替代。请在网络恢复后再次验证。</translation>
    </message>
    <message>
        <source>No list of the center&apos;s keys is stored on this computer and the server cannot be reached. Verify again when the connection is back.</source>
        <translation>本机未保存中心签名密钥列表，且无法连接服务器。请在网络恢复后再次验证。</translation>
    </message>
    <message>
        <source>What the certificate says</source>
        <translation>证明内容</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>证明码(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>hpf::ui::ChangeText</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>Contact mobile</source>
        <translation>联系人手机</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>办公地址</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>注册地址</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账户</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Bank branch name</source>
        <translation>开户银行名称</translation>
    </message>
    <message>
        <source>Bank account number</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>Remittance day</source>
        <translation>汇缴日</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Legal representative&apos;s name</source>
        <translation>法定代表人姓名</translation>
    </message>
    <message>
        <source>Legal representative&apos;s document type</source>
        <translation>法定代表人证件类型</translation>
    </message>
    <message>
        <source>Legal representative&apos;s document number</source>
        <translation>法定代表人证件号码</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>hpf::ui::ContractVerifyPage</name>
    <message>
        <source>Choose a PDF… (F4)</source>
        <translation>选择 PDF…（F4）</translation>
    </message>
    <message>
        <source>Path of a contract PDF, or drop the file here</source>
        <translation>合同 PDF 的路径，或将文件拖到这里</translation>
    </message>
    <message>
        <source>Checks a signed loan or mortgage contract: whether the PDF is exactly the one the center signed at the face-to-face signing.</source>
        <translation>检查已签署的借款合同或抵押合同：该 PDF 是否正是中心在面签时签署的文件。</translation>
    </message>
    <message>
        <source>Contract to verify</source>
        <translation>要验证的合同</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF（*.pdf）</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <source>VALID: the contract is unchanged since the center signed it</source>
        <translation>有效：合同自中心签署后未被改动</translation>
    </message>
    <message>
        <source>CHANGED: this file is not the contract the center signed</source>
        <translation>已被改动：此文件不是中心签署的合同</translation>
    </message>
    <message>
        <source>NOT SIGNED: the file carries no signature of the center</source>
        <translation>未签名：文件中没有中心的签名</translation>
    </message>
    <message>
        <source>UNKNOWN KEY: signed with a key this center does not trust</source>
        <translation>未知密钥：签名所用密钥不为本中心信任</translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Contract number: %1</source>
        <translation>合同编号：%1</translation>
    </message>
    <message>
        <source>Signed at: %1</source>
        <translation>签署时间：%1</translation>
    </message>
    <message>
        <source>This center keeps a signed contract with exactly these bytes.</source>
        <translation>本中心保存有与此文件完全相同的已签署合同。</translation>
    </message>
    <message>
        <source>This center keeps no copy of this file: ask for the center&apos;s copy.</source>
        <translation>本中心没有保存此文件：请以中心保存的文本为准。</translation>
    </message>
    <message>
        <source>Contract &amp;file:</source>
        <translation>合同文件(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>hpf::ui::ContributionText</name>
    <message>
        <source>Not yet: this person&apos;s first deposit month is %1</source>
        <translation>本月不缴：此人首次缴存月份为 %1</translation>
    </message>
    <message>
        <source>Account sealed (封存)</source>
        <translation>账户已封存</translation>
    </message>
    <message>
        <source>Account frozen (冻结)</source>
        <translation>账户已冻结</translation>
    </message>
    <message>
        <source>Account closed</source>
        <translation>账户已销户</translation>
    </message>
    <message>
        <source>Deferred (缓缴)</source>
        <translation>缓缴</translation>
    </message>
    <message>
        <source>Left out (%1)</source>
        <translation>不缴存（%1）</translation>
    </message>
    <message>
        <source>Raised to the floor</source>
        <translation>调至下限</translation>
    </message>
    <message>
        <source>Lowered to the ceiling</source>
        <translation>调至上限</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>已结息</translation>
    </message>
</context>
<context>
    <name>hpf::ui::CrossApplyPage</name>
    <message>
        <source>&amp;Apply and print the contact letter</source>
        <translation>申请并打印联系函(&amp;A)</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新（F5）</translation>
    </message>
    <message>
        <source>Ask the sending center for &amp;progress</source>
        <translation>向转出中心查询进度(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Withdraw the application</source>
        <translation>撤销申请(&amp;W)</translation>
    </message>
    <message>
        <source>Sending center:</source>
        <translation>转出中心：</translation>
    </message>
    <message>
        <source>Personal account here (new unit):</source>
        <translation>本中心个人账号（新单位）：</translation>
    </message>
    <message>
        <source>Account at the sending center:</source>
        <translation>原中心个人账号：</translation>
    </message>
    <message>
        <source>Phone (optional):</source>
        <translation>联系电话（可不填）：</translation>
    </message>
    <message>
        <source>The worker applies here, at the receiving center, with an account already opened under the new unit. The contact letter goes to the sending center, which answers with the balance and the money.</source>
        <translation>职工在转入地（本中心）申请，须已在新单位下开立个人账户。联系函发往转出中心，由转出中心答复余额并转来资金。</translation>
    </message>
    <message>
        <source>%1 (%2) — not connected: no channel to this center</source>
        <translation>%1（%2）— 未连通：与该中心没有通道</translation>
    </message>
    <message>
        <source>No other center can be reached from this one: transfers in cannot be applied for now</source>
        <translation>目前连不通其他中心，暂不能申请转入</translation>
    </message>
    <message>
        <source>choose a connected center</source>
        <translation>请选择已连通的中心</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Cross-city transfer application</source>
        <translation>异地转入申请</translation>
    </message>
    <message>
        <source>Applied: the contact letter is ready to print; the sending center is being told</source>
        <translation>已申请：联系函可以打印；正在通知转出中心</translation>
    </message>
    <message>
        <source>Contact letter number: %1</source>
        <translation>联系函编号：%1</translation>
    </message>
    <message>
        <source>Cancel a cross-city transfer</source>
        <translation>撤销异地转移</translation>
    </message>
    <message>
        <source>Cross-city transfer progress query</source>
        <translation>异地转移进度查询</translation>
    </message>
    <message>
        <source>Cancellation sent: the application ends once the sending center agrees</source>
        <translation>撤销已发出：转出中心同意后申请结束</translation>
    </message>
    <message>
        <source>Progress query sent: press F5 in a moment to see the answer</source>
        <translation>进度查询已发出：稍后按 F5 查看答复</translation>
    </message>
    <message>
        <source>The sending center has already accepted this transfer: it can no longer be cancelled. The money is on its way; follow it here or in 5103. (%1)</source>
        <translation>转出中心已同意转出，不能再撤销。资金正在转入途中，请在本页面或 5103 跟踪。（%1）</translation>
    </message>
    <message>
        <source>This transfer is already completed (%1): the money has been credited here, so it can no longer be cancelled. (%2)</source>
        <translation>这笔转移已经办结（%1）：资金已记入本中心账户，不能再撤销。（%2）</translation>
    </message>
    <message>
        <source>Sending center</source>
        <translation>转出中心</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请信息</translation>
    </message>
    <message>
        <source>Unit name at the sending center:</source>
        <translation>原单位名称：</translation>
    </message>
    <message>
        <source>Account here:</source>
        <translation>本中心账户：</translation>
    </message>
</context>
<context>
    <name>hpf::ui::CrossBrowser</name>
    <message>
        <source>Contact letter</source>
        <translation>联系函</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>职工</translation>
    </message>
    <message>
        <source>Other center</source>
        <translation>对方中心</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最近变动</translation>
    </message>
    <message>
        <source>in</source>
        <translation>转入</translation>
    </message>
    <message>
        <source>out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Cross-city transfers</source>
        <translation>异地转移业务</translation>
    </message>
</context>
<context>
    <name>hpf::ui::CrossInboxPage</name>
    <message>
        <source>&amp;Accept and transfer out</source>
        <translation>同意转出(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>不同意(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>重新发送(&amp;S)</translation>
    </message>
    <message>
        <source>End as &amp;failed</source>
        <translation>转出失败(&amp;F)</translation>
    </message>
    <message>
        <source>Reason (for refusing or ending as failed; sent to the receiving center)</source>
        <translation>原因（不同意或转出失败时填写，发给转入中心）</translation>
    </message>
    <message>
        <source>Contact letters from other centers for accounts here; those waiting for review and those in negotiation first. Check the account, then accept or refuse. F5 reloads.</source>
        <translation>其他中心发来的、涉及本中心账户的联系函；待审核和协商中的排在前面。核对账户后同意或不同意。按 F5 刷新。</translation>
    </message>
    <message>
        <source>No contact letter is waiting</source>
        <translation>没有待处理的联系函</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Cross-city transfer out</source>
        <translation>异地转出</translation>
    </message>
    <message>
        <source>Cross-city transfer refused</source>
        <translation>异地转出不同意</translation>
    </message>
    <message>
        <source>Cross-city transfer sent again</source>
        <translation>异地转出重新发送</translation>
    </message>
    <message>
        <source>Cross-city transfer failed</source>
        <translation>异地转出失败</translation>
    </message>
    <message>
        <source>Contact letter %1: %2</source>
        <translation>联系函 %1：%2</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>原因(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>hpf::ui::CrossListPage</name>
    <message>
        <source>&amp;Search (F5)</source>
        <translation>查询(&amp;S)（F5）</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>更多(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Print a receipt of this transfer (2006)…</source>
        <translation>打印本笔转移的单据(&amp;P)（2006）…</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Transfers in</source>
        <translation>转入</translation>
    </message>
    <message>
        <source>Transfers out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>全部状态</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) listed</source>
        <translation>
            <numerusform>共 %n 笔转移业务</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact letter</source>
        <translation>联系函</translation>
    </message>
    <message>
        <source>Transfer-out receipt</source>
        <translation>转出凭证</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回单</translation>
    </message>
    <message numerus="yes">
        <source>In transit here: %1 (%n transfer(s))</source>
        <translation>
            <numerusform>本中心在途资金：%1（%n 笔）</numerusform>
        </translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Receipts of the transfer</source>
        <translation>本笔转移的单据</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>方向(&amp;D)：</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <source>R&amp;eceipt:</source>
        <translation>单据(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>hpf::ui::DayCharts</name>
    <message>
        <source>Operations by hour</source>
        <translation>分时段业务量</translation>
    </message>
    <message>
        <source>Operations by business</source>
        <translation>分业务类型业务量</translation>
    </message>
    <message>
        <source>Openings</source>
        <translation>开户</translation>
    </message>
    <message>
        <source>Employee lists</source>
        <translation>清册开户</translation>
    </message>
    <message>
        <source>Account seal and unseal</source>
        <translation>封存/启封</translation>
    </message>
    <message>
        <source>Remittances</source>
        <translation>汇缴</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>基数调整</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>结息</translation>
    </message>
    <message>
        <source>Unit changes</source>
        <translation>单位信息变更</translation>
    </message>
    <message>
        <source>Person changes</source>
        <translation>个人信息变更</translation>
    </message>
    <message>
        <source>Judicial holds</source>
        <translation>冻结业务</translation>
    </message>
    <message>
        <source>Judicial assistance</source>
        <translation>司法协助</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证明</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>转移业务</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>提取</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Archives</source>
        <translation>电子档案</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>回单</translation>
    </message>
    <message>
        <source>Loan security hold</source>
        <translation>贷款担保冻结</translation>
    </message>
    <message>
        <source>Hold release</source>
        <translation>解除冻结</translation>
    </message>
    <message>
        <source>Certificate revocation</source>
        <translation>证明作废</translation>
    </message>
    <message>
        <source>Judicial freeze</source>
        <translation>司法冻结</translation>
    </message>
    <message>
        <source>Freeze renewal</source>
        <translation>续冻</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>解冻</translation>
    </message>
    <message>
        <source>Judicial deduction</source>
        <translation>司法扣划</translation>
    </message>
    <message>
        <source>Court request handled</source>
        <translation>办理司法协助请求</translation>
    </message>
    <message>
        <source>Court request rejected</source>
        <translation>退回司法协助请求</translation>
    </message>
    <message>
        <source>Account merge</source>
        <translation>个人合并</translation>
    </message>
    <message>
        <source>Remittance deferral</source>
        <translation>缓缴</translation>
    </message>
    <message>
        <source>Loan disbursement</source>
        <translation>贷款放款</translation>
    </message>
    <message>
        <source>Loan approval</source>
        <translation>贷款审批</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>提取</translation>
    </message>
    <message>
        <source>Person change</source>
        <translation>个人信息变更</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>时段</translation>
    </message>
</context>
<context>
    <name>hpf::ui::DeferralPage</name>
    <message>
        <source>&amp;Defer (supervisor)</source>
        <translation>缓缴（主管授权）(&amp;D)</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止月份</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>缓缴原因</translation>
    </message>
    <message>
        <source>Unit account:</source>
        <translation>单位账号：</translation>
    </message>
    <message>
        <source>First deferred month:</source>
        <translation>缓缴起始月份：</translation>
    </message>
    <message>
        <source>Last deferred month:</source>
        <translation>缓缴截止月份：</translation>
    </message>
    <message>
        <source>Reason (hardship, documents seen):</source>
        <translation>缓缴原因（困难情况、已审材料）：</translation>
    </message>
    <message>
        <source>Memo (optional):</source>
        <translation>备注（可选）：</translation>
    </message>
    <message>
        <source>Deferral (缓缴) of a unit in hardship: the months from the first to the last are not due while the deferral lasts. A supervisor authorises it at this screen. Enter in the memo asks for the grant.</source>
        <translation>单位经营困难缓缴：缓缴期间起止月份内暂不缴存。须主管在本屏幕授权。在备注中按回车请求授权。</translation>
    </message>
    <message>
        <source>The unit&apos;s deferrals:</source>
        <translation>本单位的缓缴记录：</translation>
    </message>
    <message>
        <source>Give the reason for the deferral</source>
        <translation>请填写缓缴原因</translation>
    </message>
    <message>
        <source>Remittance deferral</source>
        <translation>缓缴</translation>
    </message>
    <message>
        <source>Defer the remittances of unit %1 from %2 to %3: %4</source>
        <translation>单位 %1 自 %2 至 %3 缓缴：%4</translation>
    </message>
    <message>
        <source>Deferred %1 to %2, approved by %3: serial %4</source>
        <translation>已缓缴 %1 至 %2，批准人 %3：业务流水号 %4</translation>
    </message>
    <message>
        <source>The unit&apos;s deferrals</source>
        <translation>本单位的缓缴记录</translation>
    </message>
</context>
<context>
    <name>hpf::ui::DocumentPrinter</name>
    <message>
        <source>The printer &quot;%1&quot; could not be started</source>
        <translation>无法启动打印机“%1”</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>无法生成PDF：%1</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written completely (is the disk full?). No file was kept; free some space or choose another folder.</source>
        <translation>PDF 文件 %1 未能完整写入（磁盘是否已满？）。未保留任何文件；请清理磁盘空间或选择其他文件夹。</translation>
    </message>
    <message>
        <source>a folder of that name exists</source>
        <translation>已存在同名文件夹</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>the folder cannot be written to</source>
        <translation>无法写入该文件夹</translation>
    </message>
    <message>
        <source>The PDF could not be saved as %1: %2. Choose another folder.</source>
        <translation>无法将PDF保存为 %1：%2。请选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>hpf::ui::EmployeeListPage</name>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export problems…</source>
        <translation>导出问题清单…</translation>
    </message>
    <message>
        <source>Leave out the failing rows</source>
        <translation>剔除有问题的行</translation>
    </message>
    <message>
        <source>Check and open accounts</source>
        <translation>校验并开户</translation>
    </message>
    <message>
        <source>Unit account number</source>
        <translation>单位账号</translation>
    </message>
    <message>
        <source>Open the accounts of the rows without problems; the failing rows are not opened and stay in the exported problem list</source>
        <translation>只为没有问题的行开户；有问题的行不开户，保留在导出的问题清单中</translation>
    </message>
    <message>
        <source>Unit account number:</source>
        <translation>单位账号：</translation>
    </message>
    <message>
        <source>Employee list (CSV or XLSX):</source>
        <translation>职工清册（CSV 或 XLSX）：</translation>
    </message>
    <message>
        <source>Columns: 姓名, 证件类型 (optional, 居民身份证 when absent), 证件号码, 手机号码 (optional), 缴存基数 in yuan. The first row names the columns.</source>
        <translation>列：姓名、证件类型（可选，缺省为居民身份证）、证件号码、手机号码（可选）、缴存基数（元）。第一行为列名。</translation>
    </message>
    <message>
        <source>Choose the employee list</source>
        <translation>选择职工清册</translation>
    </message>
    <message>
        <source>Employee lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>职工清册 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export the problems</source>
        <translation>导出问题清单</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>正在读取并校验 %1…</translation>
    </message>
    <message>
        <source>Reading the list was cancelled; nothing was loaded</source>
        <translation>已取消读取清册，未载入任何内容</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read (%1), all without problems</source>
        <translation>
            <numerusform>已读取 %n 行（%1），全部正确</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read (%1); %2 with problems: correct the file, or leave them out</source>
        <translation>
            <numerusform>已读取 %n 行（%1），其中 %2 行有问题：请修改文件，或将其剔除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) exported to %1</source>
        <translation>
            <numerusform>已将 %n 个问题导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before submission; nothing was opened</source>
        <translation>已在提交前取消，未开立任何账户</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems. Correct the file and choose it again, or tick &quot;Leave out the failing rows&quot;</source>
        <translation>
            <numerusform>有 %n 行存在问题。请修改文件后重新选择，或勾选“剔除有问题的行”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is checking %n row(s)…</source>
        <translation>
            <numerusform>服务器正在校验 %n 行…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (account %2)</source>
        <translation>%1（账号 %2）</translation>
    </message>
    <message numerus="yes">
        <source>The server found problems in %n row(s) (see the table). Nothing was opened; correct them or tick &quot;Leave out the failing rows&quot;</source>
        <translation>
            <numerusform>服务器发现 %n 行存在问题（见表格）。未开立任何账户；请修改，或勾选“剔除有问题的行”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opening %n account(s)…</source>
        <translation>
            <numerusform>正在开立 %n 个账户…</numerusform>
        </translation>
    </message>
    <message>
        <source>Serial %1: %2 account(s) opened, %3 unsealed, %4 row(s) left out</source>
        <translation>业务流水号 %1：开户 %2 个，启封 %3 个，剔除 %4 行</translation>
    </message>
    <message>
        <source>Employee list opening</source>
        <translation>清册开户</translation>
    </message>
    <message>
        <source>Employee list</source>
        <translation>职工清册</translation>
    </message>
</context>
<context>
    <name>hpf::ui::EvidenceForm</name>
    <message>
        <source>Contract, permit or lease number:</source>
        <translation>合同、批准文件或租赁合同编号：</translation>
    </message>
    <message>
        <source>Price, cost or lease total (yuan):</source>
        <translation>房价、费用或租金总额（元）：</translation>
    </message>
    <message>
        <source>Property address:</source>
        <translation>房屋地址：</translation>
    </message>
    <message>
        <source>Lending bank (3-digit code):</source>
        <translation>贷款银行（3 位代码）：</translation>
    </message>
    <message>
        <source>Loan contract number:</source>
        <translation>贷款合同号：</translation>
    </message>
    <message>
        <source>Loan outstanding (yuan):</source>
        <translation>贷款余额（元）：</translation>
    </message>
    <message>
        <source>Loan monthly payment (yuan):</source>
        <translation>月还款额（元）：</translation>
    </message>
    <message>
        <source>Monthly rent (yuan):</source>
        <translation>月租金（元）：</translation>
    </message>
    <message>
        <source>Heir&apos;s name:</source>
        <translation>继承人姓名：</translation>
    </message>
    <message>
        <source>Heir&apos;s document type:</source>
        <translation>继承人证件类型：</translation>
    </message>
    <message>
        <source>Heir&apos;s document number:</source>
        <translation>继承人证件号码：</translation>
    </message>
    <message>
        <source>Heir&apos;s relation:</source>
        <translation>与职工关系：</translation>
    </message>
    <message>
        <source>Not a date: type it as YYYY-MM-DD, e.g. 2026-03-01</source>
        <translation>日期格式不对：请按 YYYY-MM-DD 输入，例如 2026-03-01</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证明信息</translation>
    </message>
    <message>
        <source>Event date (YYYY-MM-DD):</source>
        <translation>事件日期（YYYY-MM-DD）：</translation>
    </message>
    <message>
        <source>The date of the contract, permit, certification, departure or death</source>
        <translation>合同、批准文件、鉴定结论、出境或死亡的日期</translation>
    </message>
    <message>
        <source>Heir&apos;s document type</source>
        <translation>继承人证件类型</translation>
    </message>
</context>
<context>
    <name>hpf::ui::FlexibleOpeningPage</name>
    <message>
        <source>Open flexible-employment account</source>
        <translation>灵活就业开户</translation>
    </message>
    <message>
        <source>percent, e.g. 12</source>
        <translation>百分比，例如 12</translation>
    </message>
    <message>
        <source>Deposit ratio (%):</source>
        <translation>缴存比例（%）：</translation>
    </message>
    <message>
        <source>Open an account for a flexibly employed person (灵活就业) without a unit. The person pays the whole ratio; ratio and base follow the flexible-employment policy.</source>
        <translation>为无单位的灵活就业人员开立账户。缴存额全部由本人缴纳，比例和基数按灵活就业政策执行。</translation>
    </message>
    <message>
        <source>No flexible-employment policy is in effect for this month</source>
        <translation>该月份没有生效的灵活就业政策</translation>
    </message>
    <message>
        <source>%1 a month (%2 % of %3), paid by the person</source>
        <translation>每月 %1（%3 的 %2 %），由本人缴纳</translation>
    </message>
    <message>
        <source>The wage base is below the policy floor: it will be raised to %1</source>
        <translation>工资基数低于政策下限：将调整为 %1</translation>
    </message>
    <message>
        <source>The wage base is above the policy ceiling: it will be lowered to %1</source>
        <translation>工资基数高于政策上限：将调整为 %1</translation>
    </message>
    <message>
        <source>Policy from %1: ratio %2 % to %3 %, base %4 to %5 (%6)</source>
        <translation>政策自 %1 起：比例 %2 % 至 %3 %，基数 %4 至 %5（%6）</translation>
    </message>
    <message>
        <source>a base outside is refused</source>
        <translation>超出范围的基数不予受理</translation>
    </message>
    <message>
        <source>a base outside is clamped</source>
        <translation>超出范围的基数按上下限调整</translation>
    </message>
    <message>
        <source>Account opened</source>
        <translation>开户成功</translation>
    </message>
    <message>
        <source>Flexible-employment registration</source>
        <translation>灵活就业缴存登记</translation>
    </message>
    <message>
        <source>Deposit ratio</source>
        <translation>缴存比例</translation>
    </message>
</context>
<context>
    <name>hpf::ui::GrantDialog</name>
    <message>
        <source>Authorise</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Supervisor authorisation</source>
        <translation>柜面授权</translation>
    </message>
    <message>
        <source>Operation to authorise:
%1</source>
        <translation>待授权业务：
%1</translation>
    </message>
    <message>
        <source>Supervisor id:</source>
        <translation>主管用户名：</translation>
    </message>
    <message>
        <source>Supervisor password:</source>
        <translation>主管密码：</translation>
    </message>
    <message>
        <source>The supervisor enters id and password</source>
        <translation>请主管输入用户名和密码</translation>
    </message>
    <message>
        <source>when the supervisor uses two-step verification</source>
        <translation>主管已启用两步验证时填写</translation>
    </message>
    <message>
        <source>Verification code:</source>
        <translation>验证码：</translation>
    </message>
</context>
<context>
    <name>hpf::ui::HelpWindow</name>
    <message>
        <source>User guide</source>
        <translation>使用手册</translation>
    </message>
</context>
<context>
    <name>hpf::ui::InCityTransferPage</name>
    <message>
        <source>T&amp;ransfer</source>
        <translation>办理转移(&amp;R)</translation>
    </message>
    <message>
        <source>Personal account number:</source>
        <translation>个人账号：</translation>
    </message>
    <message>
        <source>Receiving unit account:</source>
        <translation>转入单位账号：</translation>
    </message>
    <message>
        <source>Memo (optional):</source>
        <translation>备注（可选）：</translation>
    </message>
    <message>
        <source>Move an account to another unit of this center: the interest to date and the whole balance go with it; the old account is closed (reason: in-city transfer). Enter moves to the next field; Enter in the memo transfers.</source>
        <translation>把个人账户转到本中心的另一个单位：截至今日的利息和全部余额随之转入，原账户销户（原因：市内转移）。回车跳到下一项；在备注中回车即办理。</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer; the transfer is sent again with the same id</source>
        <translation>正在等待中心答复；本笔转移以同一编号重新发送</translation>
    </message>
    <message>
        <source>In-city transfer</source>
        <translation>市内转移</translation>
    </message>
    <message>
        <source>Transferred: serial %1</source>
        <translation>已转移：业务流水号 %1</translation>
    </message>
    <message>
        <source>From %1 (%2, now %3)
To %4 (%5, %6)
Principal %7 · interest to date %8 · amount moved %9 · value date %10</source>
        <translation>转出 %1（%2，现为 %3）
转入 %4（%5，%6）
本金 %7 · 截至今日利息 %8 · 转移金额 %9 · 起息日 %10</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转移信息</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账户：</translation>
    </message>
    <message>
        <source>Receiving unit:</source>
        <translation>转入单位：</translation>
    </message>
</context>
<context>
    <name>hpf::ui::InstructionPage</name>
    <message>
        <source>&amp;End instruction</source>
        <translation>终止委托(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Set up instruction</source>
        <translation>设立委托(&amp;S)</translation>
    </message>
    <message>
        <source>Personal account number:</source>
        <translation>个人账号：</translation>
    </message>
    <message>
        <source>Reason to end:</source>
        <translation>终止原因：</translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation>频率：</translation>
    </message>
    <message>
        <source>Amount per period (yuan):</source>
        <translation>每期金额（元）：</translation>
    </message>
    <message>
        <source>First month (YYYY-MM):</source>
        <translation>开始月份（YYYY-MM）：</translation>
    </message>
    <message>
        <source>Last month (YYYY-MM, optional):</source>
        <translation>截止月份（YYYY-MM，可不填）：</translation>
    </message>
    <message>
        <source>Monthly rent (yuan):</source>
        <translation>月租金（元）：</translation>
    </message>
    <message>
        <source>Lease contract number:</source>
        <translation>租赁合同号：</translation>
    </message>
    <message>
        <source>Standing rent withdrawals: the platform pays each period until the last month, the account closes or the person is found to own a home. Enter in the account lists its instructions.</source>
        <translation>租房提取委托：系统每期自动支付，直到截止月份、账户销户或查到本人名下有住房为止。在账号中按回车列出该账户的委托。</translation>
    </message>
    <message>
        <source>No standing instructions on this account</source>
        <translation>该账户没有租房提取委托</translation>
    </message>
    <message>
        <source>Payee: %1 %2 (%3)</source>
        <translation>收款账户：%1 %2（%3）</translation>
    </message>
    <message>
        <source>  No payments yet</source>
        <translation>  尚无支付记录</translation>
    </message>
    <message>
        <source>Not a month: type it as YYYY-MM, e.g. 2027-01</source>
        <translation>月份格式不对：请按 YYYY-MM 输入，例如 2027-01</translation>
    </message>
    <message>
        <source>Asking the sharing interfaces…</source>
        <translation>正在查询共享数据…</translation>
    </message>
    <message>
        <source>Standing rent instruction</source>
        <translation>租房提取委托</translation>
    </message>
    <message>
        <source>Choose the instruction to end</source>
        <translation>请选择要终止的委托</translation>
    </message>
    <message>
        <source>Type the reason to end the instruction</source>
        <translation>请填写终止委托的原因</translation>
    </message>
    <message>
        <source>End rent instruction</source>
        <translation>终止租房提取委托</translation>
    </message>
    <message>
        <source>Instruction No. %1 set up</source>
        <translation>委托 %1 已设立</translation>
    </message>
    <message>
        <source>Instruction No. %1: %2</source>
        <translation>委托 %1：%2</translation>
    </message>
    <message>
        <source>Standing instructions of the account</source>
        <translation>该账户的租房提取委托</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账户：</translation>
    </message>
    <message>
        <source>Standing instructions</source>
        <translation>租房提取委托</translation>
    </message>
    <message>
        <source>New instruction</source>
        <translation>设立新委托</translation>
    </message>
</context>
<context>
    <name>hpf::ui::InterestStatementPage</name>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF</source>
        <translation>存为 PDF(&amp;D)</translation>
    </message>
    <message>
        <source>Interest runs</source>
        <translation>结息批次</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>个人账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Balance before</source>
        <translation>结息前余额</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>本年度利息</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>结息后余额</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Settlement day</source>
        <translation>结息日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户数</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Unit account:</source>
        <translation>单位账号：</translation>
    </message>
    <message>
        <source>Settlement year:</source>
        <translation>结息年度：</translation>
    </message>
    <message>
        <source>&amp;Refresh the runs</source>
        <translation>刷新结息批次(&amp;R)</translation>
    </message>
    <message>
        <source>A unit&apos;s interest statement (结息对账单) of one settlement year: each employee&apos;s balance before the year&apos;s interest, the interest and the balance after. Enter in the year loads it.</source>
        <translation>单位年度结息对账单：每位职工的结息前余额、本年度利息和结息后余额。在年度中按回车查询。</translation>
    </message>
    <message>
        <source>Type a year such as %1</source>
        <translation>请输入年度，例如 %1</translation>
    </message>
    <message>
        <source>Loading the statement…</source>
        <translation>正在查询对账单…</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%2 起 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: interest from %3 to %4, settled %5 · rates %6 · %n employee(s), interest %7</source>
        <translation>
            <numerusform>%1 · %2：计息期 %3 至 %4，结息日 %5 · 利率 %6 · %n 名职工，利息 %7</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement loaded: print it or save it as PDF</source>
        <translation>对账单已查询，可打印或存为 PDF</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Next settlement day: %1</source>
        <translation>下一个结息日：%1</translation>
    </message>
    <message>
        <source>Interest of each employee</source>
        <translation>职工结息明细</translation>
    </message>
</context>
<context>
    <name>hpf::ui::JudicialDeskPage</name>
    <message>
        <source>Whole balance</source>
        <translation>全部余额</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>&amp;Register a freeze</source>
        <translation>登记冻结(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;new</source>
        <translation>续冻(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Unfreeze</source>
        <translation>解冻(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Deduct</source>
        <translation>扣划(&amp;D)</translation>
    </message>
    <message>
        <source>Submit for authorisation…</source>
        <translation>提交主管授权…</translation>
    </message>
    <message>
        <source>Scan the legal documents</source>
        <translation>扫描法律文书</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>顺位</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>执行法院</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>冻结金额</translation>
    </message>
    <message>
        <source>Frozen now</source>
        <translation>现冻结额</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>冻结期限</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>续冻次数</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>业务流水号</translation>
    </message>
    <message>
        <source>Enter the personal account number (digits)</source>
        <translation>请输入个人账号（数字）</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <source>%1  %2  %3  state %4 — balance %5, frozen %6, available %7</source>
        <translation>%1  %2  %3  账户状态 %4 —— 余额 %5，冻结 %6，可用 %7</translation>
    </message>
    <message>
        <source>Queued no. %1</source>
        <translation>轮候第 %1 位</translation>
    </message>
    <message>
        <source>Register a freeze on account %1</source>
        <translation>对账户 %1 登记冻结</translation>
    </message>
    <message>
        <source>%1 the freeze of %2, case %3</source>
        <translation>%1：%2 %3 的冻结</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>草稿无法保存：%1</translation>
    </message>
    <message>
        <source>An unfinished form was restored from its draft</source>
        <translation>已从草稿恢复未完成的表单</translation>
    </message>
    <message>
        <source>the whole balance</source>
        <translation>账户全部余额</translation>
    </message>
    <message>
        <source>the whole freeze</source>
        <translation>全部冻结</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>Judicial %1 of %2 on account %3, %4 case %5</source>
        <translation>司法%1：%2，账户 %3，%4 %5</translation>
    </message>
    <message>
        <source>Search the account first (Enter in the account number)</source>
        <translation>请先查询账户（在个人账号中按回车）</translation>
    </message>
    <message>
        <source>Judicial %1</source>
        <translation>司法%1</translation>
    </message>
    <message>
        <source>%1 done: serial %2, %3; available balance now %4</source>
        <translation>%1已办理：业务流水号 %2，%3；当前可用余额 %4</translation>
    </message>
    <message>
        <source>(queued no. %1)</source>
        <translation>（轮候第 %1 位）</translation>
    </message>
    <message>
        <source>The queued freeze of case %1 has taken effect.</source>
        <translation>案号 %1 的轮候冻结已生效。</translation>
    </message>
    <message>
        <source>Risk signs — review with the supervisor and report to the court:</source>
        <translation>风险提示——请与主管复核，并向法院反馈：</translation>
    </message>
    <message>
        <source>Freezes of the account</source>
        <translation>该账户的冻结记录</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>&amp;Personal account number:</source>
        <translation>个人账号(&amp;P)：</translation>
    </message>
    <message>
        <source>Looked up</source>
        <translation>查询结果</translation>
    </message>
</context>
<context>
    <name>hpf::ui::JudicialExpiringPage</name>
    <message>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>执行法院</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>个人账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n freeze(s) end within %1 days</source>
        <translation>
            <numerusform>%n 笔冻结将在 %1 天内到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Freezes ending soon</source>
        <translation>即将到期的冻结</translation>
    </message>
    <message>
        <source>Freezes ending &amp;within:</source>
        <translation>到期天数(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>hpf::ui::JudicialInboxPage</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>&amp;Handle…</source>
        <translation>办理(&amp;H)…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>退回(&amp;J)…</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求类型</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>执行法院</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Account / debtor</source>
        <translation>账号／被执行人</translation>
    </message>
    <message>
        <source>Reason for rejecting (sent to the court)</source>
        <translation>退回原因（将反馈法院）</translation>
    </message>
    <message>
        <source>Court requests received online, oldest first. Check each against the account before handling it; a supervisor authorises at this screen.</source>
        <translation>线上接收的法院协助请求，按接收时间先后排列。办理前请逐笔核对账户；须由主管在本屏授权。</translation>
    </message>
    <message>
        <source>Select a request first</source>
        <translation>请先选择一笔请求</translation>
    </message>
    <message>
        <source>Online court request handled</source>
        <translation>办理线上司法协助请求</translation>
    </message>
    <message>
        <source>Online court request rejected</source>
        <translation>退回线上司法协助请求</translation>
    </message>
    <message>
        <source>Handle the online %1 request of %2, case %3</source>
        <translation>办理%2的线上%1请求，案号 %3</translation>
    </message>
    <message>
        <source>Reject the online %1 request of %2, case %3</source>
        <translation>退回%2的线上%1请求，案号 %3</translation>
    </message>
    <message>
        <source>Request %1 rejected; the court will be told</source>
        <translation>请求 %1 已退回，系统将通知法院</translation>
    </message>
    <message>
        <source>%1 done: serial %2, %3; the court&apos;s answer is queued</source>
        <translation>%1已办理：业务流水号 %2，%3；给法院的回复已排队发送</translation>
    </message>
    <message>
        <source>Court requests received online</source>
        <translation>线上接收的法院协助请求</translation>
    </message>
    <message>
        <source>&amp;Reason for rejecting:</source>
        <translation>退回原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>hpf::ui::JudicialReceiptBar</name>
    <message>
        <source>Preview the court receipt</source>
        <translation>预览协助执行回执</translation>
    </message>
    <message>
        <source>Print the court receipt</source>
        <translation>打印协助执行回执</translation>
    </message>
    <message>
        <source>Save the court receipt as PDF…</source>
        <translation>回执另存为 PDF…</translation>
    </message>
    <message>
        <source>Court receipt %1</source>
        <translation>协助执行回执 %1</translation>
    </message>
</context>
<context>
    <name>hpf::ui::JudicialRequestForm</name>
    <message>
        <source>Amount and period</source>
        <translation>金额与期限</translation>
    </message>
    <message>
        <source>Deduction: payee and case facts</source>
        <translation>扣划：收款账户与案件情况</translation>
    </message>
    <message>
        <source>Court and documents</source>
        <translation>法院与法律文书</translation>
    </message>
    <message>
        <source>Court:</source>
        <translation>执行法院：</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>案号：</translation>
    </message>
    <message>
        <source>Enforcement ruling no.:</source>
        <translation>执行裁定书文号：</translation>
    </message>
    <message>
        <source>Ruling date:</source>
        <translation>裁定日期：</translation>
    </message>
    <message>
        <source>Notice of assistance no.:</source>
        <translation>协助执行通知书文号：</translation>
    </message>
    <message>
        <source>Notice date:</source>
        <translation>通知书日期：</translation>
    </message>
    <message>
        <source>Enforcement officers (both present, cards checked)</source>
        <translation>执行人员（两人到场，已核验证件）</translation>
    </message>
    <message>
        <source>Officer %1 name:</source>
        <translation>执行人员%1姓名：</translation>
    </message>
    <message>
        <source>Work card no.:</source>
        <translation>工作证号：</translation>
    </message>
    <message>
        <source>Enforcement duty card no.:</source>
        <translation>执行公务证号：</translation>
    </message>
    <message>
        <source>Freeze the whole balance</source>
        <translation>冻结账户全部余额</translation>
    </message>
    <message>
        <source>Amount (yuan):</source>
        <translation>金额（元）：</translation>
    </message>
    <message>
        <source>Freeze from:</source>
        <translation>冻结起始日：</translation>
    </message>
    <message>
        <source>Freeze until (inclusive):</source>
        <translation>冻结截止日（含当日）：</translation>
    </message>
    <message>
        <source>Renewed until (inclusive):</source>
        <translation>续冻截止日（含当日）：</translation>
    </message>
    <message>
        <source>Grounds for unfreezing:</source>
        <translation>解冻事由：</translation>
    </message>
    <message>
        <source>Grounds explained:</source>
        <translation>事由说明：</translation>
    </message>
    <message>
        <source>The court orders the deduction explicitly</source>
        <translation>法院明确裁定扣划</translation>
    </message>
    <message>
        <source>Withdrawal condition met:</source>
        <translation>已符合的提取条件：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Payee bank:</source>
        <translation>收款开户行：</translation>
    </message>
    <message>
        <source>Payee account name:</source>
        <translation>收款户名：</translation>
    </message>
    <message>
        <source>Payee account number:</source>
        <translation>收款账号：</translation>
    </message>
    <message>
        <source>Cause of action:</source>
        <translation>案由：</translation>
    </message>
    <message>
        <source>Basis document:</source>
        <translation>执行依据：</translation>
    </message>
    <message>
        <source>Judgment</source>
        <translation>判决书</translation>
    </message>
    <message>
        <source>Mediation statement</source>
        <translation>调解书</translation>
    </message>
    <message>
        <source>Payment order</source>
        <translation>支付令</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Case filed on:</source>
        <translation>立案日期：</translation>
    </message>
    <message>
        <source>Creditor name:</source>
        <translation>申请执行人姓名：</translation>
    </message>
    <message>
        <source>Creditor address:</source>
        <translation>申请执行人住址：</translation>
    </message>
    <message>
        <source>Creditor employer:</source>
        <translation>申请执行人工作单位：</translation>
    </message>
    <message>
        <source>(choose the court)</source>
        <translation>（请选择法院）</translation>
    </message>
    <message>
        <source>(choose the grounds)</source>
        <translation>（请选择解冻事由）</translation>
    </message>
    <message>
        <source>empty: the whole freeze</source>
        <translation>不填：解除全部冻结</translation>
    </message>
</context>
<context>
    <name>hpf::ui::JudicialText</name>
    <message>
        <source>Officer %1 name</source>
        <translation>执行人员%1姓名</translation>
    </message>
    <message>
        <source>Officer %1 work card no.</source>
        <translation>执行人员%1工作证号</translation>
    </message>
    <message>
        <source>Officer %1 enforcement duty card no.</source>
        <translation>执行人员%1执行公务证号</translation>
    </message>
    <message>
        <source>Personal account number</source>
        <translation>个人账号</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>执行法院</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Enforcement ruling no.</source>
        <translation>执行裁定书文号</translation>
    </message>
    <message>
        <source>Ruling date</source>
        <translation>裁定日期</translation>
    </message>
    <message>
        <source>Notice of assistance no.</source>
        <translation>协助执行通知书文号</translation>
    </message>
    <message>
        <source>Notice date</source>
        <translation>通知书日期</translation>
    </message>
    <message>
        <source>Enforcement officers</source>
        <translation>执行人员</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Freeze from</source>
        <translation>冻结起始日</translation>
    </message>
    <message>
        <source>Freeze until</source>
        <translation>冻结截止日</translation>
    </message>
    <message>
        <source>Renewed until</source>
        <translation>续冻截止日</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>Grounds for unfreezing</source>
        <translation>解冻事由</translation>
    </message>
    <message>
        <source>Grounds explained</source>
        <translation>事由说明</translation>
    </message>
    <message>
        <source>Withdrawal condition met</source>
        <translation>已符合的提取条件</translation>
    </message>
    <message>
        <source>Payee bank</source>
        <translation>收款开户行</translation>
    </message>
    <message>
        <source>Payee account name</source>
        <translation>收款户名</translation>
    </message>
    <message>
        <source>Payee account number</source>
        <translation>收款账号</translation>
    </message>
    <message>
        <source>Cause of action</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Basis document</source>
        <translation>执行依据</translation>
    </message>
    <message>
        <source>Case filed on</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Creditor name</source>
        <translation>申请执行人姓名</translation>
    </message>
    <message>
        <source>Creditor address</source>
        <translation>申请执行人住址</translation>
    </message>
    <message>
        <source>Creditor employer</source>
        <translation>申请执行人工作单位</translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <source>Fill this in from the court&apos;s documents</source>
        <translation>请按法院文书填写此项</translation>
    </message>
    <message>
        <source>The value is not valid</source>
        <translation>填写内容无效</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, e.g. 2026-12-04</source>
        <translation>请按 YYYY-MM-DD 格式填写日期，例如 2026-12-04</translation>
    </message>
    <message>
        <source>Two enforcement officers must be recorded, each with both cards</source>
        <translation>须登记两名执行人员，并分别录入工作证和执行公务证</translation>
    </message>
    <message>
        <source>This court is not on the center&apos;s list of courts</source>
        <translation>该法院不在本中心的法院名录中</translation>
    </message>
    <message>
        <source>The case number must read like （2026）京0105执1234号 and name the same court</source>
        <translation>案号格式应如“（2026）京0105执1234号”，且法院代字须与执行法院一致</translation>
    </message>
    <message>
        <source>The date is after today, or the notice is dated before the ruling</source>
        <translation>日期晚于今天，或通知书日期早于裁定书日期</translation>
    </message>
    <message>
        <source>Enter an amount above zero (or the whole balance)</source>
        <translation>请填写大于零的金额（或选择冻结全部余额）</translation>
    </message>
    <message>
        <source>The freeze ends before it starts</source>
        <translation>冻结截止日早于起始日</translation>
    </message>
    <message>
        <source>The end date is in the past</source>
        <translation>截止日期早于今天</translation>
    </message>
    <message>
        <source>The period is longer than the law allows for one freeze; the court must renew it</source>
        <translation>期限超过一次冻结的法定最长期限，超出部分须由法院办理续冻</translation>
    </message>
    <message>
        <source>Choose the grounds for unfreezing</source>
        <translation>请选择解冻事由</translation>
    </message>
    <message>
        <source>A deduction needs the court&apos;s explicit order or a withdrawal condition the member meets</source>
        <translation>扣划须有法院明确裁定，或职工已符合提取条件</translation>
    </message>
    <message>
        <source>Select the freeze this request acts on</source>
        <translation>请选择本次办理所针对的冻结</translation>
    </message>
    <message>
        <source>The request names another freeze than the one selected</source>
        <translation>请求所指的冻结与所选冻结不一致</translation>
    </message>
    <message>
        <source>There is no such freeze on this account</source>
        <translation>该账户没有这笔冻结</translation>
    </message>
    <message>
        <source>The freeze is not in effect (it is queued or has ended)</source>
        <translation>该冻结未生效（处于轮候或已终结）</translation>
    </message>
    <message>
        <source>The freeze has already ended</source>
        <translation>该冻结已终结</translation>
    </message>
    <message>
        <source>The renewed end date must be later than the current one</source>
        <translation>续冻截止日须晚于现冻结截止日</translation>
    </message>
    <message>
        <source>The deduction is more than the frozen amount</source>
        <translation>扣划金额超过冻结金额</translation>
    </message>
    <message>
        <source>The deduction is more than the account&apos;s balance</source>
        <translation>扣划金额超过账户余额</translation>
    </message>
    <message>
        <source>The member meets no withdrawal condition; only the court&apos;s explicit order allows the deduction</source>
        <translation>职工尚不符合提取条件，须有法院明确裁定方可扣划</translation>
    </message>
    <message>
        <source>No account of the center matches the debtor</source>
        <translation>本中心没有与被执行人相符的账户</translation>
    </message>
    <message>
        <source>The request is no longer waiting on the desk</source>
        <translation>该请求已不在待办列表中</translation>
    </message>
    <message>
        <source>The money is held and cannot be paid out</source>
        <translation>该款项已被限制，不能支取</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>A private-lending case settled by mediation or a payment order, not judged</source>
        <translation>民间借贷案件以调解书或支付令结案，未经判决</translation>
    </message>
    <message>
        <source>The suit was filed soon after the member became able to withdraw</source>
        <translation>职工符合提取条件后不久即被起诉</translation>
    </message>
    <message>
        <source>Several deductions for the same creditor</source>
        <translation>同一申请执行人多次申请扣划</translation>
    </message>
    <message>
        <source>The creditor lives at the member&apos;s address</source>
        <translation>申请执行人住址与职工相同</translation>
    </message>
    <message>
        <source>The creditor works for the member&apos;s employer</source>
        <translation>申请执行人与职工在同一单位工作</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>冻结生效</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>轮候</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已解冻</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期满失效</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>轮候失效</translation>
    </message>
    <message>
        <source>Fully deducted</source>
        <translation>已全部扣划</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续冻</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>解冻</translation>
    </message>
    <message>
        <source>Deduct</source>
        <translation>扣划</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>The balance fell short: the rest stays frozen from future credits, up to the amount ordered</source>
        <translation>余额不足部分在账户今后入账时继续冻结，以冻结金额为限</translation>
    </message>
    <message>
        <source>The account is already frozen: this freeze is queued and takes effect when the earlier one ends</source>
        <translation>该账户已有在先冻结，本次冻结登记为轮候冻结，在先冻结解除或失效后依次生效</translation>
    </message>
    <message>
        <source>The next queued freeze has taken effect</source>
        <translation>轮候冻结已依次生效</translation>
    </message>
    <message>
        <source>The frozen money was deducted in full; the freeze has ended</source>
        <translation>冻结款项已全部扣划，该冻结同时终结</translation>
    </message>
    <message>
        <source>Debt paid</source>
        <translation>债务已清偿</translation>
    </message>
    <message>
        <source>Guarantee provided</source>
        <translation>已提供担保</translation>
    </message>
    <message>
        <source>Application withdrawn</source>
        <translation>申请执行人撤回申请</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>案件已结案</translation>
    </message>
    <message>
        <source>Other (explain)</source>
        <translation>其他（须说明）</translation>
    </message>
</context>
<context>
    <name>hpf::ui::KeyringNotice</name>
    <message>
        <source>Keyring for your sign-in</source>
        <translation>登录凭据的密钥环</translation>
    </message>
    <message>
        <source>This computer has no keyring yet. HPF Counter keeps your sign-in, the key of its local cache and unsent operations in the system keyring, encrypted, so that nothing of it lies readable on the disk.

The system will now ask you to choose a password for a new keyring (the window may be in English: &quot;Choose password for new keyring&quot;). Choose one you will remember: the keyring asks for it again when it is locked. If you cancel, the client still works but remembers nothing after it is closed.</source>
        <translation>本机还没有密钥环。柜面客户端把您的登录凭据、本机缓存的密钥和尚未发送的业务加密保存在系统密钥环中，磁盘上不留任何可读的内容。

接下来系统会要求您为新密钥环设置密码（该窗口可能是英文的：“Choose password for new keyring”）。请设置一个自己记得住的密码：密钥环被锁定后会再次询问。如果取消，客户端仍可使用，但关闭后不会记住任何内容。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>hpf::ui::LoanAccountPage</name>
    <message>
        <source>Signed</source>
        <translation>已面签</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>已放款</translation>
    </message>
    <message>
        <source>Repaying</source>
        <translation>还款中</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已结清</translation>
    </message>
    <message>
        <source>The borrower repays from the &amp;fund balance (提取还贷)</source>
        <translation>借款人用公积金余额还贷（提取还贷）(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Disburse</source>
        <translation>放款(&amp;D)</translation>
    </message>
    <message>
        <source>Schedule pre&amp;view</source>
        <translation>预览还款计划(&amp;V)</translation>
    </message>
    <message>
        <source>Schedule as P&amp;DF</source>
        <translation>还款计划存为 PDF(&amp;D)</translation>
    </message>
    <message>
        <source>All loans</source>
        <translation>全部贷款</translation>
    </message>
    <message>
        <source>Type an application serial (YW…) or a contract number (DK…) and press Enter, or choose a loan of the list and press Enter. A signed application is disbursed under a supervisor&apos;s grant. A repayment pays what is due and at most the next instalment; more is a prepayment.</source>
        <translation>输入申请流水号（YW…）或借款合同号（DK…）后回车，或在列表中选中一笔贷款后回车。已面签的申请经主管授权后放款。还款最多偿还已到期应还和下一期应还，更多的钱请办理提前还款。</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer; the request is sent again with the same id</source>
        <translation>正在等待服务器应答；请求以同一编号重新发送</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · outstanding %4 · %5</source>
        <translation>%1 · %2 · %3 · 剩余本金 %4 · %5</translation>
    </message>
    <message>
        <source>%1 of %2 loans shown</source>
        <translation>显示 %2 笔贷款中的 %1 笔</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>正在查询 %1…</translation>
    </message>
    <message>
        <source>Loan %1</source>
        <translation>贷款 %1</translation>
    </message>
    <message numerus="yes">
        <source>Application %1 · %2 · %3 over %n month(s)</source>
        <translation>
            <numerusform>申请 %1 · %2 · %3，期限 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed (面签 done): disburse under a supervisor&apos;s grant</source>
        <translation>已面签：经主管授权后放款</translation>
    </message>
    <message>
        <source>Application %1 is %2: only a signed application is disbursed</source>
        <translation>申请 %1 的状态为“%2”：只有已面签的申请才能放款</translation>
    </message>
    <message numerus="yes">
        <source>Contract %1 (application %2) · %3 · principal %4 · outstanding %5 · %6% %7 over %n month(s) · schedule version %8</source>
        <translation>
            <numerusform>合同 %1（申请 %2）· %3 · 贷款本金 %4 · 剩余本金 %5 · 年利率 %6% %7，期限 %n 个月 · 还款计划第 %8 版</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: instalment %1 due %2, %3 to pay; a repayment may pay up to %4 today</source>
        <translation>下一期：第 %1 期，还款日 %2，应还 %3；今天最多可还 %4</translation>
    </message>
    <message>
        <source>Repaid from the borrower&apos;s fund balance on each due date</source>
        <translation>每个还款日从借款人公积金余额扣还</translation>
    </message>
    <message>
        <source>Settled on %1. The loan settlement certificate (贷款结清证明) is issued on page 4001 (Issue certificate) with the type “loan settled”.</source>
        <translation>已于 %1 结清。贷款结清证明请在证明开具（4001）中选择“贷款结清证明”开具。</translation>
    </message>
    <message>
        <source>Loan disbursement</source>
        <translation>贷款放款</translation>
    </message>
    <message numerus="yes">
        <source>Disburse loan application %1: %2 over %n month(s)%3</source>
        <translation>
            <numerusform>贷款申请 %1 放款：%2，期限 %n 个月%3</numerusform>
        </translation>
    </message>
    <message>
        <source>, repaid from the fund balance</source>
        <translation>，用公积金余额还贷</translation>
    </message>
    <message>
        <source>Not disbursed: the grant was cancelled</source>
        <translation>未放款：授权已取消</translation>
    </message>
    <message>
        <source>Loan repayment</source>
        <translation>贷款还款</translation>
    </message>
    <message>
        <source>Loan prepayment</source>
        <translation>提前还款</translation>
    </message>
    <message>
        <source>Disbursed: contract %1, serial %2</source>
        <translation>已放款：借款合同号 %1，业务流水号 %2</translation>
    </message>
    <message>
        <source>Posted %1 (principal %2, interest %3, penalty %4), serial %5; outstanding %6</source>
        <translation>已入账 %1（本金 %2，利息 %3，罚息 %4），业务流水号 %5；剩余本金 %6</translation>
    </message>
    <message>
        <source>Loans of the branch</source>
        <translation>本网点贷款</translation>
    </message>
    <message>
        <source>Repayment schedule</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <source>Application serial or contract &amp;number:</source>
        <translation>申请流水号或借款合同号(&amp;N)：</translation>
    </message>
    <message>
        <source>Loans of the branch, &amp;status:</source>
        <translation>本网点贷款按状态筛选(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>hpf::ui::LoanApplicationPage</name>
    <message>
        <source>&amp;Check (F5)</source>
        <translation>检查(&amp;C)（F5）</translation>
    </message>
    <message>
        <source>&amp;Accept the application (Ctrl+Enter)</source>
        <translation>受理(&amp;A)（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Loan kind:</source>
        <translation>贷款类型：</translation>
    </message>
    <message>
        <source>Property address:</source>
        <translation>房屋地址：</translation>
    </message>
    <message>
        <source>House price (yuan):</source>
        <translation>房价（元）：</translation>
    </message>
    <message>
        <source>Purchase contract number:</source>
        <translation>购房合同号：</translation>
    </message>
    <message>
        <source>First or second home:</source>
        <translation>首套 / 二套：</translation>
    </message>
    <message>
        <source>Loan amount (yuan):</source>
        <translation>贷款金额（元）：</translation>
    </message>
    <message>
        <source>Term (months):</source>
        <translation>期限（月）：</translation>
    </message>
    <message>
        <source>Repayment method:</source>
        <translation>还款方式：</translation>
    </message>
    <message>
        <source>Disbursing bank:</source>
        <translation>放款银行：</translation>
    </message>
    <message>
        <source>Take one application for everyone on the loan: the borrower, the spouse, co-borrowers and guarantors (rows left empty are not sent). Tick the credit report authorisation only when the person signed it. F5 checks every rule, the limit and the schedule; Ctrl+Enter accepts exactly what was checked.</source>
        <translation>一次受理借款人、配偶、共同借款人和担保人的贷款申请（留空的行不提交）。本人已签署征信授权书时才勾选“征信授权”。F5 检查每项条件、额度和还款计划；Ctrl+Enter 受理检查过的内容。</translation>
    </message>
    <message>
        <source>No entrusted banks: the reference data has not been loaded</source>
        <translation>没有受托银行：参考数据尚未加载</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation>不符合条件：%1</translation>
    </message>
    <message>
        <source>Checked: eligible. Ctrl+Enter accepts the application.</source>
        <translation>检查完毕：符合条件。按 Ctrl+Enter 受理。</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer; the application is sent again with the same id</source>
        <translation>正在等待服务器应答；申请以同一编号重新发送</translation>
    </message>
    <message>
        <source>Not eligible: correct the form and check again</source>
        <translation>不符合条件：请修改后重新检查</translation>
    </message>
    <message>
        <source>Loan application</source>
        <translation>贷款受理</translation>
    </message>
    <message>
        <source>Accepted: serial %1</source>
        <translation>已受理：业务流水号 %1</translation>
    </message>
    <message>
        <source>Application %1 · %2 · %3 over %4 months at %5% · %6
Accepted on %7 by %8; the decision is due by %9. Next: review (审核) on 7002 by another officer.</source>
        <translation>申请 %1 · %2 · %3，期限 %4 个月，年利率 %5% · %6
%7 由 %8 受理；审批到期日 %9。下一步：由另一位经办员在 7002 审核。</translation>
    </message>
    <message>
        <source>The loan</source>
        <translation>贷款信息</translation>
    </message>
    <message>
        <source>The bank&apos;s part (组合贷款)</source>
        <translation>组合贷款（商业贷款部分）</translation>
    </message>
    <message>
        <source>Amount (yuan):</source>
        <translation>金额（元）：</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>贷款银行：</translation>
    </message>
    <message>
        <source>Rate (% a year):</source>
        <translation>年利率（%）：</translation>
    </message>
    <message>
        <source>The commercial loan paid off (商转公)</source>
        <translation>商转公（原商业贷款）</translation>
    </message>
    <message>
        <source>Contract number:</source>
        <translation>合同号：</translation>
    </message>
    <message>
        <source>Outstanding (yuan):</source>
        <translation>剩余本金（元）：</translation>
    </message>
</context>
<context>
    <name>hpf::ui::LoanApprovalPage</name>
    <message>
        <source>&amp;Review (审核)</source>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;pprove (批准)</source>
        <translation>批准(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;fuse (拒绝)</source>
        <translation>拒绝(&amp;F)</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Reason for the refusal</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>The branch&apos;s loan applications with the date the decision is due (overdue ones are marked). Enter opens one. A loan officer who did not accept it reviews it; a supervisor who neither accepted nor reviewed it approves or refuses it with a reason.</source>
        <translation>本网点的贷款申请及审批到期日（逾期的已标出）。回车打开一笔。由非受理人的贷款经办员审核；由既非受理人也非审核人的主管批准，或填写原因后拒绝。</translation>
    </message>
    <message>
        <source>Loading the applications…</source>
        <translation>正在加载申请…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 months · %5 · applied %6 · due %7</source>
        <translation>%1 · %2 · %3 · %4 个月 · %5 · 受理 %6 · 到期 %7</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>%1 of %2 application(s); the newest first</source>
        <translation>共 %2 笔申请，显示最新的 %1 笔</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n 笔申请</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 over %5 months at %6% · %7 · %8</source>
        <translation>%1 · %2 · %3 · %4，期限 %5 个月，年利率 %6% · %7 · %8</translation>
    </message>
    <message>
        <source>Accepted %1 by %2 · reviewed by %3 · decided by %4 · due %5</source>
        <translation>%1 由 %2 受理 · 审核人 %3 · 审批人 %4 · 到期 %5</translation>
    </message>
    <message>
        <source>Property: %1 · price %2 · contract %3 · %4</source>
        <translation>房屋：%1 · 房价 %2 · 合同 %3 · %4</translation>
    </message>
    <message>
        <source>%1: %2 · income %3 · debts %4 · credit authorisation %5</source>
        <translation>%1：%2 · 月收入 %3 · 月负债 %4 · 征信授权 %5</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Limit %1, bound by %2</source>
        <translation>额度 %1，由%2决定</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Loan review</source>
        <translation>贷款审核</translation>
    </message>
    <message>
        <source>Loan approval</source>
        <translation>贷款审批</translation>
    </message>
    <message>
        <source>Loan refusal</source>
        <translation>贷款拒绝</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 现为%2</translation>
    </message>
    <message>
        <source>Loan applications</source>
        <translation>贷款申请</translation>
    </message>
    <message>
        <source>Refusal reaso&amp;n:</source>
        <translation>拒绝原因(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>hpf::ui::LoanOverduePage</name>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>reminded (%1 days, %2)</source>
        <translation>已催收（逾期 %1 天，%2）</translation>
    </message>
    <message>
        <source>superseded (%1 days)</source>
        <translation>已由后续催收取代（逾期 %1 天）</translation>
    </message>
    <message>
        <source>to remind (%1 days, since %2)</source>
        <translation>待催收（逾期 %1 天，%2 起）</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新（F5）</translation>
    </message>
    <message>
        <source>&amp;Record the reminder (Ctrl+Enter)</source>
        <translation>登记已催收(&amp;R)（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>借款合同号</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>最早到期日</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Overdue amount</source>
        <translation>逾期本息</translation>
    </message>
    <message>
        <source>Penalty (罚息)</source>
        <translation>罚息</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>剩余本金</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>催收</translation>
    </message>
    <message>
        <source>Phone (电话)</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Letter (信函)</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>SMS (短信)</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>What the borrower said (optional)</source>
        <translation>借款人的答复（可不填）</translation>
    </message>
    <message>
        <source>Loans with an instalment unpaid after its due date, the oldest first: days past due, the unpaid principal and interest, the penalty interest accrued by policy and the reminder the daily run queued. Enter or F5 refreshes; Ctrl+Enter records that the borrower of the chosen row was reminded.</source>
        <translation>列出有到期未还款项的贷款，逾期最久的在前：逾期天数、未还本息、按政策计收的罚息，以及每日批处理放入催收队列的催收事项。回车或 F5 刷新；Ctrl+Enter 登记已对选中贷款的借款人催收。</translation>
    </message>
    <message>
        <source>Loading the overdue loans…</source>
        <translation>正在读取逾期贷款…</translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s) in arrears</source>
        <translation>
            <numerusform>逾期贷款 %n 笔</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue ratio (逾期率) %1‱ on %2: %3 in arrears of %4 lent in %5 loan(s)</source>
        <translation>逾期率 %1‱（%2）：逾期贷款余额 %3，贷款余额 %4，共 %5 笔</translation>
    </message>
    <message>
        <source>%1 of %2 loan(s) shown; the oldest arrears first</source>
        <translation>显示 %1 笔，共 %2 笔；逾期最久的在前</translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s) listed</source>
        <translation>
            <numerusform>共 %n 笔</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no reminder to record</source>
        <translation>%1 没有待登记的催收</translation>
    </message>
    <message>
        <source>Reminder %1</source>
        <translation>催收 %1</translation>
    </message>
    <message>
        <source>Reminder of %1 recorded (%2)</source>
        <translation>%1 已登记催收（%2）</translation>
    </message>
    <message>
        <source>Loans in arrears</source>
        <translation>逾期贷款</translation>
    </message>
    <message>
        <source>Reminded &amp;by:</source>
        <translation>催收方式(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>hpf::ui::LoanPartiesForm</name>
    <message>
        <source>People on the loan</source>
        <translation>申请人员</translation>
    </message>
    <message>
        <source>Credit report authorised (征信授权)</source>
        <translation>征信授权</translation>
    </message>
    <message>
        <source>%1: document number</source>
        <translation>%1：证件号码</translation>
    </message>
    <message>
        <source>%1: name</source>
        <translation>%1：姓名</translation>
    </message>
    <message>
        <source>%1: monthly income (yuan)</source>
        <translation>%1：月收入（元）</translation>
    </message>
    <message>
        <source>%1: monthly debts (yuan)</source>
        <translation>%1：月负债（元）</translation>
    </message>
    <message>
        <source>%1: credit report authorised</source>
        <translation>%1：征信授权</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Monthly income (yuan):</source>
        <translation>月收入（元）：</translation>
    </message>
    <message>
        <source>Monthly debts (yuan):</source>
        <translation>月负债（元）：</translation>
    </message>
</context>
<context>
    <name>hpf::ui::LoanPostingsPanel</name>
    <message>
        <source>Repayment and prepayment</source>
        <translation>还款与提前还款</translation>
    </message>
    <message>
        <source>Post &amp;repayment</source>
        <translation>银行还款入账(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Prepay</source>
        <translation>提前还款(&amp;P)</translation>
    </message>
    <message>
        <source>Partial, keep the term (lower payment)</source>
        <translation>部分还款，期限不变（月供减少）</translation>
    </message>
    <message>
        <source>Partial, keep the payment (shorter term)</source>
        <translation>部分还款，月供不变（期限缩短）</translation>
    </message>
    <message>
        <source>In full (settles the loan)</source>
        <translation>全部结清</translation>
    </message>
    <message>
        <source>Repayment from the bank (yuan):</source>
        <translation>银行还款（元）：</translation>
    </message>
    <message>
        <source>Prepayment &amp;kind:</source>
        <translation>提前还款方式(&amp;K)：</translation>
    </message>
    <message>
        <source>Prepaid principal (yuan):</source>
        <translation>提前还款本金（元）：</translation>
    </message>
</context>
<context>
    <name>hpf::ui::LoanScheduleTable</name>
    <message>
        <source>No.</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>还款日</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>月还款额</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已还</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>%1 已还</translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE %n day(s)</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation>部分已还</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未还</translation>
    </message>
</context>
<context>
    <name>hpf::ui::LoanSigningPage</name>
    <message>
        <source>Read ID card (F6)</source>
        <translation>读取身份证（F6）</translation>
    </message>
    <message>
        <source>Take photo (F7)</source>
        <translation>拍照（F7）</translation>
    </message>
    <message>
        <source>Confirm signature (Ctrl+Enter)</source>
        <translation>确认签名（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>打印（Ctrl+P）</translation>
    </message>
    <message>
        <source>Save PDF (Ctrl+S)</source>
        <translation>保存 PDF（Ctrl+S）</translation>
    </message>
    <message>
        <source>Serial of the approved application</source>
        <translation>已批准申请的业务编号</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>申请：</translation>
    </message>
    <message>
        <source>Type the serial of an approved application and press Enter. Each signer in turn: F6 reads their ID card, F7 takes their photo, then they sign each contract on the pad and Ctrl+Enter confirms it. The signed contracts are printed with Ctrl+P and saved with Ctrl+S.</source>
        <translation>输入已批准申请的业务编号后按回车。每位签约人依次：F6 读取身份证，F7 拍照，然后在签名板上签署每份合同，按 Ctrl+Enter 确认。签署完成的合同按 Ctrl+P 打印，按 Ctrl+S 保存。</translation>
    </message>
    <message>
        <source>mortgage contract (抵押合同)</source>
        <translation>抵押合同</translation>
    </message>
    <message>
        <source>loan contract (借款合同)</source>
        <translation>借款合同</translation>
    </message>
    <message>
        <source>TRAINING: the card reader reads test card files; the camera is fed the card&apos;s photo when this machine has no camera.</source>
        <translation>培训环境：读卡器读取测试身份证文件；本机没有摄像头时以证件照片代替现场照片。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Loan signing</source>
        <translation>面签</translation>
    </message>
    <message>
        <source>%1 is signed already; its contracts were signed at another counter</source>
        <translation>%1 已完成面签；合同是在其他柜台签署的</translation>
    </message>
    <message>
        <source>%1 is signed already</source>
        <translation>%1 已完成面签</translation>
    </message>
    <message>
        <source>ID card %1</source>
        <translation>身份证 %1</translation>
    </message>
    <message>
        <source>photo %1</source>
        <translation>照片 %1</translation>
    </message>
    <message>
        <source>%1: place their ID card on the reader and press F6</source>
        <translation>%1：请将身份证放在读卡器上，按 F6</translation>
    </message>
    <message>
        <source>%1: look into the camera; F7 takes the photo</source>
        <translation>%1：请看向摄像头，按 F7 拍照</translation>
    </message>
    <message>
        <source>%1: sign the %2 on the pad, then Ctrl+Enter</source>
        <translation>%1：请在签名板上签署%2，然后按 Ctrl+Enter</translation>
    </message>
    <message>
        <source>%1 signs here</source>
        <translation>%1 在此签名</translation>
    </message>
    <message>
        <source>Signing the %1…</source>
        <translation>正在签署%1…</translation>
    </message>
    <message>
        <source>Every contract of %1 is signed: print them (Ctrl+P) and save them (Ctrl+S).</source>
        <translation>%1 的合同已全部签署：请打印（Ctrl+P）并保存（Ctrl+S）。</translation>
    </message>
    <message>
        <source>Loan signing: ID card</source>
        <translation>面签：身份证</translation>
    </message>
    <message>
        <source>Loan signing: photo</source>
        <translation>面签：照片</translation>
    </message>
    <message>
        <source>Loan signing: signature</source>
        <translation>面签：签名</translation>
    </message>
    <message>
        <source>Loan signing: contract</source>
        <translation>面签：合同</translation>
    </message>
    <message>
        <source>%1 signed: contract %2</source>
        <translation>%1已签署：合同编号 %2</translation>
    </message>
    <message>
        <source>Signing session started</source>
        <translation>面签会话已开始</translation>
    </message>
    <message numerus="yes">
        <source>Signing session resumed: %n step(s) done before</source>
        <translation>
            <numerusform>面签会话已恢复：此前已完成 %n 步</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the signed contract</source>
        <translation>保存已签署的合同</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF（*.pdf）</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>签约人</translation>
    </message>
    <message>
        <source>Signed &amp;contract:</source>
        <translation>已签署合同(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>hpf::ui::LoanText</name>
    <message>
        <source>Continuous full contributions</source>
        <translation>连续足额缴存</translation>
    </message>
    <message>
        <source>No open fund loan in the household</source>
        <translation>家庭无未结清公积金贷款</translation>
    </message>
    <message>
        <source>Not a third home or third loan</source>
        <translation>非第三套住房或第三次贷款</translation>
    </message>
    <message>
        <source>Second loan only after the first is settled</source>
        <translation>第二次贷款须首次贷款已结清</translation>
    </message>
    <message>
        <source>Age plus term</source>
        <translation>年龄加贷款期限</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>贷款期限</translation>
    </message>
    <message>
        <source>Repayment within the share of income</source>
        <translation>月还款不超过收入比例</translation>
    </message>
    <message>
        <source>Amount within the limit</source>
        <translation>金额不超过额度</translation>
    </message>
    <message>
        <source>the center&apos;s cap</source>
        <translation>中心最高额度</translation>
    </message>
    <message>
        <source>price × ratio</source>
        <translation>房价 × 比例</translation>
    </message>
    <message>
        <source>balance × multiple</source>
        <translation>余额 × 倍数</translation>
    </message>
    <message>
        <source>repayment ability</source>
        <translation>还款能力</translation>
    </message>
    <message>
        <source>Fund loan</source>
        <translation>公积金贷款</translation>
    </message>
    <message>
        <source>Combination loan (组合贷)</source>
        <translation>组合贷</translation>
    </message>
    <message>
        <source>Commercial-to-fund conversion (商转公)</source>
        <translation>商转公</translation>
    </message>
    <message>
        <source>Equal instalments (等额本息)</source>
        <translation>等额本息</translation>
    </message>
    <message>
        <source>Equal principal (等额本金)</source>
        <translation>等额本金</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Co-borrower</source>
        <translation>共同借款人</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>担保人</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>First home</source>
        <translation>首套住房</translation>
    </message>
    <message>
        <source>Second home</source>
        <translation>二套住房</translation>
    </message>
    <message>
        <source>Third home</source>
        <translation>第三套住房</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>第 %1 人</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>monthly income</source>
        <translation>月收入</translation>
    </message>
    <message>
        <source>monthly debts</source>
        <translation>月负债</translation>
    </message>
    <message>
        <source>role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>credit report authorisation</source>
        <translation>征信授权</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Loan kind</source>
        <translation>贷款类型</translation>
    </message>
    <message>
        <source>Loan amount</source>
        <translation>贷款金额</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>期限（月）</translation>
    </message>
    <message>
        <source>Repayment method</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <source>First or second home</source>
        <translation>首套 / 二套</translation>
    </message>
    <message>
        <source>Disbursing bank</source>
        <translation>放款银行</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Property address</source>
        <translation>房屋地址</translation>
    </message>
    <message>
        <source>House price</source>
        <translation>房价</translation>
    </message>
    <message>
        <source>Purchase contract number</source>
        <translation>购房合同号</translation>
    </message>
    <message>
        <source>People on the application</source>
        <translation>申请人员</translation>
    </message>
    <message>
        <source>Bank&apos;s part</source>
        <translation>商业贷款部分</translation>
    </message>
    <message>
        <source>Bank&apos;s part: amount</source>
        <translation>商业贷款金额</translation>
    </message>
    <message>
        <source>Bank&apos;s part: bank</source>
        <translation>商业贷款银行</translation>
    </message>
    <message>
        <source>Bank&apos;s part: term</source>
        <translation>商业贷款期限</translation>
    </message>
    <message>
        <source>Bank&apos;s part: rate</source>
        <translation>商业贷款利率</translation>
    </message>
    <message>
        <source>Commercial loan paid off</source>
        <translation>原商业贷款</translation>
    </message>
    <message>
        <source>Commercial loan: bank</source>
        <translation>原商业贷款银行</translation>
    </message>
    <message>
        <source>Commercial loan: contract number</source>
        <translation>原商业贷款合同号</translation>
    </message>
    <message>
        <source>Commercial loan: outstanding</source>
        <translation>原商业贷款剩余本金</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <source>Borrower&apos;s account %1 · balance %2 · %n month(s) of continuous contributions</source>
        <translation>
            <numerusform>借款人账户 %1 · 余额 %2 · 连续缴存 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Limit %1, bound by %2 (center&apos;s cap %3 · price × ratio %4 · balance × multiple %5 · repayment ability %6)</source>
        <translation>贷款额度 %1，由%2决定（中心最高额度 %3 · 房价 × 比例 %4 · 余额 × 倍数 %5 · 还款能力 %6）</translation>
    </message>
    <message>
        <source>Rate %1% a year (%2, in force on %3)</source>
        <translation>年利率 %1%（%2，%3 执行）</translation>
    </message>
    <message>
        <source>No limit or rate: a third home or third loan is not lent to</source>
        <translation>无额度和利率：第三套住房或第三次贷款不予贷款</translation>
    </message>
    <message>
        <source>Schedule: %1 × %2 months · first payment %3 (due %4) · last payment %5 · total interest %6 · total %7</source>
        <translation>还款计划：%1 × %2 个月 · 首期 %3（%4 到期）· 末期 %5 · 利息总额 %6 · 还款总额 %7</translation>
    </message>
    <message>
        <source>Bank&apos;s part: first payment %1 (counted against the income)</source>
        <translation>商业贷款部分首期还款 %1（计入收入比例）</translation>
    </message>
    <message numerus="yes">
        <source>Eligible. Decision due by %1 (%n day(s) after acceptance)</source>
        <translation>
            <numerusform>符合条件。审批期限至 %1（受理后 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已面签</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>已放款</translation>
    </message>
</context>
<context>
    <name>hpf::ui::LockOverlay</name>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>The screen is locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <source>%1 (%2) — enter your password to continue</source>
        <translation>%1（%2）— 请输入密码继续</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>验证码</translation>
    </message>
</context>
<context>
    <name>hpf::ui::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in to HPF Counter</source>
        <translation>登录住房公积金柜面系统</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>User id:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Enter the password</source>
        <translation>请输入密码</translation>
    </message>
    <message>
        <source>Verification code:</source>
        <translation>验证码：</translation>
    </message>
    <message>
        <source>6 digits, or a recovery code</source>
        <translation>6位数字，或恢复码</translation>
    </message>
</context>
<context>
    <name>hpf::ui::LookupPage</name>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Unit account</source>
        <translation>单位账号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用余额</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Personal account number</source>
        <translation>个人账号</translation>
    </message>
    <message>
        <source>Unit account number</source>
        <translation>单位账号</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Military officer card</source>
        <translation>军官证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Foreign permanent resident card</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <source>A name has at most 60 characters</source>
        <translation>姓名最多60个字</translation>
    </message>
    <message>
        <source>An account number has only digits (at most 20)</source>
        <translation>账号只能是数字（最多20位）</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <source>%n found; press Enter on a row to open it</source>
        <translation>
            <numerusform>找到 %n 条；选中一行按回车打开</numerusform>
        </translation>
    </message>
    <message>
        <source>Document t&amp;ype:</source>
        <translation>证件类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>查询结果</translation>
    </message>
    <message>
        <source>Search &amp;by:</source>
        <translation>查询方式(&amp;B)：</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>证件号码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Personal account &amp;number:</source>
        <translation>个人账号(&amp;N)：</translation>
    </message>
    <message>
        <source>Unit account &amp;number:</source>
        <translation>单位账号(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>hpf::ui::LookupText</name>
    <message>
        <source>Judicial freeze</source>
        <translation>司法冻结</translation>
    </message>
    <message>
        <source>Loan security hold</source>
        <translation>贷款担保冻结</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>冻结生效</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>轮候</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>已解冻</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期满失效</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>轮候失效</translation>
    </message>
    <message>
        <source>Fully deducted</source>
        <translation>已全部扣划</translation>
    </message>
</context>
<context>
    <name>hpf::ui::MainWindow</name>
    <message>
        <source>TRAINING</source>
        <translation>培训环境</translation>
    </message>
    <message>
        <source>HPF Counter</source>
        <translation>住房公积金柜面系统</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>柜面</translation>
    </message>
    <message>
        <source>Transaction code</source>
        <translation>交易码</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>交易码：</translation>
    </message>
    <message>
        <source>Training environment: a local demo server; nothing here is real</source>
        <translation>培训环境：本机演示服务器，所有数据均非真实业务</translation>
    </message>
    <message>
        <source>Workstation %1</source>
        <translation>终端 %1</translation>
    </message>
    <message>
        <source>The server cannot be reached. Pages already open stay readable and drafts keep being saved; the client reconnects by itself.</source>
        <translation>无法连接服务器。已打开的页面仍可查看，草稿照常保存；客户端会自动重新连接。</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) waiting to be sent</source>
        <translation>
            <numerusform>%n 笔业务待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Counter</source>
        <translation>柜面(&amp;C)</translation>
    </message>
    <message>
        <source>Go to transaction code</source>
        <translation>输入交易码</translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>HPF Counter — TRAINING</source>
        <translation>住房公积金柜面系统 — 培训环境</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>柜员</translation>
    </message>
    <message>
        <source>Loan officer</source>
        <translation>贷款专员</translation>
    </message>
    <message>
        <source>Archivist</source>
        <translation>档案员</translation>
    </message>
    <message>
        <source>Judicial assistance</source>
        <translation>司法协助</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>稽核员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Branch %1</source>
        <translation>网点 %1</translation>
    </message>
    <message>
        <source>Unknown transaction code %1</source>
        <translation>未知交易码 %1</translation>
    </message>
    <message>
        <source>Your role may not open %1 %2</source>
        <translation>您的岗位无权打开 %1 %2</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Printer…</source>
        <translation>打印机…</translation>
    </message>
    <message>
        <source>Page setup…</source>
        <translation>页面设置…</translation>
    </message>
    <message>
        <source>Printer calibration…</source>
        <translation>打印机校准（套打）…</translation>
    </message>
    <message>
        <source>Show the outbox</source>
        <translation>查看待发送业务</translation>
    </message>
    <message>
        <source>Outbox…</source>
        <translation>业务发送队列…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>使用手册</translation>
    </message>
    <message>
        <source>TRAINING · %1</source>
        <translation>培训环境 · %1</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>业务导航</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About HPF Counter</source>
        <translation>关于住房公积金柜面系统</translation>
    </message>
    <message>
        <source>Saved as PDF: %1</source>
        <translation>已存为 PDF：%1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation>PDF 已保存：%1</translation>
    </message>
    <message>
        <source>Sent to the printer: %1</source>
        <translation>已发送到打印机：%1</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
</context>
<context>
    <name>hpf::ui::MaterialsChecklist</name>
    <message>
        <source>&amp;Materials checklist (Ctrl+1…9 chooses the material of the next pages):</source>
        <translation>材料清单(&amp;M)（Ctrl+1…9 选择后续页面所属的材料）：</translation>
    </message>
    <message>
        <source>Materials checklist</source>
        <translation>材料清单</translation>
    </message>
    <message>
        <source>%1 %2: satisfied by shared data</source>
        <translation>%1 %2：已由共享数据满足</translation>
    </message>
    <message>
        <source>%1 %2: %3 of at least %4 pages%5</source>
        <translation>%1 %2：已采集 %3 页，至少 %4 页%5</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation>（必需）</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation>（可选）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>hpf::ui::MergePage</name>
    <message>
        <source>&amp;Merge into the kept account…</source>
        <translation>合并到保留账户(&amp;M)…</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>个人账号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit account</source>
        <translation>单位账号</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Account to keep:</source>
        <translation>保留的账号：</translation>
    </message>
    <message>
        <source>A person with more than one live account here keeps one. Type the account to keep and press Enter: the person&apos;s other live accounts are listed. Press Enter on the one to merge; a supervisor authorises at this screen.</source>
        <translation>同一人在本中心有多个正常账户时只保留一个。输入保留的账号后回车，列出此人的其他正常账户；在要合并的账户上回车，由主管在本屏幕授权。</translation>
    </message>
    <message>
        <source>Other live accounts of the same person:</source>
        <translation>此人的其他正常账户：</translation>
    </message>
    <message>
        <source>Looking for the person&apos;s other accounts…</source>
        <translation>正在查找此人的其他账户…</translation>
    </message>
    <message>
        <source>The person has no other live account here: nothing to merge</source>
        <translation>此人在本中心没有其他正常账户，无需合并</translation>
    </message>
    <message numerus="yes">
        <source>%n other live account(s): choose the one to merge and press Enter</source>
        <translation>
            <numerusform>另有 %n 个正常账户：选择要合并的账户后按回车</numerusform>
        </translation>
    </message>
    <message>
        <source>Load the account to keep and choose the account to merge first</source>
        <translation>请先输入保留的账号并选中要合并的账户</translation>
    </message>
    <message>
        <source>Account merge</source>
        <translation>个人合并</translation>
    </message>
    <message>
        <source>Merge account %1 into account %2 (same person): the merged account is closed</source>
        <translation>将账户 %1 合并到账户 %2（同一人），被合并的账户销户</translation>
    </message>
    <message>
        <source>Merged: serial %1</source>
        <translation>已合并：业务流水号 %1</translation>
    </message>
    <message>
        <source>Account %1 closed (%2); account %3 credited: principal %4 · interest to date %5 · amount %6</source>
        <translation>账户 %1 已销户（%2）；账户 %3 转入：本金 %4 · 截至今日利息 %5 · 金额 %6</translation>
    </message>
    <message>
        <source>Other live accounts of the same person</source>
        <translation>此人的其他正常账户</translation>
    </message>
    <message>
        <source>Kept account</source>
        <translation>保留的账户</translation>
    </message>
    <message>
        <source>Kept account:</source>
        <translation>保留的账户：</translation>
    </message>
</context>
<context>
    <name>hpf::ui::OpeningResult</name>
    <message>
        <source>Open existing account</source>
        <translation>打开已有账户</translation>
    </message>
    <message>
        <source>The person&apos;s sealed account %1 was UNSEALED (启封) under unit %2 %3; no new account was opened (previous unit %4).</source>
        <translation>该职工的封存账户 %1 已在单位 %2 %3 下启封，未新开账户（原单位 %4）。</translation>
    </message>
    <message>
        <source>Flexible-employment account %1 opened.</source>
        <translation>灵活就业账户 %1 已开户。</translation>
    </message>
    <message>
        <source>Account %1 opened under unit %2 %3.</source>
        <translation>已在单位 %2 %3 下开立个人账户 %1。</translation>
    </message>
    <message>
        <source>Deposit base %1 from %2.</source>
        <translation>缴存基数 %1，自 %2 起缴存。</translation>
    </message>
    <message>
        <source>Monthly deposit %1 (ratio %2 %).</source>
        <translation>月缴存额 %1（比例 %2 %）。</translation>
    </message>
    <message>
        <source>Monthly deposit: unit %1 + personal %2 = %3.</source>
        <translation>月缴存额：单位 %1 + 个人 %2 = %3。</translation>
    </message>
    <message>
        <source>Unit account %1 opened for %2.</source>
        <translation>已为 %2 开立单位账户 %1。</translation>
    </message>
    <message>
        <source>The account already belongs to this unit: nothing needs to be opened.</source>
        <translation>该账户已属于本单位，无需开户。</translation>
    </message>
    <message>
        <source>This credit code already has unit account %1 (%2, branch %3).</source>
        <translation>该统一社会信用代码已开立单位账户 %1（%2，网点 %3）。</translation>
    </message>
    <message>
        <source>Open existing unit</source>
        <translation>打开已有单位</translation>
    </message>
    <message>
        <source>Transfer it to the new &amp;unit (5001)…</source>
        <translation>转到新单位(&amp;U)（5001）…</translation>
    </message>
    <message>
        <source>Move the existing account to the new unit with the in-city transfer (市内转移, 5001): its balance and interest go with it.</source>
        <translation>请用市内转移（5001）把已有账户转到新单位，余额和利息随之转入。</translation>
    </message>
    <message>
        <source>One person, one account (一人一户): this person already has account %1 (%2) in unit %3 %4, branch %5.</source>
        <translation>一人一户：该职工已有账户 %1（%2），所在单位 %3 %4，网点 %5。</translation>
    </message>
</context>
<context>
    <name>hpf::ui::OutboxView</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Resend now</source>
        <translation>立即重发</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>业务发送队列</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>发送次数</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <source>Sends the waiting operations again with their own keys; none is applied twice</source>
        <translation>以原业务编号重新发送待发送的业务，不会重复记账</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) waiting to be sent</source>
        <translation>
            <numerusform>%n 笔业务待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawn before it was sent</source>
        <translation>发送前已撤回</translation>
    </message>
</context>
<context>
    <name>hpf::ui::Pages</name>
    <message>
        <source>Lookup</source>
        <translation>综合查询</translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation>个人账户</translation>
    </message>
    <message>
        <source>Unit account</source>
        <translation>单位账号</translation>
    </message>
    <message>
        <source>Unit account opening</source>
        <translation>单位开户</translation>
    </message>
    <message>
        <source>Personal account opening</source>
        <translation>个人开户</translation>
    </message>
    <message>
        <source>Flexible-employment opening</source>
        <translation>灵活就业开户</translation>
    </message>
    <message>
        <source>Employee list import</source>
        <translation>清册导入</translation>
    </message>
    <message>
        <source>Seal / unseal</source>
        <translation>封存/启封</translation>
    </message>
    <message>
        <source>Receipt reprint</source>
        <translation>回单补打</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>开具证明</translation>
    </message>
    <message>
        <source>Batch certificates</source>
        <translation>批量开具</translation>
    </message>
    <message>
        <source>Verify certificate</source>
        <translation>验证证明</translation>
    </message>
    <message>
        <source>Judicial assistance</source>
        <translation>司法协助</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证明</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation>审计查询</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Archive capture</source>
        <translation>档案采集</translation>
    </message>
    <message>
        <source>Four-property checks</source>
        <translation>四性检测</translation>
    </message>
    <message>
        <source>Archive search</source>
        <translation>档案查询</translation>
    </message>
    <message>
        <source>Archive viewer</source>
        <translation>档案查看</translation>
    </message>
    <message>
        <source>Archives</source>
        <translation>电子档案</translation>
    </message>
    <message>
        <source>Freezes expiring</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Online court requests</source>
        <translation>线上请求</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>转移业务</translation>
    </message>
    <message>
        <source>Batch in-city transfer</source>
        <translation>批量市内转移</translation>
    </message>
    <message>
        <source>Cross-city transfer in</source>
        <translation>异地转入申请</translation>
    </message>
    <message>
        <source>Transfer-out review</source>
        <translation>转出审核</translation>
    </message>
    <message>
        <source>Transfer query</source>
        <translation>转移业务查询</translation>
    </message>
    <message>
        <source>In-city transfer</source>
        <translation>市内转移</translation>
    </message>
    <message>
        <source>Account merge</source>
        <translation>个人合并</translation>
    </message>
    <message>
        <source>Person details change</source>
        <translation>个人信息变更</translation>
    </message>
    <message>
        <source>Unit details change</source>
        <translation>单位信息变更</translation>
    </message>
    <message>
        <source>Base adjustment</source>
        <translation>基数调整</translation>
    </message>
    <message>
        <source>Back payment</source>
        <translation>补缴</translation>
    </message>
    <message>
        <source>Remittance deferral</source>
        <translation>缓缴</translation>
    </message>
    <message>
        <source>Interest statement</source>
        <translation>结息对账单</translation>
    </message>
    <message>
        <source>Monthly remittance</source>
        <translation>汇缴</translation>
    </message>
    <message>
        <source>Accounts and deposits</source>
        <translation>账户与缴存</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>提取</translation>
    </message>
    <message>
        <source>Standing rent instructions</source>
        <translation>租房提取委托</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>提取</translation>
    </message>
    <message>
        <source>Loan application</source>
        <translation>贷款受理</translation>
    </message>
    <message>
        <source>Loan review and approval</source>
        <translation>审核审批</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Loan account</source>
        <translation>贷款账户</translation>
    </message>
    <message>
        <source>Overdue loans</source>
        <translation>逾期管理</translation>
    </message>
    <message>
        <source>Face-to-face signing</source>
        <translation>面签</translation>
    </message>
    <message>
        <source>Contract verification</source>
        <translation>合同验证</translation>
    </message>
    <message>
        <source>Today&apos;s operations</source>
        <translation>今日业务</translation>
    </message>
</context>
<context>
    <name>hpf::ui::PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Your password has expired or was reset by an administrator: choose a new one to go on.</source>
        <translation>您的密码已过期或已由管理员重置，请设置新密码后继续。</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>请设置新密码。</translation>
    </message>
    <message>
        <source>At least 10 characters with three kinds of characters (lower case, upper case, digits, Chinese characters, symbols); not your user id, not a common password, none of your last 5 passwords.</source>
        <translation>至少10位，包含小写字母、大写字母、数字、汉字、符号中的三类；不得含用户名，不得使用常见密码，不得与最近5次密码相同。</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>确认新密码：</translation>
    </message>
    <message>
        <source>Enter the current and the new password</source>
        <translation>请输入当前密码和新密码</translation>
    </message>
    <message>
        <source>The two new passwords differ</source>
        <translation>两次输入的新密码不一致</translation>
    </message>
</context>
<context>
    <name>hpf::ui::PayeeForm</name>
    <message>
        <source>Payee bank:</source>
        <translation>收款银行：</translation>
    </message>
    <message>
        <source>Payee account number:</source>
        <translation>收款账号：</translation>
    </message>
    <message>
        <source>Payee name:</source>
        <translation>收款人：</translation>
    </message>
    <message>
        <source>Payee bank</source>
        <translation>收款银行</translation>
    </message>
</context>
<context>
    <name>hpf::ui::PersonChangePage</name>
    <message>
        <source>&amp;Change</source>
        <translation>变更(&amp;C)</translation>
    </message>
    <message>
        <source>Personal account number:</source>
        <translation>个人账号：</translation>
    </message>
    <message>
        <source>New name (after checking the documents):</source>
        <translation>新姓名（核对证件后填写）：</translation>
    </message>
    <message>
        <source>New mobile:</source>
        <translation>新手机号码：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>变更原因：</translation>
    </message>
    <message>
        <source>Change a person&apos;s name or mobile: fill in only what changes and the reason; Enter in the reason submits. A name change is authorised by a supervisor.</source>
        <translation>变更职工的姓名或手机号码：只填写要变更的项目和变更原因，在原因中按回车即提交。变更姓名须主管授权。</translation>
    </message>
    <message>
        <source>Nothing to change: type the new name or the new mobile</source>
        <translation>没有要变更的内容：请填写新姓名或新手机号码</translation>
    </message>
    <message>
        <source>Type the reason for the change</source>
        <translation>请填写变更原因</translation>
    </message>
    <message>
        <source>Person change</source>
        <translation>个人信息变更</translation>
    </message>
    <message>
        <source>Name change of account %1 to %2</source>
        <translation>账户 %1 姓名变更为 %2</translation>
    </message>
    <message>
        <source>Changed: serial %1</source>
        <translation>已变更：业务流水号 %1</translation>
    </message>
</context>
<context>
    <name>hpf::ui::PersonFields</name>
    <message>
        <source>yuan, e.g. 6,500.00</source>
        <translation>元，例如 6,500.00</translation>
    </message>
    <message>
        <source>YYYY-MM (empty: this month)</source>
        <translation>YYYY-MM（留空为本月）</translation>
    </message>
    <message>
        <source>Document type:</source>
        <translation>证件类型：</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Mobile number:</source>
        <translation>手机号码：</translation>
    </message>
    <message>
        <source>Mobile number (optional):</source>
        <translation>手机号码（选填）：</translation>
    </message>
    <message>
        <source>Wage base (yuan):</source>
        <translation>工资基数（元）：</translation>
    </message>
    <message>
        <source>First deposit month:</source>
        <translation>首次缴存年月：</translation>
    </message>
    <message>
        <source>Monthly deposit:</source>
        <translation>月缴存额：</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>出生日期 %1</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Enter the wage base to see the monthly deposit</source>
        <translation>输入工资基数后显示月缴存额</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>职工</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>缴存</translation>
    </message>
</context>
<context>
    <name>hpf::ui::PersonOpeningPage</name>
    <message>
        <source>Open account</source>
        <translation>开户</translation>
    </message>
    <message>
        <source>11 characters starting with 8</source>
        <translation>11 位，以 8 开头</translation>
    </message>
    <message>
        <source>Unit account number:</source>
        <translation>单位账号：</translation>
    </message>
    <message>
        <source>Open a personal account (缴存登记) under an open unit. The deposit ratios are the unit&apos;s; the amounts are computed by the policy in effect.</source>
        <translation>在已开户单位下为职工开立个人账户（缴存登记）。缴存比例取单位比例，金额按现行政策计算。</translation>
    </message>
    <message>
        <source>Enter the unit account: the ratios are the unit&apos;s</source>
        <translation>请输入单位账号：缴存比例取自单位</translation>
    </message>
    <message>
        <source>The deposit policy has not been loaded yet; the server computes the amounts</source>
        <translation>缴存政策尚未载入；金额由服务器计算</translation>
    </message>
    <message>
        <source>unit %1 (%2 %) + personal %3 (%4 %) = %5 a month, on a base of %6</source>
        <translation>单位 %1（%2 %）+ 个人 %3（%4 %）= 每月 %5，缴存基数 %6</translation>
    </message>
    <message>
        <source>The wage base is below the policy floor: it will be raised to %1</source>
        <translation>工资基数低于政策下限：将调整为 %1</translation>
    </message>
    <message>
        <source>The wage base is above the policy ceiling: it will be lowered to %1</source>
        <translation>工资基数高于政策上限：将调整为 %1</translation>
    </message>
    <message>
        <source>Loading the unit…</source>
        <translation>正在读取单位…</translation>
    </message>
    <message>
        <source>Sealed account unsealed under the new unit</source>
        <translation>封存账户已在新单位下启封</translation>
    </message>
    <message>
        <source>Account opened</source>
        <translation>开户成功</translation>
    </message>
    <message>
        <source>Personal account opening</source>
        <translation>个人开户</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>%1 · %2 · ratios unit %3 % / personal %4 %</source>
        <translation>%1 · %2 · 缴存比例：单位 %3 % / 个人 %4 %</translation>
    </message>
</context>
<context>
    <name>hpf::ui::PersonPage</name>
    <message>
        <source>Holds</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Account number:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <source>Unit account:</source>
        <translation>单位账号：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>余额：</translation>
    </message>
    <message>
        <source>Held:</source>
        <translation>冻结金额：</translation>
    </message>
    <message>
        <source>Available:</source>
        <translation>可用余额：</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Open an account from the lookup page (F2)</source>
        <translation>请从综合查询（F2）打开账户</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The account could not be added to the recent list</source>
        <translation>该账户未能加入最近打开列表</translation>
    </message>
    <message>
        <source>%1 of %2 entries shown · credits %3 · debits %4</source>
        <translation>已显示 %1 / %2 条 · 收入合计 %3 · 支出合计 %4</translation>
    </message>
    <message>
        <source>Restricted: judicial assistance measures apply to this account. Details are shown to judicial staff only.</source>
        <translation>受限：该账户存在司法协助措施，详情仅限司法协助人员查看。</translation>
    </message>
    <message>
        <source>&amp;Merge the accounts (5003)…</source>
        <translation>合并账户(&amp;M)（5003）…</translation>
    </message>
    <message numerus="yes">
        <source>One person, several accounts (一人多户): this person has %n other live account(s) at this center. Merge them into one.</source>
        <translation>
            <numerusform>一人多户：此人在本中心另有 %n 个正常账户，请合并为一个账户。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hpf::ui::ReceiptBar</name>
    <message>
        <source>Preview receipt</source>
        <translation>预览回单</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>打印回单</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>回单存为 PDF…</translation>
    </message>
    <message>
        <source>Receipt %1 (reprint no. %2)</source>
        <translation>回单 %1（补打第 %2 次）</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>回单 %1</translation>
    </message>
</context>
<context>
    <name>hpf::ui::ReceiptPage</name>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>YW + 16 digits, or scan the receipt&apos;s QR code</source>
        <translation>YW 加 16 位数字，或扫描回单二维码</translation>
    </message>
    <message>
        <source>Business serial number:</source>
        <translation>业务流水号：</translation>
    </message>
    <message>
        <source>Reprints:</source>
        <translation>补打次数：</translation>
    </message>
    <message>
        <source>A reprint is counted and audited, and says so on the paper. Type the serial or scan the QR code of the receipt.</source>
        <translation>补打会被计数和审计，并在回单上注明。请输入业务流水号或扫描回单二维码。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>Reprinted %n time(s)</source>
        <translation>
            <numerusform>已补打 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reprinted %n time(s), last on %1</source>
        <translation>
            <numerusform>已补打 %n 次，最近一次 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt reprint</source>
        <translation>回单补打</translation>
    </message>
    <message>
        <source>Reprint %1 of %2 recorded; print it or save it as PDF</source>
        <translation>已登记 %2 的第 %1 次补打；请打印或另存为 PDF</translation>
    </message>
    <message>
        <source>Business serial number</source>
        <translation>业务流水号</translation>
    </message>
</context>
<context>
    <name>hpf::ui::RemittancePage</name>
    <message>
        <source>&amp;Post the month (Ctrl+Enter)</source>
        <translation>确认汇缴(&amp;P)（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>个人账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>缴存基数</translation>
    </message>
    <message>
        <source>Unit ratio</source>
        <translation>单位比例</translation>
    </message>
    <message>
        <source>Personal ratio</source>
        <translation>个人比例</translation>
    </message>
    <message>
        <source>Unit share</source>
        <translation>单位月缴存额</translation>
    </message>
    <message>
        <source>Personal share</source>
        <translation>个人月缴存额</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>月缴存额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Unit account:</source>
        <translation>单位账号：</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>汇缴月份：</translation>
    </message>
    <message>
        <source>A unit&apos;s monthly remittance (汇缴): Enter in the month shows what posting it would credit to each employee; Ctrl+Enter posts exactly that. A month is posted once; months before the unit&apos;s first month or inside an approved deferral are refused.</source>
        <translation>单位按月汇缴：在月份中按回车预览每位职工的入账金额，按 Ctrl+Enter 按预览入账。每月只能汇缴一次；早于单位首次汇缴月份或在已批准缓缴期内的月份不能汇缴。</translation>
    </message>
    <message>
        <source>Computing the month…</source>
        <translation>正在计算本月汇缴…</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 · %n employee(s) · unit %3 + personal %4 = total %5</source>
        <translation>
            <numerusform>%1 %2 · %n 名职工 · 单位 %3 + 个人 %4 = 合计 %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the month and press Ctrl+Enter to post it</source>
        <translation>请核对后按 Ctrl+Enter 确认汇缴</translation>
    </message>
    <message numerus="yes">
        <source>Check the month (%n person(s) left out, see the note) and press Ctrl+Enter to post it</source>
        <translation>
            <numerusform>请核对该月（%n 人未列入，见说明），按 Ctrl+Enter 入账</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview the month first (Enter in the month)</source>
        <translation>请先预览（在月份中按回车）</translation>
    </message>
    <message>
        <source>Monthly remittance</source>
        <translation>汇缴</translation>
    </message>
    <message numerus="yes">
        <source>Posted: serial %1 · %n employee(s) · total %2</source>
        <translation>
            <numerusform>已入账：流水号 %1 · %n 名职工 · 合计 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The month is computed again; check it and post again.</source>
        <translation>已重新计算本月汇缴，请核对后再次确认。</translation>
    </message>
    <message>
        <source>Employees credited this month</source>
        <translation>本月入账职工</translation>
    </message>
</context>
<context>
    <name>hpf::ui::ScannerSettingsBox</name>
    <message>
        <source>Scanner settings</source>
        <translation>扫描设置</translation>
    </message>
    <message>
        <source>Black and white (text)</source>
        <translation>黑白（文字）</translation>
    </message>
    <message>
        <source>Greyscale</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <source>Flatbed</source>
        <translation>平板</translation>
    </message>
    <message>
        <source>Document feeder</source>
        <translation>文档进纸器</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>扫描仪</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Colour mode</source>
        <translation>色彩模式</translation>
    </message>
    <message>
        <source>Paper source</source>
        <translation>进纸方式</translation>
    </message>
    <message>
        <source>S&amp;canner:</source>
        <translation>扫描仪(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;olour mode:</source>
        <translation>色彩模式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Paper source:</source>
        <translation>进纸方式(&amp;P)：</translation>
    </message>
    <message>
        <source>No scanner: import files</source>
        <translation>无扫描仪：请导入文件</translation>
    </message>
</context>
<context>
    <name>hpf::ui::SealPage</name>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>封存</translation>
    </message>
    <message>
        <source>Unseal</source>
        <translation>启封</translation>
    </message>
    <message>
        <source>Personal account number:</source>
        <translation>个人账号：</translation>
    </message>
    <message>
        <source>Current state:</source>
        <translation>当前状态：</translation>
    </message>
    <message>
        <source>Business:</source>
        <translation>业务：</translation>
    </message>
    <message>
        <source>Sealing reason:</source>
        <translation>封存原因：</translation>
    </message>
    <message>
        <source>Memo (optional):</source>
        <translation>备注（可选）：</translation>
    </message>
    <message>
        <source>Seal an account when its holder leaves the employer; unseal it when deposits resume in the same unit. Press Enter in the account number to see its state.</source>
        <translation>职工离职时封存其个人账户；在原单位恢复缴存时启封。在个人账号中按回车可查看账户状态。</translation>
    </message>
    <message>
        <source>— choose a reason —</source>
        <translation>— 请选择原因 —</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The server cannot be reached; the state shown is from %1</source>
        <translation>无法连接服务器；显示的状态截至 %1</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>单位 %1</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer; the operation is sent again with the same id</source>
        <translation>正在等待服务器应答；该业务以同一编号重新发送</translation>
    </message>
    <message>
        <source>Account %1 sealed, serial %2</source>
        <translation>账户 %1 已封存，业务流水号 %2</translation>
    </message>
    <message>
        <source>Account %1 unsealed, serial %2</source>
        <translation>账户 %1 已启封，业务流水号 %2</translation>
    </message>
</context>
<context>
    <name>hpf::ui::SecondFactorDialog</name>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>I have saved the recovery codes</source>
        <translation>我已妥善保存恢复码</translation>
    </message>
    <message>
        <source>Set up two-step verification</source>
        <translation>设置两步验证</translation>
    </message>
    <message>
        <source>Your role signs in with two-step verification. Scan the QR code with an authenticator app on your phone (or type the key in), then enter the 6-digit code it shows.</source>
        <translation>您的岗位登录须使用两步验证。请用手机上的身份验证器应用扫描二维码（或手工输入密钥），然后输入应用显示的6位验证码。</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>验证码：</translation>
    </message>
    <message>
        <source>Enter the 6-digit code the app shows</source>
        <translation>请输入应用显示的6位验证码</translation>
    </message>
    <message>
        <source>Two-step verification is set up. Keep these recovery codes in a safe place: each signs you in once if the phone is lost. They are not shown again.</source>
        <translation>两步验证已设置完成。请将以下恢复码妥善保管：手机丢失时，每个恢复码可用于登录一次。恢复码不会再次显示。</translation>
    </message>
</context>
<context>
    <name>hpf::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>CA certificate (PEM file)</source>
        <translation>CA 证书（PEM 文件）</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>添加服务器</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>删除服务器</translation>
    </message>
    <message>
        <source>Server in use:</source>
        <translation>当前服务器：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <source>Servers (without any, the client runs its own training server):</source>
        <translation>服务器（未配置时，客户端运行本机培训服务器）：</translation>
    </message>
    <message>
        <source>Training server (local)</source>
        <translation>培训服务器（本机）</translation>
    </message>
    <message>
        <source>Server %1: give a name and an http:// or https:// address</source>
        <translation>服务器 %1：请填写名称和 http:// 或 https:// 地址</translation>
    </message>
    <message>
        <source>Server %1: the CA certificate file cannot be read as PEM</source>
        <translation>服务器 %1：CA 证书文件不是可读的 PEM 格式</translation>
    </message>
    <message>
        <source>White text on black, for low vision or a bright counter</source>
        <translation>黑底白字，适合视力不佳或柜台光线较强时使用</translation>
    </message>
    <message>
        <source>High contrast:</source>
        <translation>高对比度：</translation>
    </message>
</context>
<context>
    <name>hpf::ui::Shell</name>
    <message>
        <source>No secret service (keyring) is available on this computer. The client works, but remembers nothing: sign-ins, drafts and unsent operations are kept only while it runs.</source>
        <translation>本机没有可用的密钥环服务。客户端可以使用，但不会记住任何内容：登录状态、草稿和未发送的业务只在运行期间保留。</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>会话已结束</translation>
    </message>
    <message>
        <source>The session has ended; please sign in again.</source>
        <translation>会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>The local cache file was damaged. It has been set aside, not deleted, as %1. Unsent operations in it are not lost but cannot be sent from it: tell support. Reference data is being rebuilt.</source>
        <translation>本地缓存文件已损坏，已另存为 %1（未删除）。其中未发送的业务没有丢失，但无法从中发送，请联系技术支持。参数数据正在重建。</translation>
    </message>
    <message>
        <source>%1 (training)</source>
        <translation>%1（培训）</translation>
    </message>
    <message>
        <source>Starting the training server…</source>
        <translation>正在启动培训服务器…</translation>
    </message>
    <message>
        <source>Training server %1</source>
        <translation>培训服务器 %1</translation>
    </message>
    <message>
        <source>Restart training server</source>
        <translation>重新启动培训服务器</translation>
    </message>
    <message>
        <source>The training server could not be started.</source>
        <translation>培训服务器无法启动。</translation>
    </message>
    <message>
        <source>The training server stopped unexpectedly. Work in progress is kept as drafts.</source>
        <translation>培训服务器意外停止。正在办理的业务已保存为草稿。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>The new server is used from the next start; you will sign in there.</source>
        <translation>新服务器将在下次启动时使用，届时请在该服务器登录。</translation>
    </message>
    <message>
        <source>The local store is in use by another HPF Counter on this computer. Operations cannot be saved or sent in this window until the other one is closed.</source>
        <translation>本机数据库正被本机另一个柜面客户端使用。在关闭另一个客户端之前，本窗口不能保存或发送业务。</translation>
    </message>
    <message>
        <source>The local store cannot be opened. Operations cannot be saved or sent in this window: tell support.</source>
        <translation>本机数据库无法打开，本窗口不能保存或发送业务，请联系技术支持。</translation>
    </message>
</context>
<context>
    <name>hpf::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>功能</translation>
    </message>
</context>
<context>
    <name>hpf::ui::SignaturePad</name>
    <message>
        <source>Sign here</source>
        <translation>请在此签名</translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation>签名板</translation>
    </message>
    <message>
        <source>Sign with the mouse, a pen or a finger; Delete clears the pad</source>
        <translation>可用鼠标、手写笔或手指签名；按 Delete 键清除重签</translation>
    </message>
</context>
<context>
    <name>hpf::ui::SigningDevices</name>
    <message>
        <source>Someone else&apos;s card: %1</source>
        <translation>他人的证件：%1</translation>
    </message>
</context>
<context>
    <name>hpf::ui::SummaryPanel</name>
    <message>
        <source>The unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Type the unit account number and press Enter</source>
        <translation>请输入单位账号后回车</translation>
    </message>
    <message>
        <source>Type the personal account number and press Enter</source>
        <translation>请输入个人账号后回车</translation>
    </message>
    <message>
        <source>Unit account:</source>
        <translation>单位账号：</translation>
    </message>
    <message>
        <source>Unit name:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>网点：</translation>
    </message>
    <message>
        <source>Deposit ratios (unit / personal):</source>
        <translation>缴存比例（单位 / 个人）：</translation>
    </message>
    <message>
        <source>Personal account:</source>
        <translation>个人账号：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>余额：</translation>
    </message>
    <message>
        <source>Available:</source>
        <translation>可用余额：</translation>
    </message>
</context>
<context>
    <name>hpf::ui::SupervisionPage</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新（F5）</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Loan kind</source>
        <translation>贷款类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>开始等待时间</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Loan applications waiting for approval</source>
        <translation>待审批的贷款申请</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录操作员</translation>
    </message>
    <message>
        <source>Operations waiting</source>
        <translation>待发送笔数</translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>最近报告</translation>
    </message>
    <message>
        <source>Workstations&apos; outboxes</source>
        <translation>各工作站待发送业务</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Waiting for a supervisor</source>
        <translation>等待主管处理</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Today&apos;s operations of the branch by hour and by business, the loan applications waiting for a supervisor&apos;s decision, the grants given today and what each workstation still has to send. Refreshed every minute; F5 refreshes now.</source>
        <translation>本网点今日业务（按小时和业务类别统计）、等待主管审批的贷款申请、今日已给出的主管授权，以及各工作站尚未发送的业务。每分钟自动刷新，按 F5 立即刷新。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>every branch</source>
        <translation>全部网点</translation>
    </message>
    <message>
        <source>branch %1</source>
        <translation>网点 %1</translation>
    </message>
    <message>
        <source>%1, %2: %3 operations.</source>
        <translation>%1，%2：共 %3 笔业务。</translation>
    </message>
    <message>
        <source>%1 ×%2 (%3 used)</source>
        <translation>%1 ×%2（已使用 %3）</translation>
    </message>
    <message>
        <source>No supervisor grants.</source>
        <translation>无主管授权。</translation>
    </message>
    <message>
        <source>Grants: %1.</source>
        <translation>主管授权：%1。</translation>
    </message>
    <message>
        <source>Updated at %1.</source>
        <translation>更新于 %1。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>%1 ago — not heard from since</source>
        <translation>%1前 — 此后未再报告</translation>
    </message>
</context>
<context>
    <name>hpf::ui::TransferLookupField</name>
    <message>
        <source>Loading…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <source>Looked up</source>
        <translation>查询结果</translation>
    </message>
</context>
<context>
    <name>hpf::ui::TransferText</name>
    <message>
        <source>unknown code %1</source>
        <translation>未知代码 %1</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>单位 %1</translation>
    </message>
    <message>
        <source>balance %1</source>
        <translation>余额 %1</translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation>已销户：%1</translation>
    </message>
    <message>
        <source>now account %1</source>
        <translation>现账号 %1</translation>
    </message>
    <message>
        <source>Restricted (受限): money is held on this account</source>
        <translation>受限：账户资金被冻结</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 %5</source>
        <translation>%1 · %2 · %3 · %4%5</translation>
    </message>
    <message>
        <source>from</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>to</source>
        <translation>转往</translation>
    </message>
    <message>
        <source>Contact letter number</source>
        <translation>联系函编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source> (finished)</source>
        <translation>（已办结）</translation>
    </message>
    <message>
        <source> · cancellation requested</source>
        <translation> · 已申请撤销</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Transfer in (this center receives)</source>
        <translation>转入（本中心接收）</translation>
    </message>
    <message>
        <source>Transfer out (this center sends)</source>
        <translation>转出（本中心转出）</translation>
    </message>
    <message>
        <source>Sending center</source>
        <translation>转出中心</translation>
    </message>
    <message>
        <source>Receiving center</source>
        <translation>转入中心</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>职工</translation>
    </message>
    <message>
        <source>Account at the sending center</source>
        <translation>原中心个人账号</translation>
    </message>
    <message>
        <source>Account here</source>
        <translation>本中心账号</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Amount transferred</source>
        <translation>转移金额</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>缴存期间</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Six months continuous</source>
        <translation>连续缴存满 6 个月</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Fund loans used</source>
        <translation>已使用公积金贷款次数</translation>
    </message>
    <message>
        <source>Unsettled fund loan</source>
        <translation>有未结清的公积金贷款</translation>
    </message>
    <message>
        <source>Fraud flag</source>
        <translation>骗提骗贷标志</translation>
    </message>
    <message>
        <source>set by the sending center</source>
        <translation>转出中心已标记</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最近变动</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处理经过</translation>
    </message>
    <message>
        <source>%1: Restricted (受限) — money on this account is held and cannot be transferred while the hold lasts. %2</source>
        <translation>%1：受限 — 账户资金被冻结，冻结期间不能转移。%2</translation>
    </message>
</context>
<context>
    <name>hpf::ui::UnitChangePage</name>
    <message>
        <source>&amp;Change</source>
        <translation>变更(&amp;C)</translation>
    </message>
    <message>
        <source>Unit account:</source>
        <translation>单位账号：</translation>
    </message>
    <message>
        <source>New unit name:</source>
        <translation>新单位名称：</translation>
    </message>
    <message>
        <source>New contact name:</source>
        <translation>新联系人：</translation>
    </message>
    <message>
        <source>New contact mobile:</source>
        <translation>新联系人手机：</translation>
    </message>
    <message>
        <source>New office address:</source>
        <translation>新办公地址：</translation>
    </message>
    <message>
        <source>New registered address:</source>
        <translation>新注册地址：</translation>
    </message>
    <message>
        <source>New bank:</source>
        <translation>新开户银行：</translation>
    </message>
    <message>
        <source>New bank branch name:</source>
        <translation>新开户银行名称：</translation>
    </message>
    <message>
        <source>New bank account number:</source>
        <translation>新银行账号：</translation>
    </message>
    <message>
        <source>New remittance day (1–28):</source>
        <translation>新汇缴日（1–28）：</translation>
    </message>
    <message>
        <source>New legal representative:</source>
        <translation>新法定代表人：</translation>
    </message>
    <message>
        <source>Legal representative&apos;s document type:</source>
        <translation>法定代表人证件类型：</translation>
    </message>
    <message>
        <source>Legal representative&apos;s document number:</source>
        <translation>法定代表人证件号码：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>变更原因：</translation>
    </message>
    <message>
        <source>Change a unit&apos;s details: fill in only what changes (an empty input keeps today&apos;s value), give the reason, Enter in the reason submits. The credit code and the unit account never change.</source>
        <translation>变更单位信息：只填写要变更的项目（空着的项目保持不变），填写变更原因，在原因中按回车即提交。统一社会信用代码和单位账号不能变更。</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>（不变）</translation>
    </message>
    <message>
        <source>%1 %2 by %3: %4</source>
        <translation>%1 %2 %3：%4</translation>
    </message>
    <message>
        <source>No changes before</source>
        <translation>以前没有变更</translation>
    </message>
    <message>
        <source>Earlier changes:
</source>
        <translation>以前的变更：
</translation>
    </message>
    <message>
        <source>The remittance day is a day of the month, 1 to 28</source>
        <translation>汇缴日是每月的 1 至 28 日</translation>
    </message>
    <message>
        <source>Nothing to change: fill in what changes</source>
        <translation>没有要变更的内容：请填写要变更的项目</translation>
    </message>
    <message>
        <source>Type the reason for the change</source>
        <translation>请填写变更原因</translation>
    </message>
    <message>
        <source>Unit change</source>
        <translation>单位信息变更</translation>
    </message>
    <message>
        <source>Changed: serial %1</source>
        <translation>已变更：业务流水号 %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Name and contact</source>
        <translation>名称与联系人</translation>
    </message>
    <message>
        <source>Remittance bank</source>
        <translation>汇缴银行</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
</context>
<context>
    <name>hpf::ui::UnitOpeningPage</name>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Open unit account</source>
        <translation>单位开户</translation>
    </message>
    <message>
        <source>Unified social credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <source>Unit name:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <source>Economic type:</source>
        <translation>经济类型：</translation>
    </message>
    <message>
        <source>Legal representative:</source>
        <translation>法定代表人：</translation>
    </message>
    <message>
        <source>Representative&apos;s document type:</source>
        <translation>法定代表人证件类型：</translation>
    </message>
    <message>
        <source>Representative&apos;s document number:</source>
        <translation>法定代表人证件号码：</translation>
    </message>
    <message>
        <source>Registered address:</source>
        <translation>注册地址：</translation>
    </message>
    <message>
        <source>Office address (optional):</source>
        <translation>办公地址（选填）：</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Contact mobile number:</source>
        <translation>联系人手机号码：</translation>
    </message>
    <message>
        <source>Remittance bank:</source>
        <translation>汇缴银行：</translation>
    </message>
    <message>
        <source>Remittance bank account:</source>
        <translation>汇缴银行账号：</translation>
    </message>
    <message>
        <source>Unit deposit ratio (%):</source>
        <translation>单位缴存比例（%）：</translation>
    </message>
    <message>
        <source>Personal deposit ratio (%):</source>
        <translation>个人缴存比例（%）：</translation>
    </message>
    <message>
        <source>Remittance day (1-31):</source>
        <translation>汇缴日（1-31）：</translation>
    </message>
    <message>
        <source>First remittance month:</source>
        <translation>首次汇缴年月：</translation>
    </message>
    <message>
        <source>YYYY-MM (empty: this month)</source>
        <translation>YYYY-MM（留空为本月）</translation>
    </message>
    <message>
        <source>8 to 32 digits</source>
        <translation>8 至 32 位数字</translation>
    </message>
    <message>
        <source>Register a unit (单位开户). The center assigns the unit account number; the receipt is printed from the server&apos;s answer.</source>
        <translation>办理单位开户。单位账号由中心分配；业务回单按服务器返回的结果打印。</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>行政区划 %1</translation>
    </message>
    <message>
        <source>Policy from %1: unit ratio %2 % to %3 %, personal ratio %4 % to %5 %</source>
        <translation>政策自 %1 起：单位比例 %2 % 至 %3 %，个人比例 %4 % 至 %5 %</translation>
    </message>
    <message>
        <source>The deposit policy has not been loaded yet; the server checks the ratios</source>
        <translation>缴存政策尚未载入；比例由服务器校验</translation>
    </message>
    <message>
        <source>Unit account opened: %1</source>
        <translation>单位开户成功：%1</translation>
    </message>
    <message>
        <source>Unit account opening</source>
        <translation>单位开户</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Addresses and contact</source>
        <translation>地址与联系人</translation>
    </message>
    <message>
        <source>Remittance</source>
        <translation>汇缴</translation>
    </message>
</context>
<context>
    <name>hpf::ui::UnitPage</name>
    <message>
        <source>This server does not provide this list yet</source>
        <translation>该服务器尚未提供此列表</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deposit base</source>
        <translation>缴存基数</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>职工</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Search employees by account number</source>
        <translation>按个人账号查找职工</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit account:</source>
        <translation>单位账号：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>网点：</translation>
    </message>
    <message>
        <source>Deposit ratios (unit / personal):</source>
        <translation>缴存比例（单位 / 个人）：</translation>
    </message>
    <message>
        <source>Remittance history</source>
        <translation>汇缴记录</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation>
            <numerusform>共 %n 名职工</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>&amp;Unit account:</source>
        <translation>单位账号(&amp;U)：</translation>
    </message>
    <message>
        <source>Unit name:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <source>Unified social credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <source>&amp;Find an employee:</source>
        <translation>查找职工(&amp;F)：</translation>
    </message>
    <message>
        <source>Type the unit account number and press Enter, or find the unit on the lookup page (F2)</source>
        <translation>请输入单位账号后回车，或在综合查询（F2）中查找单位</translation>
    </message>
</context>
<context>
    <name>hpf::ui::WithdrawalPage</name>
    <message>
        <source>Query &amp;shared data (F6)</source>
        <translation>查询共享数据(&amp;S)（F6）</translation>
    </message>
    <message>
        <source>&amp;Check (F5)</source>
        <translation>检查(&amp;C)（F5）</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>提取(&amp;W)</translation>
    </message>
    <message>
        <source>Scan &amp;materials</source>
        <translation>扫描材料(&amp;M)</translation>
    </message>
    <message>
        <source>Personal account number:</source>
        <translation>个人账号：</translation>
    </message>
    <message>
        <source>Withdrawal type:</source>
        <translation>提取类型：</translation>
    </message>
    <message>
        <source>Amount (yuan):</source>
        <translation>提取金额（元）：</translation>
    </message>
    <message>
        <source>Memo (optional):</source>
        <translation>备注（可不填）：</translation>
    </message>
    <message>
        <source>Withdraw from an account for one of the reasons of the regulations. Type the account, choose the type and the evidence it needs, then check (F5; F6 first asks the sharing interfaces). Retirement, incapacity, settling abroad and death close the account: the amount is the balance with the interest to date. Enter in the memo checks again when the form changed, else withdraws.</source>
        <translation>按条例规定的情形办理提取。输入账号，选择提取类型并填写该类型需要的证明信息，然后检查（F5；F6 先查询共享数据）。离休退休、完全丧失劳动能力、出境定居和死亡提取会销户：金额为余额加截至今日的利息。在备注中按回车：表单有改动时重新检查，否则办理提取。</translation>
    </message>
    <message>
        <source>The policy lists no withdrawal types: the reference data has not been loaded</source>
        <translation>政策中没有提取类型：参考数据尚未载入</translation>
    </message>
    <message>
        <source>Choose the withdrawal type</source>
        <translation>请选择提取类型</translation>
    </message>
    <message>
        <source>Asking the sharing interfaces and checking…</source>
        <translation>正在查询共享数据并检查…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation>不符合提取条件：%1</translation>
    </message>
    <message>
        <source>Checked: eligible. Enter the amount and the payee, then withdraw.</source>
        <translation>检查通过：符合提取条件。请输入金额和收款账户，然后办理提取。</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer; the withdrawal is sent again with the same id</source>
        <translation>正在等待中心系统答复；提取以同一编号重新发送</translation>
    </message>
    <message>
        <source>Not eligible: correct the form and check again</source>
        <translation>不符合提取条件：请修改后重新检查</translation>
    </message>
    <message>
        <source>Close the account</source>
        <translation>销户</translation>
    </message>
    <message>
        <source>This withdrawal closes account %1: %2 (balance with the interest to date) is paid and the account accepts nothing afterwards. Continue?</source>
        <translation>此次提取将销户：账户 %1 支付 %2（余额加截至今日的利息），销户后不能再办理任何业务。是否继续？</translation>
    </message>
    <message>
        <source>Not withdrawn: the account stays open</source>
        <translation>未办理提取：账户保持正常</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>提取</translation>
    </message>
    <message>
        <source>Withdrawal of %1 from account %2 (%3): above %4, a supervisor authorises it</source>
        <translation>从账户 %2 提取 %1（%3）：超过 %4，须主管授权</translation>
    </message>
    <message>
        <source>Withdrawn: serial %1</source>
        <translation>已提取：业务流水号 %1</translation>
    </message>
    <message>
        <source>%1 · account %2 · principal %3 · interest %4 · paid %5 · balance now %6
To %7 %8 (%9)</source>
        <translation>%1 · 账户 %2 · 本金 %3 · 利息 %4 · 支付 %5 · 提取后余额 %6
收款：%7 %8（%9）</translation>
    </message>
    <message>
        <source>The account is closed (%1)</source>
        <translation>账户已销户（%1）</translation>
    </message>
    <message>
        <source>Satisfied by shared data: %1</source>
        <translation>已由共享数据满足：%1</translation>
    </message>
    <message>
        <source>Withdrawal type</source>
        <translation>提取类型</translation>
    </message>
    <message>
        <source>Account and type</source>
        <translation>账户与提取类型</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账户：</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支付信息</translation>
    </message>
</context>
<context>
    <name>hpf::ui::WithdrawalText</name>
    <message>
        <source>Account state</source>
        <translation>账户状态</translation>
    </message>
    <message>
        <source>Time since the event</source>
        <translation>事件时限</translation>
    </message>
    <message>
        <source>Interval since the last withdrawal</source>
        <translation>提取间隔</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>No own home</source>
        <translation>本人无自有住房</translation>
    </message>
    <message>
        <source>Limit by the evidence amount</source>
        <translation>证明金额限额</translation>
    </message>
    <message>
        <source>Monthly cap</source>
        <translation>月度上限</translation>
    </message>
    <message>
        <source>Balance to keep</source>
        <translation>账户留存余额</translation>
    </message>
    <message>
        <source>Available balance</source>
        <translation>可用余额</translation>
    </message>
    <message>
        <source>Heir</source>
        <translation>继承人</translation>
    </message>
    <message>
        <source>Open housing loan</source>
        <translation>未结清的住房贷款</translation>
    </message>
    <message>
        <source>Real estate registry</source>
        <translation>不动产登记</translation>
    </message>
    <message>
        <source>Bank loan record</source>
        <translation>银行贷款记录</translation>
    </message>
    <message>
        <source>Civil affairs (marriage)</source>
        <translation>民政婚姻登记</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>按季</translation>
    </message>
    <message>
        <source>✓ %1: satisfied by shared data (%2)</source>
        <translation>✓ %1：已由共享数据满足（%2）</translation>
    </message>
    <message>
        <source>○ %1: to be scanned, at least %2 pages%3</source>
        <translation>○ %1：需扫描，至少 %2 页%3</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation>（必需）</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation>（可选）</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>found</source>
        <translation>查到</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>未查到</translation>
    </message>
    <message>
        <source>No. %1 · %2 · %3 %4 from %5</source>
        <translation>委托 %1 · %2 · %3 %4 自 %5</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> 至 %1</translation>
    </message>
    <message>
        <source> · next %1</source>
        <translation> · 下期 %1</translation>
    </message>
    <message>
        <source>%1 paid %2 (serial %3)</source>
        <translation>%1 已支付 %2（流水号 %3）</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>%1 未支付：%2</translation>
    </message>
    <message>
        <source>%1 · %2 · balance %3 · available %4</source>
        <translation>%1 · %2 · 余额 %3 · 可用 %4</translation>
    </message>
    <message>
        <source>Restricted (受限): money is held on this account</source>
        <translation>受限：账户资金被冻结</translation>
    </message>
    <message>
        <source>Eligible: at most %1</source>
        <translation>符合提取条件：最多可提取 %1</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>不符合提取条件</translation>
    </message>
    <message>
        <source>Closes the account: interest to date %1 · closing amount %2</source>
        <translation>销户：截至今日利息 %1 · 销户金额 %2</translation>
    </message>
    <message>
        <source>A supervisor authorises amounts above %1</source>
        <translation>超过 %1 的金额须主管授权</translation>
    </message>
    <message>
        <source>Materials:</source>
        <translation>材料清单：</translation>
    </message>
    <message>
        <source>Shared data: %1</source>
        <translation>共享数据：%1</translation>
    </message>
    <message>
        <source>Restricted (受限): money on this account is held and cannot be withdrawn while the hold lasts; at most the available balance can be withdrawn. %1</source>
        <translation>受限：账户资金被冻结，冻结期间不能提取；最多只能提取可用余额。%1</translation>
    </message>
    <message>
        <source>the person is found to own a home</source>
        <translation>查到本人名下有住房</translation>
    </message>
    <message>
        <source>the last month is paid</source>
        <translation>已支付至截止月份</translation>
    </message>
    <message>
        <source>the account is closed</source>
        <translation>账户已销户</translation>
    </message>
    <message>
        <source>the account&apos;s state does not allow payments</source>
        <translation>账户状态不允许支付</translation>
    </message>
    <message>
        <source>not enough available balance</source>
        <translation>可用余额不足</translation>
    </message>
</context>
</TS>
