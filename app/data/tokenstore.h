#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace caravan::data {

// Session tokens in the system keychain (Secret Service / KWallet through QtKeychain), service "Caravan",
// one entry per account and server. There is deliberately no plain-text fallback: when no keyring is
// reachable the caller gets KeyringUnavailable and tells the user.
class TokenStore final : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound,           // read: nothing stored under that key
        KeyringUnavailable, // no Secret Service / wallet reachable (e.g. no D-Bus session)
        Failed,             // the keyring answered with an error (access denied, ...)
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Failed;
        QString token;   // read only
        QString message; // translated explanation when status is not Ok
    };
    using Callback = std::function<void(const Result &)>;

    explicit TokenStore(QObject *parent = nullptr);
    TokenStore(QString service, QObject *parent);

    [[nodiscard]] QString service() const { return m_service; }

    // All three are asynchronous; `done` runs on this object's thread once the keyring answered.
    void write(const QString &key, const QString &token, Callback done);
    void read(const QString &key, Callback done);
    // Removing a key that does not exist is Ok.
    void remove(const QString &key, Callback done);

private:
    QString m_service;
};

} // namespace caravan::data
