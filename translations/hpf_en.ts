<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>hpf::ErrorText</name>
    <message>
        <source>Enter the document number</source>
        <translation>Enter the document number</translation>
    </message>
    <message>
        <source>The document number is far too long</source>
        <translation>The document number is far too long</translation>
    </message>
    <message>
        <source>The document number has the wrong length (18 characters, or 15 for an old ID card)</source>
        <translation>The document number has the wrong length (18 characters, or 15 for an old ID card)</translation>
    </message>
    <message>
        <source>The document number contains characters it cannot contain</source>
        <translation>The document number contains characters it cannot contain</translation>
    </message>
    <message>
        <source>The check digit is wrong: the number was mistyped</source>
        <translation>The check digit is wrong: the number was mistyped</translation>
    </message>
    <message>
        <source>The number does not start with a valid region code</source>
        <translation>The number does not start with a valid region code</translation>
    </message>
    <message>
        <source>The birth date in the number does not exist</source>
        <translation>The birth date in the number does not exist</translation>
    </message>
    <message>
        <source>The birth date in the number is in the future</source>
        <translation>The birth date in the number is in the future</translation>
    </message>
    <message>
        <source>The number does not have the format of this document type</source>
        <translation>The number does not have the format of this document type</translation>
    </message>
    <message>
        <source>Enter the unified social credit code</source>
        <translation>Enter the unified social credit code</translation>
    </message>
    <message>
        <source>The credit code is far too long</source>
        <translation>The credit code is far too long</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters</source>
        <translation>A unified social credit code has 18 characters</translation>
    </message>
    <message>
        <source>The credit code contains a character that is never used (I, O, S, V, Z or a symbol)</source>
        <translation>The credit code contains a character that is never used (I, O, S, V, Z or a symbol)</translation>
    </message>
    <message>
        <source>The check character of the credit code is wrong: the code was mistyped</source>
        <translation>The check character of the credit code is wrong: the code was mistyped</translation>
    </message>
    <message>
        <source>The organisation code inside the credit code fails its own check; please confirm it with the business licence</source>
        <translation>The organisation code inside the credit code fails its own check; please confirm it with the business licence</translation>
    </message>
    <message>
        <source>Enter an amount</source>
        <translation>Enter an amount</translation>
    </message>
    <message>
        <source>Not an amount: use digits with at most two decimals, e.g. 1,234.56</source>
        <translation>Not an amount: use digits with at most two decimals, e.g. 1,234.56</translation>
    </message>
    <message>
        <source>Amounts have at most two decimals (fen)</source>
        <translation>Amounts have at most two decimals (fen)</translation>
    </message>
    <message>
        <source>The amount cannot be negative</source>
        <translation>The amount cannot be negative</translation>
    </message>
    <message>
        <source>The amount is too large</source>
        <translation>The amount is too large</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Wage base</source>
        <translation>Wage base</translation>
    </message>
    <message>
        <source>Deposit base</source>
        <translation>Deposit base</translation>
    </message>
    <message>
        <source>The request could not be completed (code %1)</source>
        <translation>The request could not be completed (code %1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Enter the account number</source>
        <translation>Enter the account number</translation>
    </message>
    <message>
        <source>The account number is far too long</source>
        <translation>The account number is far too long</translation>
    </message>
    <message>
        <source>An account number has only digits (the last character may be X)</source>
        <translation>An account number has only digits (the last character may be X)</translation>
    </message>
    <message>
        <source>The account number has the wrong length (11 characters for a unit, 13 for a person)</source>
        <translation>The account number has the wrong length (11 characters for a unit, 13 for a person)</translation>
    </message>
    <message>
        <source>The account number must start with 8 (unit) or 1 (person)</source>
        <translation>The account number must start with 8 (unit) or 1 (person)</translation>
    </message>
    <message>
        <source>This is a unit account number where a personal one is needed, or the other way round</source>
        <translation>This is a unit account number where a personal one is needed, or the other way round</translation>
    </message>
    <message>
        <source>The check character of the account number is wrong: the number was mistyped</source>
        <translation>The check character of the account number is wrong: the number was mistyped</translation>
    </message>
    <message>
        <source>No more account numbers can be assigned; contact the system administrator</source>
        <translation>No more account numbers can be assigned; contact the system administrator</translation>
    </message>
    <message>
        <source>Enter the mobile number</source>
        <translation>Enter the mobile number</translation>
    </message>
    <message>
        <source>A mobile number has only digits</source>
        <translation>A mobile number has only digits</translation>
    </message>
    <message>
        <source>Not a mainland mobile number (11 digits starting with 13 to 19)</source>
        <translation>Not a mainland mobile number (11 digits starting with 13 to 19)</translation>
    </message>
    <message>
        <source>Choose a document type from the list</source>
        <translation>Choose a document type from the list</translation>
    </message>
    <message>
        <source>A unit with this credit code already has an account</source>
        <translation>A unit with this credit code already has an account</translation>
    </message>
    <message>
        <source>There is no unit with this account number</source>
        <translation>There is no unit with this account number</translation>
    </message>
    <message>
        <source>The unit account is not open: nothing can be opened or unsealed under it</source>
        <translation>The unit account is not open: nothing can be opened or unsealed under it</translation>
    </message>
    <message>
        <source>Choose an economic type from the list</source>
        <translation>Choose an economic type from the list</translation>
    </message>
    <message>
        <source>The remittance day is a day of the month (1 to 31)</source>
        <translation>The remittance day is a day of the month (1 to 31)</translation>
    </message>
    <message>
        <source>Choose the remittance bank from the list</source>
        <translation>Choose the remittance bank from the list</translation>
    </message>
    <message>
        <source>A bank account number has 8 to 32 digits</source>
        <translation>A bank account number has 8 to 32 digits</translation>
    </message>
    <message>
        <source>The deposit ratio is outside the range the policy allows</source>
        <translation>The deposit ratio is outside the range the policy allows</translation>
    </message>
    <message>
        <source>The wage base is outside the policy floor or ceiling</source>
        <translation>The wage base is outside the policy floor or ceiling</translation>
    </message>
    <message>
        <source>The wage base must be a positive amount</source>
        <translation>The wage base must be a positive amount</translation>
    </message>
    <message>
        <source>The wage base was below the policy floor and was raised to it</source>
        <translation>The wage base was below the policy floor and was raised to it</translation>
    </message>
    <message>
        <source>The wage base was above the policy ceiling and was lowered to it</source>
        <translation>The wage base was above the policy ceiling and was lowered to it</translation>
    </message>
    <message>
        <source>Enter the month as YYYY-MM</source>
        <translation>Enter the month as YYYY-MM</translation>
    </message>
    <message>
        <source>The first month lies too far in the past; arrears are paid as back payment (补缴)</source>
        <translation>The first month lies too far in the past; arrears are paid as back payment (补缴)</translation>
    </message>
    <message>
        <source>The first month lies too far in the future</source>
        <translation>The first month lies too far in the future</translation>
    </message>
    <message>
        <source>This document number is registered under another name</source>
        <translation>This document number is registered under another name</translation>
    </message>
    <message>
        <source>The person already has an active account (one person, one account); use the in-city transfer instead</source>
        <translation>The person already has an active account (one person, one account); use the in-city transfer instead</translation>
    </message>
    <message>
        <source>There is no account with this number</source>
        <translation>There is no account with this number</translation>
    </message>
    <message>
        <source>The account is already sealed</source>
        <translation>The account is already sealed</translation>
    </message>
    <message>
        <source>The account is not sealed, so it cannot be unsealed</source>
        <translation>The account is not sealed, so it cannot be unsealed</translation>
    </message>
    <message>
        <source>The account is closed; nothing can be done on it any more</source>
        <translation>The account is closed; nothing can be done on it any more</translation>
    </message>
    <message>
        <source>The account&apos;s current state does not allow this business</source>
        <translation>The account&apos;s current state does not allow this business</translation>
    </message>
    <message>
        <source>Choose a sealing reason from the list</source>
        <translation>Choose a sealing reason from the list</translation>
    </message>
    <message>
        <source>The employee list has no rows</source>
        <translation>The employee list has no rows</translation>
    </message>
    <message>
        <source>The employee list has too many rows (at most 20,000); split it</source>
        <translation>The employee list has too many rows (at most 20,000); split it</translation>
    </message>
    <message>
        <source>This person appears twice in the list</source>
        <translation>This person appears twice in the list</translation>
    </message>
    <message>
        <source>Some rows of the list are wrong; correct them or leave them out explicitly</source>
        <translation>Some rows of the list are wrong; correct them or leave them out explicitly</translation>
    </message>
    <message>
        <source>Every row of the list is wrong; nothing was opened</source>
        <translation>Every row of the list is wrong; nothing was opened</translation>
    </message>
    <message>
        <source>There is no receipt with this serial number</source>
        <translation>There is no receipt with this serial number</translation>
    </message>
    <message>
        <source>A business serial number is YW followed by 16 digits</source>
        <translation>A business serial number is YW followed by 16 digits</translation>
    </message>
    <message>
        <source>Certificates cannot be issued: the center&apos;s signing key is not available. Nothing was issued; contact the system administrator</source>
        <translation>Certificates cannot be issued: the center&apos;s signing key is not available. Nothing was issued; contact the system administrator</translation>
    </message>
    <message>
        <source>The certificate could not be signed. Nothing was issued; try again or contact the system administrator</source>
        <translation>The certificate could not be signed. Nothing was issued; try again or contact the system administrator</translation>
    </message>
    <message>
        <source>This certificate type does not exist</source>
        <translation>This certificate type does not exist</translation>
    </message>
    <message>
        <source>The certificate type definitions are invalid; contact the system administrator</source>
        <translation>The certificate type definitions are invalid; contact the system administrator</translation>
    </message>
    <message>
        <source>The person&apos;s loan record does not allow this certificate</source>
        <translation>The person&apos;s loan record does not allow this certificate</translation>
    </message>
    <message>
        <source>The monthly deposit cannot be computed for this account</source>
        <translation>The monthly deposit cannot be computed for this account</translation>
    </message>
    <message>
        <source>No certificate matches this number and code</source>
        <translation>No certificate matches this number and code</translation>
    </message>
    <message>
        <source>The certificate has been revoked</source>
        <translation>The certificate has been revoked</translation>
    </message>
    <message>
        <source>The certificate was replaced by a reissued one; use the newest</source>
        <translation>The certificate was replaced by a reissued one; use the newest</translation>
    </message>
    <message>
        <source>This account does not belong to the unit</source>
        <translation>This account does not belong to the unit</translation>
    </message>
    <message>
        <source>The unit has no active employees</source>
        <translation>The unit has no active employees</translation>
    </message>
    <message>
        <source>At most 500 certificates at once; select employees</source>
        <translation>At most 500 certificates at once; select employees</translation>
    </message>
    <message>
        <source>The certificate is valid</source>
        <translation>The certificate is valid</translation>
    </message>
    <message>
        <source>Not one of our certificate codes</source>
        <translation>Not one of our certificate codes</translation>
    </message>
    <message>
        <source>The code is damaged</source>
        <translation>The code is damaged</translation>
    </message>
    <message>
        <source>The code is too long to be a certificate</source>
        <translation>The code is too long to be a certificate</translation>
    </message>
    <message>
        <source>The code is damaged (its content is malformed)</source>
        <translation>The code is damaged (its content is malformed)</translation>
    </message>
    <message>
        <source>The code has a version this program does not know; update it</source>
        <translation>The code has a version this program does not know; update it</translation>
    </message>
    <message>
        <source>The code was signed with an unknown key</source>
        <translation>The code was signed with an unknown key</translation>
    </message>
    <message>
        <source>The signature is not valid: the content was changed or forged</source>
        <translation>The signature is not valid: the content was changed or forged</translation>
    </message>
    <message>
        <source>The code was signed outside its key&apos;s validity</source>
        <translation>The code was signed outside its key&apos;s validity</translation>
    </message>
    <message>
        <source>The certificate&apos;s issue time is in the future</source>
        <translation>The certificate&apos;s issue time is in the future</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>The certificate has expired</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Account number</translation>
    </message>
    <message>
        <source>Unit account number</source>
        <translation>Unit account number</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>First month</translation>
    </message>
    <message>
        <source>Unit deposit ratio</source>
        <translation>Unit deposit ratio</translation>
    </message>
    <message>
        <source>Personal deposit ratio</source>
        <translation>Personal deposit ratio</translation>
    </message>
    <message>
        <source>Deposit ratio</source>
        <translation>Deposit ratio</translation>
    </message>
    <message>
        <source>Remittance day</source>
        <translation>Remittance day</translation>
    </message>
    <message>
        <source>Economic type</source>
        <translation>Economic type</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Enter the ratio in percent, e.g. 12</source>
        <translation>Enter the ratio in percent, e.g. 12</translation>
    </message>
    <message>
        <source>Not a ratio: write a percentage such as 12 or 7.5</source>
        <translation>Not a ratio: write a percentage such as 12 or 7.5</translation>
    </message>
    <message>
        <source>A ratio has at most four decimals</source>
        <translation>A ratio has at most four decimals</translation>
    </message>
    <message>
        <source>The ratio is far too large</source>
        <translation>The ratio is far too large</translation>
    </message>
    <message>
        <source>No policy is in effect for this date</source>
        <translation>No policy is in effect for this date</translation>
    </message>
    <message>
        <source>The list file cannot be read</source>
        <translation>The list file cannot be read</translation>
    </message>
    <message>
        <source>The list file is too large; split it</source>
        <translation>The list file is too large; split it</translation>
    </message>
    <message>
        <source>Not a list this program can read; save it as CSV or XLSX</source>
        <translation>Not a list this program can read; save it as CSV or XLSX</translation>
    </message>
    <message>
        <source>The file mixes text encodings (UTF-8 and GB18030); save it again in one encoding</source>
        <translation>The file mixes text encodings (UTF-8 and GB18030); save it again in one encoding</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text</source>
        <translation>The file is neither UTF-8 nor GB18030 text</translation>
    </message>
    <message>
        <source>A quoted cell of the file is never closed</source>
        <translation>A quoted cell of the file is never closed</translation>
    </message>
    <message>
        <source>A row of the file has too many cells or a cell that is too long</source>
        <translation>A row of the file has too many cells or a cell that is too long</translation>
    </message>
    <message>
        <source>This column is missing from the header row of the list</source>
        <translation>This column is missing from the header row of the list</translation>
    </message>
    <message>
        <source>This column appears twice in the header row of the list</source>
        <translation>This column appears twice in the header row of the list</translation>
    </message>
    <message>
        <source>The file is not a readable XLSX workbook</source>
        <translation>The file is not a readable XLSX workbook</translation>
    </message>
    <message>
        <source>The workbook is encrypted or uses a format this program cannot read; save it again as XLSX or CSV</source>
        <translation>The workbook is encrypted or uses a format this program cannot read; save it again as XLSX or CSV</translation>
    </message>
    <message>
        <source>This cell is empty</source>
        <translation>This cell is empty</translation>
    </message>
    <message>
        <source>This cell is too long</source>
        <translation>This cell is too long</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>The file could not be written</translation>
    </message>
    <message>
        <source>The file cannot be read as an image or a PDF</source>
        <translation>The file cannot be read as an image or a PDF</translation>
    </message>
    <message>
        <source>No QR code was found in the file; scan it again more sharply</source>
        <translation>No QR code was found in the file; scan it again more sharply</translation>
    </message>
    <message>
        <source>The PDF could not be turned into an image to read its QR code</source>
        <translation>The PDF could not be turned into an image to read its QR code</translation>
    </message>
    <message>
        <source>The PDF file cannot be written there; choose another folder</source>
        <translation>The PDF file cannot be written there; choose another folder</translation>
    </message>
    <message>
        <source>Writing the PDF was cancelled; no file was kept</source>
        <translation>Writing the PDF was cancelled; no file was kept</translation>
    </message>
    <message>
        <source>There is nothing to print yet</source>
        <translation>There is nothing to print yet</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Representative&apos;s document type</source>
        <translation>Representative&apos;s document type</translation>
    </message>
    <message>
        <source>Representative&apos;s document number</source>
        <translation>Representative&apos;s document number</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>Registered address</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>Office address</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Contact mobile number</source>
        <translation>Contact mobile number</translation>
    </message>
    <message>
        <source>Remittance bank</source>
        <translation>Remittance bank</translation>
    </message>
    <message>
        <source>Remittance bank account</source>
        <translation>Remittance bank account</translation>
    </message>
    <message>
        <source>Business serial number</source>
        <translation>Business serial number</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not match this client: a field is missing or has the wrong type. Nothing more was done; tell support the field name</source>
        <translation>The server&apos;s answer does not match this client: a field is missing or has the wrong type. Nothing more was done; tell support the field name</translation>
    </message>
    <message>
        <source>Write the end date as YYYY-MM-DD, e.g. 2026-07-14</source>
        <translation>Write the end date as YYYY-MM-DD, e.g. 2026-07-14</translation>
    </message>
    <message>
        <source>The end date is in the past: a freeze must last at least until today</source>
        <translation>The end date is in the past: a freeze must last at least until today</translation>
    </message>
    <message>
        <source>The end date is beyond the longest freeze period the policy allows; register the rest as a renewal</source>
        <translation>The end date is beyond the longest freeze period the policy allows; register the rest as a renewal</translation>
    </message>
    <message>
        <source>This program searches in a way the server no longer accepts; update the program</source>
        <translation>This program searches in a way the server no longer accepts; update the program</translation>
    </message>
    <message>
        <source>Freeze end date</source>
        <translation>Freeze end date</translation>
    </message>
    <message>
        <source>The paper jammed in the scanner: clear the jam, then scan the remaining pages again (the pages already scanned are kept)</source>
        <translation>The paper jammed in the scanner: clear the jam, then scan the remaining pages again (the pages already scanned are kept)</translation>
    </message>
    <message>
        <source>The scanner cannot be reached: check that it is switched on and connected, then scan again</source>
        <translation>The scanner cannot be reached: check that it is switched on and connected, then scan again</translation>
    </message>
    <message>
        <source>The scanner cover is open: close it and scan again</source>
        <translation>The scanner cover is open: close it and scan again</translation>
    </message>
    <message>
        <source>There is no paper in the document feeder: load the pages and scan again</source>
        <translation>There is no paper in the document feeder: load the pages and scan again</translation>
    </message>
    <message>
        <source>The scanner is busy with another scan: wait until it has finished</source>
        <translation>The scanner is busy with another scan: wait until it has finished</translation>
    </message>
    <message>
        <source>The scanner reported an error: scan again; if it happens again, restart the scanner</source>
        <translation>The scanner reported an error: scan again; if it happens again, restart the scanner</translation>
    </message>
    <message>
        <source>Scanning was stopped; the pages scanned before are kept</source>
        <translation>Scanning was stopped; the pages scanned before are kept</translation>
    </message>
    <message>
        <source>This scanner has no document feeder: scan from the flatbed</source>
        <translation>This scanner has no document feeder: scan from the flatbed</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes): choose the right file</source>
        <translation>The file is empty (0 bytes): choose the right file</translation>
    </message>
    <message>
        <source>This kind of file cannot be archived: use PDF, JPEG, PNG or TIFF</source>
        <translation>This kind of file cannot be archived: use PDF, JPEG, PNG or TIFF</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete and cannot be opened: ask for the file again or scan the paper</source>
        <translation>The file is damaged or incomplete and cannot be opened: ask for the file again or scan the paper</translation>
    </message>
    <message>
        <source>The file is larger than 64 MB: split it or scan the paper</source>
        <translation>The file is larger than 64 MB: split it or scan the paper</translation>
    </message>
    <message>
        <source>The PDF is password-protected or encrypted: archives cannot keep it; ask for an unprotected copy</source>
        <translation>The PDF is password-protected or encrypted: archives cannot keep it; ask for an unprotected copy</translation>
    </message>
    <message>
        <source>The file cannot be read: check that it exists and that you may open it</source>
        <translation>The file cannot be read: check that it exists and that you may open it</translation>
    </message>
    <message>
        <source>The image or PDF is damaged and cannot be opened</source>
        <translation>The image or PDF is damaged and cannot be opened</translation>
    </message>
    <message>
        <source>The image is empty</source>
        <translation>The image is empty</translation>
    </message>
    <message>
        <source>The page image could not be saved; scan the page again</source>
        <translation>The page image could not be saved; scan the page again</translation>
    </message>
    <message>
        <source>The document has no such page</source>
        <translation>The document has no such page</translation>
    </message>
    <message>
        <source>This kind of file is not supported: use PDF, JPEG, PNG or TIFF</source>
        <translation>This kind of file is not supported: use PDF, JPEG, PNG or TIFF</translation>
    </message>
    <message>
        <source>The PDF is password-protected and cannot be opened</source>
        <translation>The PDF is password-protected and cannot be opened</translation>
    </message>
    <message>
        <source>No business record has this serial number</source>
        <translation>No business record has this serial number</translation>
    </message>
    <message>
        <source>This business record is already archived</source>
        <translation>This business record is already archived</translation>
    </message>
    <message>
        <source>The package was made for another kind of business than this record</source>
        <translation>The package was made for another kind of business than this record</translation>
    </message>
    <message>
        <source>Required materials are missing or have too few pages</source>
        <translation>Required materials are missing or have too few pages</translation>
    </message>
    <message>
        <source>The centre does not know this upload; it will be started again</source>
        <translation>The centre does not know this upload; it will be started again</translation>
    </message>
    <message>
        <source>The upload was not finished within 7 days; it will be started again</source>
        <translation>The upload was not finished within 7 days; it will be started again</translation>
    </message>
    <message>
        <source>A part of the file was damaged on the way; it is sent again</source>
        <translation>A part of the file was damaged on the way; it is sent again</translation>
    </message>
    <message>
        <source>A part of the file has the wrong length</source>
        <translation>A part of the file has the wrong length</translation>
    </message>
    <message>
        <source>The file is not part of this package</source>
        <translation>The file is not part of this package</translation>
    </message>
    <message>
        <source>A part of the file lies outside the file</source>
        <translation>A part of the file lies outside the file</translation>
    </message>
    <message>
        <source>A different part of the file was already received at this place</source>
        <translation>A different part of the file was already received at this place</translation>
    </message>
    <message>
        <source>Not every file has arrived yet</source>
        <translation>Not every file has arrived yet</translation>
    </message>
    <message>
        <source>The file that arrived does not match its digest in the manifest; it is sent again</source>
        <translation>The file that arrived does not match its digest in the manifest; it is sent again</translation>
    </message>
    <message>
        <source>The file cannot be opened or shown</source>
        <translation>The file cannot be opened or shown</translation>
    </message>
    <message>
        <source>The stored file no longer matches its digest: report it to the archive manager</source>
        <translation>The stored file no longer matches its digest: report it to the archive manager</translation>
    </message>
    <message>
        <source>There is no package to upload for this record; capture its pages first</source>
        <translation>There is no package to upload for this record; capture its pages first</translation>
    </message>
    <message>
        <source>The upload has already started</source>
        <translation>The upload has already started</translation>
    </message>
    <message>
        <source>No page has been captured for this record</source>
        <translation>No page has been captured for this record</translation>
    </message>
    <message>
        <source>The page no longer exists</source>
        <translation>The page no longer exists</translation>
    </message>
    <message>
        <source>An imported PDF is kept as imported and cannot be turned or cropped here</source>
        <translation>An imported PDF is kept as imported and cannot be turned or cropped here</translation>
    </message>
    <message>
        <source>The scanner delivered an empty page</source>
        <translation>The scanner delivered an empty page</translation>
    </message>
    <message>
        <source>The secure key store of this computer is not available, so nothing can be kept on this computer (nothing is ever stored unencrypted)</source>
        <translation>The secure key store of this computer is not available, so nothing can be kept on this computer (nothing is ever stored unencrypted)</translation>
    </message>
    <message>
        <source>Enter at least one search term or a date range</source>
        <translation>Enter at least one search term or a date range</translation>
    </message>
    <message>
        <source>The date range is not valid: the start must not be after the end</source>
        <translation>The date range is not valid: the start must not be after the end</translation>
    </message>
    <message>
        <source>The requested part of the file lies outside the file</source>
        <translation>The requested part of the file lies outside the file</translation>
    </message>
    <message>
        <source>No archive package has this number</source>
        <translation>No archive package has this number</translation>
    </message>
    <message>
        <source>The electronic archive is not available on this server: ask IT to configure its key folder</source>
        <translation>The electronic archive is not available on this server: ask IT to configure its key folder</translation>
    </message>
    <message>
        <source>A stored file of the package is missing: report it to the archive manager</source>
        <translation>A stored file of the package is missing: report it to the archive manager</translation>
    </message>
    <message>
        <source>No more archive numbers are free for this year and class: ask IT to change the numbering scheme</source>
        <translation>No more archive numbers are free for this year and class: ask IT to change the numbering scheme</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Restricted (受限): money on this account is held and cannot leave it while the hold lasts</source>
        <translation>Restricted (受限): money on this account is held and cannot leave it while the hold lasts</translation>
    </message>
    <message>
        <source>The account is already closed, transferred or merged; it cannot be moved</source>
        <translation>The account is already closed, transferred or merged; it cannot be moved</translation>
    </message>
    <message>
        <source>The account is already under this unit: choose another receiving unit</source>
        <translation>The account is already under this unit: choose another receiving unit</translation>
    </message>
    <message>
        <source>The receiving unit is not open: accounts can only move to an open unit</source>
        <translation>The receiving unit is not open: accounts can only move to an open unit</translation>
    </message>
    <message>
        <source>The person has an open housing provident fund loan: the account cannot be moved until the loan is settled</source>
        <translation>The person has an open housing provident fund loan: the account cannot be moved until the loan is settled</translation>
    </message>
    <message>
        <source>Some rows of the list cannot be transferred; nothing was moved. Correct the marked rows and submit again</source>
        <translation>Some rows of the list cannot be transferred; nothing was moved. Correct the marked rows and submit again</translation>
    </message>
    <message>
        <source>This person has no open account under the transferring unit</source>
        <translation>This person has no open account under the transferring unit</translation>
    </message>
    <message>
        <source>The name does not match the name registered for this document number</source>
        <translation>The name does not match the name registered for this document number</translation>
    </message>
    <message>
        <source>This person appears more than once in the list</source>
        <translation>This person appears more than once in the list</translation>
    </message>
    <message>
        <source>The account to keep and the account to merge are the same account</source>
        <translation>The account to keep and the account to merge are the same account</translation>
    </message>
    <message>
        <source>The two accounts do not belong to the same person: only one person&apos;s accounts can be merged</source>
        <translation>The two accounts do not belong to the same person: only one person&apos;s accounts can be merged</translation>
    </message>
    <message>
        <source>The other center&apos;s transfer message is malformed</source>
        <translation>The other center&apos;s transfer message is malformed</translation>
    </message>
    <message>
        <source>This center has no connection configured to the other center</source>
        <translation>This center has no connection configured to the other center</translation>
    </message>
    <message>
        <source>The other center cannot be reached at the moment; the message will be sent again</source>
        <translation>The other center cannot be reached at the moment; the message will be sent again</translation>
    </message>
    <message>
        <source>The other center&apos;s answer could not be trusted (bad signature or not an answer to this message)</source>
        <translation>The other center&apos;s answer could not be trusted (bad signature or not an answer to this message)</translation>
    </message>
    <message>
        <source>The message is not signed by a known key of the sending center</source>
        <translation>The message is not signed by a known key of the sending center</translation>
    </message>
    <message>
        <source>The message is addressed to another center</source>
        <translation>The message is addressed to another center</translation>
    </message>
    <message>
        <source>The message&apos;s sending time is too far from this center&apos;s clock</source>
        <translation>The message&apos;s sending time is too far from this center&apos;s clock</translation>
    </message>
    <message>
        <source>A peer center file is not valid (code, url and public keys)</source>
        <translation>A peer center file is not valid (code, url and public keys)</translation>
    </message>
    <message>
        <source>The folder of peer centers does not exist</source>
        <translation>The folder of peer centers does not exist</translation>
    </message>
    <message>
        <source>This center&apos;s peer file could not be written</source>
        <translation>This center&apos;s peer file could not be written</translation>
    </message>
    <message>
        <source>Cross-city transfers are not available at this center now</source>
        <translation>Cross-city transfers are not available at this center now</translation>
    </message>
    <message>
        <source>This center is not in the transfer platform&apos;s directory</source>
        <translation>This center is not in the transfer platform&apos;s directory</translation>
    </message>
    <message>
        <source>The sending center is this center: use the in-city transfer</source>
        <translation>The sending center is this center: use the in-city transfer</translation>
    </message>
    <message>
        <source>Only a normal (01) account can receive a transfer from another city</source>
        <translation>Only a normal (01) account can receive a transfer from another city</translation>
    </message>
    <message>
        <source>This person already has an open transfer from that center</source>
        <translation>This person already has an open transfer from that center</translation>
    </message>
    <message>
        <source>No transfer has this serial number or contact letter number</source>
        <translation>No transfer has this serial number or contact letter number</translation>
    </message>
    <message>
        <source>This step belongs to the other center of the transfer</source>
        <translation>This step belongs to the other center of the transfer</translation>
    </message>
    <message>
        <source>The transfer&apos;s status does not allow this step now</source>
        <translation>The transfer&apos;s status does not allow this step now</translation>
    </message>
    <message>
        <source>The sending center has already accepted the transfer: it can no longer be cancelled</source>
        <translation>The sending center has already accepted the transfer: it can no longer be cancelled</translation>
    </message>
    <message>
        <source>The sending center has no account with this number, document and name</source>
        <translation>The sending center has no account with this number, document and name</translation>
    </message>
    <message>
        <source>The other center&apos;s message does not fit the transfer&apos;s status and was refused</source>
        <translation>The other center&apos;s message does not fit the transfer&apos;s status and was refused</translation>
    </message>
    <message>
        <source>All 9999 contact letter numbers of today are used; apply again tomorrow</source>
        <translation>All 9999 contact letter numbers of today are used; apply again tomorrow</translation>
    </message>
    <message>
        <source>This kind of transfer message is not taken by this center</source>
        <translation>This kind of transfer message is not taken by this center</translation>
    </message>
    <message>
        <source>Receiving unit account</source>
        <translation>Receiving unit account</translation>
    </message>
    <message>
        <source>Unit the employees leave</source>
        <translation>Unit the employees leave</translation>
    </message>
    <message>
        <source>Account to keep</source>
        <translation>Account to keep</translation>
    </message>
    <message>
        <source>Account to merge</source>
        <translation>Account to merge</translation>
    </message>
    <message>
        <source>Sending center</source>
        <translation>Sending center</translation>
    </message>
    <message>
        <source>Account at the sending center</source>
        <translation>Account at the sending center</translation>
    </message>
    <message>
        <source>Unit at the sending center</source>
        <translation>Unit at the sending center</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Contact letter number</source>
        <translation>Contact letter number</translation>
    </message>
    <message>
        <source>This center has no connection to the chosen center yet: ask IT staff to set it up, or choose another center</source>
        <translation>This center has no connection to the chosen center yet: ask IT staff to set it up, or choose another center</translation>
    </message>
    <message>
        <source>Choose a withdrawal type the center offers</source>
        <translation>Choose a withdrawal type the center offers</translation>
    </message>
    <message>
        <source>The member does not meet the conditions of this withdrawal type (see the rules that failed)</source>
        <translation>The member does not meet the conditions of this withdrawal type (see the rules that failed)</translation>
    </message>
    <message>
        <source>The amount is above what this withdrawal allows</source>
        <translation>The amount is above what this withdrawal allows</translation>
    </message>
    <message>
        <source>A withdrawal that closes the account pays the whole balance with interest to today; the amount differs</source>
        <translation>A withdrawal that closes the account pays the whole balance with interest to today; the amount differs</translation>
    </message>
    <message>
        <source>This shared answer cannot be used (unknown, about another person, or older than 24 hours: ask again)</source>
        <translation>This shared answer cannot be used (unknown, about another person, or older than 24 hours: ask again)</translation>
    </message>
    <message>
        <source>This program withdraws in a way the server no longer accepts; update the program</source>
        <translation>This program withdraws in a way the server no longer accepts; update the program</translation>
    </message>
    <message>
        <source>No withdrawal has this serial number</source>
        <translation>No withdrawal has this serial number</translation>
    </message>
    <message>
        <source>This withdrawal type needs this evidence</source>
        <translation>This withdrawal type needs this evidence</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, e.g. 2026-07-14</source>
        <translation>Write the date as YYYY-MM-DD, e.g. 2026-07-14</translation>
    </message>
    <message>
        <source>The date lies in the future</source>
        <translation>The date lies in the future</translation>
    </message>
    <message>
        <source>The contract, permit or event is older than the withdrawal type allows</source>
        <translation>The contract, permit or event is older than the withdrawal type allows</translation>
    </message>
    <message>
        <source>The member withdrew for this type too recently</source>
        <translation>The member withdrew for this type too recently</translation>
    </message>
    <message>
        <source>The member has not reached the retirement age of the policy</source>
        <translation>The member has not reached the retirement age of the policy</translation>
    </message>
    <message>
        <source>The property register shows a home of the member: rent withdrawals need no own home</source>
        <translation>The property register shows a home of the member: rent withdrawals need no own home</translation>
    </message>
    <message>
        <source>Nothing is left to withdraw on this contract or loan</source>
        <translation>Nothing is left to withdraw on this contract or loan</translation>
    </message>
    <message>
        <source>The monthly rent must be above zero</source>
        <translation>The monthly rent must be above zero</translation>
    </message>
    <message>
        <source>The balance the policy keeps on the account leaves nothing to withdraw</source>
        <translation>The balance the policy keeps on the account leaves nothing to withdraw</translation>
    </message>
    <message>
        <source>A withdrawal after death is collected by an heir or legatee: enter the heir</source>
        <translation>A withdrawal after death is collected by an heir or legatee: enter the heir</translation>
    </message>
    <message>
        <source>No open housing loan of the member was found</source>
        <translation>No open housing loan of the member was found</translation>
    </message>
    <message>
        <source>Choose the payee&apos;s bank from the list</source>
        <translation>Choose the payee&apos;s bank from the list</translation>
    </message>
    <message>
        <source>A payee account number has 8 to 32 digits</source>
        <translation>A payee account number has 8 to 32 digits</translation>
    </message>
    <message>
        <source>Enter the payee&apos;s name (at most 60 characters)</source>
        <translation>Enter the payee&apos;s name (at most 60 characters)</translation>
    </message>
    <message>
        <source>The sharing interfaces cannot be asked now; scan the materials instead</source>
        <translation>The sharing interfaces cannot be asked now; scan the materials instead</translation>
    </message>
    <message>
        <source>This sharing interface is not available</source>
        <translation>This sharing interface is not available</translation>
    </message>
    <message>
        <source>The shared-data file of the training back end is not valid</source>
        <translation>The shared-data file of the training back end is not valid</translation>
    </message>
    <message>
        <source>Choose monthly or quarterly payments</source>
        <translation>Choose monthly or quarterly payments</translation>
    </message>
    <message>
        <source>Write the months as YYYY-MM: the start month not in the past, the end month not before it</source>
        <translation>Write the months as YYYY-MM: the start month not in the past, the end month not before it</translation>
    </message>
    <message>
        <source>The account already has an active rent instruction</source>
        <translation>The account already has an active rent instruction</translation>
    </message>
    <message>
        <source>The instruction has ended already</source>
        <translation>The instruction has ended already</translation>
    </message>
    <message>
        <source>No rent instruction has this number</source>
        <translation>No rent instruction has this number</translation>
    </message>
    <message>
        <source>This month has not begun yet; it cannot be remitted</source>
        <translation>This month has not begun yet; it cannot be remitted</translation>
    </message>
    <message>
        <source>The month is before the unit&apos;s first remittance month</source>
        <translation>The month is before the unit&apos;s first remittance month</translation>
    </message>
    <message>
        <source>This month is already remitted for the unit</source>
        <translation>This month is already remitted for the unit</translation>
    </message>
    <message>
        <source>The unit&apos;s remittance of this month is deferred (缓缴); pay it later as a back payment</source>
        <translation>The unit&apos;s remittance of this month is deferred (缓缴); pay it later as a back payment</translation>
    </message>
    <message>
        <source>The unit has no employee to credit for this month</source>
        <translation>The unit has no employee to credit for this month</translation>
    </message>
    <message>
        <source>The month&apos;s amounts changed since the preview; preview again and confirm the new figures</source>
        <translation>The month&apos;s amounts changed since the preview; preview again and confirm the new figures</translation>
    </message>
    <message>
        <source>A back payment is for a past month (YYYY-MM)</source>
        <translation>A back payment is for a past month (YYYY-MM)</translation>
    </message>
    <message>
        <source>The month is further back than back payments may go</source>
        <translation>The month is further back than back payments may go</translation>
    </message>
    <message>
        <source>Choose a back payment reason from the list</source>
        <translation>Choose a back payment reason from the list</translation>
    </message>
    <message>
        <source>No deferral of the unit covered this month; reason 03 is for deferred months</source>
        <translation>No deferral of the unit covered this month; reason 03 is for deferred months</translation>
    </message>
    <message>
        <source>Some rows are wrong; nothing was posted. Correct the rows and submit again</source>
        <translation>Some rows are wrong; nothing was posted. Correct the rows and submit again</translation>
    </message>
    <message>
        <source>This account is not a live account of the unit</source>
        <translation>This account is not a live account of the unit</translation>
    </message>
    <message>
        <source>This account appears twice in the list</source>
        <translation>This account appears twice in the list</translation>
    </message>
    <message>
        <source>The month is before the person&apos;s first deposit month</source>
        <translation>The month is before the person&apos;s first deposit month</translation>
    </message>
    <message>
        <source>This person&apos;s month is already paid; for a difference choose reason 02 or 04</source>
        <translation>This person&apos;s month is already paid; for a difference choose reason 02 or 04</translation>
    </message>
    <message>
        <source>This person&apos;s month is not paid; for a missed month choose reason 01 or 03</source>
        <translation>This person&apos;s month is not paid; for a missed month choose reason 01 or 03</translation>
    </message>
    <message>
        <source>The amount is wrong here: for reasons 01 and 03 it follows from the base; a difference must be above zero</source>
        <translation>The amount is wrong here: for reasons 01 and 03 it follows from the base; a difference must be above zero</translation>
    </message>
    <message>
        <source>Enter the difference to pay, or the new base</source>
        <translation>Enter the difference to pay, or the new base</translation>
    </message>
    <message>
        <source>The amount differs from the difference the new base gives</source>
        <translation>The amount differs from the difference the new base gives</translation>
    </message>
    <message>
        <source>The new base gives no difference to pay for this month</source>
        <translation>The new base gives no difference to pay for this month</translation>
    </message>
    <message>
        <source>Check the deferral months: from this month on, in order, and no longer than the policy allows</source>
        <translation>Check the deferral months: from this month on, in order, and no longer than the policy allows</translation>
    </message>
    <message>
        <source>An approved deferral of the unit already covers one of these months</source>
        <translation>An approved deferral of the unit already covers one of these months</translation>
    </message>
    <message>
        <source>One of these months is already remitted; it cannot be deferred</source>
        <translation>One of these months is already remitted; it cannot be deferred</translation>
    </message>
    <message>
        <source>This adjustment year cannot be submitted (within a year of today, not before the unit&apos;s last adjustment)</source>
        <translation>This adjustment year cannot be submitted (within a year of today, not before the unit&apos;s last adjustment)</translation>
    </message>
    <message>
        <source>The unit&apos;s base adjustment of this year has been submitted already</source>
        <translation>The unit&apos;s base adjustment of this year has been submitted already</translation>
    </message>
    <message>
        <source>Some rows of the list are wrong; nothing was changed. Correct the rows and submit again</source>
        <translation>Some rows of the list are wrong; nothing was changed. Correct the rows and submit again</translation>
    </message>
    <message>
        <source>This person is not a live employee of the unit</source>
        <translation>This person is not a live employee of the unit</translation>
    </message>
    <message>
        <source>The name differs from the one registered for this document number</source>
        <translation>The name differs from the one registered for this document number</translation>
    </message>
    <message>
        <source>The settlement day of this year has not passed: its interest cannot be posted yet</source>
        <translation>The settlement day of this year has not passed: its interest cannot be posted yet</translation>
    </message>
    <message>
        <source>The interest of this year has been posted already</source>
        <translation>The interest of this year has been posted already</translation>
    </message>
    <message>
        <source>The interest of this year has not been posted yet</source>
        <translation>The interest of this year has not been posted yet</translation>
    </message>
    <message>
        <source>No interest can be settled for this year (2000 to 2099, within the policy&apos;s deposit rates)</source>
        <translation>No interest can be settled for this year (2000 to 2099, within the policy&apos;s deposit rates)</translation>
    </message>
    <message>
        <source>No interest run was queued for this year</source>
        <translation>No interest run was queued for this year</translation>
    </message>
    <message>
        <source>Nothing to change: every value equals the one on record</source>
        <translation>Nothing to change: every value equals the one on record</translation>
    </message>
    <message>
        <source>Enter the name</source>
        <translation>Enter the name</translation>
    </message>
    <message>
        <source>A name contains no digits or symbols</source>
        <translation>A name contains no digits or symbols</translation>
    </message>
    <message>
        <source>An account&apos;s journal cannot be settled; the run waits until it is corrected</source>
        <translation>An account&apos;s journal cannot be settled; the run waits until it is corrected</translation>
    </message>
    <message>
        <source>Withdrawal type</source>
        <translation>Withdrawal type</translation>
    </message>
    <message>
        <source>Date of the contract or event</source>
        <translation>Date of the contract or event</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Contract number</translation>
    </message>
    <message>
        <source>Price or cost</source>
        <translation>Price or cost</translation>
    </message>
    <message>
        <source>Property address</source>
        <translation>Property address</translation>
    </message>
    <message>
        <source>Lending bank</source>
        <translation>Lending bank</translation>
    </message>
    <message>
        <source>Loan contract number</source>
        <translation>Loan contract number</translation>
    </message>
    <message>
        <source>Loan outstanding</source>
        <translation>Loan outstanding</translation>
    </message>
    <message>
        <source>Monthly loan payment</source>
        <translation>Monthly loan payment</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>Monthly rent</translation>
    </message>
    <message>
        <source>Heir</source>
        <translation>Heir</translation>
    </message>
    <message>
        <source>Payee bank</source>
        <translation>Payee bank</translation>
    </message>
    <message>
        <source>Payee account number</source>
        <translation>Payee account number</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Payee</translation>
    </message>
    <message>
        <source>Shared answers</source>
        <translation>Shared answers</translation>
    </message>
    <message>
        <source>Ask the sharing interfaces</source>
        <translation>Ask the sharing interfaces</translation>
    </message>
    <message>
        <source>Payment frequency</source>
        <translation>Payment frequency</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Confirmed total</source>
        <translation>Confirmed total</translation>
    </message>
    <message>
        <source>Confirmed number of employees</source>
        <translation>Confirmed number of employees</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>First deferred month</source>
        <translation>First deferred month</translation>
    </message>
    <message>
        <source>Last deferred month</source>
        <translation>Last deferred month</translation>
    </message>
    <message>
        <source>Adjustment year</source>
        <translation>Adjustment year</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>The borrower has not contributed in full for enough continuous months</source>
        <translation>The borrower has not contributed in full for enough continuous months</translation>
    </message>
    <message>
        <source>The number of continuous contribution months is invalid</source>
        <translation>The number of continuous contribution months is invalid</translation>
    </message>
    <message>
        <source>The borrower or the spouse has a housing provident fund loan that is not settled</source>
        <translation>The borrower or the spouse has a housing provident fund loan that is not settled</translation>
    </message>
    <message>
        <source>No provident fund loan for a third home or a third loan</source>
        <translation>No provident fund loan for a third home or a third loan</translation>
    </message>
    <message>
        <source>A second loan is possible only once the first loan is settled</source>
        <translation>A second loan is possible only once the first loan is settled</translation>
    </message>
    <message>
        <source>The borrower&apos;s age plus the term passes the age limit: shorten the term</source>
        <translation>The borrower&apos;s age plus the term passes the age limit: shorten the term</translation>
    </message>
    <message>
        <source>The borrower&apos;s birth date cannot be read from the document number</source>
        <translation>The borrower&apos;s birth date cannot be read from the document number</translation>
    </message>
    <message>
        <source>The term must be a whole number of months, at least one</source>
        <translation>The term must be a whole number of months, at least one</translation>
    </message>
    <message>
        <source>The term is longer than the center allows</source>
        <translation>The term is longer than the center allows</translation>
    </message>
    <message>
        <source>The monthly payment and other debts are above the allowed share of the income</source>
        <translation>The monthly payment and other debts are above the allowed share of the income</translation>
    </message>
    <message>
        <source>The amount is above the loan limit</source>
        <translation>The amount is above the loan limit</translation>
    </message>
    <message>
        <source>Enter a loan amount above zero</source>
        <translation>Enter a loan amount above zero</translation>
    </message>
    <message>
        <source>Enter the house price</source>
        <translation>Enter the house price</translation>
    </message>
    <message>
        <source>The borrowers&apos; fund balance is out of range</source>
        <translation>The borrowers&apos; fund balance is out of range</translation>
    </message>
    <message>
        <source>The income or monthly debt is out of range</source>
        <translation>The income or monthly debt is out of range</translation>
    </message>
    <message>
        <source>The application date is missing</source>
        <translation>The application date is missing</translation>
    </message>
    <message>
        <source>The household&apos;s loan count is invalid</source>
        <translation>The household&apos;s loan count is invalid</translation>
    </message>
    <message>
        <source>The application does not meet the loan conditions (see the rules that failed)</source>
        <translation>The application does not meet the loan conditions (see the rules that failed)</translation>
    </message>
    <message>
        <source>No loan application with this serial number</source>
        <translation>No loan application with this serial number</translation>
    </message>
    <message>
        <source>Choose a fund loan, a combination loan or a commercial-to-fund conversion</source>
        <translation>Choose a fund loan, a combination loan or a commercial-to-fund conversion</translation>
    </message>
    <message>
        <source>Choose equal instalments or equal principal</source>
        <translation>Choose equal instalments or equal principal</translation>
    </message>
    <message>
        <source>Choose first or second home</source>
        <translation>Choose first or second home</translation>
    </message>
    <message>
        <source>Check the people on the application: one borrower, at most one spouse</source>
        <translation>Check the people on the application: one borrower, at most one spouse</translation>
    </message>
    <message>
        <source>The same person is on the application twice</source>
        <translation>The same person is on the application twice</translation>
    </message>
    <message>
        <source>The borrower has no open provident fund account</source>
        <translation>The borrower has no open provident fund account</translation>
    </message>
    <message>
        <source>Enter the bank&apos;s part of the combination loan (amount, bank, term, rate)</source>
        <translation>Enter the bank&apos;s part of the combination loan (amount, bank, term, rate)</translation>
    </message>
    <message>
        <source>Enter the commercial loan to be converted (bank, contract, outstanding amount)</source>
        <translation>Enter the commercial loan to be converted (bank, contract, outstanding amount)</translation>
    </message>
    <message>
        <source>The officer who accepted the application cannot review it</source>
        <translation>The officer who accepted the application cannot review it</translation>
    </message>
    <message>
        <source>The approver cannot be the accepting officer or the reviewer</source>
        <translation>The approver cannot be the accepting officer or the reviewer</translation>
    </message>
    <message>
        <source>The application is not at this step (steps go in order: accepted, reviewed, decided)</source>
        <translation>The application is not at this step (steps go in order: accepted, reviewed, decided)</translation>
    </message>
    <message>
        <source>The ID card could not be read: place the card on the reader again</source>
        <translation>The ID card could not be read: place the card on the reader again</translation>
    </message>
    <message>
        <source>The ID card gave a value in an unexpected form: read the card again</source>
        <translation>The ID card gave a value in an unexpected form: read the card again</translation>
    </message>
    <message>
        <source>The ID card has no value here: read the card again</source>
        <translation>The ID card has no value here: read the card again</translation>
    </message>
    <message>
        <source>The ID card gave a value far longer than a card can hold</source>
        <translation>The ID card gave a value far longer than a card can hold</translation>
    </message>
    <message>
        <source>The ID card gave characters a card cannot hold</source>
        <translation>The ID card gave characters a card cannot hold</translation>
    </message>
    <message>
        <source>The ID card gave a date that does not exist</source>
        <translation>The ID card gave a date that does not exist</translation>
    </message>
    <message>
        <source>The ID card has expired: the person needs a valid card</source>
        <translation>The ID card has expired: the person needs a valid card</translation>
    </message>
    <message>
        <source>The ID card is not valid yet</source>
        <translation>The ID card is not valid yet</translation>
    </message>
    <message>
        <source>The birth date on the card differs from the one in its number: the card is not genuine</source>
        <translation>The birth date on the card differs from the one in its number: the card is not genuine</translation>
    </message>
    <message>
        <source>The sex on the card differs from the one in its number: the card is not genuine</source>
        <translation>The sex on the card differs from the one in its number: the card is not genuine</translation>
    </message>
    <message>
        <source>The ID card gave no photo: read the card again</source>
        <translation>The ID card gave no photo: read the card again</translation>
    </message>
    <message>
        <source>The photo on the ID card could not be read: read the card again</source>
        <translation>The photo on the ID card could not be read: read the card again</translation>
    </message>
    <message>
        <source>The card reader is still reading the previous card</source>
        <translation>The card reader is still reading the previous card</translation>
    </message>
    <message>
        <source>No ID card reader is connected</source>
        <translation>No ID card reader is connected</translation>
    </message>
    <message>
        <source>No camera is connected to this counter: connect one, or take the photo at another counter</source>
        <translation>No camera is connected to this counter: connect one, or take the photo at another counter</translation>
    </message>
    <message>
        <source>The camera is not switched on yet</source>
        <translation>The camera is not switched on yet</translation>
    </message>
    <message>
        <source>The camera is still taking the previous photo</source>
        <translation>The camera is still taking the previous photo</translation>
    </message>
    <message>
        <source>The camera reported an error: take the photo again; if it happens again, reconnect the camera</source>
        <translation>The camera reported an error: take the photo again; if it happens again, reconnect the camera</translation>
    </message>
    <message>
        <source>The training camera has no picture to return</source>
        <translation>The training camera has no picture to return</translation>
    </message>
    <message>
        <source>The signature data is damaged: ask the signer to sign again</source>
        <translation>The signature data is damaged: ask the signer to sign again</translation>
    </message>
    <message>
        <source>The signature is far too long: clear the pad and sign again</source>
        <translation>The signature is far too long: clear the pad and sign again</translation>
    </message>
    <message>
        <source>The signature has points off the pad: clear the pad and sign again</source>
        <translation>The signature has points off the pad: clear the pad and sign again</translation>
    </message>
    <message>
        <source>The signature&apos;s timing is damaged: clear the pad and sign again</source>
        <translation>The signature&apos;s timing is damaged: clear the pad and sign again</translation>
    </message>
    <message>
        <source>The signature pad is empty: the signer must sign</source>
        <translation>The signature pad is empty: the signer must sign</translation>
    </message>
    <message>
        <source>The ID card is not the one of the person named on the application</source>
        <translation>The ID card is not the one of the person named on the application</translation>
    </message>
    <message>
        <source>The name on the ID card differs from the application: correct the application before signing</source>
        <translation>The name on the ID card differs from the application: correct the application before signing</translation>
    </message>
    <message>
        <source>The file is not a PDF document</source>
        <translation>The file is not a PDF document</translation>
    </message>
    <message>
        <source>The contract carries the center&apos;s signature already</source>
        <translation>The contract carries the center&apos;s signature already</translation>
    </message>
    <message>
        <source>The contract&apos;s signature data is incomplete</source>
        <translation>The contract&apos;s signature data is incomplete</translation>
    </message>
    <message>
        <source>The PDF carries no signature of the center: it is not a signed contract, or the signature was removed</source>
        <translation>The PDF carries no signature of the center: it is not a signed contract, or the signature was removed</translation>
    </message>
    <message>
        <source>The PDF carries more than one signature block: it was changed after signing</source>
        <translation>The PDF carries more than one signature block: it was changed after signing</translation>
    </message>
    <message>
        <source>The PDF&apos;s signature block is damaged: the file was changed after signing</source>
        <translation>The PDF&apos;s signature block is damaged: the file was changed after signing</translation>
    </message>
    <message>
        <source>The contract was changed after it was signed: this file is not the signed contract</source>
        <translation>The contract was changed after it was signed: this file is not the signed contract</translation>
    </message>
    <message>
        <source>The contract was signed with a key this center does not know</source>
        <translation>The contract was signed with a key this center does not know</translation>
    </message>
    <message>
        <source>The contract was signed outside the signing period of the center&apos;s key</source>
        <translation>The contract was signed outside the signing period of the center&apos;s key</translation>
    </message>
    <message>
        <source>The center&apos;s signature on the contract is not valid: the file was forged or changed</source>
        <translation>The center&apos;s signature on the contract is not valid: the file was forged or changed</translation>
    </message>
    <message>
        <source>This person is not a signer of the application or of this contract</source>
        <translation>This person is not a signer of the application or of this contract</translation>
    </message>
    <message>
        <source>Check the signer&apos;s ID card first, then take the photo, then collect the signatures</source>
        <translation>Check the signer&apos;s ID card first, then take the photo, then collect the signatures</translation>
    </message>
    <message>
        <source>The photo is not a JPEG or PNG image: take it again</source>
        <translation>The photo is not a JPEG or PNG image: take it again</translation>
    </message>
    <message>
        <source>This contract is signed already: its signatures and the signers&apos; checks can no longer change</source>
        <translation>This contract is signed already: its signatures and the signers&apos; checks can no longer change</translation>
    </message>
    <message>
        <source>A signer has not signed this contract yet</source>
        <translation>A signer has not signed this contract yet</translation>
    </message>
    <message>
        <source>No loan with this contract number</source>
        <translation>No loan with this contract number</translation>
    </message>
    <message>
        <source>The loan is settled: nothing more can be paid</source>
        <translation>The loan is settled: nothing more can be paid</translation>
    </message>
    <message>
        <source>The amount is above what is due: pay more as a prepayment</source>
        <translation>The amount is above what is due: pay more as a prepayment</translation>
    </message>
    <message>
        <source>An instalment is due or partly paid: post its repayment before a prepayment</source>
        <translation>An instalment is due or partly paid: post its repayment before a prepayment</translation>
    </message>
    <message>
        <source>A partial prepayment must be below the outstanding principal; prepay in full instead</source>
        <translation>A partial prepayment must be below the outstanding principal; prepay in full instead</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Issuing authority</source>
        <translation>Issuing authority</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>ID card reader</source>
        <translation>ID card reader</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Loan kind</source>
        <translation>Loan kind</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>Term (months)</translation>
    </message>
    <message>
        <source>Repayment method</source>
        <translation>Repayment method</translation>
    </message>
    <message>
        <source>First or second home</source>
        <translation>First or second home</translation>
    </message>
    <message>
        <source>People on the application</source>
        <translation>People on the application</translation>
    </message>
    <message>
        <source>House price</source>
        <translation>House price</translation>
    </message>
    <message>
        <source>Purchase contract number</source>
        <translation>Purchase contract number</translation>
    </message>
    <message>
        <source>Commercial part</source>
        <translation>Commercial part</translation>
    </message>
    <message>
        <source>Commercial lending bank</source>
        <translation>Commercial lending bank</translation>
    </message>
    <message>
        <source>Commercial term (months)</source>
        <translation>Commercial term (months)</translation>
    </message>
    <message>
        <source>Commercial rate</source>
        <translation>Commercial rate</translation>
    </message>
    <message>
        <source>Commercial loan to convert</source>
        <translation>Commercial loan to convert</translation>
    </message>
    <message>
        <source>Bank of the commercial loan</source>
        <translation>Bank of the commercial loan</translation>
    </message>
    <message>
        <source>Commercial loan contract number</source>
        <translation>Commercial loan contract number</translation>
    </message>
    <message>
        <source>Commercial loan outstanding</source>
        <translation>Commercial loan outstanding</translation>
    </message>
    <message>
        <source>This person has not authorised a credit report (征信授权): record the signed authorisation first</source>
        <translation>This person has not authorised a credit report (征信授权): record the signed authorisation first</translation>
    </message>
    <message>
        <source>The borrower is married: add the spouse to the application</source>
        <translation>The borrower is married: add the spouse to the application</translation>
    </message>
    <message>
        <source>The credit system cannot be reached now; try again later</source>
        <translation>The credit system cannot be reached now; try again later</translation>
    </message>
    <message>
        <source>The credit files of the training back end are not valid</source>
        <translation>The credit files of the training back end are not valid</translation>
    </message>
    <message>
        <source>No such reminder: refresh the list of overdue loans</source>
        <translation>No such reminder: refresh the list of overdue loans</translation>
    </message>
    <message>
        <source>This reminder is recorded already</source>
        <translation>This reminder is recorded already</translation>
    </message>
    <message>
        <source>Type an application serial (YW and 16 digits) or a contract number (DK and 16 digits)</source>
        <translation>Type an application serial (YW and 16 digits) or a contract number (DK and 16 digits)</translation>
    </message>
    <message>
        <source>The amount must be above zero</source>
        <translation>The amount must be above zero</translation>
    </message>
    <message>
        <source>Application serial or contract number</source>
        <translation>Application serial or contract number</translation>
    </message>
    <message>
        <source>Keep the term or the payment</source>
        <translation>Keep the term or the payment</translation>
    </message>
    <message>
        <source>Person on the application</source>
        <translation>Person on the application</translation>
    </message>
    <message>
        <source>How the borrower was reminded</source>
        <translation>How the borrower was reminded</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>hpf::client::EmployeeListModel</name>
    <message>
        <source>Unsealed: %1</source>
        <translation>Unsealed: %1</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>Opened: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Wage base</source>
        <translation>Wage base</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>hpf::client::EmployeeListValidator</name>
    <message>
        <source>This person is already listed on line %1</source>
        <translation>This person is already listed on line %1</translation>
    </message>
