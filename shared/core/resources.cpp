#include "core/resources.h"

#include <cstdlib>
#include <stdexcept>
#include <vector>

#ifndef CARAVAN_SOURCE_RESOURCES
#define CARAVAN_SOURCE_RESOURCES ""
#endif
#ifndef CARAVAN_INSTALLED_RESOURCES
#define CARAVAN_INSTALLED_RESOURCES "/usr/share/caravan"
#endif

namespace caravan {

std::filesystem::path resourceDir()
{
    std::vector<std::filesystem::path> candidates;
    if (const char *env = std::getenv("CARAVAN_RESOURCES"); env && *env)
        candidates.emplace_back(env);
    if (*CARAVAN_SOURCE_RESOURCES)
        candidates.emplace_back(CARAVAN_SOURCE_RESOURCES);
    candidates.emplace_back(CARAVAN_INSTALLED_RESOURCES);

    std::string tried;
    for (const auto &c : candidates) {
        std::error_code ec;
        if (std::filesystem::is_directory(c, ec))
            return c;
        tried += (tried.empty() ? "" : ", ") + c.string();
    }
    throw std::runtime_error("resource folder not found (tried: " + tried + "); set CARAVAN_RESOURCES");
}

std::filesystem::path resourcePath(const std::string &relative)
{
    auto p = resourceDir() / relative;
    std::error_code ec;
    if (!std::filesystem::exists(p, ec))
        throw std::runtime_error("resource missing: " + p.string());
    return p;
}

} // namespace caravan
