#include "errortext.h"

#include <QCoreApplication>

namespace hpf::errortext {

namespace {

struct Text
{
    const char *key;
    const char *source;
};

// clang-format off
constexpr Text kMessages[] = {
    {"identity.empty", QT_TRANSLATE_NOOP("hpf::ErrorText", "Enter the document number")},
    {"identity.too_long", QT_TRANSLATE_NOOP("hpf::ErrorText", "The document number is far too long")},
    {"identity.length", QT_TRANSLATE_NOOP("hpf::ErrorText", "The document number has the wrong length (18 characters, or 15 for an old ID card)")},
    {"identity.characters", QT_TRANSLATE_NOOP("hpf::ErrorText", "The document number contains characters it cannot contain")},
    {"identity.checksum", QT_TRANSLATE_NOOP("hpf::ErrorText", "The check digit is wrong: the number was mistyped")},
    {"identity.region", QT_TRANSLATE_NOOP("hpf::ErrorText", "The number does not start with a valid region code")},
    {"identity.birth_date", QT_TRANSLATE_NOOP("hpf::ErrorText", "The birth date in the number does not exist")},
    {"identity.birth_date_future", QT_TRANSLATE_NOOP("hpf::ErrorText", "The birth date in the number is in the future")},
    {"identity.format", QT_TRANSLATE_NOOP("hpf::ErrorText", "The number does not have the format of this document type")},
    {"credit_code.empty", QT_TRANSLATE_NOOP("hpf::ErrorText", "Enter the unified social credit code")},
    {"credit_code.too_long", QT_TRANSLATE_NOOP("hpf::ErrorText", "The credit code is far too long")},
    {"credit_code.length", QT_TRANSLATE_NOOP("hpf::ErrorText", "A unified social credit code has 18 characters")},
    {"credit_code.characters", QT_TRANSLATE_NOOP("hpf::ErrorText", "The credit code contains a character that is never used (I, O, S, V, Z or a symbol)")},
    {"credit_code.checksum", QT_TRANSLATE_NOOP("hpf::ErrorText", "The check character of the credit code is wrong: the code was mistyped")},
    {"credit_code.inner_checksum", QT_TRANSLATE_NOOP("hpf::ErrorText", "The organisation code inside the credit code fails its own check; please confirm it with the business licence")},
    {"money.empty", QT_TRANSLATE_NOOP("hpf::ErrorText", "Enter an amount")},
    {"money.format", QT_TRANSLATE_NOOP("hpf::ErrorText", "Not an amount: use digits with at most two decimals, e.g. 1,234.56")},
    {"money.decimals", QT_TRANSLATE_NOOP("hpf::ErrorText", "Amounts have at most two decimals (fen)")},
    {"money.negative", QT_TRANSLATE_NOOP("hpf::ErrorText", "The amount cannot be negative")},
    {"money.too_large", QT_TRANSLATE_NOOP("hpf::ErrorText", "The amount is too large")},
    // Account opening (issue 5)
    {"account_number.empty", QT_TRANSLATE_NOOP("hpf::ErrorText", "Enter the account number")},
    {"account_number.too_long", QT_TRANSLATE_NOOP("hpf::ErrorText", "The account number is far too long")},
    {"account_number.characters", QT_TRANSLATE_NOOP("hpf::ErrorText", "An account number has only digits (the last character may be X)")},
    {"account_number.length", QT_TRANSLATE_NOOP("hpf::ErrorText", "The account number has the wrong length (11 characters for a unit, 13 for a person)")},
    {"account_number.prefix", QT_TRANSLATE_NOOP("hpf::ErrorText", "The account number must start with 8 (unit) or 1 (person)")},
    {"account_number.kind", QT_TRANSLATE_NOOP("hpf::ErrorText", "This is a unit account number where a personal one is needed, or the other way round")},
    {"account_number.checksum", QT_TRANSLATE_NOOP("hpf::ErrorText", "The check character of the account number is wrong: the number was mistyped")},
    {"account_number.sequence_exhausted", QT_TRANSLATE_NOOP("hpf::ErrorText", "No more account numbers can be assigned; contact the system administrator")},
    {"mobile.empty", QT_TRANSLATE_NOOP("hpf::ErrorText", "Enter the mobile number")},
    {"mobile.characters", QT_TRANSLATE_NOOP("hpf::ErrorText", "A mobile number has only digits")},
    {"mobile.format", QT_TRANSLATE_NOOP("hpf::ErrorText", "Not a mainland mobile number (11 digits starting with 13 to 19)")},
    {"identity.document_type", QT_TRANSLATE_NOOP("hpf::ErrorText", "Choose a document type from the list")},
    {"unit.exists", QT_TRANSLATE_NOOP("hpf::ErrorText", "A unit with this credit code already has an account")},
    {"unit.not_found", QT_TRANSLATE_NOOP("hpf::ErrorText", "There is no unit with this account number")},
    {"unit.not_open", QT_TRANSLATE_NOOP("hpf::ErrorText", "The unit account is not open: nothing can be opened or unsealed under it")},
    {"unit.economic_type", QT_TRANSLATE_NOOP("hpf::ErrorText", "Choose an economic type from the list")},
    {"unit.remittance_day", QT_TRANSLATE_NOOP("hpf::ErrorText", "The remittance day is a day of the month (1 to 31)")},
    {"bank.code", QT_TRANSLATE_NOOP("hpf::ErrorText", "Choose the remittance bank from the list")},
    {"bank.account", QT_TRANSLATE_NOOP("hpf::ErrorText", "A bank account number has 8 to 32 digits")},
    {"deposit.ratio_range", QT_TRANSLATE_NOOP("hpf::ErrorText", "The deposit ratio is outside the range the policy allows")},
    {"deposit.base_range", QT_TRANSLATE_NOOP("hpf::ErrorText", "The wage base is outside the policy floor or ceiling")},
    {"deposit.base_invalid", QT_TRANSLATE_NOOP("hpf::ErrorText", "The wage base must be a positive amount")},
    {"deposit.base_raised_to_floor", QT_TRANSLATE_NOOP("hpf::ErrorText", "The wage base was below the policy floor and was raised to it")},
    {"deposit.base_lowered_to_ceiling", QT_TRANSLATE_NOOP("hpf::ErrorText", "The wage base was above the policy ceiling and was lowered to it")},
    {"opening.month_format", QT_TRANSLATE_NOOP("hpf::ErrorText", "Enter the month as YYYY-MM")},
    {"opening.first_month_past", QT_TRANSLATE_NOOP("hpf::ErrorText", "The first month lies too far in the past; arrears are paid as back payment (补缴)")},
    {"opening.first_month_future", QT_TRANSLATE_NOOP("hpf::ErrorText", "The first month lies too far in the future")},
    {"rate.empty", QT_TRANSLATE_NOOP("hpf::ErrorText", "Enter the ratio in percent, e.g. 12")},
    {"rate.format", QT_TRANSLATE_NOOP("hpf::ErrorText", "Not a ratio: write a percentage such as 12 or 7.5")},
    {"rate.decimals", QT_TRANSLATE_NOOP("hpf::ErrorText", "A ratio has at most four decimals")},
    {"rate.too_large", QT_TRANSLATE_NOOP("hpf::ErrorText", "The ratio is far too large")},
    {"policy.not_in_effect", QT_TRANSLATE_NOOP("hpf::ErrorText", "No policy is in effect for this date")},
    {"person.name_mismatch", QT_TRANSLATE_NOOP("hpf::ErrorText", "This document number is registered under another name")},
    {"account.exists_active", QT_TRANSLATE_NOOP("hpf::ErrorText", "The person already has an active account (one person, one account); use the in-city transfer instead")},
    {"account.frozen", QT_TRANSLATE_NOOP("hpf::ErrorText", "Restricted (受限): money on this account is held and cannot leave it while the hold lasts")},
    {"account.not_found", QT_TRANSLATE_NOOP("hpf::ErrorText", "There is no account with this number")},
    {"account.already_sealed", QT_TRANSLATE_NOOP("hpf::ErrorText", "The account is already sealed")},
    {"account.not_sealed", QT_TRANSLATE_NOOP("hpf::ErrorText", "The account is not sealed, so it cannot be unsealed")},
    {"account.closed", QT_TRANSLATE_NOOP("hpf::ErrorText", "The account is closed; nothing can be done on it any more")},
    {"account.state_invalid", QT_TRANSLATE_NOOP("hpf::ErrorText", "The account's current state does not allow this business")},
    {"seal.reason", QT_TRANSLATE_NOOP("hpf::ErrorText", "Choose a sealing reason from the list")},
    {"list.empty", QT_TRANSLATE_NOOP("hpf::ErrorText", "The employee list has no rows")},
    {"list.too_many_rows", QT_TRANSLATE_NOOP("hpf::ErrorText", "The employee list has too many rows (at most 20,000); split it")},
    {"list.duplicate_row", QT_TRANSLATE_NOOP("hpf::ErrorText", "This person appears twice in the list")},
    {"list.rows_invalid", QT_TRANSLATE_NOOP("hpf::ErrorText", "Some rows of the list are wrong; correct them or leave them out explicitly")},
    {"list.nothing_to_open", QT_TRANSLATE_NOOP("hpf::ErrorText", "Every row of the list is wrong; nothing was opened")},
    // Employee list files (清册 import, client side)
    {"list.file_unreadable", QT_TRANSLATE_NOOP("hpf::ErrorText", "The list file cannot be read")},
    {"list.file_too_large", QT_TRANSLATE_NOOP("hpf::ErrorText", "The list file is too large; split it")},
    {"list.format_unknown", QT_TRANSLATE_NOOP("hpf::ErrorText", "Not a list this program can read; save it as CSV or XLSX")},
    {"list.encoding_mixed", QT_TRANSLATE_NOOP("hpf::ErrorText", "The file mixes text encodings (UTF-8 and GB18030); save it again in one encoding")},
    {"list.encoding_invalid", QT_TRANSLATE_NOOP("hpf::ErrorText", "The file is neither UTF-8 nor GB18030 text")},
    {"list.csv_quote", QT_TRANSLATE_NOOP("hpf::ErrorText", "A quoted cell of the file is never closed")},
    {"list.row_too_long", QT_TRANSLATE_NOOP("hpf::ErrorText", "A row of the file has too many cells or a cell that is too long")},
    {"list.missing_column", QT_TRANSLATE_NOOP("hpf::ErrorText", "This column is missing from the header row of the list")},
    {"list.duplicate_column", QT_TRANSLATE_NOOP("hpf::ErrorText", "This column appears twice in the header row of the list")},
    {"list.xlsx_invalid", QT_TRANSLATE_NOOP("hpf::ErrorText", "The file is not a readable XLSX workbook")},
    {"list.xlsx_unsupported", QT_TRANSLATE_NOOP("hpf::ErrorText", "The workbook is encrypted or uses a format this program cannot read; save it again as XLSX or CSV")},
    {"list.cell_empty", QT_TRANSLATE_NOOP("hpf::ErrorText", "This cell is empty")},
    {"list.cell_too_long", QT_TRANSLATE_NOOP("hpf::ErrorText", "This cell is too long")},
    {"list.export_failed", QT_TRANSLATE_NOOP("hpf::ErrorText", "The file could not be written")},
    {"receipt.not_found", QT_TRANSLATE_NOOP("hpf::ErrorText", "There is no receipt with this serial number")},
    {"serial.format", QT_TRANSLATE_NOOP("hpf::ErrorText", "A business serial number is YW followed by 16 digits")},
    {"api.contract", QT_TRANSLATE_NOOP("hpf::ErrorText", "The server's answer does not match this client: a field is missing or has the wrong type. Nothing more was done; tell support the field name")},
    // Show-code certificates (issue 6)
    {"cert.no_signing_key", QT_TRANSLATE_NOOP("hpf::ErrorText", "Certificates cannot be issued: the center's signing key is not available. Nothing was issued; contact the system administrator")},
    {"cert.signing_failed", QT_TRANSLATE_NOOP("hpf::ErrorText", "The certificate could not be signed. Nothing was issued; try again or contact the system administrator")},
    {"cert.unknown_type", QT_TRANSLATE_NOOP("hpf::ErrorText", "This certificate type does not exist")},
    {"cert.types", QT_TRANSLATE_NOOP("hpf::ErrorText", "The certificate type definitions are invalid; contact the system administrator")},
    {"cert.loan_record", QT_TRANSLATE_NOOP("hpf::ErrorText", "The person's loan record does not allow this certificate")},
    {"cert.monthly_deposit", QT_TRANSLATE_NOOP("hpf::ErrorText", "The monthly deposit cannot be computed for this account")},
    {"cert.not_found", QT_TRANSLATE_NOOP("hpf::ErrorText", "No certificate matches this number and code")},
    {"cert.revoked", QT_TRANSLATE_NOOP("hpf::ErrorText", "The certificate has been revoked")},
    {"cert.superseded", QT_TRANSLATE_NOOP("hpf::ErrorText", "The certificate was replaced by a reissued one; use the newest")},
    {"cert.not_in_unit", QT_TRANSLATE_NOOP("hpf::ErrorText", "This account does not belong to the unit")},
    {"cert.no_employees", QT_TRANSLATE_NOOP("hpf::ErrorText", "The unit has no active employees")},
    {"cert.batch_too_large", QT_TRANSLATE_NOOP("hpf::ErrorText", "At most 500 certificates at once; select employees")},
    {"cert.valid", QT_TRANSLATE_NOOP("hpf::ErrorText", "The certificate is valid")},
    {"cert.prefix", QT_TRANSLATE_NOOP("hpf::ErrorText", "Not one of our certificate codes")},
    {"cert.base45", QT_TRANSLATE_NOOP("hpf::ErrorText", "The code is damaged")},
    {"cert.too_large", QT_TRANSLATE_NOOP("hpf::ErrorText", "The code is too long to be a certificate")},
    {"cert.cbor", QT_TRANSLATE_NOOP("hpf::ErrorText", "The code is damaged (its content is malformed)")},
    {"cert.version", QT_TRANSLATE_NOOP("hpf::ErrorText", "The code has a version this program does not know; update it")},
    {"cert.unknown_kid", QT_TRANSLATE_NOOP("hpf::ErrorText", "The code was signed with an unknown key")},
    {"cert.signature", QT_TRANSLATE_NOOP("hpf::ErrorText", "The signature is not valid: the content was changed or forged")},
    {"cert.key_period", QT_TRANSLATE_NOOP("hpf::ErrorText", "The code was signed outside its key's validity")},
    {"cert.not_yet_valid", QT_TRANSLATE_NOOP("hpf::ErrorText", "The certificate's issue time is in the future")},
    {"cert.expired", QT_TRANSLATE_NOOP("hpf::ErrorText", "The certificate has expired")},
    {"code.unreadable_file", QT_TRANSLATE_NOOP("hpf::ErrorText", "The file cannot be read as an image or a PDF")},
    {"code.not_found", QT_TRANSLATE_NOOP("hpf::ErrorText", "No QR code was found in the file; scan it again more sharply")},
    {"code.pdf_render", QT_TRANSLATE_NOOP("hpf::ErrorText", "The PDF could not be turned into an image to read its QR code")},
    {"pdf.open", QT_TRANSLATE_NOOP("hpf::ErrorText", "The PDF file cannot be written there; choose another folder")},
    {"pdf.cancelled", QT_TRANSLATE_NOOP("hpf::ErrorText", "Writing the PDF was cancelled; no file was kept")},
    {"pdf.nothing", QT_TRANSLATE_NOOP("hpf::ErrorText", "There is nothing to print yet")},
    // Holds and lookups (issue 12)
    {"hold.ends_on", QT_TRANSLATE_NOOP("hpf::ErrorText", "Write the end date as YYYY-MM-DD, e.g. 2026-07-14")},
    {"hold.ends_on_past", QT_TRANSLATE_NOOP("hpf::ErrorText", "The end date is in the past: a freeze must last at least until today")},
    {"hold.ends_on_too_late", QT_TRANSLATE_NOOP("hpf::ErrorText", "The end date is beyond the longest freeze period the policy allows; register the rest as a renewal")},
    {"request.query_retired", QT_TRANSLATE_NOOP("hpf::ErrorText", "This program searches in a way the server no longer accepts; update the program")},
    // Archive capture: scanner and file import (issue 14)
    {"capture.jammed", QT_TRANSLATE_NOOP("hpf::ErrorText", "The paper jammed in the scanner: clear the jam, then scan the remaining pages again (the pages already scanned are kept)")},
    {"capture.device_lost", QT_TRANSLATE_NOOP("hpf::ErrorText", "The scanner cannot be reached: check that it is switched on and connected, then scan again")},
    {"capture.cover_open", QT_TRANSLATE_NOOP("hpf::ErrorText", "The scanner cover is open: close it and scan again")},
    {"capture.no_documents", QT_TRANSLATE_NOOP("hpf::ErrorText", "There is no paper in the document feeder: load the pages and scan again")},
    {"capture.busy", QT_TRANSLATE_NOOP("hpf::ErrorText", "The scanner is busy with another scan: wait until it has finished")},
    {"capture.io", QT_TRANSLATE_NOOP("hpf::ErrorText", "The scanner reported an error: scan again; if it happens again, restart the scanner")},
    {"capture.cancelled", QT_TRANSLATE_NOOP("hpf::ErrorText", "Scanning was stopped; the pages scanned before are kept")},
    {"capture.no_feeder", QT_TRANSLATE_NOOP("hpf::ErrorText", "This scanner has no document feeder: scan from the flatbed")},
    {"capture.empty_file", QT_TRANSLATE_NOOP("hpf::ErrorText", "The file is empty (0 bytes): choose the right file")},
    {"capture.unsupported_format", QT_TRANSLATE_NOOP("hpf::ErrorText", "This kind of file cannot be archived: use PDF, JPEG, PNG or TIFF")},
    {"capture.corrupt_file", QT_TRANSLATE_NOOP("hpf::ErrorText", "The file is damaged or incomplete and cannot be opened: ask for the file again or scan the paper")},
    {"capture.file_too_large", QT_TRANSLATE_NOOP("hpf::ErrorText", "The file is larger than 64 MB: split it or scan the paper")},
    {"capture.encrypted_pdf", QT_TRANSLATE_NOOP("hpf::ErrorText", "The PDF is password-protected or encrypted: archives cannot keep it; ask for an unprotected copy")},
    {"capture.file_unreadable", QT_TRANSLATE_NOOP("hpf::ErrorText", "The file cannot be read: check that it exists and that you may open it")},
    {"imaging.corrupt", QT_TRANSLATE_NOOP("hpf::ErrorText", "The image or PDF is damaged and cannot be opened")},
    {"imaging.empty", QT_TRANSLATE_NOOP("hpf::ErrorText", "The image is empty")},
    {"imaging.encode", QT_TRANSLATE_NOOP("hpf::ErrorText", "The page image could not be saved; scan the page again")},
    {"imaging.page_range", QT_TRANSLATE_NOOP("hpf::ErrorText", "The document has no such page")},
    {"imaging.unsupported_format", QT_TRANSLATE_NOOP("hpf::ErrorText", "This kind of file is not supported: use PDF, JPEG, PNG or TIFF")},
    {"imaging.encrypted", QT_TRANSLATE_NOOP("hpf::ErrorText", "The PDF is password-protected and cannot be opened")},
    // Electronic archives (issue 14): capture, package upload and reads
    {"archive.unknown_record", QT_TRANSLATE_NOOP("hpf::ErrorText", "No business record has this serial number")},
    {"archive.already_archived", QT_TRANSLATE_NOOP("hpf::ErrorText", "This business record is already archived")},
    {"archive.business_mismatch", QT_TRANSLATE_NOOP("hpf::ErrorText", "The package was made for another kind of business than this record")},
    {"archive.materials_missing", QT_TRANSLATE_NOOP("hpf::ErrorText", "Required materials are missing or have too few pages")},
    {"archive.unknown_upload", QT_TRANSLATE_NOOP("hpf::ErrorText", "The centre does not know this upload; it will be started again")},
    {"archive.upload_expired", QT_TRANSLATE_NOOP("hpf::ErrorText", "The upload was not finished within 7 days; it will be started again")},
    {"archive.chunk_digest", QT_TRANSLATE_NOOP("hpf::ErrorText", "A part of the file was damaged on the way; it is sent again")},
    {"archive.chunk_size", QT_TRANSLATE_NOOP("hpf::ErrorText", "A part of the file has the wrong length")},
    {"archive.unknown_file", QT_TRANSLATE_NOOP("hpf::ErrorText", "The file is not part of this package")},
    {"archive.chunk_range", QT_TRANSLATE_NOOP("hpf::ErrorText", "A part of the file lies outside the file")},
    {"archive.chunk_conflict", QT_TRANSLATE_NOOP("hpf::ErrorText", "A different part of the file was already received at this place")},
    {"archive.upload_incomplete", QT_TRANSLATE_NOOP("hpf::ErrorText", "Not every file has arrived yet")},
    {"archive.manifest_mismatch", QT_TRANSLATE_NOOP("hpf::ErrorText", "The file that arrived does not match its digest in the manifest; it is sent again")},
    {"archive.unreadable_file", QT_TRANSLATE_NOOP("hpf::ErrorText", "The file cannot be opened or shown")},
    {"archive.integrity", QT_TRANSLATE_NOOP("hpf::ErrorText", "The stored file no longer matches its digest: report it to the archive manager")},
    {"archive.not_prepared", QT_TRANSLATE_NOOP("hpf::ErrorText", "There is no package to upload for this record; capture its pages first")},
    {"archive.upload_started", QT_TRANSLATE_NOOP("hpf::ErrorText", "The upload has already started")},
    {"capture.no_pages", QT_TRANSLATE_NOOP("hpf::ErrorText", "No page has been captured for this record")},
    {"capture.unknown_page", QT_TRANSLATE_NOOP("hpf::ErrorText", "The page no longer exists")},
    {"capture.not_editable", QT_TRANSLATE_NOOP("hpf::ErrorText", "An imported PDF is kept as imported and cannot be turned or cropped here")},
    {"capture.empty_page", QT_TRANSLATE_NOOP("hpf::ErrorText", "The scanner delivered an empty page")},
    {"crypto.no_key", QT_TRANSLATE_NOOP("hpf::ErrorText", "The secure key store of this computer is not available, so nothing can be kept on this computer (nothing is ever stored unencrypted)")},
    {"archive.search_terms", QT_TRANSLATE_NOOP("hpf::ErrorText", "Enter at least one search term or a date range")},
    {"archive.search_range", QT_TRANSLATE_NOOP("hpf::ErrorText", "The date range is not valid: the start must not be after the end")},
    {"archive.offset", QT_TRANSLATE_NOOP("hpf::ErrorText", "The requested part of the file lies outside the file")},
    {"archive.unknown_package", QT_TRANSLATE_NOOP("hpf::ErrorText", "No archive package has this number")},
    {"archive.unavailable", QT_TRANSLATE_NOOP("hpf::ErrorText", "The electronic archive is not available on this server: ask IT to configure its key folder")},
    {"archive.blob_missing", QT_TRANSLATE_NOOP("hpf::ErrorText", "A stored file of the package is missing: report it to the archive manager")},
    {"archive.sequence_exhausted", QT_TRANSLATE_NOOP("hpf::ErrorText", "No more archive numbers are free for this year and class: ask IT to change the numbering scheme")},
    // In-city transfers and merges (issue 16)
    {"transfer.source_closed", QT_TRANSLATE_NOOP("hpf::ErrorText", "The account is already closed, transferred or merged; it cannot be moved")},
    {"transfer.same_unit", QT_TRANSLATE_NOOP("hpf::ErrorText", "The account is already under this unit: choose another receiving unit")},
    {"transfer.unit_state", QT_TRANSLATE_NOOP("hpf::ErrorText", "The receiving unit is not open: accounts can only move to an open unit")},
    {"transfer.open_loan", QT_TRANSLATE_NOOP("hpf::ErrorText", "The person has an open housing provident fund loan: the account cannot be moved until the loan is settled")},
    {"transfer.batch_rows", QT_TRANSLATE_NOOP("hpf::ErrorText", "Some rows of the list cannot be transferred; nothing was moved. Correct the marked rows and submit again")},
    {"transfer.not_employee", QT_TRANSLATE_NOOP("hpf::ErrorText", "This person has no open account under the transferring unit")},
    {"transfer.name_mismatch", QT_TRANSLATE_NOOP("hpf::ErrorText", "The name does not match the name registered for this document number")},
    {"transfer.duplicate_row", QT_TRANSLATE_NOOP("hpf::ErrorText", "This person appears more than once in the list")},
    {"transfer.same_account", QT_TRANSLATE_NOOP("hpf::ErrorText", "The account to keep and the account to merge are the same account")},
    {"transfer.not_same_person", QT_TRANSLATE_NOOP("hpf::ErrorText", "The two accounts do not belong to the same person: only one person's accounts can be merged")},
    // Cross-city transfers: the center-to-center channel (issue 16).
    {"transfer.message_invalid", QT_TRANSLATE_NOOP("hpf::ErrorText", "The other center's transfer message is malformed")},
    {"transfer.peer_unknown", QT_TRANSLATE_NOOP("hpf::ErrorText", "This center has no connection configured to the other center")},
    {"transfer.peer_unreachable", QT_TRANSLATE_NOOP("hpf::ErrorText", "The other center cannot be reached at the moment; the message will be sent again")},
    {"transfer.reply_invalid", QT_TRANSLATE_NOOP("hpf::ErrorText", "The other center's answer could not be trusted (bad signature or not an answer to this message)")},
    {"transfer.signature", QT_TRANSLATE_NOOP("hpf::ErrorText", "The message is not signed by a known key of the sending center")},
    {"transfer.wrong_receiver", QT_TRANSLATE_NOOP("hpf::ErrorText", "The message is addressed to another center")},
    {"transfer.stale", QT_TRANSLATE_NOOP("hpf::ErrorText", "The message's sending time is too far from this center's clock")},
    {"transfer.peer_file", QT_TRANSLATE_NOOP("hpf::ErrorText", "A peer center file is not valid (code, url and public keys)")},
    {"transfer.peers_dir", QT_TRANSLATE_NOOP("hpf::ErrorText", "The folder of peer centers does not exist")},
    {"transfer.announce", QT_TRANSLATE_NOOP("hpf::ErrorText", "This center's peer file could not be written")},
    {"transfer.unavailable", QT_TRANSLATE_NOOP("hpf::ErrorText", "Cross-city transfers are not available at this center now")},
    // Cross-city transfers: the business (issue 16). transfer.source_closed and transfer.open_loan
    // are shared with the in-city transfer, which brings their texts.
    {"transfer.center_unknown", QT_TRANSLATE_NOOP("hpf::ErrorText", "This center is not in the transfer platform's directory")},
    {"transfer.center_self", QT_TRANSLATE_NOOP("hpf::ErrorText", "The sending center is this center: use the in-city transfer")},
    {"transfer.center_not_connected", QT_TRANSLATE_NOOP("hpf::ErrorText", "This center has no connection to the chosen center yet: ask IT staff to set it up, or choose another center")},
    {"transfer.account_state", QT_TRANSLATE_NOOP("hpf::ErrorText", "Only a normal (01) account can receive a transfer from another city")},
    {"transfer.duplicate", QT_TRANSLATE_NOOP("hpf::ErrorText", "This person already has an open transfer from that center")},
    {"transfer.not_found", QT_TRANSLATE_NOOP("hpf::ErrorText", "No transfer has this serial number or contact letter number")},
    {"transfer.role", QT_TRANSLATE_NOOP("hpf::ErrorText", "This step belongs to the other center of the transfer")},
    {"transfer.status", QT_TRANSLATE_NOOP("hpf::ErrorText", "The transfer's status does not allow this step now")},
    {"transfer.cancel_too_late", QT_TRANSLATE_NOOP("hpf::ErrorText", "The sending center has already accepted the transfer: it can no longer be cancelled")},
    {"transfer.account_unknown", QT_TRANSLATE_NOOP("hpf::ErrorText", "The sending center has no account with this number, document and name")},
    {"transfer.state", QT_TRANSLATE_NOOP("hpf::ErrorText", "The other center's message does not fit the transfer's status and was refused")},
    {"transfer.letters_exhausted", QT_TRANSLATE_NOOP("hpf::ErrorText", "All 9999 contact letter numbers of today are used; apply again tomorrow")},
    {"transfer.unsupported", QT_TRANSLATE_NOOP("hpf::ErrorText", "This kind of transfer message is not taken by this center")},
    // Withdrawals and closure (issue 17): the withdrawal engineer's codes here.
    // (withdrawal block)
    // Contributions (issue 17): the contribution engineer's codes here.
    // (contribution block)
    {"remittance.month", QT_TRANSLATE_NOOP("hpf::ErrorText", "Enter the month as YYYY-MM")},
    {"remittance.month_future", QT_TRANSLATE_NOOP("hpf::ErrorText", "This month has not begun yet; it cannot be remitted")},
    {"remittance.before_first_month", QT_TRANSLATE_NOOP("hpf::ErrorText", "The month is before the unit's first remittance month")},
    {"remittance.duplicate", QT_TRANSLATE_NOOP("hpf::ErrorText", "This month is already remitted for the unit")},
    {"remittance.deferred", QT_TRANSLATE_NOOP("hpf::ErrorText", "The unit's remittance of this month is deferred (缓缴); pay it later as a back payment")},
    {"remittance.no_employees", QT_TRANSLATE_NOOP("hpf::ErrorText", "The unit has no employee to credit for this month")},
    {"remittance.preview_stale", QT_TRANSLATE_NOOP("hpf::ErrorText", "The month's amounts changed since the preview; preview again and confirm the new figures")},
    {"backpay.month", QT_TRANSLATE_NOOP("hpf::ErrorText", "A back payment is for a past month (YYYY-MM)")},
    {"backpay.too_far_back", QT_TRANSLATE_NOOP("hpf::ErrorText", "The month is further back than back payments may go")},
    {"backpay.reason", QT_TRANSLATE_NOOP("hpf::ErrorText", "Choose a back payment reason from the list")},
    {"backpay.not_deferred", QT_TRANSLATE_NOOP("hpf::ErrorText", "No deferral of the unit covered this month; reason 03 is for deferred months")},
    {"backpay.rows", QT_TRANSLATE_NOOP("hpf::ErrorText", "Some rows are wrong; nothing was posted. Correct the rows and submit again")},
    {"backpay.not_employee", QT_TRANSLATE_NOOP("hpf::ErrorText", "This account is not a live account of the unit")},
    {"backpay.duplicate_row", QT_TRANSLATE_NOOP("hpf::ErrorText", "This account appears twice in the list")},
    {"backpay.before_first_month", QT_TRANSLATE_NOOP("hpf::ErrorText", "The month is before the person's first deposit month")},
    {"backpay.month_paid", QT_TRANSLATE_NOOP("hpf::ErrorText", "This person's month is already paid; for a difference choose reason 02 or 04")},
    {"backpay.month_unpaid", QT_TRANSLATE_NOOP("hpf::ErrorText", "This person's month is not paid; for a missed month choose reason 01 or 03")},
    {"backpay.amount", QT_TRANSLATE_NOOP("hpf::ErrorText", "The amount is wrong here: for reasons 01 and 03 it follows from the base; a difference must be above zero")},
    {"backpay.amount_required", QT_TRANSLATE_NOOP("hpf::ErrorText", "Enter the difference to pay, or the new base")},
    {"backpay.amount_mismatch", QT_TRANSLATE_NOOP("hpf::ErrorText", "The amount differs from the difference the new base gives")},
    {"backpay.no_difference", QT_TRANSLATE_NOOP("hpf::ErrorText", "The new base gives no difference to pay for this month")},
    {"deferral.months", QT_TRANSLATE_NOOP("hpf::ErrorText", "Check the deferral months: from this month on, in order, and no longer than the policy allows")},
    {"deferral.overlap", QT_TRANSLATE_NOOP("hpf::ErrorText", "An approved deferral of the unit already covers one of these months")},
    {"deferral.month_paid", QT_TRANSLATE_NOOP("hpf::ErrorText", "One of these months is already remitted; it cannot be deferred")},
    {"adjustment.year", QT_TRANSLATE_NOOP("hpf::ErrorText", "This adjustment year cannot be submitted (within a year of today, not before the unit's last adjustment)")},
    {"adjustment.duplicate", QT_TRANSLATE_NOOP("hpf::ErrorText", "The unit's base adjustment of this year has been submitted already")},
    {"adjustment.rows", QT_TRANSLATE_NOOP("hpf::ErrorText", "Some rows of the list are wrong; nothing was changed. Correct the rows and submit again")},
    {"adjustment.duplicate_row", QT_TRANSLATE_NOOP("hpf::ErrorText", "This person appears twice in the list")},
    {"adjustment.not_employee", QT_TRANSLATE_NOOP("hpf::ErrorText", "This person is not a live employee of the unit")},
    {"adjustment.name_mismatch", QT_TRANSLATE_NOOP("hpf::ErrorText", "The name differs from the one registered for this document number")},
    // Interest and changes (issue 17): the interest engineer's codes here.
    // (interest block)
    {"interest.not_due", QT_TRANSLATE_NOOP("hpf::ErrorText", "The settlement day of this year has not passed: its interest cannot be posted yet")},
    {"interest.already_posted", QT_TRANSLATE_NOOP("hpf::ErrorText", "The interest of this year has been posted already")},
    {"interest.not_posted", QT_TRANSLATE_NOOP("hpf::ErrorText", "The interest of this year has not been posted yet")},
    {"interest.year", QT_TRANSLATE_NOOP("hpf::ErrorText", "No interest can be settled for this year (2000 to 2099, within the policy's deposit rates)")},
    {"interest.not_queued", QT_TRANSLATE_NOOP("hpf::ErrorText", "No interest run was queued for this year")},
    {"change.nothing", QT_TRANSLATE_NOOP("hpf::ErrorText", "Nothing to change: every value equals the one on record")},
    {"name.empty", QT_TRANSLATE_NOOP("hpf::ErrorText", "Enter the name")},
    {"name.characters", QT_TRANSLATE_NOOP("hpf::ErrorText", "A name contains no digits or symbols")},
    {"interest.account", QT_TRANSLATE_NOOP("hpf::ErrorText", "An account's journal cannot be settled; the run waits until it is corrected")},
};

constexpr Text kFields[] = {
    {"idNumber", QT_TRANSLATE_NOOP("hpf::ErrorText", "Document number")},
    {"documentType", QT_TRANSLATE_NOOP("hpf::ErrorText", "Document type")},
    {"name", QT_TRANSLATE_NOOP("hpf::ErrorText", "Name")},
    {"creditCode", QT_TRANSLATE_NOOP("hpf::ErrorText", "Unified social credit code")},
    {"amount", QT_TRANSLATE_NOOP("hpf::ErrorText", "Amount")},
    {"wage", QT_TRANSLATE_NOOP("hpf::ErrorText", "Wage base")},
    {"base", QT_TRANSLATE_NOOP("hpf::ErrorText", "Deposit base")},
    {"wageBaseFen", QT_TRANSLATE_NOOP("hpf::ErrorText", "Wage base")},
    {"mobile", QT_TRANSLATE_NOOP("hpf::ErrorText", "Mobile number")},
    {"accountNumber", QT_TRANSLATE_NOOP("hpf::ErrorText", "Account number")},
    {"unitAccount", QT_TRANSLATE_NOOP("hpf::ErrorText", "Unit account number")},
    {"documentNumber", QT_TRANSLATE_NOOP("hpf::ErrorText", "Document number")},
    {"firstMonth", QT_TRANSLATE_NOOP("hpf::ErrorText", "First month")},
    {"unitRatio", QT_TRANSLATE_NOOP("hpf::ErrorText", "Unit deposit ratio")},
    {"personalRatio", QT_TRANSLATE_NOOP("hpf::ErrorText", "Personal deposit ratio")},
    {"ratio", QT_TRANSLATE_NOOP("hpf::ErrorText", "Deposit ratio")},
    {"remittanceDay", QT_TRANSLATE_NOOP("hpf::ErrorText", "Remittance day")},
    {"economicType", QT_TRANSLATE_NOOP("hpf::ErrorText", "Economic type")},
    {"reason", QT_TRANSLATE_NOOP("hpf::ErrorText", "Reason")},
    {"legalRepresentative.name", QT_TRANSLATE_NOOP("hpf::ErrorText", "Legal representative")},
    {"legalRepresentative.documentType", QT_TRANSLATE_NOOP("hpf::ErrorText", "Representative's document type")},
    {"legalRepresentative.documentNumber", QT_TRANSLATE_NOOP("hpf::ErrorText", "Representative's document number")},
    {"registeredAddress", QT_TRANSLATE_NOOP("hpf::ErrorText", "Registered address")},
    {"officeAddress", QT_TRANSLATE_NOOP("hpf::ErrorText", "Office address")},
    {"contact.name", QT_TRANSLATE_NOOP("hpf::ErrorText", "Contact person")},
    {"contact.mobile", QT_TRANSLATE_NOOP("hpf::ErrorText", "Contact mobile number")},
    {"bank.code", QT_TRANSLATE_NOOP("hpf::ErrorText", "Remittance bank")},
    {"bank.name", QT_TRANSLATE_NOOP("hpf::ErrorText", "Remittance bank")},
    {"bank.account", QT_TRANSLATE_NOOP("hpf::ErrorText", "Remittance bank account")},
    {"serial", QT_TRANSLATE_NOOP("hpf::ErrorText", "Business serial number")},
    {"endsOn", QT_TRANSLATE_NOOP("hpf::ErrorText", "Freeze end date")},
    {"device", QT_TRANSLATE_NOOP("hpf::ErrorText", "Scanner")},
    {"file", QT_TRANSLATE_NOOP("hpf::ErrorText", "File")},
    {"toUnitAccount", QT_TRANSLATE_NOOP("hpf::ErrorText", "Receiving unit account")},
    {"fromUnitAccount", QT_TRANSLATE_NOOP("hpf::ErrorText", "Unit the employees leave")},
    {"keepAccount", QT_TRANSLATE_NOOP("hpf::ErrorText", "Account to keep")},
    {"mergeAccount", QT_TRANSLATE_NOOP("hpf::ErrorText", "Account to merge")},
    {"sendingCenter", QT_TRANSLATE_NOOP("hpf::ErrorText", "Sending center")},
    {"oldAccount", QT_TRANSLATE_NOOP("hpf::ErrorText", "Account at the sending center")},
    {"oldUnitName", QT_TRANSLATE_NOOP("hpf::ErrorText", "Unit at the sending center")},
    {"phone", QT_TRANSLATE_NOOP("hpf::ErrorText", "Phone")},
    {"memo", QT_TRANSLATE_NOOP("hpf::ErrorText", "Memo")},
    {"letterNumber", QT_TRANSLATE_NOOP("hpf::ErrorText", "Contact letter number")},
    // issue 17 fields: withdrawal block
    // issue 17 fields: contribution block
    {"month", QT_TRANSLATE_NOOP("hpf::ErrorText", "Month")},
    {"expectedTotalFen", QT_TRANSLATE_NOOP("hpf::ErrorText", "Confirmed total")},
    {"expectedEmployees", QT_TRANSLATE_NOOP("hpf::ErrorText", "Confirmed number of employees")},
    {"rows", QT_TRANSLATE_NOOP("hpf::ErrorText", "List")},
    {"baseFen", QT_TRANSLATE_NOOP("hpf::ErrorText", "Deposit base")},
    {"amountFen", QT_TRANSLATE_NOOP("hpf::ErrorText", "Amount")},
    {"fromMonth", QT_TRANSLATE_NOOP("hpf::ErrorText", "First deferred month")},
    {"toMonth", QT_TRANSLATE_NOOP("hpf::ErrorText", "Last deferred month")},
    {"year", QT_TRANSLATE_NOOP("hpf::ErrorText", "Adjustment year")},
    // issue 17 fields: interest and changes block
    {"year", QT_TRANSLATE_NOOP("hpf::ErrorText", "Year")},
};
// clang-format on

const char *lookup(const auto &table, const QString &key)
{
    for (const Text &t : table) {
        if (key == QLatin1String(t.key))
            return t.source;
    }
    return nullptr;
}

} // namespace

QString fieldLabel(const QString &field)
{
    const char *source = lookup(kFields, field);
    return source ? QCoreApplication::translate("hpf::ErrorText", source) : field;
}

QString message(const QString &code)
{
    if (const char *source = lookup(kMessages, code))
        return QCoreApplication::translate("hpf::ErrorText", source);
    return QCoreApplication::translate("hpf::ErrorText", "The request could not be completed (code %1)")
        .arg(code);
}

QString describe(const Error &error)
{
    const QString text = message(error.code);
    if (error.field.isEmpty())
        return text;
    return QCoreApplication::translate("hpf::ErrorText", "%1: %2").arg(fieldLabel(error.field), text);
}

QStringList knownCodes()
{
    QStringList codes;
    for (const Text &t : kMessages)
        codes.append(QString::fromLatin1(t.key));
    return codes;
}

} // namespace hpf::errortext
