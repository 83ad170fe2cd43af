#include "widgets/messagebox.h"

#include <QPointer>
#include <QTimer>

namespace hpf::ui {

namespace {

std::optional<QMessageBox::StandardButton> g_nextAnswer;
std::optional<QMessageBox::StandardButton> g_autoAnswer;
QString g_lastText;

} // namespace

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

void MessageBox::setAutoAnswer(std::optional<QMessageBox::StandardButton> answer)
{
    g_autoAnswer = answer;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

void MessageBox::ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                     Callback callback)
{
    g_lastText = text;
    std::optional<QMessageBox::StandardButton> canned = g_nextAnswer ? g_nextAnswer : g_autoAnswer;
    g_nextAnswer.reset();
    if (canned) {
        const QMessageBox::StandardButton answer = *canned;
        QPointer<QWidget> guard(parent);
        QTimer::singleShot(0, parent, [callback, answer] {
            if (callback)
                callback(answer);
        });
        return;
    }
    auto *box = new QMessageBox(icon, title, text, buttons, parent);
    box->setDefaultButton(defaultButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QObject::connect(box, &QMessageBox::finished, box, [box, callback](int) {
        if (callback)
            callback(box->standardButton(box->clickedButton()));
    });
    box->open();
}

void MessageBox::inform(QWidget *parent, const QString &title, const QString &text)
{
    ask(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::warn(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    if (g_nextAnswer || g_autoAnswer || details.isEmpty()) {
        ask(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
        return;
    }
    g_lastText = text;
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setDetailedText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace hpf::ui
