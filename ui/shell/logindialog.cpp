#include "shell/logindialog.h"

#include "session/session.h"
#include "session/usertext.h"
#include "shell/passworddialog.h"
#include "shell/secondfactordialog.h"
#include "widgets/formnavigator.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hpf::ui {

LoginDialog::LoginDialog(client::Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_server(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_codeLabel(new QLabel(tr("Verification code:"), this))
    , m_code(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_signIn(new QPushButton(tr("Sign in"), this))
{
    setWindowTitle(tr("Sign in to HPF Counter"));
    setObjectName(u"loginDialog"_qs);
    m_user->setObjectName(u"user"_qs);
    m_password->setObjectName(u"password"_qs);
    m_password->setEchoMode(QLineEdit::Password);
    m_user->setMaxLength(64);
    m_password->setMaxLength(256);
    m_code->setObjectName(u"code"_qs);
    m_code->setMaxLength(16);
    m_code->setPlaceholderText(tr("6 digits, or a recovery code"));
    m_message->setObjectName(u"message"_qs);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(u"color: #b00020;"_qs);
    m_server->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("User id:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(m_codeLabel, m_code);
    showCodeRow(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(false);
    m_signIn->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // never smaller than its labels need
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    auto *nav = new FormNavigator({m_user, m_password, m_code}, this);
    connect(nav, &FormNavigator::submitRequested, this, &LoginDialog::submit);
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_user, &QLineEdit::textChanged, this, &LoginDialog::updateButton);
    connect(m_session, &client::Session::signInFailed, this, &LoginDialog::onFailed);
    connect(m_session, &client::Session::signedIn, this, [this] {
        m_password->clear();
        m_code->clear();
        showCodeRow(false);
        m_message->clear();
        if (m_step) {
            m_step->deleteLater();
            m_step = nullptr;
        }
        accept();
    });
    connect(m_session, &client::Session::stepRequired, this, &LoginDialog::onStepRequired);
    connect(m_session, &client::Session::stateChanged, this, &LoginDialog::updateButton);
    updateButton();
    fitToTexts();
}

void LoginDialog::fitToTexts()
{
    if (!layout())
        return; // still being built
    // Room for a server name and a message on a line or two at any font scale.
    setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    layout()->invalidate();
    layout()->activate();
    adjustSize();
}

void LoginDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitToTexts();
}

void LoginDialog::setServerDescription(const QString &text)
{
    m_server->setText(text);
    fitToTexts();
}

void LoginDialog::setUser(const QString &user)
{
    // While the code is asked for, the user id and password typed stay (the shell shows the
    // dialog again after every refused attempt).
    if (!m_code->isHidden()) {
        m_code->setFocus();
        return;
    }
    m_user->setText(user);
    (user.isEmpty() ? m_user : m_password)->setFocus();
}

void LoginDialog::setServerReady(bool ready)
{
    m_serverReady = ready;
    updateButton();
}

QString LoginDialog::message() const
{
    return m_message->text();
}

void LoginDialog::updateButton()
{
    const bool busy = m_session->state() == client::Session::State::SigningIn;
    m_signIn->setEnabled(m_serverReady && !busy && !m_user->text().trimmed().isEmpty());
    m_signIn->setText(busy ? tr("Signing in…") : tr("Sign in"));
}

void LoginDialog::submit()
{
    if (!m_signIn->isEnabled())
        return;
    if (m_password->text().isEmpty()) {
        m_message->setText(tr("Enter the password"));
        fitToTexts();
        m_password->setFocus();
        return;
    }
    m_message->clear();
    m_submittedUser = m_user->text();
    m_session->signIn(m_user->text(), m_password->text(), m_code->isHidden() ? QString() : m_code->text());
}

void LoginDialog::showCodeRow(bool show)
{
    m_codeLabel->setVisible(show);
    m_code->setVisible(show);
    fitToTexts();
}

void LoginDialog::onFailed(const client::ApiResponse &response)
{
    m_message->setText(client::usertext::describeFailure(response));
    fitToTexts();
    const QString code = response.problem.code;
    if (code == u"auth.otp_required" || code == u"auth.otp_invalid") {
        // The password was right: keep it and the user id (the shell may have put the last user
        // back meanwhile), ask for the code.
        m_user->setText(m_submittedUser);
        showCodeRow(true);
        m_code->clear();
        m_code->setFocus();
        return;
    }
    showCodeRow(false);
    m_code->clear();
    m_password->clear();
    m_password->setFocus();
}

void LoginDialog::onStepRequired(const QString &scope)
{
    if (m_step)
        m_step->deleteLater();
    if (scope == u"enrol") {
        auto *dialog = new SecondFactorDialog(m_session, this);
        m_step = dialog;
        dialog->start();
    } else {
        m_step = new PasswordDialog(m_session, true, this);
    }
    m_step->setWindowModality(Qt::WindowModal);
    // Done: signed in (or the next step). Cancelled: the limited session is of no use; sign out.
    connect(m_step, &QDialog::accepted, m_session, &client::Session::completeSignIn);
    connect(m_step, &QDialog::rejected, m_session, &client::Session::signOut);
    m_step->open();
}

} // namespace hpf::ui
