#pragma once

#include <string>
#include <string_view>

namespace caravan::web {

// Whether `target` is a path on this site as every browser reads it: "/" not followed by "/" or "\",
// made only of URL characters in printable ASCII (no controls, spaces, backslashes or other characters
// browsers drop or rewrite), with well-formed %XX escapes, whose decoded path holds no control character,
// backslash, further escape (double encoding), "//" at its start or "." / ".." segment, and that Poco parses as a relative reference without
// scheme or host. At most 2048 characters.
bool isLocalPath(std::string_view target);

// `target` if it is a local path, else `fallback`.
std::string localPathOr(const std::string &target, const std::string &fallback);

// A decoded request path encoded again for a link (every byte but unreserved characters, sub-delims, ":",
// "@" and "/" as %XX); "/" if the result is still no local path (an odd path such as "///evil.example").
std::string pathForLinks(const std::string &decodedPath);

} // namespace caravan::web
