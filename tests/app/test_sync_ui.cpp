// Sync pieces of the app without a server: backoff, the journal's merge of pulled pages with pending
// edits, the status area, the sync log model and the conflict screen.
#include "data/conflictstore.h"
#include "data/listingrepository.h"
#include "data/localdatabase.h"
#include "data/syncjournal.h"
#include "models/conflictmodel.h"
#include "models/synclogmodel.h"
#include "sync/backoff.h"
#include "sync/syncclient.h"
#include "testsupport.h"
#include "ui/conflictdialog.h"
#include "ui/language.h"
#include "ui/syncstatus.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonArray>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace caravan;

namespace {

std::unique_ptr<data::LocalDatabase> openDb(const test::Sandbox &sandbox)
{
    QString error;
    auto db = data::LocalDatabase::open(sandbox.path(QStringLiteral("device.sqlite")), &error);
    INFO(error.toStdString());
    REQUIRE(db);
    return db;
}

listing::Listing draft(const std::string &title, std::int64_t price)
{
    listing::Listing l;
    l.id = data::ListingRepository::newId();
    l.title = title;
    l.description = "A working film camera from the seventies, lens clean, shutter fires.";
    l.priceMinor = price;
    l.currency = "EUR";
    l.quantity = 1;
    return l;
}

data::PulledChange listingChange(qint64 seq, const std::string &id, qint64 revision, const QJsonObject &data)
{
    data::PulledChange change;
    change.seq = seq;
    change.entity = QStringLiteral("listing");
    change.entityId = QString::fromStdString(id);
    change.op = QStringLiteral("upsert");
    change.revision = revision;
    change.data = data;
    return change;
}

data::PulledChange conflictChange(qint64 seq, const QString &conflictId, const std::string &listingId)
{
    data::PulledChange change;
    change.seq = seq;
    change.entity = QStringLiteral("conflict");
    change.entityId = conflictId;
    change.op = QStringLiteral("upsert");
    change.revision = 1;
    change.data = QJsonObject{
        {QStringLiteral("entity"), QStringLiteral("listing")},
        {QStringLiteral("entity_id"), QString::fromStdString(listingId)},
        {QStringLiteral("state"), QStringLiteral("open")},
        {QStringLiteral("fields"),
         QJsonObject{
             {QStringLiteral("title"), QJsonObject{{QStringLiteral("base"), QStringLiteral("Old title")},
                                                   {QStringLiteral("server"), QStringLiteral("Server title")},
                                                   {QStringLiteral("client"), QStringLiteral("My title")}}},
             {QStringLiteral("price_minor"), QJsonObject{{QStringLiteral("base"), 100},
                                                         {QStringLiteral("server"), 200},
                                                         {QStringLiteral("client"), 300}}}}}};
    return change;
}

} // namespace

TEST_CASE("backoff doubles from its base to its cap with full jitter and resets", "[sync]")
{
    sync::Backoff backoff(1000, 8000, 7);
    CHECK(backoff.currentCeilingMs() == 1000);
    for (int ceiling : {1000, 2000, 4000, 8000, 8000, 8000}) {
        CHECK(backoff.currentCeilingMs() == ceiling);
        const int delay = backoff.nextDelayMs();
        CHECK(delay >= 0);
        CHECK(delay <= ceiling);
    }
    CHECK(backoff.failures() == 6);
    backoff.reset();
    CHECK(backoff.currentCeilingMs() == 1000);
    // The same seed gives the same waits (a failing run can be replayed).
    sync::Backoff a(1000, 300000, 42);
    sync::Backoff b(1000, 300000, 42);
    for (int i = 0; i < 10; ++i)
        CHECK(a.nextDelayMs() == b.nextDelayMs());
}

