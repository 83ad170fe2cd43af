#include "certificates/certificateverifypage.h"

#include "certs/codereader.h"
#include "clientcore.h"
#include "domain/errortext.h"
#include "domain/money.h"
#include "shell/pageregistry.h"
#include "transfer/wrappedlabel.h"
#include "widgets/formsection.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace hpf::ui {

using client::CertificateBanner;

namespace {

struct BannerStyle
{
    const char16_t *background;
    const char16_t *foreground;
};

BannerStyle styleFor(CertificateBanner banner)
{
    switch (banner) {
    case CertificateBanner::Valid:
        return {u"#2e7d32", u"white"};
    case CertificateBanner::Invalid:
        return {u"#c62828", u"white"};
    case CertificateBanner::Expired:
        return {u"#e65100", u"white"};
    case CertificateBanner::Revoked:
        return {u"#8e0000", u"white"};
    case CertificateBanner::Superseded:
        return {u"#6a1b9a", u"white"};
    case CertificateBanner::ValidStatusUnknown:
        return {u"#f9a825", u"black"};
    case CertificateBanner::CannotVerify:
        return {u"#616161", u"white"};
    }
    return {u"#616161", u"white"};
}

QString bannerName(CertificateBanner banner)
{
    switch (banner) {
    case CertificateBanner::Valid:
        return u"valid"_qs;
    case CertificateBanner::Invalid:
        return u"invalid"_qs;
    case CertificateBanner::Expired:
        return u"expired"_qs;
    case CertificateBanner::Revoked:
        return u"revoked"_qs;
    case CertificateBanner::Superseded:
        return u"superseded"_qs;
    case CertificateBanner::ValidStatusUnknown:
        return u"valid-status-unknown"_qs;
    case CertificateBanner::CannotVerify:
        return u"cannot-verify"_qs;
    }
    return {};
}

} // namespace

