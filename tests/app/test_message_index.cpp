// message_index and message_threads (local schema step 7): the pulled messages by thread, time and side,
// filled from the records a database already holds when it is upgraded and kept by triggers as pages are
// pulled; the threads, unread counts and announcements of the Messages section read it.
#include "data/localdatabase.h"
#include "data/messagerepository.h"
#include "data/migrations.h"
#include "test_order_support.h"
#include "ui/language.h"
#include "ui/messagesview.h"

#include <QJsonDocument>
#include <QListWidget>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using namespace caravan;

namespace {

QJsonObject message(const QString &thread, const QString &body, bool fromSeller, const QString &at,
                    const QString &buyer = QStringLiteral("Emma Johnson"))
{
    return {
        {QStringLiteral("thread_id"), thread},
        {QStringLiteral("body"), body},
        {QStringLiteral("sender_id"), fromSeller ? QStringLiteral("seller-1") : QStringLiteral("buyer-1")},
        {QStringLiteral("from_seller"), fromSeller},
        {QStringLiteral("created_at"), at},
        {QStringLiteral("listing_id"), QStringLiteral("listing-1")},
        {QStringLiteral("order_id"), QString()},
        {QStringLiteral("subject"), QStringLiteral("宜兴紫砂壶")},
        {QStringLiteral("buyer_id"), QStringLiteral("buyer-1")},
        {QStringLiteral("buyer_name"), buyer}};
}

void pull(data::SyncJournal &journal, const QString &id, const QJsonObject &record, qint64 revision = 1,
          const QString &op = QStringLiteral("upsert"))
{
    data::PulledChange change;
    change.seq = journal.cursor() + 1;
    change.entity = QStringLiteral("message");
    change.entityId = id;
    change.op = op;
    change.revision = revision;
    change.data = record;
    REQUIRE(journal.applyPullPage({change}, change.seq));
}

struct IndexRow
{
    QString id;
    QString thread;
    QString createdAt;
    bool fromSeller = false;
};

// The index in arrival order.
QVector<IndexRow> indexRows(const QSqlDatabase &db)
{
    QVector<IndexRow> rows;
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral(
        "SELECT message_id, thread_id, created_at, from_seller FROM message_index ORDER BY arrival")));
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toBool()});
    return rows;
}

QStringList ids(const QVector<data::ThreadMessage> &messages)
{
    QStringList out;
    for (const auto &m : messages)
        out << m.id;
    return out;
}

} // namespace

