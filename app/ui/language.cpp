#include "ui/language.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcLanguage, "caravan.ui.language")

namespace caravan::ui {

namespace {
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}
} // namespace

QList<LanguageChoice> availableLanguages()
{
    // Native names are not translated on purpose: a reader finds their own language by its own name.
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
}

QString resolveLanguage(const QString &requested)
{
    const auto languages = availableLanguages();
    for (const auto &choice : languages)
        if (choice.code == requested)
            return choice.code;
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QLocale locale(name);
        for (const auto &choice : languages) {
            const QLocale shipped(choice.code);
            if (locale.language() == shipped.language() &&
                (choice.code.size() == 2 || locale.territory() == shipped.territory() ||
                 locale.script() == QLocale::SimplifiedHanScript))
                return choice.code;
        }
    }
    return QStringLiteral("en");
}

bool installTranslators(const QString &language)
{
    for (const auto &translator : installed()) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();

    auto *app = new QTranslator(QCoreApplication::instance());
    const bool ok = app->load(QStringLiteral("caravan_") + language, QStringLiteral(":/i18n"));
    if (ok) {
        QCoreApplication::installTranslator(app);
        installed().append(app);
    } else {
        qCWarning(lcLanguage) << "no translation catalog for" << language;
        delete app;
    }

    // Qt's own strings (standard buttons, context menus) where Qt ships them.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed().append(qt);
    } else {
        delete qt;
    }
    QLocale::setDefault(QLocale(language));
    return ok;
}

} // namespace caravan::ui
