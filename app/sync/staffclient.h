#pragma once

#include "data/staffqueues.h"
#include "sync/sessionclient.h"

#include <QHash>
#include <QObject>
#include <functional>

namespace caravan::sync {

class AccountSession;

// The staff routes beside the disputes: reported listings, payout identities, risk flags and the photos
// staff may see (GET /api/v1/staff/photos/{sha256}). Every route needs a staff token issued after the
// second factor, like the dispute routes. Knows no widgets; nothing it reads is written to disk.
//
// Decisions carry an Idempotency-Key kept until an answer arrives (as DisputeClient does): the same
// decision sent again after a lost answer is the same request to the server.
class StaffClient final : public QObject
{
    Q_OBJECT

public:
    // Calls through the signed-in account.
    explicit StaffClient(AccountSession &session, QObject *parent = nullptr);
    // Calls `server` with `token` directly.
    StaffClient(SessionClient &client, QUrl server, QString token, QObject *parent = nullptr);

    using ReportsCallback = std::function<void(const QVector<data::ReportedListingRow> &, const ApiError &)>;
    using ReportedListingCallback = std::function<void(const data::ReportedListing &, const ApiError &)>;
    using IdentitiesCallback = std::function<void(const QVector<data::IdentityRecord> &, const ApiError &)>;
    using IdentityCallback = std::function<void(const data::IdentityRecord &, const ApiError &)>;
    using RiskFlagsCallback = std::function<void(const QVector<data::RiskFlag> &, const ApiError &)>;
    using BytesCallback = SessionClient::BytesCallback;

    // Reported listings; `status` open (empty: the server's default, open), removed or dismissed.
    void reports(const QString &status, ReportsCallback done);
    void reportedListing(const QString &listingId, ReportedListingCallback done);
    // `decision` remove (a note for the seller is required) or dismiss.
    void decideReports(const QString &listingId, const QString &decision, const QString &note,
                       ReportedListingCallback done);

    // Payout identities; `status` pending, verified, refused, or empty for all.
    void identities(const QString &status, IdentitiesCallback done);
    void identity(const QString &userId, IdentityCallback done);
    // The identity document's bytes, for the caller to hold in memory.
    void identityDocument(const QString &userId, BytesCallback done);
    // `decision` approve or refuse (a reason is required).
    void decideIdentity(const QString &userId, const QString &decision, const QString &reason,
                        IdentityCallback done);

    void riskFlags(RiskFlagsCallback done);

    // A photo's JPEG bytes by its SHA-256 (audited on the server).
    void photo(const QString &sha256, BytesCallback done);

    // The Idempotency-Key a decision waits with ("" when none waits): `kind` "report" or "identity".
    [[nodiscard]] QString pendingKey(const QString &kind, const QString &id) const;

private:
    using Get = std::function<void(const QString &, BytesCallback)>;
    using Post = std::function<void(const QString &, const QJsonObject &, const QString &,
                                    SessionClient::JsonCallback)>;

    void getJson(const QString &path, SessionClient::JsonCallback done);
    // POST with the key kept under `slot` until an answer arrives.
    void postKept(const QString &slot, const QString &path, const QJsonObject &body,
                  SessionClient::JsonCallback done);

    Get m_get;
    Post m_post;
    QHash<QString, QString> m_keys; // slot -> Idempotency-Key of an unanswered request
};

} // namespace caravan::sync
