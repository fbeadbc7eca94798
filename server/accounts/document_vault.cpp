#include "accounts/document_vault.h"

#include "accounts/crypto.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sodium.h>
#include <sstream>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace caravan::accounts {

namespace {

constexpr std::string_view kMagic = "caravan-vault/1\n"; // what a vault file starts with
static_assert(crypto_secretbox_KEYBYTES == 32);

std::runtime_error keyError(const std::filesystem::path &file, const std::string &what)
{
    return std::runtime_error("identity key file " + file.string() + ": " + what);
}

// Reads the key, or creates the file with a fresh one (O_EXCL: of two servers starting at once, one
// creates it and the other reads it).
void loadOrCreateKey(const std::filesystem::path &file, unsigned char *key)
{
    if (file.has_parent_path())
        std::filesystem::create_directories(file.parent_path());
    const int created = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (created >= 0) {
        randombytes_buf(key, crypto_secretbox_KEYBYTES);
        const bool ok = ::write(created, key, crypto_secretbox_KEYBYTES) == crypto_secretbox_KEYBYTES &&
                        ::fsync(created) == 0;
        ::close(created);
        if (!ok)
            throw keyError(file, std::string("cannot be written: ") + std::strerror(errno));
        return;
    }
    if (errno != EEXIST)
        throw keyError(file, std::string("cannot be created: ") + std::strerror(errno));
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw keyError(file, std::string("cannot be read: ") + std::strerror(errno));
    unsigned char buffer[crypto_secretbox_KEYBYTES + 1];
    ssize_t got = 0;
    for (int attempt = 0; attempt < 50; ++attempt) { // a server creating it may not have written it yet
        got = ::pread(fd, buffer, sizeof buffer, 0);
        if (got != 0)
            break;
        ::usleep(20000);
    }
    ::close(fd);
    if (got != static_cast<ssize_t>(crypto_secretbox_KEYBYTES))
        throw keyError(file, "is not a key (it must hold exactly 32 bytes)");
    std::memcpy(key, buffer, crypto_secretbox_KEYBYTES);
    sodium_memzero(buffer, sizeof buffer);
}

void checkName(const std::string &name)
{
    if (name.empty() || name.size() > 200 || name.front() == '.' ||
        name.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.") !=
            std::string::npos)
        throw std::invalid_argument("not a vault file name: " + name);
}

} // namespace

DocumentVault::DocumentVault(std::filesystem::path folder, const std::filesystem::path &keyFile)
    : m_folder(std::move(folder))
{
    ensureSodium();
    loadOrCreateKey(keyFile, m_key);
    std::filesystem::create_directories(m_folder);
    std::filesystem::permissions(m_folder, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::replace);
}

DocumentVault::~DocumentVault()
{
    sodium_memzero(m_key, sizeof m_key);
}

std::filesystem::path DocumentVault::pathOf(const std::string &name) const
{
    checkName(name);
    return m_folder / name;
}

void DocumentVault::put(const std::string &name, std::string_view plain) const
{
    const auto target = pathOf(name);
    std::string file(kMagic);
    file.resize(kMagic.size() + crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size());
    auto *nonce = reinterpret_cast<unsigned char *>(file.data() + kMagic.size());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char *>(plain.data()), plain.size(), nonce, m_key);

    const auto temporary = m_folder / (name + "." + randomToken(6) + ".tmp");
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        throw std::runtime_error("cannot write " + temporary.string() + ": " + std::strerror(errno));
    std::size_t written = 0;
    while (written < file.size()) {
        const auto n = ::write(fd, file.data() + written, file.size() - written);
        if (n <= 0)
            break;
        written += static_cast<std::size_t>(n);
    }
    const bool ok = written == file.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok) {
        std::filesystem::remove(temporary);
        throw std::runtime_error("cannot write " + temporary.string());
    }
    std::filesystem::rename(temporary, target);
}

std::optional<std::string> DocumentVault::get(const std::string &name) const
{
    std::ifstream in(pathOf(name), std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream content;
    content << in.rdbuf();
    const std::string file = content.str();
    const std::size_t header = kMagic.size() + crypto_secretbox_NONCEBYTES;
    if (file.size() < header + crypto_secretbox_MACBYTES || file.compare(0, kMagic.size(), kMagic) != 0)
        return std::nullopt;
    const auto *nonce = reinterpret_cast<const unsigned char *>(file.data() + kMagic.size());
    std::string plain(file.size() - header - crypto_secretbox_MACBYTES, '\0');
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()),
                                   nonce + crypto_secretbox_NONCEBYTES, file.size() - header, nonce,
                                   m_key) != 0)
        return std::nullopt;
    return plain;
}

bool DocumentVault::remove(const std::string &name) const
{
    return std::filesystem::remove(pathOf(name));
}

} // namespace caravan::accounts
