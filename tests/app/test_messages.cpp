// The seller's messages on this device: records pulled into sync_records grouped into threads, unread
// counts per device, answers queued offline, the server's refusals, and the Messages section.
#include "data/messagerepository.h"
#include "data/outboxrepository.h"
#include "test_order_support.h"
#include "ui/language.h"
#include "ui/messagesview.h"

#include <QDir>
#include <QJsonDocument>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using namespace caravan;

namespace {

const QString kThread = QStringLiteral("thread-1");
const QString kOrderThread = QStringLiteral("thread-2");

QJsonObject messageRecord(const QString &thread, const QString &body, bool fromSeller, const QString &at,
                          const QString &orderId = {})
{
    return {
        {QStringLiteral("thread_id"), thread},
        {QStringLiteral("body"), body},
        {QStringLiteral("sender_id"), fromSeller ? QStringLiteral("seller-1") : QStringLiteral("buyer-1")},
        {QStringLiteral("from_seller"), fromSeller},
        {QStringLiteral("created_at"), at},
        {QStringLiteral("listing_id"), QStringLiteral("listing-1")},
        {QStringLiteral("order_id"), orderId},
        {QStringLiteral("subject"), QStringLiteral("Seiko 5 automatic watch")},
        {QStringLiteral("buyer_id"), QStringLiteral("buyer-1")},
        {QStringLiteral("buyer_name"), QStringLiteral("Emma Johnson")}};
}

// Pulls the message records (entity id => record) as a sync page would.
void pullMessages(data::SyncJournal &journal, const QVector<QPair<QString, QJsonObject>> &records)
{
    QVector<data::PulledChange> changes;
    qint64 seq = journal.cursor();
    for (const auto &[id, record] : records) {
        data::PulledChange change;
        change.seq = ++seq;
        change.entity = QStringLiteral("message");
        change.entityId = id;
        change.op = QStringLiteral("upsert");
        change.revision = 1;
        change.data = record;
        changes.append(change);
    }
    REQUIRE(journal.applyPullPage(changes, seq));
}

void pullConversation(data::SyncJournal &journal)
{
    pullMessages(journal,
                 {{QStringLiteral("m-1"), messageRecord(kThread, QStringLiteral("Does it keep time?"), false,
                                                        QStringLiteral("2026-12-01T10:00:00Z"))},
                  {QStringLiteral("m-2"), messageRecord(kThread, QStringLiteral("Yes, +15 s a day."), true,
                                                        QStringLiteral("2026-12-01T11:00:00Z"))},
                  {QStringLiteral("m-3"), messageRecord(kThread, QStringLiteral("And the box?"), false,
                                                        QStringLiteral("2026-12-01T12:00:00Z"))},
                  {QStringLiteral("m-4"),
                   messageRecord(kOrderThread, QStringLiteral("Gift wrap?"), false,
                                 QStringLiteral("2026-12-02T09:00:00Z"), QStringLiteral("order-1"))}});
}

} // namespace

TEST_CASE("messages: pulled records become threads with unread counts per device", "[messages]")
{
    test::Sandbox sandbox;
    auto db = test::openOrderDatabase(sandbox);
    data::SyncJournal journal(db->connection());
    pullConversation(journal);

    data::MessageRepository messages(db->connection());
    auto threads = messages.threads();
    REQUIRE(threads.size() == 2);
    CHECK(threads[0].id == kOrderThread); // newest activity first
    CHECK(threads[0].orderId == QStringLiteral("order-1"));
    CHECK(threads[0].unread == 1);
    CHECK(threads[1].id == kThread);
    CHECK(threads[1].subject == QStringLiteral("Seiko 5 automatic watch"));
    CHECK(threads[1].buyerName == QStringLiteral("Emma Johnson"));
    CHECK(threads[1].listingId == QStringLiteral("listing-1"));
    CHECK(threads[1].orderId.isEmpty());
    CHECK(threads[1].lastText == QStringLiteral("And the box?"));
    CHECK(threads[1].lastAt == QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC));
    CHECK(threads[1].unread == 2);
    CHECK(messages.unreadTotal() == 3);

    const auto thread = messages.messages(kThread);
    REQUIRE(thread.size() == 3);
    CHECK(thread[0].body == QStringLiteral("Does it keep time?"));
    CHECK(thread[0].senderName == QStringLiteral("Emma Johnson"));
    CHECK(thread[1].fromSeller);
    CHECK(thread[1].state == data::ThreadMessage::State::Delivered);

    REQUIRE(messages.markRead(kThread));
    CHECK(messages.unreadTotal() == 1);
    // A newer buyer message is unread again.
    pullMessages(journal, {{QStringLiteral("m-5"), messageRecord(kThread, QStringLiteral("Hello?"), false,
                                                                 QStringLiteral("2026-12-03T08:00:00Z"))}});
    CHECK(messages.threads()[0].id == kThread);
    CHECK(messages.threads()[0].unread == 1);
}

