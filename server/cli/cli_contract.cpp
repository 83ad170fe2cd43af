// `hpf-server contract verify FILE`: checks a signed loan contract PDF (面签, issue 18 part C)
// against every signing key the center ever published, offline, without the REST server.
#include "business/certificates/signingkeys.h"
#include "cli/cli.h"
#include "crypto/pdfsignature.h"
#include "crypto/sm3.h"
#include "platform/store/database.h"
#include "platform/store/sql.h"

#include <QCommandLineParser>
#include <QFile>

namespace hpf::server::cli {

ContractReport verifyContractFile(const QSqlDatabase &db, const QByteArray &file)
{
    auto trust = buildTrustList(db);
    if (!trust)
        return {1, u"error: "_qs + trust.error().code};
    const crypto::SignatureCheck check = crypto::verifySignature(file, *trust);
    if (!check.valid) {
        QString text = u"NOT VALID: "_qs + check.reason;
        if (!check.contract.isEmpty())
            text += u" (contract "_qs + check.contract + u')';
        return {1, text};
    }
    // Valid: say also whether this center keeps the very same file (it should, for its own).
    Query q(db,
            u"SELECT COUNT(*) FROM signed_contracts WHERE contract_number = :n AND signed_pdf_sm3 = :h"_qs);
    q.bind(u":n"_qs, check.contract).bind(u":h"_qs, QString::fromLatin1(crypto::sm3(file).toHex()));
    const bool registered = q.exec().ok() && q.next() && q.int64(0) > 0;
    q.finish();
    return {0, QStringLiteral("valid: contract %1 signed %2 by key %3%4")
                   .arg(check.contract, check.signedAt.toUTC().toString(Qt::ISODate),
                        QString::fromLatin1(check.kid.toHex()),
                        registered ? u", registered here"_qs : u", not registered in this database"_qs)};
}

int contractCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Signed loan contracts (借款合同, 抵押/担保合同):\n"
        "  contract verify FILE   checks the center's signature on a contract PDF: exit 0 when valid,\n"
        "                         1 when changed, unsigned or signed with an unknown key."_qs);
    QCommandLineOption database(u"database"_qs, u"Database URL."_qs, u"url"_qs);
    QCommandLineOption help({u"h"_qs, u"help"_qs}, u"Show this help."_qs);
    parser.addOptions({database, help});
    parser.addPositionalArgument(u"action"_qs, u"verify"_qs);
    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        printLine(parser.helpText().trimmed());
        return 0;
    }
    const QStringList pos = parser.positionalArguments();
    if (pos.value(0) != u"verify" || pos.size() != 2)
        return usageError(u"usage: hpf-server contract verify FILE"_qs);
    QFile f(pos.at(1));
    if (!f.open(QIODevice::ReadOnly))
        return failure(u"cannot read "_qs + pos.at(1) + u": "_qs + f.errorString());
    const QByteArray bytes = f.readAll();
    auto db = openDatabase(databaseUrl(parser.value(database)), true);
    if (!db)
        return failure(db.error());
    auto conn = (*db)->connection();
    if (!conn)
        return failure(conn.error());
    const ContractReport report = verifyContractFile(*conn, bytes);
    printLine(report.text);
    return report.exitCode;
}

} // namespace hpf::server::cli
