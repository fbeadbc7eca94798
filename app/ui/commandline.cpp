#include "ui/commandline.h"

#include "sync/serveraddress.h"
#include "ui/language.h"

#include <QCommandLineParser>
#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace caravan::ui {

StartupOptions CommandLine::parse(QCoreApplication &app, const QString &savedLanguage)
{
    // First pass, untranslated, only to learn --lang.
    const QCommandLineOption langProbe(QStringLiteral("lang"), QString(), QStringLiteral("LANG"));
    QCommandLineParser probe;
    probe.addOption(langProbe);
    probe.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    probe.parse(app.arguments());
    const QString requested = probe.isSet(langProbe) ? probe.value(langProbe) : savedLanguage;
    installTranslators(resolveLanguage(requested));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Caravan seller workbench: list, ship and get paid across borders."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"), tr("Use the Caravan server at <URL>."),
                                          tr("URL"));
    const QCommandLineOption emailOption(QStringLiteral("email"), tr("Sign in as the account <EMAIL>."),
                                         tr("EMAIL"));
    const QCommandLineOption passwordOption(QStringLiteral("password-stdin"),
                                            tr("Read the password from standard input and sign in at start "
                                               "(needs --email)."));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Interface language: zh_CN or en."),
                                        tr("LANG"));
    parser.addOptions({serverOption, emailOption, passwordOption, langOption});
    parser.process(app);

    const auto fail = [](const QString &message) {
        std::fprintf(stderr, "caravan: %s\n", qPrintable(message));
        std::exit(2);
    };
    StartupOptions options;
    if (parser.isSet(langOption)) {
        options.language = parser.value(langOption);
        const auto languages = availableLanguages();
        if (std::none_of(languages.begin(), languages.end(),
                         [&](const LanguageChoice &choice) { return choice.code == options.language; }))
            fail(tr("unknown language \"%1\"; use zh_CN or en").arg(options.language));
    }
    if (parser.isSet(serverOption)) {
        QString addressError;
        options.server = sync::ServerAddress::fromUserInput(parser.value(serverOption), &addressError);
        if (options.server.isEmpty())
            fail(addressError);
    }
    options.email = parser.value(emailOption).trimmed();
    options.passwordFromStdin = parser.isSet(passwordOption);
    if (options.passwordFromStdin && options.email.isEmpty())
        fail(tr("--password-stdin needs --email"));
    return options;
}

} // namespace caravan::ui
