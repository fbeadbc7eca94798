#include "orders/order_settings.h"

#include <Poco/URI.h>

namespace caravan::orders {

std::string OrderSettings::paymentPageOrigin() const
{
    if (!paymentsPageOrigin.empty())
        return paymentsPageOrigin;
    try {
        const Poco::URI api(paymentsApiBase);
        if (api.getHost() == "api.stripe.com")
            return "https://checkout.stripe.com";
        if (api.getScheme().empty() || api.getHost().empty())
            return {};
        std::string origin = api.getScheme() + "://" + api.getHost();
        if (const auto port = api.getSpecifiedPort())
            origin += ":" + std::to_string(port);
        return origin;
    } catch (const std::exception &) {
        return {};
    }
}

} // namespace caravan::orders
