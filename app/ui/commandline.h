#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace caravan::ui {

// What the command line asked for.
struct StartupOptions
{
    QUrl server;   // empty: keep the configured one
    QString email; // sign in as this account at start
    bool passwordFromStdin = false;
    QString language; // "" when not given
};

class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(caravan::ui::CommandLine)

public:
    // Parses the arguments of `app` (handles --help and --version itself, which exit). The interface
    // language is installed first — from --lang, else `savedLanguage`, else the system locale — so that
    // --help is shown in it too. On a usage error prints it and exits with status 2.
    static StartupOptions parse(QCoreApplication &app, const QString &savedLanguage);
};

} // namespace caravan::ui
