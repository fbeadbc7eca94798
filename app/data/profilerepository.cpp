#include "data/profilerepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcProfileRepo, "caravan.data.profile")

namespace caravan::data {

ProfileRepository::ProfileRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<ProfileRepository::Cached> ProfileRepository::load() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT server_url, user_id, email, display_name, country, roles_json, "
                                 "updated_at FROM account_profile WHERE id = 1"));
    if (!query.exec()) {
        qCWarning(lcProfileRepo) << "reading the cached profile failed:" << query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    Cached cached;
    cached.serverUrl = query.value(0).toString();
    cached.profile.id = query.value(1).toString();
    cached.profile.email = query.value(2).toString();
    cached.profile.displayName = query.value(3).toString();
    cached.profile.country = query.value(4).toString();
    const QJsonDocument roles = QJsonDocument::fromJson(query.value(5).toString().toUtf8());
    for (const auto &role : roles.array())
        cached.profile.roles.append(role.toString());
    cached.updatedAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
    return cached;
}

bool ProfileRepository::save(const UserProfile &profile, const QString &serverUrl)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO account_profile (id, server_url, user_id, email, display_name, country, roles_json, "
        "updated_at) VALUES (1, :server, :user, :email, :name, :country, :roles, :updated) "
        "ON CONFLICT (id) DO UPDATE SET server_url = excluded.server_url, user_id = excluded.user_id, "
        "email = excluded.email, display_name = excluded.display_name, country = excluded.country, "
        "roles_json = excluded.roles_json, updated_at = excluded.updated_at"));
    query.bindValue(QStringLiteral(":server"), serverUrl);
    query.bindValue(QStringLiteral(":user"), profile.id);
    query.bindValue(QStringLiteral(":email"), profile.email);
    query.bindValue(QStringLiteral(":name"), profile.displayName);
    query.bindValue(QStringLiteral(":country"), profile.country);
    query.bindValue(
        QStringLiteral(":roles"),
        QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(profile.roles)).toJson(QJsonDocument::Compact)));
    query.bindValue(QStringLiteral(":updated"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        qCWarning(lcProfileRepo) << "caching the profile failed:" << m_lastError;
        return false;
    }
    m_lastError.clear();
    return true;
}

} // namespace caravan::data
