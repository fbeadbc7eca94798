// caravan: the seller's desktop workbench. Wires the parts together; the work happens in caravan::app.
#include "core/version.h"
#include "sync/accountsession.h"
#include "sync/appsettings.h"
#include "sync/connectivitymonitor.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/signindialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <string>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Caravan"));
    QApplication::setApplicationName(QStringLiteral("caravan"));
    QApplication::setApplicationDisplayName(QStringLiteral("Caravan"));
    QApplication::setApplicationVersion(QLatin1String(caravan::kVersion));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/caravan/icons/caravan.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Caravan seller workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("Server URL to use."),
                                          QStringLiteral("URL"));
    const QCommandLineOption emailOption(QStringLiteral("email"), QStringLiteral("Account email address."),
                                         QStringLiteral("EMAIL"));
    const QCommandLineOption passwordOption(QStringLiteral("password-stdin"),
                                            QStringLiteral("Read the password from standard input and sign "
                                                           "in at start (needs --email)."));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Interface language: zh_CN or en."),
                                        QStringLiteral("LANG"));
    parser.addOptions({serverOption, emailOption, passwordOption, langOption});
    parser.process(app);

    caravan::sync::AppSettings settings;
    const QString language = caravan::ui::resolveLanguage(
        parser.isSet(langOption) ? parser.value(langOption) : settings.language());
    caravan::ui::installTranslators(language);

    if (parser.isSet(passwordOption) && !parser.isSet(emailOption)) {
        std::fputs("caravan: --password-stdin needs --email\n", stderr);
        return 2;
    }
    QString password;
    if (parser.isSet(passwordOption)) {
        std::string line;
        std::getline(std::cin, line);
        password = QString::fromStdString(line);
    }
    if (parser.isSet(serverOption)) {
        const QUrl server = QUrl::fromUserInput(parser.value(serverOption));
        if (!server.isValid() || server.host().isEmpty()) {
            std::fprintf(stderr, "caravan: not a server URL: %s\n", qPrintable(parser.value(serverOption)));
            return 2;
        }
        settings.setServerUrl(server);
    }

    const QString dataRoot = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    caravan::sync::AccountSession session(settings, dataRoot);
    caravan::sync::ConnectivityMonitor connectivity;
    connectivity.setServer(session.serverUrl());

    caravan::ui::MainWindow window(session, connectivity);
    QString openError;
    const auto last = settings.lastAccount();
    if (!parser.isSet(emailOption) ||
        (last && last->email.compare(parser.value(emailOption).trimmed(), Qt::CaseInsensitive) == 0))
        session.restoreLastAccount(&openError);
    window.show();
    connectivity.start();
    if (!openError.isEmpty())
        QMessageBox::warning(&window, QObject::tr("Caravan"), openError);

    if (parser.isSet(emailOption)) {
        auto *dialog = window.openSignInDialog();
        dialog->setEmail(parser.value(emailOption));
        if (parser.isSet(passwordOption)) {
            dialog->setPassword(password);
            QTimer::singleShot(0, dialog, &caravan::ui::SignInDialog::submit);
        }
    } else if (!session.hasAccount()) {
        QTimer::singleShot(0, &window, &caravan::ui::MainWindow::openSignInDialog);
    }
    return app.exec();
}
