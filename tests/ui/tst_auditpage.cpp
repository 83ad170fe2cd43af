// 9001 审计查询 driven from the keyboard against a real hpf-server (demo-seed): only auditors see the
// page; a teller's lookup of a person is found by typing the person's full identity number (the
// trail stores only a masked value and a keyed digest), the detail pane shows the record without
// the full number, "more" pages on, the export is written (watermarked) and the chain verifies.
#include "api/audit.h"
#include "audit/auditpage.h"
#include "guitest.h"
#include "lookup/lookuppage.h"
#include "serverfixture.h"
#include "testsupport.h"

#include <QFile>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableWidget>

using namespace hpf;
using namespace hpf::ui;
using hpf::test::ClientUnderTest;
using hpf::test::typeText;

class TestAuditPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const QString error = m_server.prepare();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_server.start().isEmpty());
        QVERIFY(!m_server.personalAccounts().isEmpty());
    }

    void onlyAuditorsSeeThePage()
    {
        ClientUnderTest teller;
        MainWindow *w = hpf::test::signedIn(teller, m_server.url(), u"teller1"_qs);
        QVERIFY(w);
        QVERIFY(!w->visiblePages().contains(u"9001"_qs));
        QVERIFY(!w->openCode(u"9001"_qs));
        // The teller reads a person's account: that read is what the auditor will find.
        const QString account = m_server.personalAccounts().first();
        QVERIFY(w->openCode(u"1002"_qs, account));
        QVERIFY(QTest::qWaitFor([&] { return readsOf(account) > 0; }, 10000));
    }

    void auditorFindsAPersonByFullNumber()
    {
        ClientUnderTest auditor;
        MainWindow *w = hpf::test::signedIn(auditor, m_server.url(), u"auditor1"_qs);
        QVERIFY(w);
        QVERIFY(w->visiblePages().contains(u"9001"_qs));
        QVERIFY(w->openCode(u"9001"_qs));
        auto *page = qobject_cast<AuditPage *>(w->pageWidget(u"9001"_qs));
        QVERIFY(page);
        const QString account = m_server.personalAccounts().first();
        const QString identity = m_server.identityOf(account);
        QVERIFY(!identity.isEmpty());

        // Keyboard: person field, Enter through the rest, Enter in the last field searches.
        QSignalSpy searched(page, &AuditPage::searched);
        page->personEdit()->setFocus();
        typeText(page->personEdit(), identity);
        for (int i = 0; i < 3; ++i) // account, from, to
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(searched.wait(10000));
        QVERIFY2(page->table()->rowCount() > 0, qPrintable(page->statusText()));
        bool opened = false;
        for (int row = 0; row < page->table()->rowCount(); ++row) {
            for (int c = 0; c < page->table()->columnCount(); ++c)
                QVERIFY(!page->table()->item(row, c)->text().contains(identity));
            opened = opened || page->table()->item(row, 3)->text() == u"openings.account"_qs ||
                     page->table()->item(row, 3)->text() == u"accounts.get"_qs;
        }
        QVERIFY(opened);

        // The detail pane: the record, masked.
        QSignalSpy shown(page, &AuditPage::detailShown);
        page->table()->setFocus();
        page->table()->setCurrentCell(0, 0);
        QVERIFY(shown.wait(10000));
        QVERIFY(page->detail()->toPlainText().contains(u"Record"_qs) ||
                page->detail()->toPlainText().contains(u"记录"_qs));
        QVERIFY(!page->detail()->toPlainText().contains(identity));

        // Export: written, watermarked with the auditor, no full number.
        QSignalSpy exported(page, &AuditPage::exported);
        const QString path = m_dir.filePath(u"audit.csv"_qs);
        page->exportTo(path);
        QVERIFY2(exported.wait(10000), qPrintable(page->statusText()));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.contains(u"exported by"_qs));
        QVERIFY(text.contains(u"auditor1"_qs));
        QVERIFY(!text.contains(identity));

        // Verification from the screen.
        QSignalSpy verified(page, &AuditPage::verified);
        page->verify();
        QVERIFY(verified.wait(30000));
        QVERIFY2(verified.first().first().toBool(), qPrintable(page->statusText()));
    }

    void pagesOnWithMore()
    {
        ClientUnderTest auditor;
        MainWindow *w = hpf::test::signedIn(auditor, m_server.url(), u"auditor1"_qs);
        QVERIFY(w && w->openCode(u"9001"_qs));
        auto *page = qobject_cast<AuditPage *>(w->pageWidget(u"9001"_qs));
        QVERIFY(page);
        page->reset();
        QSignalSpy searched(page, &AuditPage::searched);
        page->search(); // everything: the demo seed wrote far more than a page
        QVERIFY(searched.wait(10000));
        QCOMPARE(page->table()->rowCount(), 50);
        QVERIFY(page->moreButton()->isEnabled());
        QTest::mouseClick(page->moreButton(), Qt::LeftButton);
        QVERIFY(searched.wait(10000));
        QVERIFY(page->table()->rowCount() > 50);
        // A bad date is refused at the screen.
        page->fromEdit()->setText(u"2025-13-01"_qs);
        page->search();
        QVERIFY(!page->statusText().isEmpty());
        QCOMPARE(searched.size(), 2);
    }

private:
    int readsOf(const QString &account)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"audit-probe"_qs);
        int n = 0;
        {
            db.setDatabaseName(m_server.databasePath());
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(
                    u"SELECT COUNT(*) FROM audit_log WHERE operation = 'accounts.get' AND object = :o"_qs);
                q.bindValue(u":o"_qs, QString(u"account:"_qs + account));
                if (q.exec() && q.next())
                    n = q.value(0).toInt();
            }
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"audit-probe"_qs);
        return n;
    }

    hpf::test::ServerFixture m_server;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestAuditPage)

#include "tst_auditpage.moc"
