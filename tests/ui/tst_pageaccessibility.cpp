#include "guitest.h"
#include "pagewalk.h"
#include "serverfixture.h"
#include "shell/mainwindow.h"
#include "shell/pageregistry.h"
#include "shell/translations.h"
#include "widgets/messagebox.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollBar>
#include <QTextEdit>
#include <QTreeWidget>
#include <memory>

using namespace hpf;
using namespace hpf::ui;
using hpf::test::demoUserFor;
using hpf::test::demoUsers;

// Issue 19's accessibility contract, checked on every registered page, signed in as a demo user whose
// role may open it, at 100 %, 150 % and 200 % font scale in a 1280x800 window:
// - every visible input has an accessible name, and every text-like input a buddy label;
// - Tab visits the inputs in reading order: within a section (QGroupBox) by rows top to bottom, a row
//   left to right, and each section's inputs one after the other;
// - an editable text box passes Tab on instead of typing it;
// - the page fits the window's page area (a long form scrolls) and no label or button is clipped.
class TestPageAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void page_data();
    void page();

private:
    hpf::test::ServerFixture m_server;
    hpf::test::DemoSession m_session;
};

namespace {

constexpr QSize kScreen(1280, 800);

bool isTextInput(const QWidget *w)
{
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QPlainTextEdit *>(w) ||
           qobject_cast<const QTextEdit *>(w);
}

bool isInput(const QWidget *w)
{
    return isTextInput(w) || qobject_cast<const QCheckBox *>(w) || qobject_cast<const QRadioButton *>(w) ||
           qobject_cast<const QAbstractItemView *>(w);
}

// An input's own parts (a combo box's line edit, a spin box's editor, an editor inside a table) are
// not inputs of the page.
bool insideAnotherInput(const QWidget *w, const QWidget *page)
{
    for (const QWidget *p = w->parentWidget(); p && p != page; p = p->parentWidget()) {
        if (isInput(p))
            return true;
    }
    return false;
}

QString describe(const QWidget *w)
{
    const QString name = w->objectName().isEmpty() ? u"<unnamed>"_qs : w->objectName();
    return u"%1 %2"_qs.arg(QString::fromLatin1(w->metaObject()->className()), name);
}

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

bool hasBuddy(const QWidget *w, const QWidget *window)
{
    const auto labels = window->findChildren<QLabel *>();
    return std::any_of(labels.begin(), labels.end(), [w](const QLabel *l) { return l->buddy() == w; });
}

const QWidget *sectionOf(const QWidget *w, const QWidget *page)
{
    for (const QWidget *p = w->parentWidget(); p && p != page; p = p->parentWidget()) {
        if (qobject_cast<const QGroupBox *>(p))
            return p;
    }
    return nullptr;
}

// Whether `b` comes after `a` when reading the page: lower, or on the same row and to the right.
bool readsAfter(const QWidget *a, const QWidget *b, const QWidget *page)
{
    const QRect ra(a->mapTo(page, QPoint(0, 0)), a->size());
    const QRect rb(b->mapTo(page, QPoint(0, 0)), b->size());
    const int tolerance = std::min(ra.height(), rb.height()) / 2;
    if (rb.center().y() > ra.center().y() + tolerance)
        return true;
    return std::abs(rb.center().y() - ra.center().y()) <= tolerance && rb.left() > ra.left();
}

} // namespace

void TestPageAccessibility::initTestCase()
{
    MessageBox::setAutoAnswer(QMessageBox::Ok);
    QVERIFY(m_server.prepare().isEmpty());
    QVERIFY(m_server.start().isEmpty());
}

void TestPageAccessibility::cleanupTestCase()
{
    m_session.reset();
    Translations::applyFontScale(100);
}

void TestPageAccessibility::page_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("scale");
    // Grouped by user, so each user signs in once.
    for (const auto &[role, user] : demoUsers()) {
        for (const int scale : {100, 150, 200}) {
            for (const PageDescriptor &page : pages::all()) {
                const QString first = demoUserFor(page);
                if (first.isEmpty())
                    QFAIL(qPrintable(u"page %1: no demo user may open it"_qs.arg(page.code)));
                if (first != user)
                    continue;
                QTest::addRow("%s@%d", qPrintable(page.code), scale) << page.code << user << scale;
            }
        }
    }
}

