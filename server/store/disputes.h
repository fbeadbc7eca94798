#pragma once

#include "store/database.h"
#include "store/migrations.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace caravan::store {

// A dispute on an order (docs/disputes.md). Every change locks the order first (OrderWorkflow::lock),
// then this row, and is compare-and-set on `version`.
struct DisputeRecord
{
    std::string id;
    std::string orderId;
    std::string buyerId;
    std::string sellerId;
    std::string reason;
    std::string status;
    std::int64_t version = 1;
    std::int64_t openedAt = 0;
    std::int64_t deadlineAt = 0; // what the current status waits for must happen by then (0: nothing)
    std::int64_t dueAt = 0;      // when a timer acts (0: no timer); escalated cases only order the queue
    std::int64_t escalatedAt = 0;
    std::string assignedTo;
    nlohmann::json offer = nullptr;    // {"kind": "partial_refund"|"return", "amount_minor", "return_address"}
    nlohmann::json proposal = nullptr; // a staff decision waiting for a second approver
    std::string outcome;               // once resolved: release, refund, split
    std::int64_t refundMinor = 0;      // buyer's currency, what the outcome gave back
    std::string decidedBy;
    std::int64_t resolvedAt = 0;
    std::string returnCarrier;
    std::string returnTracking;
    std::int64_t updatedAt = 0;
};

struct DisputeEvent
{
    std::int64_t id = 0;
    std::string disputeId;
    std::int64_t at = 0;
    std::string actorRole; // buyer, seller, staff, timer
    std::string actorId;
    std::string kind;      // opened, answered, offer_accepted, offer_refused, escalated, claimed, ...
    std::string text;
    std::vector<std::string> photos; // SHA-256 of uploaded photos
    nlohmann::json detail = nlohmann::json::object();
};

// A row of the staff queue.
struct DisputeQueueFilter
{
    std::string status;  // empty: every open status
    std::string reason;
    std::string assignedTo;
    std::int64_t minTotal = 0; // buyer's currency minor units
    std::string from;          // seller's country
    std::string to;            // destination country
    std::int64_t openedBefore = 0;
    int limit = 200;
};

struct DisputeQueueRow
{
    DisputeRecord dispute;
    std::string buyerCurrency;
    std::int64_t totalMinor = 0;
    std::string sellerCountry;
    std::string destination;
    std::string title;
};

// Account age and track record of a party, for the case view.
struct PartyHistory
{
    std::string userId;
    std::string displayName;
    std::string country;
    std::int64_t createdAt = 0;
    std::int64_t ordersAsBuyer = 0;
    std::int64_t ordersAsSeller = 0;
    std::int64_t disputesAsBuyer = 0;
    std::int64_t disputesAsSeller = 0;
    std::int64_t outcomesForBuyer = 0;  // resolved with a refund (full or split) where they were the buyer
    std::int64_t outcomesForSeller = 0; // resolved with a release where they were the seller
};

class DisputeStore
{
public:
    static void insert(Transaction &tx, const DisputeRecord &d);
    // The order's dispute, read in the caller's transaction (the order is locked by then).
    static std::optional<DisputeRecord> ofOrder(Transaction &tx, const std::string &orderId);
    static std::optional<DisputeRecord> load(Database &db, const std::string &id);
    static std::optional<DisputeRecord> loadForUpdate(Transaction &tx, const std::string &id);
    // Compare-and-set on version; on success d.version is the new version.
    static bool update(Transaction &tx, DisputeRecord &d, std::int64_t expectedVersion);
    static void appendEvent(Transaction &tx, const DisputeEvent &e);
    static std::vector<DisputeEvent> events(Database &db, const std::string &disputeId);

    // The ids of disputes whose timer is due, oldest first.
    static std::vector<std::string> due(Database &db, std::int64_t now, int limit);
    // A party's disputes, newest first.
    static std::vector<DisputeRecord> ofUser(Database &db, const std::string &userId, int limit);
    static std::vector<DisputeQueueRow> queue(Database &db, const DisputeQueueFilter &filter);
    static PartyHistory history(Database &db, const std::string &userId);
};

Migration disputesMigration(int version);

} // namespace caravan::store
