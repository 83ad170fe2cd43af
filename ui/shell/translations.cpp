#include "shell/translations.h"

#include <QApplication>
#include <QFont>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QTranslator>

namespace hpf::ui {

namespace {

Q_LOGGING_CATEGORY(lcTranslations, "hpf.ui.translations")

QPointer<QTranslator> g_own;
QPointer<QTranslator> g_qt;
QString g_language;
bool g_qtLoaded = false;

} // namespace

bool Translations::install(const QString &language)
{
    for (QPointer<QTranslator> *t : {&g_own, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
    }
    g_language = language;
    QLocale::setDefault(QLocale(language));
    auto *own = new QTranslator(qApp);
    const bool loaded = own->load(u":/i18n/hpf_"_qs + language + u".qm"_qs);
    if (loaded) {
        QCoreApplication::installTranslator(own);
        g_own = own;
    } else {
        delete own;
    }
    // Qt's own strings (dialog buttons, context menus, the print and file dialogs): "qt_<lang>.qm"
    // is the catalogue that pulls in qtbase and the other modules' files (Debian package
    // qt6-translations-l10n). English is Qt's source language and needs none.
    g_qtLoaded = false;
    if (language != u"en") {
        auto *qt = new QTranslator(qApp);
        const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (qt->load(QLocale(language), u"qt"_qs, u"_"_qs, dir)) {
            QCoreApplication::installTranslator(qt);
            g_qt = qt;
            g_qtLoaded = true;
        } else {
            qCWarning(lcTranslations) << "Qt's catalogue for" << language << "is missing in" << dir
                                      << "(package qt6-translations-l10n): Qt's dialogs stay English";
            delete qt;
        }
    }
    return loaded;
}

bool Translations::qtCatalogueLoaded()
{
    return g_qtLoaded;
}

QString Translations::currentLanguage()
{
    return g_language;
}

void Translations::applyFontScale(int percent)
{
    static const QFont base = QApplication::font();
    QFont f = base;
    const qreal size = base.pointSizeF() > 0 ? base.pointSizeF() : 10.0;
    f.setPointSizeF(size * qBound(100, percent, 200) / 100.0);
    QApplication::setFont(f);
}

} // namespace hpf::ui
