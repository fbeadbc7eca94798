#pragma once

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace caravan::data {

// App-level key/value settings that belong to one account (kept in its local database, not QSettings).
class SettingsRepository final
{
public:
    explicit SettingsRepository(QSqlDatabase db);

    [[nodiscard]] std::optional<QString> value(const QString &key) const;
    [[nodiscard]] QString value(const QString &key, const QString &fallback) const;
    bool setValue(const QString &key, const QString &value);
    bool remove(const QString &key);
    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    QString m_lastError;
};

} // namespace caravan::data
