// libFuzzer target: every route of the REST API through the real Router and Dispatcher, in process
// (fuzz/serverharness.h: one seeded SQLite database, a signed-in caller per role, grants fetched for
// operations that need one, a fresh Idempotency-Key per request). The server must never crash, never
// answer 5xx, answer every error as problem+json with a code and keep the ledger invariant; the
// harness aborts otherwise. The input format is described in serverharness.h.
#include "serverharness.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Never destroyed: the database's per-thread connection table (thread_local) is gone before
    // static objects are destroyed at exit.
    static auto *harness = new hpf::fuzz::ServerHarness;
    if (size > 256 * 1024)
        return 0;
    (void)harness->run(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
