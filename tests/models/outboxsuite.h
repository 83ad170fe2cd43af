#pragma once

#include "net/apiclient.h"
#include "scriptedhttpserver.h"
#include "store/fieldcipher.h"
#include "store/localdatabase.h"
#include "store/outbox.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

// The client half of the outbox suites (tst_outbox, tst_operation): a scripted HTTP server, an
// ApiClient, a local database file per test function with a test cipher key, and the outbox over
// them. stop() and start() simulate a client restart on the same database file.
class OutboxSuite : public QObject
{
protected:
    OutboxSuite(hpf::client::RetryPolicy retry, int requestTimeoutMs)
        : m_retry(retry)
        , m_timeoutMs(requestTimeoutMs)
    {}

    // From init(): the server answers through `handler`.
    void setUp(hpf::test::ScriptedHttpServer::Handler handler)
    {
        m_server = new hpf::test::ScriptedHttpServer(this);
        QVERIFY(m_server->listen());
        m_server->setHandler(std::move(handler));
        m_cipher.setKey(QByteArray(16, '\x42'));
        m_dbPath = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_qs);
        start();
    }

    // From cleanup().
    void tearDown()
    {
        stop();
        delete m_server;
        m_server = nullptr;
    }

    void start()
    {
        m_nam = new QNetworkAccessManager(this);
        m_api = new hpf::client::ApiClient(m_nam, this);
        m_api->setBaseUrl(m_server->url());
        m_api->setRetryPolicy(m_retry);
        m_db = new hpf::client::LocalDatabase;
        QVERIFY(m_db->open(m_dbPath).ok());
        m_outbox = new hpf::client::Outbox(m_db, &m_cipher, m_api, hpf::Clock::system(), this);
        m_outbox->setOwner(u"teller01"_qs, m_server->url().toString());
        m_outbox->setRequestTimeoutMs(m_timeoutMs);
    }

    void stop()
    {
        delete m_outbox;
        delete m_api;
        delete m_nam;
        delete m_db;
        m_outbox = nullptr;
        m_api = nullptr;
        m_nam = nullptr;
        m_db = nullptr;
    }

    QTemporaryDir m_dir;
    hpf::test::ScriptedHttpServer *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    hpf::client::ApiClient *m_api = nullptr;
    hpf::client::LocalDatabase *m_db = nullptr;
    hpf::client::FieldCipher m_cipher;
    hpf::client::Outbox *m_outbox = nullptr;
    QString m_dbPath;

private:
    hpf::client::RetryPolicy m_retry;
    int m_timeoutMs;
};
