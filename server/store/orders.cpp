#include "store/orders.h"

namespace caravan::store {

using nlohmann::json;

namespace {

const char *kColumns =
    "id, listing_id, seller_id, buyer_id, quantity, state, version, ship_to, destination, service_id, "
    "category, "
    "listing_currency, buyer_currency, item_l, postage_l, import_l, buyer_fee_l, total_l, seller_fee_l, "
    "seller_net_l, item_b, postage_b, import_b, buyer_fee_b, total_b, seller_fee_b, seller_net_b, "
    "import_at_door_b, collected_at, checkout_scheme, fx_multiply, fx_divide, fx_date, fx_source, "
    "handling_days, "
    "service_min_days, service_max_days, pricing, listing_snapshot, created_at, paid_at, shipped_at, "
    "delivered_at, closed_at, expires_at, ship_by, delivery_due, release_at, due_at, paused_at, carrier, "
    "tracking_number, tracker_id, checkout_session_id, checkout_url, payment_intent_id, updated_at";
constexpr int kColumnCount = 57;

// 0 and "" are stored as NULL where the column is optional.
Param optionalTime(std::int64_t t)
{
    return t ? Param{t} : Param{Null{}};
}
Param optionalText(const std::string &s)
{
    return s.empty() ? Param{Null{}} : Param{s};
}

OrderAmounts amountsAt(const Row &r, std::size_t first)
{
    return {r.integer(first),     r.integer(first + 1), r.integer(first + 2), r.integer(first + 3),
            r.integer(first + 4), r.integer(first + 5), r.integer(first + 6)};
}

OrderRecord orderOf(const Row &r)
{
    OrderRecord o;
    o.id = r.text(0);
    o.listingId = r.text(1);
    o.sellerId = r.text(2);
    o.buyerId = r.text(3);
    o.quantity = r.integer(4);
    o.state = r.text(5);
    o.version = r.integer(6);
    o.shipTo = json::parse(r.text(7));
    o.destination = r.text(8);
    o.serviceId = r.text(9);
    o.category = r.text(10);
    o.listingCurrency = r.text(11);
    o.buyerCurrency = r.text(12);
    o.listing = amountsAt(r, 13);
    o.buyer = amountsAt(r, 20);
    o.importAtDoor = r.integer(27);
    o.collectedAt = r.text(28);
    o.checkoutScheme = r.text(29);
    o.fxMultiply = r.text(30);
    o.fxDivide = r.text(31);
    o.fxDate = r.text(32);
    o.fxSource = r.text(33);
    o.handlingDays = r.integer(34);
    o.serviceMinDays = r.integer(35);
    o.serviceMaxDays = r.integer(36);
    o.pricing = json::parse(r.text(37));
    o.listingSnapshot = json::parse(r.text(38));
    o.createdAt = r.integer(39);
    o.paidAt = r.integer(40);
    o.shippedAt = r.integer(41);
    o.deliveredAt = r.integer(42);
    o.closedAt = r.integer(43);
    o.expiresAt = r.integer(44);
    o.shipBy = r.integer(45);
    o.deliveryDue = r.integer(46);
    o.releaseAt = r.integer(47);
    o.dueAt = r.integer(48);
    o.pausedAt = r.integer(49);
    o.carrier = r.text(50);
    o.trackingNumber = r.text(51);
    o.trackerId = r.text(52);
    o.checkoutSessionId = r.text(53);
    o.checkoutUrl = r.text(54);
    o.paymentIntentId = r.text(55);
    o.updatedAt = r.integer(56);
    return o;
}

void addAmounts(std::vector<Param> &p, const OrderAmounts &a)
{
    for (auto v : {a.item, a.postage, a.importCheckout, a.buyerFee, a.total, a.sellerFee, a.sellerNet})
        p.emplace_back(v);
}

// The fields a change of the order may write, in the column order of both the insert and the update.
void addChangingFields(std::vector<Param> &p, const OrderRecord &o)
{
    for (Param v : std::initializer_list<Param>{
             optionalTime(o.paidAt), optionalTime(o.shippedAt), optionalTime(o.deliveredAt),
             optionalTime(o.closedAt), optionalTime(o.expiresAt), optionalTime(o.shipBy),
             optionalTime(o.deliveryDue), optionalTime(o.releaseAt), optionalTime(o.dueAt),
             optionalTime(o.pausedAt), o.carrier, o.trackingNumber, optionalText(o.trackerId),
             optionalText(o.checkoutSessionId), o.checkoutUrl, optionalText(o.paymentIntentId), o.updatedAt})
        p.push_back(std::move(v));
}

std::string selectOrders(const std::string &where)
{
    return std::string("SELECT ") + kColumns + " FROM orders " + where;
}

std::optional<std::string> firstText(const std::vector<Row> &rows)
{
    if (rows.empty())
        return std::nullopt;
    return rows.front().text(0);
}

} // namespace

void OrderStore::insert(Transaction &tx, const OrderRecord &o)
{
    std::vector<Param> p;
    p.reserve(kColumnCount);
    for (Param v : std::initializer_list<Param>{o.id, o.listingId, o.sellerId, o.buyerId, o.quantity, o.state,
                                                o.version, o.shipTo.dump(), o.destination, o.serviceId,
                                                o.category, o.listingCurrency, o.buyerCurrency})
        p.push_back(std::move(v));
    addAmounts(p, o.listing);
    addAmounts(p, o.buyer);
    for (Param v : std::initializer_list<Param>{o.importAtDoor, o.collectedAt, o.checkoutScheme, o.fxMultiply,
                                                o.fxDivide, o.fxDate, o.fxSource, o.handlingDays,
                                                o.serviceMinDays, o.serviceMaxDays, o.pricing.dump(),
                                                o.listingSnapshot.dump(), o.createdAt})
        p.push_back(std::move(v));
    addChangingFields(p, o);
    std::string marks;
    for (int i = 0; i < kColumnCount; ++i)
        marks += i ? ", ?" : "?";
    tx.execute(std::string("INSERT INTO orders (") + kColumns + ") VALUES (" + marks + ")", p);
}

std::optional<OrderRecord> OrderStore::loadForUpdate(Transaction &tx, const std::string &id, bool skipLocked)
{
    std::string sql = selectOrders("WHERE id = ?");
    if (tx.backend() == Backend::PostgreSQL)
        sql += skipLocked ? " FOR UPDATE SKIP LOCKED" : " FOR UPDATE";
    const auto rows = tx.query(sql, {id});
    if (rows.empty())
        return std::nullopt;
    return orderOf(rows.front());
}

std::optional<OrderRecord> OrderStore::load(Database &db, const std::string &id)
{
    const auto rows = db.query(selectOrders("WHERE id = ?"), {id});
    if (rows.empty())
        return std::nullopt;
    return orderOf(rows.front());
}

bool OrderStore::update(Transaction &tx, OrderRecord &o, std::int64_t expectedVersion)
{
    const std::int64_t next = expectedVersion + 1;
    const auto changed = tx.execute("UPDATE orders SET state = ?, version = ?, paid_at = ?, shipped_at = ?, "
                                    "delivered_at = ?, closed_at = ?, "
                                    "expires_at = ?, ship_by = ?, delivery_due = ?, release_at = ?, due_at = "
                                    "?, paused_at = ?, carrier = ?, "
                                    "tracking_number = ?, tracker_id = ?, checkout_session_id = ?, "
                                    "checkout_url = ?, payment_intent_id = ?, "
                                    "updated_at = ? WHERE id = ? AND version = ?",
                                    [&] {
                                        std::vector<Param> p{o.state, next};
                                        addChangingFields(p, o);
                                        p.emplace_back(o.id);
                                        p.emplace_back(expectedVersion);
                                        return p;
                                    }());
    if (changed == 0)
        return false;
    o.version = next;
    return true;
}

void OrderStore::appendEvent(Transaction &tx, const OrderEvent &e)
{
    tx.execute("INSERT INTO order_events (order_id, from_state, to_state, event, cause, actor_id, detail, "
               "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
               {e.orderId, e.fromState, e.toState, e.event, e.cause, optionalText(e.actorId), e.detail.dump(),
                e.createdAt});
}

namespace {

template <typename Source>
std::vector<OrderEvent> readEvents(Source &source, const std::string &orderId)
{
    std::vector<OrderEvent> out;
    for (const auto &r :
         source.query("SELECT id, order_id, from_state, to_state, event, cause, actor_id, detail, "
                  "created_at FROM order_events WHERE order_id = ? ORDER BY id",
                  {orderId}))
        out.push_back({r.integer(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5), r.text(6),
                       json::parse(r.text(7)), r.integer(8)});
    return out;
}

} // namespace

std::vector<OrderEvent> OrderStore::events(Database &db, const std::string &orderId)
{
    return readEvents(db, orderId);
}

std::vector<OrderEvent> OrderStore::events(Transaction &tx, const std::string &orderId)
{
    return readEvents(tx, orderId);
}

std::vector<OrderRecord> OrderStore::list(Database &db, const OrderFilter &f)
{
    std::string where;
    std::vector<Param> params;
    if (!f.buyerId.empty()) {
        where = "WHERE buyer_id = ?";
        params.emplace_back(f.buyerId);
    } else {
        where = "WHERE seller_id = ?";
        params.emplace_back(f.sellerId);
    }
    if (!f.states.empty()) {
        where += " AND state IN (";
        for (std::size_t i = 0; i < f.states.size(); ++i) {
            where += i ? ", ?" : "?";
            params.emplace_back(f.states[i]);
        }
        where += ")";
    }
    if (f.beforeCreatedAt > 0) {
        where += " AND created_at < ?";
        params.emplace_back(f.beforeCreatedAt);
    }
    where += " ORDER BY created_at DESC, id DESC LIMIT ?";
    params.emplace_back(f.limit);
    std::vector<OrderRecord> out;
    for (const auto &r : db.query(selectOrders(where), params))
        out.push_back(orderOf(r));
    return out;
}

std::vector<std::string> OrderStore::due(Database &db, std::int64_t now, std::int64_t limit)
{
    std::vector<std::string> out;
    for (const auto &r : db.query("SELECT id FROM orders WHERE due_at IS NOT NULL AND due_at <= ? "
                                  "ORDER BY due_at, id LIMIT ?",
                                  {now, limit}))
        out.push_back(r.text(0));
    return out;
}

std::vector<std::string> OrderStore::untracked(Database &db, std::int64_t limit)
{
    std::vector<std::string> out;
    for (const auto &r : db.query("SELECT id FROM orders WHERE state = 'shipped' AND tracker_id IS NULL "
                                  "AND tracking_number <> '' ORDER BY shipped_at LIMIT ?",
                                  {limit}))
        out.push_back(r.text(0));
    return out;
}

std::optional<std::string> OrderStore::byCheckoutSession(Database &db, const std::string &sessionId)
{
    return firstText(db.query("SELECT id FROM orders WHERE checkout_session_id = ?", {sessionId}));
}

std::optional<std::string> OrderStore::byPaymentIntent(Database &db, const std::string &paymentIntentId)
{
    return firstText(db.query("SELECT id FROM orders WHERE payment_intent_id = ?", {paymentIntentId}));
}

std::optional<std::string> OrderStore::byTracker(Database &db, const std::string &trackerId)
{
    return firstText(db.query("SELECT id FROM orders WHERE tracker_id = ?", {trackerId}));
}

void OrderStore::setCheckout(Transaction &tx, const std::string &orderId, const std::string &sessionId,
                             const std::string &url)
{
    tx.execute("UPDATE orders SET checkout_session_id = ?, checkout_url = ?, version = version + 1, "
               "updated_at = ? WHERE id = ?",
               {sessionId, url, nowSeconds(), orderId});
}

void OrderStore::setTracker(Database &db, const std::string &orderId, const std::string &trackerId)
{
    db.execute("UPDATE orders SET tracker_id = ?, updated_at = ? WHERE id = ? AND tracker_id IS NULL",
               {trackerId, nowSeconds(), orderId});
}

bool OrderStore::listingHasOrders(Transaction &tx, const std::string &listingId)
{
    return !tx.query("SELECT 1 FROM orders WHERE listing_id = ? LIMIT 1", {listingId}).empty();
}

std::vector<std::pair<std::string, std::int64_t>> OrderStore::heldForSeller(Database &db,
                                                                            const std::string &sellerId)
{
    std::vector<std::pair<std::string, std::int64_t>> out;
    for (const auto &r :
         db.query("SELECT listing_currency, SUM(seller_net_l) FROM orders WHERE seller_id = ? AND "
                  "state IN ('paid', 'shipped', 'delivered', 'disputed') GROUP BY listing_currency "
                  "ORDER BY listing_currency",
                  {sellerId}))
        out.emplace_back(r.text(0), r.integer(1));
    return out;
}

std::vector<escrow::OrderFacts> OrderStore::ledgerFacts(ReadSnapshot &read)
{
    std::vector<escrow::OrderFacts> out;
    for (const auto &r : read.query("SELECT id, state, buyer_currency, total_b FROM orders ORDER BY id")) {
        const auto state = escrow::parseOrderState(r.text(1));
        out.push_back(
            {r.text(0), state.value_or(escrow::OrderState::AwaitingPayment), r.text(2), r.integer(3)});
    }
    return out;
}

std::vector<std::pair<std::string, std::int64_t>> OrderStore::countByState(Database &db)
{
    std::vector<std::pair<std::string, std::int64_t>> out;
    for (const auto &r : db.query("SELECT state, COUNT(*) FROM orders GROUP BY state ORDER BY state"))
        out.emplace_back(r.text(0), r.integer(1));
    return out;
}

bool OrderStore::reserveUnits(Transaction &tx, const std::string &listingId, std::int64_t n)
{
    return tx.execute(
               "UPDATE listings SET reserved_quantity = reserved_quantity + ? WHERE id = ? AND "
               "status = 'active' AND moderation_status = 'approved' AND quantity - reserved_quantity >= ?",
               {n, listingId, n}) == 1;
}

void OrderStore::releaseUnits(Transaction &tx, const std::string &listingId, std::int64_t n)
{
    tx.execute(
        "UPDATE listings SET reserved_quantity = CASE WHEN reserved_quantity > ? THEN reserved_quantity - ? "
        "ELSE 0 END WHERE id = ?",
        {n, n, listingId});
}

std::optional<std::int64_t> OrderStore::availableUnits(Database &db, const std::string &listingId)
{
    const auto rows = db.query("SELECT quantity - reserved_quantity FROM listings WHERE id = ? AND status = "
                               "'active' AND moderation_status = 'approved'",
                               {listingId});
    if (rows.empty())
        return std::nullopt;
    return rows.front().integer(0);
}

} // namespace caravan::store
