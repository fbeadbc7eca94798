#pragma once

#include <Poco/Util/ServerApplication.h>

namespace caravan::server {

// caravan-server's command line: options bound to the configuration keys of Settings, a .properties
// file for the rest, a clean drain on SIGTERM/SIGINT.
class ServerApp : public Poco::Util::ServerApplication
{
protected:
    void defineOptions(Poco::Util::OptionSet &options) override;
    void handleOption(const std::string &name, const std::string &value) override;
    int main(const std::vector<std::string> &args) override;

private:
    bool m_exitEarly = false;
};

} // namespace caravan::server
