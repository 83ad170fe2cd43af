#pragma once

#include "serverfixture.h"

#include <QObject>
#include <memory>

namespace hpf::test {

// Common set-up of the per-backend suites: skip (or, with CI=true, fail) when the backend is not
// available, and a fresh server and database for every test function.
class ServerSuite : public QObject
{
    Q_OBJECT
public:
    explicit ServerSuite(Backend backend)
        : m_backend(backend)
    {}

protected:
    virtual server::ServerOptions options() const { return {}; }
    ServerFixture &f() { return *m_f; }
    Backend m_backend;
    std::unique_ptr<ServerFixture> m_f;

private slots:
    void initTestCase();
    void init();
    void cleanup();
};

} // namespace hpf::test
