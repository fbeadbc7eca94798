#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace caravan::store {

// Photo bytes on disk, addressed by their SHA-256: <root>/ab/abcdef....jpg. Writing the same bytes
// twice stores them once; files appear atomically (written to a temporary name, then renamed).
class PhotoFiles
{
public:
    explicit PhotoFiles(std::filesystem::path root);

    // Stores the JPEG and returns its SHA-256 (hex). Throws std::invalid_argument if it is not a JPEG.
    std::string putJpeg(const std::string &bytes);
    // Stores `bytes` under the name `sha256` (which need not be their own hash, e.g. a re-encoded
    // upload kept under the name the app knows it by). Replaces a file of that name atomically.
    void put(const std::string &sha256, const std::string &bytes);
    std::filesystem::path pathOf(const std::string &sha256) const;
    bool contains(const std::string &sha256) const;
    std::optional<std::string> read(const std::string &sha256) const;
    // Deletes the file (the caller has deleted its rows). False if there was none.
    bool remove(const std::string &sha256);

    static bool isSha256Hex(const std::string &s);
    static bool looksLikeJpeg(const std::string &bytes);

private:
    std::filesystem::path m_root;
};

} // namespace caravan::store
