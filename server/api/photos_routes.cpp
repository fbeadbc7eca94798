// The photo endpoints of SyncApi (docs/sync.md, "Photos"): which hashes are missing, and the resumable,
// verified upload.
#include "accounts/crypto.h"
#include "api/sync_http.h"
#include "api/sync_routes.h"
#include "photos/photo_intake.h"
#include "runtime/log.h"
#include "store/photo_files.h"

#include <fstream>
#include <sstream>

namespace caravan::api {

using http::Response;
using nlohmann::json;

namespace {

constexpr std::size_t kMaxHashes = 500;
constexpr std::int64_t kMaxPhotoBytes = photos::PhotoIntake::kMaxPhotoBytes;
constexpr std::size_t kMaxChunkBytes = 1024 * 1024;

std::optional<std::int64_t> number(const std::string &text)
{
    if (text.empty() || text.size() > 15)
        return std::nullopt;
    std::int64_t v = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

Response badHash()
{
    return Response::jsonError(400, "invalid_request",
                               "The photo is named by its SHA-256: 64 lower-case hex digits.");
}

Response uploadState(std::int64_t offset, bool complete)
{
    return Response::json(200, json{{"offset", offset}, {"complete", complete}});
}

// Writes `bytes` at `offset` of the file (creating it when needed). Offset 0 starts the file afresh, so
// bytes of an earlier, abandoned upload of the same photo never end up in this one.
bool writeAt(const std::filesystem::path &file, std::int64_t offset, const std::string &bytes)
{
    std::filesystem::create_directories(file.parent_path());
    if (offset == 0 || !std::filesystem::exists(file))
        std::ofstream(file, std::ios::binary | std::ios::trunc).flush();
    std::fstream out(file, std::ios::binary | std::ios::in | std::ios::out);
    out.seekp(offset);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    return static_cast<bool>(out);
}

std::optional<std::string> readAll(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

} // namespace

std::filesystem::path SyncApi::partFile(const std::string &userId, const std::string &sha256) const
{
    return m_uploadDir / accounts::sha256Hex(userId).substr(0, 32) / (sha256 + ".part");
}

Response SyncApi::photosMissing(http::Request &req)
{
    std::optional<Response> error;
    const auto body = sync::jsonBody(req, 64 * 1024, error);
    if (!body)
        return *error;
    const auto hashes = body->find("hashes");
    if (hashes == body->end() || !hashes->is_array())
        return Response::jsonError(400, "invalid_request", "\"hashes\" is required and must be an array.");
    if (hashes->size() > kMaxHashes)
        return Response::jsonError(413, "too_many_hashes",
                                   "At most " + std::to_string(kMaxHashes) + " hashes per request.");
    std::vector<std::string> list;
    for (std::size_t i = 0; i < hashes->size(); ++i) {
        const auto &h = (*hashes)[i];
        if (!h.is_string() || !store::PhotoFiles::isSha256Hex(h.get<std::string>()))
            return Response::jsonError(400, "invalid_request",
                                       "hashes[" + std::to_string(i) +
                                           "] is not a SHA-256 (64 lower-case hex digits).");
        list.push_back(h.get<std::string>());
    }
    return sync::compressed(req, Response::json(200, json{{"missing", m_uploads.missing(list)}}));
}

Response SyncApi::uploadStatus(http::Request &req)
{
    const auto sha = req.param("sha256");
    if (!store::PhotoFiles::isSha256Hex(sha))
        return badHash();
    if (m_uploads.accepted(sha)) {
        return uploadState(m_uploads.originalBytes(sha), true);
    }
    const auto upload = m_uploads.find(sha, req.user->id);
    return uploadState(upload ? upload->received : 0, false);
}

Response SyncApi::download(http::Request &req)
{
    const auto sha = req.param("sha256");
    if (!store::PhotoFiles::isSha256Hex(sha))
        return badHash();
    // Only photos of the caller's own listings; any other hash answers exactly as an unknown one does.
    const auto notFound = [] {
        return Response::jsonError(404, "not_found", "No photo of your listings has this hash (yet).");
    };
    if (!m_uploads.accepted(sha) || !m_uploads.referencedBy(sha, req.user->id))
        return notFound();
    auto bytes = m_photos.read(sha);
    if (!bytes)
        return notFound();
    Response r;
    r.contentType = "image/jpeg";
    // The stored bytes may be the server's re-encoding of the upload, so they need not hash to the name:
    // the digest of what is sent lets the device check that it arrived whole.
    r.setHeader("Repr-Digest", "sha-256=:" + accounts::sha256Base64(*bytes) + ":");
    r.setHeader("Cache-Control", "private, max-age=31536000, immutable");
    r.body = std::move(*bytes);
    return r;
}

Response SyncApi::uploadChunk(http::Request &req)
{
    const auto sha = req.param("sha256");
    if (!store::PhotoFiles::isSha256Hex(sha))
        return badHash();
    const auto offset = number(req.queryValue("offset"));
    const auto total = number(req.queryValue("total"));
    if (!offset || !total)
        return Response::jsonError(
            400, "invalid_request",
            "Send ?offset=N&total=T: where this chunk starts and the photo's size in bytes.");
    if (*total == 0)
        return Response::jsonError(400, "empty_photo", "A photo has at least 1 byte; this one has none.");
    if (*total > kMaxPhotoBytes)
        return Response::jsonError(413, "photo_too_large",
                                   "A photo has 1 to " + std::to_string(kMaxPhotoBytes) + " bytes.");
    if (req.body.size() > kMaxChunkBytes)
        return Response::jsonError(413, "payload_too_large", "A chunk has at most 1 MiB.");
    if (*offset + static_cast<std::int64_t>(req.body.size()) > *total)
        return Response::jsonError(400, "invalid_request", "The chunk goes past the photo's total size.");
    const auto &userId = req.user->id;
    if (m_uploads.accepted(sha))
        return uploadState(*total, true);

    auto upload = m_uploads.find(sha, userId);
    if (!upload)
        if (auto refused = refuseNewUpload(userId, sha, *total))
            return *refused;
    if (!upload && *offset == 0 && static_cast<std::int64_t>(req.body.size()) == *total)
        // The whole photo in one request and nothing of it staged: verified straight from the body, with
        // no upload row and no part file to write, read back and remove.
        return finishUpload(userId, sha, &req.body);
    if (!upload)
        upload = m_uploads.start(sha, userId, *total);
    if (upload->total != *total) {
        if (upload->received != 0 || *offset != 0)
            return Response::jsonError(400, "invalid_request",
                                       "The total differs from the upload in progress (" +
                                           std::to_string(upload->total) + " bytes).");
        m_uploads.discard(sha, userId);
        upload = m_uploads.start(sha, userId, *total);
    }
    if (*offset != upload->received) {
        auto r = Response::json(409, json{{"error", "offset_mismatch"},
                                          {"message", "The server holds " + std::to_string(upload->received) +
                                                          " bytes of this photo; continue from there."},
                                          {"offset", upload->received}});
        return r;
    }
    if (req.body.empty() && *offset != *total)
        return Response::jsonError(400, "invalid_request", "The chunk is empty.");
    const auto part = partFile(userId, sha);
    if (!writeAt(part, *offset, req.body))
        throw std::runtime_error("could not write upload part " + part.string());
    if (!m_uploads.advance(sha, userId, *offset, static_cast<std::int64_t>(req.body.size()))) {
        const auto now = m_uploads.find(sha, userId);
        return Response::json(409, json{{"error", "offset_mismatch"},
                                        {"message", "Another request moved this upload on."},
                                        {"offset", now ? now->received : 0}});
    }
    if (*offset + static_cast<std::int64_t>(req.body.size()) < *total)
        return uploadState(*offset + static_cast<std::int64_t>(req.body.size()), false);
    return finishUpload(userId, sha);
}

std::optional<Response> SyncApi::refuseNewUpload(const std::string &userId, const std::string &sha256,
                                                 std::int64_t total)
{
    const auto refused = photos::PhotoIntake(m_db, m_photos, m_photoPolicy).refuseNew(userId, sha256, total);
    if (!refused)
        return std::nullopt;
    if (refused->code == "quota_exceeded")
        return Response::json(refused->status, json{{"error", refused->code},
                                                    {"message", refused->message},
                                                    {"used_bytes", refused->usedBytes},
                                                    {"quota_bytes", refused->quotaBytes}});
    auto r = Response::jsonError(refused->status, refused->code, refused->message);
    if (refused->retryAfter > 0)
        r.setHeader("Retry-After", std::to_string(refused->retryAfter));
    return r;
}

Response SyncApi::finishUpload(const std::string &userId, const std::string &sha256, const std::string *whole)
{
    const auto part = partFile(userId, sha256);
    const auto bytes = whole ? std::optional<std::string>(*whole) : readAll(part);
    const auto fail = [&](int status, const std::string &code, const std::string &reason) {
        if (!whole) { // a photo sent whole staged nothing
            m_uploads.discard(sha256, userId);
            std::error_code ec;
            std::filesystem::remove(part, ec);
        }
        server::logEvent(server::LogLevel::Warn, "photo_refused", {{"sha256", sha256}, {"code", code}});
        return Response::jsonError(status, code, reason + " The upload was discarded.");
    };
    if (!bytes)
        return fail(422, "upload_lost", "The uploaded bytes are gone.");
    if (const auto refused = photos::PhotoIntake(m_db, m_photos, m_photoPolicy).store(userId, sha256, *bytes))
        return fail(refused->status, refused->code, refused->message);
    if (!whole) {
        std::error_code ec;
        std::filesystem::remove(part, ec);
    }
    return uploadState(static_cast<std::int64_t>(bytes->size()), true);
}

} // namespace caravan::api
