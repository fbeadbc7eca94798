#include "models/listingtablemodel.h"

#include "listing/categories.h"
#include "models/photothumbnails.h"
#include "money/money.h"

#include <QDateTime>
#include <QLocale>

namespace caravan::models {

namespace {

QString uiLanguage()
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString formatPrice(qint64 minor, const QString &currency)
{
    if (minor < 0)
        return {};
    try {
        const auto money = money::Money::ofMinor(minor, currency.toStdString());
        return QString::fromStdString(money.amountString()) + QLatin1Char(' ') + currency;
    } catch (const std::exception &) {
        return QString::number(minor) + QLatin1Char(' ') + currency;
    }
}

} // namespace

ListingTableModel::ListingTableModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_query(std::move(db))
    , m_blocks(kCachedBlocks)
    , m_language(uiLanguage())
{
    m_count = m_query.count();
}

void ListingTableModel::setThumbnails(PhotoThumbnails *thumbnails)
{
    if (m_thumbnails)
        disconnect(m_thumbnails, nullptr, this, nullptr);
    m_thumbnails = thumbnails;
    if (m_thumbnails)
        connect(m_thumbnails, &PhotoThumbnails::ready, this, &ListingTableModel::thumbnailReady);
}

void ListingTableModel::setFilter(const data::ListingFilter &filter)
{
    if (filter == m_query.filter())
        return;
    beginResetModel();
    m_query.setFilter(filter);
    m_blocks.clear();
    m_count = m_query.count();
    endResetModel();
}

void ListingTableModel::reload()
{
    beginResetModel();
    m_blocks.clear();
    m_count = m_query.count();
    m_language = uiLanguage();
    endResetModel();
}

void ListingTableModel::sort(int column, Qt::SortOrder order)
{
    data::ListingSort sort = data::ListingSort::Updated;
    switch (column) {
    case Title:
        sort = data::ListingSort::Title;
        break;
    case Status:
        sort = data::ListingSort::Status;
        break;
    case Category:
        sort = data::ListingSort::Category;
        break;
    case Price:
        sort = data::ListingSort::Price;
        break;
    case Quantity:
        sort = data::ListingSort::Quantity;
        break;
    default:
        break;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_query.setSort(sort, order == Qt::AscendingOrder);
    m_blocks.clear();
    // Rows are fetched again on demand; no persistent index can follow a row across an SQL re-sort.
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

const data::ListingSummary *ListingTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int block = row / kBlockSize;
    auto *rows = m_blocks.object(block);
    if (!rows) {
        rows = new QVector<data::ListingSummary>(m_query.fetch(block * kBlockSize, kBlockSize));
        m_blocks.insert(block, rows);
    }
    const int offset = row % kBlockSize;
    return offset < rows->size() ? &rows->at(offset) : nullptr;
}

QString ListingTableModel::idAt(int row) const
{
    const auto *summary = rowAt(row);
    return summary ? summary->id : QString();
}

int ListingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int ListingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ListingTableModel::statusText(const QString &status)
{
    if (status == QLatin1String("draft"))
        return tr("Draft");
    if (status == QLatin1String("scheduled"))
        return tr("Scheduled");
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("sold"))
        return tr("Sold");
    if (status == QLatin1String("ended"))
        return tr("Ended");
    return status;
}

QVariant ListingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case IdRole:
        return row->id;
    case CoverShaRole:
        return row->cover;
    case StatusIdRole:
        return row->status;
    case Qt::DecorationRole:
        if (index.column() == Cover && m_thumbnails && !row->cover.isEmpty()) {
            const QPixmap pixmap = m_thumbnails->thumbnail(row->cover);
            if (!pixmap.isNull())
                return pixmap;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Price || index.column() == Quantity)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Title)
            return row->title;
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Cover:
            return {};
        case Title:
            return row->title.isEmpty() ? tr("(untitled draft)") : row->title;
        case Status:
            return statusText(row->status);
        case Category: {
            const auto *category = listing::CategoryCatalog::standard().find(row->category.toStdString());
            return category ? QString::fromStdString(category->name.in(m_language.toStdString()))
                            : row->category;
        }
        case Price:
            return formatPrice(row->priceMinor, row->currency);
        case Quantity:
            return row->quantity < 0 ? QVariant() : QVariant(row->quantity);
        case Updated: {
            const QDateTime when = QDateTime::fromString(row->updatedAt, Qt::ISODateWithMs);
            return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                                  : row->updatedAt;
        }
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant ListingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Cover:
        return tr("Photo");
    case Title:
        return tr("Title");
    case Status:
        return tr("Status");
    case Category:
        return tr("Category");
    case Price:
        return tr("Price");
    case Quantity:
        return tr("Quantity");
    case Updated:
        return tr("Updated");
    case ColumnCount:
        break;
    }
    return {};
}

void ListingTableModel::thumbnailReady(const QString &sha256)
{
    const auto blocks = m_blocks.keys();
    for (int block : blocks) {
        const auto *rows = m_blocks.object(block);
        for (int i = 0; i < rows->size(); ++i) {
            if (rows->at(i).cover == sha256) {
                const QModelIndex cell = index(block * kBlockSize + i, Cover);
                emit dataChanged(cell, cell, {Qt::DecorationRole});
            }
        }
    }
}

} // namespace caravan::models
