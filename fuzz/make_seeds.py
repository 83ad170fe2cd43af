#!/usr/bin/env python3
"""Writes the checked-in seed corpora under fuzz/seeds/ that need no build: the route requests of
fuzz_routes (text, see fuzz/serverharness.h), employee lists (CSV in UTF-8, UTF-8 with BOM and
GB18030; XLSX as spreadsheet programs write them), zips, policy files and trust-list variants.
The certificate seeds (codes, payloads, bodies, QR pictures, the published trust list) come from
the server itself: `hpf_fuzz_seedexport fuzz/seeds` (scripts/run-fuzzers.sh --export-seeds).
Run from anywhere: python3 fuzz/make_seeds.py"""
import io, json, os, pathlib, zipfile

ROOT = pathlib.Path(__file__).resolve().parent
SEEDS = ROOT / "seeds"
REPO = ROOT.parent


def write(target, name, data):
    d = SEEDS / target
    d.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    (d / name).write_bytes(data)


def j(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


# ---- fuzz_routes: "<operation>[ <caller>]\n<args, tab-separated>\n<query>\n<body>" -------------------
UNIT_OPENING = {
    "creditCode": "$newcredit", "name": "兰州示例物流有限公司", "economicType": "150",
    "legalRepresentative": {"name": "王法人", "documentType": "01", "documentNumber": "11010519491231002X"},
    "registeredAddress": "兰州市城关区示例路1号", "officeAddress": "兰州市城关区示例路2号",
    "contact": {"name": "李联系", "mobile": "13812345678"},
    "bank": {"code": "102", "name": "中国工商银行兰州分行", "account": "2703000109200123456"},
    "unitRatio": "12", "personalRatio": "12", "remittanceDay": 15, "firstMonth": "$month"}
PERSON = {"documentType": "01", "documentNumber": "$newid", "name": "赵新职", "wageBaseFen": 850000}
HOLD = {"accountNumber": "$account", "kind": "judicial", "amountFen": 5000, "court": "兰州市城关区人民法院",
        "caseNumber": "(2025)甘0102执123号", "endsOn": "2026-07-14"}

PAGE = {"name": "p0001.png", "role": "page", "material": "id_card", "sequence": 1, "mediaType": "image/png",
        "size": 3, "sm3": "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
        "sha256": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "digitisation": {"form": "scan", "dpi": 300, "colourMode": "grey", "compression": "PNG",
                         "scannerMake": "SANE", "scannerModel": "test", "operator": "teller1",
                         "capturedAt": "2025-07-01T08:00:00Z"}}
MANIFEST = {"format": "hpf-archive-manifest/1", "serial": "$receipt", "business": "openings.account",
            "operator": "teller1", "workstation": "WS-01", "createdAt": "2025-07-01T08:00:00Z",
            "files": [PAGE, dict(PAGE, name="p0002.png", sequence=2),
                      dict(PAGE, name="p0003.png", sequence=3, material="application")],
            "registration": {"fileCount": 3, "totalBytes": 9}}

WITHDRAWAL = {"accountNumber": "$account", "type": "purchase", "amountFen": 1000,
              "evidence": {"eventDate": "2025-07-01", "contractNumber": "FZ-2025-001", "priceFen": 90000000},
              "payee": {"bankCode": "105", "accountNumber": "６２１７ ００００ １２３４ ５６７８", "name": "张伟"},
              "memo": "购房提取"}

LOAN = {"kind": "fund", "amountFen": 10000000, "termMonths": 120, "method": "equal_installment", "homeOrder": 1,
        "bankCode": "105", "property": {"address": "兰州市城关区示例路3号", "priceFen": 100000000,
                                        "purchaseContract": "GF2025-0001"},
        "parties": [{"role": "borrower", "documentType": "01", "documentNumber": "$idnumber", "name": "张伟",
                     "monthlyIncomeFen": 2000000, "monthlyDebtFen": 0, "creditAuthorised": True},
                    {"role": "guarantor", "documentType": "01", "documentNumber": "１１０１０５１９４９１２３１００２ｘ",
                     "name": "王芳", "monthlyIncomeFen": 0}]}

ROUTES = {
    # public
    "health": ("health.get", "", "", ""),
    "version": ("version.get", "", "", ""),
    "code-tables": ("reference.codeTables", "", "", ""),
    "policy": ("reference.policy", "", "", ""),
    "branches": ("reference.branches", "", "", ""),
    "banks": ("reference.banks", "", "", ""),
    "login": ("auth.login", "", "", j({"username": "teller1", "password": "train-teller1"})),
    "login-wrong": ("auth.login", "", "", j({"username": "loan1", "password": "wrong"})),
    "refresh": ("auth.refresh", "", "", j({"refreshToken": "0123456789abcdef0123456789abcdef"})),
    "logout": ("auth.logout teller@0002", "", "", "{}"),
    "me": ("auth.me auditor", "", "", ""),
    "grant": ("grants.create teller", "", "", j({
        "supervisorUsername": "supervisor1", "supervisorPassword": "train-supervisor1",
        "idempotencyKey": "fz-grant-1", "summary": "柜面授权 holds.create",
        "request": {"method": "POST", "path": "/api/v1/holds", "body": HOLD}})),
    "audit-verify": ("audit.verify auditor", "", "", ""),
    # lookups
    "units-find": ("units.find", "", "creditCode=91350100M000100Y43", ""),
    "unit": ("units.get", "$unit", "", ""),
    "unit-other-branch": ("units.get teller@0002", "$unit", "", ""),
    "employees": ("units.employees", "$unit", "", ""),
    "remittances": ("remittances.list", "$unit", "", ""),
    "account": ("accounts.get", "$account", "", ""),
    "journal": ("accounts.journal", "$account", "offset=0&limit=20", ""),
    "persons-by-id": ("persons.find", "", "documentType=01&documentNumber=$idnumber", ""),
    "persons-by-name": ("persons.find", "", "name=%E5%BC%A0%E4%BC%9F", ""),
    "holds": ("holds.list judicial", "$account", "", ""),
    "receipt": ("receipts.get", "$receipt", "", ""),
    # state changes
    "unit-opening": ("openings.unit", "", "", j(UNIT_OPENING)),
    "account-opening": ("openings.account", "", "", j(dict(PERSON, unitAccount="$unit"))),
    "flexible-opening": ("openings.flexible", "", "", j(dict(PERSON, ratio="20", mobile="13912345678"))),
    "list-validate": ("employee_lists.validate", "$unit", "", j({"rows": [PERSON, dict(PERSON, name="钱二")]})),
    "list-create": ("employee_lists.submit", "$unit", "", j({"firstMonth": "$month", "skipInvalid": True,
                                                              "rows": [PERSON, dict(PERSON, documentNumber="110105194912310025")]})),
    "seal": ("accounts.seal", "$account2", "", j({"reason": "01", "memo": "离职"})),
    "unseal": ("accounts.unseal", "$account2", "", j({"memo": "返岗"})),
    "reprint": ("receipts.reprint", "$receipt", "", j({"reason": "卡纸"})),
    "remittance": ("remittances.post", "$unit", "", j({"month": "2025-08"})),
    # withdrawals (issue 17): the harness clock is 2025-07-15
    "withdrawal": ("withdrawals.create", "", "", j(WITHDRAWAL)),
    "withdrawal-closure": ("withdrawals.create", "", "", j(dict(WITHDRAWAL, type="retirement", amountFen=None))),
    "withdrawal-shared": ("withdrawals.create", "", "", j(dict(WITHDRAWAL, sharedAnswerIds=["1", "x", "99999999999"]))),
    "withdrawal-heir": ("withdrawals.create", "", "", j(dict(WITHDRAWAL, type="death", evidence={
        "eventDate": "2025-07-02", "heir": {"name": "张继承", "documentType": "01",
                                           "documentNumber": "１１０１０５１９４９１２３１００２ｘ", "relation": "子女"}}))),
    "withdrawal-check": ("withdrawals.check", "", "", j({"accountNumber": "$account", "type": "rent",
                                                         "evidence": {"monthlyRentFen": 180000}, "queryShared": True})),
    "withdrawal-check-closure": ("withdrawals.check", "", "", j({"accountNumber": "$account", "type": "retirement"})),
    "withdrawal-get": ("withdrawals.get", "$receipt", "", ""),
    "instruction": ("withdrawals.instruct", "", "", j({"accountNumber": "$account", "frequency": "quarterly",
                                                         "amountFen": 300000, "startMonth": "$month", "endMonth": "2026-06",
                                                         "evidence": {"monthlyRentFen": 120000},
                                                         "payee": WITHDRAWAL["payee"]})),
    "instruction-search": ("withdrawals.instructions", "", "", j({"accountNumber": "$account"})),
    "instruction-get": ("withdrawals.instructionGet", "1", "", ""),
    "instruction-end": ("withdrawals.instructionEnd", "1", "", j({"reason": "租约到期"})),
    # the loan account (issue 18, part B): no signed application in the harness, so the refusals
    "loan-disburse": ("loans.disburse", "YW2025071500000001", "", j({"fromFundBalance": True})),
    "loan-disburse-empty": ("loans.disburse", "$receipt", "", "{}"),
    "loan-account": ("loans.account", "DK2025071500000001", "", ""),
    # issue 18: the list of loans
    "loan-accounts": ("loans.accounts", "", "status=repaying&page=2", ""),
    "loan-repay": ("loans.repay", "DK2025071500000001", "", j({"amountFen": 200170})),
    "loan-prepay": ("loans.prepay", "DK2025071500000001", "", j({"kind": "partial", "amountFen": 10000000, "keep": "term"})),
    "loan-prepay-full": ("loans.prepay", "DK2025071500000001", "", j({"kind": "full"})),
    # issue 18: overdue loans — the list (a page, a full-width page) and a reminder recorded
    "loan-overdue": ("loans.overdue", "", "", ""),
    "loan-overdue-page": ("loans.overdue", "", "page=%EF%BC%92", ""),
    "loan-reminder-done": ("loans.reminderDone", "1", "", j({"channel": "phone", "note": "已电话提醒"})),
    "loan-reminder-done-bad": ("loans.reminderDone", "x", "", j({"channel": "fax"})),
    # issue 19: the supervisor's day view (a date, a full-width date) and a workstation's report
    "supervision-day": ("supervision.day", "", "date=2025-07-15", ""),
    "supervision-day-wide": ("supervision.day", "", "date=%EF%BC%92025-07-15", ""),
    "supervision-report": ("supervision.report", "", "", j({"outboxDepth": 3, "oldestAgeSeconds": 120})),
    "withdrawal-retired": ("withdrawals.retired", "$account", "", j({"amountFen": 1000, "reason": "01"})),
    # loan applications (issue 18): check, acceptance, reads, the lifecycle
    "loan-check": ("loans.check", "", "", j(LOAN)),
    "loan-check-combination": ("loans.check", "", "", j(dict(LOAN, kind="combination", commercial={
        "amountFen": 20000000, "bankCode": "102", "termMonths": 240, "rate": "3.45"}))),
    "loan-check-conversion": ("loans.check", "", "", j(dict(LOAN, kind="conversion", conversion={
        "bankCode": "103", "contractNumber": "SD-2019-88", "outstandingFen": 30000000}))),
    "loan-check-third": ("loans.check", "", "", j(dict(LOAN, homeOrder=3, termMonths=601))),
    "loan-apply": ("loans.apply", "", "", j(LOAN)),
    "loan-apply-principal": ("loans.apply", "", "", j(dict(LOAN, method="equal_principal", termMonths=360))),
    "loan-get": ("loans.get", "$receipt", "", ""),
    "loan-list": ("loans.list supervisor", "", "status=accepted&page=1", ""),
    "loan-review": ("loans.review", "$receipt", "", "{}"),
    "loan-approve": ("loans.approve supervisor", "$receipt", "", "{}"),
    "loan-refuse": ("loans.refuse supervisor", "$receipt", "", j({"reason": "材料不全"})),
    # issue 18: a party's credit report (no bureau in the harness: refusals), the check asking
    # the sharing interfaces
    "loan-credit-report": ("loans.creditReport", "$receipt", "", j({"position": 0})),
    "loan-credit-report-range": ("loans.creditReport", "$receipt", "", j({"position": 99})),
    "loan-check-shared": ("loans.check", "", "", j(dict(LOAN, queryShared=True))),
    # 面签 (issue 18 C): the contract's data, the session, its steps, signing and verifying contracts
    "signing-contract": ("loans.contract", "$receipt", "", ""),
    "signing-start": ("loans.sign", "$receipt", "", "{}"),
    "signing-identity": ("loans.signStep", "$receipt", "", j({"position": 0, "kind": "identity", "card": {
        "documentNumber": "$idnumber", "name": "张 伟"}})),
    "signing-photo": ("loans.signStep", "$receipt", "", j({"position": 1, "kind": "photo",
                                                          "photo": "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA=="})),
    "signing-signature": ("loans.signStep", "$receipt", "", j({"position": 0, "kind": "signature", "document": "loan",
        "strokes": '{"v":1,"width":600,"height":200,"strokes":[{"source":"tablet","points":[[1.5,2,0,0.25],[30,40,16,1]]}]}'})),
    "signing-sign-contract": ("loans.signContract", "$receipt", "", j({"document": "mortgage",
        "pdf": "JVBERi0xLjQKc3RhcnR4cmVmCjkKJSVFT0YK"})),
    "signing-verify": ("loans.verifyContract auditor", "", "", j({"pdf": "JVBERi0xLjQKc3RhcnR4cmVmCjkKJSVFT0YK"})),
    # issue 18: giving up a 面签 session
    "signing-abandon": ("loans.signAbandon", "$receipt", "", j({"reason": "借款人改日再来"})),
    "hold": ("holds.create judicial", "", "", j(HOLD)),
    "hold-release": ("holds.release judicial", "$hold", "", "{}"),
    # certificates
    "cert-types": ("certificates.types", "", "", ""),
    "trust-list": ("certificates.trustList", "", "", ""),
    "cert-verify": ("certificates.verify", "", "", j({"code": "$code"})),
    "cert-verify-garbage": ("certificates.verify", "", "", j({"code": "HPF1:garbage"})),
    "cert-issue": ("certificates.issue", "", "", j({"type": "deposit_proof", "accountNumber": "$account"})),
    "cert-issue-remote": ("certificates.issue", "", "", j({"type": "remote_loan_deposit_use",
                                                             "accountNumber": "$account",
                                                             "inputs": {"loanCity": "福州市"}})),
    "cert-batch": ("certificates.batch", "", "", j({"type": "deposit_proof", "unitAccount": "$unit",
                                                    "accountNumbers": ["$account", "999999999999"]})),
    "cert-get": ("certificates.get", "$certificate", "", ""),
    "cert-list": ("certificates.list", "", "accountNumber=$account", ""),
    "cert-status": ("certificates.status", "$certificate", "check=$check", ""),
    "cert-reissue": ("certificates.reissue", "$certificate", "", j({"reason": "信息更新"})),
    "cert-revoke": ("certificates.revoke teller", "$certificate", "", j({"reason": "当事人申请作废"})),
    "web-verify": ("web.verify", "", "code=$code", ""),
    # electronic archives (issue 14); $receipt is a business record's serial
    "archive-materials": ("archive.materials", "", "", ""),
    "archive-record": ("archive.record", "$receipt", "", ""),
    "archive-upload": ("archive.upload", "", "", j({"manifest": MANIFEST})),
    "archive-upload-no-files": ("archive.upload", "", "", j({"manifest": dict(MANIFEST, files=[])})),
    "archive-upload-status": ("archive.upload_status", "00000000-0000-0000-0000-000000000000", "", ""),
    "archive-chunk": ("archive.chunk", "00000000-0000-0000-0000-000000000000\tp0001.png\t0", "",
                      j({"sm3": "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
                         "data": "YWJj"})),
    "archive-commit": ("archive.commit", "00000000-0000-0000-0000-000000000000", "", "{}"),
    "archive-search": ("archive.search supervisor", "", "", j({"name": "张伟", "from": "2025-01-01",
                                                                "to": "2025-12-31", "limit": 5})),
    "archive-search-empty": ("archive.search supervisor", "", "", "{}"),
    "archive-get": ("archive.get supervisor", "1", "", ""),
    "archive-file": ("archive.file supervisor", "1\tp0001.png", "offset=0", ""),
    "archive-export": ("archive.export supervisor", "1", "", j({"purpose": "审计抽查"})),
    "archive-check": ("archive.check auditor", "1", "", "{}"),
    "archive-checks": ("archive.checks auditor", "1", "", ""),
    "archive-summary": ("archive.checks_summary auditor", "", "from=2025-01-01&to=2025-12-31", ""),
    # in-city transfers and merges (issue 16); $account2 is the demo's migrated 一人多户 account
    "in-city": ("transfers.inCity", "", "", j({"accountNumber": "$account", "toUnitAccount": "$unit2",
                                                "memo": "调动"})),
    "in-city-batch": ("transfers.inCityBatch", "", "", j({
        "fromUnitAccount": "$unit", "toUnitAccount": "$unit2",
        "rows": [{"documentType": "01", "documentNumber": "$idnumber", "name": "张伟"},
                 {"documentType": "01", "documentNumber": "１１０１０５１９４９１２３１００２ｘ", "name": "王芳"}]})),
    "merge": ("transfers.merge", "", "", j({"keepAccount": "$account", "mergeAccount": "$account2"})),
    "merge-candidates": ("transfers.mergeCandidates", "", "", j({"accountNumber": "$account2"})),
    "transfer-get": ("transfers.get", "$receipt", "", ""),
    # contributions (issue 17): preview, back payment, deferral (a grant is required: refused
    # without one), base adjustment
    "remittance-preview": ("remittances.preview", "$unit", "month=$month", ""),
    "remittance-preview-bad": ("remittances.preview", "$unit", "month=%EF%BC%92025-13", ""),
    "remittance-confirmed": ("remittances.post", "$unit", "", j({"month": "$month", "expectedTotalFen": 0,
                                                                  "expectedEmployees": 0})),
    "back-pay": ("remittances.backPay", "$unit", "", j({
        "month": "2025-05", "reason": "01", "memo": "漏缴",
        "rows": [{"accountNumber": "$account"}, {"accountNumber": "$account2", "baseFen": 800000},
                 {"accountNumber": "１２３", "amountFen": -1}, 7]})),
    "back-pay-diff": ("remittances.backPay", "$unit", "", j({
        "month": "2025-05", "reason": "02", "rows": [{"accountNumber": "$account", "amountFen": 3001}]})),
    "back-payments": ("remittances.backPayments", "$unit", "", ""),
    "deferral": ("remittances.defer", "$unit", "", j({"fromMonth": "$month", "toMonth": "2026-06",
                                                        "reason": "生产经营困难"})),
    "deferrals": ("remittances.deferrals", "$unit", "", ""),
    "adjustment-validate": ("adjustments.validate", "$unit", "", j({
        "year": 2025, "unitRatio": "12", "personalRatio": "7.5",
        "rows": [{"documentType": "01", "documentNumber": "$idnumber", "name": "张伟", "baseFen": 100},
                 {"documentType": "01", "documentNumber": "１１０１０５１９４９１２３１００２ｘ", "name": "王芳",
                  "baseFen": 99999999}, {"documentType": "99"}]})),
    "adjustment-submit": ("adjustments.submit", "$unit", "", j({
        "year": 2025, "rows": [{"documentType": "01", "documentNumber": "$idnumber", "name": "张伟",
                                "baseFen": 900000}]})),
    "adjustments": ("adjustments.list", "$unit", "", ""),
    # cross-city transfers (issue 16); a letter number is no personal data
    "transfer-centers": ("transfers.centers", "", "", ""),
    "transfer-transit": ("transfers.transit", "", "", ""),
    "cross-apply": ("transfers.crossApply", "", "", j({"sendingCenter": "110100", "accountNumber": "$account",
                                                       "oldAccount": "110100000012", "oldUnitName": "北京示例科技有限公司",
                                                       "phone": "13812345678"})),
    "cross-list": ("transfers.crossList", "", "role=in&status=01,02&limit=10", ""),
    "cross-get": ("transfers.crossGet", "6201002507010001", "", ""),
    "cross-get-bad-letter": ("transfers.crossGet", "620100250701000X", "", ""),
    "cross-cancel": ("transfers.crossCancel", "6201002507010001", "", "{}"),
    "cross-progress": ("transfers.crossProgress", "6201002507010001", "", "{}"),
    "cross-accept": ("transfers.crossAccept", "1101002507010001", "", "{}"),
    "cross-refuse": ("transfers.crossRefuse", "1101002507010001", "", j({"reason": "账户信息不符"})),
    "cross-resend": ("transfers.crossResend", "1101002507010001", "", "{}"),
    "cross-fail": ("transfers.crossFail", "1101002507010001", "", j({"reason": "协商未果"})),
    # the cross-city transfer channel (issue 16): signed by a peer center (none is configured in
    # the harness, so these are refused after the envelope is read)
    "transfer-message": ("transfers.messages", "", "", j({
        "msgType": "BDC909", "messageId": "0f8fad5b-d9cb-469f-a165-70867728950e", "sender": "110100",
        "receiver": "620100", "sentAt": "2025-07-01T08:00:00.000Z", "body": {}, "signature": "AAAA"})),
    "transfer-message-apply": ("transfers.messages", "", "", j({
        "msgType": "BDC901", "messageId": "0f8fad5b-d9cb-469f-a165-70867728950f", "sender": "110100",
        "receiver": "620100", "sentAt": "2025-07-01T08:00:00.000Z", "letterNumber": "1101002507010001",
        "body": {"ConNum": "1101002507010001", "TxFunc": "0", "TranOutUnitNo": "620100", "EmpName": "张三",
                 "DocType": "01", "IdNum": "110105194912310025", "GenDate": "20250701"},
        "kid": "0123456789abcdef", "signature": "AAAA"})),
    # interest (issue 17): the runs and the statement; changes of unit and person details
    "interest-runs": ("interest.runs supervisor", "", "", ""),
    "interest-run": ("interest.run supervisor", "", "", j({"year": 2025})),
    "interest-run-bad-year": ("interest.run supervisor", "", "", j({"year": 1999})),
    "interest-statement": ("interest.statement", "$unit\t2025", "", ""),
    "interest-statement-bad-year": ("interest.statement", "$unit\t２０２５", "", ""),
    "unit-change": ("units.change", "$unit", "", j({
        "name": "兰州示例物流（集团）有限公司", "contact": {"name": "钱联系", "mobile": "１３９１２３４５６７８"},
        "bank": {"code": "105", "name": "中国建设银行兰州分行", "account": "6217 0000 1111 2222"},
        "remittanceDay": 5, "legalRepresentative": {"name": "赵代表", "documentType": "01",
                                                    "documentNumber": "11010519491231002X"},
        "reason": "单位更名"})),
    "unit-changes": ("units.changes", "$unit", "", ""),
    "person-change": ("persons.change", "", "", j({"accountNumber": "$account", "mobile": "13700001111",
                                                    "reason": "换号"})),
    "person-change-name": ("persons.change", "", "", j({"accountNumber": "$account", "name": "张新名",
                                                         "reason": "更名"})),
    # refusals that must stay 4xx
    "bad-json": ("openings.account", "", "", '{"unitAccount": "$unit", "wageBaseFen": 1.0,'),
    "unknown-field": ("withdrawals.create", "", "", j(dict(WITHDRAWAL, x=1))),
    "big-number": ("withdrawals.create", "", "", '{"accountNumber": "$account", "type": "purchase", "amountFen": 1e400}'),
    "wrong-role": ("holds.create teller", "", "", j(HOLD)),
    "cert-status-wrong-check": ("certificates.status", "$certificate", "check=0000", ""),
    "list-create-invalid-row": ("employee_lists.submit", "$unit", "", j({"rows": [PERSON, {"documentType": "01"}]})),
    "duplicate-keys": ("remittances.post", "$unit", "", '{"month":"2025-01","month":"$month"}'),
}
for name, (head, args, query, body) in ROUTES.items():
    write("fuzz_routes", name, f"{head}\n{args}\n{query}\n{body}")

# ---- employee lists: CSV and XLSX ----------------------------------------------------------------------
HEADER = ["序号", "姓名", "证件类型", "证件号码", "手机号码", "缴存基数（元）", "备注"]
ROWS = [["1", "张三", "01", "110105194912310025", "13812345678", "8888.88", ""],
        ["2", "李四", "身份证", "440305199003071234", "", "12,000.00", "新入职"],
        ["3", "王五", "03", "E12345678", "", "3000", ""],
        ["4", "赵六", "01", "350102198001011234", "13912345678", "999999", "超上限"]]


def csv(rows, sep=",", quote_all=False):
    out = []
    for r in rows:
        cells = []
        for c in r:
            if quote_all or sep in c or '"' in c or "\n" in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(sep.join(cells))
    return "\r\n".join(out) + "\r\n"


text = csv([HEADER] + ROWS)
write("fuzz_employeelist", "utf8.csv", text)
write("fuzz_employeelist", "utf8-bom.csv", "\ufeff" + text)
write("fuzz_employeelist", "gb18030.csv", text.encode("gb18030"))
write("fuzz_employeelist", "quoted.csv", csv([HEADER] + ROWS + [["5", "孙\"七\"", "01", "110105194912310025",
                                                                  "", "1,234.5", "多行\n备注"]], quote_all=True))
write("fuzz_employeelist", "english.csv", csv([["Name", "Document type", "ID number", "Mobile", "Wage base"],
                                               ["Zhang San", "1", "11010519491231002x", "", "5000.00"]]))
write("fuzz_employeelist", "missing-column.csv", csv([["姓名", "证件号码"], ["张三", "110105194912310025"]]))


def xlsx(rows, deflate=True, inline=False):
    shared, sheet = [], ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, 1):
        sheet.append(f'<row r="{r}">')
        for c, v in enumerate(row):
            if not v:
                continue
            ref = f"{chr(65 + c)}{r}"
            esc = v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            if v.replace(".", "", 1).isdigit() and r > 1 and c == 5:
                sheet.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif inline:
                sheet.append(f'<c r="{ref}" t="inlineStr"><is><t>{esc}</t></is></c>')
            else:
                sheet.append(f'<c r="{ref}" t="s"><v>{len(shared)}</v></c>')
                shared.append(esc)
        sheet.append("</row>")
    sheet.append("</sheetData></worksheet>")
    sst = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           + "".join(f'<si><r><t>{s}</t></r><rPh sb="0" eb="1"><t>PINYIN</t></rPh></si>' for s in shared) + "</sst>")
    workbook = ('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                '<sheet name="清册" sheetId="1" r:id="rId7"/><sheet name="说明" sheetId="2" r:id="rId8"/>'
                '</sheets></workbook>')
    rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId8" Type="worksheet" Target="worksheets/sheet2.xml"/>'
            '<Relationship Id="rId7" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    other = '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>'
    buf = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in [("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", workbook),
                           ("xl/_rels/workbook.xml.rels", rels), ("xl/sharedStrings.xml", sst),
                           ("xl/worksheets/sheet2.xml", other), ("xl/worksheets/sheet1.xml", "".join(sheet))]:
            info = zipfile.ZipInfo(name, date_time=(2025, 7, 15, 10, 0, 0))
            info.compress_type = method
            z.writestr(info, data)
    return buf.getvalue()


