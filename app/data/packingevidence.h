#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace caravan::data {

// Photos of a packed parcel with its measured weight and size, recorded for a later dispute. The record
// is timestamped and sealed with the SHA-256 of its canonical JSON (which includes the photos' own
// SHA-256), so any later change to the record or a photo is detectable.
struct PackingEvidence
{
    QString id;
    QString orderId;    // empty until orders exist
    QString listingId;  // the listing it was recorded from
    QStringList photos; // SHA-256 of stored photos (PhotoStore)
    int weightG = 0;
    int lengthMm = 0;
    int widthMm = 0;
    int heightMm = 0;
    QString note;
    QDateTime recordedAt; // UTC
    QString sha256;       // of canonicalJson()

    [[nodiscard]] QByteArray canonicalJson() const;
    [[nodiscard]] QString computeHash() const;
};

class PackingEvidenceRepository final
{
    Q_DECLARE_TR_FUNCTIONS(caravan::data::PackingEvidenceRepository)

public:
    explicit PackingEvidenceRepository(QSqlDatabase db);

    // Checks the record (photos, positive weight and sizes), stamps it with the current time, seals and
    // stores it. Returns the stored record, or nullopt with lastError() set.
    std::optional<PackingEvidence> record(PackingEvidence evidence);
    [[nodiscard]] QVector<PackingEvidence> forListing(const QString &listingId) const;

    // Evidence recorded for an order goes to the server as it is recorded: in the same transaction, the
    // record becomes a sync mutation (docs/sync.md, entity "evidence"; its photos upload first). Where it
    // stands:
    enum class SealState {
        Waiting, // in the outbox, not yet taken by the server
        Sealed,  // the server took it: its receipt time and seal came back
        Refused, // the server refused it (sync_issues says why)
        Local,   // recorded before orders synced, or for a listing only: stays on this computer
    };
    struct OrderEvidence
    {
        PackingEvidence evidence;
        SealState state = SealState::Local;
        QDateTime receivedAt; // Sealed: the server's receipt time
        QString sealSha256;   // Sealed: the server's seal
        QString refusal;      // Refused: the server's message
    };
    [[nodiscard]] QVector<OrderEvidence> forOrder(const QString &orderId) const;
    // True when the stored hash still matches the record.
    [[nodiscard]] static bool verify(const PackingEvidence &evidence);
    // The sync mutation of an order's evidence (its payload for the outbox).
    [[nodiscard]] static QJsonObject mutationPayload(const PackingEvidence &evidence);
    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace caravan::data
