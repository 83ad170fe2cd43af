#pragma once

#include "session/session.h"

#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>

namespace hpf::client {
class ClientCore;
} // namespace hpf::client

namespace hpf::ui {

class DocumentPrinter;

// What the shell offers a page: the data layer, the printer, the signed-in user, the training mode
// and a navigator to open another page by its transaction code with an argument (an account number,
// a unit account …). A page never knows the main window or another page's type.
class PageContext : public QObject
{
    Q_OBJECT
public:
    using Opener = std::function<bool(const QString &code, const QString &argument)>;

    PageContext(client::ClientCore *core, DocumentPrinter *printer, Opener opener, QObject *parent = nullptr);

    client::ClientCore *core() const { return m_core; }
    DocumentPrinter *printer() const { return m_printer; }
    const client::UserInfo &user() const { return m_user; }
    bool isSignedIn() const { return !m_user.username.isEmpty(); }
    bool isTraining() const { return m_training; }

    // Opens the page with this code, as the teller typing the code would, and hands it `argument`;
    // false (with a status message) when the code is unknown or the role may not open it.
    bool open(const QString &code, const QString &argument = {}) const;
    // Whether the signed-in role may open the page with this code.
    bool mayOpen(const QString &code) const;

    // Called by the shell.
    void setUser(const client::UserInfo &user);
    void setTraining(bool training);

signals:
    void userChanged(const hpf::client::UserInfo &user); // an empty user: signed out
    void trainingChanged(bool training);

private:
    client::ClientCore *m_core;
    DocumentPrinter *m_printer;
    Opener m_opener;
    client::UserInfo m_user;
    bool m_training = false;
};

// One business screen, declared in the page's own files (a static `descriptor()`), registered with
// one line in pagelist.cpp. The main window, the navigation, the code box, the shortcuts, the role
// filter and the help are all built from these.
struct PageDescriptor
{
    using Factory = std::function<QWidget *(PageContext &context, QWidget *parent)>;
    using Receiver = std::function<void(QWidget *page, const QString &argument)>;

    QString code;          // transaction code, four digits; the first names the business area
    const char *title;     // QT_TRANSLATE_NOOP("hpf::ui::Pages", …): translated at call time
    QString permission;    // a name in core/domain/access.h (an operation or a desk.* entry)
    QKeySequence shortcut; // may be empty
    QString guideAnchor;   // heading anchor in docs/user-guide/README.md (guideAnchor())
    Factory create;        // builds the page and wires it to the context
    Receiver receive = {}; // takes the argument of PageContext::open(); none: ignores it

    QString translatedTitle() const;
    QString area() const { return code.left(1); }
    bool allows(const QString &role) const;
};

// Receiver for a page slot taking one string, e.g. receiveWith(&PersonPage::showAccount).
template<class Page>
PageDescriptor::Receiver receiveWith(void (Page::*slot)(const QString &))
{
    return [slot](QWidget *page, const QString &argument) { (static_cast<Page *>(page)->*slot)(argument); };
}

// Resets the page when the user signs out, so nothing personal stays on screen.
template<class Page>
void resetOnSignOut(PageContext &context, Page *page)
{
    QObject::connect(&context, &PageContext::userChanged, page, [page](const client::UserInfo &user) {
        if (user.username.isEmpty())
            page->reset();
    });
}

namespace pages {

// Every registered page, in code order (pagelist.cpp).
const QList<PageDescriptor> &all();
const PageDescriptor *find(const QString &code);
// The pages `role` may open, in code order.
QList<const PageDescriptor *> allowedFor(const QString &role);
// The translated name of a business area (the first digit of a code).
QString areaTitle(const QString &area);

} // namespace pages

// The anchor GitHub gives a Markdown heading: lower case, punctuation dropped, spaces to hyphens
// ("四、查询" → "四查询", "HPF Counter 手册" → "hpf-counter-手册").
QString guideAnchor(const QString &heading);

} // namespace hpf::ui