CertificateVerifyPage::CertificateVerifyPage(client::ClientCore *core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_input(new QLineEdit(this))
    , m_open(new QPushButton(tr("Open image or PDF…"), this))
    , m_banner(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_status(new QLabel(this))
    , m_fields(new QTableWidget(0, 2, this))
{
    setObjectName(u"certificateVerifyPage"_qs);
    m_input->setObjectName(u"verifyInput"_qs);
    m_input->setPlaceholderText(tr("Scan the QR code, or paste its text (HPF1:…), and press Enter"));
    m_input->setMaxLength(4000);
    m_input->setClearButtonEnabled(true);
    m_open->setObjectName(u"verifyOpenFile"_qs);
    m_banner->setObjectName(u"verifyBanner"_qs);
    m_banner->setWordWrap(true);
    m_banner->setMinimumHeight(56);
    m_banner->setAlignment(Qt::AlignCenter);
    QFont big = m_banner->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_banner->setFont(big);
    m_detail->setObjectName(u"verifyDetail"_qs);
    m_detail->setWordWrap(true);
    m_status->setObjectName(u"verifyStatus"_qs);
    m_status->setWordWrap(true);
    m_fields->setObjectName(u"verifyFields"_qs);
    m_fields->setAccessibleName(tr("What the certificate says"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *row = new QHBoxLayout;
    row->addWidget(buddyLabel(tr("C&ode:"), m_input, this));
    row->addWidget(m_input, 1);
    row->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrappedLabel(tr("Verify a certificate: the signature is checked on this computer, then "
                                      "the center is asked whether the certificate is still valid."),
                                   this));
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_banner);
    layout->addWidget(m_detail);
    layout->addWidget(m_fields, 1);

    connect(m_input, &QLineEdit::returnPressed, this, &CertificateVerifyPage::onScanned);
    connect(m_open, &QPushButton::clicked, this, &CertificateVerifyPage::openFile);
    connect(&m_reading, &QFutureWatcher<FileRead>::finished, this, &CertificateVerifyPage::onFileRead);
    reset();
}

CertificateVerifyPage::~CertificateVerifyPage()
{
    m_reading.waitForFinished(); // a file being decoded reports to this page
}

QString CertificateVerifyPage::bannerText() const
{
    return m_banner->text();
}

QFileDialog *CertificateVerifyPage::fileDialog() const
{
    return m_dialog.data();
}

QString CertificateVerifyPage::statusText() const
{
    return m_status->text();
}

QString CertificateVerifyPage::fieldValue(const QString &label) const
{
    for (int r = 0; r < m_fields->rowCount(); ++r) {
        if (m_fields->item(r, 0)->text() == label)
            return m_fields->item(r, 1)->text();
    }
    return {};
}

void CertificateVerifyPage::reset()
{
    delete m_verifier;
    m_dropFileRead = m_reading.isRunning();
    m_input->clear();
    m_status->clear();
    m_banner->clear();
    m_banner->setProperty("outcome", QString());
    m_banner->hide();
    m_detail->clear();
    m_fields->setRowCount(0);
    m_outcome = {};
}

void CertificateVerifyPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_input->setFocus();
    // Keep the cached trust list fresh (at least daily) while the server is reachable.
    const QDateTime now = m_core->clock().now();
    if (m_core->isOnline() && (!m_trustRefreshedAt.isValid() || m_trustRefreshedAt.secsTo(now) > 6 * 3600)) {
        auto *refresher =
            new client::CertificateVerifier(m_core->api(), m_core->referenceCache(), m_core->clock(), this);
        connect(refresher, &client::CertificateVerifier::trustListRefreshed, this,
                [this, refresher, now](bool ok) {
                    if (ok)
                        m_trustRefreshedAt = now;
                    refresher->deleteLater();
                });
        refresher->refreshTrustList();
    }
}

void CertificateVerifyPage::onScanned()
{
    const QString code = client::CodeReader::cleanTypedInput(m_input->text());
    // Cleared at once, so the next scan does not land behind this one.
    m_input->clear();
    if (!code.isEmpty())
        verifyCode(code);
}

void CertificateVerifyPage::showBusy(const QString &text)
{
    m_banner->hide();
    m_banner->setProperty("outcome", QString());
    m_detail->clear();
    m_fields->setRowCount(0);
    m_status->setText(text);
}

void CertificateVerifyPage::verifyCode(const QString &code)
{
    // One verifier per code: a late answer for an earlier code can never overwrite this one.
    delete m_verifier;
    m_verifier =
        new client::CertificateVerifier(m_core->api(), m_core->referenceCache(), m_core->clock(), this);
    connect(m_verifier, &client::CertificateVerifier::offlineChecked, this,
            [this](const client::CertificateOutcome &o) { showOutcome(o, false); });
    connect(m_verifier, &client::CertificateVerifier::finished, this,
            [this](const client::CertificateOutcome &o) { showOutcome(o, true); });
    showBusy(tr("Verifying…"));
    m_verifier->verify(code);
}

void CertificateVerifyPage::openFile()
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    m_dialog = new QFileDialog(this, tr("Open a photo, scan or PDF of the certificate"));
    m_dialog->setObjectName(u"verifyFileDialog"_qs);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setFileMode(QFileDialog::ExistingFile);
    m_dialog->setNameFilters(
        {tr("Images and PDF (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.pdf)"), tr("All files (*)")});
    m_dialog->setOption(QFileDialog::DontUseNativeDialog); // never a nested event loop
    connect(m_dialog, &QFileDialog::fileSelected, this, &CertificateVerifyPage::verifyFile);
    m_dialog->open();
}

void CertificateVerifyPage::verifyFile(const QString &path)
{
    if (m_reading.isRunning())
        return;
    m_dropFileRead = false;
    delete m_verifier;
    showBusy(tr("Reading the code from %1…").arg(QDir::toNativeSeparators(path)));
    // Decoding (and rasterising a PDF) takes a moment: never on the GUI thread.
    m_reading.setFuture(QtConcurrent::run([path] {
        FileRead read;
        auto code = client::CodeReader::readFile(path);
        if (code)
            read.code = *code;
        else
            read.error = code.error();
        return read;
    }));
}

void CertificateVerifyPage::onFileRead()
{
    if (std::exchange(m_dropFileRead, false))
        return; // read for a session that has ended
    const FileRead read = m_reading.result();
    if (read.error) {
        const QString message = tr("No code could be read: %1").arg(errortext::message(read.error->code));
        m_status->setText(message);
        emit fileUnreadable(message);
        return;
    }
    verifyCode(read.code);
}

QString CertificateVerifyPage::failedStepName(const QString &step)
{
    if (step == u"cert.prefix")
        return tr("not our format");
    if (step == u"cert.base45" || step == u"cert.cbor" || step == u"cert.too_large")
        return tr("damaged");
    if (step == u"cert.version")
        return tr("unknown format version");
    if (step == u"cert.unknown_kid")
        return tr("unknown key");
    if (step == u"cert.signature")
        return tr("bad signature");
    if (step == u"cert.key_period")
        return tr("signed outside the key's validity");
    if (step == u"cert.not_yet_valid")
        return tr("issued in the future");
    if (step == u"cert.not_found")
        return tr("unknown to the center");
    return step;
}

