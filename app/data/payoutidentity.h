#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace caravan::data {

// The seller's payout identity as the server holds it (GET /api/v1/payouts/identity; docs/escrow.md,
// "Payout identity"): its state and the fields the seller sent. The document never comes back.
struct PayoutIdentityState
{
    QString status = QStringLiteral("not_submitted"); // not_submitted, pending, verified, refused
    QString reason;                                   // why staff refused it
    QDateTime submittedAt;
    QDateTime reviewedAt;
    bool canSubmit = true;
    int retentionDays = 30; // the server deletes the document this long after the decision
    qint64 maxDocumentBytes = 10 * 1024 * 1024;
    QString legalName;
    QDate dateOfBirth;
    QJsonObject address; // line1, line2, city, postal_code, region, country

    static PayoutIdentityState fromJson(const QJsonObject &json);
};

// What the seller fills in to be verified, with the document read into memory: it goes to the server in
// the request body (PUT /api/v1/payouts/identity) and is never written to this computer's disk.
class PayoutIdentityForm final
{
    Q_DECLARE_TR_FUNCTIONS(PayoutIdentityForm)

public:
    QString legalName;
    QDate dateOfBirth;
    QString line1;
    QString line2;
    QString city;
    QString postalCode;
    QString region;
    QString country; // ISO 3166 alpha-2

    // Reads the file the seller chose into memory. False with a translated reason when it cannot be read,
    // is empty or too large, or is not a JPEG, PNG or PDF (by its first bytes).
    bool loadDocument(const QString &path, QString *error);
    qint64 maxDocumentBytes = 10 * 1024 * 1024; // the server's identity.max_document_mib
    void setDocument(const QString &name, const QByteArray &bytes);
    [[nodiscard]] QString documentName() const { return m_documentName; }
    [[nodiscard]] const QByteArray &document() const { return m_document; }

    // A translated sentence naming what is missing, or "" when the form can be sent.
    [[nodiscard]] QString problem() const;
    // The request body: the fields and the document in base64.
    [[nodiscard]] QJsonObject toJson() const;
    // The fields of what the server holds (the document is not among them).
    void fill(const PayoutIdentityState &state);

    // "image/jpeg", "image/png", "application/pdf" by the first bytes, or "".
    static QString documentType(const QByteArray &bytes);

private:
    QString m_documentName;
    QByteArray m_document;
};

} // namespace caravan::data

Q_DECLARE_METATYPE(caravan::data::PayoutIdentityForm)