TEST_CASE("schema step 7 indexes the messages a version 5 database already holds", "[migrations][messages]")
{
    test::Sandbox sandbox;
    const QString path = sandbox.path(QStringLiteral("caravan.sqlite"));
    QString error;
    {
        QSqlDatabase raw = data::LocalDatabase::openConnection(path, &error);
        REQUIRE(raw.isValid());
        REQUIRE(data::applyMigrations(raw, data::schemaMigrations(), 5).ok);
        QSqlQuery insert(raw);
        REQUIRE(
            insert.prepare(QStringLiteral("INSERT INTO sync_records (entity, entity_id, revision, deleted, "
                                          "data_json, pulled_at) VALUES (?, ?, 1, ?, ?, '2026-12-03')")));
        const auto add = [&](const QString &entity, const QString &id, bool deleted,
                             const QJsonObject &data) {
            insert.bindValue(0, entity);
            insert.bindValue(1, id);
            insert.bindValue(2, deleted ? 1 : 0);
            insert.bindValue(3, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
            REQUIRE(insert.exec());
        };
        add(QStringLiteral("message"), QStringLiteral("m-b"), false,
            message(QStringLiteral("t-1"), QStringLiteral("请问还有货吗？"), false,
                    QStringLiteral("2026-12-01T10:00:00Z")));
        add(QStringLiteral("message"), QStringLiteral("m-a"), false,
            message(QStringLiteral("t-1"), QStringLiteral("Yes."), true,
                    QStringLiteral("2026-12-01T11:30:00.250+01:00")));
        add(QStringLiteral("message"), QStringLiteral("m-gone"), true, QJsonObject());
        add(QStringLiteral("listing"), QStringLiteral("l-1"), false,
            QJsonObject{{QStringLiteral("thread_id"), QStringLiteral("not-a-message")}});
        add(QStringLiteral("message"), QStringLiteral("m-c"), false,
            message(QStringLiteral("t-2"), QStringLiteral("Hello"), false,
                    QStringLiteral("2026-12-02T08:00:00Z")));
        const QString name = raw.connectionName();
        raw = QSqlDatabase();
        data::LocalDatabase::closeConnection(name);
    }
    auto db = data::LocalDatabase::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(db);
    REQUIRE(data::schemaVersion(db->connection()) >= 7);

    // In the order the records arrived, times in UTC with milliseconds, as thread_reads keeps them.
    const auto rows = indexRows(db->connection());
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].id == QStringLiteral("m-b"));
    CHECK(rows[0].thread == QStringLiteral("t-1"));
    CHECK(rows[0].createdAt == QStringLiteral("2026-12-01T10:00:00.000Z"));
    CHECK_FALSE(rows[0].fromSeller);
    CHECK(rows[1].id == QStringLiteral("m-a"));
    CHECK(rows[1].createdAt == QStringLiteral("2026-12-01T10:30:00.250Z"));
    CHECK(rows[1].fromSeller);
    CHECK(rows[2].id == QStringLiteral("m-c"));

    QSqlQuery summaries(db->connection());
    REQUIRE(summaries.exec(QStringLiteral("SELECT thread_id, last_id, newest_buyer_at FROM message_threads "
                                          "ORDER BY thread_id")));
    REQUIRE(summaries.next());
    CHECK(summaries.value(1).toString() == QStringLiteral("m-a"));
    CHECK(summaries.value(2).toString() == QStringLiteral("2026-12-01T10:00:00.000Z"));
    REQUIRE(summaries.next());
    CHECK(summaries.value(1).toString() == QStringLiteral("m-c"));
    CHECK_FALSE(summaries.next());

    data::MessageRepository repo(db->connection());
    const auto threads = repo.threads();
    REQUIRE(threads.size() == 2);
    CHECK(threads[0].id == QStringLiteral("t-2"));
    CHECK(threads[1].id == QStringLiteral("t-1"));
    CHECK(threads[1].subject == QStringLiteral("宜兴紫砂壶"));
    CHECK(threads[1].lastText == QStringLiteral("Yes."));
    CHECK(threads[1].lastAt == QDateTime(QDate(2026, 12, 1), QTime(10, 30, 0, 250), Qt::UTC));
    CHECK(threads[1].unread == 1);
    CHECK(ids(repo.messages(QStringLiteral("t-1"))) ==
          QStringList{QStringLiteral("m-b"), QStringLiteral("m-a")});
    CHECK(repo.unreadTotal() == 2);
}

