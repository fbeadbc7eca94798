#pragma once

#include <filesystem>
#include <string>

namespace caravan {

// Where the read-only data of the project lives (rule data, shipping tables, taxonomy, web templates).
// Looked up in this order: $CARAVAN_RESOURCES, the source tree the binary was built from,
// and the installed share directory. Throws std::runtime_error naming every place it tried.
std::filesystem::path resourceDir();

// resourceDir() / relative, or throws if that file or folder does not exist.
std::filesystem::path resourcePath(const std::string &relative);

} // namespace caravan
