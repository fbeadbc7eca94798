#include "models/synclogmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace caravan::models {

SyncLogModel::SyncLogModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_journal(std::move(db))
{
    reload();
}

void SyncLogModel::reload()
{
    beginResetModel();
    m_entries = m_journal.logEntries();
    endResetModel();
}

int SyncLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int SyncLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SyncLogModel::describe(const data::SyncLogEntry &e)
{
    const QString kind = e.kind;
    if (kind == QLatin1String("synced"))
        return tr("Synced: %n change(s) sent or received.", nullptr, e.count);
    if (kind == QLatin1String("rejected"))
        return tr("The server refused a change (%1).").arg(e.code);
    if (kind == QLatin1String("conflict"))
        return tr(
            "This record was changed here and on another device or the server. Open Conflicts to decide.");
    if (kind == QLatin1String("failed"))
        return tr("Sync failed; it will be retried automatically.");
    if (kind == QLatin1String("unauthorized"))
        return tr("The server no longer accepts this sign-in. Sign in again to sync.");
    if (kind == QLatin1String("photos_uploaded"))
        return tr("%n photo(s) uploaded.", nullptr, e.count);
    if (kind == QLatin1String("photos_downloaded"))
        return tr("%n photo(s) downloaded.", nullptr, e.count);
    if (kind == QLatin1String("photo_download_refused"))
        return tr("A photo from the server arrived damaged or was not a JPEG; it was not stored.");
    if (kind == QLatin1String("photo_refused"))
        return tr("The server refused a photo.");
    if (kind == QLatin1String("photo_missing"))
        return tr("A photo is missing on this computer and could not be uploaded.");
    if (kind == QLatin1String("deleted_remotely"))
        return tr("This record was deleted elsewhere while it had unsent changes here; they are kept.");
    if (kind == QLatin1String("local_store_failed"))
        return tr("A record from the server could not be stored locally.");
    return kind;
}

QString SyncLogModel::detailText(const data::SyncLogEntry &e)
{
    if (e.requestId.isEmpty())
        return e.detail;
    if (e.detail.isEmpty())
        return tr("Server request %1").arg(e.requestId);
    return tr("%1 (server request %2)").arg(e.detail, e.requestId);
}

QVariant SyncLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const data::SyncLogEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Time:
            return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case Level:
            return e.level == QLatin1String("error")     ? tr("Error")
                   : e.level == QLatin1String("warning") ? tr("Warning")
                                                         : tr("Info");
        case Event:
            return describe(e);
        case Record:
            return e.entityId.isEmpty() ? QString() : QString(e.entity + QLatin1Char(' ') + e.entityId);
        case Detail:
            return detailText(e);
        default:
            break;
        }
    }
    if (role == RequestIdRole)
        return e.requestId;
    if (role == Qt::ForegroundRole && index.column() == Level) {
        if (e.level == QLatin1String("error"))
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        if (e.level == QLatin1String("warning"))
            return QBrush(QColor(0x8a, 0x5a, 0x00));
    }
    return {};
}

QVariant SyncLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Level:
        return tr("Level");
    case Event:
        return tr("What happened");
    case Record:
        return tr("Record");
    case Detail:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace caravan::models
