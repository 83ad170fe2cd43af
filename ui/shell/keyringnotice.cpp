#include "shell/keyringnotice.h"

#include <QDBusConnection>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QVBoxLayout>

namespace hpf::ui {

namespace {
Q_LOGGING_CATEGORY(lcKeyring, "hpf.ui.keyring")
constexpr int kTimeoutMs = 3000;
} // namespace

KeyringProbe::KeyringProbe(QObject *parent)
    : QObject(parent)
{}

void KeyringProbe::start(const QString &service)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCInfo(lcKeyring) << "no session bus";
        QMetaObject::invokeMethod(
            this, [this] { emit finished(State::NoService); }, Qt::QueuedConnection);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(service, u"/org/freedesktop/secrets"_qs,
                                                       u"org.freedesktop.Secret.Service"_qs, u"ReadAlias"_qs);
    call << u"default"_qs;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, kTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *w;
        State state = State::Unknown;
        if (reply.isError()) {
            const QDBusError::ErrorType type = reply.error().type();
            if (type == QDBusError::ServiceUnknown || type == QDBusError::NoServer)
                state = State::NoService;
            qCInfo(lcKeyring) << "secret service:" << reply.error().name();
        } else {
            state = reply.value().path() == u"/" ? State::NoDefaultCollection : State::Ready;
        }
        qCInfo(lcKeyring) << "keyring" << state;
        emit finished(state);
    });
}

KeyringNotice::KeyringNotice(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"keyringNotice"_qs);
    setWindowTitle(tr("Keyring for your sign-in"));
    m_text = tr("This computer has no keyring yet. HPF Counter keeps your sign-in, the key of its local "
                "cache and unsent operations in the system keyring, encrypted, so that nothing of it lies "
                "readable on the disk.\n\nThe system will now ask you to choose a password for a new "
                "keyring (the window may be in English: \"Choose password for new keyring\"). Choose one "
                "you will remember: the keyring asks for it again when it is locked. If you cancel, the "
                "client still works but remembers nothing after it is closed.");
    auto *label = new QLabel(m_text, this);
    label->setObjectName(u"keyringNoticeText"_qs);
    label->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(label);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QString KeyringNotice::text() const
{
    return m_text;
}

} // namespace hpf::ui
