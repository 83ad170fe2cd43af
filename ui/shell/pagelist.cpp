#include "archive/capturepage.h"
#include "archive/checkpage.h"
#include "archive/searchpage.h"
#include "archive/viewerpage.h"
#include "audit/auditpage.h"
#include "certificates/certificatebatchpage.h"
#include "certificates/certificateissuepage.h"
#include "certificates/certificateverifypage.h"
#include "changes/personchangepage.h"
#include "changes/unitchangepage.h"
#include "contribution/adjustmentpage.h"
#include "contribution/backpaymentpage.h"
#include "contribution/deferralpage.h"
#include "contribution/interestpage.h"
#include "contribution/remittancepage.h"
#include "judicial/deskpage.h"
#include "judicial/expiringpage.h"
#include "judicial/inboxpage.h"
#include "loan/accountpage.h"
#include "loan/applicationpage.h"
#include "loan/approvalpage.h"
#include "loan/overduepage.h" //
#include "loan/signingpage.h" //
#include "loan/verifypage.h"  //
#include "lookup/lookuppage.h"
#include "lookup/personpage.h"
#include "lookup/unitpage.h"
#include "opening/employeelistpage.h"
#include "opening/flexibleopeningpage.h"
#include "opening/personopeningpage.h"
#include "opening/receiptpage.h"
#include "opening/sealpage.h"
#include "opening/unitopeningpage.h"
#include "shell/pageregistry.h"
#include "supervision/supervisionpage.h" // issue 19
#include "transfer/batchpage.h"
#include "transfer/crossapplypage.h"
#include "transfer/crossinboxpage.h"
#include "transfer/crosslistpage.h"
#include "transfer/incitypage.h"
#include "transfer/mergepage.h"
#include "withdrawal/instructionpage.h"
#include "withdrawal/withdrawalpage.h"

namespace hpf::ui::pages {

// The registration list: one line per page, in code order (the navigation lists them so).
const QList<PageDescriptor> &all()
{
    static const QList<PageDescriptor> registered{
        LookupPage::descriptor(),            // 1001
        PersonPage::descriptor(),            // 1002
        UnitPage::descriptor(),              // 1003
        UnitOpeningPage::descriptor(),       // 2001
        PersonOpeningPage::descriptor(),     // 2002
        FlexibleOpeningPage::descriptor(),   // 2003
        EmployeeListPage::descriptor(),      // 2004
        SealPage::descriptor(),              // 2005
        ReceiptPage::descriptor(),           // 2006
        RemittancePage::descriptor(),        // 2101
        BackPaymentPage::descriptor(),       // 2102
        DeferralPage::descriptor(),          // 2103
        AdjustmentPage::descriptor(),        // 2104
        InterestStatementPage::descriptor(), // 2105
        UnitChangePage::descriptor(),        // 2201
        PersonChangePage::descriptor(),      // 2202
        JudicialDeskPage::descriptor(),      // 3001
        JudicialExpiringPage::descriptor(),  // 3002
        JudicialInboxPage::descriptor(),     // 3003
        CertificateIssuePage::descriptor(),  // 4001
        CertificateBatchPage::descriptor(),  // 4002
        CertificateVerifyPage::descriptor(), // 4003
        InCityTransferPage::descriptor(),    // 5001
        BatchTransferPage::descriptor(),     // 5002
        MergePage::descriptor(),             // 5003
        CrossApplyPage::descriptor(),        // 5101
        CrossInboxPage::descriptor(),        // 5102
        CrossListPage::descriptor(),         // 5103
        WithdrawalPage::descriptor(),        // 6001
        InstructionPage::descriptor(),       // 6002
        LoanApplicationPage::descriptor(),   // 7001
        LoanApprovalPage::descriptor(),      // 7002
        LoanSigningPage::descriptor(),       // 7003 (issue 18, I)
        LoanAccountPage::descriptor(),       // 7004 (issue 18, part J)
        LoanOverduePage::descriptor(),       // 7005
        ContractVerifyPage::descriptor(),    // 7006 (issue 18, I)
        ArchiveCapturePage::descriptor(),    // 8001
        ArchiveSearchPage::descriptor(),     // 8002
        ArchiveViewerPage::descriptor(),     // 8003
        ArchiveCheckPage::descriptor(),      // 8004
        AuditPage::descriptor(),             // 9001
        SupervisionPage::descriptor(),       // 9002 (issue 19)
    };
    return registered;
}

} // namespace hpf::ui::pages
