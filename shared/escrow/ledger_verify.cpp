#include "escrow/ledger_verify.h"

#include <algorithm>

namespace caravan::escrow {

namespace {

constexpr std::string_view kEscrowPrefix = "escrow:";

// The verifier has no currency table (it must run without resources), so amounts stay in minor units.
std::string amountText(std::int64_t minor, const std::string &currency)
{
    return std::to_string(minor) + " minor units of " + currency;
}

// Adds without undefined behaviour; false when the sum does not fit (only an edited row gets there).
bool addChecked(std::int64_t &sum, std::int64_t v)
{
    return !__builtin_add_overflow(sum, v, &sum);
}

// What the postings of an order in a given state must show (docs/escrow.md, "An order's state in its
// postings"). Amounts are in the buyer's currency.
struct Expected
{
    bool funded = false;
    bool released = false;
    std::int64_t refunded = 0;
    std::int64_t escrowBalance = 0; // sum of the escrow account's entries: a credit is negative
    bool partialRefunds = false;    // refunds less than the total are allowed (released after a split)
};

Expected expectedFor(const OrderFacts &o)
{
    switch (o.state) {
    case OrderState::AwaitingPayment:
    case OrderState::Cancelled:
        return {};
    case OrderState::Paid:
    case OrderState::Shipped:
    case OrderState::Delivered:
    case OrderState::Disputed:
        return {true, false, 0, -o.totalBuyer};
    case OrderState::Released:
        return {true, true, 0, 0, true}; // a split releases what is left after a partial refund
    case OrderState::Refunded:
        return {true, false, o.totalBuyer, 0};
    }
    return {};
}

} // namespace

void LedgerVerifier::problem(LedgerProblem p)
{
    ++m_problemCount;
    if (m_problems.size() < kMaxProblems)
        m_problems.push_back(std::move(p));
}

void LedgerVerifier::addEntry(const StoredEntry &entry, const StoredTransaction &transaction)
{
    ++m_entries;
    checkChain(entry);
    if (!m_current || m_current->id != transaction.id)
        openTransaction(entry, transaction);
    if (entry.transactionId != transaction.id)
        problem({"chain",
                 "entry " + std::to_string(entry.seq) + " names transaction " + entry.transactionId +
                     " but was read with " + transaction.id,
                 entry.seq, transaction.id, transaction.orderId});
    if (entry.hash != entryHash(entry, m_currentHash))
        problem({"chain", "the hash of entry " + std::to_string(entry.seq) + " does not match its contents",
                 entry.seq, entry.transactionId, m_current->orderId});
    // The next row is compared with the stored hash: one edited row is named once, not at every later one.
    m_lastSeq = entry.seq;
    m_lastHash = entry.hash;
    post(entry);
}

void LedgerVerifier::checkChain(const StoredEntry &e)
{
    if (e.seq != m_lastSeq + 1)
        problem({"sequence",
                 "entry " + std::to_string(e.seq) + " follows entry " + std::to_string(m_lastSeq),
                 e.seq,
                 e.transactionId,
                 {}});
    if (e.prevHash != m_lastHash)
        problem({"chain",
                 "the previous hash of entry " + std::to_string(e.seq) + " is not the hash of entry " +
                     std::to_string(m_lastSeq),
                 e.seq,
                 e.transactionId,
                 {}});
}

void LedgerVerifier::openTransaction(const StoredEntry &entry, const StoredTransaction &t)
{
    if (m_current)
        closeTransaction();
    ++m_transactions;
    m_current = t;
    m_currentSeq = entry.seq;
    m_currentHash = transactionHash(t);
    if (t.hash != m_currentHash)
        problem({"transaction_hash", "the hash of transaction " + t.id + " does not match its fields",
                 entry.seq, t.id, t.orderId});
    if (t.orderId.empty())
        return;
    if (t.kind == kind::kOrderFunded)
        ++orderPostings(t.orderId).funded;
    else if (t.kind == kind::kOrderReleased)
        ++orderPostings(t.orderId).released;
    else
        orderPostings(t.orderId); // an order named by any posting must be checked
}

LedgerVerifier::OrderPostings &LedgerVerifier::orderPostings(std::string_view orderId)
{
    m_key.assign(orderId);
    auto it = m_orders.find(m_key);
    if (it == m_orders.end())
        it = m_orders.emplace(m_key, OrderPostings{}).first;
    return it->second;
}

void LedgerVerifier::post(const StoredEntry &e)
{
    const auto overflow = [&] {
        problem({"balance", "a sum overflows at entry " + std::to_string(e.seq), e.seq, e.transactionId,
                 m_current->orderId});
    };
    if (e.amount == 0)
        problem({"balance", "entry " + std::to_string(e.seq) + " is zero", e.seq, e.transactionId,
                 m_current->orderId});
    if (!addChecked(m_currentSums[e.currency], e.amount) || !addChecked(m_currencySums[e.currency], e.amount))
        overflow();
    if (account::mustNotBeNegative(e.account)) {
        m_key.assign(e.account);
        m_key += '|';
        m_key += e.currency;
        auto it = m_balances.find(m_key);
        if (it == m_balances.end())
            it = m_balances.emplace(m_key, 0).first;
        if (!addChecked(it->second, e.amount))
            overflow();
        if (std::find(m_currentAccounts.begin(), m_currentAccounts.end(), m_key) == m_currentAccounts.end())
            m_currentAccounts.push_back(m_key);
    }
    const std::string_view account = e.account;
    if (account.substr(0, kEscrowPrefix.size()) == kEscrowPrefix)
        postEscrow(e, account.substr(kEscrowPrefix.size()));
}

void LedgerVerifier::postEscrow(const StoredEntry &e, std::string_view orderId)
{
    OrderPostings &o = orderPostings(orderId);
    if (o.currency.empty())
        o.currency = e.currency;
    if (o.currency != e.currency)
        problem(
            {"order_state",
             "the escrow of order " + std::string(orderId) + " holds " + o.currency + " and " + e.currency,
             e.seq, e.transactionId, std::string(orderId)});
    if (!addChecked(o.escrowBalance, e.amount))
        problem({"balance", "the escrow balance of order " + std::string(orderId) + " overflows", e.seq,
                 e.transactionId, std::string(orderId)});
    if (m_current->kind == kind::kOrderRefund && !addChecked(o.refunded, e.amount))
        problem({"balance", "the refunds of order " + std::string(orderId) + " overflow", e.seq,
                 e.transactionId, std::string(orderId)});
}

void LedgerVerifier::closeTransaction()
{
    const StoredTransaction &t = *m_current;
    for (const auto &[currency, sum] : m_currentSums)
        if (sum != 0)
            problem({"balance",
                     "transaction " + t.id + " (" + t.businessKey + ") does not balance: its " + currency +
                         " entries sum to " + amountText(sum, currency),
                     m_currentSeq, t.id, t.orderId});
    // Checked once the whole transaction is in: a flagged account may dip inside one posting, never after it.
    for (const std::string &key : m_currentAccounts) {
        const std::int64_t balance = m_balances[key];
        if (balance > 0) {
            const auto bar = key.rfind('|');
            problem({"negative_balance",
                     "account " + key.substr(0, bar) + " is negative (" +
                         amountText(-balance, key.substr(bar + 1)) + ") after transaction " + t.id + " (" +
                         t.businessKey + ")",
                     m_lastSeq, t.id, t.orderId});
        }
    }
    m_currentSums.clear();
    m_currentAccounts.clear();
}

void LedgerVerifier::finishEntries(std::optional<std::pair<std::int64_t, std::string>> head)
{
    if (m_current) {
        closeTransaction();
        m_current.reset();
    }
    for (const auto &[currency, sum] : m_currencySums)
        if (sum != 0)
            problem({"currency_sum",
                     "the " + currency + " entries of the ledger sum to " + amountText(sum, currency),
                     m_lastSeq,
                     {},
                     {}});
    if (!head) {
        if (m_entries > 0)
            problem({"head", "the ledger head is missing", m_lastSeq, {}, {}});
        return;
    }
    if (head->first != m_lastSeq || head->second != m_lastHash)
        problem({"head",
                 "the ledger head names entry " + std::to_string(head->first) +
                     (head->first == m_lastSeq ? " with another hash" : "") + " but the last entry is " +
                     std::to_string(m_lastSeq),
                 m_lastSeq,
                 {},
                 {}});
}

void LedgerVerifier::checkOrder(const OrderFacts &order)
{
    ++m_ordersChecked;
    OrderPostings none;
    const auto it = m_orders.find(order.orderId);
    OrderPostings &p = it == m_orders.end() ? none : it->second;
    p.checked = true;

    std::vector<std::string> wrong;
    if (p.funded > 1)
        wrong.push_back("funded " + std::to_string(p.funded) + " times");
    if (p.released > 1)
        wrong.push_back("released " + std::to_string(p.released) + " times");
    if (!p.currency.empty() && p.currency != order.buyerCurrency)
        wrong.push_back("its escrow is in " + p.currency + ", not the buyer's " + order.buyerCurrency);
    const Expected want = expectedFor(order);
    if ((p.funded > 0) != want.funded)
        wrong.push_back(want.funded ? "it was never funded" : "it was funded");
    if ((p.released > 0) != want.released)
        wrong.push_back(want.released ? "it was never released" : "it was released");
    if (want.partialRefunds ? (p.refunded < 0 || p.refunded >= order.totalBuyer) : p.refunded != want.refunded)
        wrong.push_back("refunds add up to " + amountText(p.refunded, order.buyerCurrency) + ", expected " +
                        amountText(want.refunded, order.buyerCurrency));
    if (p.escrowBalance != want.escrowBalance)
        wrong.push_back("its escrow holds " + amountText(-p.escrowBalance, order.buyerCurrency) +
                        ", expected " + amountText(-want.escrowBalance, order.buyerCurrency));
    if (wrong.empty())
        return;
    std::string message = "order " + order.orderId + " is " + std::string(toString(order.state)) + " but";
    for (std::size_t i = 0; i < wrong.size(); ++i)
        message += (i == 0 ? " " : "; ") + wrong[i];
    problem({"order_state", message, 0, {}, order.orderId});
}

void LedgerVerifier::finishOrders()
{
    std::vector<std::string> unknown;
    for (const auto &[id, postings] : m_orders)
        if (!postings.checked)
            unknown.push_back(id);
    std::sort(unknown.begin(), unknown.end());
    for (const auto &id : unknown)
        problem({"unknown_order",
                 "the ledger has postings for order " + id + ", which the store does not hold",
                 0,
                 {},
                 id});
}

} // namespace caravan::escrow
