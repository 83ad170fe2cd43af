// Face-to-face signing (面签, issue 18 part C) through the HTTP API: the contract's data, a whole
// session (two parties: identity, photo, a signature per document; both contracts signed by the
// center) → the application is signed; the ID card against the party, an empty signature, steps
// out of order, a step sent twice and a resumed session, a contract with one byte changed at
// verify, signing before approval. SQLite and PostgreSQL.
#include "business/certificates/signingkeys.h"
#include "cli/cli.h"
#include "crypto/sm2.h"
#include "crypto/sm3.h"
#include "domain/identity.h"
#include "platform/auth/userservice.h"
#include "platform/blobstore/blobstore.h"
#include "platform/store/sql.h"
#include "serverfixture.h"
#include "signinghelpers.h"
#include "suitebase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hpf;
using namespace hpf::test;
using namespace hpf::test::signingtest;

namespace {

const QString kVerify = u"/api/v1/loans/contracts/verify"_qs;

// A tiny PDF: what the client renders is its business; the server signs the bytes.
QByteArray contractPdf(const QString &document)
{
    return "%PDF-1.4\n1 0 obj\n<< /Title (" + document.toLatin1() +
           ") >>\nendobj\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 >>\nstartxref\n42\n%%EOF\n";
}

const QByteArray kJpeg = QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", 11) + QByteArray(64, 'x');

QJsonObject strokes(int seed = 0)
{
    return QJsonDocument::fromJson(QStringLiteral(R"({"v": 1, "width": 600, "height": 200, "strokes":
        [{"source": "tablet", "points": [[10, 20, 0, 0.5], [%1, 40, 16, 0.75], [80, 60, 33, 1]]}]})")
                                       .arg(30 + seed)
                                       .toUtf8())
        .object();
}

} // namespace

class TestServerSigning : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

private:
    QString m_officer;
    QString m_borrower;
    QString m_spouse;

    qint64 sql(const QString &text)
    {
        auto conn = f().database().connection();
        if (!conn)
            return -1;
        server::Query q(*conn, text);
        if (!q.exec() || !q.next())
            return -1;
        return q.int64(0);
    }

    // The center's key and the archive's blob store, as serve has them.
    void equip()
    {
        auto conn = f().database().connection();
        QVERIFY(conn.ok());
        auto key = crypto::Sm2Key::generate();
        QVERIFY(key.ok());
        server::Query q(*conn, u"INSERT INTO signing_keys (kid, public_pem, file_name, status, created_at) "
                               "VALUES (:k, :p, 'test', 'active', :t)"_qs);
        q.bind(u":k"_qs, QString::fromLatin1(key->keyId().toHex()))
            .bind(u":p"_qs, QString::fromLatin1(key->publicKeyPem()))
            .bind(u":t"_qs, f().clock().now().addDays(-1).toMSecsSinceEpoch());
        QVERIFY(q.exec().ok());
        f().server().context().certificateSigner =
            std::make_shared<const server::CertificateSigner>(std::move(key).value(), false);
        f().server().context().archiveStore = *server::DatabaseBlobStore::create(crypto::randomBytes(16));
        crypto::ScryptParams fast;
        fast.n = 1024;
        QVERIFY(server::addUser(f().database(), u"loan2"_qs, u"loan2"_qs, u"loan_officer"_qs, u"0001"_qs,
                                u"pw-loan2"_qs, fast, f().clock().now().toMSecsSinceEpoch())
                    .ok());
        m_officer = f().login(u"loan1"_qs);
        QVERIFY(!m_officer.isEmpty());
    }

    // Borrower and spouse (coupleApplication); approved unless `stopAt` is "accepted". The serial.
    QString application(const QString &stopAt = {})
    {
        Couple couple;
        const QString serial = coupleApplication(f(), m_officer, u"买买提·艾力"_qs, couple, stopAt);
        m_borrower = couple.borrower;
        m_spouse = couple.spouse;
        return serial;
    }

    Reply act(const QString &serial, const QString &verb, const QString &token, const QJsonObject &body = {})
    {
        return f().post(kApply + u'/' + serial + u'/' + verb, body, token, ServerFixture::newKey());
    }

    Reply step(const QString &serial, QJsonObject body)
    {
        return act(serial, u"signing/steps"_qs, m_officer, body);
    }

    Reply identityStep(const QString &serial, int position, const QString &number, const QString &name)
    {
        return step(serial, {{u"position"_qs, position},
                             {u"kind"_qs, u"identity"_qs},
                             {u"card"_qs, QJsonObject{{u"documentNumber"_qs, number}, {u"name"_qs, name}}}});
    }
    Reply photoStep(const QString &serial, int position, const QByteArray &photo = kJpeg)
    {
        return step(serial, {{u"position"_qs, position},
                             {u"kind"_qs, u"photo"_qs},
                             {u"photo"_qs, QString::fromLatin1(photo.toBase64())}});
    }
    Reply signatureStep(const QString &serial, int position, const QString &document,
                        const QJsonObject &s = strokes())
    {
        return step(serial,
                    {{u"position"_qs, position},
                     {u"kind"_qs, u"signature"_qs},
                     {u"document"_qs, document},
                     {u"strokes"_qs, QString::fromUtf8(QJsonDocument(s).toJson(QJsonDocument::Compact))}});
    }
    Reply signContract(const QString &serial, const QString &document)
    {
        return act(
            serial, u"signing/contracts"_qs, m_officer,
            {{u"document"_qs, document}, {u"pdf"_qs, QString::fromLatin1(contractPdf(document).toBase64())}});
    }

    // Identity and photo of both parties.
    void checkBoth(const QString &serial)
    {
        QCOMPARE(identityStep(serial, 0, m_borrower, u"借款人"_qs).status, 200);
        QCOMPARE(photoStep(serial, 0).status, 200);
        QCOMPARE(identityStep(serial, 1, m_spouse, u"买买提•艾力"_qs).status, 200);
        QCOMPARE(photoStep(serial, 1).status, 200);
    }

    static void expect(const Reply &r, int status, const QString &code, const QString &field = {})
    {
        QVERIFY2(r.status == status, r.body.constData());
        QCOMPARE(r.code(), code);
        if (!field.isEmpty())
            QCOMPARE(r.json.value(u"field"_qs).toString(), field);
    }

