#include "data/listingrepository.h"
#include "data/localdatabase.h"
#include "data/migrations.h"
#include "data/outboxrepository.h"
#include "data/packingevidence.h"
#include "data/templaterepository.h"
#include "listing/listing_json.h"
#include "test_listing_support.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace caravan;

namespace {

std::unique_ptr<data::LocalDatabase> openDb(const test::Sandbox &sandbox)
{
    QString error;
    auto db = data::LocalDatabase::open(sandbox.path(QStringLiteral("caravan.sqlite")), &error);
    INFO(error.toStdString());
    REQUIRE(db);
    return db;
}

QJsonObject lastPayload(data::OutboxRepository &outbox)
{
    const auto pending = outbox.pending();
    REQUIRE_FALSE(pending.isEmpty());
    return pending.back().payload;
}

} // namespace

TEST_CASE("migration 3 keeps step-2 listings and adds the workbench tables", "[listings][migrations]")
{
    test::Sandbox sandbox;
    const QString path = sandbox.path(QStringLiteral("old.sqlite"));
    QString error;
    {
        QSqlDatabase raw = data::LocalDatabase::openConnection(path, &error);
        REQUIRE(raw.isValid());
        const auto result = data::applyMigrations(raw, data::schemaMigrations(), 2);
        REQUIRE(result.ok);
        QSqlQuery insert(raw);
        REQUIRE(insert.exec(QStringLiteral(
            "INSERT INTO listings (id, title, price_minor, currency, created_at, updated_at) VALUES "
            "('old-1', 'Old Nikon FM2 camera body', 30000, 'EUR', '2025-01-01T00:00:00Z', "
            "'2025-01-01T00:00:00Z')")));
        const QString name = raw.connectionName();
        insert = QSqlQuery();
        raw = QSqlDatabase();
        data::LocalDatabase::closeConnection(name);
    }
    auto db = data::LocalDatabase::open(path, &error);
    REQUIRE(db);
    CHECK(data::schemaVersion(db->connection()) >= 3);
    data::ListingRepository repo(db->connection());
    const auto old = repo.load(QStringLiteral("old-1"));
    REQUIRE(old);
    CHECK(old->title == "Old Nikon FM2 camera body");
    CHECK(old->priceMinor == 30000);
    CHECK_FALSE(old->weightG.has_value()); // step 2 stored 0 for "not measured"
    QSqlQuery fts(db->connection());
    REQUIRE(fts.exec(QStringLiteral("SELECT count(*) FROM listings_fts WHERE listings_fts MATCH 'nikon'")));
    REQUIRE(fts.next());
    CHECK(fts.value(0).toInt() == 1);
}

TEST_CASE("saving a listing writes the row and its outbox mutation together", "[listings]")
{
    test::Sandbox sandbox;
    auto db = openDb(sandbox);
    data::ListingRepository repo(db->connection());
    data::OutboxRepository outbox(db->connection());

    listing::Listing draft;
    draft.id = data::ListingRepository::newId();
    draft.title = "Arita porcelain tea cups";
    auto saved = repo.save(draft);
    INFO(saved.error.toStdString());
    REQUIRE(saved.ok);
    CHECK(saved.changed);
    REQUIRE(outbox.count() == 1);
    QJsonObject payload = lastPayload(outbox);
    CHECK(payload.value(QStringLiteral("op")).toString() == QStringLiteral("upsert"));
    CHECK(payload.value(QStringLiteral("entity")).toString() == QStringLiteral("listing"));
    CHECK(payload.value(QStringLiteral("base_revision")).toInt() == 0);
    CHECK_FALSE(payload.contains(QStringLiteral("base"))); // a create has no base
    CHECK(payload.value(QStringLiteral("fields")).toObject().value(QStringLiteral("title")).toString() ==
          QStringLiteral("Arita porcelain tea cups"));

    // Saving the same content again writes nothing.
    saved = repo.save(draft);
    REQUIRE(saved.ok);
    CHECK_FALSE(saved.changed);
    CHECK(outbox.count() == 1);

    // An edit sends only the changed field, with the value it started from.
    QSqlQuery synced(db->connection());
    REQUIRE(synced.exec(QStringLiteral("UPDATE listings SET revision = 4")));
    draft.title = "Arita porcelain tea cups, pair";
    draft.priceMinor = 4800;
    draft.currency = "JPY";
    REQUIRE(repo.save(draft).ok);
    REQUIRE(outbox.count() == 2);
    payload = lastPayload(outbox);
    const QJsonObject fields = payload.value(QStringLiteral("fields")).toObject();
    const QJsonObject base = payload.value(QStringLiteral("base")).toObject();
    CHECK(payload.value(QStringLiteral("base_revision")).toInt() == 4);
    CHECK(fields.keys() ==
          QStringList{QStringLiteral("currency"), QStringLiteral("price_minor"), QStringLiteral("title")});
    CHECK(fields.value(QStringLiteral("price_minor")).toInt() == 4800);
    CHECK(base.value(QStringLiteral("title")).toString() == QStringLiteral("Arita porcelain tea cups"));
    CHECK(base.value(QStringLiteral("price_minor")).isNull());

    // The stored listing reads back equal, field for field.
    const auto back = repo.load(QString::fromStdString(draft.id));
    REQUIRE(back);
    CHECK(*back == draft);

    // Clearing a field sends null.
    draft.brand = "Arita";
    REQUIRE(repo.save(draft).ok);
    draft.brand.clear();
    REQUIRE(repo.save(draft).ok);
    payload = lastPayload(outbox);
    CHECK(payload.value(QStringLiteral("fields")).toObject().value(QStringLiteral("brand")).isNull());
    CHECK(payload.value(QStringLiteral("base")).toObject().value(QStringLiteral("brand")).toString() ==
          QStringLiteral("Arita"));
}

