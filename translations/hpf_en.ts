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
</context>
<context>
    <name>hpf::ui::FreezePage</name>
    <message>
        <source>Register freeze…</source>
        <translation>Register freeze…</translation>
    </message>
    <message>
        <source>Personal account number:</source>
        <translation>Personal account number:</translation>
    </message>
    <message>
        <source>Amount to freeze (yuan):</source>
        <translation>Amount to freeze (yuan):</translation>
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
        <source>Freeze ends on (optional):</source>
        <translation>Freeze ends on (optional):</translation>
    </message>
    <message>
        <source>Register a court freeze from the ruling and the notice of assistance in execution. A supervisor must authorise it at this screen.</source>
        <translation>Register a court freeze from the ruling and the notice of assistance in execution. A supervisor must authorise it at this screen.</translation>
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
        <source>Enter the personal account number (digits)</source>
        <translation>Enter the personal account number (digits)</translation>
    </message>
    <message>
        <source>Enter the case number of the ruling</source>
        <translation>Enter the case number of the ruling</translation>
    </message>
    <message>
        <source>Write the end date as YYYY-MM-DD</source>
        <translation>Write the end date as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Judicial freeze of %1 on account %2, case %3</source>
        <translation>Judicial freeze of %1 on account %2, case %3</translation>
    </message>
    <message>
        <source>Judicial freeze</source>
        <translation>Judicial freeze</translation>
    </message>
    <message>
        <source>The operation could not be saved, so it was not sent: %1</source>
        <translation>The operation could not be saved, so it was not sent: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Freeze registered: serial %1, available balance now %2</source>
        <translation>Freeze registered: serial %1, available balance now %2</translation>
    </message>
    <message>
        <source>Not confirmed yet; it will be resent with the same id: %1</source>
        <translation>Not confirmed yet; it will be resent with the same id: %1</translation>
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
        <source>Search by:</source>
        <translation>Search by:</translation>
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
        <source>Judicial freeze</source>
        <translation>Judicial freeze</translation>
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
        <source>The local cache is in use by another HPF Counter on this computer; nothing is kept locally in this window.</source>
        <translation>The local cache is in use by another HPF Counter on this computer; nothing is kept locally in this window.</translation>
    </message>
    <message>
        <source>The local cache cannot be opened; nothing is kept locally in this window.</source>
        <translation>The local cache cannot be opened; nothing is kept locally in this window.</translation>
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
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Credit code:</source>
        <translation>Credit code:</translation>
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
        <source>Find a unit from the lookup page (F2) by its unit account number</source>
        <translation>Find a unit from the lookup page (F2) by its unit account number</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
</TS>
