#include "data/tokenstore.h"

#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcTokenStore, "caravan.data.keychain")

namespace caravan::data {

namespace {

TokenStore::Result classify(const QKeychain::Job &job)
{
    TokenStore::Result result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = TokenStore::Status::Ok;
        return result;
    case QKeychain::EntryNotFound:
        result.status = TokenStore::Status::NotFound;
        result.message = TokenStore::tr("No saved sign-in was found in the keyring.");
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // QtKeychain reports a missing D-Bus session or Secret Service as OtherError
        // ("Cannot autolaunch D-Bus without X11 $DISPLAY") or NoBackendAvailable.
        result.status = TokenStore::Status::KeyringUnavailable;
        result.message =
            TokenStore::tr("The system keyring is not available (%1). Caravan does not store "
                           "sign-ins in plain text, so you will need to sign in again next time. "
                           "You can keep working offline with the data on this computer.")
                .arg(job.errorString());
        return result;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.status = TokenStore::Status::Failed;
        result.message =
            TokenStore::tr("Access to the system keyring was denied (%1).").arg(job.errorString());
        return result;
    case QKeychain::CouldNotDeleteEntry:
        result.status = TokenStore::Status::Failed;
        result.message = TokenStore::tr("The saved sign-in could not be removed from the keyring (%1).")
                             .arg(job.errorString());
        return result;
    }
    result.status = TokenStore::Status::Failed;
    result.message = TokenStore::tr("The system keyring reported an error: %1").arg(job.errorString());
    return result;
}

} // namespace

TokenStore::TokenStore(QObject *parent)
    : TokenStore(QStringLiteral("Caravan"), parent)
{}

TokenStore::TokenStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

void TokenStore::write(const QString &key, const QString &token, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done), key](QKeychain::Job *finished) {
        const Result result = classify(*finished);
        if (result.status != Status::Ok)
            qCWarning(lcTokenStore) << "storing the token for" << key << "failed:" << finished->errorString();
        done(result);
    });
    job->start();
}

void TokenStore::read(const QString &key, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done), key](QKeychain::Job *finished) {
        Result result = classify(*finished);
        if (result.status == Status::Ok)
            result.token = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        else if (result.status != Status::NotFound)
            qCWarning(lcTokenStore) << "reading the token for" << key << "failed:" << finished->errorString();
        done(result);
    });
    job->start();
}

void TokenStore::remove(const QString &key, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done), key](QKeychain::Job *finished) {
        Result result = classify(*finished);
        if (result.status == Status::NotFound) {
            result.status = Status::Ok;
            result.message.clear();
        }
        if (result.status != Status::Ok)
            qCWarning(lcTokenStore) << "removing the token for" << key
                                    << "failed:" << finished->errorString();
        done(result);
    });
    job->start();
}

} // namespace caravan::data