TEST_CASE("a pulled page merges with pending local edits and stores its cursor", "[sync]")
{
    test::Sandbox sandbox;
    auto db = openDb(sandbox);
    data::ListingRepository listings(db->connection());
    data::SyncJournal journal(db->connection());
    auto l = draft("Camera as drafted", 1000);
    REQUIRE(listings.save(l).ok);
    CHECK(journal.pendingCount() == 1);
    // The first push was applied at revision 1 (as the server would answer).
    const auto sent = journal.pendingMutations(100);
    REQUIRE(sent.size() == 1);
    CHECK(sent[0].op == QStringLiteral("upsert"));
    CHECK(sent[0].fields.value(QStringLiteral("title")).toString() == QStringLiteral("Camera as drafted"));
    data::PushResult applied;
    applied.id = sent[0].id;
    applied.status = QStringLiteral("applied");
    applied.revision = 1;
    REQUIRE(journal.applyPushResults(sent, {applied}));
    CHECK(journal.pendingCount() == 0);

    // Now the seller changes the price locally (pending) while the server changed the title.
    auto local = *listings.load(QString::fromStdString(l.id));
    local.priceMinor = 1500;
    REQUIRE(listings.save(local).ok);
    const auto pending = journal.pendingMutations(100);
    REQUIRE(pending.size() == 1);
    CHECK(pending[0].baseRevision == 1);
    CHECK(pending[0].base.value(QStringLiteral("price_minor")).toInteger() == 1000);

    const QJsonObject server{{QStringLiteral("title"), QStringLiteral("Camera renamed on the web")},
                             {QStringLiteral("description"), QString::fromStdString(l.description)},
                             {QStringLiteral("price_minor"), 1000},
                             {QStringLiteral("currency"), QStringLiteral("EUR")},
                             {QStringLiteral("quantity"), 1},
                             {QStringLiteral("status"), QStringLiteral("draft")},
                             {QStringLiteral("moderation"), QStringLiteral("removed")},
                             {QStringLiteral("moderation_reason"), QStringLiteral("counterfeit")}};
    int applied_count = 0;
    REQUIRE(journal.applyPullPage({listingChange(7, l.id, 2, server)}, 7, &applied_count));
    CHECK(applied_count == 1);
    CHECK(journal.cursor() == 7);
    const auto merged = *listings.load(QString::fromStdString(l.id));
    CHECK(merged.title == "Camera renamed on the web"); // server value for an untouched field
    CHECK(merged.priceMinor == 1500);                   // the pending local edit stays
    const auto meta = *listings.meta(QString::fromStdString(l.id));
    CHECK(meta.revision == 2);
    CHECK(meta.moderation == QStringLiteral("removed"));
    CHECK(meta.moderationReason == QStringLiteral("counterfeit"));
    // The pending mutation still carries its original base, so the server can detect a true conflict.
    CHECK(journal.pendingMutations(100).front().base.value(QStringLiteral("price_minor")).toInteger() ==
          1000);

    // A replayed older page changes nothing, and the cursor never moves back.
    auto stale = server;
    stale.insert(QStringLiteral("title"), QStringLiteral("An old title"));
    REQUIRE(journal.applyPullPage({listingChange(3, l.id, 1, stale)}, 3));
    CHECK(listings.load(QString::fromStdString(l.id))->title == "Camera renamed on the web");
    CHECK(journal.cursor() == 7);

    // A rejected push leaves the outbox and marks the record.
    const auto again = journal.pendingMutations(100);
    data::PushResult rejected;
    rejected.id = again[0].id;
    rejected.status = QStringLiteral("rejected");
    rejected.code = QStringLiteral("validation");
    rejected.message = QStringLiteral("price too high");
    REQUIRE(journal.applyPushResults(again, {rejected}));
    CHECK(journal.pendingCount() == 0);
    CHECK(journal.issueCode(QStringLiteral("listing"), QString::fromStdString(l.id)) ==
          QStringLiteral("validation"));
    const auto log = journal.logEntries();
    REQUIRE_FALSE(log.isEmpty());
    CHECK(log.front().kind == QStringLiteral("rejected"));

    // A pulled tombstone removes the listing.
    data::PulledChange gone = listingChange(8, l.id, 3, {});
    gone.op = QStringLiteral("delete");
    REQUIRE(journal.applyPullPage({gone}, 8));
    CHECK_FALSE(listings.load(QString::fromStdString(l.id)).has_value());
}

