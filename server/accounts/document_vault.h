#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

// Files the server keeps encrypted at rest (payout identity documents): each file is libsodium's
// crypto_secretbox_easy (XSalsa20-Poly1305) of the content under a 32-byte key that lives in a key file
// outside the database, with a fresh random nonce per file. The key file is created on first use with
// mode 0600; a copy of the database or of the folder alone gives nothing away, and a changed file does
// not open. The folder is under the data directory, apart from the photos, and no route serves it.
namespace caravan::accounts {

class DocumentVault
{
public:
    // Reads the key from `keyFile`, creating it (0600, 32 random bytes) if it does not exist. Throws
    // std::runtime_error when the file exists with another size or cannot be read or written.
    DocumentVault(std::filesystem::path folder, const std::filesystem::path &keyFile);
    ~DocumentVault();
    DocumentVault(const DocumentVault &) = delete;
    DocumentVault &operator=(const DocumentVault &) = delete;

    // Encrypts `plain` into the file `name` (written to a temporary file, then renamed into place).
    void put(const std::string &name, std::string_view plain) const;
    // The decrypted content; nothing if there is no such file or it does not open under the key.
    [[nodiscard]] std::optional<std::string> get(const std::string &name) const;
    // Removes the file; true if it was there.
    bool remove(const std::string &name) const;
    [[nodiscard]] std::filesystem::path pathOf(const std::string &name) const;

private:
    std::filesystem::path m_folder;
    unsigned char m_key[32];
};

} // namespace caravan::accounts
