#include "api/sync_http.h"

#include <Poco/DeflatingStream.h>
#include <Poco/Exception.h>
#include <Poco/InflatingStream.h>
#include <sstream>
#include <stdexcept>

namespace caravan::api::sync {

namespace {

bool acceptsGzip(const http::Request &request)
{
    // "gzip", "gzip;q=0.8", "deflate, gzip" — but not "gzip;q=0".
    const auto header = http::lowerAscii(request.header("accept-encoding"));
    std::size_t start = 0;
    while (start < header.size()) {
        auto end = header.find(',', start);
        if (end == std::string::npos)
            end = header.size();
        std::string item = header.substr(start, end - start);
        item.erase(0, item.find_first_not_of(' '));
        if (item.rfind("gzip", 0) == 0) {
            const auto q = item.find("q=");
            if (q == std::string::npos)
                return true;
            return std::strtod(item.c_str() + q + 2, nullptr) > 0;
        }
        start = end + 1;
    }
    return false;
}

std::string inflate(const std::string &data, Poco::InflatingStreamBuf::StreamType type, std::size_t limit,
                    bool &tooLarge)
{
    if (type == Poco::InflatingStreamBuf::STREAM_GZIP &&
        (data.size() < 18 || static_cast<unsigned char>(data[0]) != 0x1F ||
         static_cast<unsigned char>(data[1]) != 0x8B))
        throw std::invalid_argument("the data is not in gzip format");
    std::istringstream in(data);
    Poco::InflatingInputStream inflater(in, type);
    std::string out;
    char buffer[16384];
    while (inflater) {
        inflater.read(buffer, sizeof buffer);
        const auto got = static_cast<std::size_t>(inflater.gcount());
        if (out.size() + got > limit) {
            tooLarge = true;
            return {};
        }
        out.append(buffer, got);
    }
    if (inflater.bad())
        throw std::invalid_argument("the compressed data is damaged");
    return out;
}

} // namespace

std::string gzip(const std::string &data)
{
    std::ostringstream out;
    {
        Poco::DeflatingOutputStream deflater(out, Poco::DeflatingStreamBuf::STREAM_GZIP, 6);
        deflater.write(data.data(), static_cast<std::streamsize>(data.size()));
        deflater.close();
    }
    return out.str();
}

std::string gunzip(const std::string &data, std::size_t limit, bool &tooLarge)
{
    return inflate(data, Poco::InflatingStreamBuf::STREAM_GZIP, limit, tooLarge);
}

std::optional<std::string> decodedBody(const http::Request &request, std::size_t limit, bool &tooLarge,
                                       std::string &problem)
{
    tooLarge = false;
    const auto encoding = http::lowerAscii(request.header("content-encoding"));
    try {
        if (encoding.empty() || encoding == "identity") {
            if (request.body.size() > limit) {
                tooLarge = true;
                return std::nullopt;
            }
            return request.body;
        }
        if (encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate") {
            auto out = inflate(request.body,
                               encoding == "deflate" ? Poco::InflatingStreamBuf::STREAM_ZLIB
                                                     : Poco::InflatingStreamBuf::STREAM_GZIP,
                               limit, tooLarge);
            if (tooLarge)
                return std::nullopt;
            return out;
        }
        problem = "Content-Encoding \"" + encoding + "\" is not supported (use gzip).";
    } catch (const Poco::Exception &e) {
        problem = "The " + encoding + " body cannot be decompressed: " + e.message();
    } catch (const std::exception &e) {
        problem = "The " + encoding + " body cannot be decompressed: " + e.what() + ".";
    }
    return std::nullopt;
}

std::optional<nlohmann::json> jsonBody(const http::Request &request, std::size_t limit,
                                       std::optional<http::Response> &error)
{
    const auto type = request.header("content-type");
    if (type.rfind("application/json", 0) != 0) {
        error =
            http::Response::jsonError(415, "unsupported_media_type", "Send the body as application/json.");
        return std::nullopt;
    }
    bool tooLarge = false;
    std::string problem;
    const auto body = decodedBody(request, limit, tooLarge, problem);
    if (!body) {
        error = tooLarge ? http::Response::jsonError(413, "payload_too_large",
                                                     "The request body is larger than " +
                                                         std::to_string(limit) + " bytes (uncompressed).")
                         : http::Response::jsonError(400, "bad_encoding", problem);
        return std::nullopt;
    }
    try {
        auto doc = nlohmann::json::parse(*body);
        if (!doc.is_object()) {
            error = http::Response::jsonError(400, "invalid_request", "The body must be a JSON object.");
            return std::nullopt;
        }
        return doc;
    } catch (const nlohmann::json::parse_error &e) {
        error = http::Response::jsonError(400, "malformed_json",
                                          "The body is not valid JSON (error at byte " +
                                              std::to_string(e.byte) + ").");
        return std::nullopt;
    } catch (const nlohmann::json::out_of_range &) {
        // A number beyond a double, such as 2e886266: the parser throws out_of_range, not parse_error
        // (found by tests/fuzz/fuzz_sync_push; it was a 500).
        error =
            http::Response::jsonError(400, "malformed_json", "The body holds a number too large for JSON.");
        return std::nullopt;
    }
}

http::Response compressed(const http::Request &request, http::Response response)
{
    response.setHeader("Vary", "Accept-Encoding");
    if (response.body.size() < 512 || !acceptsGzip(request))
        return response;
    response.body = gzip(response.body);
    response.setHeader("Content-Encoding", "gzip");
    return response;
}

} // namespace caravan::api::sync
