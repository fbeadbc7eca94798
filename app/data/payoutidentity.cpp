#include "data/payoutidentity.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace caravan::data {

namespace {

QDateTime utc(const QJsonValue &value)
{
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

PayoutIdentityState PayoutIdentityState::fromJson(const QJsonObject &json)
{
    PayoutIdentityState s;
    s.status = json.value(QStringLiteral("status")).toString(QStringLiteral("not_submitted"));
    s.reason = json.value(QStringLiteral("reason")).toString();
    s.submittedAt = utc(json.value(QStringLiteral("submitted_at")));
    s.reviewedAt = utc(json.value(QStringLiteral("reviewed_at")));
    s.canSubmit = json.value(QStringLiteral("can_submit")).toBool(true);
    s.retentionDays = json.value(QStringLiteral("retention_days")).toInt(s.retentionDays);
    if (json.value(QStringLiteral("max_document_bytes")).isDouble())
        s.maxDocumentBytes = static_cast<qint64>(json.value(QStringLiteral("max_document_bytes")).toDouble());
    s.legalName = json.value(QStringLiteral("legal_name")).toString();
    s.dateOfBirth = QDate::fromString(json.value(QStringLiteral("date_of_birth")).toString(), Qt::ISODate);
    s.address = json.value(QStringLiteral("address")).toObject();
    return s;
}

QString PayoutIdentityForm::documentType(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("image/png");
    if (bytes.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    return {};
}

bool PayoutIdentityForm::loadDocument(const QString &path, QString *error)
{
    QFile file(path);
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    if (file.size() > maxDocumentBytes)
        return fail(tr("%1 is larger than %2; choose a smaller photo or scan.")
                        .arg(QFileInfo(path).fileName(), QLocale().formattedDataSize(maxDocumentBytes)));
    // Read into memory only: the document is sent from here, never copied to this computer's disk.
    const QByteArray bytes = file.read(maxDocumentBytes + 1);
    if (bytes.isEmpty())
        return fail(tr("%1 is empty.").arg(QFileInfo(path).fileName()));
    if (documentType(bytes).isEmpty())
        return fail(tr("%1 is not a JPEG or PNG photo or a PDF scan.").arg(QFileInfo(path).fileName()));
    setDocument(QFileInfo(path).fileName(), bytes);
    return true;
}

void PayoutIdentityForm::setDocument(const QString &name, const QByteArray &bytes)
{
    m_documentName = name;
    m_document = bytes;
}

QString PayoutIdentityForm::problem() const
{
    if (legalName.trimmed().isEmpty())
        return tr("Enter your legal name as it is written on your identity document.");
    if (!dateOfBirth.isValid())
        return tr("Enter your date of birth.");
    if (line1.trimmed().isEmpty() || city.trimmed().isEmpty() || country.trimmed().size() != 2)
        return tr("Enter your address: street, city and country.");
    if (m_document.isEmpty())
        return tr("Choose a photo or scan of your identity document.");
    return {};
}

QJsonObject PayoutIdentityForm::toJson() const
{
    return {
        {QStringLiteral("legal_name"), legalName.trimmed()},
        {QStringLiteral("date_of_birth"), dateOfBirth.toString(Qt::ISODate)},
        {QStringLiteral("address"), QJsonObject{{QStringLiteral("line1"), line1.trimmed()},
                                                {QStringLiteral("line2"), line2.trimmed()},
                                                {QStringLiteral("city"), city.trimmed()},
                                                {QStringLiteral("postal_code"), postalCode.trimmed()},
                                                {QStringLiteral("region"), region.trimmed()},
                                                {QStringLiteral("country"), country.trimmed().toUpper()}}},
        {QStringLiteral("document_base64"), QString::fromLatin1(m_document.toBase64())}};
}

void PayoutIdentityForm::fill(const PayoutIdentityState &state)
{
    maxDocumentBytes = state.maxDocumentBytes;
    legalName = state.legalName;
    dateOfBirth = state.dateOfBirth;
    line1 = state.address.value(QStringLiteral("line1")).toString();
    line2 = state.address.value(QStringLiteral("line2")).toString();
    city = state.address.value(QStringLiteral("city")).toString();
    postalCode = state.address.value(QStringLiteral("postal_code")).toString();
    region = state.address.value(QStringLiteral("region")).toString();
    if (!state.address.value(QStringLiteral("country")).toString().isEmpty())
        country = state.address.value(QStringLiteral("country")).toString();
}

} // namespace caravan::data
