// caravan: the seller's desktop workbench. Wires the parts together; the work happens in caravan::app.
#include "core/version.h"
#include "sync/accountsession.h"
#include "sync/appsettings.h"
#include "sync/connectivitymonitor.h"
#include "ui/commandline.h"
#include "ui/mainwindow.h"
#include "ui/signindialog.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>
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

    caravan::sync::AppSettings settings;
    const auto options = caravan::ui::CommandLine::parse(app, settings.language());
    QString password;
    if (options.passwordFromStdin) {
        std::string line;
        std::getline(std::cin, line);
        password = QString::fromStdString(line);
    }
    if (!options.server.isEmpty())
        settings.setServerUrl(options.server);

    caravan::sync::AccountSession session(settings,
                                          QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    caravan::sync::ConnectivityMonitor connectivity;
    connectivity.setServer(session.serverUrl());
    caravan::ui::MainWindow window(session, connectivity);
    QObject::connect(&connectivity, &caravan::sync::ConnectivityMonitor::stateChanged, &session,
                     [&session](caravan::sync::ConnectivityMonitor::State state) {
                         if (state == caravan::sync::ConnectivityMonitor::State::Online)
                             session.refreshProfile();
                     });

    // Open the last account from its local data (works offline) unless another one was asked for.
    const auto last = settings.lastAccount();
    QString openError;
    if (options.email.isEmpty() || (last && last->email.compare(options.email, Qt::CaseInsensitive) == 0))
        session.restoreLastAccount(&openError);
    window.show();
    connectivity.start();
    if (!openError.isEmpty())
        QMessageBox::warning(&window, QApplication::applicationDisplayName(), openError);

    if (!options.email.isEmpty()) {
        auto *dialog = window.openSignInDialog();
        dialog->setEmail(options.email);
        if (options.passwordFromStdin) {
            dialog->setPassword(password);
            QTimer::singleShot(0, dialog, &caravan::ui::SignInDialog::submit);
        }
    } else if (!session.hasAccount()) {
        QTimer::singleShot(0, &window, &caravan::ui::MainWindow::openSignInDialog);
    }
    return app.exec();
}
