#pragma once

#include "paysim/options.h"
#include "paysim/state.h"

#include <string>

// What the sandbox's routes share: its state, the webhook sender, the options and its own base URL.
namespace caravan::paysim {

class WebhookSender;

struct SandboxContext
{
    SandboxState &state;
    WebhookSender &sender;
    const PaysimOptions &options;
    std::string baseUrl; // http://127.0.0.1:PORT (or --public-url), without a trailing slash
};

} // namespace caravan::paysim
