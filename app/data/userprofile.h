#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace caravan::data {

// The signed-in user as the server describes it (GET /api/v1/me, POST /api/v1/session "user").
// Cached in the account's local database so that the role still applies offline.
struct UserProfile
{
    QString id;
    QString email;
    QString displayName;
    QString country;
    QStringList roles;

    // Staff (support and arbitration) accounts see the arbitration screens.
    [[nodiscard]] bool isStaff() const;

    // Parses the server's user object; nullopt when a required field is missing or of the wrong type.
    [[nodiscard]] static std::optional<UserProfile> fromJson(const QJsonObject &object);
    [[nodiscard]] QJsonObject toJson() const;

    friend bool operator==(const UserProfile &, const UserProfile &) = default;
};

} // namespace caravan::data
