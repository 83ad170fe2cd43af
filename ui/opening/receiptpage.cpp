#include "opening/receiptpage.h"

#include "base/text.h"
#include "clientcore.h"
#include "domain/errortext.h"
#include "ops/operation.h"
#include "session/usertext.h"
#include "shell/pageregistry.h"
#include "store/outbox.h"
#include "widgets/fieldwidth.h"
#include "widgets/receiptbar.h"

#include <QFormLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPageSize>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace hpf::ui {

// The receipt on screen, painted by the same function as the printout: A5 rendered at the resolution
// that fits the widget (not a scaled painter, so the QR keeps whole device dots), then shown.
class ReceiptPreview : public QWidget
{
public:
    explicit ReceiptPreview(QWidget *parent)
        : QWidget(parent)
    {
        setObjectName(u"receiptPagePreview"_qs);
        setMinimumSize(300, 420);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }

    void setData(const std::optional<printing::ReceiptData> &data)
    {
        m_data = data;
        m_image = {};
        update();
    }
    const std::optional<printing::ReceiptData> &data() const { return m_data; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), palette().color(QPalette::Mid));
        if (!m_data)
            return;
        const QSizeF pageMm = QPageSize(QPageSize::A5).size(QPageSize::Millimeter);
        const double ratio = devicePixelRatioF();
        const double dotsPerMm =
            std::max(1.0, std::min((width() - 16) / pageMm.width(), (height() - 16) / pageMm.height())) *
            ratio;
        const QSize size(qRound(pageMm.width() * dotsPerMm), qRound(pageMm.height() * dotsPerMm));
        if (m_image.size() != size) {
            m_image = QImage(size, QImage::Format_RGB32);
            m_image.setDotsPerMeterX(qRound(dotsPerMm * 1000));
            m_image.setDotsPerMeterY(qRound(dotsPerMm * 1000));
            m_image.fill(Qt::white);
            QPainter page(&m_image);
            page.setRenderHint(QPainter::Antialiasing);
            printing::paintReceipt(page, QRectF(QPointF(0, 0), QSizeF(size)), *m_data);
            page.end();
            m_image.setDevicePixelRatio(ratio);
        }
        const QSizeF shown = QSizeF(size) / ratio;
        painter.drawImage(QPointF((width() - shown.width()) / 2, (height() - shown.height()) / 2), m_image);
    }

private:
    std::optional<printing::ReceiptData> m_data;
    QImage m_image; // the rendered page, kept while the size and the data stay the same
};

ReceiptPage::ReceiptPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_serial(new QLineEdit(this))
    , m_find(new QPushButton(tr("Find"), this))
    , m_count(new QLabel(this))
    , m_preview(new ReceiptPreview(this))
    , m_reprint(new QPushButton(tr("Reprint"), this))
    , m_status(new QLabel(this))
    , m_receipt(new ReceiptBar(printer, this))
    , m_operation(new client::ops::Operation(core->outbox(), this))
{
    setObjectName(u"receiptPage"_qs);
    m_serial->setObjectName(u"receiptLookupSerial"_qs);
    m_serial->setPlaceholderText(tr("YW + 16 digits, or scan the receipt's QR code"));
    m_serial->setMaxLength(200); // a scanned code may carry more than the serial
    m_find->setObjectName(u"receiptFind"_qs);
    m_count->setObjectName(u"receiptReprints"_qs);
    m_reprint->setObjectName(u"receiptReprint"_qs);
    m_reprint->setAutoDefault(true); // Enter on the focused button reprints
    m_status->setObjectName(u"receiptStatus"_qs);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_receipt->setObjectName(u"receiptReprintBar"_qs);

    // Room for the placeholder; a scanned code longer than that scrolls inside the field.
    fitToChars(m_serial, 44);
    auto *search = new QHBoxLayout;
    search->addWidget(m_serial);
    search->addWidget(m_find);
    search->addStretch(1);
    auto *form = new QFormLayout;
    // At 200 % a label goes above its field rather than widening the page.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Business serial number:"), search);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(search)))
        label->setBuddy(m_serial);
    m_serial->setAccessibleName(tr("Business serial number"));
    form->addRow(tr("Reprints:"), m_count);
    auto *actions = new QVBoxLayout;
    actions->addWidget(m_reprint, 0, Qt::AlignLeft);
    actions->addWidget(m_receipt);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A reprint is counted and audited, and says so on the paper. Type the "
                                "serial or scan the QR code of the receipt."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addLayout(actions);
    layout->addWidget(m_preview, 1);

    connect(m_serial, &QLineEdit::returnPressed, this, &ReceiptPage::lookup);
    connect(m_find, &QPushButton::clicked, this, &ReceiptPage::lookup);
    connect(m_reprint, &QPushButton::clicked, this, &ReceiptPage::reprint);
    connect(m_operation, &client::ops::Operation::status, this, &ReceiptPage::setStatus);
    connect(m_operation, &client::ops::Operation::succeeded, this, &ReceiptPage::onReprinted);
    connect(m_operation, &client::ops::Operation::failed, this, [this](const QString &message) {
        setStatus(message, true);
        emit reprintFailed();
    });
    reset();
}

