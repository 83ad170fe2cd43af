#pragma once

#include <QObject>

namespace hpf::client::capture {

class Scanner;

// The scanner of this workstation: SANE (libsane) with the system's or SANE_CONFIG_DIR's
// backends. The function ClientCore::setScannerFactory() is given in app/main.cpp.
Scanner *createSystemScanner(QObject *parent);

} // namespace hpf::client::capture