TEST_CASE("an invalid listing is refused with its issues and nothing is written", "[listings]")
{
    test::Sandbox sandbox;
    auto db = openDb(sandbox);
    data::ListingRepository repo(db->connection());
    data::OutboxRepository outbox(db->connection());

    listing::Listing l = test::publishableListing();
    REQUIRE(repo.save(l).ok);
    const int before = outbox.count();
    l.priceMinor.reset(); // an active listing needs a price
    const auto saved = repo.save(l);
    CHECK_FALSE(saved.ok);
    CHECK_FALSE(saved.error.isEmpty());
    REQUIRE_FALSE(saved.issues.empty());
    CHECK(outbox.count() == before);
    CHECK(repo.load(QString::fromStdString(l.id))->priceMinor.has_value());

    // A bad listing in a batch stops the whole batch.
    auto batch = test::demoListings();
    batch[3].title = "x"; // too short to publish
    CHECK_FALSE(repo.saveAll(batch).ok);
    CHECK(repo.count() == 1);
    batch[3].title = "Arita porcelain tea cups, pair";
    REQUIRE(repo.saveAll(batch).ok);
    CHECK(repo.count() == 1 + int(batch.size()));
}

TEST_CASE("every demo listing round-trips through the local table", "[listings]")
{
    test::Sandbox sandbox;
    auto db = openDb(sandbox);
    data::ListingRepository repo(db->connection());
    auto listings = test::demoListings();
    listings[0].photos = {std::string(64, 'a'), std::string(64, 'b')};
    listings[1].destinations = listing::Destinations{listing::Destinations::Mode::AllExcept, {"RU", "BY"}};
    listings[2].scheduledStart = 4'102'444'800; // 2100-01-01
    listings[2].status = listing::Status::Scheduled;
    const auto saved = repo.saveAll(listings);
    INFO(saved.error.toStdString());
    REQUIRE(saved.ok);
    for (const auto &l : listings) {
        const auto back = repo.load(QString::fromStdString(l.id));
        REQUIRE(back);
        CHECK(listing::toStableJson(*back) == listing::toStableJson(l));
    }
    CHECK(repo.loadAll().size() == listings.size());
}

TEST_CASE("duplicate, delete, templates and packing evidence", "[listings]")
{
    test::Sandbox sandbox;
    auto db = openDb(sandbox);
    data::ListingRepository repo(db->connection());
    data::OutboxRepository outbox(db->connection());
    listing::Listing l = test::publishableListing();
    l.scheduledStart = 4'102'444'800;
    l.status = listing::Status::Scheduled;
    REQUIRE(repo.save(l).ok);

    const auto copy = repo.duplicate(QString::fromStdString(l.id));
    REQUIRE(copy);
    CHECK(copy->id != l.id);
    CHECK(copy->status == listing::Status::Draft);
    CHECK_FALSE(copy->scheduledStart);
    CHECK(copy->title == l.title);
    CHECK(repo.count() == 2);

    REQUIRE(repo.remove(QString::fromStdString(copy->id)));
    CHECK(repo.count() == 1);
    CHECK(lastPayload(outbox).value(QStringLiteral("op")).toString() == QStringLiteral("delete"));
    CHECK_FALSE(repo.remove(QStringLiteral("no-such-listing")));

    data::TemplateRepository templates(db->connection());
    data::ListingTemplate shipping;
    shipping.name = QStringLiteral("Japan Post, worldwide");
    shipping.parts = data::ListingTemplate::Shipping | data::ListingTemplate::Description;
    shipping.source = l;
    shipping.source.description = "Ships within 3 days, well packed.";
    REQUIRE(templates.save(shipping));
    REQUIRE(templates.save(shipping)); // same name replaces
    CHECK(templates.all().size() == 1);
    CHECK_FALSE(templates.save(data::ListingTemplate{}));

    listing::Listing fresh;
    fresh.id = "fresh";
    fresh.description = "Lovely old teapot.";
    data::applyTemplate(*templates.find(shipping.name), fresh);
    CHECK(fresh.postageServices == l.postageServices);
    CHECK(fresh.shipsFrom == l.shipsFrom);
    CHECK(fresh.description == "Lovely old teapot.\n\nShips within 3 days, well packed.");
    CHECK(fresh.category.empty());                              // defaults were not part of the template
    data::applyTemplate(*templates.find(shipping.name), fresh); // boilerplate is not added twice
    CHECK(fresh.description == "Lovely old teapot.\n\nShips within 3 days, well packed.");

    data::PackingEvidenceRepository evidence(db->connection());
    data::PackingEvidence e;
    e.listingId = QString::fromStdString(l.id);
    CHECK_FALSE(evidence.record(e)); // no photos
    e.photos = {QString(64, QLatin1Char('c'))};
    CHECK_FALSE(evidence.record(e)); // no weight
    e.weightG = 640;
    e.lengthMm = 300;
    e.widthMm = 220;
    e.heightMm = 90;
    const auto stored = evidence.record(e);
    REQUIRE(stored);
    CHECK(stored->sha256.size() == 64);
    const auto listed = evidence.forListing(QString::fromStdString(l.id));
    REQUIRE(listed.size() == 1);
    CHECK(listed.front().sha256 == stored->sha256);
    CHECK(data::PackingEvidenceRepository::verify(listed.front()));
    auto tampered = listed.front();
    tampered.weightG = 500;
    CHECK_FALSE(data::PackingEvidenceRepository::verify(tampered));
}