QString ReceiptPage::serialFromInput(const QString &input)
{
    static const QRegularExpression serial(u"(?<![0-9A-Z])YW[0-9]{16}(?![0-9])"_qs);
    const auto m = serial.match(text::normalizeCode(input));
    return m.hasMatch() ? m.captured(0) : QString();
}

QString ReceiptPage::statusText() const
{
    return m_status->text();
}

QString ReceiptPage::countText() const
{
    return m_count->text();
}

printing::ReceiptData ReceiptPage::previewData() const
{
    return m_preview->data().value_or(printing::ReceiptData{});
}

void ReceiptPage::setStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? u"color: #b00020;"_qs : QString());
    m_status->setText(text);
}

void ReceiptPage::reset()
{
    m_serial->clear();
    m_count->clear();
    m_status->clear();
    m_preview->setData(std::nullopt);
    m_receipt->clear();
    m_reprint->setEnabled(false);
    m_requested.clear();
    m_shown = {};
    m_reprints = 0;
    m_operation->forget();
}

void ReceiptPage::lookup()
{
    const QString serial = serialFromInput(m_serial->text());
    if (serial.isEmpty()) {
        setStatus(errortext::describe(makeError(u"serial.format"_qs, u"serial"_qs)), true);
        m_serial->selectAll();
        m_serial->setFocus();
        return;
    }
    m_serial->setText(serial);
    m_requested = serial;
    m_shown = {};
    m_count->clear();
    m_preview->setData(std::nullopt);
    m_receipt->clear();
    m_reprint->setEnabled(false);
    setStatus(tr("Loading…"), false);
    client::api::receipts::fetch(m_core->api(), serial, this,
                                 [this, serial](const client::api::Reply<client::api::ReceiptRecord> &reply) {
                                     onReceipt(serial, reply);
                                 });
}

void ReceiptPage::onReceipt(const QString &serial,
                            const client::api::Reply<client::api::ReceiptRecord> &reply)
{
    if (serial != m_requested)
        return; // another serial was scanned meanwhile
    m_requested.clear();
    if (!reply.ok()) {
        setStatus(reply.message, true);
        m_serial->selectAll();
        m_serial->setFocus();
        emit loaded(false);
        return;
    }
    m_shown = reply.value().receipt;
    m_preview->setData(ReceiptBar::printData(m_shown, m_training));
    showCount(reply.value().reprints, reply.value().lastReprintAt);
    m_status->clear();
    m_reprint->setEnabled(true);
    m_reprint->setFocus();
    emit loaded(true);
}

void ReceiptPage::showCount(qint64 reprints, const QDateTime &at)
{
    m_reprints = int(reprints);
    m_count->setText(reprints == 0 || !at.isValid()
                         ? tr("Reprinted %n time(s)", nullptr, int(reprints))
                         : tr("Reprinted %n time(s), last on %1", nullptr, int(reprints))
                               .arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)));
}

void ReceiptPage::reprint()
{
    if (m_operation->isPending()) {
        // A double click, or a retry: the same operation with the same id, never a second reprint.
        m_operation->resend();
        return;
    }
    const QString serial = m_shown.serial;
    if (serial.isEmpty())
        return;
    // Offline it is queued: counted and printed once the outbox has delivered it.
    const auto mode =
        m_core->isOnline() ? client::ops::Operation::Mode::Interactive : client::ops::Operation::Mode::Queued;
    if (m_operation->start(client::api::receipts::reprint(serial, tr("Receipt reprint")), mode))
        m_receipt->clear();
}

void ReceiptPage::onReprinted(const client::ops::Outcome &outcome)
{
    const auto reprint = outcome.as<client::api::ReceiptReprint>();
    if (!reprint) {
        setStatus(client::usertext::describe(reprint.error()), true);
        emit reprintFailed();
        return;
    }
    const int number = reprint->reprintNumber;
    m_shown = reprint->receipt;
    showCount(number, reprint->reprintedAt);
    m_preview->setData(ReceiptBar::printData(m_shown, m_training, number));
    m_receipt->setReceipt(m_shown, m_training, number);
    setStatus(tr("Reprint %1 of %2 recorded; print it or save it as PDF").arg(number).arg(m_shown.serial),
              false);
    emit reprinted(number);
}

void ReceiptPage::showSerial(const QString &serial)
{
    m_serial->setText(serial);
    lookup();
}

PageDescriptor ReceiptPage::descriptor()
{
    return {.code = u"2006"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Receipt reprint"),
            .permission = u"receipts.reprint"_qs,
            .shortcut = QKeySequence(Qt::ALT | Qt::Key_6),
            .guideAnchor = u"六回单"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new ReceiptPage(context.core(), context.printer(), parent);
                page->setFocusProxy(page->serialEdit());
                connect(&context, &PageContext::trainingChanged, page, &ReceiptPage::setTrainingMode);
                page->setTrainingMode(context.isTraining()); // a page built after the mode was set
                resetOnSignOut(context, page);
                return page;
            },
            .receive = receiveWith(&ReceiptPage::showSerial)};
}

} // namespace hpf::ui