private slots:
    void wholeSession()
    {
        equip();
        const QString serial = application();
        QVERIFY(!serial.isEmpty());

        const Reply contract = f().get(kApply + u'/' + serial + u"/contract"_qs, m_officer);
        QVERIFY2(contract.status == 200, contract.body.constData());
        QCOMPARE(contract.json.value(u"amountUpper"_qs).toString(), u"壹拾万元整"_qs);
        const QJsonArray documents = contract.json.value(u"documents"_qs).toArray();
        QCOMPARE(documents.size(), 2);
        QCOMPARE(documents.at(0).toObject().value(u"contractNumber"_qs).toString(), u"JK"_qs + serial);
        QCOMPARE(documents.at(1).toObject().value(u"signers"_qs).toArray(), (QJsonArray{0, 1}));

        // Another branch's officer may not print it.
        crypto::ScryptParams fast;
        fast.n = 1024;
        QVERIFY(server::addUser(f().database(), u"loan9"_qs, u"loan9"_qs, u"loan_officer"_qs, u"0002"_qs,
                                u"pw-loan9"_qs, fast, f().clock().now().toMSecsSinceEpoch())
                    .ok());
        expect(f().get(kApply + u'/' + serial + u"/contract"_qs, f().login(u"loan9"_qs)), 403,
               u"auth.branch_denied"_qs);

        const Reply started = act(serial, u"signing"_qs, m_officer);
        QVERIFY2(started.status == 200, started.body.constData());
        QCOMPARE(started.json.value(u"status"_qs).toString(), u"open"_qs);
        QCOMPARE(started.json.value(u"steps"_qs).toArray().size(), 0);
        checkBoth(serial);
        for (int position : {0, 1})
            for (const QString &document : {u"loan"_qs, u"mortgage"_qs})
                QCOMPARE(signatureStep(serial, position, document, strokes(position)).status, 200);

        // A client that died comes back: the same session, every step it did.
        const Reply resumed = act(serial, u"signing"_qs, m_officer);
        QCOMPARE(resumed.json.value(u"session"_qs), started.json.value(u"session"_qs));
        QCOMPARE(resumed.json.value(u"steps"_qs).toArray().size(), 8);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM signing_sessions"_qs), 1);

        const Reply loan = signContract(serial, u"loan"_qs);
        QVERIFY2(loan.status == 200, loan.body.constData());
        QCOMPARE(loan.json.value(u"status"_qs).toString(), u"approved"_qs);
        QCOMPARE(loan.json.value(u"contractNumber"_qs).toString(), u"JK"_qs + serial);
        // Once signed, its signatures are fixed.
        expect(signatureStep(serial, 0, u"loan"_qs, strokes(7)), 409, u"signing.already_signed"_qs,
               u"document"_qs);
        // The same contract again (the answer was lost): the stored one.
        const Reply again = signContract(serial, u"loan"_qs);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(u"pdf"_qs), loan.json.value(u"pdf"_qs));

        const Reply mortgage = signContract(serial, u"mortgage"_qs);
        QVERIFY2(mortgage.status == 200, mortgage.body.constData());
        QCOMPARE(mortgage.json.value(u"status"_qs).toString(), u"signed"_qs);
        QCOMPARE(f().get(kApply + u'/' + serial, m_officer).json.value(u"status"_qs).toString(),
                 u"signed"_qs);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM signing_sessions WHERE status = 'signed'"_qs), 1);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM signed_contracts"_qs), 2);
        QCOMPARE(
            sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'loans.signStep' AND outcome = 'ok'"_qs),
            8);

        // Verify: the signed file is valid and the center's; one byte changed is not.
        QByteArray pdf = QByteArray::fromBase64(loan.json.value(u"pdf"_qs).toString().toLatin1());
        QVERIFY(pdf.startsWith("%PDF-1.4"));
        Reply v = f().post(kVerify, {{u"pdf"_qs, QString::fromLatin1(pdf.toBase64())}}, m_officer);
        QVERIFY2(v.status == 200, v.body.constData());
        QCOMPARE(v.json.value(u"valid"_qs).toBool(), true);
        QCOMPARE(v.json.value(u"registered"_qs).toBool(), true);
        QCOMPARE(v.json.value(u"contractNumber"_qs).toString(), u"JK"_qs + serial);
        QCOMPARE(v.json.value(u"signedAt"_qs).toString(), loan.json.value(u"signedAt"_qs).toString());
        pdf[pdf.indexOf("Title (") + 7] = 'X';
        v = f().post(kVerify, {{u"pdf"_qs, QString::fromLatin1(pdf.toBase64())}}, m_officer);
        QCOMPARE(v.json.value(u"valid"_qs).toBool(), false);
        QCOMPARE(v.json.value(u"reason"_qs).toString(), u"contract.changed"_qs);
        QCOMPARE(v.json.value(u"registered"_qs).toBool(), false);
        // Unsigned: no signature.
        v = f().post(kVerify, {{u"pdf"_qs, QString::fromLatin1(contractPdf(u"loan"_qs).toBase64())}},
                     m_officer);
        QCOMPARE(v.json.value(u"reason"_qs).toString(), u"contract.no_signature"_qs);

        // The command line (hpf-server contract verify FILE) says the same.
        {
            auto conn = f().database().connection();
            QVERIFY(conn.ok());
            const QByteArray signedPdf =
                QByteArray::fromBase64(mortgage.json.value(u"pdf"_qs).toString().toLatin1());
            server::cli::ContractReport report = server::cli::verifyContractFile(*conn, signedPdf);
            QCOMPARE(report.exitCode, 0);
            QVERIFY2(report.text.startsWith(u"valid: contract DY"_qs + serial), qPrintable(report.text));
            QVERIFY(report.text.endsWith(u", registered here"_qs));
            report = server::cli::verifyContractFile(*conn, pdf);
            QCOMPARE(report.exitCode, 1);
            QCOMPARE(report.text, u"NOT VALID: contract.changed (contract JK"_qs + serial + u')');
        }

        // Signed: no new session.
        expect(act(serial, u"signing"_qs, m_officer), 409, u"loan.step"_qs);
    }

    void identityCheck_data()
    {
        QTest::addColumn<QString>("number"); // "" = the spouse's
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");

        QTest::newRow("match, another middle dot") << u""_qs << u"买买提 ・ 艾力"_qs << u""_qs << u""_qs;
        QTest::newRow("full-width digits") << u"fullwidth"_qs << u"买买提·艾力"_qs << u""_qs << u""_qs;
        QTest::newRow("another person's card")
            << citizen(QDate(1980, 1, 1)) << u"买买提·艾力"_qs << u"signing.document_mismatch"_qs
            << u"parties[1].documentNumber"_qs;
        QTest::newRow("the borrower's card")
            << u"borrower"_qs << u"借款人"_qs << u"signing.document_mismatch"_qs
            << u"parties[1].documentNumber"_qs;
        QTest::newRow("name misspelt")
            << u""_qs << u"买买提·艾利"_qs << u"signing.name_mismatch"_qs << u"parties[1].name"_qs;
        QTest::newRow("empty number")
            << u"empty"_qs << u"买买提·艾力"_qs << u"request.field_empty"_qs << u"card.documentNumber"_qs;
    }

    void identityCheck()
    {
        QFETCH(QString, number);
        QFETCH(QString, name);
        QFETCH(QString, code);
        QFETCH(QString, field);
        equip();
        const QString serial = application();
        QVERIFY(!serial.isEmpty());
        QCOMPARE(act(serial, u"signing"_qs, m_officer).status, 200);
        QString card = number;
        if (number.isEmpty())
            card = m_spouse;
        else if (number == u"borrower")
            card = m_borrower;
        else if (number == u"empty")
            card.clear();
        else if (number == u"fullwidth") {
            card.clear();
            for (QChar c : m_spouse)
                card += c.isDigit() ? QChar(c.unicode() - u'0' + 0xFF10) : c;
        }
        const Reply r = identityStep(serial, 1, card, name);
        if (code.isEmpty()) {
            QVERIFY2(r.status == 200, r.body.constData());
            QCOMPARE(sql(u"SELECT COUNT(*) FROM signing_steps WHERE kind = 'identity' AND position = 1"_qs),
                     1);
        } else {
            expect(r, code.startsWith(u"request.") ? 400 : 422, code, field);
            QCOMPARE(sql(u"SELECT COUNT(*) FROM signing_steps"_qs), 0);
        }
    }

    void badSteps()
    {
        equip();
        const QString serial = application();
        QVERIFY(!serial.isEmpty());
        // No session yet.
        expect(identityStep(serial, 0, m_borrower, u"借款人"_qs), 409, u"loan.step"_qs);
        QCOMPARE(act(serial, u"signing"_qs, m_officer).status, 200);
        // Out of order: a photo before the card, a signature before the photo.
        expect(photoStep(serial, 0), 409, u"signing.order"_qs, u"kind"_qs);
        QCOMPARE(identityStep(serial, 0, m_borrower, u"借款人"_qs).status, 200);
        expect(signatureStep(serial, 0, u"loan"_qs), 409, u"signing.order"_qs, u"kind"_qs);
        expect(photoStep(serial, 0, "GIF89a not a photo"), 422, u"signing.photo"_qs, u"photo"_qs);
        QCOMPARE(photoStep(serial, 0).status, 200);
        // A position that is not a party.
        expect(identityStep(serial, 5, m_borrower, u"借款人"_qs), 422, u"signing.party"_qs, u"position"_qs);
        // An empty pad, a malformed recording, a document that does not exist.
        QJsonObject empty = strokes();
        empty.insert(u"strokes"_qs, QJsonArray());
        expect(signatureStep(serial, 0, u"loan"_qs, empty), 422, u"signature.empty"_qs, u"strokes"_qs);
        QJsonObject backwards = QJsonDocument::fromJson(R"({"v": 1, "width": 600, "height": 200, "strokes":
            [{"source": "mouse", "points": [[10, 20, 50, 1], [11, 21, 10, 1]]}]})")
                                    .object();
        expect(signatureStep(serial, 0, u"loan"_qs, backwards), 422, u"signature.time"_qs);
        expect(signatureStep(serial, 0, u"lease"_qs), 400, u"request.field_range"_qs, u"document"_qs);
        // A step sent twice is one step; the session answers it once.
        QCOMPARE(signatureStep(serial, 0, u"loan"_qs).status, 200);
        const Reply twice = signatureStep(serial, 0, u"loan"_qs);
        QCOMPARE(twice.status, 200);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM signing_steps WHERE kind = 'signature'"_qs), 1);
        QCOMPARE(
            sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'loans.signStep' AND outcome = 'ok'"_qs),
            3);
        // The spouse has not signed: no contract yet, and nothing stored.
        expect(signContract(serial, u"loan"_qs), 409, u"signing.unsigned"_qs, u"parties[1]"_qs);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM signed_contracts"_qs), 0);
        // Not a PDF.
        QVERIFY(identityStep(serial, 1, m_spouse, u"买买提·艾力"_qs).status == 200);
        QVERIFY(photoStep(serial, 1).status == 200);
        QVERIFY(signatureStep(serial, 1, u"loan"_qs).status == 200);
        const Reply notPdf = act(
            serial, u"signing/contracts"_qs, m_officer,
            {{u"document"_qs, u"loan"_qs}, {u"pdf"_qs, QString::fromLatin1(QByteArray("hello").toBase64())}});
        expect(notPdf, 422, u"contract.not_pdf"_qs);
    }

    // Two desks (or a client retrying on a slow line) at once: one session, one step; a request
    // replayed with its Idempotency-Key is answered from the store.
    void concurrentAndReplayed()
    {
        equip();
        const QString serial = application();
        QVERIFY(!serial.isEmpty());
        const auto burst = [&](const QString &verb, const QJsonObject &body) {
            QList<Call> calls;
            for (int i = 0; i < 4; ++i)
                calls.append(Call{"POST",
                                  kApply + u'/' + serial + u'/' + verb,
                                  body,
                                  {{"Idempotency-Key", ServerFixture::newKey().toLatin1()}},
                                  {}});
            return f().parallel(calls, m_officer);
        };
        QSet<qint64> sessions;
        for (const Reply &r : burst(u"signing"_qs, {})) {
            QVERIFY2(r.status == 200, r.body.constData());
            sessions.insert(r.json.value(u"session"_qs).toInteger());
        }
        QCOMPARE(sessions.size(), 1);
        const QJsonObject card{
            {u"position"_qs, 0},
            {u"kind"_qs, u"identity"_qs},
            {u"card"_qs, QJsonObject{{u"documentNumber"_qs, m_borrower}, {u"name"_qs, u"借款人"_qs}}}};
        for (const Reply &r : burst(u"signing/steps"_qs, card))
            QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(sql(u"SELECT COUNT(*) FROM signing_steps"_qs), 1);
        QCOMPARE(
            sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'loans.signStep' AND outcome = 'ok'"_qs),
            1);

        const QString key = ServerFixture::newKey();
        const QString path = kApply + u'/' + serial + u"/signing/steps"_qs;
        QJsonObject photo{{u"position"_qs, 0},
                          {u"kind"_qs, u"photo"_qs},
                          {u"photo"_qs, QString::fromLatin1(kJpeg.toBase64())}};
        const Reply first = f().post(path, photo, m_officer, key);
        QCOMPARE(first.status, 200);
        const Reply replayed = f().post(path, photo, m_officer, key);
        QCOMPARE(replayed.status, 200);
        QCOMPARE(replayed.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(replayed.json, first.json);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM signing_steps WHERE kind = 'photo'"_qs), 1);
    }

    void beforeApproval()
    {
        equip();
        const QString serial = application(u"accepted"_qs);
        QVERIFY(!serial.isEmpty());
        expect(act(serial, u"signing"_qs, m_officer), 409, u"loan.step"_qs, u"serial"_qs);
        expect(f().get(kApply + u'/' + serial + u"/contract"_qs, m_officer), 409, u"loan.step"_qs);
        expect(signContract(serial, u"loan"_qs), 409, u"loan.step"_qs);
        // A teller may not sign loans.
        expect(act(serial, u"signing"_qs, f().login(u"teller1"_qs)), 403, u"auth.role_denied"_qs);
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerSigning(b); });
}

#include "tst_server_signing.moc"