TEST_CASE("message_index follows the pulled pages: new, re-pulled and deleted messages", "[messages]")
{
    test::Sandbox sandbox;
    auto db = test::openOrderDatabase(sandbox);
    data::SyncJournal journal(db->connection());
    data::MessageRepository repo(db->connection());
    const QString thread = QStringLiteral("t-1");
    pull(journal, QStringLiteral("m-1"),
         message(thread, QStringLiteral("First"), false, QStringLiteral("2026-12-01T10:00:00Z")));
    pull(journal, QStringLiteral("m-2"),
         message(thread, QStringLiteral("Second"), true, QStringLiteral("2026-12-01T10:00:00Z")));
    pull(journal, QStringLiteral("m-3"),
         message(thread, QStringLiteral("Third"), false, QStringLiteral("2026-12-01T12:00:00Z")));
    CHECK(indexRows(db->connection()).size() == 3);
    const qint64 arrived = repo.lastArrival();
    CHECK(arrived > 0);

    // A record pulled again keeps its place (same second: the feed's order decides).
    pull(journal, QStringLiteral("m-1"),
         message(thread, QStringLiteral("First, again"), false, QStringLiteral("2026-12-01T10:00:00Z")), 2);
    auto messages = repo.messages(thread);
    CHECK(ids(messages) == QStringList{QStringLiteral("m-1"), QStringLiteral("m-2"), QStringLiteral("m-3")});
    CHECK(messages[0].body == QStringLiteral("First, again"));
    CHECK(repo.lastArrival() == arrived);
    CHECK(repo.buyersAfter(arrived).isEmpty());

    // Read up to the newest buyer message: a buyer message of exactly that time is read.
    REQUIRE(repo.markRead(thread));
    CHECK(repo.unreadTotal() == 0);
    CHECK(repo.threads()[0].unread == 0);

    // A tombstone removes the message; the thread's newest message is then the one before it.
    pull(journal, QStringLiteral("m-3"), QJsonObject(), 3, QStringLiteral("delete"));
    CHECK(indexRows(db->connection()).size() == 2);
    CHECK(ids(repo.messages(thread)) == QStringList{QStringLiteral("m-1"), QStringLiteral("m-2")});
    CHECK(repo.threads()[0].lastText == QStringLiteral("Second"));

    // New buyer messages: their buyers once each, oldest message first.
    pull(journal, QStringLiteral("m-4"),
         message(QStringLiteral("t-2"), QStringLiteral("你好"), false, QStringLiteral("2026-12-03T09:00:00Z"),
                 QStringLiteral("陈伟")));
    pull(journal, QStringLiteral("m-5"),
         message(thread, QStringLiteral("Hello?"), false, QStringLiteral("2026-12-03T08:00:00Z")));
    pull(journal, QStringLiteral("m-6"),
         message(QStringLiteral("t-2"), QStringLiteral("在吗？"), false,
                 QStringLiteral("2026-12-03T10:00:00Z"), QStringLiteral("陈伟")));
    pull(journal, QStringLiteral("m-7"),
         message(thread, QStringLiteral("Mine"), true, QStringLiteral("2026-12-02T11:00:00Z")));
    CHECK(repo.buyersAfter(arrived) == QStringList{QStringLiteral("Emma Johnson"), QStringLiteral("陈伟")});
    CHECK(repo.lastArrival() > arrived);
    CHECK(repo.unreadTotal() == 3);

    // A reply written here is the thread's last message until the feed brings it.
    const auto reply = repo.send(QStringLiteral("t-2"), QStringLiteral("在的，明天发货。"));
    REQUIRE(reply);
    const auto threads = repo.threads();
    REQUIRE(threads.size() == 2);
    CHECK(threads[0].id == QStringLiteral("t-2"));
    CHECK(threads[0].lastText == QStringLiteral("在的，明天发货。"));
    CHECK(threads[0].unread == 2);
}

TEST_CASE("the Messages section announces buyers only for messages that arrived since its last read",
          "[messages][ui]")
{
    ui::installTranslators(QStringLiteral("en"));
    test::Sandbox sandbox;
    auto db = test::openOrderDatabase(sandbox);
    data::SyncJournal journal(db->connection());
    pull(journal, QStringLiteral("m-1"),
         message(QStringLiteral("t-1"), QStringLiteral("Hi"), false, QStringLiteral("2026-12-01T10:00:00Z")));
    ui::MessagesView view(db->connection());
    QSignalSpy arrived(&view, &ui::MessagesView::newBuyerMessages);
    REQUIRE(view.threadList()->count() == 1);
    CHECK(view.unreadTotal() == 1);

    // The same message pulled again is not news.
    pull(journal, QStringLiteral("m-1"),
         message(QStringLiteral("t-1"), QStringLiteral("Hi"), false, QStringLiteral("2026-12-01T10:00:00Z")),
         2);
    view.reloadFromDatabase();
    CHECK(arrived.isEmpty());

    pull(journal, QStringLiteral("m-2"),
         message(QStringLiteral("t-2"), QStringLiteral("请问"), false, QStringLiteral("2026-12-02T10:00:00Z"),
                 QStringLiteral("王芳")));
    view.reloadFromDatabase();
    REQUIRE(arrived.size() == 1);
    CHECK(arrived.last().at(0).toStringList() == QStringList{QStringLiteral("王芳")});
    CHECK(view.threadList()->count() == 2);
    CHECK(view.unreadTotal() == 2);
    view.reloadFromDatabase();
    CHECK(arrived.size() == 1);

    view.selectThread(QStringLiteral("t-2"));
    CHECK(view.conversation()->toPlainText().contains(QStringLiteral("请问")));
    CHECK(view.unreadTotal() == 1);
}