</context>
<context>
    <name>hpf::client::JournalModel</name>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
</context>
<context>
    <name>hpf::client::UserText</name>
    <message>
        <source>Wrong user id or password</source>
        <translation>Wrong user id or password</translation>
    </message>
    <message>
        <source>This user is locked after too many wrong passwords; try again later or ask a supervisor</source>
        <translation>This user is locked after too many wrong passwords; try again later or ask a supervisor</translation>
    </message>
    <message>
        <source>This user is disabled</source>
        <translation>This user is disabled</translation>
    </message>
    <message>
        <source>Please sign in again</source>
        <translation>Please sign in again</translation>
    </message>
    <message>
        <source>The session has expired; please sign in again</source>
        <translation>The session has expired; please sign in again</translation>
    </message>
    <message>
        <source>The session has ended; please sign in again</source>
        <translation>The session has ended; please sign in again</translation>
    </message>
    <message>
        <source>Your role may not do this</source>
        <translation>Your role may not do this</translation>
    </message>
    <message>
        <source>This belongs to another branch</source>
        <translation>This belongs to another branch</translation>
    </message>
    <message>
        <source>This operation needs a supervisor&apos;s authorisation</source>
        <translation>This operation needs a supervisor&apos;s authorisation</translation>
    </message>
    <message>
        <source>The supervisor&apos;s authorisation is not valid</source>
        <translation>The supervisor&apos;s authorisation is not valid</translation>
    </message>
    <message>
        <source>The supervisor&apos;s authorisation has already been used</source>
        <translation>The supervisor&apos;s authorisation has already been used</translation>
    </message>
    <message>
        <source>The supervisor&apos;s authorisation has expired; ask again</source>
        <translation>The supervisor&apos;s authorisation has expired; ask again</translation>
    </message>
    <message>
        <source>The authorisation was given for a different operation</source>
        <translation>The authorisation was given for a different operation</translation>
    </message>
    <message>
        <source>You cannot authorise your own operation</source>
        <translation>You cannot authorise your own operation</translation>
    </message>
    <message>
        <source>This user is not a supervisor</source>
        <translation>This user is not a supervisor</translation>
    </message>
    <message>
        <source>This operation does not need authorisation</source>
        <translation>This operation does not need authorisation</translation>
    </message>
    <message>
        <source>No such personal account</source>
        <translation>No such personal account</translation>
    </message>
    <message>
        <source>No such unit</source>
        <translation>No such unit</translation>
    </message>
    <message>
        <source>The available balance is not enough</source>
        <translation>The available balance is not enough</translation>
    </message>
    <message>
        <source>The available balance is not enough for this freeze</source>
        <translation>The available balance is not enough for this freeze</translation>
    </message>
    <message>
        <source>The account state does not allow this</source>
        <translation>The account state does not allow this</translation>
    </message>
    <message>
        <source>The same operation is still being processed</source>
        <translation>The same operation is still being processed</translation>
    </message>
    <message>
        <source>This operation was already sent with different data</source>
        <translation>This operation was already sent with different data</translation>
    </message>
    <message>
        <source>The server does not offer this function</source>
        <translation>The server does not offer this function</translation>
    </message>
    <message>
        <source>A required field is empty</source>
        <translation>A required field is empty</translation>
    </message>
    <message>
        <source>A field is too long</source>
        <translation>A field is too long</translation>
    </message>
    <message>
        <source>The server is busy; try again</source>
        <translation>The server is busy; try again</translation>
    </message>
    <message>
        <source>The server cannot be reached</source>
        <translation>The server cannot be reached</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>The server did not answer in time</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>The server&apos;s certificate is not trusted</translation>
    </message>
    <message>
        <source>The server sent an answer the client cannot read</source>
        <translation>The server sent an answer the client cannot read</translation>
    </message>
    <message>
        <source>The server cannot be reached, and this operation must not wait; try again when the connection is back</source>
        <translation>The server cannot be reached, and this operation must not wait; try again when the connection is back</translation>
    </message>
    <message>
        <source>The server answered with an error (%1)</source>
        <translation>The server answered with an error (%1)</translation>
    </message>
    <message>
        <source>%1 (request %2)</source>
        <translation>%1 (request %2)</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app (or a recovery code)</source>
        <translation>Enter the 6-digit code from your authenticator app (or a recovery code)</translation>
    </message>
    <message>
        <source>Wrong or already used verification code; wait for the next code and try again</source>
        <translation>Wrong or already used verification code; wait for the next code and try again</translation>
    </message>
    <message>
        <source>Set up two-step verification first</source>
        <translation>Set up two-step verification first</translation>
    </message>
    <message>
        <source>Change your password first</source>
        <translation>Change your password first</translation>
    </message>
    <message>
        <source>Two-step verification is already set up; an administrator can reset it</source>
        <translation>Two-step verification is already set up; an administrator can reset it</translation>
    </message>
    <message>
        <source>Two-step verification is not available on this server; contact the administrator</source>
        <translation>Two-step verification is not available on this server; contact the administrator</translation>
    </message>
    <message>
        <source>The new password is too weak: at least 10 characters, three kinds of characters, not the user id, not a common password</source>
        <translation>The new password is too weak: at least 10 characters, three kinds of characters, not the user id, not a common password</translation>
    </message>
    <message>
        <source>The new password was used recently; choose another</source>
        <translation>The new password was used recently; choose another</translation>
    </message>
    <message>
        <source>The server cannot read its stored result of this operation; do not repeat it, tell support</source>
        <translation>The server cannot read its stored result of this operation; do not repeat it, tell support</translation>
    </message>
    <message>
        <source>The local outbox cannot be opened, so no operation can be saved or sent from this window; close the other HPF Counter or tell support</source>
        <translation>The local outbox cannot be opened, so no operation can be saved or sent from this window; close the other HPF Counter or tell support</translation>
    </message>
