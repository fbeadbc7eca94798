#include "staffsupport.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <catch2/catch.hpp>

namespace caravan::synctest {

namespace {

const QString kStaffPassword = QStringLiteral("a staff passphrase 2026");

} // namespace

QString authenticatorCode(const QString &base32Secret)
{
    QByteArray secret;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : base32Secret) {
        if (c == QLatin1Char('='))
            break;
        const int v = c.isUpper() ? c.unicode() - 'A' : c.unicode() - '2' + 26;
        buffer = (buffer << 5) | quint32(v);
        bits += 5;
        if (bits >= 8) {
            secret.append(char((buffer >> (bits - 8)) & 0xFF));
            bits -= 8;
        }
    }
    quint64 step = quint64(QDateTime::currentSecsSinceEpoch() / 30);
    QByteArray counter(8, '\0');
    for (int i = 7; i >= 0; --i, step >>= 8)
        counter[i] = char(step & 0xFF);
    const QByteArray mac = QMessageAuthenticationCode::hash(counter, secret, QCryptographicHash::Sha1);
    const int at = mac.back() & 0x0F;
    const quint32 binary = (quint32(uchar(mac[at]) & 0x7F) << 24) | (quint32(uchar(mac[at + 1])) << 16) |
                           (quint32(uchar(mac[at + 2])) << 8) | quint32(uchar(mac[at + 3]));
    return QStringLiteral("%1").arg(binary % 1000000, 6, 10, QLatin1Char('0'));
}

Staff newStaff(const ServerDatabase &db, const QUrl &server, sync::SessionClient &session,
               const QString &name)
{
    const QString email = name + QStringLiteral("@support.example");
    QString log;
    REQUIRE(addUser(db, email, kStaffPassword, QStringLiteral("staff"), QStringLiteral("NL"), &log));
    const auto found = QRegularExpression(QStringLiteral("secret:\\s+([A-Z2-7=]+)")).match(log);
    INFO(log.toStdString());
    REQUIRE(found.hasMatch());
    std::optional<sync::SessionGrant> grant;
    session.signIn(server, email, kStaffPassword, QStringLiteral("support desk"), QString(),
                   authenticatorCode(found.captured(1)),
                   [&](const sync::SessionGrant &g, const sync::ApiError &error) {
                       INFO(error.message.toStdString());
                       CHECK(error.kind == sync::ApiError::Kind::None);
                       grant = g;
                   });
    REQUIRE(QTest::qWaitFor([&] { return grant.has_value(); }, 30000));
    REQUIRE_FALSE(grant->token.isEmpty());
    CHECK(grant->user.isStaff());
    return {grant->user.id, grant->token};
}

} // namespace caravan::synctest
