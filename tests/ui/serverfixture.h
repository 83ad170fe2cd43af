#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace hpf::test {

// A real hpf-server for the client tests: a temporary SQLite database, `init` + `demo-seed`, then
// `serve` on 127.0.0.1 (port 0 the first time; the same port again after kill() so a client can
// reconnect by itself). Blocking waits are fine here: this is test code.
class ServerFixture
{
public:
    ServerFixture();
    ~ServerFixture();

    static QString program(); // the hpf-server built with the tests

    // The policy `serve` runs with: the default policy, except that no role is forced to use a
    // second factor unless `forced` (the suites sign in as supervisors and auditors with passwords;
    // the second-factor suites turn it on).
    void setSecondFactorForced(bool forced) { m_secondFactorForced = forced; }
    // The next start() runs `serve` that many days in the future, under faketime (libfaketime):
    // what the server does on its own when days pass (the judicial expiry job). 0 = the real date.
    void setDaysAhead(int days) { m_daysAhead = days; }
    // Issue 16: the center this server runs as (`--center`, for init, demo-seed and serve; empty =
    // the policy's own) and the peers folder it announces itself in and finds the other centers in
    // (`--peers D --announce D`; it then gets a signing key at prepare()). Set before prepare().
    void setCenter(const QString &code) { m_center = code; }
    void setPeersDirectory(const QString &dir) { m_peersDir = dir; }
    QString center() const { return m_center; }

    // Creates and seeds the database; returns an error text, empty on success.
    QString prepare();
    QString start(quint16 port = 0);
    void kill();
    bool isRunning() const;

    QUrl url() const;
    quint16 port() const { return m_port; }
    QString databasePath() const;
    QString directory() const { return m_dir.path(); }

    // From the demo-seed log.
    // 一人多户: the migrated duplicate account and the account of the same person.
    QString legacyDuplicate() const { return m_legacyDuplicate; }
    QString legacyTwin() const { return m_legacyTwin; }
    // The demo's retiree (issue 17): past the retirement age, may close the account with interest.
    QString retireeAccount() const { return m_retiree; }
    QStringList personalAccounts() const { return m_accounts; }
    QStringList unitAccounts() const { return m_units; }
    QString nameOf(const QString &account) const { return m_names.value(account); }
    QString identityOf(const QString &account) const { return m_identities.value(account); }
    // The account opening demo-seed leaves unarchived for the archive desk, and its account.
    QString unarchivedOpeningSerial() const { return m_unarchivedSerial; }
    QString unarchivedOpeningAccount() const { return m_unarchivedAccount; }
    // Where `serve` keeps the archive's sealed files (the default files store).
    QString archiveDirectory() const { return databasePath() + QStringLiteral(".archive"); }
    // The training court's private key demo-seed wrote for hpf-court (court 京0105).
    QString trainingCourtKey() const { return m_trainingCourtKey; }
    // Issue 18 (I): the demo's loan application approved by supervisor1 (ready for 面签, 7003).
    QString approvedLoanSerial() const { return m_approvedLoan; }

private:
    QString waitForDueInterest() const;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    bool m_secondFactorForced = false;
    int m_daysAhead = 0;
    QString m_center;
    QString m_peersDir;
    QString m_legacyDuplicate;
    QString m_legacyTwin;
    QString m_retiree;
    QString m_trainingCourtKey;
    QStringList m_accounts;
    QStringList m_units;
    QHash<QString, QString> m_names;
    QHash<QString, QString> m_identities;
    QString m_unarchivedSerial;
    QString m_unarchivedAccount;
    QString m_approvedLoan; // issue 18
};

} // namespace hpf::test