</context>
<context>
    <name>hpf::client::archive::PackageUploader</name>
    <message>
        <source>The archive upload is waiting to be sent</source>
        <translation>The archive upload is waiting to be sent</translation>
    </message>
    <message>
        <source>The archive package is waiting to be committed</source>
        <translation>The archive package is waiting to be committed</translation>
    </message>
    <message>
        <source>Archive upload</source>
        <translation>Archive upload</translation>
    </message>
    <message>
        <source>The archive upload could not be saved</source>
        <translation>The archive upload could not be saved</translation>
    </message>
    <message>
        <source>Offline: the archive upload is queued and will be sent later</source>
        <translation>Offline: the archive upload is queued and will be sent later</translation>
    </message>
    <message>
        <source>%1 (file %2)</source>
        <translation>%1 (file %2)</translation>
    </message>
    <message>
        <source>Archive commit</source>
        <translation>Archive commit</translation>
    </message>
    <message>
        <source>The archive commit could not be saved</source>
        <translation>The archive commit could not be saved</translation>
    </message>
</context>
<context>
    <name>hpf::client::ops::Operation</name>
    <message>
        <source>The operation could not be saved, so it was not sent: %1</source>
        <translation>The operation could not be saved, so it was not sent: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Saved; it will be sent when the server can be reached</source>
        <translation>Saved; it will be sent when the server can be reached</translation>
    </message>
    <message>
        <source>Not confirmed yet; it will be resent with the same id: %1</source>
        <translation>Not confirmed yet; it will be resent with the same id: %1</translation>
    </message>
</context>
<context>
    <name>hpf::ui::AboutDialog</name>
    <message>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <source>About HPF Counter</source>
        <translation>About HPF Counter</translation>
    </message>
    <message>
        <source>HPF Counter</source>
        <translation>HPF Counter</translation>
    </message>
    <message>
        <source>Counter client of the housing provident fund center</source>
        <translation>Counter client of the housing provident fund center</translation>
    </message>
    <message>
        <source>Version %1 (Qt %2)</source>
        <translation>Version %1 (Qt %2)</translation>
    </message>
    <message>
        <source>Licensed to the housing provident fund center that installed it, for its own counters; all other rights reserved.</source>
        <translation>Licensed to the housing provident fund center that installed it, for its own counters; all other rights reserved.</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence:</translation>
    </message>
    <message>
        <source>The server cannot be reached; its version is unknown</source>
        <translation>The server cannot be reached; its version is unknown</translation>
    </message>
    <message>
        <source>%1 %2 (API %3, database schema %4)</source>
        <translation>%1 %2 (API %3, database schema %4)</translation>
    </message>
</context>
<context>
    <name>hpf::ui::AdjustmentPage</name>
    <message>
        <source>&amp;Open the list of new bases… (Ctrl+O)</source>
        <translation>&amp;Open the list of new bases… (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Adjust the bases</source>
        <translation>&amp;Adjust the bases</translation>
    </message>
    <message>
        <source>unchanged, or e.g. 12%</source>
        <translation>unchanged, or e.g. 12%</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Old base</source>
        <translation>Old base</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>New base</source>
        <translation>New base</translation>
    </message>
    <message>
        <source>Clamped</source>
        <translation>Clamped</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Unit account:</source>
        <translation>Unit account:</translation>
    </message>
    <message>
        <source>Adjustment year:</source>
        <translation>Adjustment year:</translation>
    </message>
    <message>
        <source>New unit ratio (optional):</source>
        <translation>New unit ratio (optional):</translation>
    </message>
    <message>
        <source>New personal ratio (optional):</source>
        <translation>New personal ratio (optional):</translation>
    </message>
    <message>
        <source>Annual base adjustment (基数调整): a CSV or XLSX list with 证件类型, 证件号码, 姓名 and 缴存基数 (yuan). Bases outside the year&apos;s floor and ceiling are clamped and marked; employees not listed keep their base. Enter in the last field opens the list.</source>
        <translation>Annual base adjustment (基数调整): a CSV or XLSX list with 证件类型, 证件号码, 姓名 and 缴存基数 (yuan). Bases outside the year&apos;s floor and ceiling are clamped and marked; employees not listed keep their base. Enter in the last field opens the list.</translation>
    </message>
    <message>
        <source>Choose the list of new bases</source>
        <translation>Choose the list of new bases</translation>
    </message>
    <message>
        <source>Employee lists (*.csv *.txt *.xlsx)</source>
        <translation>Employee lists (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Reading the list…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the list cannot be read; correct the file and open it again</source>
        <translation>
            <numerusform>%n row of the list cannot be read; correct the file and open it again</numerusform>
            <numerusform>%n rows of the list cannot be read; correct the file and open it again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Validating %n row(s) against the unit&apos;s employees…</source>
        <translation>
            <numerusform>Validating %n row against the unit&apos;s employees…</numerusform>
            <numerusform>Validating %n rows against the unit&apos;s employees…</numerusform>
        </translation>
    </message>
    <message>
        <source>Effective from %1: %2 clamped, %3 employee(s) not listed keep their base. Check and adjust.</source>
        <translation>Effective from %1: %2 clamped, %3 employee(s) not listed keep their base. Check and adjust.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused (see Problem); correct the list and open it again</source>
        <translation>
            <numerusform>%n row refused (see Problem); correct the list and open it again</numerusform>
            <numerusform>%n rows refused (see Problem); correct the list and open it again</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a list without refused rows first</source>
        <translation>Open a list without refused rows first</translation>
    </message>
    <message>
        <source>Base adjustment</source>
        <translation>Base adjustment</translation>
    </message>
    <message numerus="yes">
        <source>Bases adjusted from %1: serial %2 · %n employee(s), %3 clamped</source>
        <translation>
            <numerusform>Bases adjusted from %1: serial %2 · %n employee, %3 clamped</numerusform>
            <numerusform>Bases adjusted from %1: serial %2 · %n employees, %3 clamped</numerusform>
        </translation>
    </message>
    <message>
        <source>New bases</source>
        <translation>New bases</translation>
    </message>
</context>
<context>
    <name>hpf::ui::ArchiveCapturePage</name>
    <message>
        <source>Scan (F5)</source>
        <translation>Scan (F5)</translation>
    </message>
    <message>
        <source>Import files… (Ctrl+O)</source>
        <translation>Import files… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Upload (Ctrl+U)</source>
        <translation>Upload (Ctrl+U)</translation>
    </message>
    <message>
        <source>business serial number, then Enter</source>
        <translation>business serial number, then Enter</translation>
    </message>
    <message>
        <source>Upload waiting: %1. The pages are kept and the upload goes on by itself.</source>
        <translation>Upload waiting: %1. The pages are kept and the upload goes on by itself.</translation>
    </message>
    <message>
        <source>Upload refused: %1</source>
        <translation>Upload refused: %1</translation>
    </message>
    <message>
        <source>Archived as %1 (%2 files)</source>
        <translation>Archived as %1 (%2 files)</translation>
    </message>
    <message>
        <source>New pages go to: %1</source>
        <translation>New pages go to: %1</translation>
    </message>
    <message>
        <source>Enter the business serial number of the record to archive</source>
        <translation>Enter the business serial number of the record to archive</translation>
    </message>
    <message>
        <source>Looking up the record…</source>
        <translation>Looking up the record…</translation>
    </message>
    <message>
        <source>This record is already archived as %1</source>
        <translation>This record is already archived as %1</translation>
    </message>
    <message>
        <source>Offline: the record as last seen; pages are kept and uploaded later</source>
        <translation>Offline: the record as last seen; pages are kept and uploaded later</translation>
    </message>
    <message>
        <source>Choose the material, then scan (F5) or import (Ctrl+O)</source>
        <translation>Choose the material, then scan (F5) or import (Ctrl+O)</translation>
    </message>
    <message>
        <source>No scanner found: pages can be imported from files</source>
        <translation>No scanner found: pages can be imported from files</translation>
    </message>
    <message>
        <source>The scanner is still busy</source>
        <translation>The scanner is still busy</translation>
    </message>
    <message>
        <source>Choose the material of the pages first</source>
        <translation>Choose the material of the pages first</translation>
    </message>
    <message>
        <source>Select the page to scan again</source>
        <translation>Select the page to scan again</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Scanning…</translation>
    </message>
    <message>
        <source>A scanned page could not be kept: %1</source>
        <translation>A scanned page could not be kept: %1</translation>
    </message>
    <message>
        <source>Scanned. Still missing: %1</source>
        <translation>Scanned. Still missing: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>The scan stopped: %1. The pages scanned before are kept.</source>
        <translation>The scan stopped: %1. The pages scanned before are kept.</translation>
    </message>
    <message>
        <source>Import pages</source>
        <translation>Import pages</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: cannot be read</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n file imported</numerusform>
            <numerusform>%n files imported</numerusform>
        </translation>
    </message>
    <message>
        <source>Still missing required materials: %1</source>
        <translation>Still missing required materials: %1</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Uploading…</translation>
    </message>
    <message>
        <source>Business serial</source>
        <translation>Business serial</translation>
    </message>
    <message>
        <source>Business record</source>
        <translation>Business record</translation>
    </message>
    <message>
        <source>Business &amp;serial:</source>
        <translation>Business &amp;serial:</translation>
    </message>
    <message>
        <source>Pa&amp;ges:</source>
        <translation>Pa&amp;ges:</translation>
    </message>
    <message>
        <source>Business: %1</source>
        <translation>Business: %1</translation>
    </message>
    <message>
        <source>Done at: %1, branch %2</source>
        <translation>Done at: %1, branch %2</translation>
    </message>
    <message>
        <source>Person&apos;s name: %1 · identity number %2</source>
        <translation>Person&apos;s name: %1 · identity number %2</translation>
    </message>
    <message>
        <source>Unit name: %1</source>
        <translation>Unit name: %1</translation>
    </message>
    <message>
        <source>Archive number: %1</source>
        <translation>Archive number: %1</translation>
    </message>
</context>
<context>
    <name>hpf::ui::ArchiveCheckPage</name>
    <message>
        <source>Run check</source>
        <translation>Run check</translation>
    </message>
    <message>
        <source>Show summary</source>
        <translation>Show summary</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Print report…</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>Print summary…</translation>
    </message>
    <message>
        <source>package id, then Enter</source>
        <translation>package id, then Enter</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Archive number</source>
        <translation>Archive number</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Checked at</translation>
    </message>
    <message>
        <source>Failed checks</source>
        <translation>Failed checks</translation>
    </message>
    <message>
        <source>Enter the package to check</source>
        <translation>Enter the package to check</translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation>Checking the package…</translation>
    </message>
    <message>
        <source>Four-property check</source>
        <translation>Four-property check</translation>
    </message>
    <message>
        <source>The check report cannot be read (%1)</source>
        <translation>The check report cannot be read (%1)</translation>
    </message>
    <message>
        <source>%1: all four properties passed (%2)</source>
        <translation>%1: all four properties passed (%2)</translation>
    </message>
    <message>
        <source>%1: the check FAILED (%2) — report it to the archive manager</source>
        <translation>%1: the check FAILED (%2) — report it to the archive manager</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>Write the period as two dates YYYY-MM-DD, the first not after the second</source>
        <translation>Write the period as two dates YYYY-MM-DD, the first not after the second</translation>
    </message>
    <message>
        <source>Loading the summary…</source>
        <translation>Loading the summary…</translation>
    </message>
    <message>
        <source>%1 to %2: %3 packages, %4 checked, %5 passed, %6 failed</source>
        <translation>%1 to %2: %3 packages, %4 checked, %5 passed, %6 failed</translation>
    </message>
    <message>
        <source>Four-property check report</source>
        <translation>Four-property check report</translation>
    </message>
    <message>
        <source>Archive number: %1</source>
        <translation>Archive number: %1</translation>
    </message>
    <message>
        <source>Package: %1</source>
        <translation>Package: %1</translation>
    </message>
    <message>
        <source>Checked at %1 by %2</source>
        <translation>Checked at %1 by %2</translation>
    </message>
    <message>
        <source>Printed by %1</source>
        <translation>Printed by %1</translation>
    </message>
    <message>
        <source>Four-property check summary</source>
        <translation>Four-property check summary</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Checked from</source>
        <translation>Checked from</translation>
    </message>
    <message>
        <source>Checked to</source>
        <translation>Checked to</translation>
    </message>
    <message>
        <source>Check report</source>
        <translation>Check report</translation>
    </message>
    <message>
        <source>Failed packages of the period</source>
        <translation>Failed packages of the period</translation>
    </message>
    <message>
        <source>Check one package</source>
        <translation>Check one package</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>&amp;Package:</translation>
    </message>
    <message>
        <source>Summary of a period</source>
        <translation>Summary of a period</translation>
    </message>
    <message>
        <source>Checked &amp;from:</source>
        <translation>Checked &amp;from:</translation>
    </message>
    <message>
        <source>Checked &amp;to:</source>
        <translation>Checked &amp;to:</translation>
    </message>
</context>
<context>
    <name>hpf::ui::ArchiveSearchPage</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>full identity number</source>
        <translation>full identity number</translation>
    </message>
    <message>
        <source>Archive number</source>
        <translation>Archive number</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Last check</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD</source>
        <translation>Write the date as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Enter at least one search term or a date range</source>
        <translation>Enter at least one search term or a date range</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>passed %1</source>
        <translation>passed %1</translation>
    </message>
    <message>
        <source>FAILED %1</source>
        <translation>FAILED %1</translation>
    </message>
    <message>
        <source>No archive package matches</source>
        <translation>No archive package matches</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s); Enter opens the selected one</source>
        <translation>
            <numerusform>%n package; Enter opens the selected one</numerusform>
            <numerusform>%n packages; Enter opens the selected one</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive packages found</source>
        <translation>Archive packages found</translation>
    </message>
    <message>
        <source>Person&apos;s name</source>
        <translation>Person&apos;s name</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <source>Personal account number</source>
        <translation>Personal account number</translation>
    </message>
    <message>
        <source>Unit account number or credit code</source>
        <translation>Unit account number or credit code</translation>
    </message>
    <message>
        <source>Business serial</source>
        <translation>Business serial</translation>
    </message>
    <message>
        <source>Registered from</source>
        <translation>Registered from</translation>
    </message>
    <message>
        <source>Registered to</source>
        <translation>Registered to</translation>
    </message>
    <message>
        <source>Person or unit</source>
        <translation>Person or unit</translation>
    </message>
    <message>
        <source>Person&apos;s &amp;name:</source>
        <translation>Person&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Identity number:</source>
        <translation>&amp;Identity number:</translation>
    </message>
    <message>
        <source>Personal &amp;account:</source>
        <translation>Personal &amp;account:</translation>
    </message>
    <message>
        <source>&amp;Unit account / credit code:</source>
        <translation>&amp;Unit account / credit code:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Business &amp;serial:</source>
        <translation>Business &amp;serial:</translation>
    </message>
    <message>
        <source>Archi&amp;ve number:</source>
        <translation>Archi&amp;ve number:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
</context>
<context>
    <name>hpf::ui::ArchiveText</name>
    <message>
        <source>Manifest readable</source>
        <translation>Manifest readable</translation>
    </message>
    <message>
        <source>Manifest signature</source>
        <translation>Manifest signature</translation>
    </message>
    <message>
        <source>Manifest matches the register</source>
        <translation>Manifest matches the register</translation>
    </message>
    <message>
        <source>Registered with its business</source>
        <translation>Registered with its business</translation>
    </message>
    <message>
        <source>File listed in the manifest</source>
        <translation>File listed in the manifest</translation>
    </message>
    <message>
        <source>Allowed file format</source>
        <translation>Allowed file format</translation>
    </message>
    <message>
        <source>Digitisation metadata</source>
        <translation>Digitisation metadata</translation>
    </message>
    <message>
        <source>File readable from the store</source>
        <translation>File readable from the store</translation>
    </message>
    <message>
        <source>File present in the store</source>
        <translation>File present in the store</translation>
    </message>
    <message>
        <source>File digests (SM3, SHA-256)</source>
        <translation>File digests (SM3, SHA-256)</translation>
    </message>
    <message>
        <source>File opens and renders</source>
        <translation>File opens and renders</translation>
    </message>
    <message>
        <source>Use copy has every page</source>
        <translation>Use copy has every page</translation>
    </message>
    <message>
        <source>Required materials present</source>
        <translation>Required materials present</translation>
    </message>
    <message>
        <source>Commit recorded in the audit trail</source>
        <translation>Commit recorded in the audit trail</translation>
    </message>
    <message>
        <source>Authenticity</source>
        <translation>Authenticity</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <source>Usability</source>
        <translation>Usability</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Page image</source>
        <translation>Page image</translation>
    </message>
    <message>
        <source>Use copy (PDF)</source>
        <translation>Use copy (PDF)</translation>
    </message>
</context>
<context>
    <name>hpf::ui::ArchiveViewerPage</name>
    <message>
        <source>Export watermarked copy… (Ctrl+E)</source>
        <translation>Export watermarked copy… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Run four-property check (Ctrl+T)</source>
        <translation>Run four-property check (Ctrl+T)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
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
        <translation>purpose of the export (required), e.g. court request 2026-123</translation>
    </message>
    <message>
        <source>Opening the archive package…</source>
        <translation>Opening the archive package…</translation>
    </message>
    <message>
        <source>Archive number %1 · %2 · serial %3
Registered %4 · %5 files, %6 bytes · signed by key %7</source>
        <translation>Archive number %1 · %2 · serial %3
Registered %4 · %5 files, %6 bytes · signed by key %7</translation>
    </message>
    <message>
        <source>Loading the pages…</source>
        <translation>Loading the pages…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) shown; every file matches its digests</source>
        <translation>
            <numerusform>%n page shown; every file matches its digests</numerusform>
            <numerusform>%n pages shown; every file matches its digests</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the centre sent an unexpected part of the file</source>
        <translation>%1: the centre sent an unexpected part of the file</translation>
    </message>
    <message>
        <source>%1 does not match its digests in the package: report it to the archive manager</source>
        <translation>%1 does not match its digests in the package: report it to the archive manager</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Enter the purpose of the export (at most 200 characters)</source>
        <translation>Enter the purpose of the export (at most 200 characters)</translation>
    </message>
    <message>
        <source>Wait until every page is loaded</source>
        <translation>Wait until every page is loaded</translation>
    </message>
    <message>
        <source>Archive export</source>
        <translation>Archive export</translation>
    </message>
    <message>
        <source>The copy could not be written to %1</source>
        <translation>The copy could not be written to %1</translation>
    </message>
    <message>
        <source>Watermarked copy saved: %1</source>
        <translation>Watermarked copy saved: %1</translation>
    </message>
    <message>
        <source>Save the watermarked copy</source>
        <translation>Save the watermarked copy</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Pages of the package</source>
        <translation>Pages of the package</translation>
    </message>
    <message>
        <source>Files of the package</source>
        <translation>Files of the package</translation>
    </message>
    <message>
        <source>Purpose of the export</source>
        <translation>Purpose of the export</translation>
    </message>
    <message>
        <source>Selected page</source>
        <translation>Selected page</translation>
    </message>
    <message>
        <source>Archive package</source>
        <translation>Archive package</translation>
    </message>
    <message>
        <source>Watermarked copy</source>
        <translation>Watermarked copy</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>P&amp;urpose:</translation>
    </message>
