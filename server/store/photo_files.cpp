#include "store/photo_files.h"

#include "accounts/crypto.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace caravan::store {

PhotoFiles::PhotoFiles(std::filesystem::path root)
    : m_root(std::move(root))
{
    std::filesystem::create_directories(m_root);
}

bool PhotoFiles::isSha256Hex(const std::string &s)
{
    if (s.size() != 64)
        return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

bool PhotoFiles::looksLikeJpeg(const std::string &bytes)
{
    return bytes.size() > 4 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
           static_cast<unsigned char>(bytes[1]) == 0xD8 && static_cast<unsigned char>(bytes[2]) == 0xFF;
}

std::filesystem::path PhotoFiles::pathOf(const std::string &sha256) const
{
    if (!isSha256Hex(sha256))
        throw std::invalid_argument("not a SHA-256 hex digest");
    return m_root / sha256.substr(0, 2) / (sha256 + ".jpg");
}

bool PhotoFiles::contains(const std::string &sha256) const
{
    std::error_code ec;
    return isSha256Hex(sha256) && std::filesystem::is_regular_file(pathOf(sha256), ec);
}

std::string PhotoFiles::putJpeg(const std::string &bytes)
{
    if (!looksLikeJpeg(bytes))
        throw std::invalid_argument("the photo is not a JPEG image");
    const std::string sha = accounts::sha256Hex(bytes);
    if (!contains(sha))
        put(sha, bytes);
    return sha;
}

void PhotoFiles::put(const std::string &sha256, const std::string &bytes)
{
    const auto target = pathOf(sha256);
    std::filesystem::create_directories(target.parent_path());
    const auto temp = target.parent_path() / ("." + sha256 + "." + accounts::randomToken(8) + ".tmp");
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out)
            throw std::runtime_error("could not write photo file " + temp.string());
    }
    std::filesystem::rename(temp, target);
}

std::optional<std::string> PhotoFiles::read(const std::string &sha256) const
{
    if (!isSha256Hex(sha256))
        return std::nullopt;
    std::ifstream in(pathOf(sha256), std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

bool PhotoFiles::remove(const std::string &sha256)
{
    if (!isSha256Hex(sha256))
        return false;
    std::error_code ec;
    return std::filesystem::remove(pathOf(sha256), ec);
}

} // namespace caravan::store
