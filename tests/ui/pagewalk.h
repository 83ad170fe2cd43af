#pragma once

#include "guitest.h"
#include "shell/mainwindow.h"
#include "shell/pageregistry.h"

#include <QList>
#include <QString>
#include <QUrl>
#include <memory>
#include <utility>

// Walking every registered page as a demo user whose role may open it (tst_pageaccessibility,
// tst_pagescreenshots).
namespace hpf::test {

// The demo user (server/demo/demoseed.cpp) of each role, in the order a page's user is chosen:
// the first role the page allows.
inline const QList<std::pair<QString, QString>> &demoUsers()
{
    static const QList<std::pair<QString, QString>> users{
        {u"teller"_qs, u"teller1"_qs},         {u"loan_officer"_qs, u"loan1"_qs},
        {u"archivist"_qs, u"archivist1"_qs},   {u"judicial"_qs, u"judicial1"_qs},
        {u"supervisor"_qs, u"supervisor1"_qs}, {u"auditor"_qs, u"auditor1"_qs}};
    return users;
}

// The demo user who opens `page`; empty when no demo role may (the caller fails the row).
inline QString demoUserFor(const ui::PageDescriptor &page)
{
    for (const auto &[role, user] : demoUsers()) {
        if (page.allows(role))
            return user;
    }
    return {};
}

// One signed-in client at a time: kept while consecutive rows belong to the same user, replaced by
// a fresh client (a fresh sign-in) when the user changes.
class DemoSession
{
public:
    ui::MainWindow *windowFor(const QUrl &server, const QString &user)
    {
        if (m_user != user || !m_client) {
            m_client.reset();
            m_client = std::make_unique<ClientUnderTest>();
            m_user = user;
            if (!signedIn(*m_client, server, user))
                return nullptr;
        }
        return m_client->shell->mainWindow();
    }
    void reset() { m_client.reset(); }

private:
    std::unique_ptr<ClientUnderTest> m_client;
    QString m_user;
};

} // namespace hpf::test