void TestPageAccessibility::page()
{
    QFETCH(QString, code);
    QFETCH(QString, user);
    QFETCH(int, scale);

    MainWindow *window = m_session.windowFor(m_server.url(), user);
    QVERIFY2(window, qPrintable(u"%1 could not sign in"_qs.arg(user)));
    Translations::applyFontScale(scale);
    window->showNormal();
    window->resize(kScreen);
    QVERIFY(window->openCode(code));
    QWidget *page = window->pageWidget(code);
    QVERIFY(page);
    QTest::qWait(100); // layouts settle after the font change and the page's first data
    QVERIFY(page->isVisible());

    QStringList problems;

    // The page fits the area the window gives it at this scale (a long form scrolls), next to the
    // navigation at its own minimum width (the splitter would otherwise squeeze the navigation).
    QWidget *stack = page->parentWidget();
    QVERIFY(stack);
    QSize chrome = window->size() - stack->size();
    const QWidget *navigation = window->navigation();
    const int navigationMinimum = std::max(navigation->minimumWidth(), navigation->minimumSizeHint().width());
    if (navigation->width() < navigationMinimum)
        chrome.rwidth() += navigationMinimum - navigation->width();
    const QSize room = kScreen - chrome;
    const QSize needed = page->minimumSizeHint().expandedTo(page->minimumSize());
    if (needed.width() > room.width() || needed.height() > room.height()) {
        problems << u"needs %1x%2 but the window gives it %3x%4"_qs.arg(needed.width())
                        .arg(needed.height())
                        .arg(room.width())
                        .arg(room.height());
        // Name the innermost widgets that are too wide on their own, so the row to fix is found.
        for (const QWidget *w : page->findChildren<QWidget *>()) {
            if (w->isHidden() || w->minimumSizeHint().width() <= room.width())
                continue;
            const auto children = w->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
            const bool innermost = std::none_of(children.begin(), children.end(), [&](const QWidget *c) {
                return !c->isHidden() && c->minimumSizeHint().width() > room.width();
            });
            if (innermost)
                problems << u"  too wide: %1 \"%2\" (%3 px)"_qs
                                .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                                .arg(w->minimumSizeHint().width());
        }
    }

    QList<QWidget *> inputs;
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (!w->isVisible() || !isInput(w) || insideAnotherInput(w, page))
            continue;
        inputs << w;
        if (accessibleName(w).isEmpty())
            problems << describe(w) + u": no accessible name"_qs;
        const bool inView = qobject_cast<QAbstractItemView *>(w) != nullptr;
        if (isTextInput(w) && !inView && !hasBuddy(w, window))
            problems << describe(w) + u": no buddy label"_qs;
        auto *plain = qobject_cast<QPlainTextEdit *>(w);
        auto *rich = qobject_cast<QTextEdit *>(w);
        if ((plain && !plain->isReadOnly() && !plain->tabChangesFocus()) ||
            (rich && !rich->isReadOnly() && !rich->tabChangesFocus()))
            problems << describe(w) + u": Tab types a tab instead of moving on"_qs;
    }

    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty() ||
            !label->pixmap().isNull() || insideAnotherInput(label, page))
            continue;
        if (label->width() + 1 < label->minimumSizeHint().width())
            problems << u"label \"%1\" clipped (%2 of %3 px)"_qs.arg(label->text().left(30))
                            .arg(label->width())
                            .arg(label->minimumSizeHint().width());
    }
    for (QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || button->text().isEmpty() || insideAnotherInput(button, page))
            continue;
        if (button->width() + 1 < button->minimumSizeHint().width())
            problems << u"button \"%1\" clipped"_qs.arg(button->text().left(30));
    }

    // Alt+letter reaches one thing: no two visible labels (with a buddy) or buttons of the page share
    // a mnemonic, or Alt+letter would only cycle between them.
    QHash<QChar, QString> mnemonics;
    const auto mnemonicOf = [](const QString &text) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != u'&')
                continue;
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toUpper();
        }
        return QChar();
    };
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        QString text;
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            text = label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            text = button->text();
        const QChar key = mnemonicOf(text);
        if (key.isNull())
            continue;
        if (mnemonics.contains(key))
            problems << u"Alt+%1 is both \"%2\" and \"%3\""_qs.arg(key, mnemonics.value(key), text);
        else
            mnemonics.insert(key, text);
    }

    // The Tab order: walk the focus chain from the page and keep the inputs Tab stops at.
    QList<QWidget *> tabbable;
    for (QWidget *w : inputs) {
        if (w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !qobject_cast<QRadioButton *>(w))
            tabbable << w;
    }
    QList<QWidget *> chain;
    QWidget *w = page->nextInFocusChain();
    for (int guard = 0; w != page && guard < 100000; ++guard, w = w->nextInFocusChain()) {
        if (tabbable.contains(w) && !chain.contains(w))
            chain << w;
    }
    for (QWidget *missing : tabbable) {
        if (!chain.contains(missing))
            problems << describe(missing) + u": Tab never reaches it"_qs;
    }
    QList<const QWidget *> leftSections;
    for (qsizetype i = 1; i < chain.size(); ++i) {
        const QWidget *a = chain.at(i - 1);
        const QWidget *b = chain.at(i);
        const QWidget *sa = sectionOf(a, page);
        const QWidget *sb = sectionOf(b, page);
        if (sa == sb) {
            if (sa && !readsAfter(a, b, page))
                problems << u"Tab goes back from %1 to %2"_qs.arg(describe(a), describe(b));
            continue;
        }
        if (sa)
            leftSections << sa;
        if (sb && leftSections.contains(sb))
            problems << u"Tab comes back into section \"%1\" at %2"_qs.arg(
                static_cast<const QGroupBox *>(sb)->title(), describe(b));
    }

    QVERIFY2(problems.isEmpty(),
             qPrintable(u"page %1 at %2 %:\n  "_qs.arg(code).arg(scale) + problems.join(u"\n  "_qs)));
}

QTEST_MAIN(TestPageAccessibility)
#include "tst_pageaccessibility.moc"
