#pragma once

#ifndef Q_MOC_RUN
#include "listing/listing.h"
#endif

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>
#include <optional>
#include <vector>

class QSqlQuery;

// Listing rows as the sync journal reads and writes them: the local `listings` table (migration 3)
// through data/listingrecord, in sync field names (docs/sync.md). Writes here never touch the outbox:
// they put the server's state (or the seller's resolution) in place.
namespace caravan::data::synclistings {

// Compact JSON text, as the journal binds it (JSON columns, json_each() parameters).
QString compactJson(const QJsonObject &object);
QString compactJson(const QJsonArray &array);

// The seller-owned fields of the local row, in sync field names (photos included); nullopt if absent.
std::optional<QJsonObject> loadSellerFields(QSqlDatabase db, const QString &id);

struct ServerState
{
    qint64 revision = 0;
    QJsonObject baseline; // the server's seller-owned fields
    QString moderation;
    QString moderationReason;
};

// Writes `sellerFields` (sync field names) as the row `id`, creating it if needed, with the photo list.
// With `server` also the revision, baseline and moderation columns. *error gets the reason on failure.
bool store(QSqlDatabase db, const QString &id, const QJsonObject &sellerFields, const ServerState *server,
           QString *error);

bool remove(QSqlDatabase db, const QString &id, QString *error);

// Writes many listing rows in one transaction (a pulled page) with statements prepared once.
class ListingWriter
{
public:
    explicit ListingWriter(QSqlDatabase db);
    ListingWriter(const ListingWriter &) = delete;
    ListingWriter &operator=(const ListingWriter &) = delete;
    ~ListingWriter();

    // As synclistings::store.
    bool store(const QString &id, const QJsonObject &sellerFields, const ServerState *server, QString *error);

    // True if the row already stands at this server state (revision and baseline) and carries no refusal
    // and no open conflict: then its seller-owned columns equal the baseline, so only the moderation columns
    // may need writing (done here). Typically the pull that follows our own push. False (with *error set
    // on a database failure) when the full store() is needed.
    bool holds(const QString &id, const ServerState &server, QString *error);

    // After our own push was applied: each listing moves to the server's revision and the pushed fields join
    // its baseline. A whole pushed batch, in order, with one read and one write statement; listings deleted
    // locally meanwhile are left alone.
    struct Acknowledgement
    {
        QString id;
        qint64 revision = 0;
        QJsonObject fields;
    };
    bool acknowledgePushes(const QVector<Acknowledgement> &acks, QString *error);

    // The state holds() looks at, read for many listings with one statement (a pulled page). Listings
    // not in the table are absent from the answer.
    struct StoredState
    {
        qint64 revision = 0;
        QString baselineJson;
        QString moderation;
        QString moderationReason;
        bool flagged = false; // a refusal or an open conflict
    };
    bool readStates(const QStringList &ids, QHash<QString, StoredState> *states, QString *error);
    // holds() against a state read by readStates (no statement unless the moderation columns move).
    bool holds(const QString &id, const StoredState &stored, const ServerState &server, QString *error);

private:
    QSqlQuery &prepared(int slot, const QString &sql);

    QSqlDatabase m_db;
    std::vector<std::unique_ptr<QSqlQuery>> m_queries;
};

} // namespace caravan::data::synclistings
