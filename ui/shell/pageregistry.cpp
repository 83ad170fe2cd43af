#include "shell/pageregistry.h"

#include "domain/access.h"

#include <QCoreApplication>

namespace hpf::ui {

PageContext::PageContext(client::ClientCore *core, DocumentPrinter *printer, Opener opener, QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_printer(printer)
    , m_opener(std::move(opener))
{}

bool PageContext::open(const QString &code, const QString &argument) const
{
    return m_opener && m_opener(code, argument);
}

bool PageContext::mayOpen(const QString &code) const
{
    const PageDescriptor *page = pages::find(code);
    return page && page->allows(m_user.role);
}

void PageContext::setUser(const client::UserInfo &user)
{
    m_user = user;
    emit userChanged(m_user);
}

void PageContext::setTraining(bool training)
{
    m_training = training;
    emit trainingChanged(training);
}

QString PageDescriptor::translatedTitle() const
{
    return QCoreApplication::translate("hpf::ui::Pages", title);
}

bool PageDescriptor::allows(const QString &role) const
{
    return !role.isEmpty() && !access::isPublic(permission) && access::allows(role, permission);
}

namespace pages {

const PageDescriptor *find(const QString &code)
{
    const QString wanted = code.trimmed();
    for (const PageDescriptor &p : all()) {
        if (p.code == wanted)
            return &p;
    }
    return nullptr;
}

QList<const PageDescriptor *> allowedFor(const QString &role)
{
    QList<const PageDescriptor *> out;
    for (const PageDescriptor &p : all()) {
        if (p.allows(role))
            out.append(&p);
    }
    return out;
}

QString areaTitle(const QString &area)
{
    // In the order of the codes; a new business area adds its line here.
    static const std::pair<QStringView, const char *> kAreas[] = {
        {u"1", QT_TRANSLATE_NOOP("hpf::ui::Pages", "Inquiries")},
        {u"2", QT_TRANSLATE_NOOP("hpf::ui::Pages", "Accounts and deposits")},
        {u"3", QT_TRANSLATE_NOOP("hpf::ui::Pages", "Judicial assistance")},
        {u"4", QT_TRANSLATE_NOOP("hpf::ui::Pages", "Certificates")},
        {u"5", QT_TRANSLATE_NOOP("hpf::ui::Pages", "Transfers")},
        {u"6", QT_TRANSLATE_NOOP("hpf::ui::Pages", "Withdrawals")},
        {u"7", QT_TRANSLATE_NOOP("hpf::ui::Pages", "Loans")},
        {u"8", QT_TRANSLATE_NOOP("hpf::ui::Pages", "Archives")},
        {u"9", QT_TRANSLATE_NOOP("hpf::ui::Pages", "Audit")},
    };
    for (const auto &[digit, title] : kAreas) {
        if (area == digit)
            return QCoreApplication::translate("hpf::ui::Pages", title);
    }
    return QCoreApplication::translate("hpf::ui::Pages", "Other");
}

} // namespace pages

QString guideAnchor(const QString &heading)
{
    QString out;
    for (const QChar c : heading.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c.isMark() || c == u'_' || c == u'-')
            out.append(c);
        else if (c == u' ')
            out.append(u'-');
    }
    return out;
}

} // namespace hpf::ui
