#pragma once

#include "sync/sessionclient.h"
#include "syncsupport.h"

#include <QTest>
#include <optional>

// Members of staff for the sync tests: made by caravan-cli (the operator's way) and signed in through the
// app's session client with the second factor, as the staff console does.
namespace caravan::synctest {

// What an authenticator app does with the secret caravan-cli prints: RFC 4648 base32, then the six-digit
// TOTP (RFC 6238, HMAC-SHA1, 30 s) of the current step. The server also accepts the steps either side.
QString authenticatorCode(const QString &base32Secret);

// A staff account signed in with its second factor: its user id and API token.
struct Staff
{
    QString id;
    QString token;
};

// caravan-cli user add --role staff (name@support.example), then the sign-in with the authenticator code;
// REQUIREs a staff token.
Staff newStaff(const ServerDatabase &db, const QUrl &server, sync::SessionClient &session,
               const QString &name);

// The answer of one asynchronous client call, waited for (30 s at most).
template <typename T> struct Answer
{
    std::optional<T> value;
    sync::ApiError error;
    void set(const T &v, const sync::ApiError &e)
    {
        value = v;
        error = e;
    }
    bool wait()
    {
        return QTest::qWaitFor([this] { return value.has_value(); }, 30000);
    }
};

} // namespace caravan::synctest
