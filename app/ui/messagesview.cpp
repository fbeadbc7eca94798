#include "ui/messagesview.h"

#include <QFont>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace caravan::ui {

namespace {

constexpr int kThreadIdRole = Qt::UserRole + 1;
constexpr int kHeadingRole = Qt::UserRole + 2;
constexpr int kLastRole = Qt::UserRole + 3;
constexpr int kUnreadRole = Qt::UserRole + 4;

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString paragraphs(const QString &body)
{
    return body.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

MessagesView::MessagesView(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_repository(std::move(db))
    , m_threads(new QListWidget(this))
    , m_heading(new QLabel(this))
    , m_conversation(new QTextBrowser(this))
    , m_reply(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_problem(new QLabel(this))
{
    m_threads->setAccessibleName(tr("Conversations"));
    m_threads->setUniformItemSizes(true);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_conversation->setOpenLinks(false);
    m_conversation->setAccessibleName(tr("Messages of the conversation"));
    m_reply->setPlaceholderText(tr("Write an answer (Ctrl+Enter sends it; it goes out with the next sync)"));
    m_reply->setAccessibleName(tr("Answer"));
    m_reply->setMaximumHeight(120);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_send->setToolTip(tr("Send the answer (Ctrl+Enter)"));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_conversation, 1);
    rightLayout->addWidget(m_reply);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(m_send);
    rightLayout->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_threads);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_threads, &QListWidget::currentItemChanged, this, [this] { showCurrent(); });
    connect(m_send, &QPushButton::clicked, this, [this] { sendReply(); });
    m_reply->installEventFilter(this); // Ctrl+Enter sends
    reloadFromDatabase();
}

bool MessagesView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_reply && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            sendReply();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString MessagesView::currentThreadId() const
{
    const QListWidgetItem *item = m_threads->currentItem();
    return item ? item->data(kThreadIdRole).toString() : QString();
}

void MessagesView::reloadFromDatabase()
{
    // Buyers whose messages arrived since the last read (not on the first read).
    const qint64 newest = m_repository.lastArrival();
    const QStringList buyers =
        m_loaded && newest > m_lastArrival ? m_repository.buyersAfter(m_lastArrival) : QStringList();
    m_lastArrival = newest;
    m_loaded = true;
    fillThreads();
    if (!buyers.isEmpty())
        emit newBuyerMessages(buyers);
}

void MessagesView::fillThreads()
{
    const QString chosen = currentThreadId();
    const QSignalBlocker blocker(m_threads);
    m_threads->clear();
    int total = 0;
    QListWidgetItem *current = nullptr;
    for (const data::MessageThreadSummary &t : m_repository.threads()) {
        const QString about =
            t.orderId.isEmpty() ? tr("Question: %1").arg(t.subject) : tr("Order: %1").arg(t.subject);
        const QString heading = tr("%1 — %2").arg(t.buyerName, about);
        QString text = heading;
        if (t.unread > 0)
            text += QLatin1Char(' ') + tr("(%n unread)", nullptr, t.unread);
        QString last = t.lastText.simplified();
        if (last.size() > 80)
            last = last.left(79) + QChar(0x2026);
        last = localTime(t.lastAt) + QStringLiteral("  ") + last;
        // Everything is set before the item joins the list: a change to an item in the list makes the
        // list lay out all its rows again, which for thousands of threads takes seconds.
        auto *item = new QListWidgetItem(text + QLatin1Char('\n') + last);
        item->setData(kThreadIdRole, t.id);
        item->setData(kHeadingRole, heading);
        item->setData(kLastRole, last);
        item->setData(kUnreadRole, t.unread);
        QFont font = item->font();
        font.setBold(t.unread > 0);
        item->setFont(font);
        m_threads->addItem(item);
        total += t.unread;
        if (t.id == chosen)
            current = item;
    }
    if (current)
        m_threads->setCurrentItem(current);
    if (total != m_unreadTotal) {
        m_unreadTotal = total;
        emit unreadChanged(total);
    }
    showCurrent();
}

void MessagesView::selectThread(const QString &threadId)
{
    for (int row = 0; row < m_threads->count(); ++row)
        if (m_threads->item(row)->data(kThreadIdRole).toString() == threadId)
            m_threads->setCurrentRow(row);
}

void MessagesView::showCurrent()
{
    const QString id = currentThreadId();
    m_reply->setEnabled(!id.isEmpty());
    m_send->setEnabled(!id.isEmpty());
    m_problem->clear();
    if (id.isEmpty()) {
        m_heading->setText(m_threads->count() == 0
                               ? tr("No messages yet. Questions from buyers and messages about orders appear "
                                    "here after a sync.")
                               : tr("Choose a conversation."));
        m_conversation->clear();
        return;
    }
    const QListWidgetItem *item = m_threads->currentItem();
    m_heading->setText(item->data(kHeadingRole).toString());
    QString html;
    for (const data::ThreadMessage &m : m_repository.messages(id)) {
        const QString who = m.fromSeller ? tr("You") : m.senderName;
        QString state;
        switch (m.state) {
        case data::ThreadMessage::State::Sending:
            state = tr("Sending…");
            break;
        case data::ThreadMessage::State::Sent:
            state = tr("Sent");
            break;
        case data::ThreadMessage::State::Refused:
            state = tr("Not sent: %1").arg(m.refusal);
            break;
        case data::ThreadMessage::State::Delivered:
            state = localTime(m.createdAt);
            break;
        }
        html += QStringLiteral("<p><b>%1</b> <small>%2</small><br>%3</p>")
                    .arg(who.toHtmlEscaped(), state.toHtmlEscaped(), paragraphs(m.body));
    }
    m_conversation->setHtml(html);
    // Opening a thread reads it (on this device); the total changes only when it had unread messages.
    m_repository.markRead(id);
    if (item->data(kUnreadRole).toInt() == 0)
        return;
    m_threads->currentItem()->setData(kUnreadRole, 0);
    const int total = m_repository.unreadTotal();
    if (total != m_unreadTotal) {
        m_unreadTotal = total;
        emit unreadChanged(total);
        // The bold and the count of the thread go once it is read.
        QListWidgetItem *current = m_threads->currentItem();
        QFont font = current->font();
        font.setBold(false);
        current->setFont(font);
        current->setText(current->data(kHeadingRole).toString() + QLatin1Char('\n') +
                         current->data(kLastRole).toString());
    }
}

bool MessagesView::sendReply()
{
    const QString id = currentThreadId();
    if (id.isEmpty())
        return false;
    if (!m_repository.send(id, m_reply->toPlainText())) {
        m_problem->setText(m_repository.lastError());
        return false;
    }
    m_reply->clear();
    fillThreads();
    emit messageQueued(id);
    return true;
}

} // namespace caravan::ui
