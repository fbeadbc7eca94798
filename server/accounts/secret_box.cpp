#include "accounts/secret_box.h"

#include "accounts/crypto.h"

#include <sodium.h>
#include <stdexcept>
#include <vector>

namespace caravan::accounts {

static_assert(crypto_secretbox_KEYBYTES == 32);

namespace {

// The context is length-prefixed so that no (context, value) pair reads as another.
std::string framed(std::string_view context, std::string_view plain)
{
    return std::to_string(context.size()) + ":" + std::string(context) + std::string(plain);
}

} // namespace

SecretBox::SecretBox(std::string_view keyText)
{
    ensureSodium();
    std::size_t length = 0;
    if (sodium_base642bin(m_key, sizeof m_key, keyText.data(), keyText.size(), nullptr, &length, nullptr,
                          sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0 ||
        length != sizeof m_key)
        throw std::runtime_error("the server key for sealed secrets is not 32 bytes of base64");
}

SecretBox::~SecretBox()
{
    sodium_memzero(m_key, sizeof m_key);
}

std::string SecretBox::seal(std::string_view context, std::string_view plain) const
{
    const auto message = framed(context, plain);
    std::vector<unsigned char> box(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + message.size());
    randombytes_buf(box.data(), crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(box.data() + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char *>(message.data()), message.size(), box.data(),
                          m_key);
    std::string text(sodium_base64_encoded_len(box.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(text.data(), text.size(), box.data(), box.size(), sodium_base64_VARIANT_ORIGINAL);
    text.resize(std::char_traits<char>::length(text.c_str()));
    return text;
}

std::optional<std::string> SecretBox::open(std::string_view context, std::string_view sealed) const
{
    std::vector<unsigned char> box(sealed.size());
    std::size_t length = 0;
    if (sodium_base642bin(box.data(), box.size(), sealed.data(), sealed.size(), nullptr, &length, nullptr,
                          sodium_base64_VARIANT_ORIGINAL) != 0 ||
        length < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES)
        return std::nullopt;
    std::string message(length - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES, '\0');
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(message.data()),
                                   box.data() + crypto_secretbox_NONCEBYTES, length - crypto_secretbox_NONCEBYTES,
                                   box.data(), m_key) != 0)
        return std::nullopt;
    const auto prefix = framed(context, {});
    if (message.compare(0, prefix.size(), prefix) != 0)
        return std::nullopt;
    auto plain = message.substr(prefix.size());
    sodium_memzero(message.data(), message.size());
    return plain;
}

} // namespace caravan::accounts
