#pragma once

#include "capture/scanner.h"

#include <QGroupBox>

class QComboBox;
class QSpinBox;

namespace hpf::ui {

// The scanner section of 8001 档案采集: the device, resolution, colour mode and paper source of
// the next scan. The record's scan policy (from the server's materials catalogue) sets the
// resolution, its minimum and the colour mode; without a scanner the section is disabled.
class ScannerSettingsBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit ScannerSettingsBox(QWidget *parent = nullptr);

    void setDevices(const QList<client::capture::ScannerDevice> &devices);
    void setNoScanner();
    void applyPolicy(int dpi, int minDpi, const QString &colourModeName);
    // A rescan of one page always uses the flatbed.
    client::capture::ScanSettings settings(bool rescan) const;

    QWidget *firstInput() const;
    QWidget *lastInput() const;

private:
    QComboBox *m_device;
    QSpinBox *m_dpi;
    QComboBox *m_mode;
    QComboBox *m_source;
};

} // namespace hpf::ui
