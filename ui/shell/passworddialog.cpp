#include "shell/passworddialog.h"

#include "session/session.h"
#include "widgets/formnavigator.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hpf::ui {

PasswordDialog::PasswordDialog(client::Session *session, bool required, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_current(new QLineEdit(this))
    , m_new(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_change(new QPushButton(tr("Change password"), this))
{
    setWindowTitle(tr("Change password"));
    setObjectName(u"passwordDialog"_qs);
    for (QLineEdit *e : {m_current, m_new, m_repeat}) {
        e->setEchoMode(QLineEdit::Password);
        e->setMaxLength(256);
    }
    m_current->setObjectName(u"current"_qs);
    m_new->setObjectName(u"new"_qs);
    m_repeat->setObjectName(u"repeat"_qs);
    m_message->setObjectName(u"message"_qs);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020;"_qs);
    auto *intro = new QLabel(
        required
            ? tr("Your password has expired or was reset by an administrator: choose a new one to go on.")
            : tr("Choose a new password."),
        this);
    intro->setWordWrap(true);
    auto *rules = new QLabel(tr("At least 10 characters with three kinds of characters (lower case, upper "
                                "case, digits, Chinese characters, symbols); not your user id, not a common "
                                "password, none of your last 5 passwords."),
                             this);
    rules->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Current password:"), m_current);
    form->addRow(tr("New password:"), m_new);
    form->addRow(tr("Repeat new password:"), m_repeat);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_change, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    // Enter submits through the form navigator only; Cancel is never a default button.
    for (QAbstractButton *b : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(b))
            push->setAutoDefault(false);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(rules);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    auto *nav = new FormNavigator({m_current, m_new, m_repeat}, this);
    connect(nav, &FormNavigator::submitRequested, this, &PasswordDialog::submit);
    connect(m_change, &QPushButton::clicked, this, &PasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_session, &client::Session::passwordChanged, this, &QDialog::accept);
    connect(m_session, &client::Session::passwordChangeFailed, this,
            [this](const QString &code, const QString &message) {
                m_change->setEnabled(true);
                m_message->setText(message);
                (code == u"auth.invalid_credentials" ? m_current : m_new)->setFocus();
            });
}

QString PasswordDialog::message() const
{
    return m_message->text();
}

void PasswordDialog::submit()
{
    if (!m_change->isEnabled())
        return;
    if (m_current->text().isEmpty() || m_new->text().isEmpty()) {
        m_message->setText(tr("Enter the current and the new password"));
        return;
    }
    if (m_new->text() != m_repeat->text()) {
        m_message->setText(tr("The two new passwords differ"));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    m_message->clear();
    m_change->setEnabled(false);
    m_session->changePassword(m_current->text(), m_new->text());
}

} // namespace hpf::ui
