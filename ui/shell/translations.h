#pragma once

#include <QString>

namespace hpf::ui {

// Installs the translators (the client's own and Qt's) for a language: "zh_CN" (primary) or "en".
class Translations
{
public:
    // Returns false when the client's catalogue for the language is missing (English source text
    // is then shown); English needs no catalogue beyond Qt's.
    static bool install(const QString &language);
    static QString currentLanguage();
    // Whether Qt's own catalogue for the language was found (always false for English).
    static bool qtCatalogueLoaded();
    // Scales the application font (100–200 %) from the size it had at start-up.
    static void applyFontScale(int percent);
};

} // namespace hpf::ui