TEST_CASE("the conflict screen shows both versions field by field and resolving queues a resolve mutation",
          "[sync][conflict]")
{
    ui::installTranslators(QStringLiteral("en"));
    test::Sandbox sandbox;
    auto db = openDb(sandbox);
    data::ListingRepository listings(db->connection());
    auto l = draft("Old title", 100);
    REQUIRE(listings.save(l).ok);
    data::SyncJournal journal(db->connection());
    const QString conflictId = QStringLiteral("c0ffee00-0000-4000-8000-000000000001");
    REQUIRE(journal.applyPullPage({conflictChange(1, conflictId, l.id)}, 1));

    ui::ConflictDialog dialog(db->connection());
    QAbstractItemModelTester listTester(dialog.conflicts());
    QAbstractItemModelTester fieldsTester(dialog.fields());
    REQUIRE(dialog.conflicts()->rowCount() == 1);
    auto *fields = dialog.fields();
    REQUIRE(fields->rowCount() == 2);
    int titleRow = fields->index(0, 0).data().toString() == QStringLiteral("title") ? 0 : 1;
    CHECK(fields->index(titleRow, models::ConflictFieldsModel::Base).data().toString() ==
          QStringLiteral("Old title"));
    CHECK(fields->index(titleRow, models::ConflictFieldsModel::ThisDevice).data().toString() ==
          QStringLiteral("My title"));
    CHECK(fields->index(titleRow, models::ConflictFieldsModel::Server).data().toString() ==
          QStringLiteral("Server title"));

    // Nothing is decided until every field is.
    fields->choose(titleRow, models::ConflictFieldsModel::Side::ThisDevice);
    CHECK_FALSE(fields->complete());
    CHECK_FALSE(dialog.resolveSelected());
    CHECK(dialog.errorText() == QStringLiteral("Choose a value for every field first."));
    CHECK(data::ConflictStore(db->connection()).find(conflictId)->state == QStringLiteral("open"));

    // An edited merge for the price; bad text for a number is refused.
    const int priceRow = 1 - titleRow;
    CHECK_FALSE(
        fields->setData(fields->index(priceRow, models::ConflictFieldsModel::Chosen), QStringLiteral("abc")));
    CHECK(
        fields->setData(fields->index(priceRow, models::ConflictFieldsModel::Chosen), QStringLiteral("250")));
    REQUIRE(fields->complete());
    data::SyncJournal before(db->connection());
    const int pendingBefore = before.pendingCount();
    REQUIRE(dialog.resolveSelected());
    const auto stored = data::ConflictStore(db->connection()).find(conflictId);
    CHECK(stored->state == QStringLiteral("resolving"));
    CHECK(journal.pendingCount() == pendingBefore + 1);
    const auto mutations = journal.pendingMutations(100);
    const auto &resolve = mutations.back();
    CHECK(resolve.entity == QStringLiteral("conflict"));
    CHECK(resolve.op == QStringLiteral("resolve"));
    CHECK(resolve.entityId == conflictId);
    CHECK(resolve.fields.value(QStringLiteral("title")).toString() == QStringLiteral("My title"));
    CHECK(resolve.fields.value(QStringLiteral("price_minor")).toInteger() == 250);
    // The chosen values show locally at once.
    CHECK(listings.load(QString::fromStdString(l.id))->title == "My title");
    CHECK(listings.load(QString::fromStdString(l.id))->priceMinor == 250);

    // A pulled "resolved" closes it.
    auto closed = conflictChange(2, conflictId, l.id);
    closed.data.insert(QStringLiteral("state"), QStringLiteral("resolved"));
    REQUIRE(journal.applyPullPage({closed}, 2));
    CHECK(data::ConflictStore(db->connection()).unresolved().isEmpty());
    dialog.reload();
    CHECK(dialog.conflicts()->rowCount() == 0);
}

TEST_CASE("the sync status area shows offline, pending changes and conflicts - the log describes events",
          "[sync]")
{
    ui::installTranslators(QStringLiteral("en"));
    test::Sandbox sandbox;
    auto db = openDb(sandbox);
    data::ListingRepository listings(db->connection());
    REQUIRE(listings.save(draft("Camera one", 100)).ok);
    REQUIRE(listings.save(draft("Camera two", 200)).ok);

    sync::SyncClient client(db->connection());
    client.setAutomatic(false);
    client.setServer(QUrl(QStringLiteral("http://127.0.0.1:") + QString::number(test::closedPort())));
    client.setToken(QStringLiteral("cvn_test"));
    ui::SyncStatus status;
    status.setClient(&client);
    status.setOnline(false);
    CHECK(status.stateText() == QStringLiteral("Offline — changes are kept and sent later"));
    CHECK(status.pendingText() == QStringLiteral("2 changes waiting"));
    CHECK_FALSE(status.conflictsVisible());

    // Offline the client stays quiet: nothing is attempted.
    client.setOnline(false);
    client.syncNow();
    CHECK(client.phase() == sync::SyncClient::Phase::Idle);

    // Online against a closed port: the cycle fails, is logged once and waits to retry; the outbox stays.
    client.setBackoff(60000, 60000, 1);
    status.setOnline(true);
    client.setOnline(true);
    client.syncNow();
    REQUIRE(test::waitFor([&] { return client.phase() == sync::SyncClient::Phase::Waiting; }));
    CHECK(status.stateText() == QStringLiteral("Sync failed; retrying soon"));
    CHECK(client.pendingCount() == 2);
    models::SyncLogModel log(db->connection());
    QAbstractItemModelTester tester(&log);
    REQUIRE(log.rowCount() == 1);
    CHECK(log.index(0, models::SyncLogModel::Event).data().toString() ==
          QStringLiteral("Sync failed; it will be retried automatically."));
    CHECK(log.index(0, models::SyncLogModel::Level).data().toString() == QStringLiteral("Warning"));

    // A conflict arriving shows in the status area.
    data::SyncJournal journal(db->connection());
    const auto all = listings.loadAll();
    REQUIRE(journal.applyPullPage({conflictChange(1, QStringLiteral("c1"), all.front().id)}, 1));
    emit client.conflictsChanged();
    CHECK(status.conflictsVisible());
    client.stop();
}
