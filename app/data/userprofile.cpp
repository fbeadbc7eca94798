#include "data/userprofile.h"

#include <QJsonArray>

namespace caravan::data {

bool UserProfile::isStaff() const
{
    return roles.contains(QLatin1String("staff")) || roles.contains(QLatin1String("admin"));
}

std::optional<UserProfile> UserProfile::fromJson(const QJsonObject &object)
{
    const auto id = object.value(QLatin1String("id"));
    const auto email = object.value(QLatin1String("email"));
    if (!email.isString() || email.toString().isEmpty() || (!id.isString() && !id.isDouble()))
        return std::nullopt;

    UserProfile profile;
    // Ids are opaque: accept a string or a number and keep the text.
    profile.id = id.isString() ? id.toString() : QString::number(id.toInteger());
    profile.email = email.toString();
    profile.displayName = object.value(QLatin1String("display_name")).toString();
    profile.country = object.value(QLatin1String("country")).toString();
    const auto roles = object.value(QLatin1String("roles"));
    if (!roles.isUndefined() && !roles.isArray())
        return std::nullopt;
    for (const auto &role : roles.toArray()) {
        if (!role.isString())
            return std::nullopt;
        profile.roles.append(role.toString());
    }
    return profile;
}

QJsonObject UserProfile::toJson() const
{
    return QJsonObject{
        {QLatin1String("id"), id},
        {QLatin1String("email"), email},
        {QLatin1String("display_name"), displayName},
        {QLatin1String("country"), country},
        {QLatin1String("roles"), QJsonArray::fromStringList(roles)},
    };
}

} // namespace caravan::data