</context>
<context>
    <name>hpf::ui::AuditPage</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation>Verify the audit chain</translation>
    </message>
    <message>
        <source>e.g. holds. or accounts.get</source>
        <translation>e.g. holds. or accounts.get</translation>
    </message>
    <message>
        <source>full identity number</source>
        <translation>full identity number</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>Branch:</translation>
    </message>
    <message>
        <source>Business:</source>
        <translation>Business:</translation>
    </message>
    <message>
        <source>Person (identity number):</source>
        <translation>Person (identity number):</translation>
    </message>
    <message>
        <source>Account number:</source>
        <translation>Account number:</translation>
    </message>
    <message>
        <source>From (date):</source>
        <translation>From (date):</translation>
    </message>
    <message>
        <source>To (date):</source>
        <translation>To (date):</translation>
    </message>
    <message>
        <source>Type dates as YYYY-MM-DD.</source>
        <translation>Type dates as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>No records match.</source>
        <translation>No records match.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shown.</source>
        <translation>
            <numerusform>%n record shown.</numerusform>
            <numerusform>%n records shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 (chain position %2)</source>
        <translation>Record %1 (chain position %2)</translation>
    </message>
    <message>
        <source>not chained yet</source>
        <translation>not chained yet</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Time: %1</translation>
    </message>
    <message>
        <source>User: %1 (%2), branch %3, workstation %4</source>
        <translation>User: %1 (%2), branch %3, workstation %4</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Request: %1</translation>
    </message>
    <message>
        <source>Business: %1</source>
        <translation>Business: %1</translation>
    </message>
    <message>
        <source>Object: %1</source>
        <translation>Object: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Before:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>After:</translation>
    </message>
    <message>
        <source>Export audit records</source>
        <translation>Export audit records</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>The export could not be written: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported (%1).</source>
        <translation>
            <numerusform>%n record exported (%1).</numerusform>
            <numerusform>%n records exported (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Verifying the audit chain…</translation>
    </message>
    <message>
        <source>The audit chain is intact: %1 records, %2 signed checkpoints, %3 not chained yet.</source>
        <translation>The audit chain is intact: %1 records, %2 signed checkpoints, %3 not chained yet.</translation>
    </message>
    <message>
        <source>The audit chain is broken at record %1 (position %2): %3</source>
        <translation>The audit chain is broken at record %1 (position %2): %3</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What and when</source>
        <translation>What and when</translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation>Audit records</translation>
    </message>
    <message>
        <source>Record &amp;details:</source>
        <translation>Record &amp;details:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Part received</source>
        <translation>Part received</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>hpf::ui::BackPaymentPage</name>
    <message>
        <source>&amp;Post the back payment</source>
        <translation>&amp;Post the back payment</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Base (yuan)</source>
        <translation>Base (yuan)</translation>
    </message>
    <message>
        <source>Difference (yuan)</source>
        <translation>Difference (yuan)</translation>
    </message>
    <message>
        <source>Problem / posted</source>
        <translation>Problem / posted</translation>
    </message>
    <message>
        <source>Unit account:</source>
        <translation>Unit account:</translation>
    </message>
    <message>
        <source>Month paid back:</source>
        <translation>Month paid back:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Memo (optional):</source>
        <translation>Memo (optional):</translation>
    </message>
    <message>
        <source>Back payment (补缴) of a past month: tick the employees (Space), type a base when it differs from the one in effect that month, or the difference for 基数调整补差 and 少缴补足. All rows are posted or none.</source>
        <translation>Back payment (补缴) of a past month: tick the employees (Space), type a base when it differs from the one in effect that month, or the difference for 基数调整补差 and 少缴补足. All rows are posted or none.</translation>
    </message>
    <message>
        <source>The amount must be more than zero</source>
        <translation>The amount must be more than zero</translation>
    </message>
    <message>
        <source>Correct the amount of the marked row</source>
        <translation>Correct the amount of the marked row</translation>
    </message>
    <message>
        <source>Tick between 1 and %1 employees (Space on the row)</source>
        <translation>Tick between 1 and %1 employees (Space on the row)</translation>
    </message>
    <message>
        <source>Back payment</source>
        <translation>Back payment</translation>
    </message>
    <message>
        <source>Paid %1 (base %2)</source>
        <translation>Paid %1 (base %2)</translation>
    </message>
    <message numerus="yes">
        <source>Back payment of %1 posted: serial %2 · %n employee(s) · total %3</source>
        <translation>
            <numerusform>Back payment of %1 posted: serial %2 · %n employee · total %3</numerusform>
            <numerusform>Back payment of %1 posted: serial %2 · %n employees · total %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was posted: %n row(s) refused. %1</source>
        <translation>
            <numerusform>Nothing was posted: %n row refused. %1</numerusform>
            <numerusform>Nothing was posted: %n rows refused. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Employees paid back</source>
        <translation>Employees paid back</translation>
    </message>
</context>
<context>
    <name>hpf::ui::BatchTransferPage</name>
    <message>
        <source>&amp;Open the list of leaving employees… (Ctrl+O)</source>
        <translation>&amp;Open the list of leaving employees… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Transfer them &amp;all</source>
        <translation>Transfer them &amp;all</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Problem / new account</source>
        <translation>Problem / new account</translation>
    </message>
    <message>
        <source>Unit the employees leave:</source>
        <translation>Unit the employees leave:</translation>
    </message>
    <message>
        <source>Receiving unit:</source>
        <translation>Receiving unit:</translation>
    </message>
    <message>
        <source>Move a unit&apos;s leaving employees to another unit in one batch: a CSV or XLSX file with the columns 证件类型, 证件号码 and 姓名. Either all of them are transferred or none; a refused row says why.</source>
        <translation>Move a unit&apos;s leaving employees to another unit in one batch: a CSV or XLSX file with the columns 证件类型, 证件号码 and 姓名. Either all of them are transferred or none; a refused row says why.</translation>
    </message>
    <message>
        <source>Choose the list of leaving employees</source>
        <translation>Choose the list of leaving employees</translation>
    </message>
    <message>
        <source>Employee lists (*.csv *.txt *.xlsx)</source>
        <translation>Employee lists (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Reading the list…</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) read; check the units and transfer them</source>
        <translation>
            <numerusform>%n employee read; check the units and transfer them</numerusform>
            <numerusform>%n employees read; check the units and transfer them</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the list of leaving employees first</source>
        <translation>Open the list of leaving employees first</translation>
    </message>
    <message>
        <source>Batch in-city transfer</source>
        <translation>Batch in-city transfer</translation>
    </message>
    <message>
        <source>→ %1 · %2</source>
        <translation>→ %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) transferred, %1 in all: serial %2</source>
        <translation>
            <numerusform>%n employee transferred, %1 in all: serial %2</numerusform>
            <numerusform>%n employees transferred, %1 in all: serial %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was transferred: %n row(s) refused; correct the list and open it again. %1</source>
        <translation>
            <numerusform>Nothing was transferred: %n row refused; correct the list and open it again. %1</numerusform>
            <numerusform>Nothing was transferred: %n rows refused; correct the list and open it again. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Employees in the file</source>
        <translation>Employees in the file</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Leaving:</source>
        <translation>Leaving:</translation>
    </message>
    <message>
        <source>Receiving:</source>
        <translation>Receiving:</translation>
    </message>
</context>
<context>
    <name>hpf::ui::CalibrationDialog</name>
    <message>
        <source>Printer calibration</source>
        <translation>Printer calibration</translation>
    </message>
    <message>
        <source>Move right by:</source>
        <translation>Move right by:</translation>
    </message>
    <message>
        <source>Move down by:</source>
        <translation>Move down by:</translation>
    </message>
    <message>
        <source>Print a receipt on a pre-printed form, measure how far the text sits from the boxes, and enter that distance. Negative values move left and up.</source>
        <translation>Print a receipt on a pre-printed form, measure how far the text sits from the boxes, and enter that distance. Negative values move left and up.</translation>
    </message>
    <message>
        <source>Offsets for the printer &quot;%1&quot;</source>
        <translation>Offsets for the printer &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No printer has been chosen in this session yet. Choose one with Printer… (or print once), then calibrate it.</source>
        <translation>No printer has been chosen in this session yet. Choose one with Printer… (or print once), then calibrate it.</translation>
    </message>
</context>
<context>
    <name>hpf::ui::CapturePageStrip</name>
    <message>
        <source>Captured pages</source>
        <translation>Captured pages</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>blank?</source>
        <translation>blank?</translation>
    </message>
    <message>
        <source>duplicate?</source>
        <translation>duplicate?</translation>
    </message>
    <message>
        <source>The page is straight</source>
        <translation>The page is straight</translation>
    </message>
</context>
<context>
    <name>hpf::ui::CertificateBatchPage</name>
    <message>
        <source>Issue and write PDF</source>
        <translation>Issue and write PDF</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>Select none</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Certificates for the active employees of a unit (untick those who do not need one), written into one PDF, one certificate per page.</source>
        <translation>Certificates for the active employees of a unit (untick those who do not need one), written into one PDF, one certificate per page.</translation>
    </message>
    <message>
        <source>Certificates of unit %1</source>
        <translation>Certificates of unit %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n active employee(s) selected</source>
        <translation>
            <numerusform>%1 of %n active employee selected</numerusform>
            <numerusform>%1 of %n active employees selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Enter the unit account number (digits)</source>
        <translation>Enter the unit account number (digits)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The unit has more employees than one list shows; only those listed are issued</source>
        <translation>The unit has more employees than one list shows; only those listed are issued</translation>
    </message>
    <message>
        <source>Save the certificates as PDF</source>
        <translation>Save the certificates as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the PDF (a file name ending in .pdf)</source>
        <translation>Choose where to save the PDF (a file name ending in .pdf)</translation>
    </message>
    <message>
        <source>Certificates are signed by the server: issuing needs the connection. Try again when it is back</source>
        <translation>Certificates are signed by the server: issuing needs the connection. Try again when it is back</translation>
    </message>
    <message>
        <source>Load the unit and select at least one employee</source>
        <translation>Load the unit and select at least one employee</translation>
    </message>
    <message>
        <source>Issuing: %1 of %2 answered…</source>
        <translation>Issuing: %1 of %2 answered…</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled. %n certificate(s) had already been issued; no PDF was written.</source>
        <translation>
            <numerusform>Cancelled. %n certificate had already been issued; no PDF was written.</numerusform>
            <numerusform>Cancelled. %n certificates had already been issued; no PDF was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. %n certificate(s) were issued so far; press Resume to continue with the same requests.</source>
        <translation>
            <numerusform>%1. %n certificate were issued so far; press Resume to continue with the same requests.</numerusform>
            <numerusform>%1. %n certificates were issued so far; press Resume to continue with the same requests.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No certificate was issued: %1</source>
        <translation>No certificate was issued: %1</translation>
    </message>
    <message>
        <source>Writing the PDF: page %1 of %2…</source>
        <translation>Writing the PDF: page %1 of %2…</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>The PDF could not be written: %1</translation>
    </message>
    <message>
        <source>The PDF could not be saved as %1</source>
        <translation>The PDF could not be saved as %1</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) written to %1</source>
        <translation>
            <numerusform>%n certificate written to %1</numerusform>
            <numerusform>%n certificates written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not issued (%n): %1</source>
        <translation>
            <numerusform>Not issued (%n): %1</numerusform>
            <numerusform>Not issued (%n): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Certificates (batch)</source>
        <translation>Certificates (batch)</translation>
    </message>
    <message>
        <source>Active employees of the unit</source>
        <translation>Active employees of the unit</translation>
    </message>
    <message>
        <source>&amp;Unit account:</source>
        <translation>&amp;Unit account:</translation>
    </message>
    <message>
        <source>&amp;PDF file:</source>
        <translation>&amp;PDF file:</translation>
    </message>
</context>
<context>
    <name>hpf::ui::CertificateIssuePage</name>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>Issue certificate</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Personal account number</source>
        <translation>Personal account number</translation>
    </message>
    <message>
        <source>Identity number (resident ID card)</source>
        <translation>Identity number (resident ID card)</translation>
    </message>
    <message>
        <source>Issue a personal certificate with a signed QR code (亮码可办). It prints exactly what the server stored and signed.</source>
        <translation>Issue a personal certificate with a signed QR code (亮码可办). It prints exactly what the server stored and signed.</translation>
    </message>
    <message>
        <source>An account number has only digits (at most 20)</source>
        <translation>An account number has only digits (at most 20)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation>Nobody found</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) found</source>
        <translation>
            <numerusform>%n account found</numerusform>
            <numerusform>%n accounts found</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the person first</source>
        <translation>Find the person first</translation>
    </message>
    <message>
        <source>Certificates are signed by the server: issuing needs the connection. Try again when it is back</source>
        <translation>Certificates are signed by the server: issuing needs the connection. Try again when it is back</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Issuing…</translation>
    </message>
    <message>
        <source>Issued %1 No. %2, valid until %3</source>
        <translation>Issued %1 No. %2, valid until %3</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Find by</source>
        <translation>Find by</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Find &amp;by:</source>
        <translation>Find &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
</context>
<context>
    <name>hpf::ui::CertificateTypeForm</name>
    <message>
        <source>The server cannot issue certificates now: its signing key is not available</source>
        <translation>The server cannot issue certificates now: its signing key is not available</translation>
    </message>
    <message>
        <source>The certificate types have not been loaded from the server yet</source>
        <translation>The certificate types have not been loaded from the server yet</translation>
    </message>
    <message>
        <source>Fill in: %1</source>
        <translation>Fill in: %1</translation>
    </message>
    <message>
        <source>Certificate type</source>
        <translation>Certificate type</translation>
    </message>
    <message>
        <source>Certificate t&amp;ype:</source>
        <translation>Certificate t&amp;ype:</translation>
    </message>
</context>
<context>
    <name>hpf::ui::CertificateVerifyPage</name>
    <message>
        <source>Open image or PDF…</source>
        <translation>Open image or PDF…</translation>
    </message>
    <message>
        <source>Scan the QR code, or paste its text (HPF1:…), and press Enter</source>
        <translation>Scan the QR code, or paste its text (HPF1:…), and press Enter</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Verify a certificate: the signature is checked on this computer, then the center is asked whether the certificate is still valid.</source>
        <translation>Verify a certificate: the signature is checked on this computer, then the center is asked whether the certificate is still valid.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>Open a photo, scan or PDF of the certificate</source>
        <translation>Open a photo, scan or PDF of the certificate</translation>
    </message>
    <message>
        <source>Images and PDF (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.pdf)</source>
        <translation>Images and PDF (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Reading the code from %1…</source>
        <translation>Reading the code from %1…</translation>
    </message>
    <message>
        <source>No code could be read: %1</source>
        <translation>No code could be read: %1</translation>
    </message>
    <message>
        <source>not our format</source>
        <translation>not our format</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>damaged</translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation>unknown format version</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unknown key</translation>
    </message>
    <message>
        <source>bad signature</source>
        <translation>bad signature</translation>
    </message>
    <message>
        <source>signed outside the key&apos;s validity</source>
        <translation>signed outside the key&apos;s validity</translation>
    </message>
    <message>
        <source>issued in the future</source>
        <translation>issued in the future</translation>
    </message>
    <message>
        <source>unknown to the center</source>
        <translation>unknown to the center</translation>
    </message>
    <message>
        <source>VALID — genuine, and the center confirms it is valid</source>
        <translation>VALID — genuine, and the center confirms it is valid</translation>
    </message>
    <message>
        <source>INVALID — %1</source>
        <translation>INVALID — %1</translation>
    </message>
    <message>
        <source>EXPIRED — no longer valid</source>
        <translation>EXPIRED — no longer valid</translation>
    </message>
    <message>
        <source>REVOKED — the center has revoked this certificate</source>
        <translation>REVOKED — the center has revoked this certificate</translation>
    </message>
    <message>
        <source>SUPERSEDED — replaced by a newer certificate</source>
        <translation>SUPERSEDED — replaced by a newer certificate</translation>
    </message>
    <message>
        <source>SIGNATURE VALID, STATUS UNKNOWN (offline)</source>
        <translation>SIGNATURE VALID, STATUS UNKNOWN (offline)</translation>
    </message>
    <message>
        <source>CANNOT VERIFY</source>
        <translation>CANNOT VERIFY</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>The signature is genuine; asking the center for the status…</source>
        <translation>The signature is genuine; asking the center for the status…</translation>
    </message>
    <message>
        <source>[TRAINING certificate: not real]</source>
        <translation>[TRAINING certificate: not real]</translation>
    </message>
    <message>
        <source>Compare the fields below with the paper.</source>
        <translation>Compare the fields below with the paper.</translation>
    </message>
    <message>
        <source>Do not accept this certificate.</source>
        <translation>Do not accept this certificate.</translation>
    </message>
    <message>
        <source>Ask for a new certificate.</source>
        <translation>Ask for a new certificate.</translation>
    </message>
    <message>
        <source>Ask for the newest certificate; this one must not be used.</source>
        <translation>Ask for the newest certificate; this one must not be used.</translation>
    </message>
    <message>
        <source>The code is genuine and not expired, but the center could not be asked whether it was revoked or replaced. Verify again when the connection is back.</source>
        <translation>The code is genuine and not expired, but the center could not be asked whether it was revoked or replaced. Verify again when the connection is back.</translation>
    </message>
    <message>
        <source>No list of the center&apos;s keys is stored on this computer and the server cannot be reached. Verify again when the connection is back.</source>
        <translation>No list of the center&apos;s keys is stored on this computer and the server cannot be reached. Verify again when the connection is back.</translation>
    </message>
    <message>
        <source>What the certificate says</source>
        <translation>What the certificate says</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
</context>
<context>
    <name>hpf::ui::ChangeText</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <source>Contact mobile</source>
        <translation>Contact mobile</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>Office address</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>Registered address</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Bank branch name</source>
        <translation>Bank branch name</translation>
    </message>
    <message>
        <source>Bank account number</source>
        <translation>Bank account number</translation>
    </message>
    <message>
        <source>Remittance day</source>
        <translation>Remittance day</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Legal representative&apos;s name</source>
        <translation>Legal representative&apos;s name</translation>
    </message>
    <message>
        <source>Legal representative&apos;s document type</source>
        <translation>Legal representative&apos;s document type</translation>
    </message>
    <message>
        <source>Legal representative&apos;s document number</source>
        <translation>Legal representative&apos;s document number</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>hpf::ui::ContractVerifyPage</name>
    <message>
        <source>Choose a PDF… (F4)</source>
        <translation>Choose a PDF… (F4)</translation>
    </message>
    <message>
        <source>Path of a contract PDF, or drop the file here</source>
        <translation>Path of a contract PDF, or drop the file here</translation>
    </message>
    <message>
        <source>Checks a signed loan or mortgage contract: whether the PDF is exactly the one the center signed at the face-to-face signing.</source>
        <translation>Checks a signed loan or mortgage contract: whether the PDF is exactly the one the center signed at the face-to-face signing.</translation>
    </message>
    <message>
        <source>Contract to verify</source>
        <translation>Contract to verify</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>VALID: the contract is unchanged since the center signed it</source>
        <translation>VALID: the contract is unchanged since the center signed it</translation>
    </message>
    <message>
        <source>CHANGED: this file is not the contract the center signed</source>
        <translation>CHANGED: this file is not the contract the center signed</translation>
    </message>
    <message>
        <source>NOT SIGNED: the file carries no signature of the center</source>
        <translation>NOT SIGNED: the file carries no signature of the center</translation>
    </message>
    <message>
        <source>UNKNOWN KEY: signed with a key this center does not trust</source>
        <translation>UNKNOWN KEY: signed with a key this center does not trust</translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation>NOT VALID</translation>
    </message>
    <message>
        <source>Contract number: %1</source>
        <translation>Contract number: %1</translation>
    </message>
    <message>
        <source>Signed at: %1</source>
        <translation>Signed at: %1</translation>
    </message>
    <message>
        <source>This center keeps a signed contract with exactly these bytes.</source>
        <translation>This center keeps a signed contract with exactly these bytes.</translation>
    </message>
    <message>
        <source>This center keeps no copy of this file: ask for the center&apos;s copy.</source>
        <translation>This center keeps no copy of this file: ask for the center&apos;s copy.</translation>
    </message>
    <message>
        <source>Contract &amp;file:</source>
        <translation>Contract &amp;file:</translation>
    </message>
</context>
<context>
    <name>hpf::ui::ContributionText</name>
    <message>
        <source>Not yet: this person&apos;s first deposit month is %1</source>
        <translation>Not yet: this person&apos;s first deposit month is %1</translation>
    </message>
    <message>
        <source>Account sealed (封存)</source>
        <translation>Account sealed (封存)</translation>
    </message>
    <message>
        <source>Account frozen (冻结)</source>
        <translation>Account frozen (冻结)</translation>
    </message>
    <message>
        <source>Account closed</source>
        <translation>Account closed</translation>
    </message>
    <message>
        <source>Deferred (缓缴)</source>
        <translation>Deferred (缓缴)</translation>
    </message>
    <message>
        <source>Left out (%1)</source>
        <translation>Left out (%1)</translation>
    </message>
    <message>
        <source>Raised to the floor</source>
        <translation>Raised to the floor</translation>
    </message>
    <message>
        <source>Lowered to the ceiling</source>
        <translation>Lowered to the ceiling</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Posted</translation>
    </message>
</context>
<context>
    <name>hpf::ui::CrossApplyPage</name>
    <message>
        <source>&amp;Apply and print the contact letter</source>
        <translation>&amp;Apply and print the contact letter</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Ask the sending center for &amp;progress</source>
        <translation>Ask the sending center for &amp;progress</translation>
    </message>
    <message>
        <source>&amp;Withdraw the application</source>
        <translation>&amp;Withdraw the application</translation>
    </message>
    <message>
        <source>Sending center:</source>
        <translation>Sending center:</translation>
    </message>
    <message>
        <source>Personal account here (new unit):</source>
        <translation>Personal account here (new unit):</translation>
    </message>
    <message>
        <source>Account at the sending center:</source>
        <translation>Account at the sending center:</translation>
    </message>
    <message>
        <source>Phone (optional):</source>
        <translation>Phone (optional):</translation>
    </message>
    <message>
        <source>The worker applies here, at the receiving center, with an account already opened under the new unit. The contact letter goes to the sending center, which answers with the balance and the money.</source>
        <translation>The worker applies here, at the receiving center, with an account already opened under the new unit. The contact letter goes to the sending center, which answers with the balance and the money.</translation>
    </message>
    <message>
        <source>%1 (%2) — not connected: no channel to this center</source>
        <translation>%1 (%2) — not connected: no channel to this center</translation>
    </message>
    <message>
        <source>No other center can be reached from this one: transfers in cannot be applied for now</source>
        <translation>No other center can be reached from this one: transfers in cannot be applied for now</translation>
    </message>
    <message>
        <source>choose a connected center</source>
        <translation>choose a connected center</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>Cross-city transfer application</source>
        <translation>Cross-city transfer application</translation>
    </message>
    <message>
        <source>Applied: the contact letter is ready to print; the sending center is being told</source>
        <translation>Applied: the contact letter is ready to print; the sending center is being told</translation>
    </message>
    <message>
        <source>Contact letter number: %1</source>
        <translation>Contact letter number: %1</translation>
    </message>
    <message>
        <source>Cancel a cross-city transfer</source>
        <translation>Cancel a cross-city transfer</translation>
    </message>
    <message>
        <source>Cross-city transfer progress query</source>
        <translation>Cross-city transfer progress query</translation>
    </message>
    <message>
        <source>Cancellation sent: the application ends once the sending center agrees</source>
        <translation>Cancellation sent: the application ends once the sending center agrees</translation>
    </message>
    <message>
        <source>Progress query sent: press F5 in a moment to see the answer</source>
        <translation>Progress query sent: press F5 in a moment to see the answer</translation>
    </message>
    <message>
        <source>The sending center has already accepted this transfer: it can no longer be cancelled. The money is on its way; follow it here or in 5103. (%1)</source>
        <translation>The sending center has already accepted this transfer: it can no longer be cancelled. The money is on its way; follow it here or in 5103. (%1)</translation>
    </message>
    <message>
        <source>This transfer is already completed (%1): the money has been credited here, so it can no longer be cancelled. (%2)</source>
        <translation>This transfer is already completed (%1): the money has been credited here, so it can no longer be cancelled. (%2)</translation>
    </message>
    <message>
        <source>Sending center</source>
        <translation>Sending center</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Unit name at the sending center:</source>
        <translation>Unit name at the sending center:</translation>
    </message>
    <message>
        <source>Account here:</source>
        <translation>Account here:</translation>
    </message>
</context>
<context>
    <name>hpf::ui::CrossBrowser</name>
    <message>
        <source>Contact letter</source>
        <translation>Contact letter</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Other center</source>
        <translation>Other center</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>out</source>
        <translation>out</translation>
    </message>
    <message>
        <source>Cross-city transfers</source>
        <translation>Cross-city transfers</translation>
    </message>
</context>
<context>
    <name>hpf::ui::CrossInboxPage</name>
    <message>
        <source>&amp;Accept and transfer out</source>
        <translation>&amp;Accept and transfer out</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Refuse</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;Send again</translation>
    </message>
    <message>
        <source>End as &amp;failed</source>
        <translation>End as &amp;failed</translation>
    </message>
    <message>
        <source>Reason (for refusing or ending as failed; sent to the receiving center)</source>
        <translation>Reason (for refusing or ending as failed; sent to the receiving center)</translation>
    </message>
    <message>
        <source>Contact letters from other centers for accounts here; those waiting for review and those in negotiation first. Check the account, then accept or refuse. F5 reloads.</source>
        <translation>Contact letters from other centers for accounts here; those waiting for review and those in negotiation first. Check the account, then accept or refuse. F5 reloads.</translation>
    </message>
    <message>
        <source>No contact letter is waiting</source>
        <translation>No contact letter is waiting</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>Cross-city transfer out</source>
        <translation>Cross-city transfer out</translation>
    </message>
    <message>
        <source>Cross-city transfer refused</source>
        <translation>Cross-city transfer refused</translation>
    </message>
    <message>
        <source>Cross-city transfer sent again</source>
        <translation>Cross-city transfer sent again</translation>
    </message>
    <message>
        <source>Cross-city transfer failed</source>
        <translation>Cross-city transfer failed</translation>
    </message>
    <message>
        <source>Contact letter %1: %2</source>
        <translation>Contact letter %1: %2</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>Reaso&amp;n:</translation>
    </message>
</context>
<context>
    <name>hpf::ui::CrossListPage</name>
    <message>
        <source>&amp;Search (F5)</source>
        <translation>&amp;Search (F5)</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;More</translation>
    </message>
    <message>
        <source>&amp;Print a receipt of this transfer (2006)…</source>
        <translation>&amp;Print a receipt of this transfer (2006)…</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Both directions</translation>
    </message>
    <message>
        <source>Transfers in</source>
        <translation>Transfers in</translation>
    </message>
    <message>
        <source>Transfers out</source>
        <translation>Transfers out</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) listed</source>
        <translation>
            <numerusform>%n transfer listed</numerusform>
            <numerusform>%n transfers listed</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact letter</source>
        <translation>Contact letter</translation>
    </message>
    <message>
        <source>Transfer-out receipt</source>
        <translation>Transfer-out receipt</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message numerus="yes">
        <source>In transit here: %1 (%n transfer(s))</source>
        <translation>
            <numerusform>In transit here: %1 (%n transfer)</numerusform>
            <numerusform>In transit here: %1 (%n transfers)</numerusform>
        </translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Receipts of the transfer</source>
        <translation>Receipts of the transfer</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Direction:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>R&amp;eceipt:</source>
        <translation>R&amp;eceipt:</translation>
    </message>
</context>
<context>
    <name>hpf::ui::DayCharts</name>
    <message>
        <source>Operations by hour</source>
        <translation>Operations by hour</translation>
    </message>
    <message>
        <source>Operations by business</source>
        <translation>Operations by business</translation>
    </message>
    <message>
        <source>Openings</source>
        <translation>Openings</translation>
    </message>
    <message>
        <source>Employee lists</source>
        <translation>Employee lists</translation>
    </message>
    <message>
        <source>Account seal and unseal</source>
        <translation>Account seal and unseal</translation>
    </message>
    <message>
        <source>Remittances</source>
        <translation>Remittances</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Adjustments</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Unit changes</source>
        <translation>Unit changes</translation>
    </message>
    <message>
        <source>Person changes</source>
        <translation>Person changes</translation>
    </message>
    <message>
        <source>Judicial holds</source>
        <translation>Judicial holds</translation>
    </message>
    <message>
        <source>Judicial assistance</source>
        <translation>Judicial assistance</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Withdrawals</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Loans</translation>
    </message>
    <message>
        <source>Archives</source>
        <translation>Archives</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Loan security hold</source>
        <translation>Loan security hold</translation>
    </message>
    <message>
        <source>Hold release</source>
        <translation>Hold release</translation>
    </message>
    <message>
        <source>Certificate revocation</source>
        <translation>Certificate revocation</translation>
    </message>
    <message>
        <source>Judicial freeze</source>
        <translation>Judicial freeze</translation>
    </message>
    <message>
        <source>Freeze renewal</source>
        <translation>Freeze renewal</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>Unfreeze</translation>
    </message>
    <message>
        <source>Judicial deduction</source>
        <translation>Judicial deduction</translation>
    </message>
    <message>
        <source>Court request handled</source>
        <translation>Court request handled</translation>
    </message>
    <message>
        <source>Court request rejected</source>
        <translation>Court request rejected</translation>
    </message>
    <message>
        <source>Account merge</source>
        <translation>Account merge</translation>
    </message>
    <message>
        <source>Remittance deferral</source>
        <translation>Remittance deferral</translation>
    </message>
    <message>
        <source>Loan disbursement</source>
        <translation>Loan disbursement</translation>
    </message>
    <message>
        <source>Loan approval</source>
        <translation>Loan approval</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <source>Person change</source>
        <translation>Person change</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
</context>
<context>
    <name>hpf::ui::DeferralPage</name>
    <message>
        <source>&amp;Defer (supervisor)</source>
        <translation>&amp;Defer (supervisor)</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Unit account:</source>
        <translation>Unit account:</translation>
    </message>
    <message>
        <source>First deferred month:</source>
        <translation>First deferred month:</translation>
    </message>
    <message>
        <source>Last deferred month:</source>
        <translation>Last deferred month:</translation>
    </message>
    <message>
        <source>Reason (hardship, documents seen):</source>
        <translation>Reason (hardship, documents seen):</translation>
    </message>
    <message>
        <source>Memo (optional):</source>
        <translation>Memo (optional):</translation>
    </message>
    <message>
        <source>Deferral (缓缴) of a unit in hardship: the months from the first to the last are not due while the deferral lasts. A supervisor authorises it at this screen. Enter in the memo asks for the grant.</source>
        <translation>Deferral (缓缴) of a unit in hardship: the months from the first to the last are not due while the deferral lasts. A supervisor authorises it at this screen. Enter in the memo asks for the grant.</translation>
    </message>
    <message>
        <source>The unit&apos;s deferrals:</source>
        <translation>The unit&apos;s deferrals:</translation>
    </message>
    <message>
        <source>Give the reason for the deferral</source>
        <translation>Give the reason for the deferral</translation>
    </message>
    <message>
        <source>Remittance deferral</source>
        <translation>Remittance deferral</translation>
    </message>
    <message>
        <source>Defer the remittances of unit %1 from %2 to %3: %4</source>
        <translation>Defer the remittances of unit %1 from %2 to %3: %4</translation>
    </message>
    <message>
        <source>Deferred %1 to %2, approved by %3: serial %4</source>
        <translation>Deferred %1 to %2, approved by %3: serial %4</translation>
    </message>
    <message>
        <source>The unit&apos;s deferrals</source>
        <translation>The unit&apos;s deferrals</translation>
    </message>
