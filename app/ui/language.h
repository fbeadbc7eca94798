#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace caravan::ui {

struct LanguageChoice
{
    QString code;       // "en", "zh_CN"
    QString nativeName; // as speakers of that language write it
};

// The interface languages the app ships, with their names in their own language.
[[nodiscard]] QList<LanguageChoice> availableLanguages();

// Picks the language to use: `requested` when it is one we ship, else the first system UI language
// we ship, else English.
[[nodiscard]] QString resolveLanguage(const QString &requested);

// Installs the translators (the app's own catalog and Qt's) for `language` on the application,
// replacing the ones installed before. Returns false if the app's catalog could not be loaded.
bool installTranslators(const QString &language);

} // namespace caravan::ui
