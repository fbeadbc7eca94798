#include "data/listingquery.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace caravan::data {

ListingQuery::ListingQuery(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString ListingQuery::ftsQuery(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\p{P}\\p{S}]+"));
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + quoted + QStringLiteral("\"*");
    }
    return terms.join(QStringLiteral(" AND "));
}

QString ListingQuery::whereClause() const
{
    QStringList conditions;
    if (!m_filter.status.isEmpty())
        conditions << QStringLiteral("status = :status");
    if (!m_filter.category.isEmpty())
        conditions << QStringLiteral("(category = :category OR category LIKE :category_prefix ESCAPE '\\')");
    if (!ftsQuery(m_filter.text).isEmpty())
        conditions << QStringLiteral("seq IN (SELECT rowid FROM listings_fts WHERE listings_fts MATCH :fts)");
    if (conditions.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString ListingQuery::orderClause() const
{
    QString key;
    switch (m_sort) {
    case ListingSort::Updated:
        key = QStringLiteral("updated_at");
        break;
    case ListingSort::Title:
        key = QStringLiteral("title COLLATE NOCASE");
        break;
    case ListingSort::Price:
        key = QStringLiteral("price_minor");
        break;
    case ListingSort::Status:
        key = QStringLiteral("status");
        break;
    case ListingSort::Category:
        key = QStringLiteral("category");
        break;
    case ListingSort::Quantity:
        key = QStringLiteral("quantity");
        break;
    }
    // (arg() rather than operator+: GCC 12 reports a false -Warray-bounds inside QStringBuilder here)
    return QStringLiteral(" ORDER BY %1 %2, seq %2")
        .arg(key, m_ascending ? QStringLiteral("ASC") : QStringLiteral("DESC"));
}

void ListingQuery::bindFilter(QSqlQuery &query) const
{
    if (!m_filter.status.isEmpty())
        query.bindValue(QStringLiteral(":status"), m_filter.status);
    if (!m_filter.category.isEmpty()) {
        QString escaped = m_filter.category;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        query.bindValue(QStringLiteral(":category"), m_filter.category);
        query.bindValue(QStringLiteral(":category_prefix"), QString(escaped + QStringLiteral("/%")));
    }
    const QString fts = ftsQuery(m_filter.text);
    if (!fts.isEmpty())
        query.bindValue(QStringLiteral(":fts"), fts);
}

int ListingQuery::count() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT count(*) FROM listings") + whereClause());
    bindFilter(query);
    if (!query.exec() || !query.next()) {
        m_lastError = query.lastError().text();
        return 0;
    }
    return query.value(0).toInt();
}

QVector<ListingSummary> ListingQuery::fetch(int offset, int limit) const
{
    QVector<ListingSummary> rows;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, title, status, category, price_minor, currency, quantity, "
                                 "updated_at, cover FROM listings") +
                  whereClause() + orderClause() + QStringLiteral(" LIMIT :limit OFFSET :offset"));
    bindFilter(query);
    query.bindValue(QStringLiteral(":limit"), limit);
    query.bindValue(QStringLiteral(":offset"), offset);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return rows;
    }
    rows.reserve(limit);
    while (query.next()) {
        ListingSummary row;
        row.id = query.value(0).toString();
        row.title = query.value(1).toString();
        row.status = query.value(2).toString();
        row.category = query.value(3).toString();
        row.priceMinor = query.value(4).isNull() ? -1 : query.value(4).toLongLong();
        row.currency = query.value(5).toString();
        row.quantity = query.value(6).isNull() ? -1 : query.value(6).toLongLong();
        row.updatedAt = query.value(7).toString();
        row.cover = query.value(8).toString();
        rows.append(row);
    }
    return rows;
}

int ListingQuery::rowOf(const QString &id) const
{
    // Scans ids in display order; only used to keep a selection after a change, not per frame.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM listings") + whereClause() + orderClause());
    bindFilter(query);
    if (!query.exec())
        return -1;
    int row = 0;
    while (query.next()) {
        if (query.value(0).toString() == id)
            return row;
        ++row;
    }
    return -1;
}

} // namespace caravan::data
