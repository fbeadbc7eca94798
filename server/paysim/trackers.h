#pragma once

#include "paysim/context.h"

#include <string>

// EasyPost Trackers: created by tracking code and carrier, moved along by the sandbox's control API,
// each move sent as a signed tracker.updated Event. Every function expects SandboxState::Lock held and
// throws ApiError with EasyPost's error codes.
namespace caravan::paysim {

// POST /v2/trackers {"tracker": {"tracking_code", "carrier"}}. The same code and carrier give the
// tracker that exists already.
json createTracker(SandboxContext &ctx, const json &body);
json &tracker(SandboxState &state, const std::string &id);
// Appends a tracking detail and sends tracker.updated. `status` and `statusDetail` are EasyPost's values
// (plus "held_by_customs"); `message` defaults to a readable line for the detail.
json addTrackingEvent(SandboxState &state, const std::string &id, const std::string &status,
                      const std::string &statusDetail, const std::string &message);

} // namespace caravan::paysim
