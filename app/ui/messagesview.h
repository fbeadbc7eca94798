#pragma once

#include "data/messagerepository.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace caravan::ui {

// The Messages section: the conversations with buyers on the left (unread ones in bold, with their
// count), the chosen one on the right with a reply box (Ctrl+Enter sends). Replies are queued offline
// and go out with the next sync.
class MessagesView final : public QWidget
{
    Q_OBJECT

public:
    explicit MessagesView(QSqlDatabase db, QWidget *parent = nullptr);

    [[nodiscard]] QListWidget *threadList() const { return m_threads; }
    [[nodiscard]] QTextBrowser *conversation() const { return m_conversation; }
    [[nodiscard]] QPlainTextEdit *replyBox() const { return m_reply; }
    [[nodiscard]] QPushButton *sendButton() const { return m_send; }
    [[nodiscard]] QString currentThreadId() const;
    [[nodiscard]] int unreadTotal() const { return m_unreadTotal; }

    // Re-reads the threads (after a sync), keeping the chosen one. Buyer messages that are new since the
    // last read are announced with newBuyerMessages (not on the first read).
    void reloadFromDatabase();
    void selectThread(const QString &threadId);
    // Sends what the reply box holds to the chosen thread; false (and a word under the box) when refused.
    bool sendReply();

signals:
    // A reply went to the outbox: the caller can start a sync.
    void messageQueued(const QString &threadId);
    void unreadChanged(int total);
    // Buyers who wrote since the last read (their names).
    void newBuyerMessages(const QStringList &buyers);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showCurrent();
    void fillThreads();

    data::MessageRepository m_repository;
    QListWidget *m_threads;
    QLabel *m_heading;
    QTextBrowser *m_conversation;
    QPlainTextEdit *m_reply;
    QPushButton *m_send;
    QLabel *m_problem;
    qint64 m_lastArrival = 0; // the last message of the feed read by reloadFromDatabase
    bool m_loaded = false;
    int m_unreadTotal = 0;
};

} // namespace caravan::ui
