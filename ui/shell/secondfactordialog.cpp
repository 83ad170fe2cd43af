#include "shell/secondfactordialog.h"

#include "qrsymbol.h"
#include "session/session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hpf::ui {

namespace {

// Whole pixels per module and the quiet zone, without smoothing, so phones read it at once.
QPixmap qrPixmap(const QString &text)
{
    auto symbol = printing::QrSymbol::encodeText(text, printing::QrSymbol::Level::M);
    if (!symbol)
        return {};
    constexpr int kModule = 5;
    const int side = (symbol->size() + 2 * printing::QrSymbol::kQuietZoneModules) * kModule;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    for (int y = 0; y < symbol->size(); ++y) {
        for (int x = 0; x < symbol->size(); ++x) {
            if (symbol->isDark(x, y))
                p.fillRect((x + printing::QrSymbol::kQuietZoneModules) * kModule,
                           (y + printing::QrSymbol::kQuietZoneModules) * kModule, kModule, kModule,
                           Qt::black);
        }
    }
    p.end();
    return QPixmap::fromImage(image);
}

} // namespace

SecondFactorDialog::SecondFactorDialog(client::Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_qr(new QLabel(this))
    , m_secret(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_confirm(new QPushButton(tr("Confirm"), this))
    , m_recovery(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_done(new QPushButton(tr("I have saved the recovery codes"), this))
{
    setWindowTitle(tr("Set up two-step verification"));
    setObjectName(u"secondFactorDialog"_qs);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Your role signs in with two-step verification. Scan the QR code with an "
                        "authenticator app on your phone (or type the key in), then enter the 6-digit "
                        "code it shows."));
    m_qr->setObjectName(u"qr"_qs);
    m_qr->setAlignment(Qt::AlignCenter);
    m_secret->setObjectName(u"secret"_qs);
    m_secret->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setObjectName(u"code"_qs);
    m_code->setMaxLength(6);
    m_code->setInputMask(QString());
    m_confirm->setObjectName(u"confirm"_qs);
    m_recovery->setObjectName(u"recoveryCodes"_qs);
    m_recovery->setReadOnly(true);
    m_recovery->hide();
    m_message->setObjectName(u"message"_qs);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020;"_qs);
    m_done->setObjectName(u"done"_qs);
    m_done->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Key:"), m_secret);
    form->addRow(tr("Code:"), m_code);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_confirm, QDialogButtonBox::ActionRole);
    buttons->addButton(m_done, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    // Enter in the code field confirms (returnPressed below); no button is a default one that
    // Enter could press instead (Cancel would end the enrolment-only session).
    for (QAbstractButton *b : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(b))
            push->setAutoDefault(false);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_qr);
    layout->addLayout(form);
    layout->addWidget(m_recovery);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_confirm, &QPushButton::clicked, this, &SecondFactorDialog::confirm);
    connect(m_code, &QLineEdit::returnPressed, this, &SecondFactorDialog::confirm);
    connect(m_done, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_session, &client::Session::enrolmentStarted, this, &SecondFactorDialog::showSecret);
    connect(m_session, &client::Session::enrolmentConfirmed, this, &SecondFactorDialog::showRecoveryCodes);
    connect(m_session, &client::Session::enrolmentFailed, this,
            [this](const QString &, const QString &message) {
                m_confirm->setEnabled(!m_uri.isEmpty());
                m_code->clear();
                m_code->setFocus();
                m_message->setText(message);
            });
}

void SecondFactorDialog::start()
{
    m_confirm->setEnabled(false);
    m_session->startEnrolment();
}

void SecondFactorDialog::accept()
{
    // Only once the recovery codes were shown: Enter in the code field must not finish it early.
    if (m_recoveryCodes.isEmpty())
        return;
    QDialog::accept();
}

QString SecondFactorDialog::message() const
{
    return m_message->text();
}

void SecondFactorDialog::showSecret(const QString &uri, const QString &secret)
{
    m_uri = uri;
    m_qr->setPixmap(qrPixmap(uri));
    // Groups of four are easier to type into an app.
    QString grouped;
    for (qsizetype i = 0; i < secret.size(); i += 4)
        grouped += (grouped.isEmpty() ? QString() : u" "_qs) + secret.mid(i, 4);
    m_secret->setText(grouped);
    m_confirm->setEnabled(true);
    m_code->setFocus();
}

void SecondFactorDialog::confirm()
{
    if (!m_confirm->isEnabled() || m_code->text().trimmed().size() != 6) {
        m_message->setText(tr("Enter the 6-digit code the app shows"));
        return;
    }
    m_message->clear();
    m_confirm->setEnabled(false);
    m_session->confirmEnrolment(m_code->text().trimmed());
}

void SecondFactorDialog::showRecoveryCodes(const QStringList &codes)
{
    m_recoveryCodes = codes;
    m_intro->setText(tr("Two-step verification is set up. Keep these recovery codes in a safe place: "
                        "each signs you in once if the phone is lost. They are not shown again."));
    m_qr->clear();
    m_qr->hide();
    m_secret->clear();
    m_code->setEnabled(false);
    m_confirm->hide();
    m_recovery->setPlainText(codes.join(u'\n'));
    m_recovery->show();
    m_done->show();
    m_done->setFocus();
}

} // namespace hpf::ui
