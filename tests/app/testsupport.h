#pragma once

#include "data/userprofile.h"
#include "sync/appsettings.h"

#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>

namespace caravan::test {

// A private folder per test: settings file, data root. Removed when the test ends.
struct Sandbox
{
    QTemporaryDir dir;
    [[nodiscard]] QString path(const QString &relative = {}) const;
    [[nodiscard]] QString settingsFile() const { return path(QStringLiteral("caravan.ini")); }
    [[nodiscard]] QString dataRoot() const { return path(QStringLiteral("data")); }
};

// Runs the event loop until `condition` holds or `timeoutMs` passed; returns the condition.
bool waitFor(const std::function<bool()> &condition, int timeoutMs = 10000);

// A loopback port nothing listens on (bound, read and released).
int closedPort();

// A random, unique email address for tests that write to shared places such as the keyring.
QString uniqueEmail();

// Stores `profile` as the cached profile of (server, profile.email) under `dataRoot` and makes it the
// last account in `settings`, as a previous signed-in run of the app would have left it.
void seedCachedAccount(sync::AppSettings &settings, const QString &dataRoot, const QUrl &server,
                       const data::UserProfile &profile);

data::UserProfile sellerProfile(const QString &email = QStringLiteral("mei.tanaka@demo.caravan"));
data::UserProfile staffProfile(const QString &email = QStringLiteral("support@demo.caravan"));

} // namespace caravan::test

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QUrl>
{
    static std::string convert(const QUrl &value) { return value.toString().toStdString(); }
};
} // namespace Catch
