#pragma once

#ifndef Q_MOC_RUN
#include "listing/listing.h"
#endif

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <string>

// How a listing of the shared model (shared/listing) is laid out in the local `listings` table
// (migration 3). Only the data layer uses this.
namespace caravan::data::listingrecord {

// The columns read by fromQuery, in order; callers SELECT exactly these.
QString selectColumns();
// Reads one row selected with selectColumns() (photos come from listing_photos, read separately).
listing::Listing fromQuery(const QSqlQuery &query);
// Binds every seller-owned column of `listing` as :title, :description, ... (see bindNames()).
void bind(QSqlQuery &query, const listing::Listing &listing);
// ":title, :description, ..." and "title, description, ..." for INSERT / UPDATE statements.
QStringList columnNames();

QString toQString(const std::string &text);
std::string toStd(const QString &text);

} // namespace caravan::data::listingrecord
