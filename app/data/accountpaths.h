#pragma once

#include <QString>
#include <QUrl>

namespace caravan::data {

// The server URL in the one spelling used for keys and hashes: scheme and host lower-case,
// no trailing slash, no query or fragment. "HTTP://Example.org:8080/" -> "http://example.org:8080".
[[nodiscard]] QString normalizedServerUrl(const QUrl &server);

// A stable, file-name-safe identifier for (server, email): 32 hex digits of SHA-256.
[[nodiscard]] QString accountHash(const QUrl &server, const QString &email);

// <dataRoot>/accounts/<accountHash>/ — the account's local folder.
[[nodiscard]] QString accountDirectory(const QString &dataRoot, const QUrl &server, const QString &email);

// The keychain key of an account's session token: "<email>@<normalized server url>".
[[nodiscard]] QString tokenKey(const QUrl &server, const QString &email);
// The keyring key of the device token the server gave this computer for the account (kept across
// sign-outs, like a browser's device cookie).
[[nodiscard]] QString deviceTokenKey(const QUrl &server, const QString &email);

} // namespace caravan::data
