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

    explicit SyncLogModel(QSqlDatabase db, QObject *parent = nullptr);

    void reload();
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // The translated sentence for one log line.
    [[nodiscard]] static QString describe(const data::SyncLogEntry &entry);

private:
    data::SyncJournal m_journal;
    QVector<data::SyncLogEntry> m_entries;
};

} // namespace caravan::models
