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
</context>
<context>
    <name>hpf::ui::FreezePage</name>
    <message>
        <source>Register freeze…</source>
        <translation>登记冻结…</translation>
    </message>
    <message>
        <source>Personal account number:</source>
        <translation>个人账号：</translation>
    </message>
    <message>
        <source>Amount to freeze (yuan):</source>
        <translation>冻结金额（元）：</translation>
    </message>
    <message>
        <source>Court:</source>
        <translation>法院：</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>案号：</translation>
    </message>
    <message>
        <source>Freeze ends on (optional):</source>
        <translation>冻结截止日期（可选）：</translation>
    </message>
    <message>
        <source>Register a court freeze from the ruling and the notice of assistance in execution. A supervisor must authorise it at this screen.</source>
        <translation>依据法院裁定书和协助执行通知书登记司法冻结。须由主管在本机当面授权。</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>草稿未能保存：%1</translation>
    </message>
    <message>
        <source>An unfinished form was restored from its draft</source>
        <translation>已从草稿恢复未完成的表单</translation>
    </message>
    <message>
        <source>Enter the personal account number (digits)</source>
        <translation>请输入个人账号（数字）</translation>
    </message>
    <message>
        <source>Enter the case number of the ruling</source>
        <translation>请输入裁定书案号</translation>
    </message>
    <message>
        <source>Write the end date as YYYY-MM-DD</source>
        <translation>截止日期格式为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Judicial freeze of %1 on account %2, case %3</source>
        <translation>司法冻结 %1 元，账号 %2，案号 %3</translation>
    </message>
    <message>
        <source>Judicial freeze</source>
        <translation>司法冻结</translation>
    </message>
    <message>
        <source>The operation could not be saved, so it was not sent: %1</source>
        <translation>业务未能保存，因此没有发送：%1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Freeze registered: serial %1, available balance now %2</source>
        <translation>冻结已登记：流水号 %1，当前可用余额 %2</translation>
    </message>
    <message>
        <source>Not confirmed yet; it will be resent with the same id: %1</source>
        <translation>尚未确认，将以同一业务编号重新发送：%1</translation>
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
        <source>Search by:</source>
        <translation>查询方式：</translation>
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
        <source>Judicial freeze</source>
        <translation>司法冻结</translation>
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
        <source>The local cache is in use by another HPF Counter on this computer; nothing is kept locally in this window.</source>
        <translation>本地缓存正被本机另一个柜面客户端使用；此窗口不在本地保存任何内容。</translation>
    </message>
    <message>
        <source>The local cache cannot be opened; nothing is kept locally in this window.</source>
        <translation>无法打开本地缓存；此窗口不在本地保存任何内容。</translation>
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
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Credit code:</source>
        <translation>统一社会信用代码：</translation>
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
        <source>Find a unit from the lookup page (F2) by its unit account number</source>
        <translation>请在综合查询（F2）中按单位账号查找单位</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
</TS>
