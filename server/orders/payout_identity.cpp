#include "orders/payout_identity.h"

#include "accounts/crypto.h"
#include "accounts/document_vault.h"
#include "listing/countries.h"
#include "money/date.h"
#include "orders/order_service.h"
#include "photos/jpeg_image.h"
#include "runtime/log.h"
#include "store/audit_log.h"

#include <sodium.h>

namespace caravan::orders {

using nlohmann::json;

namespace {

constexpr std::int64_t kAdultYears = 18;

std::string trimmed(const std::string &s)
{
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

std::string textField(const json &object, const std::string &name, const std::string &path, std::size_t max,
                      bool required)
{
    const auto it = object.find(name);
    if (it == object.end() || it->is_null()) {
        if (required)
            throw OrderError(422, "required", path + " is required", path);
        return {};
    }
    if (!it->is_string())
        throw OrderError(422, "invalid", path + " must be a string", path);
    auto value = trimmed(it->get<std::string>());
    if (required && value.empty())
        throw OrderError(422, "required", path + " is required", path);
    if (value.size() > max)
        throw OrderError(422, "too_long", path + " is longer than " + std::to_string(max) + " bytes", path);
    return value;
}

std::string dateOfBirth(const json &body, std::int64_t now)
{
    const auto text = textField(body, "date_of_birth", "date_of_birth", 10, true);
    money::Date born;
    try {
        born = money::Date::parse(text);
    } catch (const std::exception &) {
        throw OrderError(422, "invalid", "date_of_birth must be a date such as 1990-04-25", "date_of_birth");
    }
    const auto today = money::Date::fromYmd(1970, 1, 1).addDays(static_cast<int>(now / 86400));
    const int years =
        today.year() - born.year() -
        ((today.month() < born.month() || (today.month() == born.month() && today.day() < born.day())) ? 1
                                                                                                       : 0);
    if (born > today || years > 130)
        throw OrderError(422, "invalid", "date_of_birth is not a possible date of birth", "date_of_birth");
    if (years < kAdultYears)
        throw OrderError(422, "too_young", "payouts are only made to sellers aged 18 or over",
                         "date_of_birth");
    return text;
}

json address(const json &body)
{
    const auto it = body.find("address");
    if (it == body.end() || !it->is_object())
        throw OrderError(422, "required", "address is required (line1, city, postal_code, country)",
                         "address");
    json out = json::object();
    out["line1"] = textField(*it, "line1", "address.line1", 200, true);
    out["line2"] = textField(*it, "line2", "address.line2", 200, false);
    out["city"] = textField(*it, "city", "address.city", 100, true);
    out["postal_code"] = textField(*it, "postal_code", "address.postal_code", 20, false);
    out["region"] = textField(*it, "region", "address.region", 100, false);
    const auto country = textField(*it, "country", "address.country", 2, true);
    if (!listing::CountryTable::system().contains(country))
        throw OrderError(422, "invalid", "address.country must be an ISO 3166 code such as JP",
                         "address.country");
    out["country"] = country;
    return out;
}

std::string decodeBase64(const std::string &text)
{
    accounts::ensureSodium();
    std::string bytes(text.size() / 4 * 3 + 3, '\0');
    std::size_t length = 0;
    const char *end = nullptr;
    if (sodium_base642bin(reinterpret_cast<unsigned char *>(bytes.data()), bytes.size(), text.data(),
                          text.size(), " \r\n", &length, &end, sodium_base64_VARIANT_ORIGINAL) != 0 ||
        end != text.data() + text.size())
        throw OrderError(422, "invalid", "document_base64 is not base64", "document_base64");
    bytes.resize(length);
    return bytes;
}

bool isPdf(const std::string &bytes)
{
    if (bytes.rfind("%PDF-", 0) != 0)
        return false;
    const auto tail = bytes.size() > 2048 ? bytes.size() - 2048 : 0;
    return bytes.find("%%EOF", tail) != std::string::npos;
}

// The document as it is kept: its media type and bytes. Refusals name the field document_base64.
std::pair<std::string, std::string> checkedDocument(const std::string &bytes, std::int64_t maxBytes)
{
    if (bytes.empty())
        throw OrderError(422, "required", "document_base64 is empty", "document_base64");
    if (static_cast<std::int64_t>(bytes.size()) > maxBytes)
        throw OrderError(413, "document_too_large",
                         "the document is larger than " + std::to_string(maxBytes >> 20) + " MiB",
                         "document_base64");
    const auto type = photos::sniffImageType(bytes);
    if (type == "jpeg") {
        auto result = photos::reencodeJpeg(bytes);
        if (!result.ok)
            throw OrderError(422, result.code, "the document photo cannot be read: " + result.reason,
                             "document_base64");
        return {"image/jpeg", std::move(result.jpeg)};
    }
    if (type == "png") {
        // The signature, then the IHDR chunk every PNG starts with.
        if (bytes.size() < 33 || bytes.compare(12, 4, "IHDR") != 0)
            throw OrderError(422, "corrupt_image", "the document is not a complete PNG image",
                             "document_base64");
        return {"image/png", bytes};
    }
    if (isPdf(bytes))
        return {"application/pdf", bytes};
    if (bytes.rfind("%PDF-", 0) == 0)
        throw OrderError(422, "corrupt_document", "the PDF document is incomplete (no %%EOF at its end)",
                         "document_base64");
    throw OrderError(415, "unsupported_document_type",
                     (type.empty() ? std::string("the document is not an image or a PDF")
                                   : "the document is a " + type + " image") +
                         "; send a JPEG or PNG photo or a PDF scan",
                     "document_base64");
}

} // namespace

std::string documentFileName(const store::PayoutIdentity &identity)
{
    return identity.userId + "-" + identity.documentSha256;
}

std::string identityWait(store::Database &db, bool required, const std::string &userId)
{
    if (!required)
        return {};
    const auto status = store::PayoutIdentityStore::status(db, userId);
    if (status == "verified")
        return {};
    if (status.empty())
        return "identity_not_submitted";
    return "identity_" + status;
}

PayoutIdentityService::PayoutIdentityService(store::Database &db, accounts::DocumentVault &vault,
                                             IdentitySettings settings)
    : m_db(db)
    , m_vault(vault)
    , m_settings(std::move(settings))
{}

store::PayoutIdentity PayoutIdentityService::submit(const store::User &seller, const json &body,
                                                    std::int64_t now)
{
    if (store::PayoutIdentityStore::status(m_db, seller.id) == "verified")
        throw OrderError(409, "already_verified",
                         "your payout identity is verified; it cannot be changed here");
    store::PayoutIdentity next;
    next.userId = seller.id;
    next.legalName = textField(body, "legal_name", "legal_name", 200, true);
    next.dateOfBirth = dateOfBirth(body, now);
    next.address = address(body);
    const auto encoded = body.find("document_base64");
    if (encoded == body.end() || !encoded->is_string())
        throw OrderError(422, "required", "document_base64 is required (a JPEG, PNG or PDF, base64)",
                         "document_base64");
    // Refuse an oversized document before decoding it (base64 is 4 bytes per 3).
    if (static_cast<std::int64_t>(encoded->get_ref<const std::string &>().size()) / 4 * 3 >
        m_settings.maxDocumentBytes + 3)
        throw OrderError(413, "document_too_large",
                         "the document is larger than " + std::to_string(m_settings.maxDocumentBytes >> 20) +
                             " MiB",
                         "document_base64");
    auto [type, bytes] =
        checkedDocument(decodeBase64(encoded->get<std::string>()), m_settings.maxDocumentBytes);
    next.documentType = type;
    next.documentSize = static_cast<std::int64_t>(bytes.size());
    next.documentSha256 = accounts::sha256Hex(bytes);
    next.status = "pending";
    next.submittedAt = now;

    // The file first (under a name of its own content), then the row; the previous file goes last.
    const auto name = documentFileName(next);
    m_vault.put(name, bytes);
    std::optional<store::PayoutIdentity> previous;
    try {
        store::Transaction tx(m_db);
        previous = store::PayoutIdentityStore::loadForUpdate(tx, seller.id);
        if (previous && previous->status == "verified")
            throw OrderError(409, "already_verified",
                             "your payout identity is verified; it cannot be changed here");
        store::PayoutIdentityStore::save(tx, next);
        tx.commit();
    } catch (...) {
        if (!previous || documentFileName(*previous) != name)
            m_vault.remove(name);
        throw;
    }
    if (previous && previous->documentKept() && documentFileName(*previous) != name)
        m_vault.remove(documentFileName(*previous));
    server::logEvent(server::LogLevel::Info, "payout_identity_submitted",
                     {{"user", seller.id}, {"type", type}, {"bytes", std::to_string(bytes.size())}});
    return next;
}

std::optional<store::PayoutIdentity> PayoutIdentityService::of(const std::string &userId)
{
    return store::PayoutIdentityStore::load(m_db, userId);
}

std::vector<store::PayoutIdentity> PayoutIdentityService::list(const std::string &status)
{
    if (!status.empty() && status != "pending" && status != "verified" && status != "refused")
        throw OrderError(422, "invalid", "status is pending, verified or refused", "status");
    return store::PayoutIdentityStore::list(m_db, status, 500);
}

PayoutIdentityService::Document PayoutIdentityService::document(const std::string &userId)
{
    const auto identity = of(userId);
    if (!identity)
        throw OrderError(404, "no_identity", "this user has not submitted a payout identity");
    if (identity->documentDeletedAt)
        throw OrderError(410, "document_deleted", "the document was deleted after the retention period");
    if (identity->documentSha256.empty())
        throw OrderError(404, "no_document", "no document was kept for this payout identity");
    auto bytes = m_vault.get(documentFileName(*identity));
    if (!bytes || accounts::sha256Hex(*bytes) != identity->documentSha256)
        throw std::runtime_error("the identity document of " + userId +
                                 " is missing or does not open under the identity key");
    return {identity->documentType, std::move(*bytes)};
}

store::PayoutIdentity PayoutIdentityService::decide(const std::string &userId, bool approve,
                                                    const std::string &reason, const std::string &reviewer,
                                                    std::int64_t now,
                                                    const std::function<void(store::Transaction &)> &also)
{
    return decideIdentity(m_db, userId, approve, reason, reviewer, now, also);
}

store::PayoutIdentity decideIdentity(store::Database &db, const std::string &userId, bool approve,
                                     const std::string &reason, const std::string &reviewer, std::int64_t now,
                                     const std::function<void(store::Transaction &)> &also)
{
    const auto why = trimmed(reason);
    if (!approve && why.empty())
        throw OrderError(422, "reason_required", "a refusal needs the reason the seller will read", "reason");
    if (why.size() > 500)
        throw OrderError(422, "too_long", "reason is longer than 500 bytes", "reason");
    store::Transaction tx(db);
    auto identity = store::PayoutIdentityStore::loadForUpdate(tx, userId);
    if (!identity)
        throw OrderError(404, "no_identity", "this user has not submitted a payout identity");
    if (identity->status != "pending")
        throw OrderError(409, "not_pending", "this payout identity is " + identity->status + ", not pending");
    identity->status = approve ? "verified" : "refused";
    identity->reason = approve ? std::string() : why;
    identity->reviewedAt = now;
    identity->reviewedBy = reviewer;
    store::PayoutIdentityStore::decide(tx, userId, identity->status, identity->reason, reviewer, now);
    store::AuditEntry decided;
    decided.at = now;
    decided.actorId = reviewer == "caravan-cli" ? std::string() : reviewer; // "" is the operator
    decided.action = approve ? "payout_identity.approved" : "payout_identity.refused";
    decided.subjectType = "payout_identity";
    decided.subjectId = userId;
    decided.detail = {{"reason", identity->reason}};
    store::AuditLog::append(tx, decided);
    if (also)
        also(tx);
    tx.commit();
    server::logEvent(server::LogLevel::Info, "payout_identity_decided",
                     {{"user", userId}, {"status", identity->status}, {"reviewer", reviewer}});
    return *identity;
}

std::size_t PayoutIdentityService::purgeDocuments(std::int64_t now)
{
    std::size_t removed = 0;
    for (const auto &identity :
         store::PayoutIdentityStore::documentsDecidedBefore(m_db, now - m_settings.retentionSeconds, 200)) {
        // The row first: a document whose row says deleted is never served, even if its file stayed.
        if (store::PayoutIdentityStore::markDocumentDeleted(m_db, identity.userId, identity.documentSha256,
                                                            now)) {
            m_vault.remove(documentFileName(identity));
            ++removed;
        }
    }
    return removed;
}

} // namespace caravan::orders
