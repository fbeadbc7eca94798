#pragma once

#include "http/request.h"
#include "http/response.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

// HTTP helpers of the sync and photo endpoints: compressed bodies, bounded JSON, compressed answers.
namespace caravan::api::sync {

// The request body, inflated if it came with Content-Encoding: gzip (or deflate). Nothing if the
// inflated body would exceed `limit` (`tooLarge` is then set) or the compressed data is broken.
std::optional<std::string> decodedBody(const http::Request &request, std::size_t limit, bool &tooLarge,
                                       std::string &problem);

std::string gzip(const std::string &data);
std::string gunzip(const std::string &data, std::size_t limit, bool &tooLarge);

// A JSON object body of at most `limit` bytes (after inflating); on failure `error` holds the answer
// (400 naming the problem, 413, or 415).
std::optional<nlohmann::json> jsonBody(const http::Request &request, std::size_t limit,
                                       std::optional<http::Response> &error);

// Compresses the response body with gzip when the client accepts it and it is worth it.
http::Response compressed(const http::Request &request, http::Response response);

} // namespace caravan::api::sync
