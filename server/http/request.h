#pragma once

#include "store/sessions.h"
#include "store/users.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace caravan::http {

// ASCII letters to lower case (header names and values such as "Accept-Encoding: GZIP").
std::string lowerAscii(std::string s);

// A file sent in a multipart/form-data body (an <input type="file">).
struct FormFile
{
    std::string field;       // the input's name
    std::string filename;    // as the browser named it (never used as a path)
    std::string contentType; // as the browser declared it (the content decides, not this)
    std::string bytes;
};

// One request as the handlers see it: parsed, size-limited, with the caller resolved (if any).
struct Request
{
    std::string method;
    std::string path; // decoded path, without the query
    std::map<std::string, std::string> query;
    std::map<std::string, std::string> headers; // lower-case names
    std::map<std::string, std::string> cookies;
    std::string body;
    std::string clientAddress;
    bool secure = false;                       // TLS (directly or, with server.trust_proxy, at the proxy)
    std::map<std::string, std::string> params; // from the route pattern
    std::string route;     // the pattern of the route that answered ("/api/v1/orders/{id}"), "" if none
    std::string requestId; // X-Request-Id: kept from a trusted proxy or made here; on every log line

    // Filled in before the handler runs.
    std::optional<store::User> user;
    std::optional<store::WebSession> webSession;
    std::optional<store::ApiToken> apiToken;
    std::string sessionToken; // the raw cookie value of a valid session
    std::string lang = "en";

    std::string header(const std::string &lowerName) const;
    std::string queryValue(const std::string &name) const;
    std::string cookieValue(const std::string &name) const;
    std::string param(const std::string &name) const;
    bool isFormPost() const; // application/x-www-form-urlencoded or multipart/form-data
    bool isMultipart() const; // multipart/form-data
    // The form's fields (first value of each name); empty if the body is not a form. A multipart body is
    // read by Poco's HTMLForm: its text fields come here, its files to files().
    const std::map<std::string, std::string> &form() const;
    std::string formValue(const std::string &name) const;
    // The files of a multipart form, in the order sent; parts without a file name are fields, and a file
    // input left empty sends no file. A file part of at most 64 KiB whose name no field has is also read
    // as that field (clients that send every value as a file, see request.cpp).
    const std::vector<FormFile> &files() const;

private:
    void parseForm() const;
    mutable std::optional<std::map<std::string, std::string>> m_form;
    mutable std::vector<FormFile> m_files;
};

// Parses "a=1&b=x+y" (application/x-www-form-urlencoded); the first value of a name wins.
std::map<std::string, std::string> parseUrlEncoded(const std::string &text);
// Parses a Cookie header; the first value of a name wins.
std::map<std::string, std::string> parseCookies(const std::string &header);
std::string urlEncode(const std::string &text);

} // namespace caravan::http
