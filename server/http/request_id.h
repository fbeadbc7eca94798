#pragma once

#include <string>
#include <string_view>

namespace caravan::http {

// A new request id: 32 lower-case hex digits (128 random bits).
std::string newRequestId();
// What an incoming X-Request-Id must look like to be kept (from a trusted proxy only): 1 to 64 characters,
// each a letter, digit, '-', '_', '.' or ':' (a UUID, nginx's $request_id, a trace id).
bool isWellFormedRequestId(std::string_view id);

} // namespace caravan::http
