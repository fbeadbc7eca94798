#pragma once

#ifndef Q_MOC_RUN
#include "listing/listing.h"
#endif

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <optional>

namespace caravan::data {

// A saved starting point for listings. Each part copies a group of fields:
//   shipping    ships-from, destinations, postage services, handling time, weight and packed size
//   description the description text (boilerplate: appended below what the listing already says)
//   defaults    category, condition, brand, currency, price, quantity, accepts offers, origin, HS code
struct ListingTemplate
{
    enum Part { Shipping = 1, Description = 2, Defaults = 4 };
    qint64 id = 0;
    QString name;
    int parts = Shipping | Description | Defaults;
    listing::Listing source; // the fields the template copies from (id and status unused)
};

// Copies the template's parts onto `target` (its id, status, title and photos stay).
void applyTemplate(const ListingTemplate &tmpl, listing::Listing &target);

class TemplateRepository final
{
    Q_DECLARE_TR_FUNCTIONS(caravan::data::TemplateRepository)

public:
    explicit TemplateRepository(QSqlDatabase db);

    // Saves under tmpl.name, replacing a template of the same name. Returns the id, or nullopt.
    std::optional<qint64> save(const ListingTemplate &tmpl);
    [[nodiscard]] QVector<ListingTemplate> all() const;
    [[nodiscard]] std::optional<ListingTemplate> find(const QString &name) const;
    bool remove(qint64 id);
    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace caravan::data
