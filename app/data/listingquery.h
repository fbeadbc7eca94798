#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace caravan::data {

// One row of the listings table view: only what the columns show.
struct ListingSummary
{
    QString id;
    QString title;
    QString status;
    QString category;
    qint64 priceMinor = -1; // -1: no price yet
    QString currency;
    qint64 quantity = -1; // -1: not set
    QString updatedAt;    // ISO 8601 UTC
    QString cover;        // SHA-256 of the cover photo, or empty
};

enum class ListingSort { Updated, Title, Price, Status, Category, Quantity };

struct ListingFilter
{
    QString status;   // "" = any
    QString category; // "" = any; a category id also matches its sub-categories ("toys" -> "toys/...")
    QString text;     // words matched against title, description and brand (full-text, prefix)
    friend bool operator==(const ListingFilter &, const ListingFilter &) = default;
};

// The listings view's window onto the local `listings` table. Sorting, filtering and text search run in
// SQLite (indexes and the FTS5 table of migration 3), so the view never holds more than the rows it
// shows. Rows come in pages by LIMIT/OFFSET over a total order (the sort key, then seq).
class ListingQuery final
{
public:
    explicit ListingQuery(QSqlDatabase db);

    void setFilter(const ListingFilter &filter) { m_filter = filter; }
    void setSort(ListingSort sort, bool ascending)
    {
        m_sort = sort;
        m_ascending = ascending;
    }
    [[nodiscard]] const ListingFilter &filter() const { return m_filter; }

    [[nodiscard]] int count() const;
    [[nodiscard]] QVector<ListingSummary> fetch(int offset, int limit) const;
    // The row of a listing under the current filter and sort, or -1.
    [[nodiscard]] int rowOf(const QString &id) const;
    [[nodiscard]] QString lastError() const { return m_lastError; }

    // A full-text query for SQLite FTS5 from words a person typed: every word must match as a prefix.
    // Quotes are doubled so nothing typed can change the query's syntax. Empty when there is no word.
    static QString ftsQuery(const QString &text);

private:
    QString whereClause() const;
    QString orderClause() const;
    void bindFilter(class QSqlQuery &query) const;

    QSqlDatabase m_db;
    ListingFilter m_filter;
    ListingSort m_sort = ListingSort::Updated;
    bool m_ascending = false;
    mutable QString m_lastError;
};

} // namespace caravan::data
