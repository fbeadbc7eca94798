#include "accounts/password.h"

#include "accounts/crypto.h"

#include <algorithm>
#include <fstream>
#include <sodium.h>
#include <stdexcept>

namespace caravan::accounts {

PasswordHasher::PasswordHasher(unsigned long long opsLimit, std::size_t memLimit)
    : m_opsLimit(std::max(opsLimit, kMinOpsLimit))
    , m_memLimit(std::max(memLimit, kMinMemLimit))
{
    ensureSodium();
}

std::string PasswordHasher::hash(const std::string &password) const
{
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), m_opsLimit, m_memLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("password hashing ran out of memory");
    return std::string(out);
}

bool PasswordHasher::verify(const std::string &storedHash, const std::string &password) const
{
    if (storedHash.empty() || storedHash.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(storedHash.c_str(), password.data(), password.size()) == 0;
}

bool PasswordHasher::needsRehash(const std::string &storedHash) const
{
    return crypto_pwhash_str_needs_rehash(storedHash.c_str(), m_opsLimit, m_memLimit) != 0;
}

std::size_t utf8Length(const std::string &s)
{
    return static_cast<std::size_t>(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string asciiLower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : char(c); });
    return s;
}

PasswordPolicy PasswordPolicy::fromFile(const std::filesystem::path &file)
{
    std::ifstream in(file);
    if (!in)
        throw std::runtime_error("cannot read the common-password list " + file.string());
    PasswordPolicy policy;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty() || line.front() == '#')
            continue;
        policy.m_common.insert(asciiLower(line));
    }
    if (policy.m_common.empty())
        throw std::runtime_error("the common-password list " + file.string() + " is empty");
    return policy;
}

PasswordProblem PasswordPolicy::check(const std::string &password) const
{
    if (password.size() > kMaxLength)
        return PasswordProblem::TooLong;
    if (utf8Length(password) < kMinLength)
        return PasswordProblem::TooShort;
    if (m_common.count(asciiLower(password)))
        return PasswordProblem::Common;
    return PasswordProblem::None;
}

} // namespace caravan::accounts