</context>
<context>
    <name>hpf::ui::DocumentPrinter</name>
    <message>
        <source>The printer &quot;%1&quot; could not be started</source>
        <translation>The printer &quot;%1&quot; could not be started</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Print preview: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>The PDF could not be written: %1</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written completely (is the disk full?). No file was kept; free some space or choose another folder.</source>
        <translation>The PDF %1 could not be written completely (is the disk full?). No file was kept; free some space or choose another folder.</translation>
    </message>
    <message>
        <source>a folder of that name exists</source>
        <translation>a folder of that name exists</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>the folder cannot be written to</source>
        <translation>the folder cannot be written to</translation>
    </message>
    <message>
        <source>The PDF could not be saved as %1: %2. Choose another folder.</source>
        <translation>The PDF could not be saved as %1: %2. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>hpf::ui::EmployeeListPage</name>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export problems…</source>
        <translation>Export problems…</translation>
    </message>
    <message>
        <source>Leave out the failing rows</source>
        <translation>Leave out the failing rows</translation>
    </message>
    <message>
        <source>Check and open accounts</source>
        <translation>Check and open accounts</translation>
    </message>
    <message>
        <source>Unit account number</source>
        <translation>Unit account number</translation>
    </message>
    <message>
        <source>Open the accounts of the rows without problems; the failing rows are not opened and stay in the exported problem list</source>
        <translation>Open the accounts of the rows without problems; the failing rows are not opened and stay in the exported problem list</translation>
    </message>
    <message>
        <source>Unit account number:</source>
        <translation>Unit account number:</translation>
    </message>
    <message>
        <source>Employee list (CSV or XLSX):</source>
        <translation>Employee list (CSV or XLSX):</translation>
    </message>
    <message>
        <source>Columns: 姓名, 证件类型 (optional, 居民身份证 when absent), 证件号码, 手机号码 (optional), 缴存基数 in yuan. The first row names the columns.</source>
        <translation>Columns: 姓名, 证件类型 (optional, 居民身份证 when absent), 证件号码, 手机号码 (optional), 缴存基数 in yuan. The first row names the columns.</translation>
    </message>
    <message>
        <source>Choose the employee list</source>
        <translation>Choose the employee list</translation>
    </message>
    <message>
        <source>Employee lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Employee lists (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Export the problems</source>
        <translation>Export the problems</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>Reading and checking %1…</translation>
    </message>
    <message>
        <source>Reading the list was cancelled; nothing was loaded</source>
        <translation>Reading the list was cancelled; nothing was loaded</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read (%1), all without problems</source>
        <translation>
            <numerusform>%n row read (%1), all without problems</numerusform>
            <numerusform>%n rows read (%1), all without problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read (%1); %2 with problems: correct the file, or leave them out</source>
        <translation>
            <numerusform>%n row read (%1); %2 with problems: correct the file, or leave them out</numerusform>
            <numerusform>%n rows read (%1); %2 with problems: correct the file, or leave them out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) exported to %1</source>
        <translation>
            <numerusform>%n problem exported to %1</numerusform>
            <numerusform>%n problems exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before submission; nothing was opened</source>
        <translation>Cancelled before submission; nothing was opened</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems. Correct the file and choose it again, or tick &quot;Leave out the failing rows&quot;</source>
        <translation>
            <numerusform>%n row have problems. Correct the file and choose it again, or tick &quot;Leave out the failing rows&quot;</numerusform>
            <numerusform>%n rows have problems. Correct the file and choose it again, or tick &quot;Leave out the failing rows&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is checking %n row(s)…</source>
        <translation>
            <numerusform>The server is checking %n row…</numerusform>
            <numerusform>The server is checking %n rows…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (account %2)</source>
        <translation>%1 (account %2)</translation>
    </message>
    <message numerus="yes">
        <source>The server found problems in %n row(s) (see the table). Nothing was opened; correct them or tick &quot;Leave out the failing rows&quot;</source>
        <translation>
            <numerusform>The server found problems in %n row (see the table). Nothing was opened; correct them or tick &quot;Leave out the failing rows&quot;</numerusform>
            <numerusform>The server found problems in %n rows (see the table). Nothing was opened; correct them or tick &quot;Leave out the failing rows&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opening %n account(s)…</source>
        <translation>
            <numerusform>Opening %n account…</numerusform>
            <numerusform>Opening %n accounts…</numerusform>
        </translation>
    </message>
    <message>
        <source>Serial %1: %2 account(s) opened, %3 unsealed, %4 row(s) left out</source>
        <translation>Serial %1: %2 account(s) opened, %3 unsealed, %4 row(s) left out</translation>
    </message>
    <message>
        <source>Employee list opening</source>
        <translation>Employee list opening</translation>
    </message>
    <message>
        <source>Employee list</source>
        <translation>Employee list</translation>
    </message>
</context>
<context>
    <name>hpf::ui::EvidenceForm</name>
    <message>
        <source>Contract, permit or lease number:</source>
        <translation>Contract, permit or lease number:</translation>
    </message>
    <message>
        <source>Price, cost or lease total (yuan):</source>
        <translation>Price, cost or lease total (yuan):</translation>
    </message>
    <message>
        <source>Property address:</source>
        <translation>Property address:</translation>
    </message>
    <message>
        <source>Lending bank (3-digit code):</source>
        <translation>Lending bank (3-digit code):</translation>
    </message>
    <message>
        <source>Loan contract number:</source>
        <translation>Loan contract number:</translation>
    </message>
    <message>
        <source>Loan outstanding (yuan):</source>
        <translation>Loan outstanding (yuan):</translation>
    </message>
    <message>
        <source>Loan monthly payment (yuan):</source>
        <translation>Loan monthly payment (yuan):</translation>
    </message>
    <message>
        <source>Monthly rent (yuan):</source>
        <translation>Monthly rent (yuan):</translation>
    </message>
    <message>
        <source>Heir&apos;s name:</source>
        <translation>Heir&apos;s name:</translation>
    </message>
    <message>
        <source>Heir&apos;s document type:</source>
        <translation>Heir&apos;s document type:</translation>
    </message>
    <message>
        <source>Heir&apos;s document number:</source>
        <translation>Heir&apos;s document number:</translation>
    </message>
    <message>
        <source>Heir&apos;s relation:</source>
        <translation>Heir&apos;s relation:</translation>
    </message>
    <message>
        <source>Not a date: type it as YYYY-MM-DD, e.g. 2026-03-01</source>
        <translation>Not a date: type it as YYYY-MM-DD, e.g. 2026-03-01</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Event date (YYYY-MM-DD):</source>
        <translation>Event date (YYYY-MM-DD):</translation>
    </message>
    <message>
        <source>The date of the contract, permit, certification, departure or death</source>
        <translation>The date of the contract, permit, certification, departure or death</translation>
    </message>
    <message>
        <source>Heir&apos;s document type</source>
        <translation>Heir&apos;s document type</translation>
    </message>
</context>
<context>
    <name>hpf::ui::FlexibleOpeningPage</name>
    <message>
        <source>Open flexible-employment account</source>
        <translation>Open flexible-employment account</translation>
    </message>
    <message>
        <source>percent, e.g. 12</source>
        <translation>percent, e.g. 12</translation>
    </message>
    <message>
        <source>Deposit ratio (%):</source>
        <translation>Deposit ratio (%):</translation>
    </message>
    <message>
        <source>Open an account for a flexibly employed person (灵活就业) without a unit. The person pays the whole ratio; ratio and base follow the flexible-employment policy.</source>
        <translation>Open an account for a flexibly employed person (灵活就业) without a unit. The person pays the whole ratio; ratio and base follow the flexible-employment policy.</translation>
    </message>
    <message>
        <source>No flexible-employment policy is in effect for this month</source>
        <translation>No flexible-employment policy is in effect for this month</translation>
    </message>
    <message>
        <source>%1 a month (%2 % of %3), paid by the person</source>
        <translation>%1 a month (%2 % of %3), paid by the person</translation>
    </message>
    <message>
        <source>The wage base is below the policy floor: it will be raised to %1</source>
        <translation>The wage base is below the policy floor: it will be raised to %1</translation>
    </message>
    <message>
        <source>The wage base is above the policy ceiling: it will be lowered to %1</source>
        <translation>The wage base is above the policy ceiling: it will be lowered to %1</translation>
    </message>
    <message>
        <source>Policy from %1: ratio %2 % to %3 %, base %4 to %5 (%6)</source>
        <translation>Policy from %1: ratio %2 % to %3 %, base %4 to %5 (%6)</translation>
    </message>
    <message>
        <source>a base outside is refused</source>
        <translation>a base outside is refused</translation>
    </message>
    <message>
        <source>a base outside is clamped</source>
        <translation>a base outside is clamped</translation>
    </message>
    <message>
        <source>Account opened</source>
        <translation>Account opened</translation>
    </message>
    <message>
        <source>Flexible-employment registration</source>
        <translation>Flexible-employment registration</translation>
    </message>
    <message>
        <source>Deposit ratio</source>
        <translation>Deposit ratio</translation>
    </message>
</context>
<context>
    <name>hpf::ui::GrantDialog</name>
    <message>
        <source>Authorise</source>
        <translation>Authorise</translation>
    </message>
    <message>
        <source>Supervisor authorisation</source>
        <translation>Supervisor authorisation</translation>
    </message>
    <message>
        <source>Operation to authorise:
%1</source>
        <translation>Operation to authorise:
%1</translation>
    </message>
    <message>
        <source>Supervisor id:</source>
        <translation>Supervisor id:</translation>
    </message>
    <message>
        <source>Supervisor password:</source>
        <translation>Supervisor password:</translation>
    </message>
    <message>
        <source>The supervisor enters id and password</source>
        <translation>The supervisor enters id and password</translation>
    </message>
    <message>
        <source>when the supervisor uses two-step verification</source>
        <translation>when the supervisor uses two-step verification</translation>
    </message>
    <message>
        <source>Verification code:</source>
        <translation>Verification code:</translation>
    </message>
</context>
<context>
    <name>hpf::ui::HelpWindow</name>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>hpf::ui::InCityTransferPage</name>
    <message>
        <source>T&amp;ransfer</source>
        <translation>T&amp;ransfer</translation>
    </message>
    <message>
        <source>Personal account number:</source>
        <translation>Personal account number:</translation>
    </message>
    <message>
        <source>Receiving unit account:</source>
        <translation>Receiving unit account:</translation>
    </message>
    <message>
        <source>Memo (optional):</source>
        <translation>Memo (optional):</translation>
    </message>
    <message>
        <source>Move an account to another unit of this center: the interest to date and the whole balance go with it; the old account is closed (reason: in-city transfer). Enter moves to the next field; Enter in the memo transfers.</source>
        <translation>Move an account to another unit of this center: the interest to date and the whole balance go with it; the old account is closed (reason: in-city transfer). Enter moves to the next field; Enter in the memo transfers.</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer; the transfer is sent again with the same id</source>
        <translation>Waiting for the server&apos;s answer; the transfer is sent again with the same id</translation>
    </message>
    <message>
        <source>In-city transfer</source>
        <translation>In-city transfer</translation>
    </message>
    <message>
        <source>Transferred: serial %1</source>
        <translation>Transferred: serial %1</translation>
    </message>
    <message>
        <source>From %1 (%2, now %3)
To %4 (%5, %6)
Principal %7 · interest to date %8 · amount moved %9 · value date %10</source>
        <translation>From %1 (%2, now %3)
To %4 (%5, %6)
Principal %7 · interest to date %8 · amount moved %9 · value date %10</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Receiving unit:</source>
        <translation>Receiving unit:</translation>
    </message>
</context>
<context>
    <name>hpf::ui::InstructionPage</name>
    <message>
        <source>&amp;End instruction</source>
        <translation>&amp;End instruction</translation>
    </message>
    <message>
        <source>&amp;Set up instruction</source>
        <translation>&amp;Set up instruction</translation>
    </message>
    <message>
        <source>Personal account number:</source>
        <translation>Personal account number:</translation>
    </message>
    <message>
        <source>Reason to end:</source>
        <translation>Reason to end:</translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation>Frequency:</translation>
    </message>
    <message>
        <source>Amount per period (yuan):</source>
        <translation>Amount per period (yuan):</translation>
    </message>
    <message>
        <source>First month (YYYY-MM):</source>
        <translation>First month (YYYY-MM):</translation>
    </message>
    <message>
        <source>Last month (YYYY-MM, optional):</source>
        <translation>Last month (YYYY-MM, optional):</translation>
    </message>
    <message>
        <source>Monthly rent (yuan):</source>
        <translation>Monthly rent (yuan):</translation>
    </message>
    <message>
        <source>Lease contract number:</source>
        <translation>Lease contract number:</translation>
    </message>
    <message>
        <source>Standing rent withdrawals: the platform pays each period until the last month, the account closes or the person is found to own a home. Enter in the account lists its instructions.</source>
        <translation>Standing rent withdrawals: the platform pays each period until the last month, the account closes or the person is found to own a home. Enter in the account lists its instructions.</translation>
    </message>
    <message>
        <source>No standing instructions on this account</source>
        <translation>No standing instructions on this account</translation>
    </message>
    <message>
        <source>Payee: %1 %2 (%3)</source>
        <translation>Payee: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>  No payments yet</source>
        <translation>  No payments yet</translation>
    </message>
    <message>
        <source>Not a month: type it as YYYY-MM, e.g. 2027-01</source>
        <translation>Not a month: type it as YYYY-MM, e.g. 2027-01</translation>
    </message>
    <message>
        <source>Asking the sharing interfaces…</source>
        <translation>Asking the sharing interfaces…</translation>
    </message>
    <message>
        <source>Standing rent instruction</source>
        <translation>Standing rent instruction</translation>
    </message>
    <message>
        <source>Choose the instruction to end</source>
        <translation>Choose the instruction to end</translation>
    </message>
    <message>
        <source>Type the reason to end the instruction</source>
        <translation>Type the reason to end the instruction</translation>
    </message>
    <message>
        <source>End rent instruction</source>
        <translation>End rent instruction</translation>
    </message>
    <message>
        <source>Instruction No. %1 set up</source>
        <translation>Instruction No. %1 set up</translation>
    </message>
    <message>
        <source>Instruction No. %1: %2</source>
        <translation>Instruction No. %1: %2</translation>
    </message>
    <message>
        <source>Standing instructions of the account</source>
        <translation>Standing instructions of the account</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Standing instructions</source>
        <translation>Standing instructions</translation>
    </message>
    <message>
        <source>New instruction</source>
        <translation>New instruction</translation>
    </message>
</context>
<context>
    <name>hpf::ui::InterestStatementPage</name>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>Save as P&amp;DF</source>
        <translation>Save as P&amp;DF</translation>
    </message>
    <message>
        <source>Interest runs</source>
        <translation>Interest runs</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Balance before</source>
        <translation>Balance before</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Balance after</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Settlement day</source>
        <translation>Settlement day</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Unit account:</source>
        <translation>Unit account:</translation>
    </message>
    <message>
        <source>Settlement year:</source>
        <translation>Settlement year:</translation>
    </message>
    <message>
        <source>&amp;Refresh the runs</source>
        <translation>&amp;Refresh the runs</translation>
    </message>
    <message>
        <source>A unit&apos;s interest statement (结息对账单) of one settlement year: each employee&apos;s balance before the year&apos;s interest, the interest and the balance after. Enter in the year loads it.</source>
        <translation>A unit&apos;s interest statement (结息对账单) of one settlement year: each employee&apos;s balance before the year&apos;s interest, the interest and the balance after. Enter in the year loads it.</translation>
    </message>
    <message>
        <source>Type a year such as %1</source>
        <translation>Type a year such as %1</translation>
    </message>
    <message>
        <source>Loading the statement…</source>
        <translation>Loading the statement…</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 from %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: interest from %3 to %4, settled %5 · rates %6 · %n employee(s), interest %7</source>
        <translation>
            <numerusform>%1 · %2: interest from %3 to %4, settled %5 · rates %6 · %n employee, interest %7</numerusform>
            <numerusform>%1 · %2: interest from %3 to %4, settled %5 · rates %6 · %n employees, interest %7</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement loaded: print it or save it as PDF</source>
        <translation>Statement loaded: print it or save it as PDF</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Next settlement day: %1</source>
        <translation>Next settlement day: %1</translation>
    </message>
    <message>
        <source>Interest of each employee</source>
        <translation>Interest of each employee</translation>
    </message>
</context>
<context>
    <name>hpf::ui::JudicialDeskPage</name>
    <message>
        <source>Whole balance</source>
        <translation>Whole balance</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>&amp;Register a freeze</source>
        <translation>&amp;Register a freeze</translation>
    </message>
    <message>
        <source>Re&amp;new</source>
        <translation>Re&amp;new</translation>
    </message>
    <message>
        <source>&amp;Unfreeze</source>
        <translation>&amp;Unfreeze</translation>
    </message>
    <message>
        <source>&amp;Deduct</source>
        <translation>&amp;Deduct</translation>
    </message>
    <message>
        <source>Submit for authorisation…</source>
        <translation>Submit for authorisation…</translation>
    </message>
    <message>
        <source>Scan the legal documents</source>
        <translation>Scan the legal documents</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Frozen now</source>
        <translation>Frozen now</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Renewals</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Enter the personal account number (digits)</source>
        <translation>Enter the personal account number (digits)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>%1  %2  %3  state %4 — balance %5, frozen %6, available %7</source>
        <translation>%1  %2  %3  state %4 — balance %5, frozen %6, available %7</translation>
    </message>
    <message>
        <source>Queued no. %1</source>
        <translation>Queued no. %1</translation>
    </message>
    <message>
        <source>Register a freeze on account %1</source>
        <translation>Register a freeze on account %1</translation>
    </message>
    <message>
        <source>%1 the freeze of %2, case %3</source>
        <translation>%1 the freeze of %2, case %3</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>The draft could not be saved: %1</translation>
    </message>
    <message>
        <source>An unfinished form was restored from its draft</source>
        <translation>An unfinished form was restored from its draft</translation>
    </message>
    <message>
        <source>the whole balance</source>
        <translation>the whole balance</translation>
    </message>
    <message>
        <source>the whole freeze</source>
        <translation>the whole freeze</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>Judicial %1 of %2 on account %3, %4 case %5</source>
        <translation>Judicial %1 of %2 on account %3, %4 case %5</translation>
    </message>
    <message>
        <source>Search the account first (Enter in the account number)</source>
        <translation>Search the account first (Enter in the account number)</translation>
    </message>
    <message>
        <source>Judicial %1</source>
        <translation>Judicial %1</translation>
    </message>
    <message>
        <source>%1 done: serial %2, %3; available balance now %4</source>
        <translation>%1 done: serial %2, %3; available balance now %4</translation>
    </message>
    <message>
        <source>(queued no. %1)</source>
        <translation>(queued no. %1)</translation>
    </message>
    <message>
        <source>The queued freeze of case %1 has taken effect.</source>
        <translation>The queued freeze of case %1 has taken effect.</translation>
    </message>
    <message>
        <source>Risk signs — review with the supervisor and report to the court:</source>
        <translation>Risk signs — review with the supervisor and report to the court:</translation>
    </message>
    <message>
        <source>Freezes of the account</source>
        <translation>Freezes of the account</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>&amp;Personal account number:</source>
        <translation>&amp;Personal account number:</translation>
    </message>
    <message>
        <source>Looked up</source>
        <translation>Looked up</translation>
    </message>
</context>
<context>
    <name>hpf::ui::JudicialExpiringPage</name>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n freeze(s) end within %1 days</source>
        <translation>
            <numerusform>%n freeze ends within %1 days</numerusform>
            <numerusform>%n freezes end within %1 days</numerusform>
        </translation>
    </message>
    <message>
        <source>Freezes ending soon</source>
        <translation>Freezes ending soon</translation>
    </message>
    <message>
        <source>Freezes ending &amp;within:</source>
        <translation>Freezes ending &amp;within:</translation>
    </message>
</context>
<context>
    <name>hpf::ui::JudicialInboxPage</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>&amp;Handle…</source>
        <translation>&amp;Handle…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Account / debtor</source>
        <translation>Account / debtor</translation>
    </message>
    <message>
        <source>Reason for rejecting (sent to the court)</source>
        <translation>Reason for rejecting (sent to the court)</translation>
    </message>
    <message>
        <source>Court requests received online, oldest first. Check each against the account before handling it; a supervisor authorises at this screen.</source>
        <translation>Court requests received online, oldest first. Check each against the account before handling it; a supervisor authorises at this screen.</translation>
    </message>
    <message>
        <source>Select a request first</source>
        <translation>Select a request first</translation>
    </message>
    <message>
        <source>Online court request handled</source>
        <translation>Online court request handled</translation>
    </message>
    <message>
        <source>Online court request rejected</source>
        <translation>Online court request rejected</translation>
    </message>
    <message>
        <source>Handle the online %1 request of %2, case %3</source>
        <translation>Handle the online %1 request of %2, case %3</translation>
    </message>
    <message>
        <source>Reject the online %1 request of %2, case %3</source>
        <translation>Reject the online %1 request of %2, case %3</translation>
    </message>
    <message>
        <source>Request %1 rejected; the court will be told</source>
        <translation>Request %1 rejected; the court will be told</translation>
    </message>
    <message>
        <source>%1 done: serial %2, %3; the court&apos;s answer is queued</source>
        <translation>%1 done: serial %2, %3; the court&apos;s answer is queued</translation>
    </message>
    <message>
        <source>Court requests received online</source>
        <translation>Court requests received online</translation>
    </message>
    <message>
        <source>&amp;Reason for rejecting:</source>
        <translation>&amp;Reason for rejecting:</translation>
    </message>
</context>
<context>
    <name>hpf::ui::JudicialReceiptBar</name>
    <message>
        <source>Preview the court receipt</source>
        <translation>Preview the court receipt</translation>
    </message>
    <message>
        <source>Print the court receipt</source>
        <translation>Print the court receipt</translation>
    </message>
    <message>
        <source>Save the court receipt as PDF…</source>
        <translation>Save the court receipt as PDF…</translation>
    </message>
    <message>
        <source>Court receipt %1</source>
        <translation>Court receipt %1</translation>
    </message>
</context>
<context>
    <name>hpf::ui::JudicialRequestForm</name>
    <message>
        <source>Amount and period</source>
        <translation>Amount and period</translation>
    </message>
    <message>
        <source>Deduction: payee and case facts</source>
        <translation>Deduction: payee and case facts</translation>
    </message>
    <message>
        <source>Court and documents</source>
        <translation>Court and documents</translation>
    </message>
    <message>
        <source>Court:</source>
        <translation>Court:</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Case number:</translation>
    </message>
    <message>
        <source>Enforcement ruling no.:</source>
        <translation>Enforcement ruling no.:</translation>
    </message>
    <message>
        <source>Ruling date:</source>
        <translation>Ruling date:</translation>
    </message>
    <message>
        <source>Notice of assistance no.:</source>
        <translation>Notice of assistance no.:</translation>
    </message>
    <message>
        <source>Notice date:</source>
        <translation>Notice date:</translation>
    </message>
    <message>
        <source>Enforcement officers (both present, cards checked)</source>
        <translation>Enforcement officers (both present, cards checked)</translation>
    </message>
    <message>
        <source>Officer %1 name:</source>
        <translation>Officer %1 name:</translation>
    </message>
    <message>
        <source>Work card no.:</source>
        <translation>Work card no.:</translation>
    </message>
    <message>
        <source>Enforcement duty card no.:</source>
        <translation>Enforcement duty card no.:</translation>
    </message>
    <message>
        <source>Freeze the whole balance</source>
        <translation>Freeze the whole balance</translation>
    </message>
    <message>
        <source>Amount (yuan):</source>
        <translation>Amount (yuan):</translation>
    </message>
    <message>
        <source>Freeze from:</source>
        <translation>Freeze from:</translation>
    </message>
    <message>
        <source>Freeze until (inclusive):</source>
        <translation>Freeze until (inclusive):</translation>
    </message>
    <message>
        <source>Renewed until (inclusive):</source>
        <translation>Renewed until (inclusive):</translation>
    </message>
    <message>
        <source>Grounds for unfreezing:</source>
        <translation>Grounds for unfreezing:</translation>
    </message>
    <message>
        <source>Grounds explained:</source>
        <translation>Grounds explained:</translation>
    </message>
    <message>
        <source>The court orders the deduction explicitly</source>
        <translation>The court orders the deduction explicitly</translation>
    </message>
    <message>
        <source>Withdrawal condition met:</source>
        <translation>Withdrawal condition met:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Payee bank:</source>
        <translation>Payee bank:</translation>
    </message>
    <message>
        <source>Payee account name:</source>
        <translation>Payee account name:</translation>
    </message>
    <message>
        <source>Payee account number:</source>
        <translation>Payee account number:</translation>
    </message>
    <message>
        <source>Cause of action:</source>
        <translation>Cause of action:</translation>
    </message>
    <message>
        <source>Basis document:</source>
        <translation>Basis document:</translation>
    </message>
    <message>
        <source>Judgment</source>
        <translation>Judgment</translation>
    </message>
    <message>
        <source>Mediation statement</source>
        <translation>Mediation statement</translation>
    </message>
    <message>
        <source>Payment order</source>
        <translation>Payment order</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Case filed on:</source>
        <translation>Case filed on:</translation>
    </message>
    <message>
        <source>Creditor name:</source>
        <translation>Creditor name:</translation>
    </message>
    <message>
        <source>Creditor address:</source>
        <translation>Creditor address:</translation>
    </message>
    <message>
        <source>Creditor employer:</source>
        <translation>Creditor employer:</translation>
    </message>
    <message>
        <source>(choose the court)</source>
        <translation>(choose the court)</translation>
    </message>
    <message>
        <source>(choose the grounds)</source>
        <translation>(choose the grounds)</translation>
    </message>
    <message>
        <source>empty: the whole freeze</source>
        <translation>empty: the whole freeze</translation>
    </message>
