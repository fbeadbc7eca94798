#pragma once

#include "data/userprofile.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <optional>

namespace caravan::data {

// The cached copy of the signed-in user's profile (one row per account database).
class ProfileRepository final
{
public:
    explicit ProfileRepository(QSqlDatabase db);

    struct Cached
    {
        UserProfile profile;
        QString serverUrl;
        QDateTime updatedAt;
    };

    [[nodiscard]] std::optional<Cached> load() const;
    // Replaces the cached profile; false (with lastError()) if the write failed.
    bool save(const UserProfile &profile, const QString &serverUrl);
    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    QString m_lastError;
};

} // namespace caravan::data
