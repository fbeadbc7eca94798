#include "escrow/ledger.h"
#include "escrow_orders.h"
#include "escrow/postings.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace caravan::escrow;
using caravan::money::Money;
using namespace caravan::escrow::testing;

namespace {

LedgerLine line(const std::string &account, const std::string &currency, std::int64_t amount)
{
    return {account, currency, amount};
}

Posting posting(std::vector<LedgerLine> lines)
{
    Posting p;
    p.businessKey = "test:1";
    p.kind = "test";
    p.lines = std::move(lines);
    return p;
}

} // namespace

TEST_CASE("escrow: account names, flags and validity", "[escrow][ledger]")
{
    CHECK(account::escrow("ord-1") == "escrow:ord-1");
    CHECK(account::sellerPayable("user_7") == "seller_payable:user_7");
    for (const std::string a :
         {"escrow:ord-1", "seller_payable:user_7", "refunds_in_transit", "payouts_in_transit"})
        CHECK(account::mustNotBeNegative(a));
    for (const std::string a : {"provider_funds", "platform_fees", "import_charges_payable", "fx"})
        CHECK_FALSE(account::mustNotBeNegative(a));

    for (const std::string &a : std::vector<std::string>{
             "provider_funds", "platform_fees", "import_charges_payable", "refunds_in_transit",
             "payouts_in_transit", "fx", "escrow:3f2b9c1e-0d4a-4b8e-9a51-7c2d1e0f6a33",
             "seller_payable:A_z-9", "escrow:" + std::string(64, 'a')})
        CHECK(account::isValidAccount(a));
    for (const std::string &a : std::vector<std::string>{
             "", "escrow:", "escrow", "seller_payable:", "escrow:a b", "escrow:a|b",
             "escrow:" + std::string(65, 'a'), "Provider_funds", "fx ", "payable:x", "escrow:é"})
        CHECK_FALSE(account::isValidAccount(a));
}

TEST_CASE("escrow: a posting must balance per currency and name real accounts", "[escrow][ledger]")
{
    CHECK_NOTHROW(
        checkBalanced(posting({line("provider_funds", "EUR", 100), line("escrow:o1", "EUR", -100)})));
    CHECK_NOTHROW(
        checkBalanced(posting({line("fx", "EUR", -100), line("fx", "JPY", 17645),
                               line("seller_payable:u", "JPY", -17645), line("escrow:o1", "EUR", 100)})));

    CHECK_THROWS_WITH(checkBalanced(posting({})), Catch::Contains("no lines"));
    CHECK_THROWS_WITH(
        checkBalanced(posting({line("provider_funds", "EUR", 100), line("escrow:o1", "EUR", -99)})),
        Catch::Contains("EUR lines sum to 1"));
    // Balanced in total but not per currency.
    CHECK_THROWS_WITH(
        checkBalanced(posting({line("provider_funds", "EUR", 100), line("escrow:o1", "USD", -100)})),
        Catch::Contains("not zero"));
    CHECK_THROWS_WITH(checkBalanced(posting({line("provider_funds", "EUR", 0), line("escrow:o1", "EUR", 0)})),
                      Catch::Contains("zero"));
    CHECK_THROWS_WITH(checkBalanced(posting({line("cash", "EUR", 100), line("escrow:o1", "EUR", -100)})),
                      Catch::Contains("invalid account \"cash\""));
    CHECK_THROWS_WITH(
        checkBalanced(posting({line("provider_funds", "eur", 100), line("escrow:o1", "eur", -100)})),
        Catch::Contains("invalid currency"));
    CHECK_THROWS_WITH(
        checkBalanced(posting({line("provider_funds", "EURO", 1), line("escrow:o1", "EURO", -1)})),
        Catch::Contains("invalid currency"));
    // Near the int64 limits the sum must not wrap around into a false zero.
    CHECK_THROWS(checkBalanced(posting({line("provider_funds", "EUR", INT64_MAX),
                                        line("fx", "EUR", INT64_MAX), line("escrow:o1", "EUR", 2)})));
    auto noKey = posting({line("provider_funds", "EUR", 1), line("escrow:o1", "EUR", -1)});
    noKey.businessKey.clear();
    CHECK_THROWS_WITH(checkBalanced(noKey), Catch::Contains("business key"));
    auto noKind = posting({line("provider_funds", "EUR", 1), line("escrow:o1", "EUR", -1)});
    noKind.kind.clear();
    CHECK_THROWS_WITH(checkBalanced(noKind), Catch::Contains("kind"));
}

