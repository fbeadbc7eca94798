// Property tests of the ledger (docs/escrow.md, "Tests that hold this to account"): random histories of
// orders funded, released, refunded and paid out stay balanced and verify; any single edited, deleted,
// inserted or reordered row, or a wrong head, is found.
#include "escrow/ledger.h"
#include "escrow/ledger_verify.h"
#include "escrow/postings.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

using namespace caravan::escrow;
using caravan::money::Money;

namespace {

// A tiny store: assigns sequence numbers and chains the hashes as server/store does.
struct TestLedger
{
    struct Row
    {
        StoredEntry entry;
        std::size_t transaction = 0; // index into transactions
    };
    std::vector<StoredTransaction> transactions;
    std::vector<Row> rows;
    std::optional<std::pair<std::int64_t, std::string>> head;
    std::int64_t now = 1'790'000'000;

    void post(const Posting &p)
    {
        checkBalanced(p);
        postUnchecked(p);
    }

    // What a broken store would write: no balance check.
    void postUnchecked(const Posting &p)
    {
        StoredTransaction t{"tx-" + std::to_string(transactions.size() + 1),
                            p.businessKey,
                            p.kind,
                            p.orderId,
                            p.payoutId,
                            p.fx,
                            p.memo,
                            now += 7,
                            {}};
        t.hash = transactionHash(t);
        transactions.push_back(t);
        for (const auto &l : p.lines) {
            StoredEntry e{lastSeq() + 1, t.id, l.account, l.currency, l.amount, lastHash(), {}};
            e.hash = entryHash(e, t.hash);
            rows.push_back({e, transactions.size() - 1});
            head = std::pair{e.seq, e.hash};
        }
    }

    // A forger with write access: recomputes every hash from row `from` on and moves the head.
    void rechain(std::size_t from)
    {
        for (auto &t : transactions)
            t.hash = transactionHash(t);
        for (std::size_t i = from; i < rows.size(); ++i) {
            auto &e = rows[i].entry;
            e.prevHash = i == 0 ? kGenesisHash : rows[i - 1].entry.hash;
            e.hash = entryHash(e, transactions[rows[i].transaction].hash);
        }
        head = std::pair{rows.back().entry.seq, rows.back().entry.hash};
    }

    std::int64_t lastSeq() const { return rows.empty() ? 0 : rows.back().entry.seq; }
    std::string lastHash() const { return rows.empty() ? kGenesisHash : rows.back().entry.hash; }
};

LedgerVerifier verify(const TestLedger &l, const std::vector<OrderFacts> &orders)
{
    LedgerVerifier v;
    for (const auto &r : l.rows)
        v.addEntry(r.entry, l.transactions[r.transaction]);
    v.finishEntries(l.head);
    for (const auto &o : orders)
        v.checkOrder(o);
    v.finishOrders();
    return v;
}

std::string describe(const LedgerVerifier &v)
{
    std::string out;
    for (const auto &p : v.problems())
        out += p.check + " seq=" + std::to_string(p.seq) + " tx=" + p.transactionId + " order=" + p.orderId +
               ": " + p.message + "\n";
    return out;
}

bool reports(const LedgerVerifier &v, const std::string &check)
{
    return std::any_of(v.problems().begin(), v.problems().end(),
                       [&](const LedgerProblem &p) { return p.check == check; });
}

struct Currency
{
    const char *code;
    int digits;
};
constexpr Currency kCurrencies[] = {{"EUR", 2}, {"JPY", 0}, {"USD", 2}, {"GBP", 2}, {"KWD", 3}};

// A marketplace run by random events, posting through the postings functions and tracking what the store
// would hold for each order.
class Market
{
public:
    explicit Market(std::uint32_t seed)
        : m_rng(seed)
    {}

    void run(int steps)
    {
        for (int i = 0; i < steps; ++i)
            step();
    }

    const TestLedger &ledger() const { return m_ledger; }
    std::vector<OrderFacts> facts() const
    {
        std::vector<OrderFacts> out;
        for (const auto &o : m_orders)
            out.push_back({o.money.orderId, o.state, std::string(o.money.buyer.total.currency()),
                           o.money.buyer.total.minor()});
        return out;
    }

private:
    struct Order
    {
        OrderMoney money;
        OrderState state = OrderState::AwaitingPayment;
    };
    struct InTransit
    {
        std::string id;
        std::string orderOrSeller;
        Money amount;
    };

