#include "runtime/application.h"

int main(int argc, char **argv)
{
    caravan::server::ServerApp app;
    return app.run(argc, argv);
}
