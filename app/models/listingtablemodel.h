#pragma once

#include "data/listingquery.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>

namespace caravan::models {

class PhotoThumbnails;

// The listings view's model: a window onto the local database that never loads more than the rows
// being shown. rowCount comes from a COUNT; rows are fetched in blocks of kBlockSize and kept in a
// bounded cache; sorting and filtering are SQL (data::ListingQuery), never a proxy model.
class ListingTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Cover, Title, Status, Category, Price, Quantity, Updated, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, CoverShaRole, StatusIdRole };
    static constexpr int kBlockSize = 128;
    static constexpr int kCachedBlocks = 64;

    explicit ListingTableModel(QSqlDatabase db, QObject *parent = nullptr);

    // Thumbnails for the cover column (optional; without it the column stays empty).
    void setThumbnails(PhotoThumbnails *thumbnails);

    void setFilter(const data::ListingFilter &filter);
    [[nodiscard]] const data::ListingFilter &filter() const { return m_query.filter(); }
    // Re-reads the count and drops the cached rows (after a save, import or sync).
    void reload();

    [[nodiscard]] QString idAt(int row) const;
    [[nodiscard]] int rowOf(const QString &id) const { return m_query.rowOf(id); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Text for a status id ("draft" -> "Draft"), in the UI language.
    static QString statusText(const QString &status);

private:
    const data::ListingSummary *rowAt(int row) const;
    void thumbnailReady(const QString &sha256);

    data::ListingQuery m_query;
    int m_count = 0;
    mutable QCache<int, QVector<data::ListingSummary>> m_blocks;
    PhotoThumbnails *m_thumbnails = nullptr;
    QString m_language;
};

} // namespace caravan::models
