#include "shell/grantdialog.h"

#include "ops/operation.h"
#include "session/session.h"
#include "session/usertext.h"
#include "widgets/formnavigator.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hpf::ui {

GrantDialog::GrantDialog(client::Session *session, client::ops::Operation *operation, const QString &summary,
                         QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_operation(operation)
    , m_summary(summary)
    , m_summaryLabel(new QLabel(this))
    , m_supervisor(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_code(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_authorise(new QPushButton(tr("Authorise"), this))
{
    setObjectName(u"grantDialog"_qs);
    setWindowTitle(tr("Supervisor authorisation"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_summaryLabel->setText(tr("Operation to authorise:\n%1").arg(summary));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setStyleSheet(u"font-weight: bold; padding: 6px; border: 1px solid #888;"_qs);
    m_password->setEchoMode(QLineEdit::Password);
    m_code->setObjectName(u"supervisorCode"_qs);
    m_code->setMaxLength(16);
    m_code->setPlaceholderText(tr("when the supervisor uses two-step verification"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020;"_qs);

    auto *form = new QFormLayout;
    form->addRow(tr("Supervisor id:"), m_supervisor);
    form->addRow(tr("Supervisor password:"), m_password);
    form->addRow(tr("Verification code:"), m_code);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_authorise, QDialogButtonBox::AcceptRole);
    m_authorise->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    // Enter in the password submits as before; a supervisor with two-step verification types the
    // code too (Enter there submits as well).
    auto *nav = new FormNavigator({m_supervisor, m_password}, this);
    connect(m_code, &QLineEdit::returnPressed, this, &GrantDialog::submit);
    connect(nav, &FormNavigator::submitRequested, this, &GrantDialog::submit);
    connect(m_authorise, &QPushButton::clicked, this, &GrantDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_session, &client::Session::grantFinished, this,
            [this](bool ok, const QString &grant, const client::ApiResponse &r) {
                if (!m_waiting)
                    return;
                m_waiting = false;
                m_authorise->setEnabled(true);
                if (!ok) {
                    m_password->clear();
                    m_code->clear();
                    m_message->setText(client::usertext::describeFailure(r));
                    return;
                }
                m_operation->setGrant(grant);
                emit granted(m_supervisor->text().trimmed());
                accept();
            });
}

QString GrantDialog::summaryText() const
{
    return m_summaryLabel->text();
}

QString GrantDialog::message() const
{
    return m_message->text();
}

void GrantDialog::submit()
{
    if (m_waiting || m_supervisor->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        if (!m_waiting)
            m_message->setText(tr("The supervisor enters id and password"));
        return;
    }
    m_waiting = true;
    m_authorise->setEnabled(false);
    m_message->clear();
    m_session->requestGrant(m_operation->grantRequest(m_supervisor->text(), m_password->text(), m_summary),
                            m_code->text().trimmed());
    m_password->clear();
    m_code->clear();
}

} // namespace hpf::ui