TEST_CASE("messages: an answer goes to the outbox with the message payload, empty ones are refused",
          "[messages]")
{
    test::Sandbox sandbox;
    auto db = test::openOrderDatabase(sandbox);
    data::SyncJournal journal(db->connection());
    pullConversation(journal);
    data::MessageRepository messages(db->connection());
    data::OutboxRepository outbox(db->connection());

    CHECK_FALSE(messages.send(kThread, QStringLiteral("  \n ")));
    CHECK(messages.lastError().contains(QStringLiteral("Write a message")));
    CHECK_FALSE(messages.send(kThread, QString(data::MessageRepository::kMaxChars + 1, QLatin1Char('x'))));
    CHECK_FALSE(messages.send(QStringLiteral("no-such-thread"), QStringLiteral("hi")));
    CHECK(outbox.count() == 0);

    const auto id = messages.send(kThread, QStringLiteral(" Yes, the original box.\r\n"));
    REQUIRE(id);
    const auto pending = outbox.pending();
    REQUIRE(pending.size() == 1);
    CHECK(pending[0].entity == QStringLiteral("message"));
    CHECK(pending[0].entityId == *id);
    CHECK(pending[0].op == QStringLiteral("upsert"));
    const QJsonObject expected{
        {QStringLiteral("entity"), QStringLiteral("message")},
        {QStringLiteral("entity_id"), *id},
        {QStringLiteral("op"), QStringLiteral("upsert")},
        {QStringLiteral("base_revision"), 0},
        {QStringLiteral("base"), QJsonObject{}},
        {QStringLiteral("fields"),
         QJsonObject{{QStringLiteral("thread_id"), kThread},
                     {QStringLiteral("body"), QStringLiteral("Yes, the original box.")}}}};
    INFO(QJsonDocument(pending[0].payload).toJson().toStdString());
    CHECK(pending[0].payload == expected);

    auto thread = messages.messages(kThread);
    REQUIRE(thread.size() == 4);
    CHECK(thread.back().state == data::ThreadMessage::State::Sending);
    CHECK(thread.back().fromSeller);

    // The server refuses it: the text stays, with the reason.
    const auto wire = journal.pendingMutations(10);
    REQUIRE(wire.size() == 1);
    data::PushResult refused;
    refused.id = wire[0].id;
    refused.status = QStringLiteral("rejected");
    refused.code = QStringLiteral("rate_limited");
    REQUIRE(journal.applyPushResults(wire, {refused}));
    thread = messages.messages(kThread);
    CHECK(thread.back().state == data::ThreadMessage::State::Refused);
    CHECK(thread.back().body == QStringLiteral("Yes, the original box."));
    CHECK(thread.back().refusal.contains(QStringLiteral("last hour")));

    // Once the server's record of it is pulled, it is an ordinary message.
    pullMessages(journal, {{*id, messageRecord(kThread, QStringLiteral("Yes, the original box."), true,
                                               QStringLiteral("2026-12-03T09:00:00Z"))}});
    thread = messages.messages(kThread);
    REQUIRE(thread.size() == 4);
    CHECK(thread.back().state == data::ThreadMessage::State::Delivered);
}

TEST_CASE("messages: the view lists threads, opens one, and sends with Ctrl+Enter", "[messages][ui]")
{
    ui::installTranslators(QStringLiteral("en"));
    test::Sandbox sandbox;
    auto db = test::openOrderDatabase(sandbox);
    data::SyncJournal journal(db->connection());
    pullConversation(journal);

    ui::MessagesView view(db->connection());
    QSignalSpy unread(&view, &ui::MessagesView::unreadChanged);
    QSignalSpy queued(&view, &ui::MessagesView::messageQueued);
    QSignalSpy arrived(&view, &ui::MessagesView::newBuyerMessages);
    view.resize(900, 600);
    view.show();
    REQUIRE(view.threadList()->count() == 2);
    CHECK(view.unreadTotal() == 3);
    CHECK(view.threadList()->item(1)->font().bold());
    CHECK(view.threadList()->item(1)->text().contains(QStringLiteral("2 unread")));

    view.selectThread(kThread);
    CHECK(view.currentThreadId() == kThread);
    CHECK(view.conversation()->toPlainText().contains(QStringLiteral("Does it keep time?")));
    CHECK(view.unreadTotal() == 1);
    CHECK_FALSE(view.threadList()->currentItem()->font().bold());
    CHECK_FALSE(view.threadList()->currentItem()->text().contains(QStringLiteral("unread")));
    REQUIRE_FALSE(unread.isEmpty());
    CHECK(unread.last().at(0).toInt() == 1);

    view.replyBox()->setFocus();
    view.replyBox()->setPlainText(QStringLiteral("Yes, with its box."));
    QTest::keyClick(view.replyBox(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(queued.size() == 1);
    CHECK(view.replyBox()->toPlainText().isEmpty());
    CHECK(view.conversation()->toPlainText().contains(QStringLiteral("Sending")));
    // An empty answer is refused.
    CHECK_FALSE(view.sendReply());
    CHECK(queued.size() == 1);

    // A new buyer message after a sync is announced.
    pullMessages(journal,
                 {{QStringLiteral("m-9"), messageRecord(kOrderThread, QStringLiteral("Thanks"), false,
                                                        QStringLiteral("2026-12-03T10:00:00Z"))}});
    view.reloadFromDatabase();
    REQUIRE(arrived.size() == 1);
    CHECK(arrived.last().at(0).toStringList() == QStringList{QStringLiteral("Emma Johnson")});
    CHECK(view.currentThreadId() == kThread);
}

TEST_CASE("messages: screenshots of the section in each language", "[messages][ui][screenshots]")
{
    for (const QString language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        ui::installTranslators(language);
        test::Sandbox sandbox;
        auto db = test::openOrderDatabase(sandbox);
        data::SyncJournal journal(db->connection());
        pullConversation(journal);
        ui::MessagesView view(db->connection());
        view.resize(1000, 640);
        view.show();
        view.selectThread(kThread);
        REQUIRE(view.conversation()->toPlainText().contains(QStringLiteral("Does it keep time?")));
        QDir().mkpath(QStringLiteral(CARAVAN_SCREENSHOT_DIR));
        QCoreApplication::processEvents();
        REQUIRE(view.grab().save(
            QDir(QStringLiteral(CARAVAN_SCREENSHOT_DIR)).filePath(QStringLiteral("messages-%1.png").arg(language))));
    }
    ui::installTranslators(QStringLiteral("en"));
}