</context>
<context>
    <name>hpf::ui::JudicialText</name>
    <message>
        <source>Officer %1 name</source>
        <translation>Officer %1 name</translation>
    </message>
    <message>
        <source>Officer %1 work card no.</source>
        <translation>Officer %1 work card no.</translation>
    </message>
    <message>
        <source>Officer %1 enforcement duty card no.</source>
        <translation>Officer %1 enforcement duty card no.</translation>
    </message>
    <message>
        <source>Personal account number</source>
        <translation>Personal account number</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Enforcement ruling no.</source>
        <translation>Enforcement ruling no.</translation>
    </message>
    <message>
        <source>Ruling date</source>
        <translation>Ruling date</translation>
    </message>
    <message>
        <source>Notice of assistance no.</source>
        <translation>Notice of assistance no.</translation>
    </message>
    <message>
        <source>Notice date</source>
        <translation>Notice date</translation>
    </message>
    <message>
        <source>Enforcement officers</source>
        <translation>Enforcement officers</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Freeze from</source>
        <translation>Freeze from</translation>
    </message>
    <message>
        <source>Freeze until</source>
        <translation>Freeze until</translation>
    </message>
    <message>
        <source>Renewed until</source>
        <translation>Renewed until</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Freeze</translation>
    </message>
    <message>
        <source>Grounds for unfreezing</source>
        <translation>Grounds for unfreezing</translation>
    </message>
    <message>
        <source>Grounds explained</source>
        <translation>Grounds explained</translation>
    </message>
    <message>
        <source>Withdrawal condition met</source>
        <translation>Withdrawal condition met</translation>
    </message>
    <message>
        <source>Payee bank</source>
        <translation>Payee bank</translation>
    </message>
    <message>
        <source>Payee account name</source>
        <translation>Payee account name</translation>
    </message>
    <message>
        <source>Payee account number</source>
        <translation>Payee account number</translation>
    </message>
    <message>
        <source>Cause of action</source>
        <translation>Cause of action</translation>
    </message>
    <message>
        <source>Basis document</source>
        <translation>Basis document</translation>
    </message>
    <message>
        <source>Case filed on</source>
        <translation>Case filed on</translation>
    </message>
    <message>
        <source>Creditor name</source>
        <translation>Creditor name</translation>
    </message>
    <message>
        <source>Creditor address</source>
        <translation>Creditor address</translation>
    </message>
    <message>
        <source>Creditor employer</source>
        <translation>Creditor employer</translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation>Reason for rejecting</translation>
    </message>
    <message>
        <source>Fill this in from the court&apos;s documents</source>
        <translation>Fill this in from the court&apos;s documents</translation>
    </message>
    <message>
        <source>The value is not valid</source>
        <translation>The value is not valid</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, e.g. 2026-12-04</source>
        <translation>Write the date as YYYY-MM-DD, e.g. 2026-12-04</translation>
    </message>
    <message>
        <source>Two enforcement officers must be recorded, each with both cards</source>
        <translation>Two enforcement officers must be recorded, each with both cards</translation>
    </message>
    <message>
        <source>This court is not on the center&apos;s list of courts</source>
        <translation>This court is not on the center&apos;s list of courts</translation>
    </message>
    <message>
        <source>The case number must read like （2026）京0105执1234号 and name the same court</source>
        <translation>The case number must read like （2026）京0105执1234号 and name the same court</translation>
    </message>
    <message>
        <source>The date is after today, or the notice is dated before the ruling</source>
        <translation>The date is after today, or the notice is dated before the ruling</translation>
    </message>
    <message>
        <source>Enter an amount above zero (or the whole balance)</source>
        <translation>Enter an amount above zero (or the whole balance)</translation>
    </message>
    <message>
        <source>The freeze ends before it starts</source>
        <translation>The freeze ends before it starts</translation>
    </message>
    <message>
        <source>The end date is in the past</source>
        <translation>The end date is in the past</translation>
    </message>
    <message>
        <source>The period is longer than the law allows for one freeze; the court must renew it</source>
        <translation>The period is longer than the law allows for one freeze; the court must renew it</translation>
    </message>
    <message>
        <source>Choose the grounds for unfreezing</source>
        <translation>Choose the grounds for unfreezing</translation>
    </message>
    <message>
        <source>A deduction needs the court&apos;s explicit order or a withdrawal condition the member meets</source>
        <translation>A deduction needs the court&apos;s explicit order or a withdrawal condition the member meets</translation>
    </message>
    <message>
        <source>Select the freeze this request acts on</source>
        <translation>Select the freeze this request acts on</translation>
    </message>
    <message>
        <source>The request names another freeze than the one selected</source>
        <translation>The request names another freeze than the one selected</translation>
    </message>
    <message>
        <source>There is no such freeze on this account</source>
        <translation>There is no such freeze on this account</translation>
    </message>
    <message>
        <source>The freeze is not in effect (it is queued or has ended)</source>
        <translation>The freeze is not in effect (it is queued or has ended)</translation>
    </message>
    <message>
        <source>The freeze has already ended</source>
        <translation>The freeze has already ended</translation>
    </message>
    <message>
        <source>The renewed end date must be later than the current one</source>
        <translation>The renewed end date must be later than the current one</translation>
    </message>
    <message>
        <source>The deduction is more than the frozen amount</source>
        <translation>The deduction is more than the frozen amount</translation>
    </message>
    <message>
        <source>The deduction is more than the account&apos;s balance</source>
        <translation>The deduction is more than the account&apos;s balance</translation>
    </message>
    <message>
        <source>The member meets no withdrawal condition; only the court&apos;s explicit order allows the deduction</source>
        <translation>The member meets no withdrawal condition; only the court&apos;s explicit order allows the deduction</translation>
    </message>
    <message>
        <source>No account of the center matches the debtor</source>
        <translation>No account of the center matches the debtor</translation>
    </message>
    <message>
        <source>The request is no longer waiting on the desk</source>
        <translation>The request is no longer waiting on the desk</translation>
    </message>
    <message>
        <source>The money is held and cannot be paid out</source>
        <translation>The money is held and cannot be paid out</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A private-lending case settled by mediation or a payment order, not judged</source>
        <translation>A private-lending case settled by mediation or a payment order, not judged</translation>
    </message>
    <message>
        <source>The suit was filed soon after the member became able to withdraw</source>
        <translation>The suit was filed soon after the member became able to withdraw</translation>
    </message>
    <message>
        <source>Several deductions for the same creditor</source>
        <translation>Several deductions for the same creditor</translation>
    </message>
    <message>
        <source>The creditor lives at the member&apos;s address</source>
        <translation>The creditor lives at the member&apos;s address</translation>
    </message>
    <message>
        <source>The creditor works for the member&apos;s employer</source>
        <translation>The creditor works for the member&apos;s employer</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>In effect</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>Fully deducted</source>
        <translation>Fully deducted</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renew</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>Unfreeze</translation>
    </message>
    <message>
        <source>Deduct</source>
        <translation>Deduct</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Query</translation>
    </message>
    <message>
        <source>The balance fell short: the rest stays frozen from future credits, up to the amount ordered</source>
        <translation>The balance fell short: the rest stays frozen from future credits, up to the amount ordered</translation>
    </message>
    <message>
        <source>The account is already frozen: this freeze is queued and takes effect when the earlier one ends</source>
        <translation>The account is already frozen: this freeze is queued and takes effect when the earlier one ends</translation>
    </message>
    <message>
        <source>The next queued freeze has taken effect</source>
        <translation>The next queued freeze has taken effect</translation>
    </message>
    <message>
        <source>The frozen money was deducted in full; the freeze has ended</source>
        <translation>The frozen money was deducted in full; the freeze has ended</translation>
    </message>
    <message>
        <source>Debt paid</source>
        <translation>Debt paid</translation>
    </message>
    <message>
        <source>Guarantee provided</source>
        <translation>Guarantee provided</translation>
    </message>
    <message>
        <source>Application withdrawn</source>
        <translation>Application withdrawn</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Case closed</translation>
    </message>
    <message>
        <source>Other (explain)</source>
        <translation>Other (explain)</translation>
    </message>
</context>
<context>
    <name>hpf::ui::KeyringNotice</name>
    <message>
        <source>Keyring for your sign-in</source>
        <translation>Keyring for your sign-in</translation>
    </message>
    <message>
        <source>This computer has no keyring yet. HPF Counter keeps your sign-in, the key of its local cache and unsent operations in the system keyring, encrypted, so that nothing of it lies readable on the disk.

The system will now ask you to choose a password for a new keyring (the window may be in English: &quot;Choose password for new keyring&quot;). Choose one you will remember: the keyring asks for it again when it is locked. If you cancel, the client still works but remembers nothing after it is closed.</source>
        <translation>This computer has no keyring yet. HPF Counter keeps your sign-in, the key of its local cache and unsent operations in the system keyring, encrypted, so that nothing of it lies readable on the disk.

The system will now ask you to choose a password for a new keyring (the window may be in English: &quot;Choose password for new keyring&quot;). Choose one you will remember: the keyring asks for it again when it is locked. If you cancel, the client still works but remembers nothing after it is closed.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>hpf::ui::LoanAccountPage</name>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Disbursed</translation>
    </message>
    <message>
        <source>Repaying</source>
        <translation>Repaying</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>The borrower repays from the &amp;fund balance (提取还贷)</source>
        <translation>The borrower repays from the &amp;fund balance (提取还贷)</translation>
    </message>
    <message>
        <source>&amp;Disburse</source>
        <translation>&amp;Disburse</translation>
    </message>
    <message>
        <source>Schedule pre&amp;view</source>
        <translation>Schedule pre&amp;view</translation>
    </message>
    <message>
        <source>Schedule as P&amp;DF</source>
        <translation>Schedule as P&amp;DF</translation>
    </message>
    <message>
        <source>All loans</source>
        <translation>All loans</translation>
    </message>
    <message>
        <source>Type an application serial (YW…) or a contract number (DK…) and press Enter, or choose a loan of the list and press Enter. A signed application is disbursed under a supervisor&apos;s grant. A repayment pays what is due and at most the next instalment; more is a prepayment.</source>
        <translation>Type an application serial (YW…) or a contract number (DK…) and press Enter, or choose a loan of the list and press Enter. A signed application is disbursed under a supervisor&apos;s grant. A repayment pays what is due and at most the next instalment; more is a prepayment.</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer; the request is sent again with the same id</source>
        <translation>Waiting for the server&apos;s answer; the request is sent again with the same id</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · outstanding %4 · %5</source>
        <translation>%1 · %2 · %3 · outstanding %4 · %5</translation>
    </message>
    <message>
        <source>%1 of %2 loans shown</source>
        <translation>%1 of %2 loans shown</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Looking up %1…</translation>
    </message>
    <message>
        <source>Loan %1</source>
        <translation>Loan %1</translation>
    </message>
    <message numerus="yes">
        <source>Application %1 · %2 · %3 over %n month(s)</source>
        <translation>
            <numerusform>Application %1 · %2 · %3 over %n month</numerusform>
            <numerusform>Application %1 · %2 · %3 over %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed (面签 done): disburse under a supervisor&apos;s grant</source>
        <translation>Signed (面签 done): disburse under a supervisor&apos;s grant</translation>
    </message>
    <message>
        <source>Application %1 is %2: only a signed application is disbursed</source>
        <translation>Application %1 is %2: only a signed application is disbursed</translation>
    </message>
    <message numerus="yes">
        <source>Contract %1 (application %2) · %3 · principal %4 · outstanding %5 · %6% %7 over %n month(s) · schedule version %8</source>
        <translation>
            <numerusform>Contract %1 (application %2) · %3 · principal %4 · outstanding %5 · %6% %7 over %n month · schedule version %8</numerusform>
            <numerusform>Contract %1 (application %2) · %3 · principal %4 · outstanding %5 · %6% %7 over %n months · schedule version %8</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: instalment %1 due %2, %3 to pay; a repayment may pay up to %4 today</source>
        <translation>Next: instalment %1 due %2, %3 to pay; a repayment may pay up to %4 today</translation>
    </message>
    <message>
        <source>Repaid from the borrower&apos;s fund balance on each due date</source>
        <translation>Repaid from the borrower&apos;s fund balance on each due date</translation>
    </message>
    <message>
        <source>Settled on %1. The loan settlement certificate (贷款结清证明) is issued on page 4001 (Issue certificate) with the type “loan settled”.</source>
        <translation>Settled on %1. The loan settlement certificate (贷款结清证明) is issued on page 4001 (Issue certificate) with the type “loan settled”.</translation>
    </message>
    <message>
        <source>Loan disbursement</source>
        <translation>Loan disbursement</translation>
    </message>
    <message numerus="yes">
        <source>Disburse loan application %1: %2 over %n month(s)%3</source>
        <translation>
            <numerusform>Disburse loan application %1: %2 over %n month%3</numerusform>
            <numerusform>Disburse loan application %1: %2 over %n months%3</numerusform>
        </translation>
    </message>
    <message>
        <source>, repaid from the fund balance</source>
        <translation>, repaid from the fund balance</translation>
    </message>
    <message>
        <source>Not disbursed: the grant was cancelled</source>
        <translation>Not disbursed: the grant was cancelled</translation>
    </message>
    <message>
        <source>Loan repayment</source>
        <translation>Loan repayment</translation>
    </message>
    <message>
        <source>Loan prepayment</source>
        <translation>Loan prepayment</translation>
    </message>
    <message>
        <source>Disbursed: contract %1, serial %2</source>
        <translation>Disbursed: contract %1, serial %2</translation>
    </message>
    <message>
        <source>Posted %1 (principal %2, interest %3, penalty %4), serial %5; outstanding %6</source>
        <translation>Posted %1 (principal %2, interest %3, penalty %4), serial %5; outstanding %6</translation>
    </message>
    <message>
        <source>Loans of the branch</source>
        <translation>Loans of the branch</translation>
    </message>
    <message>
        <source>Repayment schedule</source>
        <translation>Repayment schedule</translation>
    </message>
    <message>
        <source>Application serial or contract &amp;number:</source>
        <translation>Application serial or contract &amp;number:</translation>
    </message>
    <message>
        <source>Loans of the branch, &amp;status:</source>
        <translation>Loans of the branch, &amp;status:</translation>
    </message>
</context>
<context>
    <name>hpf::ui::LoanApplicationPage</name>
    <message>
        <source>&amp;Check (F5)</source>
        <translation>&amp;Check (F5)</translation>
    </message>
    <message>
        <source>&amp;Accept the application (Ctrl+Enter)</source>
        <translation>&amp;Accept the application (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Loan kind:</source>
        <translation>Loan kind:</translation>
    </message>
    <message>
        <source>Property address:</source>
        <translation>Property address:</translation>
    </message>
    <message>
        <source>House price (yuan):</source>
        <translation>House price (yuan):</translation>
    </message>
    <message>
        <source>Purchase contract number:</source>
        <translation>Purchase contract number:</translation>
    </message>
    <message>
        <source>First or second home:</source>
        <translation>First or second home:</translation>
    </message>
    <message>
        <source>Loan amount (yuan):</source>
        <translation>Loan amount (yuan):</translation>
    </message>
    <message>
        <source>Term (months):</source>
        <translation>Term (months):</translation>
    </message>
    <message>
        <source>Repayment method:</source>
        <translation>Repayment method:</translation>
    </message>
    <message>
        <source>Disbursing bank:</source>
        <translation>Disbursing bank:</translation>
    </message>
    <message>
        <source>Take one application for everyone on the loan: the borrower, the spouse, co-borrowers and guarantors (rows left empty are not sent). Tick the credit report authorisation only when the person signed it. F5 checks every rule, the limit and the schedule; Ctrl+Enter accepts exactly what was checked.</source>
        <translation>Take one application for everyone on the loan: the borrower, the spouse, co-borrowers and guarantors (rows left empty are not sent). Tick the credit report authorisation only when the person signed it. F5 checks every rule, the limit and the schedule; Ctrl+Enter accepts exactly what was checked.</translation>
    </message>
    <message>
        <source>No entrusted banks: the reference data has not been loaded</source>
        <translation>No entrusted banks: the reference data has not been loaded</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation>Not eligible: %1</translation>
    </message>
    <message>
        <source>Checked: eligible. Ctrl+Enter accepts the application.</source>
        <translation>Checked: eligible. Ctrl+Enter accepts the application.</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer; the application is sent again with the same id</source>
        <translation>Waiting for the server&apos;s answer; the application is sent again with the same id</translation>
    </message>
    <message>
        <source>Not eligible: correct the form and check again</source>
        <translation>Not eligible: correct the form and check again</translation>
    </message>
    <message>
        <source>Loan application</source>
        <translation>Loan application</translation>
    </message>
    <message>
        <source>Accepted: serial %1</source>
        <translation>Accepted: serial %1</translation>
    </message>
    <message>
        <source>Application %1 · %2 · %3 over %4 months at %5% · %6
Accepted on %7 by %8; the decision is due by %9. Next: review (审核) on 7002 by another officer.</source>
        <translation>Application %1 · %2 · %3 over %4 months at %5% · %6
Accepted on %7 by %8; the decision is due by %9. Next: review (审核) on 7002 by another officer.</translation>
    </message>
    <message>
        <source>The loan</source>
        <translation>The loan</translation>
    </message>
    <message>
        <source>The bank&apos;s part (组合贷款)</source>
        <translation>The bank&apos;s part (组合贷款)</translation>
    </message>
    <message>
        <source>Amount (yuan):</source>
        <translation>Amount (yuan):</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Bank:</translation>
    </message>
    <message>
        <source>Rate (% a year):</source>
        <translation>Rate (% a year):</translation>
    </message>
    <message>
        <source>The commercial loan paid off (商转公)</source>
        <translation>The commercial loan paid off (商转公)</translation>
    </message>
    <message>
        <source>Contract number:</source>
        <translation>Contract number:</translation>
    </message>
    <message>
        <source>Outstanding (yuan):</source>
        <translation>Outstanding (yuan):</translation>
    </message>
</context>
<context>
    <name>hpf::ui::LoanApprovalPage</name>
    <message>
        <source>&amp;Review (审核)</source>
        <translation>&amp;Review (审核)</translation>
    </message>
    <message>
        <source>A&amp;pprove (批准)</source>
        <translation>A&amp;pprove (批准)</translation>
    </message>
    <message>
        <source>Re&amp;fuse (拒绝)</source>
        <translation>Re&amp;fuse (拒绝)</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Reason for the refusal</source>
        <translation>Reason for the refusal</translation>
    </message>
    <message>
        <source>The branch&apos;s loan applications with the date the decision is due (overdue ones are marked). Enter opens one. A loan officer who did not accept it reviews it; a supervisor who neither accepted nor reviewed it approves or refuses it with a reason.</source>
        <translation>The branch&apos;s loan applications with the date the decision is due (overdue ones are marked). Enter opens one. A loan officer who did not accept it reviews it; a supervisor who neither accepted nor reviewed it approves or refuses it with a reason.</translation>
    </message>
    <message>
        <source>Loading the applications…</source>
        <translation>Loading the applications…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 months · %5 · applied %6 · due %7</source>
        <translation>%1 · %2 · %3 · %4 months · %5 · applied %6 · due %7</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <source>%1 of %2 application(s); the newest first</source>
        <translation>%1 of %2 application(s); the newest first</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 over %5 months at %6% · %7 · %8</source>
        <translation>%1 · %2 · %3 · %4 over %5 months at %6% · %7 · %8</translation>
    </message>
    <message>
        <source>Accepted %1 by %2 · reviewed by %3 · decided by %4 · due %5</source>
        <translation>Accepted %1 by %2 · reviewed by %3 · decided by %4 · due %5</translation>
    </message>
    <message>
        <source>Property: %1 · price %2 · contract %3 · %4</source>
        <translation>Property: %1 · price %2 · contract %3 · %4</translation>
    </message>
    <message>
        <source>%1: %2 · income %3 · debts %4 · credit authorisation %5</source>
        <translation>%1: %2 · income %3 · debts %4 · credit authorisation %5</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Limit %1, bound by %2</source>
        <translation>Limit %1, bound by %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Loan review</source>
        <translation>Loan review</translation>
    </message>
    <message>
        <source>Loan approval</source>
        <translation>Loan approval</translation>
    </message>
    <message>
        <source>Loan refusal</source>
        <translation>Loan refusal</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 is now %2</translation>
    </message>
    <message>
        <source>Loan applications</source>
        <translation>Loan applications</translation>
    </message>
    <message>
        <source>Refusal reaso&amp;n:</source>
        <translation>Refusal reaso&amp;n:</translation>
    </message>
</context>
<context>
    <name>hpf::ui::LoanOverduePage</name>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>letter</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>reminded (%1 days, %2)</source>
        <translation>reminded (%1 days, %2)</translation>
    </message>
    <message>
        <source>superseded (%1 days)</source>
        <translation>superseded (%1 days)</translation>
    </message>
    <message>
        <source>to remind (%1 days, since %2)</source>
        <translation>to remind (%1 days, since %2)</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>&amp;Record the reminder (Ctrl+Enter)</source>
        <translation>&amp;Record the reminder (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>Oldest due</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Days past due</translation>
    </message>
    <message>
        <source>Overdue amount</source>
        <translation>Overdue amount</translation>
    </message>
    <message>
        <source>Penalty (罚息)</source>
        <translation>Penalty (罚息)</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Phone (电话)</source>
        <translation>Phone (电话)</translation>
    </message>
    <message>
        <source>Letter (信函)</source>
        <translation>Letter (信函)</translation>
    </message>
    <message>
        <source>SMS (短信)</source>
        <translation>SMS (短信)</translation>
    </message>
    <message>
        <source>What the borrower said (optional)</source>
        <translation>What the borrower said (optional)</translation>
    </message>
    <message>
        <source>Loans with an instalment unpaid after its due date, the oldest first: days past due, the unpaid principal and interest, the penalty interest accrued by policy and the reminder the daily run queued. Enter or F5 refreshes; Ctrl+Enter records that the borrower of the chosen row was reminded.</source>
        <translation>Loans with an instalment unpaid after its due date, the oldest first: days past due, the unpaid principal and interest, the penalty interest accrued by policy and the reminder the daily run queued. Enter or F5 refreshes; Ctrl+Enter records that the borrower of the chosen row was reminded.</translation>
    </message>
    <message>
        <source>Loading the overdue loans…</source>
        <translation>Loading the overdue loans…</translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s) in arrears</source>
        <translation>
            <numerusform>%n loan in arrears</numerusform>
            <numerusform>%n loans in arrears</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue ratio (逾期率) %1‱ on %2: %3 in arrears of %4 lent in %5 loan(s)</source>
        <translation>overdue ratio (逾期率) %1‱ on %2: %3 in arrears of %4 lent in %5 loan(s)</translation>
    </message>
    <message>
        <source>%1 of %2 loan(s) shown; the oldest arrears first</source>
        <translation>%1 of %2 loan(s) shown; the oldest arrears first</translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s) listed</source>
        <translation>
            <numerusform>%n loan listed</numerusform>
            <numerusform>%n loans listed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no reminder to record</source>
        <translation>%1 has no reminder to record</translation>
    </message>
    <message>
        <source>Reminder %1</source>
        <translation>Reminder %1</translation>
    </message>
    <message>
        <source>Reminder of %1 recorded (%2)</source>
        <translation>Reminder of %1 recorded (%2)</translation>
    </message>
    <message>
        <source>Loans in arrears</source>
        <translation>Loans in arrears</translation>
    </message>
    <message>
        <source>Reminded &amp;by:</source>
        <translation>Reminded &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>hpf::ui::LoanPartiesForm</name>
    <message>
        <source>People on the loan</source>
        <translation>People on the loan</translation>
    </message>
    <message>
        <source>Credit report authorised (征信授权)</source>
        <translation>Credit report authorised (征信授权)</translation>
    </message>
    <message>
        <source>%1: document number</source>
        <translation>%1: document number</translation>
    </message>
    <message>
        <source>%1: name</source>
        <translation>%1: name</translation>
    </message>
    <message>
        <source>%1: monthly income (yuan)</source>
        <translation>%1: monthly income (yuan)</translation>
    </message>
    <message>
        <source>%1: monthly debts (yuan)</source>
        <translation>%1: monthly debts (yuan)</translation>
    </message>
    <message>
        <source>%1: credit report authorised</source>
        <translation>%1: credit report authorised</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Monthly income (yuan):</source>
        <translation>Monthly income (yuan):</translation>
    </message>
    <message>
        <source>Monthly debts (yuan):</source>
        <translation>Monthly debts (yuan):</translation>
    </message>
</context>
<context>
    <name>hpf::ui::LoanPostingsPanel</name>
    <message>
        <source>Repayment and prepayment</source>
        <translation>Repayment and prepayment</translation>
    </message>
    <message>
        <source>Post &amp;repayment</source>
        <translation>Post &amp;repayment</translation>
    </message>
    <message>
        <source>&amp;Prepay</source>
        <translation>&amp;Prepay</translation>
    </message>
    <message>
        <source>Partial, keep the term (lower payment)</source>
        <translation>Partial, keep the term (lower payment)</translation>
    </message>
    <message>
        <source>Partial, keep the payment (shorter term)</source>
        <translation>Partial, keep the payment (shorter term)</translation>
    </message>
    <message>
        <source>In full (settles the loan)</source>
        <translation>In full (settles the loan)</translation>
    </message>
    <message>
        <source>Repayment from the bank (yuan):</source>
        <translation>Repayment from the bank (yuan):</translation>
    </message>
    <message>
        <source>Prepayment &amp;kind:</source>
        <translation>Prepayment &amp;kind:</translation>
    </message>
    <message>
        <source>Prepaid principal (yuan):</source>
        <translation>Prepaid principal (yuan):</translation>
    </message>
