#pragma once

#include "capture/scanner.h"

#include <QList>
#include <QPointer>
#include <QString>

namespace hpf::client::capture {

class SaneWorker;

// A backend option set by name on the device before a page is started. Only the tests use it,
// to drive SANE's `test` backend (test-picture, read-return-value, read-delay …); the desk sets
// resolution, mode and source through ScanSettings.
struct BackendOption
{
    QString name;
    QString value;    // "yes"/"no" for booleans, a number, or a string-list entry
    int fromPage = 0; // applied before the sane_start of this 0-based page of every later scan
};

// capture::Scanner over libsane. sane_init runs once per process and every sane_* call runs on
// one process-wide SANE thread; results arrive as queued signals on this object's thread. The
// device is opened for each scan and closed after it. The mode the device could not give is
// replaced by the nearest it offers (bitonal → 1-bit grey → grey; colour → grey), and each
// ScannedPage says what was delivered.
class SaneScanner : public Scanner
{
    Q_OBJECT
public:
    explicit SaneScanner(QObject *parent = nullptr);
    ~SaneScanner() override;

    void listDevices() override;
    void scan(const ScanSettings &settings) override;
    // sane_cancel on the page being read (that page is dropped); the pages already delivered stay.
    void cancel() override;
    bool isBusy() const override { return m_busy; }

    // Test seam: backend options for the following scans (see BackendOption).
    void setBackendOption(const QString &name, const QString &value, int fromPage = 0);
    void clearBackendOptions() { m_options.clear(); }

private:
    void onFinished(const hpf::Status &status);

    SaneWorker *m_worker = nullptr; // lives on the SANE thread; deleted there
    QList<BackendOption> m_options;
    bool m_busy = false;
};

} // namespace hpf::client::capture

Q_DECLARE_METATYPE(hpf::client::capture::BackendOption)
