// Catch2 v2 main for the sync tests: a QApplication (photos are drawn with QPainter) before anything else.
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CaravanTests"));
    QApplication::setApplicationName(QStringLiteral("caravan-sync-tests"));
    return Catch::Session().run(argc, argv);
}
