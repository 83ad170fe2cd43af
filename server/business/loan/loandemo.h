#pragma once

#include "base/result.h"
#include "business/withdrawal/withdrawaldemo.h"

#include <QStringList>

// The loan part of the training center (demo-seed, issue 18): one application accepted by loan2
// that waits for loan1's review, and one accepted by loan1, reviewed by loan2 and approved by
// supervisor1 (ready for the face-to-face signing once that exists).
namespace hpf::server {

// `documentNumbers`: the seed's employees' identity numbers (each with twelve remitted months);
// the people at positions 1 and 2 borrow. Returns the log lines.
Result<QStringList> seedLoanDemo(const DemoCall &call, const QStringList &documentNumbers);

} // namespace hpf::server
