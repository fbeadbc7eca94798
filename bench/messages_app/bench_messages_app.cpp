// Puts 100,000 message records into a temporary local database (as pulled pages of entity "message", with
// data_json shaped as the server publishes it, docs/sync.md): about 8,000 threads with one buyer each,
// seven in ten about an order and the others questions about a listing, five long threads of 600
// messages, English and Chinese text; the seller has read most threads on this device, some partly, some
// never. Then it measures, each figure the median of several runs:
//   threads   MessageRepository::threads (the thread list with unread counts) and unreadTotal
//   open      the section: MessagesView constructed, shown and painted once (the thread list shown)
//   switch    from a short thread to a long one (600 messages), until painted
//   read      markRead of a thread with unread messages, and the badge's count after it
//   reply     send of an answer (the outbox write), and the view's sendReply with its refresh
//   reload    the view's reload after a sync
// and prints peak RSS (VmHWM). Targets: open < 200 ms, switch < 100 ms.
//
// bench_messages_app [--messages N] [--runs N]   (defaults: 100,000 messages, 5 runs; N >= 1,000)
#include "../common/app_bench.h"
#include "data/localdatabase.h"
#include "data/messagerepository.h"
#include "data/syncjournal.h"
#include "ui/messagesview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>
#include <vector>

using namespace caravan;

