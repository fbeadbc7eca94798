// Two buyers can never both buy the last unit (docs/escrow.md, "Quantity").
#include "store/orders.h"
#include "support/escrow_world.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

using namespace caravan;
using namespace caravan::test;
using nlohmann::json;

TEST_CASE("Buyers racing for the last units: each unit goes to exactly one of them", "[orders][race]")
{
    EscrowWorld w;
    std::vector<Account> buyers;
    for (int i = 0; i < 6; ++i)
        buyers.push_back(w.makeBuyer("racer" + std::to_string(i) + "@escrow.test"));

    for (const std::int64_t units : {std::int64_t{1}, std::int64_t{3}}) {
        const auto listing = w.makeListing(units);
        std::atomic<int> created{0}, soldOut{0}, other{0};
        std::atomic<bool> go{false};
        std::vector<std::thread> threads;
        for (const auto &b : buyers)
            threads.emplace_back([&, b] {
                while (!go.load())
                    std::this_thread::yield();
                const auto r = w.call("POST", "/api/v1/orders", b,
                                      {{"listing_id", listing},
                                       {"quantity", 1},
                                       {"ship_to", EscrowWorld::address()},
                                       {"service", "sample-ems"}},
                                      newKey());
                if (r.status == 201)
                    ++created;
                else if (r.status == 409 && json::parse(r.body).at("error") == "sold_out")
                    ++soldOut;
                else
                    ++other;
            });
        go = true;
        for (auto &t : threads)
            t.join();
        INFO("units " << units);
        CHECK(created == units);
        CHECK(soldOut == static_cast<int>(buyers.size()) - units);
        CHECK(other == 0);
        CHECK(store::OrderStore::availableUnits(w.db(), listing) == 0);
    }
    CHECK(w.ledgerHolds());
}