QString CertificateVerifyPage::bannerTitle(const client::CertificateOutcome &o)
{
    switch (o.banner) {
    case CertificateBanner::Valid:
        return tr("VALID — genuine, and the center confirms it is valid");
    case CertificateBanner::Invalid:
        return tr("INVALID — %1").arg(failedStepName(o.failedStep));
    case CertificateBanner::Expired:
        return tr("EXPIRED — no longer valid");
    case CertificateBanner::Revoked:
        return tr("REVOKED — the center has revoked this certificate");
    case CertificateBanner::Superseded:
        return tr("SUPERSEDED — replaced by a newer certificate");
    case CertificateBanner::ValidStatusUnknown:
        return tr("SIGNATURE VALID, STATUS UNKNOWN (offline)");
    case CertificateBanner::CannotVerify:
        return tr("CANNOT VERIFY");
    }
    return {};
}

void CertificateVerifyPage::showOutcome(const client::CertificateOutcome &o, bool final)
{
    m_outcome = o;
    m_fields->setRowCount(0);
    const auto addRow = [this](const QString &label, const QString &value) {
        const int r = m_fields->rowCount();
        m_fields->insertRow(r);
        m_fields->setItem(r, 0, new QTableWidgetItem(label));
        m_fields->setItem(r, 1, new QTableWidgetItem(value));
    };
    if (!o.number.isEmpty())
        addRow(tr("Certificate number"), o.number);
    if (!o.title.isEmpty())
        addRow(tr("Certificate"), o.title);
    for (const crypto::DisplayField &f : o.fields) {
        QString value = f.value;
        if (f.amountFen) {
            if (auto upper = money::toChineseUpper(*f.amountFen))
                value = tr("%1 (%2)").arg(f.value, *upper);
        }
        addRow(f.label, value);
    }
    if (o.issuedAt.isValid())
        addRow(tr("Issued at"), o.issuedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_qs));
    if (o.expiresAt.isValid())
        addRow(tr("Valid until"), o.expiresAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_qs));
    m_fields->resizeColumnToContents(0);

    if (!final) { // signature checked here; the center's answer is on its way
        m_status->setText(tr("The signature is genuine; asking the center for the status…"));
        return;
    }
    m_status->clear();
    const BannerStyle style = styleFor(o.banner);
    m_banner->setStyleSheet(u"QLabel { background: %1; color: %2; padding: 8px; border-radius: 4px; }"_qs.arg(
        QString::fromUtf16(style.background), QString::fromUtf16(style.foreground)));
    QString title = bannerTitle(o);
    if (o.training)
        title += u"  "_qs + tr("[TRAINING certificate: not real]");
    m_banner->setText(title);
    m_banner->setProperty("outcome", bannerName(o.banner));
    m_banner->show();
    QString detail;
    switch (o.banner) {
    case CertificateBanner::Valid:
        detail = tr("Compare the fields below with the paper.");
        break;
    case CertificateBanner::Invalid:
        detail = errortext::message(o.failedStep) + u' ' + tr("Do not accept this certificate.");
        break;
    case CertificateBanner::Expired:
        detail = tr("Ask for a new certificate.");
        break;
    case CertificateBanner::Revoked:
        detail = tr("Do not accept this certificate.");
        break;
    case CertificateBanner::Superseded:
        detail = tr("Ask for the newest certificate; this one must not be used.");
        break;
    case CertificateBanner::ValidStatusUnknown:
        detail = tr("The code is genuine and not expired, but the center could not be asked whether it was "
                    "revoked or replaced. Verify again when the connection is back.");
        break;
    case CertificateBanner::CannotVerify:
        detail =
            tr("No list of the center's keys is stored on this computer and the server cannot be reached. "
               "Verify again when the connection is back.");
        break;
    }
    m_detail->setText(detail);
    emit verified(o);
}

PageDescriptor CertificateVerifyPage::descriptor()
{
    return {.code = u"4003"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Verify certificate"),
            .permission = u"desk.certificateVerify"_qs,
            .shortcut = QKeySequence(Qt::Key_F9),
            .guideAnchor = u"七证明亮码可办"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new CertificateVerifyPage(context.core(), parent);
                resetOnSignOut(context, page);
                return page;
            }};
}

} // namespace hpf::ui
