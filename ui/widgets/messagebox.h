#pragma once

#include <QMessageBox>
#include <functional>
#include <optional>

namespace hpf::ui {

// Message boxes without nested event loops: the box is opened window-modal and the answer arrives
// in a callback. Tests queue answers with setNextAnswer(); a queued answer is delivered (from the
// event loop) without showing anything, and the question is recorded for the test to check.
class MessageBox
{
public:
    using Callback = std::function<void(QMessageBox::StandardButton)>;

    static void ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                    Callback callback = {});
    static void inform(QWidget *parent, const QString &title, const QString &text);
    static void warn(QWidget *parent, const QString &title, const QString &text, const QString &details = {});

    // Test seam.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setAutoAnswer(std::optional<QMessageBox::StandardButton> answer);
    static QString lastText();
};

} // namespace hpf::ui
