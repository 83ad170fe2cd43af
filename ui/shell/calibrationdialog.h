#pragma once

#include <QDialog>

class QDoubleSpinBox;
class QLabel;

namespace hpf::ui {

class DocumentPrinter;

// 套打 calibration: how many millimetres everything printed on a pre-printed form moves right and
// down on one printer (negative: left and up). Read from and saved through the DocumentPrinter, which
// keeps the offsets per printer in the settings. Opened with open(); OK saves.
class CalibrationDialog : public QDialog
{
    Q_OBJECT
public:
    // Calibrates the printer chosen for this session (none yet: the dialog says so and saves nothing).
    CalibrationDialog(DocumentPrinter *printer, QWidget *parent = nullptr);

    // Calibrates a printer by name instead of the session's (reloads the spin boxes).
    void setPrinterName(const QString &name);
    QString printerName() const { return m_name; }

    QDoubleSpinBox *rightBox() const { return m_right; }
    QDoubleSpinBox *downBox() const { return m_down; }

    void accept() override;

private:
    DocumentPrinter *m_printer;
    QString m_name;
    QLabel *m_label;
    QDoubleSpinBox *m_right;
    QDoubleSpinBox *m_down;
};

} // namespace hpf::ui