// Computed independently with Python's hashlib from the encoding in ledger.h, text fields as
// "<byte length>:<bytes>", numbers in decimal:
//   caravan-ledger-tx/1|36:7d3c…9a11|20:order:ord-1:released|14:order_released|5:ord-1|0:|36:1 JPY = 0.005667
//   EUR; ECB 2025-10-21|11:Café | ✓|1795000000 caravan-ledger/1|42|36:7d3c…9a11|64:<transaction
//   hash>|21:seller_payable:user_7|3:JPY|-6906|64:abab…ab
TEST_CASE("escrow: transaction and entry hashes match an independent computation", "[escrow][ledger]")
{
    StoredTransaction t;
    t.id = "7d3c1c2e-2f7a-4a51-9b8e-0c6f1f0e9a11";
    t.businessKey = "order:ord-1:released";
    t.kind = "order_released";
    t.orderId = "ord-1";
    t.fx = "1 JPY = 0.005667 EUR; ECB 2025-10-21";
    t.memo = "Caf\xC3\xA9 | \xE2\x9C\x93"; // "Café | ✓": lengths are in bytes, and a '|' inside a field is
                                           // harmless
    t.createdAt = 1795000000;
    const std::string th = transactionHash(t);
    CHECK(th == "3a7e45bd76c824505229764d8a8ae709ac98cccc8b2f376067442bbf8741e817");

    StoredEntry e;
    e.seq = 42;
    e.transactionId = t.id;
    e.account = "seller_payable:user_7";
    e.currency = "JPY";
    e.amount = -6906;
    for (int i = 0; i < 32; ++i)
        e.prevHash += "ab";
    CHECK(entryHash(e, th) == "6f6b29bf91b4088805bfc9c897f71dd145b366cdc8fd46b450f6f03275498304");

    // Moving a '|' between fields changes the hash: the length prefixes keep the fields apart.
    StoredTransaction shifted = t;
    shifted.fx = t.fx + "|" + t.memo;
    shifted.memo.clear();
    CHECK(transactionHash(shifted) != th);
    StoredTransaction moved = t;
    moved.orderId = "";
    moved.payoutId = "ord-1";
    CHECK(transactionHash(moved) != th);
    CHECK(kGenesisHash == std::string(64, '0'));
}

TEST_CASE("escrow: funding and release follow the postings table", "[escrow][postings]")
{
    const OrderMoney o = crossBorderOrder();
    const Posting funded = fundingPosting(o);
    CHECK(funded.businessKey == "order:ord-1:funded");
    CHECK(funded.kind == "order_funded");
    CHECK(funded.orderId == "ord-1");
    CHECK(funded.payoutId.empty());
    CHECK(funded.fx.empty());
    CHECK(funded.lines ==
          std::vector<LedgerLine>{{"provider_funds", "EUR", 4247}, {"escrow:ord-1", "EUR", -4247}});

    const Posting released = releasePosting(o);
    CHECK(released.businessKey == "order:ord-1:released");
    CHECK(released.kind == "order_released");
    CHECK(released.orderId == "ord-1");
    CHECK(released.fx == o.fx);
    CHECK(released.lines == std::vector<LedgerLine>{
                                {"escrow:ord-1", "EUR", 4247},
                                {"import_charges_payable", "EUR", -121},
                                {"platform_fees", "EUR", -212},
                                {"fx", "EUR", -(2834 + 1080)},
                                {"fx", "JPY", 5000 + 1906},
                                {"seller_payable:user_7", "JPY", -(5000 + 1906)},
                                {"seller_payable:user_7", "JPY", 449},
                                {"platform_fees", "JPY", -449},
                            });
}

