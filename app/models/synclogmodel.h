#pragma once

#include "data/syncjournal.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace caravan::models {

// The sync log (newest first) for the seller: when, what happened, to which record, and why.
class SyncLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Level, Event, Record, Detail, ColumnCount };
    // Any column: the server's X-Request-Id of the line ("" when the line has none).
    static constexpr int RequestIdRole = Qt::UserRole + 1;

    explicit SyncLogModel(QSqlDatabase db, QObject *parent = nullptr);

    void reload();
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // The translated sentence for one log line.
    [[nodiscard]] static QString describe(const data::SyncLogEntry &entry);
    // The Details column: what the line holds and, when it has one, the server's request id, which an
    // operator finds in the server's log lines of that request (request_id=...).
    [[nodiscard]] static QString detailText(const data::SyncLogEntry &entry);

private:
    data::SyncJournal m_journal;
    QVector<data::SyncLogEntry> m_entries;
};

} // namespace caravan::models