    std::int64_t between(std::int64_t lo, std::int64_t hi)
    {
        return std::uniform_int_distribution<std::int64_t>(lo, hi)(m_rng);
    }
    bool chance(int percent) { return between(1, 100) <= percent; }

    Money amount(const Currency &c, std::int64_t lo, std::int64_t hi)
    {
        return Money::ofMinor(between(lo, hi), c.code, c.digits);
    }

    // Amounts that obey the pricing identities; B parts are not tied to L by a rate here (the postings
    // do not look at the rate), except that L = B gives equal columns.
    Amounts amounts(const Currency &c, bool withImport)
    {
        Amounts a;
        a.item = amount(c, 1, 2'000'000);
        a.postage = amount(c, 0, 50'000);
        a.importCheckout = withImport ? amount(c, 1, 40'000) : amount(c, 0, 0);
        a.buyerFee = amount(c, 0, 20'000);
        a.total = a.item + a.postage + a.importCheckout + a.buyerFee;
        a.sellerFee = amount(c, 0, (a.item + a.postage).minor() - 1);
        a.sellerNet = a.item + a.postage - a.sellerFee;
        return a;
    }

    void create()
    {
        const Currency &l = kCurrencies[between(0, 4)];
        const Currency &b = chance(30) ? l : kCurrencies[between(0, 4)];
        const bool withImport = chance(40);
        Order o;
        o.money.orderId = "ord-" + std::to_string(m_orders.size() + 1);
        o.money.sellerId = "seller-" + std::to_string(between(1, 4));
        o.money.listing = amounts(l, withImport);
        o.money.buyer = std::string(l.code) == b.code ? o.money.listing : amounts(b, withImport);
        o.money.fx = std::string("1 ") + l.code + " = 1.5 " + b.code + "; test";
        m_orders.push_back(o);
    }

    Order *pick(std::initializer_list<OrderState> states)
    {
        std::vector<Order *> candidates;
        for (auto &o : m_orders)
            if (std::find(states.begin(), states.end(), o.state) != states.end())
                candidates.push_back(&o);
        return candidates.empty() ? nullptr
                                  : candidates[static_cast<std::size_t>(between(0, candidates.size() - 1))];
    }

    void refundInFull(Order &o)
    {
        // One to three refunds that add up to the total, as a cancellation or a decided dispute would send.
        std::int64_t left = o.money.buyer.total.minor();
        const int parts = static_cast<int>(between(1, 3));
        for (int i = 1; i <= parts && left > 0; ++i) {
            const std::int64_t part = i == parts ? left : between(1, left);
            const Money m =
                Money::ofMinor(part, o.money.buyer.total.currency(), o.money.buyer.total.digits());
            const std::string id = o.money.orderId + "-r" + std::to_string(i);
            m_ledger.post(refundPosting(o.money, id, m));
            m_refunds.push_back({id, o.money.orderId, m});
            left -= part;
        }
        o.state = OrderState::Refunded;
    }

    void release(Order &o)
    {
        m_ledger.post(releasePosting(o.money));
        o.state = OrderState::Released;
        m_payable[{o.money.sellerId, std::string(o.money.listing.total.currency())}] +=
            o.money.listing.sellerNet.minor();
    }

    void payout()
    {
        std::vector<std::pair<std::string, std::string>> owed;
        for (const auto &[key, balance] : m_payable)
            if (balance > 0)
                owed.push_back(key);
        if (owed.empty())
            return;
        const auto key = owed[static_cast<std::size_t>(between(0, owed.size() - 1))];
        const Currency *c = nullptr;
        for (const auto &cur : kCurrencies)
            if (key.second == cur.code)
                c = &cur;
        const Money m = amount(*c, 1, m_payable[key]);
        const std::string id = "po-" + std::to_string(++m_payouts);
        m_ledger.post(payoutCreatedPosting(id, key.first, m));
        m_payable[key] -= m.minor();
        m_transfers.push_back({id, key.first, m});
    }

    void settleOne()
    {
        if (!m_refunds.empty() && (m_transfers.empty() || chance(50))) {
            const auto i = static_cast<std::size_t>(between(0, m_refunds.size() - 1));
            const InTransit r = m_refunds[i];
            m_refunds.erase(m_refunds.begin() + static_cast<std::ptrdiff_t>(i));
            m_ledger.post(refundSettledPosting(r.id, r.orderOrSeller, r.amount));
        } else if (!m_transfers.empty()) {
            const auto i = static_cast<std::size_t>(between(0, m_transfers.size() - 1));
            const InTransit t = m_transfers[i];
            m_transfers.erase(m_transfers.begin() + static_cast<std::ptrdiff_t>(i));
            if (chance(80)) {
                m_ledger.post(payoutPaidPosting(t.id, t.orderOrSeller, t.amount));
            } else {
                m_ledger.post(payoutFailedPosting(t.id, t.orderOrSeller, t.amount));
                m_payable[{t.orderOrSeller, std::string(t.amount.currency())}] += t.amount.minor();
            }
        }
    }

    void step()
    {
        using S = OrderState;
        switch (between(0, 9)) {
        case 0:
            create();
            return;
        case 1:
            if (Order *o = pick({S::AwaitingPayment})) {
                m_ledger.post(fundingPosting(o->money));
                o->state = S::Paid;
            }
            return;
        case 2:
            if (Order *o = pick({S::AwaitingPayment}))
                o->state = S::Cancelled;
            else if (Order *late = pick({S::Cancelled})) { // paid in the last second: recorded, then refunded
                m_ledger.post(fundingPosting(late->money));
                refundInFull(*late);
            }
            return;
        case 3:
            if (Order *o = pick({S::Paid, S::Shipped, S::Delivered}))
                o->state =
                    o->state == S::Paid ? S::Shipped : (o->state == S::Shipped ? S::Delivered : S::Disputed);
            return;
        case 4:
        case 5:
            if (Order *o = pick({S::Shipped, S::Delivered, S::Disputed}))
                release(*o);
            return;
        case 6:
            if (Order *o = pick({S::Paid, S::Shipped, S::Delivered, S::Disputed}))
                refundInFull(*o);
            return;
        case 7:
            payout();
            return;
        default:
            settleOne();
            return;
        }
    }

    std::mt19937 m_rng;
    TestLedger m_ledger;
    std::vector<Order> m_orders;
    std::map<std::pair<std::string, std::string>, std::int64_t> m_payable; // (seller, currency) -> owed
    std::vector<InTransit> m_refunds;
    std::vector<InTransit> m_transfers;
    int m_payouts = 0;
};

Market simulate(std::uint32_t seed)
{
    Market m(seed);
    std::mt19937 lengths(seed ^ 0x9e3779b9u);
    m.run(std::uniform_int_distribution<int>(20, 160)(lengths));
    return m;
}

// One change to a valid ledger and what verify must say about it.
struct Mutation
{
    std::string what;
    std::string check;         // a problem of this kind must be reported
    std::int64_t seq = -1;     // ... at this sequence, when one is known
    std::string transactionId; // ... or in this transaction
};

constexpr int kMutationKinds = 10;

Mutation mutate(TestLedger &l, int kind, std::mt19937 &rng)
{
    auto pickIndex = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
    const std::size_t i = pickIndex(l.rows.size());
    auto &row = l.rows[i];
    auto &e = row.entry;
    switch (kind) {
    case 0: {
        e.amount += std::uniform_int_distribution<std::int64_t>(1, 1000)(rng) * (rng() % 2 ? 1 : -1);
        return {"amount of entry " + std::to_string(e.seq), "chain", e.seq, {}};
    }
    case 1:
        e.account = e.account == "platform_fees" ? "provider_funds" : "platform_fees";
        return {"account of entry " + std::to_string(e.seq), "chain", e.seq, {}};
    case 2:
        e.currency = e.currency == "CHF" ? "SEK" : "CHF";
        return {"currency of entry " + std::to_string(e.seq), "chain", e.seq, {}};
    case 3: {
        StoredTransaction &t = l.transactions[row.transaction];
        switch (rng() % 7) {
        case 0:
            t.businessKey += "x";
            break;
        case 1:
            t.kind = t.kind == "order_funded" ? "order_released" : "order_funded";
            break;
        case 2:
            t.orderId += "1";
            break;
        case 3:
            t.payoutId += "p";
            break;
        case 4:
            t.fx += " ";
            break;
        case 5:
            t.memo = "edited " + t.memo;
            break;
        default:
            t.createdAt += 1;
            break;
        }
        return {"a field of transaction " + t.id, "transaction_hash", -1, t.id};
    }
    case 4: {
        const std::int64_t seq = e.seq;
        l.rows.erase(l.rows.begin() + static_cast<std::ptrdiff_t>(i));
        return {"entry " + std::to_string(seq) + " deleted", "", -1, {}};
    }
    case 5: {
        // Either a copy of a row, or a new, correctly hashed row linked to its predecessor.
        TestLedger::Row extra = row;
        const std::size_t at = pickIndex(l.rows.size() + 1);
        if (rng() % 2) {
            extra.entry.seq = at == 0 ? 1 : l.rows[at - 1].entry.seq + 1;
            extra.entry.prevHash = at == 0 ? kGenesisHash : l.rows[at - 1].entry.hash;
            extra.entry.amount = 1;
            extra.entry.hash = entryHash(extra.entry, l.transactions[extra.transaction].hash);
        }
        l.rows.insert(l.rows.begin() + static_cast<std::ptrdiff_t>(at), extra);
        return {"an entry inserted at " + std::to_string(at), "", -1, {}};
    }
    case 6: {
        std::size_t j = pickIndex(l.rows.size());
        if (j == i)
            j = (i + 1) % l.rows.size();
        std::swap(l.rows[i], l.rows[j]);
        return {
            "entries " + std::to_string(i) + " and " + std::to_string(j) + " swapped", "sequence", -1, {}};
    }
    case 7:
        switch (rng() % 3) {
        case 0:
            l.head->first += 1;
            break;
        case 1:
            l.head->second[5] = l.head->second[5] == '0' ? '1' : '0';
            break;
        default:
            l.head.reset();
            break;
        }
        return {"the head changed", "head", -1, {}};
    case 8:
        // Amount edited and its own hash recomputed: the next row (or the head) no longer links to it.
        e.amount += 100;
        e.hash = entryHash(e, l.transactions[row.transaction].hash);
        return {"amount of entry " + std::to_string(e.seq) + " re-hashed", "", -1, {}};
    default: {
        // The whole chain rewritten after an edit: only the balance of the transaction can give it away.
        e.amount += 1;
        const std::string tx = e.transactionId;
        l.rechain(i);
        return {"amount of entry " + std::to_string(e.seq) + " with the chain rewritten", "balance", -1, tx};
    }
    }
}

} // namespace

TEST_CASE("escrow: random histories balance and verify", "[escrow][ledger][properties]")
{
    std::int64_t entries = 0;
    for (std::uint32_t seed = 1; seed <= 300; ++seed) {
        INFO("seed " << seed);
        const Market m = simulate(seed);
        const TestLedger &l = m.ledger();
        const LedgerVerifier v = verify(l, m.facts());
        INFO(describe(v));
        REQUIRE(v.ok());
        CHECK(v.problemCount() == 0);
        CHECK(v.entries() == static_cast<std::int64_t>(l.rows.size()));
        CHECK(v.transactions() == static_cast<std::int64_t>(l.transactions.size()));
        CHECK(v.orders() == static_cast<std::int64_t>(m.facts().size()));
        CHECK(v.lastSeq() == l.lastSeq());
        CHECK(v.lastHash() == l.lastHash());
        for (const auto &[currency, sum] : v.currencySums())
            CHECK(sum == 0);
        entries += v.entries();
    }
    CHECK(entries > 10000); // the histories are not trivially short
}

TEST_CASE("escrow: any single change to a verified ledger is reported", "[escrow][ledger][properties]")
{
    std::map<int, int> tried;
    for (std::uint32_t seed = 1; seed <= 400; ++seed) {
        const Market m = simulate(seed);
        if (m.ledger().rows.size() < 2)
            continue;
        TestLedger l = m.ledger();
        std::mt19937 rng(seed * 7919u);
        const int kind = static_cast<int>(seed % kMutationKinds);
        const Mutation change = mutate(l, kind, rng);
        ++tried[kind];
        const LedgerVerifier v = verify(l, m.facts());
        INFO("seed " << seed << ": " << change.what << "\n" << describe(v));
        REQUIRE_FALSE(v.ok());
        CHECK(v.problemCount() >= 1);
        if (!change.check.empty())
            CHECK(reports(v, change.check));
        if (change.seq >= 0)
            CHECK(std::any_of(v.problems().begin(), v.problems().end(), [&](const LedgerProblem &p) {
                return p.check == change.check && p.seq == change.seq;
            }));
        if (!change.transactionId.empty())
            CHECK(std::any_of(v.problems().begin(), v.problems().end(), [&](const LedgerProblem &p) {
                return p.check == change.check && p.transactionId == change.transactionId;
            }));
    }
    for (int kind = 0; kind < kMutationKinds; ++kind)
        CHECK(tried[kind] >= 30);
}

TEST_CASE("escrow: an unbalanced posting is refused, and found if a broken store wrote it",
          "[escrow][ledger]")
{
    std::mt19937 rng(42);
    OrderMoney o;
    o.orderId = "ord-9";
    o.sellerId = "seller-1";
    const Money total = Money::ofMinor(5000, "EUR", 2);
    o.buyer.total = total;
    Posting p = fundingPosting(o);
    for (int i = 0; i < 100; ++i) {
        Posting broken = p;
        auto &line = broken.lines[rng() % broken.lines.size()];
        line.amount += std::uniform_int_distribution<std::int64_t>(1, 10'000)(rng) * (rng() % 2 ? 1 : -1);
        if (line.amount == 0)
            line.amount = 1;
        CHECK_THROWS_AS(checkBalanced(broken), LedgerError);
    }

    TestLedger l;
    l.post(p);
    Posting broken = p;
    broken.businessKey = "order:ord-9:funded-again";
    broken.lines[0].amount += 1;
    CHECK_THROWS_AS(l.post(broken), LedgerError);
    l.postUnchecked(broken);
    const LedgerVerifier v = verify(l, {});
    INFO(describe(v));
    CHECK(reports(v, "balance"));
    CHECK(reports(v, "currency_sum"));
    CHECK(v.problems().front().check == "balance");
    CHECK(v.problems().front().transactionId == "tx-2");
    CHECK(v.problems().front().seq == 3);
}

TEST_CASE("escrow: money released from an escrow that was never funded is a negative balance",
          "[escrow][ledger]")
{
    OrderMoney o;
    o.orderId = "ord-5";
    o.sellerId = "seller-2";
    const auto eur = [](std::int64_t m) { return Money::ofMinor(m, "EUR", 2); };
    o.listing = {eur(1000), eur(500), eur(0), eur(120), eur(1620), eur(98), eur(1402)};
    o.buyer = o.listing;

    TestLedger l;
    l.post(releasePosting(o));
    const LedgerVerifier v = verify(l, {{"ord-5", OrderState::Released, "EUR", 1620}});
    INFO(describe(v));
    REQUIRE_FALSE(v.ok());
    const LedgerProblem &first = v.problems().front();
    CHECK(first.check == "negative_balance");
    CHECK(first.message.find("escrow:ord-5") != std::string::npos);
    CHECK(first.transactionId == "tx-1");
    CHECK(first.orderId == "ord-5");
    CHECK(first.seq == l.lastSeq());
    CHECK(reports(v, "order_state")); // released, never funded

    // A payout of more than the seller is owed drives seller_payable below zero.
    TestLedger p;
    p.post(fundingPosting(o));
    p.post(releasePosting(o));
    p.post(payoutCreatedPosting("po-1", "seller-2", eur(1403)));
    const LedgerVerifier w = verify(p, {{"ord-5", OrderState::Released, "EUR", 1620}});
    INFO(describe(w));
    REQUIRE(w.problems().size() == 1);
    CHECK(w.problems().front().check == "negative_balance");
    CHECK(w.problems().front().message.find("seller_payable:seller-2") != std::string::npos);
    CHECK(w.problems().front().transactionId == "tx-3");

    // Paying out exactly what is owed is fine.
    TestLedger q;
    q.post(fundingPosting(o));
    q.post(releasePosting(o));
    q.post(payoutCreatedPosting("po-1", "seller-2", eur(1402)));
    q.post(payoutPaidPosting("po-1", "seller-2", eur(1402)));
    CHECK(verify(q, {{"ord-5", OrderState::Released, "EUR", 1620}}).ok());
}

TEST_CASE("escrow: an order's state must match its postings", "[escrow][ledger]")
{
    const auto eur = [](std::int64_t m) { return Money::ofMinor(m, "EUR", 2); };
    const auto orderMoney = [&](const std::string &id) {
        OrderMoney o;
        o.orderId = id;
        o.sellerId = "seller-1";
        o.listing = {eur(1000), eur(500), eur(0), eur(120), eur(1620), eur(98), eur(1402)};
        o.buyer = o.listing;
        return o;
    };
    TestLedger l;
    l.post(fundingPosting(orderMoney("paid")));
    l.post(fundingPosting(orderMoney("released")));
    l.post(releasePosting(orderMoney("released")));
    l.post(fundingPosting(orderMoney("refunded")));
    l.post(refundPosting(orderMoney("refunded"), "r1", eur(620)));
    l.post(refundPosting(orderMoney("refunded"), "r2", eur(1000)));
    l.post(fundingPosting(orderMoney("partly")));
    l.post(refundPosting(orderMoney("partly"), "r3", eur(600)));
    l.post(fundingPosting(orderMoney("twice")));
    l.post(fundingPosting(orderMoney("twice")));
    l.post(fundingPosting(orderMoney("stranger")));

    const std::vector<OrderFacts> truth = {
        {"paid", OrderState::Shipped, "EUR", 1620},      {"released", OrderState::Released, "EUR", 1620},
        {"refunded", OrderState::Refunded, "EUR", 1620}, {"never", OrderState::Cancelled, "EUR", 1620},
        {"partly", OrderState::Refunded, "EUR", 1620},   {"twice", OrderState::Paid, "EUR", 3240}};
    const LedgerVerifier v = verify(l, truth);
    INFO(describe(v));
    std::map<std::string, std::string> byOrder;
    for (const auto &p : v.problems())
        byOrder[p.orderId] += p.check + ": " + p.message + "\n";
    CHECK(byOrder.count("paid") == 0);
    CHECK(byOrder.count("released") == 0);
    CHECK(byOrder.count("refunded") == 0);
    CHECK(byOrder.count("never") == 0);
    CHECK(byOrder["partly"].find("refunds add up to 600 minor units of EUR, expected 1620") !=
          std::string::npos);
    CHECK(byOrder["twice"].find("funded 2 times") != std::string::npos);
    CHECK(byOrder["stranger"].find("unknown_order") != std::string::npos);
    CHECK(v.problemCount() == 3);

    // The same ledger against a store that disagrees about each order.
    const std::vector<OrderFacts> wrong = {
        {"paid", OrderState::AwaitingPayment, "EUR", 1620}, {"released", OrderState::Delivered, "EUR", 1620},
        {"refunded", OrderState::Paid, "EUR", 1620},        {"never", OrderState::Paid, "EUR", 1620},
        {"partly", OrderState::Refunded, "EUR", 1620},      {"twice", OrderState::Paid, "USD", 3240},
        {"stranger", OrderState::Paid, "EUR", 1621}};
    const LedgerVerifier w = verify(l, wrong);
    INFO(describe(w));
    std::map<std::string, int> count;
    for (const auto &p : w.problems()) {
        CHECK(p.check == "order_state");
        ++count[p.orderId];
    }
    for (const std::string id : {"paid", "released", "refunded", "never", "partly", "twice", "stranger"})
        CHECK(count[id] == 1);
}

TEST_CASE("escrow: verify keeps the first problems and counts the rest", "[escrow][ledger]")
{
    Market m(7);
    m.run(1000);
    TestLedger l = m.ledger();
    REQUIRE(l.rows.size() > LedgerVerifier::kMaxProblems);
    for (auto &r : l.rows)
        r.entry.hash[0] = r.entry.hash[0] == 'f' ? 'e' : 'f';
    const LedgerVerifier v = verify(l, m.facts());
    CHECK(v.problems().size() == LedgerVerifier::kMaxProblems);
    CHECK(v.problemCount() > static_cast<std::int64_t>(LedgerVerifier::kMaxProblems));
    CHECK(v.problems().front().seq == 1);
    CHECK(v.problems().front().check == "chain");

    LedgerVerifier empty;
    empty.finishEntries(std::nullopt);
    empty.finishOrders();
    CHECK(empty.ok());
    CHECK(empty.lastHash() == kGenesisHash);
}
