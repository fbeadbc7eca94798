#pragma once

#include <cstdint>

namespace caravan::api {

// What one account may upload (photos.*; docs/operations.md, "Photo storage"). The defaults leave room
// for a busy seller (a listing has at most 12 photos) while one account cannot fill the disk.
struct PhotoPolicy
{
    // Bytes the account's photos may take: the stored photos it uploaded plus the uploads it has in
    // progress (each counted at its announced total).
    std::int64_t quotaBytes = 2LL * 1024 * 1024 * 1024;
    // New photo uploads an account may start per hour (a fixed window, like the sign-in throttle).
    std::int64_t uploadsPerHour = 600;
    // A photo that no listing (of any status) and no order uses is deleted after this long.
    std::int64_t orphanGraceSeconds = 7 * 24 * 3600;
};

} // namespace caravan::api
