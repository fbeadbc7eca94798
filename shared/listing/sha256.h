#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

// SHA-256 (FIPS 180-4), for content hashes of listings. The core library has no crypto dependency.
namespace caravan::listing {

class Sha256
{
public:
    Sha256();
    void update(std::string_view data);
    std::array<std::uint8_t, 32> finish();

    static std::string hex(std::string_view data);

private:
    void block(const std::uint8_t *p);
    std::array<std::uint32_t, 8> h_;
    std::array<std::uint8_t, 64> buf_{};
    std::size_t used_ = 0;
    std::uint64_t length_ = 0;
};

} // namespace caravan::listing
