#include "shell/lockoverlay.h"

#include "session/session.h"
#include "session/usertext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace hpf::ui {

LockOverlay::LockOverlay(client::Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_who(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_code(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_unlock(new QPushButton(tr("Unlock"), this))
    , m_signOut(new QPushButton(tr("Sign out"), this))
{
    setObjectName(u"lockOverlay"_qs);
    m_password->setObjectName(u"lockPassword"_qs);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaximumWidth(320);
    m_code->setObjectName(u"lockCode"_qs);
    m_code->setMaximumWidth(320);
    m_code->setMaxLength(16);
    m_code->setPlaceholderText(tr("Verification code"));
    m_code->hide();
    m_message->setStyleSheet(u"color: #ffd0d0;"_qs);
    m_who->setStyleSheet(u"color: white; font-size: 16pt;"_qs);
    auto *title = new QLabel(tr("The screen is locked"), this);
    title->setStyleSheet(u"color: white; font-size: 22pt; font-weight: bold;"_qs);

    auto *box = new QVBoxLayout;
    box->addStretch(2);
    box->addWidget(title, 0, Qt::AlignHCenter);
    box->addWidget(m_who, 0, Qt::AlignHCenter);
    box->addSpacing(12);
    box->addWidget(m_password, 0, Qt::AlignHCenter);
    box->addWidget(m_code, 0, Qt::AlignHCenter);
    box->addWidget(m_message, 0, Qt::AlignHCenter);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_unlock);
    buttons->addWidget(m_signOut);
    buttons->addStretch();
    box->addLayout(buttons);
    box->addStretch(3);
    setLayout(box);

    connect(m_unlock, &QPushButton::clicked, this, &LockOverlay::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &LockOverlay::submit);
    connect(m_code, &QLineEdit::returnPressed, this, &LockOverlay::submit);
    connect(m_signOut, &QPushButton::clicked, m_session, &client::Session::signOut);
    connect(m_session, &client::Session::unlockFailed, this, [this](const client::ApiResponse &r) {
        m_message->setText(client::usertext::describeFailure(r));
        if (r.problem.code == u"auth.otp_required" || r.problem.code == u"auth.otp_invalid") {
            m_code->clear();
            m_code->show();
            m_code->setFocus();
            return;
        }
        m_password->clear();
        m_password->setFocus();
    });
    parent->installEventFilter(this);
    hide();
}

QString LockOverlay::message() const
{
    return m_message->text();
}

void LockOverlay::activate()
{
    const client::UserInfo &user = m_session->user();
    m_who->setText(tr("%1 (%2) — enter your password to continue").arg(user.displayName, user.username));
    m_message->clear();
    m_password->clear();
    m_code->clear();
    m_code->hide();
    setGeometry(parentWidget()->rect());
    raise();
    show();
    m_password->setFocus();
}

void LockOverlay::submit()
{
    if (m_password->text().isEmpty())
        return;
    m_message->clear();
    m_session->unlock(m_password->text(), m_code->isVisible() ? m_code->text() : QString());
}

bool LockOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void LockOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(20, 40, 70)); // opaque: nothing personal shows through
}

} // namespace hpf::ui
