#include "http/request_id.h"

#include <cstdint>
#include <random>

namespace caravan::http {

std::string newRequestId()
{
    // Ids only need to be unique, not secret: a generator per thread, seeded from the OS.
    thread_local std::mt19937_64 generator{[] {
        std::random_device device;
        std::seed_seq seed{device(), device(), device(), device(), device(), device(), device(), device()};
        return std::mt19937_64(seed);
    }()};
    static constexpr char kHex[] = "0123456789abcdef";
    std::string id(32, '0');
    for (int half = 0; half < 2; ++half) {
        std::uint64_t bits = generator();
        for (int i = 0; i < 16; ++i, bits >>= 4)
            id[static_cast<std::size_t>(half * 16 + i)] = kHex[bits & 0xf];
    }
    return id;
}

bool isWellFormedRequestId(std::string_view id)
{
    if (id.empty() || id.size() > 64)
        return false;
    for (char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                        c == '_' || c == '.' || c == ':';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace caravan::http
