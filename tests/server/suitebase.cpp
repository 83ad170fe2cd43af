#include "suitebase.h"

#include "testsupport.h"

#include <QTest>

namespace hpf::test {

void ServerSuite::initTestCase()
{
    const QString why = ServerFixture::unavailableReason(m_backend);
    if (!why.isEmpty()) {
        if (componentsRequired())
            QFAIL(qPrintable(u"CI=true and the backend is missing: "_qs + why));
        QSKIP(qPrintable(why));
    }
    qInfo("backend: %s", qPrintable(backendName(m_backend)));
}

void ServerSuite::init()
{
    m_f = std::make_unique<ServerFixture>(m_backend);
    QVERIFY2(m_f->start(options()), qPrintable(m_f->error()));
}

void ServerSuite::cleanup()
{
    m_f.reset();
}

} // namespace hpf::test