namespace {

int g_runs = 5;

// Runs `work` g_runs times (after `before`, untimed, each time) and returns the median in ms.
double timed(const std::function<void()> &work, const std::function<void()> &before = {})
{
    return bench::medianMs(g_runs, work, before);
}

QString iso(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

struct Thread
{
    QString id;
    QString subject;
    QString buyerId;
    QString buyerName;
    QString listingId;
    QString orderId;
    QDateTime newestBuyer; // the newest buyer message's time
    QDateTime readUpTo;    // what the seller has read on this device (invalid: nothing)
};

struct Message
{
    int thread = 0;
    bool fromSeller = false;
    QDateTime at;
    QString body;
};

const char *kBuyerLines[] = {
    "Hello, is this still available?",
    "Does it come with the original box and papers?",
    "Could you ship it to Berlin before Christmas?",
    "The parcel arrived today, thank you very much!",
    "Is the price negotiable if I buy two?",
    "Can you send one more photo of the back, please?",
    "请问这个还有货吗？",
    "可以寄到上海吗？大概需要几天？",
    "包装可以结实一点吗？这是送人的礼物。",
    "已经收到了，非常满意，谢谢！",
    "Il funziona ancora? Does it keep good time?",
    "My tracking number has not moved for three days, any news?",
};
const char *kSellerLines[] = {
    "Yes, it is still available and ships within two days.",
    "It comes with the box; the papers are lost, sorry.",
    "I shipped it this morning with Japan Post EMS.",
    "Thank you for your order! I will pack it carefully.",
    "您好，还有货，两天内发货。",
    "已经用EMS寄出，单号稍后同步。",
    "I added two more photos to the listing.",
    "The customs declaration is attached to the parcel.",
};
const char *kSubjects[] = {
    "Seiko 5 automatic watch",
    "Arita porcelain teapot",
    "Vintage silk kimono",
    "Olympus OM-1 camera",
    "宜兴紫砂壶",
    "景德镇青花瓷碗",
    "Murano glass vase",
    "Hand-made leather wallet",
    "苏绣真丝团扇",
    "Vinyl record, Blue Note 1959",
};
const char *kBuyers[] = {"Emma Johnson", "Lucas Martin", "Olivia Smith", "Liam Brown", "陈伟",
                         "王芳",         "Sofia Rossi",  "Mateo García", "李娜",       "Noah Müller"};

template <std::size_t N> QString pick(const char *const (&list)[N], std::mt19937 &random)
{
    return QString::fromUtf8(list[random() % N]);
}

QString body(bool fromSeller, std::mt19937 &random)
{
    QString text = fromSeller ? pick(kSellerLines, random) : pick(kBuyerLines, random);
    for (int more = int(random() % 3); more > 0; --more)
        text += QLatin1Char(' ') + (fromSeller ? pick(kSellerLines, random) : pick(kBuyerLines, random));
    return text;
}

constexpr int kLongThreads = 5;
constexpr int kLongThreadSize = 600; // at 100,000 messages; 3 % of the messages in general

struct Seeded
{
    std::vector<Thread> threads;
    int messages = 0;
    int longThreadSize = 0;
};

// The threads and their messages, in the order the server's feed brings them (by time), applied as
// pulled pages of 1,000; then the read state of each thread.
bool fill(data::LocalDatabase &db, int total, Seeded *out)
{
    std::mt19937 random(20261203);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int longMessages = std::min(kLongThreads * kLongThreadSize, total * 3 / 100);
    out->longThreadSize = longMessages / kLongThreads;
    const int threadCount = std::max(kLongThreads + 1, kLongThreads + (total - longMessages) * 2 / 25);
    std::vector<Thread> &threads = out->threads;
    threads.resize(threadCount);
    for (int t = 0; t < threadCount; ++t) {
        Thread &thread = threads[t];
        thread.id = QStringLiteral("thread-%1").arg(t, 5, 10, QLatin1Char('0'));
        thread.subject = pick(kSubjects, random);
        thread.buyerId = QStringLiteral("buyer-%1").arg(random() % 5000);
        thread.buyerName = pick(kBuyers, random);
        thread.listingId = QStringLiteral("listing-%1").arg(random() % 3000);
        if (random() % 10 < 7)
            thread.orderId = QStringLiteral("order-%1").arg(t, 5, 10, QLatin1Char('0'));
    }
    // Every thread starts with a buyer's message; long threads take the first messages, the others
    // are spread at random. Each thread's messages follow each other by minutes to hours.
    std::vector<int> threadOf(static_cast<std::size_t>(total));
    for (int i = 0; i < total; ++i)
        threadOf[std::size_t(i)] = i < longMessages ? i % kLongThreads
                                   : i < longMessages + threadCount - kLongThreads
                                       ? kLongThreads + (i - longMessages)
                                       : kLongThreads + int(random() % unsigned(threadCount - kLongThreads));
    std::vector<QDateTime> clock(static_cast<std::size_t>(threadCount));
    for (int t = 0; t < threadCount; ++t)
        clock[std::size_t(t)] = now.addSecs(-qint64(90 * 86400) + qint64(random() % (30 * 86400)));
    std::vector<Message> messages;
    messages.reserve(std::size_t(total));
    std::vector<bool> started(static_cast<std::size_t>(threadCount), false);
    for (int i = 0; i < total; ++i) {
        const int t = threadOf[std::size_t(i)];
        Message m;
        m.thread = t;
        m.fromSeller = started[std::size_t(t)] && random() % 2 == 0;
        started[std::size_t(t)] = true;
        QDateTime &at = clock[std::size_t(t)];
        at = at.addSecs(60 + qint64(random() % (t < kLongThreads ? 4 * 3600 : 12 * 3600)));
        m.at = at;
        m.body = body(m.fromSeller, random);
        if (!m.fromSeller)
            threads[std::size_t(t)].newestBuyer = at;
        messages.push_back(m);
    }
    std::stable_sort(messages.begin(), messages.end(),
                     [](const Message &a, const Message &b) { return a.at < b.at; });

    data::SyncJournal journal(db.connection());
    qint64 seq = journal.cursor();
    for (int start = 0; start < total; start += 1000) {
        QVector<data::PulledChange> page;
        for (int i = start; i < std::min(total, start + 1000); ++i) {
            const Message &m = messages[std::size_t(i)];
            const Thread &thread = threads[std::size_t(m.thread)];
            data::PulledChange change;
            change.seq = ++seq;
            change.entity = QStringLiteral("message");
            change.entityId = QStringLiteral("message-%1").arg(i, 6, 10, QLatin1Char('0'));
            change.op = QStringLiteral("upsert");
            change.revision = 1;
            change.data = QJsonObject{
                {QStringLiteral("thread_id"), thread.id},
                {QStringLiteral("body"), m.body},
                {QStringLiteral("sender_id"), m.fromSeller ? QStringLiteral("seller-1") : thread.buyerId},
                {QStringLiteral("from_seller"), m.fromSeller},
                {QStringLiteral("created_at"), iso(m.at)},
                {QStringLiteral("listing_id"), thread.listingId},
                {QStringLiteral("order_id"), thread.orderId},
                {QStringLiteral("subject"), thread.subject},
                {QStringLiteral("buyer_id"), thread.buyerId},
                {QStringLiteral("buyer_name"), thread.buyerName}};
            page.append(change);
        }
        int applied = 0;
        if (!journal.applyPullPage(page, seq, &applied) || applied != page.size())
            return false;
    }
    out->messages = total;

    // Read on this device: 85 % of the threads up to their newest buyer message, 10 % up to a day
    // before it, 5 % (and the long threads) never.
    QSqlQuery read(db.connection());
    read.prepare(QStringLiteral("INSERT INTO thread_reads (thread_id, read_up_to) VALUES (?, ?)"));
    db.connection().transaction();
    for (int t = kLongThreads; t < threadCount; ++t) {
        Thread &thread = threads[std::size_t(t)];
        const unsigned roll = random() % 100;
        if (roll >= 95 || !thread.newestBuyer.isValid())
            continue;
        thread.readUpTo = roll < 85 ? thread.newestBuyer : thread.newestBuyer.addSecs(-86400);
        read.bindValue(0, thread.id);
        read.bindValue(1, thread.readUpTo.toString(Qt::ISODateWithMs));
        if (!read.exec())
            return false;
    }
    db.connection().commit();
    QSqlQuery analyze(db.connection());
    analyze.exec(QStringLiteral("ANALYZE"));
    return true;
}

void paint(QWidget &view)
{
    QCoreApplication::processEvents();
    (void)view.grab();
}

int option(const QStringList &args, const QString &name, int fallback)
{
    const int at = int(args.indexOf(name));
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int total = std::max(1000, option(args, QStringLiteral("--messages"), 100'000));
    g_runs = std::max(1, option(args, QStringLiteral("--runs"), 5));
    QTemporaryDir dir;
    QString error;
    auto db = data::LocalDatabase::open(dir.filePath(QStringLiteral("caravan.sqlite")), &error);
    if (!db) {
        std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    Seeded seeded;
    if (!fill(*db, total, &seeded)) {
        std::fprintf(stderr, "storing the message records failed\n");
        return 1;
    }
    std::printf("setup: %d message records in %zu threads (%d of %d messages) in %.0f ms\n", seeded.messages,
                seeded.threads.size(), kLongThreads, seeded.longThreadSize, bench::elapsedMs(timer));
    std::printf("each figure: median of %d runs\n", g_runs);

    data::MessageRepository repo(db->connection());
    int threadCount = 0;
    const double load = timed([&] { threadCount = int(repo.threads().size()); });
    std::printf("MessageRepository::threads: %.1f ms  threads=%d\n", load, threadCount);
    int unread = 0;
    const double unreadTime = timed([&] { unread = repo.unreadTotal(); });
    std::printf("MessageRepository::unreadTotal: %.1f ms  unread=%d\n", unreadTime, unread);
    int longCount = 0;
    const QString longThread = seeded.threads.front().id;
    const double messagesTime = timed([&] { longCount = int(repo.messages(longThread).size()); });
    std::printf("MessageRepository::messages of a long thread: %.1f ms  messages=%d\n", messagesTime,
                longCount);

    const double open = timed([&] {
        ui::MessagesView view(db->connection());
        view.resize(1280, 800);
        view.show();
        paint(view);
    });
    std::printf(
        "open the Messages section (construct, load, show, first paint): %.1f ms  [target < 200 ms]\n", open);

    ui::MessagesView view(db->connection());
    view.resize(1280, 800);
    view.show();
    paint(view);
    // Each run goes from a short thread to the next long one (the first visit also marks it read).
    int longIndex = 0;
    const QString shortThread = seeded.threads.back().id;
    const double switched = timed(
        [&] {
            view.selectThread(seeded.threads[std::size_t(longIndex++ % kLongThreads)].id);
            paint(view);
        },
        [&] {
            view.selectThread(shortThread);
            paint(view);
        });
    std::printf("switch to a long thread (%d messages), until painted: %.1f ms  [target < 100 ms]\n",
                seeded.longThreadSize, switched);

    // Threads with unread messages, a different one each run.
    QStringList unreadThreads;
    for (const data::MessageThreadSummary &t : repo.threads())
        if (t.unread > 0 && t.id != view.currentThreadId())
            unreadThreads << t.id;
    if (unreadThreads.size() < 3 * g_runs) {
        std::fprintf(stderr, "not enough unread threads\n");
        return 1;
    }
    int next = 0;
    bool ok = true;
    const double markRead = timed([&] { ok = repo.markRead(unreadThreads[next++]) && ok; });
    std::printf("markRead of a thread (repository): %.1f ms\n", markRead);
    const double markReadBadge = timed([&] {
        ok = repo.markRead(unreadThreads[next++]) && ok;
        unread = repo.unreadTotal();
    });
    std::printf("markRead + the badge's unread total: %.1f ms  unread=%d\n", markReadBadge, unread);
    const double openUnread = timed(
        [&] {
            view.selectThread(unreadThreads[next++]);
            paint(view);
        },
        [&] {
            view.selectThread(shortThread);
            paint(view);
        });
    std::printf("switch to an unread thread in the view (shown, marked read, badge), painted: %.1f ms\n",
                openUnread);

    const QString replyThread = seeded.threads[1].id;
    const double send = timed([&] {
        ok = repo.send(replyThread, QStringLiteral("Thank you! 谢谢，明天发货。")).has_value() && ok;
    });
    std::printf("send of a reply (local copy + outbox write): %.1f ms\n", send);
    view.selectThread(replyThread);
    paint(view);
    const double sendInView = timed([&] {
        view.replyBox()->setPlainText(QStringLiteral("It ships tomorrow. 明天发货。"));
        ok = view.sendReply() && ok;
        paint(view);
    });
    std::printf("sendReply in the view (queued, list and thread refreshed, painted): %.1f ms\n", sendInView);

    const double reload = timed([&] {
        view.reloadFromDatabase();
        paint(view);
    });
    std::printf("reloadFromDatabase after a sync (painted): %.1f ms  threads=%d\n", reload,
                view.threadList()->count());
    if (!ok)
        std::fprintf(stderr, "a write failed: %s\n", qPrintable(repo.lastError()));
    std::printf("peak RSS (VmHWM): %s\n", qPrintable(bench::peakRss()));
    return ok ? 0 : 1;
}
