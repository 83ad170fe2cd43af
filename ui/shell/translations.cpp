#include "shell/translations.h"

#include <QApplication>
#include <QFont>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace hpf::ui {

namespace {

QPointer<QTranslator> g_own;
QPointer<QTranslator> g_qt;
QString g_language;

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
    auto *qt = new QTranslator(qApp);
    if (qt->load(QLocale(language), u"qtbase"_qs, u"_"_qs,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        g_qt = qt;
    } else {
        delete qt;
    }
    return loaded;
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