</context>
<context>
    <name>hpf::ui::LoanScheduleTable</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>Paid %1</translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE %n day(s)</source>
        <translation>
            <numerusform>OVERDUE %n day</numerusform>
            <numerusform>OVERDUE %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation>Part paid</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>hpf::ui::LoanSigningPage</name>
    <message>
        <source>Read ID card (F6)</source>
        <translation>Read ID card (F6)</translation>
    </message>
    <message>
        <source>Take photo (F7)</source>
        <translation>Take photo (F7)</translation>
    </message>
    <message>
        <source>Confirm signature (Ctrl+Enter)</source>
        <translation>Confirm signature (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save PDF (Ctrl+S)</source>
        <translation>Save PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Serial of the approved application</source>
        <translation>Serial of the approved application</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>Application:</translation>
    </message>
    <message>
        <source>Type the serial of an approved application and press Enter. Each signer in turn: F6 reads their ID card, F7 takes their photo, then they sign each contract on the pad and Ctrl+Enter confirms it. The signed contracts are printed with Ctrl+P and saved with Ctrl+S.</source>
        <translation>Type the serial of an approved application and press Enter. Each signer in turn: F6 reads their ID card, F7 takes their photo, then they sign each contract on the pad and Ctrl+Enter confirms it. The signed contracts are printed with Ctrl+P and saved with Ctrl+S.</translation>
    </message>
    <message>
        <source>mortgage contract (抵押合同)</source>
        <translation>mortgage contract (抵押合同)</translation>
    </message>
    <message>
        <source>loan contract (借款合同)</source>
        <translation>loan contract (借款合同)</translation>
    </message>
    <message>
        <source>TRAINING: the card reader reads test card files; the camera is fed the card&apos;s photo when this machine has no camera.</source>
        <translation>TRAINING: the card reader reads test card files; the camera is fed the card&apos;s photo when this machine has no camera.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>Loan signing</source>
        <translation>Loan signing</translation>
    </message>
    <message>
        <source>%1 is signed already; its contracts were signed at another counter</source>
        <translation>%1 is signed already; its contracts were signed at another counter</translation>
    </message>
    <message>
        <source>%1 is signed already</source>
        <translation>%1 is signed already</translation>
    </message>
    <message>
        <source>ID card %1</source>
        <translation>ID card %1</translation>
    </message>
    <message>
        <source>photo %1</source>
        <translation>photo %1</translation>
    </message>
    <message>
        <source>%1: place their ID card on the reader and press F6</source>
        <translation>%1: place their ID card on the reader and press F6</translation>
    </message>
    <message>
        <source>%1: look into the camera; F7 takes the photo</source>
        <translation>%1: look into the camera; F7 takes the photo</translation>
    </message>
    <message>
        <source>%1: sign the %2 on the pad, then Ctrl+Enter</source>
        <translation>%1: sign the %2 on the pad, then Ctrl+Enter</translation>
    </message>
    <message>
        <source>%1 signs here</source>
        <translation>%1 signs here</translation>
    </message>
    <message>
        <source>Signing the %1…</source>
        <translation>Signing the %1…</translation>
    </message>
    <message>
        <source>Every contract of %1 is signed: print them (Ctrl+P) and save them (Ctrl+S).</source>
        <translation>Every contract of %1 is signed: print them (Ctrl+P) and save them (Ctrl+S).</translation>
    </message>
    <message>
        <source>Loan signing: ID card</source>
        <translation>Loan signing: ID card</translation>
    </message>
    <message>
        <source>Loan signing: photo</source>
        <translation>Loan signing: photo</translation>
    </message>
    <message>
        <source>Loan signing: signature</source>
        <translation>Loan signing: signature</translation>
    </message>
    <message>
        <source>Loan signing: contract</source>
        <translation>Loan signing: contract</translation>
    </message>
    <message>
        <source>%1 signed: contract %2</source>
        <translation>%1 signed: contract %2</translation>
    </message>
    <message>
        <source>Signing session started</source>
        <translation>Signing session started</translation>
    </message>
    <message numerus="yes">
        <source>Signing session resumed: %n step(s) done before</source>
        <translation>
            <numerusform>Signing session resumed: %n step done before</numerusform>
            <numerusform>Signing session resumed: %n steps done before</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the signed contract</source>
        <translation>Save the signed contract</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Signers</translation>
    </message>
    <message>
        <source>Signed &amp;contract:</source>
        <translation>Signed &amp;contract:</translation>
    </message>
</context>
<context>
    <name>hpf::ui::LoanText</name>
    <message>
        <source>Continuous full contributions</source>
        <translation>Continuous full contributions</translation>
    </message>
    <message>
        <source>No open fund loan in the household</source>
        <translation>No open fund loan in the household</translation>
    </message>
    <message>
        <source>Not a third home or third loan</source>
        <translation>Not a third home or third loan</translation>
    </message>
    <message>
        <source>Second loan only after the first is settled</source>
        <translation>Second loan only after the first is settled</translation>
    </message>
    <message>
        <source>Age plus term</source>
        <translation>Age plus term</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Repayment within the share of income</source>
        <translation>Repayment within the share of income</translation>
    </message>
    <message>
        <source>Amount within the limit</source>
        <translation>Amount within the limit</translation>
    </message>
    <message>
        <source>the center&apos;s cap</source>
        <translation>the center&apos;s cap</translation>
    </message>
    <message>
        <source>price × ratio</source>
        <translation>price × ratio</translation>
    </message>
    <message>
        <source>balance × multiple</source>
        <translation>balance × multiple</translation>
    </message>
    <message>
        <source>repayment ability</source>
        <translation>repayment ability</translation>
    </message>
    <message>
        <source>Fund loan</source>
        <translation>Fund loan</translation>
    </message>
    <message>
        <source>Combination loan (组合贷)</source>
        <translation>Combination loan (组合贷)</translation>
    </message>
    <message>
        <source>Commercial-to-fund conversion (商转公)</source>
        <translation>Commercial-to-fund conversion (商转公)</translation>
    </message>
    <message>
        <source>Equal instalments (等额本息)</source>
        <translation>Equal instalments (等额本息)</translation>
    </message>
    <message>
        <source>Equal principal (等额本金)</source>
        <translation>Equal principal (等额本金)</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>Co-borrower</source>
        <translation>Co-borrower</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>Guarantor</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>First home</source>
        <translation>First home</translation>
    </message>
    <message>
        <source>Second home</source>
        <translation>Second home</translation>
    </message>
    <message>
        <source>Third home</source>
        <translation>Third home</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>document number</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>monthly income</source>
        <translation>monthly income</translation>
    </message>
    <message>
        <source>monthly debts</source>
        <translation>monthly debts</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>credit report authorisation</source>
        <translation>credit report authorisation</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Loan kind</source>
        <translation>Loan kind</translation>
    </message>
    <message>
        <source>Loan amount</source>
        <translation>Loan amount</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>Term (months)</translation>
    </message>
    <message>
        <source>Repayment method</source>
        <translation>Repayment method</translation>
    </message>
    <message>
        <source>First or second home</source>
        <translation>First or second home</translation>
    </message>
    <message>
        <source>Disbursing bank</source>
        <translation>Disbursing bank</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Property</translation>
    </message>
    <message>
        <source>Property address</source>
        <translation>Property address</translation>
    </message>
    <message>
        <source>House price</source>
        <translation>House price</translation>
    </message>
    <message>
        <source>Purchase contract number</source>
        <translation>Purchase contract number</translation>
    </message>
    <message>
        <source>People on the application</source>
        <translation>People on the application</translation>
    </message>
    <message>
        <source>Bank&apos;s part</source>
        <translation>Bank&apos;s part</translation>
    </message>
    <message>
        <source>Bank&apos;s part: amount</source>
        <translation>Bank&apos;s part: amount</translation>
    </message>
    <message>
        <source>Bank&apos;s part: bank</source>
        <translation>Bank&apos;s part: bank</translation>
    </message>
    <message>
        <source>Bank&apos;s part: term</source>
        <translation>Bank&apos;s part: term</translation>
    </message>
    <message>
        <source>Bank&apos;s part: rate</source>
        <translation>Bank&apos;s part: rate</translation>
    </message>
    <message>
        <source>Commercial loan paid off</source>
        <translation>Commercial loan paid off</translation>
    </message>
    <message>
        <source>Commercial loan: bank</source>
        <translation>Commercial loan: bank</translation>
    </message>
    <message>
        <source>Commercial loan: contract number</source>
        <translation>Commercial loan: contract number</translation>
    </message>
    <message>
        <source>Commercial loan: outstanding</source>
        <translation>Commercial loan: outstanding</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message numerus="yes">
        <source>Borrower&apos;s account %1 · balance %2 · %n month(s) of continuous contributions</source>
        <translation>
            <numerusform>Borrower&apos;s account %1 · balance %2 · %n month of continuous contributions</numerusform>
            <numerusform>Borrower&apos;s account %1 · balance %2 · %n months of continuous contributions</numerusform>
        </translation>
    </message>
    <message>
        <source>Limit %1, bound by %2 (center&apos;s cap %3 · price × ratio %4 · balance × multiple %5 · repayment ability %6)</source>
        <translation>Limit %1, bound by %2 (center&apos;s cap %3 · price × ratio %4 · balance × multiple %5 · repayment ability %6)</translation>
    </message>
    <message>
        <source>Rate %1% a year (%2, in force on %3)</source>
        <translation>Rate %1% a year (%2, in force on %3)</translation>
    </message>
    <message>
        <source>No limit or rate: a third home or third loan is not lent to</source>
        <translation>No limit or rate: a third home or third loan is not lent to</translation>
    </message>
    <message>
        <source>Schedule: %1 × %2 months · first payment %3 (due %4) · last payment %5 · total interest %6 · total %7</source>
        <translation>Schedule: %1 × %2 months · first payment %3 (due %4) · last payment %5 · total interest %6 · total %7</translation>
    </message>
    <message>
        <source>Bank&apos;s part: first payment %1 (counted against the income)</source>
        <translation>Bank&apos;s part: first payment %1 (counted against the income)</translation>
    </message>
    <message numerus="yes">
        <source>Eligible. Decision due by %1 (%n day(s) after acceptance)</source>
        <translation>
            <numerusform>Eligible. Decision due by %1 (%n day after acceptance)</numerusform>
            <numerusform>Eligible. Decision due by %1 (%n days after acceptance)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Disbursed</translation>
    </message>
</context>
<context>
    <name>hpf::ui::LockOverlay</name>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>The screen is locked</source>
        <translation>The screen is locked</translation>
    </message>
    <message>
        <source>%1 (%2) — enter your password to continue</source>
        <translation>%1 (%2) — enter your password to continue</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Verification code</translation>
    </message>
</context>
<context>
    <name>hpf::ui::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in to HPF Counter</source>
        <translation>Sign in to HPF Counter</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>User id:</source>
        <translation>User id:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Enter the password</source>
        <translation>Enter the password</translation>
    </message>
    <message>
        <source>Verification code:</source>
        <translation>Verification code:</translation>
    </message>
    <message>
        <source>6 digits, or a recovery code</source>
        <translation>6 digits, or a recovery code</translation>
    </message>
</context>
<context>
    <name>hpf::ui::LookupPage</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Unit account</source>
        <translation>Unit account</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <source>Personal account number</source>
        <translation>Personal account number</translation>
    </message>
    <message>
        <source>Unit account number</source>
        <translation>Unit account number</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <source>Military officer card</source>
        <translation>Military officer card</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Foreign permanent resident card</source>
        <translation>Foreign permanent resident card</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Other document</translation>
    </message>
    <message>
        <source>A name has at most 60 characters</source>
        <translation>A name has at most 60 characters</translation>
    </message>
    <message>
        <source>An account number has only digits (at most 20)</source>
        <translation>An account number has only digits (at most 20)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation>Nobody found</translation>
    </message>
    <message numerus="yes">
        <source>%n found; press Enter on a row to open it</source>
        <translation>
            <numerusform>%n found; press Enter on the row to open it</numerusform>
            <numerusform>%n found; press Enter on a row to open it</numerusform>
        </translation>
    </message>
    <message>
        <source>Document t&amp;ype:</source>
        <translation>Document t&amp;ype:</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Search &amp;by:</source>
        <translation>Search &amp;by:</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>Document &amp;number:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Personal account &amp;number:</source>
        <translation>Personal account &amp;number:</translation>
    </message>
    <message>
        <source>Unit account &amp;number:</source>
        <translation>Unit account &amp;number:</translation>
    </message>
</context>
<context>
    <name>hpf::ui::LookupText</name>
    <message>
        <source>Judicial freeze</source>
        <translation>Judicial freeze</translation>
    </message>
    <message>
        <source>Loan security hold</source>
        <translation>Loan security hold</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>In effect</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>Fully deducted</source>
        <translation>Fully deducted</translation>
    </message>
</context>
<context>
    <name>hpf::ui::MainWindow</name>
    <message>
        <source>TRAINING</source>
        <translation>TRAINING</translation>
    </message>
    <message>
        <source>HPF Counter</source>
        <translation>HPF Counter</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Transaction code</source>
        <translation>Transaction code</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Training environment: a local demo server; nothing here is real</source>
        <translation>Training environment: a local demo server; nothing here is real</translation>
    </message>
    <message>
        <source>Workstation %1</source>
        <translation>Workstation %1</translation>
    </message>
    <message>
        <source>The server cannot be reached. Pages already open stay readable and drafts keep being saved; the client reconnects by itself.</source>
        <translation>The server cannot be reached. Pages already open stay readable and drafts keep being saved; the client reconnects by itself.</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) waiting to be sent</source>
        <translation>
            <numerusform>%n operation waiting to be sent</numerusform>
            <numerusform>%n operations waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Counter</source>
        <translation>&amp;Counter</translation>
    </message>
    <message>
        <source>Go to transaction code</source>
        <translation>Go to transaction code</translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>HPF Counter — TRAINING</source>
        <translation>HPF Counter — TRAINING</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>Teller</translation>
    </message>
    <message>
        <source>Loan officer</source>
        <translation>Loan officer</translation>
    </message>
    <message>
        <source>Archivist</source>
        <translation>Archivist</translation>
    </message>
    <message>
        <source>Judicial assistance</source>
        <translation>Judicial assistance</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>User %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Branch %1</source>
        <translation>Branch %1</translation>
    </message>
    <message>
        <source>Unknown transaction code %1</source>
        <translation>Unknown transaction code %1</translation>
    </message>
    <message>
        <source>Your role may not open %1 %2</source>
        <translation>Your role may not open %1 %2</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Printer…</source>
        <translation>Printer…</translation>
    </message>
    <message>
        <source>Page setup…</source>
        <translation>Page setup…</translation>
    </message>
    <message>
        <source>Printer calibration…</source>
        <translation>Printer calibration…</translation>
    </message>
    <message>
        <source>Show the outbox</source>
        <translation>Show the outbox</translation>
    </message>
    <message>
        <source>Outbox…</source>
        <translation>Outbox…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>TRAINING · %1</source>
        <translation>TRAINING · %1</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>About HPF Counter</source>
        <translation>About HPF Counter</translation>
    </message>
    <message>
        <source>Saved as PDF: %1</source>
        <translation>Saved as PDF: %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation>PDF saved: %1</translation>
    </message>
    <message>
        <source>Sent to the printer: %1</source>
        <translation>Sent to the printer: %1</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
</context>
<context>
    <name>hpf::ui::MaterialsChecklist</name>
    <message>
        <source>&amp;Materials checklist (Ctrl+1…9 chooses the material of the next pages):</source>
        <translation>&amp;Materials checklist (Ctrl+1…9 chooses the material of the next pages):</translation>
    </message>
    <message>
        <source>Materials checklist</source>
        <translation>Materials checklist</translation>
    </message>
    <message>
        <source>%1 %2: satisfied by shared data</source>
        <translation>%1 %2: satisfied by shared data</translation>
    </message>
    <message>
        <source>%1 %2: %3 of at least %4 pages%5</source>
        <translation>%1 %2: %3 of at least %4 pages%5</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (required)</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>hpf::ui::MergePage</name>
    <message>
        <source>&amp;Merge into the kept account…</source>
        <translation>&amp;Merge into the kept account…</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Account number</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit account</source>
        <translation>Unit account</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Account to keep:</source>
        <translation>Account to keep:</translation>
    </message>
    <message>
        <source>A person with more than one live account here keeps one. Type the account to keep and press Enter: the person&apos;s other live accounts are listed. Press Enter on the one to merge; a supervisor authorises at this screen.</source>
        <translation>A person with more than one live account here keeps one. Type the account to keep and press Enter: the person&apos;s other live accounts are listed. Press Enter on the one to merge; a supervisor authorises at this screen.</translation>
    </message>
    <message>
        <source>Other live accounts of the same person:</source>
        <translation>Other live accounts of the same person:</translation>
    </message>
    <message>
        <source>Looking for the person&apos;s other accounts…</source>
        <translation>Looking for the person&apos;s other accounts…</translation>
    </message>
    <message>
        <source>The person has no other live account here: nothing to merge</source>
        <translation>The person has no other live account here: nothing to merge</translation>
    </message>
    <message numerus="yes">
        <source>%n other live account(s): choose the one to merge and press Enter</source>
        <translation>
            <numerusform>%n other live account: choose the one to merge and press Enter</numerusform>
            <numerusform>%n other live accounts: choose the one to merge and press Enter</numerusform>
        </translation>
    </message>
    <message>
        <source>Load the account to keep and choose the account to merge first</source>
        <translation>Load the account to keep and choose the account to merge first</translation>
    </message>
    <message>
        <source>Account merge</source>
        <translation>Account merge</translation>
    </message>
    <message>
        <source>Merge account %1 into account %2 (same person): the merged account is closed</source>
        <translation>Merge account %1 into account %2 (same person): the merged account is closed</translation>
    </message>
    <message>
        <source>Merged: serial %1</source>
        <translation>Merged: serial %1</translation>
    </message>
    <message>
        <source>Account %1 closed (%2); account %3 credited: principal %4 · interest to date %5 · amount %6</source>
        <translation>Account %1 closed (%2); account %3 credited: principal %4 · interest to date %5 · amount %6</translation>
    </message>
    <message>
        <source>Other live accounts of the same person</source>
        <translation>Other live accounts of the same person</translation>
    </message>
    <message>
        <source>Kept account</source>
        <translation>Kept account</translation>
    </message>
    <message>
        <source>Kept account:</source>
        <translation>Kept account:</translation>
    </message>
</context>
<context>
    <name>hpf::ui::OpeningResult</name>
    <message>
        <source>Open existing account</source>
        <translation>Open existing account</translation>
    </message>
    <message>
        <source>The person&apos;s sealed account %1 was UNSEALED (启封) under unit %2 %3; no new account was opened (previous unit %4).</source>
        <translation>The person&apos;s sealed account %1 was UNSEALED (启封) under unit %2 %3; no new account was opened (previous unit %4).</translation>
    </message>
    <message>
        <source>Flexible-employment account %1 opened.</source>
        <translation>Flexible-employment account %1 opened.</translation>
    </message>
    <message>
        <source>Account %1 opened under unit %2 %3.</source>
        <translation>Account %1 opened under unit %2 %3.</translation>
    </message>
    <message>
        <source>Deposit base %1 from %2.</source>
        <translation>Deposit base %1 from %2.</translation>
    </message>
    <message>
        <source>Monthly deposit %1 (ratio %2 %).</source>
        <translation>Monthly deposit %1 (ratio %2 %).</translation>
    </message>
    <message>
        <source>Monthly deposit: unit %1 + personal %2 = %3.</source>
        <translation>Monthly deposit: unit %1 + personal %2 = %3.</translation>
    </message>
    <message>
        <source>Unit account %1 opened for %2.</source>
        <translation>Unit account %1 opened for %2.</translation>
    </message>
    <message>
        <source>The account already belongs to this unit: nothing needs to be opened.</source>
        <translation>The account already belongs to this unit: nothing needs to be opened.</translation>
    </message>
    <message>
        <source>This credit code already has unit account %1 (%2, branch %3).</source>
        <translation>This credit code already has unit account %1 (%2, branch %3).</translation>
    </message>
    <message>
        <source>Open existing unit</source>
        <translation>Open existing unit</translation>
    </message>
    <message>
        <source>Transfer it to the new &amp;unit (5001)…</source>
        <translation>Transfer it to the new &amp;unit (5001)…</translation>
    </message>
    <message>
        <source>Move the existing account to the new unit with the in-city transfer (市内转移, 5001): its balance and interest go with it.</source>
        <translation>Move the existing account to the new unit with the in-city transfer (市内转移, 5001): its balance and interest go with it.</translation>
    </message>
    <message>
        <source>One person, one account (一人一户): this person already has account %1 (%2) in unit %3 %4, branch %5.</source>
        <translation>One person, one account (一人一户): this person already has account %1 (%2) in unit %3 %4, branch %5.</translation>
    </message>
</context>
<context>
    <name>hpf::ui::OutboxView</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Resend now</source>
        <translation>Resend now</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>Sends the waiting operations again with their own keys; none is applied twice</source>
        <translation>Sends the waiting operations again with their own keys; none is applied twice</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) waiting to be sent</source>
        <translation>
            <numerusform>%n operation waiting to be sent</numerusform>
            <numerusform>%n operations waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawn before it was sent</source>
        <translation>Withdrawn before it was sent</translation>
    </message>
</context>
<context>
    <name>hpf::ui::Pages</name>
    <message>
        <source>Lookup</source>
        <translation>Lookup</translation>
    </message>
    <message>
        <source>Personal account</source>
        <translation>Personal account</translation>
    </message>
    <message>
        <source>Unit account</source>
        <translation>Unit account</translation>
    </message>
    <message>
        <source>Unit account opening</source>
        <translation>Unit account opening</translation>
    </message>
    <message>
        <source>Personal account opening</source>
        <translation>Personal account opening</translation>
    </message>
    <message>
        <source>Flexible-employment opening</source>
        <translation>Flexible-employment opening</translation>
    </message>
    <message>
        <source>Employee list import</source>
        <translation>Employee list import</translation>
    </message>
    <message>
        <source>Seal / unseal</source>
        <translation>Seal / unseal</translation>
    </message>
    <message>
        <source>Receipt reprint</source>
        <translation>Receipt reprint</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>Issue certificate</translation>
    </message>
    <message>
        <source>Batch certificates</source>
        <translation>Batch certificates</translation>
    </message>
    <message>
        <source>Verify certificate</source>
        <translation>Verify certificate</translation>
    </message>
    <message>
        <source>Judicial assistance</source>
        <translation>Judicial assistance</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>Inquiries</translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation>Audit records</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Archive capture</source>
        <translation>Archive capture</translation>
    </message>
    <message>
        <source>Four-property checks</source>
        <translation>Four-property checks</translation>
    </message>
    <message>
        <source>Archive search</source>
        <translation>Archive search</translation>
    </message>
    <message>
        <source>Archive viewer</source>
        <translation>Archive viewer</translation>
    </message>
    <message>
        <source>Archives</source>
        <translation>Archives</translation>
    </message>
    <message>
        <source>Freezes expiring</source>
        <translation>Freezes expiring</translation>
    </message>
    <message>
        <source>Online court requests</source>
        <translation>Online court requests</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>Batch in-city transfer</source>
        <translation>Batch in-city transfer</translation>
    </message>
    <message>
        <source>Cross-city transfer in</source>
        <translation>Cross-city transfer in</translation>
    </message>
    <message>
        <source>Transfer-out review</source>
        <translation>Transfer-out review</translation>
    </message>
    <message>
        <source>Transfer query</source>
        <translation>Transfer query</translation>
    </message>
    <message>
        <source>In-city transfer</source>
        <translation>In-city transfer</translation>
    </message>
    <message>
        <source>Account merge</source>
        <translation>Account merge</translation>
    </message>
    <message>
        <source>Person details change</source>
        <translation>Person details change</translation>
    </message>
    <message>
        <source>Unit details change</source>
        <translation>Unit details change</translation>
    </message>
    <message>
        <source>Base adjustment</source>
        <translation>Base adjustment</translation>
    </message>
    <message>
        <source>Back payment</source>
        <translation>Back payment</translation>
    </message>
    <message>
        <source>Remittance deferral</source>
        <translation>Remittance deferral</translation>
    </message>
    <message>
        <source>Interest statement</source>
        <translation>Interest statement</translation>
    </message>
    <message>
        <source>Monthly remittance</source>
        <translation>Monthly remittance</translation>
    </message>
    <message>
        <source>Accounts and deposits</source>
        <translation>Accounts and deposits</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>Withdrawals</translation>
    </message>
    <message>
        <source>Standing rent instructions</source>
        <translation>Standing rent instructions</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <source>Loan application</source>
        <translation>Loan application</translation>
    </message>
    <message>
        <source>Loan review and approval</source>
        <translation>Loan review and approval</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Loans</translation>
    </message>
    <message>
        <source>Loan account</source>
        <translation>Loan account</translation>
    </message>
    <message>
        <source>Overdue loans</source>
        <translation>Overdue loans</translation>
    </message>
    <message>
        <source>Face-to-face signing</source>
        <translation>Face-to-face signing</translation>
    </message>
    <message>
        <source>Contract verification</source>
        <translation>Contract verification</translation>
    </message>
    <message>
        <source>Today&apos;s operations</source>
        <translation>Today&apos;s operations</translation>
    </message>
</context>
<context>
    <name>hpf::ui::PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Your password has expired or was reset by an administrator: choose a new one to go on.</source>
        <translation>Your password has expired or was reset by an administrator: choose a new one to go on.</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>Choose a new password.</translation>
    </message>
    <message>
        <source>At least 10 characters with three kinds of characters (lower case, upper case, digits, Chinese characters, symbols); not your user id, not a common password, none of your last 5 passwords.</source>
        <translation>At least 10 characters with three kinds of characters (lower case, upper case, digits, Chinese characters, symbols); not your user id, not a common password, none of your last 5 passwords.</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>Repeat new password:</translation>
    </message>
    <message>
        <source>Enter the current and the new password</source>
        <translation>Enter the current and the new password</translation>
    </message>
    <message>
        <source>The two new passwords differ</source>
        <translation>The two new passwords differ</translation>
    </message>
</context>
<context>
    <name>hpf::ui::PayeeForm</name>
    <message>
        <source>Payee bank:</source>
        <translation>Payee bank:</translation>
    </message>
    <message>
        <source>Payee account number:</source>
        <translation>Payee account number:</translation>
    </message>
    <message>
        <source>Payee name:</source>
        <translation>Payee name:</translation>
    </message>
    <message>
        <source>Payee bank</source>
        <translation>Payee bank</translation>
    </message>
</context>
<context>
    <name>hpf::ui::PersonChangePage</name>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <source>Personal account number:</source>
        <translation>Personal account number:</translation>
    </message>
    <message>
        <source>New name (after checking the documents):</source>
        <translation>New name (after checking the documents):</translation>
    </message>
    <message>
        <source>New mobile:</source>
        <translation>New mobile:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Change a person&apos;s name or mobile: fill in only what changes and the reason; Enter in the reason submits. A name change is authorised by a supervisor.</source>
        <translation>Change a person&apos;s name or mobile: fill in only what changes and the reason; Enter in the reason submits. A name change is authorised by a supervisor.</translation>
    </message>
    <message>
        <source>Nothing to change: type the new name or the new mobile</source>
        <translation>Nothing to change: type the new name or the new mobile</translation>
    </message>
    <message>
        <source>Type the reason for the change</source>
        <translation>Type the reason for the change</translation>
    </message>
    <message>
        <source>Person change</source>
        <translation>Person change</translation>
    </message>
    <message>
        <source>Name change of account %1 to %2</source>
        <translation>Name change of account %1 to %2</translation>
    </message>
    <message>
        <source>Changed: serial %1</source>
        <translation>Changed: serial %1</translation>
    </message>
</context>
<context>
    <name>hpf::ui::PersonFields</name>
    <message>
        <source>yuan, e.g. 6,500.00</source>
        <translation>yuan, e.g. 6,500.00</translation>
    </message>
    <message>
        <source>YYYY-MM (empty: this month)</source>
        <translation>YYYY-MM (empty: this month)</translation>
    </message>
    <message>
        <source>Document type:</source>
        <translation>Document type:</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Mobile number:</source>
        <translation>Mobile number:</translation>
    </message>
    <message>
        <source>Mobile number (optional):</source>
        <translation>Mobile number (optional):</translation>
    </message>
    <message>
        <source>Wage base (yuan):</source>
        <translation>Wage base (yuan):</translation>
    </message>
    <message>
        <source>First deposit month:</source>
        <translation>First deposit month:</translation>
    </message>
    <message>
        <source>Monthly deposit:</source>
        <translation>Monthly deposit:</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>born %1</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>Enter the wage base to see the monthly deposit</source>
        <translation>Enter the wage base to see the monthly deposit</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Deposit</translation>
    </message>
</context>
<context>
    <name>hpf::ui::PersonOpeningPage</name>
    <message>
        <source>Open account</source>
        <translation>Open account</translation>
    </message>
    <message>
        <source>11 characters starting with 8</source>
        <translation>11 characters starting with 8</translation>
    </message>
    <message>
        <source>Unit account number:</source>
        <translation>Unit account number:</translation>
    </message>
    <message>
        <source>Open a personal account (缴存登记) under an open unit. The deposit ratios are the unit&apos;s; the amounts are computed by the policy in effect.</source>
        <translation>Open a personal account (缴存登记) under an open unit. The deposit ratios are the unit&apos;s; the amounts are computed by the policy in effect.</translation>
    </message>
    <message>
        <source>Enter the unit account: the ratios are the unit&apos;s</source>
        <translation>Enter the unit account: the ratios are the unit&apos;s</translation>
    </message>
    <message>
        <source>The deposit policy has not been loaded yet; the server computes the amounts</source>
        <translation>The deposit policy has not been loaded yet; the server computes the amounts</translation>
    </message>
    <message>
        <source>unit %1 (%2 %) + personal %3 (%4 %) = %5 a month, on a base of %6</source>
        <translation>unit %1 (%2 %) + personal %3 (%4 %) = %5 a month, on a base of %6</translation>
    </message>
    <message>
        <source>The wage base is below the policy floor: it will be raised to %1</source>
        <translation>The wage base is below the policy floor: it will be raised to %1</translation>
    </message>
    <message>
        <source>The wage base is above the policy ceiling: it will be lowered to %1</source>
        <translation>The wage base is above the policy ceiling: it will be lowered to %1</translation>
    </message>
    <message>
        <source>Loading the unit…</source>
        <translation>Loading the unit…</translation>
    </message>
    <message>
        <source>Sealed account unsealed under the new unit</source>
        <translation>Sealed account unsealed under the new unit</translation>
    </message>
    <message>
        <source>Account opened</source>
        <translation>Account opened</translation>
    </message>
    <message>
        <source>Personal account opening</source>
        <translation>Personal account opening</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>%1 · %2 · ratios unit %3 % / personal %4 %</source>
        <translation>%1 · %2 · ratios unit %3 % / personal %4 %</translation>
    </message>
