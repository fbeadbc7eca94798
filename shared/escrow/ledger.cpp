#include "escrow/ledger.h"

#include "listing/sha256.h"
#include "money/currency.h"
#include "money/decimal.h"

#include <array>
#include <charconv>
#include <map>

namespace caravan::escrow {

namespace account {

namespace {

constexpr std::string_view kEscrowPrefix = "escrow:";
constexpr std::string_view kSellerPayablePrefix = "seller_payable:";
constexpr std::size_t kMaxIdLength = 64;

bool isIdChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

bool isValidId(std::string_view id)
{
    if (id.empty() || id.size() > kMaxIdLength)
        return false;
    for (const char c : id)
        if (!isIdChar(c))
            return false;
    return true;
}

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

} // namespace

std::string escrow(std::string_view orderId)
{
    std::string out(kEscrowPrefix);
    out += orderId;
    return out;
}

std::string sellerPayable(std::string_view userId)
{
    std::string out(kSellerPayablePrefix);
    out += userId;
    return out;
}

bool mustNotBeNegative(std::string_view account)
{
    return startsWith(account, kEscrowPrefix) || startsWith(account, kSellerPayablePrefix) ||
           account == kRefundsInTransit || account == kPayoutsInTransit;
}

bool isValidAccount(std::string_view account)
{
    for (const std::string_view fixed :
         {kProviderFunds, kPlatformFees, kImportChargesPayable, kRefundsInTransit, kPayoutsInTransit, kFx})
        if (account == fixed)
            return true;
    if (startsWith(account, kEscrowPrefix))
        return isValidId(account.substr(kEscrowPrefix.size()));
    if (startsWith(account, kSellerPayablePrefix))
        return isValidId(account.substr(kSellerPayablePrefix.size()));
    return false;
}

} // namespace account

void checkBalanced(const Posting &posting)
{
    const std::string where = "posting \"" + posting.businessKey + "\": ";
    if (posting.businessKey.empty())
        throw LedgerError("posting without a business key");
    if (posting.kind.empty())
        throw LedgerError(where + "no kind");
    if (posting.lines.empty())
        throw LedgerError(where + "no lines");
    // 128-bit sums: lines near the int64 limits cannot wrap around into a false balance.
    std::map<std::string, money::Int128, std::less<>> sums;
    for (std::size_t i = 0; i < posting.lines.size(); ++i) {
        const LedgerLine &l = posting.lines[i];
        const std::string line = where + "line " + std::to_string(i + 1) + " ";
        if (!account::isValidAccount(l.account))
            throw LedgerError(line + "has an invalid account \"" + l.account + "\"");
        if (!money::looksLikeCurrencyCode(l.currency))
            throw LedgerError(line + "has an invalid currency \"" + l.currency + "\"");
        if (l.amount == 0)
            throw LedgerError(line + "(" + l.account + ") is zero");
        sums[l.currency] += l.amount;
    }
    for (const auto &[currency, sum] : sums)
        if (sum != 0)
            throw LedgerError(where + "the " + currency + " lines sum to " +
                              std::to_string(static_cast<long long>(sum)) + ", not zero");
}

namespace {

// Feeds the canonical encoding straight into the hash: no intermediate string per row. Text fields
// (hashes included) are written as "<length in bytes>:<bytes>" so that a '|' inside a field cannot make two
// field lists alike; numbers (seq, amount, createdAt) in plain decimal. An entry encodes as
//   caravan-ledger/1|42|36:<transaction id>|64:<transaction
//   hash>|21:seller_payable:user_7|3:JPY|-6906|64:<prev>
class CanonicalHasher
{
public:
    explicit CanonicalHasher(std::string_view tag) { m_sha.update(tag); }

    void text(std::string_view s)
    {
        m_sha.update("|");
        number(static_cast<std::int64_t>(s.size()), false);
        m_sha.update(":");
        m_sha.update(s);
    }
    void integer(std::int64_t v) { number(v, true); }

    std::string hex()
    {
        static constexpr char kHex[] = "0123456789abcdef";
        const auto digest = m_sha.finish();
        std::string out(digest.size() * 2, '0');
        for (std::size_t i = 0; i < digest.size(); ++i) {
            out[2 * i] = kHex[digest[i] >> 4];
            out[2 * i + 1] = kHex[digest[i] & 15];
        }
        return out;
    }

private:
    void number(std::int64_t v, bool separator)
    {
        std::array<char, 24> buf{};
        std::size_t n = 0;
        if (separator)
            buf[n++] = '|';
        const auto res = std::to_chars(buf.data() + n, buf.data() + buf.size(), v);
        m_sha.update(std::string_view(buf.data(), static_cast<std::size_t>(res.ptr - buf.data())));
    }

    listing::Sha256 m_sha;
};

} // namespace

std::string transactionHash(const StoredTransaction &t)
{
    CanonicalHasher h("caravan-ledger-tx/1");
    h.text(t.id);
    h.text(t.businessKey);
    h.text(t.kind);
    h.text(t.orderId);
    h.text(t.payoutId);
    h.text(t.fx);
    h.text(t.memo);
    h.integer(t.createdAt);
    return h.hex();
}

std::string entryHash(const StoredEntry &e, std::string_view transactionHash)
{
    CanonicalHasher h("caravan-ledger/1");
    h.integer(e.seq);
    h.text(e.transactionId);
    h.text(transactionHash);
    h.text(e.account);
    h.text(e.currency);
    h.integer(e.amount);
    h.text(e.prevHash);
    return h.hex();
}

} // namespace caravan::escrow
