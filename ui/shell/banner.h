#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace hpf::ui {

// A coloured strip above the pages: offline, keychain unavailable, training server stopped,
// cache quarantined. Optional action button.
class Banner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error };

    explicit Banner(Kind kind, QWidget *parent = nullptr);
    void setText(const QString &text);
    QString text() const;
    void setAction(const QString &label); // empty hides the button
    QPushButton *actionButton() const { return m_action; }

signals:
    void actionTriggered();

private:
    QLabel *m_label;
    QPushButton *m_action;
};

} // namespace hpf::ui