TEST_CASE("escrow: a release in one currency has no fx lines and leaves zero lines out", "[escrow][postings]")
{
    const OrderMoney o = sameCurrencyOrder();
    const Posting released = releasePosting(o);
    CHECK(released.fx.empty());
    CHECK(released.lines == std::vector<LedgerLine>{
                                {"escrow:ord-2", "EUR", 5875},
                                {"platform_fees", "EUR", -295},
                                {"seller_payable:user_8", "EUR", -5580},
                                {"seller_payable:user_8", "EUR", 363},
                                {"platform_fees", "EUR", -363},
                            });
    OrderMoney free = o;
    free.listing.sellerFee = eur(0);
    free.listing.sellerNet = eur(5580);
    free.buyer = free.listing;
    for (const auto &l : releasePosting(free).lines)
        CHECK(l.amount != 0);
    CHECK(releasePosting(free).lines.size() == 3);

    // Amounts that do not add up are refused, not posted.
    OrderMoney broken = o;
    broken.buyer.total = eur(5876);
    CHECK_THROWS_AS(releasePosting(broken), LedgerError);
}

TEST_CASE("escrow: refunds and payouts follow the postings table", "[escrow][postings]")
{
    const OrderMoney o = crossBorderOrder();
    const Posting refund = refundPosting(o, "rf-1", eur(1000));
    CHECK(refund.businessKey == "order:ord-1:refund:rf-1");
    CHECK(refund.kind == "order_refund");
    CHECK(refund.orderId == "ord-1");
    CHECK(refund.lines ==
          std::vector<LedgerLine>{{"escrow:ord-1", "EUR", 1000}, {"refunds_in_transit", "EUR", -1000}});
    CHECK(refundPosting(o, "rf-2", eur(4247)).lines.front().amount == 4247);
    CHECK_THROWS_AS(refundPosting(o, "rf-3", eur(4248)), LedgerError);
    CHECK_THROWS_AS(refundPosting(o, "rf-3", eur(0)), LedgerError);
    CHECK_THROWS_AS(refundPosting(o, "rf-3", eur(-5)), LedgerError);
    CHECK_THROWS_AS(refundPosting(o, "rf-3", jpy(100)), LedgerError);

    const Posting settled = refundSettledPosting("rf-1", "ord-1", eur(1000));
    CHECK(settled.businessKey == "refund:rf-1:settled");
    CHECK(settled.kind == "refund_settled");
    CHECK(settled.orderId == "ord-1");
    CHECK(settled.lines ==
          std::vector<LedgerLine>{{"refunds_in_transit", "EUR", 1000}, {"provider_funds", "EUR", -1000}});

    const Posting created = payoutCreatedPosting("po-9", "user_7", jpy(6457));
    CHECK(created.businessKey == "payout:po-9:created");
    CHECK(created.kind == "payout_created");
    CHECK(created.payoutId == "po-9");
    CHECK(created.orderId.empty());
    CHECK(created.lines == std::vector<LedgerLine>{{"seller_payable:user_7", "JPY", 6457},
                                                   {"payouts_in_transit", "JPY", -6457}});
    const Posting paid = payoutPaidPosting("po-9", "user_7", jpy(6457));
    CHECK(paid.businessKey == "payout:po-9:paid");
    CHECK(paid.kind == "payout_paid");
    CHECK(paid.lines ==
          std::vector<LedgerLine>{{"payouts_in_transit", "JPY", 6457}, {"provider_funds", "JPY", -6457}});
    const Posting failed = payoutFailedPosting("po-9", "user_7", jpy(6457));
    CHECK(failed.businessKey == "payout:po-9:failed");
    CHECK(failed.kind == "payout_failed");
    CHECK(failed.lines == std::vector<LedgerLine>{{"payouts_in_transit", "JPY", 6457},
                                                  {"seller_payable:user_7", "JPY", -6457}});
    CHECK_THROWS_AS(payoutCreatedPosting("po-9", "user_7", jpy(0)), LedgerError);
    CHECK_THROWS_AS(refundSettledPosting("rf-1", "ord-1", eur(-1)), LedgerError);
}
