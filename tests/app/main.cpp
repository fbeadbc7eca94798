// Catch2 v2 main for the app tests: a QApplication must exist before any widget, model or network object.
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef CARAVAN_TEST_WITHOUT_KEYRING
    // No session bus and no X11 display: QtKeychain can reach no Secret Service and cannot autolaunch one.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/caravan-test-no-bus");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
#endif
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CaravanTests"));
    QApplication::setApplicationName(QStringLiteral("caravan-tests"));
    return Catch::Session().run(argc, argv);
}
