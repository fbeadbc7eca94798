#pragma once

#include <optional>
#include <string>
#include <string_view>

// Secrets the server must read back (the staff TOTP secrets) kept encrypted at rest: libsodium's
// crypto_secretbox_easy (XSalsa20-Poly1305) under a server key, a fresh random nonce per seal. The key is
// a server secret like the others (store::SecretRepository), so a copy of the database rows alone does
// not give the secrets away. `context` (the user id) is sealed with the value and checked on opening, so
// a sealed value moved to another row does not open there.
namespace caravan::accounts {

class SecretBox
{
public:
    // `keyText`: 32 random bytes as unpadded URL-safe base64 (accounts::randomToken(32)).
    explicit SecretBox(std::string_view keyText);
    ~SecretBox();
    SecretBox(const SecretBox &) = delete;
    SecretBox &operator=(const SecretBox &) = delete;

    // base64(nonce | ciphertext with its MAC)
    [[nodiscard]] std::string seal(std::string_view context, std::string_view plain) const;
    // Nothing if the text was not sealed under this key for this context, or was changed.
    [[nodiscard]] std::optional<std::string> open(std::string_view context, std::string_view sealed) const;

private:
    unsigned char m_key[32];
};

} // namespace caravan::accounts