</context>
<context>
    <name>hpf::ui::PersonPage</name>
    <message>
        <source>Holds</source>
        <translation>Holds</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Account number:</source>
        <translation>Account number:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <source>Unit account:</source>
        <translation>Unit account:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Balance:</translation>
    </message>
    <message>
        <source>Held:</source>
        <translation>Held:</translation>
    </message>
    <message>
        <source>Available:</source>
        <translation>Available:</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Open an account from the lookup page (F2)</source>
        <translation>Open an account from the lookup page (F2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The account could not be added to the recent list</source>
        <translation>The account could not be added to the recent list</translation>
    </message>
    <message>
        <source>%1 of %2 entries shown · credits %3 · debits %4</source>
        <translation>%1 of %2 entries shown · credits %3 · debits %4</translation>
    </message>
    <message>
        <source>Restricted: judicial assistance measures apply to this account. Details are shown to judicial staff only.</source>
        <translation>Restricted: judicial assistance measures apply to this account. Details are shown to judicial staff only.</translation>
    </message>
    <message>
        <source>&amp;Merge the accounts (5003)…</source>
        <translation>&amp;Merge the accounts (5003)…</translation>
    </message>
    <message numerus="yes">
        <source>One person, several accounts (一人多户): this person has %n other live account(s) at this center. Merge them into one.</source>
        <translation>
            <numerusform>One person, several accounts (一人多户): this person has %n other live account at this center. Merge them into one.</numerusform>
            <numerusform>One person, several accounts (一人多户): this person has %n other live accounts at this center. Merge them into one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hpf::ui::ReceiptBar</name>
    <message>
        <source>Preview receipt</source>
        <translation>Preview receipt</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>Save receipt as PDF…</translation>
    </message>
    <message>
        <source>Receipt %1 (reprint no. %2)</source>
        <translation>Receipt %1 (reprint no. %2)</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
</context>
<context>
    <name>hpf::ui::ReceiptPage</name>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>YW + 16 digits, or scan the receipt&apos;s QR code</source>
        <translation>YW + 16 digits, or scan the receipt&apos;s QR code</translation>
    </message>
    <message>
        <source>Business serial number:</source>
        <translation>Business serial number:</translation>
    </message>
    <message>
        <source>Reprints:</source>
        <translation>Reprints:</translation>
    </message>
    <message>
        <source>A reprint is counted and audited, and says so on the paper. Type the serial or scan the QR code of the receipt.</source>
        <translation>A reprint is counted and audited, and says so on the paper. Type the serial or scan the QR code of the receipt.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>Reprinted %n time(s)</source>
        <translation>
            <numerusform>Reprinted %n time</numerusform>
            <numerusform>Reprinted %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reprinted %n time(s), last on %1</source>
        <translation>
            <numerusform>Reprinted %n time, last on %1</numerusform>
            <numerusform>Reprinted %n times, last on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt reprint</source>
        <translation>Receipt reprint</translation>
    </message>
    <message>
        <source>Reprint %1 of %2 recorded; print it or save it as PDF</source>
        <translation>Reprint %1 of %2 recorded; print it or save it as PDF</translation>
    </message>
    <message>
        <source>Business serial number</source>
        <translation>Business serial number</translation>
    </message>
</context>
<context>
    <name>hpf::ui::RemittancePage</name>
    <message>
        <source>&amp;Post the month (Ctrl+Enter)</source>
        <translation>&amp;Post the month (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Unit ratio</source>
        <translation>Unit ratio</translation>
    </message>
    <message>
        <source>Personal ratio</source>
        <translation>Personal ratio</translation>
    </message>
    <message>
        <source>Unit share</source>
        <translation>Unit share</translation>
    </message>
    <message>
        <source>Personal share</source>
        <translation>Personal share</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Unit account:</source>
        <translation>Unit account:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>A unit&apos;s monthly remittance (汇缴): Enter in the month shows what posting it would credit to each employee; Ctrl+Enter posts exactly that. A month is posted once; months before the unit&apos;s first month or inside an approved deferral are refused.</source>
        <translation>A unit&apos;s monthly remittance (汇缴): Enter in the month shows what posting it would credit to each employee; Ctrl+Enter posts exactly that. A month is posted once; months before the unit&apos;s first month or inside an approved deferral are refused.</translation>
    </message>
    <message>
        <source>Computing the month…</source>
        <translation>Computing the month…</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 · %n employee(s) · unit %3 + personal %4 = total %5</source>
        <translation>
            <numerusform>%1 %2 · %n employee · unit %3 + personal %4 = total %5</numerusform>
            <numerusform>%1 %2 · %n employees · unit %3 + personal %4 = total %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the month and press Ctrl+Enter to post it</source>
        <translation>Check the month and press Ctrl+Enter to post it</translation>
    </message>
    <message numerus="yes">
        <source>Check the month (%n person(s) left out, see the note) and press Ctrl+Enter to post it</source>
        <translation>
            <numerusform>Check the month (%n person left out, see the note) and press Ctrl+Enter to post it</numerusform>
            <numerusform>Check the month (%n people left out, see the note) and press Ctrl+Enter to post it</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview the month first (Enter in the month)</source>
        <translation>Preview the month first (Enter in the month)</translation>
    </message>
    <message>
        <source>Monthly remittance</source>
        <translation>Monthly remittance</translation>
    </message>
    <message numerus="yes">
        <source>Posted: serial %1 · %n employee(s) · total %2</source>
        <translation>
            <numerusform>Posted: serial %1 · %n employee · total %2</numerusform>
            <numerusform>Posted: serial %1 · %n employees · total %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The month is computed again; check it and post again.</source>
        <translation>The month is computed again; check it and post again.</translation>
    </message>
    <message>
        <source>Employees credited this month</source>
        <translation>Employees credited this month</translation>
    </message>
</context>
<context>
    <name>hpf::ui::ScannerSettingsBox</name>
    <message>
        <source>Scanner settings</source>
        <translation>Scanner settings</translation>
    </message>
    <message>
        <source>Black and white (text)</source>
        <translation>Black and white (text)</translation>
    </message>
    <message>
        <source>Greyscale</source>
        <translation>Greyscale</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Flatbed</source>
        <translation>Flatbed</translation>
    </message>
    <message>
        <source>Document feeder</source>
        <translation>Document feeder</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Colour mode</source>
        <translation>Colour mode</translation>
    </message>
    <message>
        <source>Paper source</source>
        <translation>Paper source</translation>
    </message>
    <message>
        <source>S&amp;canner:</source>
        <translation>S&amp;canner:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <source>C&amp;olour mode:</source>
        <translation>C&amp;olour mode:</translation>
    </message>
    <message>
        <source>&amp;Paper source:</source>
        <translation>&amp;Paper source:</translation>
    </message>
    <message>
        <source>No scanner: import files</source>
        <translation>No scanner: import files</translation>
    </message>
</context>
<context>
    <name>hpf::ui::SealPage</name>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Seal</translation>
    </message>
    <message>
        <source>Unseal</source>
        <translation>Unseal</translation>
    </message>
    <message>
        <source>Personal account number:</source>
        <translation>Personal account number:</translation>
    </message>
    <message>
        <source>Current state:</source>
        <translation>Current state:</translation>
    </message>
    <message>
        <source>Business:</source>
        <translation>Business:</translation>
    </message>
    <message>
        <source>Sealing reason:</source>
        <translation>Sealing reason:</translation>
    </message>
    <message>
        <source>Memo (optional):</source>
        <translation>Memo (optional):</translation>
    </message>
    <message>
        <source>Seal an account when its holder leaves the employer; unseal it when deposits resume in the same unit. Press Enter in the account number to see its state.</source>
        <translation>Seal an account when its holder leaves the employer; unseal it when deposits resume in the same unit. Press Enter in the account number to see its state.</translation>
    </message>
    <message>
        <source>— choose a reason —</source>
        <translation>— choose a reason —</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The server cannot be reached; the state shown is from %1</source>
        <translation>The server cannot be reached; the state shown is from %1</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>unit %1</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer; the operation is sent again with the same id</source>
        <translation>Waiting for the server&apos;s answer; the operation is sent again with the same id</translation>
    </message>
    <message>
        <source>Account %1 sealed, serial %2</source>
        <translation>Account %1 sealed, serial %2</translation>
    </message>
    <message>
        <source>Account %1 unsealed, serial %2</source>
        <translation>Account %1 unsealed, serial %2</translation>
    </message>
</context>
<context>
    <name>hpf::ui::SecondFactorDialog</name>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>I have saved the recovery codes</source>
        <translation>I have saved the recovery codes</translation>
    </message>
    <message>
        <source>Set up two-step verification</source>
        <translation>Set up two-step verification</translation>
    </message>
    <message>
        <source>Your role signs in with two-step verification. Scan the QR code with an authenticator app on your phone (or type the key in), then enter the 6-digit code it shows.</source>
        <translation>Your role signs in with two-step verification. Scan the QR code with an authenticator app on your phone (or type the key in), then enter the 6-digit code it shows.</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Enter the 6-digit code the app shows</source>
        <translation>Enter the 6-digit code the app shows</translation>
    </message>
    <message>
        <source>Two-step verification is set up. Keep these recovery codes in a safe place: each signs you in once if the phone is lost. They are not shown again.</source>
        <translation>Two-step verification is set up. Keep these recovery codes in a safe place: each signs you in once if the phone is lost. They are not shown again.</translation>
    </message>
</context>
<context>
    <name>hpf::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server URL</translation>
    </message>
    <message>
        <source>CA certificate (PEM file)</source>
        <translation>CA certificate (PEM file)</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Add server</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Remove server</translation>
    </message>
    <message>
        <source>Server in use:</source>
        <translation>Server in use:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>Font size:</translation>
    </message>
    <message>
        <source>Servers (without any, the client runs its own training server):</source>
        <translation>Servers (without any, the client runs its own training server):</translation>
    </message>
    <message>
        <source>Training server (local)</source>
        <translation>Training server (local)</translation>
    </message>
    <message>
        <source>Server %1: give a name and an http:// or https:// address</source>
        <translation>Server %1: give a name and an http:// or https:// address</translation>
    </message>
    <message>
        <source>Server %1: the CA certificate file cannot be read as PEM</source>
        <translation>Server %1: the CA certificate file cannot be read as PEM</translation>
    </message>
    <message>
        <source>White text on black, for low vision or a bright counter</source>
        <translation>White text on black, for low vision or a bright counter</translation>
    </message>
    <message>
        <source>High contrast:</source>
        <translation>High contrast:</translation>
    </message>
</context>
<context>
    <name>hpf::ui::Shell</name>
    <message>
        <source>No secret service (keyring) is available on this computer. The client works, but remembers nothing: sign-ins, drafts and unsent operations are kept only while it runs.</source>
        <translation>No secret service (keyring) is available on this computer. The client works, but remembers nothing: sign-ins, drafts and unsent operations are kept only while it runs.</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Session ended</translation>
    </message>
    <message>
        <source>The session has ended; please sign in again.</source>
        <translation>The session has ended; please sign in again.</translation>
    </message>
    <message>
        <source>The local cache file was damaged. It has been set aside, not deleted, as %1. Unsent operations in it are not lost but cannot be sent from it: tell support. Reference data is being rebuilt.</source>
        <translation>The local cache file was damaged. It has been set aside, not deleted, as %1. Unsent operations in it are not lost but cannot be sent from it: tell support. Reference data is being rebuilt.</translation>
    </message>
    <message>
        <source>%1 (training)</source>
        <translation>%1 (training)</translation>
    </message>
    <message>
        <source>Starting the training server…</source>
        <translation>Starting the training server…</translation>
    </message>
    <message>
        <source>Training server %1</source>
        <translation>Training server %1</translation>
    </message>
    <message>
        <source>Restart training server</source>
        <translation>Restart training server</translation>
    </message>
    <message>
        <source>The training server could not be started.</source>
        <translation>The training server could not be started.</translation>
    </message>
    <message>
        <source>The training server stopped unexpectedly. Work in progress is kept as drafts.</source>
        <translation>The training server stopped unexpectedly. Work in progress is kept as drafts.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>The new language is used from the next start.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The new server is used from the next start; you will sign in there.</source>
        <translation>The new server is used from the next start; you will sign in there.</translation>
    </message>
    <message>
        <source>The local store is in use by another HPF Counter on this computer. Operations cannot be saved or sent in this window until the other one is closed.</source>
        <translation>The local store is in use by another HPF Counter on this computer. Operations cannot be saved or sent in this window until the other one is closed.</translation>
    </message>
    <message>
        <source>The local store cannot be opened. Operations cannot be saved or sent in this window: tell support.</source>
        <translation>The local store cannot be opened. Operations cannot be saved or sent in this window: tell support.</translation>
    </message>
</context>
<context>
    <name>hpf::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>hpf::ui::SignaturePad</name>
    <message>
        <source>Sign here</source>
        <translation>Sign here</translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation>Signature pad</translation>
    </message>
    <message>
        <source>Sign with the mouse, a pen or a finger; Delete clears the pad</source>
        <translation>Sign with the mouse, a pen or a finger; Delete clears the pad</translation>
    </message>
</context>
<context>
    <name>hpf::ui::SigningDevices</name>
    <message>
        <source>Someone else&apos;s card: %1</source>
        <translation>Someone else&apos;s card: %1</translation>
    </message>
</context>
<context>
    <name>hpf::ui::SummaryPanel</name>
    <message>
        <source>The unit</source>
        <translation>The unit</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>The person</translation>
    </message>
    <message>
        <source>Type the unit account number and press Enter</source>
        <translation>Type the unit account number and press Enter</translation>
    </message>
    <message>
        <source>Type the personal account number and press Enter</source>
        <translation>Type the personal account number and press Enter</translation>
    </message>
    <message>
        <source>Unit account:</source>
        <translation>Unit account:</translation>
    </message>
    <message>
        <source>Unit name:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>Branch:</translation>
    </message>
    <message>
        <source>Deposit ratios (unit / personal):</source>
        <translation>Deposit ratios (unit / personal):</translation>
    </message>
    <message>
        <source>Personal account:</source>
        <translation>Personal account:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Balance:</translation>
    </message>
    <message>
        <source>Available:</source>
        <translation>Available:</translation>
    </message>
</context>
<context>
    <name>hpf::ui::SupervisionPage</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Loan kind</source>
        <translation>Loan kind</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Waiting since</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Loan applications waiting for approval</source>
        <translation>Loan applications waiting for approval</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Operations waiting</source>
        <translation>Operations waiting</translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation>Oldest waiting</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Last report</translation>
    </message>
    <message>
        <source>Workstations&apos; outboxes</source>
        <translation>Workstations&apos; outboxes</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Waiting for a supervisor</source>
        <translation>Waiting for a supervisor</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>Workstations</translation>
    </message>
    <message>
        <source>Today&apos;s operations of the branch by hour and by business, the loan applications waiting for a supervisor&apos;s decision, the grants given today and what each workstation still has to send. Refreshed every minute; F5 refreshes now.</source>
        <translation>Today&apos;s operations of the branch by hour and by business, the loan applications waiting for a supervisor&apos;s decision, the grants given today and what each workstation still has to send. Refreshed every minute; F5 refreshes now.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>every branch</source>
        <translation>every branch</translation>
    </message>
    <message>
        <source>branch %1</source>
        <translation>branch %1</translation>
    </message>
    <message>
        <source>%1, %2: %3 operations.</source>
        <translation>%1, %2: %3 operations.</translation>
    </message>
    <message>
        <source>%1 ×%2 (%3 used)</source>
        <translation>%1 ×%2 (%3 used)</translation>
    </message>
    <message>
        <source>No supervisor grants.</source>
        <translation>No supervisor grants.</translation>
    </message>
    <message>
        <source>Grants: %1.</source>
        <translation>Grants: %1.</translation>
    </message>
    <message>
        <source>Updated at %1.</source>
        <translation>Updated at %1.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <source>%1 ago — not heard from since</source>
        <translation>%1 ago — not heard from since</translation>
    </message>
</context>
<context>
    <name>hpf::ui::TransferLookupField</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Looked up</source>
        <translation>Looked up</translation>
    </message>
</context>
<context>
    <name>hpf::ui::TransferText</name>
    <message>
        <source>unknown code %1</source>
        <translation>unknown code %1</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>unit %1</translation>
    </message>
    <message>
        <source>balance %1</source>
        <translation>balance %1</translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation>closed: %1</translation>
    </message>
    <message>
        <source>now account %1</source>
        <translation>now account %1</translation>
    </message>
    <message>
        <source>Restricted (受限): money is held on this account</source>
        <translation>Restricted (受限): money is held on this account</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 %5</source>
        <translation>%1 · %2 · %3 · %4 %5</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Contact letter number</source>
        <translation>Contact letter number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source> (finished)</source>
        <translation> (finished)</translation>
    </message>
    <message>
        <source> · cancellation requested</source>
        <translation> · cancellation requested</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Transfer in (this center receives)</source>
        <translation>Transfer in (this center receives)</translation>
    </message>
    <message>
        <source>Transfer out (this center sends)</source>
        <translation>Transfer out (this center sends)</translation>
    </message>
    <message>
        <source>Sending center</source>
        <translation>Sending center</translation>
    </message>
    <message>
        <source>Receiving center</source>
        <translation>Receiving center</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Account at the sending center</source>
        <translation>Account at the sending center</translation>
    </message>
    <message>
        <source>Account here</source>
        <translation>Account here</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Amount transferred</source>
        <translation>Amount transferred</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Deposits</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>Six months continuous</source>
        <translation>Six months continuous</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Fund loans used</source>
        <translation>Fund loans used</translation>
    </message>
    <message>
        <source>Unsettled fund loan</source>
        <translation>Unsettled fund loan</translation>
    </message>
    <message>
        <source>Fraud flag</source>
        <translation>Fraud flag</translation>
    </message>
    <message>
        <source>set by the sending center</source>
        <translation>set by the sending center</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>%1: Restricted (受限) — money on this account is held and cannot be transferred while the hold lasts. %2</source>
        <translation>%1: Restricted (受限) — money on this account is held and cannot be transferred while the hold lasts. %2</translation>
    </message>
</context>
<context>
    <name>hpf::ui::UnitChangePage</name>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <source>Unit account:</source>
        <translation>Unit account:</translation>
    </message>
    <message>
        <source>New unit name:</source>
        <translation>New unit name:</translation>
    </message>
    <message>
        <source>New contact name:</source>
        <translation>New contact name:</translation>
    </message>
    <message>
        <source>New contact mobile:</source>
        <translation>New contact mobile:</translation>
    </message>
    <message>
        <source>New office address:</source>
        <translation>New office address:</translation>
    </message>
    <message>
        <source>New registered address:</source>
        <translation>New registered address:</translation>
    </message>
    <message>
        <source>New bank:</source>
        <translation>New bank:</translation>
    </message>
    <message>
        <source>New bank branch name:</source>
        <translation>New bank branch name:</translation>
    </message>
    <message>
        <source>New bank account number:</source>
        <translation>New bank account number:</translation>
    </message>
    <message>
        <source>New remittance day (1–28):</source>
        <translation>New remittance day (1–28):</translation>
    </message>
    <message>
        <source>New legal representative:</source>
        <translation>New legal representative:</translation>
    </message>
    <message>
        <source>Legal representative&apos;s document type:</source>
        <translation>Legal representative&apos;s document type:</translation>
    </message>
    <message>
        <source>Legal representative&apos;s document number:</source>
        <translation>Legal representative&apos;s document number:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Change a unit&apos;s details: fill in only what changes (an empty input keeps today&apos;s value), give the reason, Enter in the reason submits. The credit code and the unit account never change.</source>
        <translation>Change a unit&apos;s details: fill in only what changes (an empty input keeps today&apos;s value), give the reason, Enter in the reason submits. The credit code and the unit account never change.</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <source>%1 %2 by %3: %4</source>
        <translation>%1 %2 by %3: %4</translation>
    </message>
    <message>
        <source>No changes before</source>
        <translation>No changes before</translation>
    </message>
    <message>
        <source>Earlier changes:
</source>
        <translation>Earlier changes:
</translation>
    </message>
    <message>
        <source>The remittance day is a day of the month, 1 to 28</source>
        <translation>The remittance day is a day of the month, 1 to 28</translation>
    </message>
    <message>
        <source>Nothing to change: fill in what changes</source>
        <translation>Nothing to change: fill in what changes</translation>
    </message>
    <message>
        <source>Type the reason for the change</source>
        <translation>Type the reason for the change</translation>
    </message>
    <message>
        <source>Unit change</source>
        <translation>Unit change</translation>
    </message>
    <message>
        <source>Changed: serial %1</source>
        <translation>Changed: serial %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Name and contact</source>
        <translation>Name and contact</translation>
    </message>
    <message>
        <source>Remittance bank</source>
        <translation>Remittance bank</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
</context>
<context>
    <name>hpf::ui::UnitOpeningPage</name>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Open unit account</source>
        <translation>Open unit account</translation>
    </message>
    <message>
        <source>Unified social credit code:</source>
        <translation>Unified social credit code:</translation>
    </message>
    <message>
        <source>Unit name:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <source>Economic type:</source>
        <translation>Economic type:</translation>
    </message>
    <message>
        <source>Legal representative:</source>
        <translation>Legal representative:</translation>
    </message>
    <message>
        <source>Representative&apos;s document type:</source>
        <translation>Representative&apos;s document type:</translation>
    </message>
    <message>
        <source>Representative&apos;s document number:</source>
        <translation>Representative&apos;s document number:</translation>
    </message>
    <message>
        <source>Registered address:</source>
        <translation>Registered address:</translation>
    </message>
    <message>
        <source>Office address (optional):</source>
        <translation>Office address (optional):</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Contact person:</translation>
    </message>
    <message>
        <source>Contact mobile number:</source>
        <translation>Contact mobile number:</translation>
    </message>
    <message>
        <source>Remittance bank:</source>
        <translation>Remittance bank:</translation>
    </message>
    <message>
        <source>Remittance bank account:</source>
        <translation>Remittance bank account:</translation>
    </message>
    <message>
        <source>Unit deposit ratio (%):</source>
        <translation>Unit deposit ratio (%):</translation>
    </message>
    <message>
        <source>Personal deposit ratio (%):</source>
        <translation>Personal deposit ratio (%):</translation>
    </message>
    <message>
        <source>Remittance day (1-31):</source>
        <translation>Remittance day (1-31):</translation>
    </message>
    <message>
        <source>First remittance month:</source>
        <translation>First remittance month:</translation>
    </message>
    <message>
        <source>YYYY-MM (empty: this month)</source>
        <translation>YYYY-MM (empty: this month)</translation>
    </message>
    <message>
        <source>8 to 32 digits</source>
        <translation>8 to 32 digits</translation>
    </message>
    <message>
        <source>Register a unit (单位开户). The center assigns the unit account number; the receipt is printed from the server&apos;s answer.</source>
        <translation>Register a unit (单位开户). The center assigns the unit account number; the receipt is printed from the server&apos;s answer.</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>region %1</translation>
    </message>
    <message>
        <source>Policy from %1: unit ratio %2 % to %3 %, personal ratio %4 % to %5 %</source>
        <translation>Policy from %1: unit ratio %2 % to %3 %, personal ratio %4 % to %5 %</translation>
    </message>
    <message>
        <source>The deposit policy has not been loaded yet; the server checks the ratios</source>
        <translation>The deposit policy has not been loaded yet; the server checks the ratios</translation>
    </message>
    <message>
        <source>Unit account opened: %1</source>
        <translation>Unit account opened: %1</translation>
    </message>
    <message>
        <source>Unit account opening</source>
        <translation>Unit account opening</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Addresses and contact</source>
        <translation>Addresses and contact</translation>
    </message>
    <message>
        <source>Remittance</source>
        <translation>Remittance</translation>
    </message>
</context>
<context>
    <name>hpf::ui::UnitPage</name>
    <message>
        <source>This server does not provide this list yet</source>
        <translation>This server does not provide this list yet</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Deposit base</source>
        <translation>Deposit base</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Search employees by account number</source>
        <translation>Search employees by account number</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Unit account:</source>
        <translation>Unit account:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>Branch:</translation>
    </message>
    <message>
        <source>Deposit ratios (unit / personal):</source>
        <translation>Deposit ratios (unit / personal):</translation>
    </message>
    <message>
        <source>Remittance history</source>
        <translation>Remittance history</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n employee</numerusform>
            <numerusform>%n employees</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>&amp;Unit account:</source>
        <translation>&amp;Unit account:</translation>
    </message>
    <message>
        <source>Unit name:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <source>Unified social credit code:</source>
        <translation>Unified social credit code:</translation>
    </message>
    <message>
        <source>&amp;Find an employee:</source>
        <translation>&amp;Find an employee:</translation>
    </message>
    <message>
        <source>Type the unit account number and press Enter, or find the unit on the lookup page (F2)</source>
        <translation>Type the unit account number and press Enter, or find the unit on the lookup page (F2)</translation>
    </message>
</context>
<context>
    <name>hpf::ui::WithdrawalPage</name>
    <message>
        <source>Query &amp;shared data (F6)</source>
        <translation>Query &amp;shared data (F6)</translation>
    </message>
    <message>
        <source>&amp;Check (F5)</source>
        <translation>&amp;Check (F5)</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>Scan &amp;materials</source>
        <translation>Scan &amp;materials</translation>
    </message>
    <message>
        <source>Personal account number:</source>
        <translation>Personal account number:</translation>
    </message>
    <message>
        <source>Withdrawal type:</source>
        <translation>Withdrawal type:</translation>
    </message>
    <message>
        <source>Amount (yuan):</source>
        <translation>Amount (yuan):</translation>
    </message>
    <message>
        <source>Memo (optional):</source>
        <translation>Memo (optional):</translation>
    </message>
    <message>
        <source>Withdraw from an account for one of the reasons of the regulations. Type the account, choose the type and the evidence it needs, then check (F5; F6 first asks the sharing interfaces). Retirement, incapacity, settling abroad and death close the account: the amount is the balance with the interest to date. Enter in the memo checks again when the form changed, else withdraws.</source>
        <translation>Withdraw from an account for one of the reasons of the regulations. Type the account, choose the type and the evidence it needs, then check (F5; F6 first asks the sharing interfaces). Retirement, incapacity, settling abroad and death close the account: the amount is the balance with the interest to date. Enter in the memo checks again when the form changed, else withdraws.</translation>
    </message>
    <message>
        <source>The policy lists no withdrawal types: the reference data has not been loaded</source>
        <translation>The policy lists no withdrawal types: the reference data has not been loaded</translation>
    </message>
    <message>
        <source>Choose the withdrawal type</source>
        <translation>Choose the withdrawal type</translation>
    </message>
    <message>
        <source>Asking the sharing interfaces and checking…</source>
        <translation>Asking the sharing interfaces and checking…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation>Not eligible: %1</translation>
    </message>
    <message>
        <source>Checked: eligible. Enter the amount and the payee, then withdraw.</source>
        <translation>Checked: eligible. Enter the amount and the payee, then withdraw.</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer; the withdrawal is sent again with the same id</source>
        <translation>Waiting for the server&apos;s answer; the withdrawal is sent again with the same id</translation>
    </message>
    <message>
        <source>Not eligible: correct the form and check again</source>
        <translation>Not eligible: correct the form and check again</translation>
    </message>
    <message>
        <source>Close the account</source>
        <translation>Close the account</translation>
    </message>
    <message>
        <source>This withdrawal closes account %1: %2 (balance with the interest to date) is paid and the account accepts nothing afterwards. Continue?</source>
        <translation>This withdrawal closes account %1: %2 (balance with the interest to date) is paid and the account accepts nothing afterwards. Continue?</translation>
    </message>
    <message>
        <source>Not withdrawn: the account stays open</source>
        <translation>Not withdrawn: the account stays open</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <source>Withdrawal of %1 from account %2 (%3): above %4, a supervisor authorises it</source>
        <translation>Withdrawal of %1 from account %2 (%3): above %4, a supervisor authorises it</translation>
    </message>
    <message>
        <source>Withdrawn: serial %1</source>
        <translation>Withdrawn: serial %1</translation>
    </message>
    <message>
        <source>%1 · account %2 · principal %3 · interest %4 · paid %5 · balance now %6
To %7 %8 (%9)</source>
        <translation>%1 · account %2 · principal %3 · interest %4 · paid %5 · balance now %6
To %7 %8 (%9)</translation>
    </message>
    <message>
        <source>The account is closed (%1)</source>
        <translation>The account is closed (%1)</translation>
    </message>
    <message>
        <source>Satisfied by shared data: %1</source>
        <translation>Satisfied by shared data: %1</translation>
    </message>
    <message>
        <source>Withdrawal type</source>
        <translation>Withdrawal type</translation>
    </message>
    <message>
        <source>Account and type</source>
        <translation>Account and type</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
</context>
<context>
    <name>hpf::ui::WithdrawalText</name>
    <message>
        <source>Account state</source>
        <translation>Account state</translation>
    </message>
    <message>
        <source>Time since the event</source>
        <translation>Time since the event</translation>
    </message>
    <message>
        <source>Interval since the last withdrawal</source>
        <translation>Interval since the last withdrawal</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>No own home</source>
        <translation>No own home</translation>
    </message>
    <message>
        <source>Limit by the evidence amount</source>
        <translation>Limit by the evidence amount</translation>
    </message>
    <message>
        <source>Monthly cap</source>
        <translation>Monthly cap</translation>
    </message>
    <message>
        <source>Balance to keep</source>
        <translation>Balance to keep</translation>
    </message>
    <message>
        <source>Available balance</source>
        <translation>Available balance</translation>
    </message>
    <message>
        <source>Heir</source>
        <translation>Heir</translation>
    </message>
    <message>
        <source>Open housing loan</source>
        <translation>Open housing loan</translation>
    </message>
    <message>
        <source>Real estate registry</source>
        <translation>Real estate registry</translation>
    </message>
    <message>
        <source>Bank loan record</source>
        <translation>Bank loan record</translation>
    </message>
    <message>
        <source>Civil affairs (marriage)</source>
        <translation>Civil affairs (marriage)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>✓ %1: satisfied by shared data (%2)</source>
        <translation>✓ %1: satisfied by shared data (%2)</translation>
    </message>
    <message>
        <source>○ %1: to be scanned, at least %2 pages%3</source>
        <translation>○ %1: to be scanned, at least %2 pages%3</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (required)</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>found</source>
        <translation>found</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>nothing found</translation>
    </message>
    <message>
        <source>No. %1 · %2 · %3 %4 from %5</source>
        <translation>No. %1 · %2 · %3 %4 from %5</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> to %1</translation>
    </message>
    <message>
        <source> · next %1</source>
        <translation> · next %1</translation>
    </message>
    <message>
        <source>%1 paid %2 (serial %3)</source>
        <translation>%1 paid %2 (serial %3)</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>%1 skipped: %2</translation>
    </message>
    <message>
        <source>%1 · %2 · balance %3 · available %4</source>
        <translation>%1 · %2 · balance %3 · available %4</translation>
    </message>
    <message>
        <source>Restricted (受限): money is held on this account</source>
        <translation>Restricted (受限): money is held on this account</translation>
    </message>
    <message>
        <source>Eligible: at most %1</source>
        <translation>Eligible: at most %1</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Closes the account: interest to date %1 · closing amount %2</source>
        <translation>Closes the account: interest to date %1 · closing amount %2</translation>
    </message>
    <message>
        <source>A supervisor authorises amounts above %1</source>
        <translation>A supervisor authorises amounts above %1</translation>
    </message>
    <message>
        <source>Materials:</source>
        <translation>Materials:</translation>
    </message>
    <message>
        <source>Shared data: %1</source>
        <translation>Shared data: %1</translation>
    </message>
    <message>
        <source>Restricted (受限): money on this account is held and cannot be withdrawn while the hold lasts; at most the available balance can be withdrawn. %1</source>
        <translation>Restricted (受限): money on this account is held and cannot be withdrawn while the hold lasts; at most the available balance can be withdrawn. %1</translation>
    </message>
    <message>
        <source>the person is found to own a home</source>
        <translation>the person is found to own a home</translation>
    </message>
    <message>
        <source>the last month is paid</source>
        <translation>the last month is paid</translation>
    </message>
    <message>
        <source>the account is closed</source>
        <translation>the account is closed</translation>
    </message>
    <message>
        <source>the account&apos;s state does not allow payments</source>
        <translation>the account&apos;s state does not allow payments</translation>
    </message>
    <message>
        <source>not enough available balance</source>
        <translation>not enough available balance</translation>
    </message>
</context>
</TS>
