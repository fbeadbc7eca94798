#pragma once

#include <filesystem>
#include <string>
#include <unordered_set>

namespace caravan::accounts {

// Argon2id (libsodium crypto_pwhash_str_alg). The limits never go below OWASP's minimum for
// Argon2id: 19 MiB of memory and 2 iterations. The defaults are the highest that keep a hash (what a
// sign-in costs) under 200 ms, a fifth below the 250 ms budget, on the project's machine kind (2 cores),
// measured by bench_password (docs/operations.md, "Password hashing", has the figures). A stored hash
// made with other parameters is upgraded at its next sign-in.
class PasswordHasher
{
public:
    static constexpr unsigned long long kMinOpsLimit = 2;
    static constexpr std::size_t kMinMemLimit = 19u * 1024u * 1024u;
    static constexpr unsigned long long kDefaultOpsLimit = 6;
    static constexpr std::size_t kDefaultMemLimit = 64u * 1024u * 1024u;

    PasswordHasher(unsigned long long opsLimit = kDefaultOpsLimit, std::size_t memLimit = kDefaultMemLimit);

    unsigned long long opsLimit() const { return m_opsLimit; }
    std::size_t memLimit() const { return m_memLimit; }

    std::string hash(const std::string &password) const;
    bool verify(const std::string &storedHash, const std::string &password) const;
    bool needsRehash(const std::string &storedHash) const;

private:
    unsigned long long m_opsLimit;
    std::size_t m_memLimit;
};

enum class PasswordProblem { None, TooShort, TooLong, Common };

// Length limits and a list of common passwords (compared case-insensitively).
class PasswordPolicy
{
public:
    static constexpr std::size_t kMinLength = 10;   // characters (UTF-8 code points)
    static constexpr std::size_t kMaxLength = 1024; // bytes; longer input is refused, not truncated

    PasswordPolicy() = default;
    // Reads one password a line; lines starting with '#' are comments.
    static PasswordPolicy fromFile(const std::filesystem::path &file);

    PasswordProblem check(const std::string &password) const;
    std::size_t commonCount() const { return m_common.size(); }

private:
    std::unordered_set<std::string> m_common;
};

std::size_t utf8Length(const std::string &s);
std::string asciiLower(std::string s);

} // namespace caravan::accounts
