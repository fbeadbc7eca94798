#pragma once

#ifndef Q_MOC_RUN
#include "listing/issues.h"
#include "listing/listing.h"
#include "listing/validation.h"
#endif

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace caravan::data {

// What the local database knows about a listing beyond the shared model.
struct ListingMeta
{
    qint64 revision = 0;      // server revision of the baseline; 0 = never synced
    QString moderation;       // server-owned: published, pending, removed (empty before the first sync)
    QString moderationReason; // server-owned
    QString createdAt;        // ISO 8601 UTC
    QString updatedAt;
};

struct ListingSaveResult
{
    bool ok = false;
    bool changed = false;               // false when the listing was saved already exactly like this
    QString error;                      // translated; empty when ok
    std::vector<listing::Issue> issues; // validation issues that refused the save
};

// Listings in the account's local database. Every write also appends its sync mutation to the outbox
// (docs/sync.md: entity "listing", op upsert/delete, `fields` = the seller-owned fields this write
// changed, `base` = the values they had before it, `base_revision` = the listing's server revision)
// in the SAME transaction, so a listing and its mutation are stored together or not at all.
class ListingRepository final
{
    Q_DECLARE_TR_FUNCTIONS(caravan::data::ListingRepository)

public:
    explicit ListingRepository(QSqlDatabase db, const listing::ValidationContext &ctx = {});

    // A new listing id (a UUID, which the listing id rules accept).
    static std::string newId();

    [[nodiscard]] std::optional<listing::Listing> load(const QString &id) const;
    [[nodiscard]] std::optional<ListingMeta> meta(const QString &id) const;
    [[nodiscard]] std::vector<listing::Listing> loadMany(const QStringList &ids) const;
    [[nodiscard]] std::vector<listing::Listing> loadAll() const;
    [[nodiscard]] int count() const;

    // Validates (draft rules for a draft, publish rules otherwise; see shared/listing/validation.h) and
    // stores the listing and its mutation. An invalid listing is refused with its issues; nothing changes.
    ListingSaveResult save(const listing::Listing &listing);
    // Stores several listings in ONE transaction (bulk edits, CSV import): all or none.
    ListingSaveResult saveAll(const std::vector<listing::Listing> &listings);
    // Removes the listing and queues a delete mutation (only if the server knows it).
    bool remove(const QString &id);

    // A copy under a new id: a draft, no schedule, "(copy)" is not added (the seller edits the title).
    std::optional<listing::Listing> duplicate(const QString &id);

    [[nodiscard]] QString lastError() const { return m_lastError; }
    [[nodiscard]] const listing::ValidationContext &validationContext() const { return m_ctx; }
    [[nodiscard]] QSqlDatabase database() const { return m_db; }

private:
    bool write(const listing::Listing &listing, ListingSaveResult &result);
    bool writePhotos(const listing::Listing &listing);

    QSqlDatabase m_db;
    listing::ValidationContext m_ctx;
    QString m_lastError;
};

} // namespace caravan::data
