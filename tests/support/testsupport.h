#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hpf::test {

// Absolute path of a file below the source tree, e.g. sourcePath("resources/policy/default.json").
QString sourcePath(const QString &relative);

// Runs an external program to completion (30 s at most). Returns its exit code, or -1 if it could
// not be started or timed out; stdout and stderr are returned through the pointers when given.
int runProgram(const QString &program, const QStringList &args, const QByteArray &stdinData = {},
               QByteArray *out = nullptr, QByteArray *err = nullptr);

// Reads the QR code in an image with zbarimg (an independent reader), QR only: with every
// symbology on, zbar now and then also "finds" a 1-D barcode in the QR's modules and prints it on
// a second line. Returns zbarimg's exit code; the decoded text (with zbar's newline) goes to *out.
int readQrWithZbar(const QString &image, QByteArray *out);

// Whether the CI environment asks for every component to be present (CI=true): a test that needs
// a missing tool must then fail, never skip.
bool componentsRequired();

} // namespace hpf::test