write("fuzz_employeelist", "deflated.xlsx", xlsx([HEADER] + ROWS))
write("fuzz_employeelist", "stored.xlsx", xlsx([HEADER] + ROWS, deflate=False))
write("fuzz_employeelist", "inline.xlsx", xlsx([HEADER] + ROWS[:2], inline=True))
write("fuzz_zip", "deflated.xlsx", xlsx([HEADER] + ROWS[:2]))
write("fuzz_zip", "stored.xlsx", xlsx([HEADER] + ROWS[:1], deflate=False))
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("xl/workbook.xml", date_time=(2025, 7, 15, 10, 0, 0)), "<workbook/>" * 40)
write("fuzz_zip", "one-part.zip", buf.getvalue())
# Hostile zips the reader must refuse without unpacking them: a bomb past the fuzzer's 1 MB cap,
# one part stored twice, and a zip64 archive (QuaZip reads zip64; the cap still applies).
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    info = zipfile.ZipInfo("xl/workbook.xml", date_time=(2025, 7, 15, 10, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(info, b"\0" * (2 << 20))
write("fuzz_zip", "bomb.zip", buf.getvalue())
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    import warnings
    warnings.simplefilter("ignore")
    for body in ("<workbook/>", "<evil/>"):
        z.writestr(zipfile.ZipInfo("xl/workbook.xml", date_time=(2025, 7, 15, 10, 0, 0)), body)
write("fuzz_zip", "twice.zip", buf.getvalue())
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as z:
    with z.open(zipfile.ZipInfo("xl/workbook.xml", date_time=(2025, 7, 15, 10, 0, 0)), "w", force_zip64=True) as f:
        f.write(b"<workbook/>" * 40)
write("fuzz_zip", "zip64.zip", buf.getvalue())

# ---- fuzz_policy: the shipped policy and variants ------------------------------------------------------
policy_text = (REPO / "resources/policy/default-policy.json").read_text(encoding="utf-8")
write("fuzz_policy", "default-policy.json", policy_text)
policy = json.loads(policy_text)
p = json.loads(policy_text)
p["deposit"][0]["base"]["outOfRange"] = "refuse"
p["deposit"][0]["rounding"]["unit"] = {"precision": "yuan", "mode": "down"}
write("fuzz_policy", "refuse-yuan.json", j(p))
p = json.loads(policy_text)
p["deposit"] = p["deposit"][:1]
p["flexibleEmployment"] = p["flexibleEmployment"][:1]
p["loanRates"]["rows"] = p["loanRates"]["rows"][:1]
p["depositInterest"]["rates"] = p["depositInterest"]["rates"][:1]
write("fuzz_policy", "one-row-each.json", j(p))
write("fuzz_policy", "minimal.json", j({"schemaVersion": 1, "center": policy["center"]}))
# ---- issue 18: signatures and the contract signature block --------------------------------------
STROKES = {"v": 1, "width": 600, "height": 200, "strokes": [
    {"source": "tablet", "points": [[10.25, 20.5, 0, 0.125], [30, 40.75, 16, 0.5], [50.01, 60, 33, 1]]},
    {"source": "mouse", "points": [[100, 100, 400, 1]]},
    {"source": "touch", "points": [[599.99, 0, 800, 1], [600, 200, 816, 1]]}]}
write("fuzz_signaturestrokes", "three-pens.json", j(STROKES))
write("fuzz_signaturestrokes", "empty-pad.json", j({"v": 1, "width": 600, "height": 200, "strokes": []}))
# A minimal PDF (one empty page, a correct xref) as QPdfWriter-like producers write it, unsigned and
# with a block (its signature is not the fuzzer's key: the parse and the key lookup are exercised).
objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"]
pdf = b"%PDF-1.4\n"
offsets = []
for i, o in enumerate(objs, 1):
    offsets.append(len(pdf))
    pdf += f"{i} 0 obj\n{o}\nendobj\n".encode()
xref = len(pdf)
pdf += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
pdf += b"".join(f"{off:010d} 00000 n \n".encode() for off in offsets)
pdf += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
write("fuzz_pdfsignature", "unsigned.pdf", pdf)
import base64
block = {"v": 1, "kid": "0011223344556677", "pdfSm3": "0" * 64, "signaturesSm3": "a" * 64,
         "contract": "HPF-2026-000123", "signedAt": "2026-12-05T10:30:15Z", "signature": "MEUCIQ=="}
write("fuzz_pdfsignature", "signed.pdf", pdf + b"%HPF-SIGNATURE " + base64.b64encode(j(block).encode())
      + f"\nstartxref\n{xref}\n%%EOF\n".encode())
print("seeds written under", SEEDS)
