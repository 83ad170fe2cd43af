#include "business/archive/archiveschema.h"

namespace hpf::server {

Migration archiveMigration()
{
    return Migration{
        10,
        u"electronic archives: packages, files, uploads, checks, exports, blobs"_qs,
        {
            // manifest = the exact signed bytes (core/archive/manifest.h toJson()); signature DER.
            uR"(CREATE TABLE archive_packages (
            id {{PK}}, serial TEXT NOT NULL UNIQUE, business TEXT NOT NULL, archive_number TEXT NOT NULL UNIQUE,
            manifest {{BLOB}} NOT NULL, signature {{BLOB}} NOT NULL, signer_kid TEXT NOT NULL,
            file_count INTEGER NOT NULL, total_bytes BIGINT NOT NULL,
            branch_id BIGINT NOT NULL REFERENCES branches(id), person_id BIGINT REFERENCES persons(id),
            account_id BIGINT REFERENCES accounts(id), unit_id BIGINT REFERENCES units(id),
            created_by BIGINT NOT NULL REFERENCES users(id), registered_at BIGINT NOT NULL,
            upload_id BIGINT NOT NULL))"_qs,
            uR"(CREATE INDEX archive_packages_person ON archive_packages(person_id))"_qs,
            uR"(CREATE INDEX archive_packages_account ON archive_packages(account_id))"_qs,
            uR"(CREATE INDEX archive_packages_unit ON archive_packages(unit_id))"_qs,
            uR"(CREATE INDEX archive_packages_registered ON archive_packages(registered_at, id))"_qs,
            uR"(CREATE TABLE archive_files (
            package_id BIGINT NOT NULL REFERENCES archive_packages(id), name TEXT NOT NULL, role TEXT NOT NULL,
            material TEXT NOT NULL, sequence INTEGER NOT NULL, media_type TEXT NOT NULL, size BIGINT NOT NULL,
            sm3 TEXT NOT NULL, sha256 TEXT NOT NULL, UNIQUE (package_id, name)))"_qs,
            uR"(CREATE INDEX archive_files_sm3 ON archive_files(sm3))"_qs,
            // An upload: the client's draft manifest (exact bytes it sent, re-read with fromJson),
            // open until committed (package_id) or expired.
            uR"(CREATE TABLE archive_uploads (
            id {{PK}}, public_id TEXT NOT NULL UNIQUE, serial TEXT NOT NULL, business TEXT NOT NULL,
            manifest {{BLOB}} NOT NULL, branch_id BIGINT NOT NULL REFERENCES branches(id),
            created_by BIGINT NOT NULL REFERENCES users(id), created_at BIGINT NOT NULL,
            expires_at BIGINT NOT NULL, package_id BIGINT REFERENCES archive_packages(id)))"_qs,
            uR"(CREATE INDEX archive_uploads_serial ON archive_uploads(serial))"_qs,
            uR"(CREATE TABLE archive_upload_chunks (
            upload_id BIGINT NOT NULL REFERENCES archive_uploads(id), name TEXT NOT NULL, chunk INTEGER NOT NULL,
            sm3 TEXT NOT NULL, data {{BLOB}} NOT NULL, PRIMARY KEY (upload_id, name, chunk)))"_qs,
            uR"(CREATE TABLE archive_checks (
            id {{PK}}, package_id BIGINT NOT NULL REFERENCES archive_packages(id), at BIGINT NOT NULL,
            by_user TEXT NOT NULL, passed INTEGER NOT NULL, items TEXT NOT NULL))"_qs,
            uR"(CREATE INDEX archive_checks_package ON archive_checks(package_id, at))"_qs,
            uR"(CREATE INDEX archive_checks_at ON archive_checks(at))"_qs,
            uR"(CREATE TABLE archive_exports (
            id {{PK}}, public_id TEXT NOT NULL UNIQUE, package_id BIGINT NOT NULL REFERENCES archive_packages(id),
            user_id BIGINT NOT NULL REFERENCES users(id), purpose TEXT NOT NULL, watermark TEXT NOT NULL,
            at BIGINT NOT NULL))"_qs,
            uR"(CREATE TABLE archive_blobs (sm3 TEXT PRIMARY KEY, size BIGINT NOT NULL, data {{BLOB}} NOT NULL))"_qs,
        }};
}

} // namespace hpf::server
