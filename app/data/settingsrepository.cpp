#include "data/settingsrepository.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcSettingsRepo, "caravan.data.settings")

namespace caravan::data {

SettingsRepository::SettingsRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<QString> SettingsRepository::value(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM app_settings WHERE key = :key"));
    query.bindValue(QStringLiteral(":key"), key);
    if (!query.exec()) {
        qCWarning(lcSettingsRepo) << "reading setting" << key << "failed:" << query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

QString SettingsRepository::value(const QString &key, const QString &fallback) const
{
    return value(key).value_or(fallback);
}

bool SettingsRepository::setValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO app_settings (key, value, updated_at) VALUES (:key, :value, :at) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                       "updated_at = excluded.updated_at"));
    query.bindValue(QStringLiteral(":key"), key);
    query.bindValue(QStringLiteral(":value"), value);
    query.bindValue(QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

bool SettingsRepository::remove(const QString &key)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM app_settings WHERE key = :key"));
    query.bindValue(QStringLiteral(":key"), key);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace caravan::data
