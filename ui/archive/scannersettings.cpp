#include "archive/scannersettings.h"

#include "archive/capturestore.h"
#include "widgets/fieldwidth.h"

#include <QComboBox>
#include <QFormLayout>
#include <QSpinBox>

namespace hpf::ui {

ScannerSettingsBox::ScannerSettingsBox(QWidget *parent)
    : QGroupBox(tr("Scanner settings"), parent)
    , m_device(new QComboBox(this))
    , m_dpi(new QSpinBox(this))
    , m_mode(new QComboBox(this))
    , m_source(new QComboBox(this))
{
    m_dpi->setRange(100, 1200);
    m_dpi->setSingleStep(100);
    m_dpi->setValue(300);
    m_dpi->setSuffix(u" dpi"_qs);
    m_mode->addItem(tr("Black and white (text)"), int(imaging::ColourMode::Bitonal));
    m_mode->addItem(tr("Greyscale"), int(imaging::ColourMode::Grey));
    m_mode->addItem(tr("Colour"), int(imaging::ColourMode::Colour));
    m_mode->setCurrentIndex(1);
    m_source->addItem(tr("Flatbed"), int(client::capture::Source::Flatbed));
    m_source->addItem(tr("Document feeder"), int(client::capture::Source::Feeder));
    m_device->setAccessibleName(tr("Scanner"));
    m_dpi->setAccessibleName(tr("Resolution"));
    m_mode->setAccessibleName(tr("Colour mode"));
    m_source->setAccessibleName(tr("Paper source"));
    fitToChars(m_device, 24);
    fitToChars(m_dpi, 9);
    fitToChars(m_mode, 16);
    fitToChars(m_source, 14);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("S&canner:"), m_device);
    form->addRow(tr("&Resolution:"), m_dpi);
    form->addRow(tr("C&olour mode:"), m_mode);
    form->addRow(tr("&Paper source:"), m_source);
}

void ScannerSettingsBox::setDevices(const QList<client::capture::ScannerDevice> &devices)
{
    m_device->clear();
    for (const client::capture::ScannerDevice &d : devices)
        m_device->addItem(u"%1 %2"_qs.arg(d.vendor, d.model).trimmed(), d.name);
}

void ScannerSettingsBox::setNoScanner()
{
    m_device->clear();
    m_device->addItem(tr("No scanner: import files"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_device, m_dpi, m_mode, m_source})
        w->setEnabled(false);
}

void ScannerSettingsBox::applyPolicy(int dpi, int minDpi, const QString &colourModeName)
{
    m_dpi->setValue(dpi);
    m_dpi->setMinimum(minDpi);
    const int mode = m_mode->findData(int(client::archive::colourModeFromName(colourModeName)));
    if (mode >= 0)
        m_mode->setCurrentIndex(mode);
}

client::capture::ScanSettings ScannerSettingsBox::settings(bool rescan) const
{
    client::capture::ScanSettings s;
    s.device = m_device->currentData().toString();
    s.dpi = m_dpi->value();
    s.mode = imaging::ColourMode(m_mode->currentData().toInt());
    s.source =
        rescan ? client::capture::Source::Flatbed : client::capture::Source(m_source->currentData().toInt());
    return s;
}

QWidget *ScannerSettingsBox::firstInput() const
{
    return m_device;
}

QWidget *ScannerSettingsBox::lastInput() const
{
    return m_source;
}

} // namespace hpf::ui
