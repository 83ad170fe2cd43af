#pragma once

#include <QDialog>
#include <QObject>

namespace hpf::ui {

// Asks the desktop's secret service (org.freedesktop.secrets over D-Bus) whether it has a default
// collection (the keyring the client's secrets go to) without touching it: ReadAlias("default")
// answers "/" when there is none yet, and then the first store makes the service prompt for a new
// keyring's password. Asynchronous; finished() follows start() exactly once.
class KeyringProbe : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Ready,               // a default collection exists
        NoDefaultCollection, // the first store will ask for a new keyring's password
        NoService,           // no secret service (the client runs without remembering)
        Unknown,             // the service answered something else, or not in time
    };
    Q_ENUM(State)

    explicit KeyringProbe(QObject *parent = nullptr);
    // `service` is the bus name to ask (tests use one nobody owns).
    void start(const QString &service = QStringLiteral("org.freedesktop.secrets"));

signals:
    void finished(hpf::ui::KeyringProbe::State state);
};

// Said before the secret service's own (English) prompt on a desktop without a keyring yet: why
// the system is about to ask for a password, and what for. Opened window-modal with open().
class KeyringNotice : public QDialog
{
    Q_OBJECT
public:
    explicit KeyringNotice(QWidget *parent = nullptr);
    QString text() const;

private:
    QString m_text;
};

} // namespace hpf::ui
