#include "shell/calibrationdialog.h"

#include "widgets/documentprinter.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hpf::ui {

namespace {

QDoubleSpinBox *offsetBox(const QString &name, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(-20.0, 20.0); // what the settings keep
    box->setDecimals(1);
    box->setSingleStep(0.5);
    box->setSuffix(u" mm"_qs);
    return box;
}

} // namespace

CalibrationDialog::CalibrationDialog(DocumentPrinter *printer, QWidget *parent)
    : QDialog(parent)
    , m_printer(printer)
    , m_label(new QLabel(this))
    , m_right(offsetBox(u"calibrationRight"_qs, this))
    , m_down(offsetBox(u"calibrationDown"_qs, this))
{
    setObjectName(u"calibrationDialog"_qs);
    setWindowTitle(tr("Printer calibration"));
    m_label->setObjectName(u"calibrationPrinter"_qs);
    m_label->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Move right by:"), m_right);
    form->addRow(tr("Move down by:"), m_down);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"calibrationButtons"_qs);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(new QLabel(tr("Print a receipt on a pre-printed form, measure how far the text sits "
                                    "from the boxes, and enter that distance. Negative values move left "
                                    "and up."),
                                 this));
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CalibrationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CalibrationDialog::reject);
    setPrinterName(printer->printerName());
}

void CalibrationDialog::setPrinterName(const QString &name)
{
    m_name = name;
    const bool known = !name.isEmpty();
    m_label->setText(known ? tr("Offsets for the printer \"%1\"").arg(name)
                           : tr("No printer has been chosen in this session yet. Choose one with "
                                "Printer… (or print once), then calibrate it."));
    const QPointF offset = m_printer->offsetMm(name);
    m_right->setValue(offset.x());
    m_down->setValue(offset.y());
    m_right->setEnabled(known);
    m_down->setEnabled(known);
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Ok)->setEnabled(known);
}

void CalibrationDialog::accept()
{
    if (!m_name.isEmpty())
        m_printer->setOffsetMm(m_name, QPointF(m_right->value(), m_down->value()));
    QDialog::accept();
}

} // namespace hpf::ui
