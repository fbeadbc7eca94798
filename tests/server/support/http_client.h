#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace caravan::test {

struct HttpResponse
{
    int status = 0;
    std::string body;
    std::multimap<std::string, std::string> headers; // lower-case names
    std::string header(const std::string &lowerName) const;
    std::vector<std::string> all(const std::string &lowerName) const;
};

// A small browser: talks HTTP/1.1 to 127.0.0.1:port and keeps cookies.
class Client
{
public:
    explicit Client(std::uint16_t port)
        : m_port(port)
    {}

    HttpResponse get(const std::string &path, const std::map<std::string, std::string> &headers = {});
    HttpResponse postForm(const std::string &path, const std::map<std::string, std::string> &fields);
    // A multipart/form-data POST, as a browser sends a form with <input type="file">: `files` are
    // (field, file name, bytes), sent as image/jpeg.
    struct FilePart
    {
        std::string field;
        std::string filename;
        std::string bytes;
    };
    HttpResponse postMultipart(const std::string &path, const std::map<std::string, std::string> &fields,
                               const std::vector<FilePart> &files);
    HttpResponse postJson(const std::string &path, const std::string &json,
                          const std::map<std::string, std::string> &headers = {});
    HttpResponse request(const std::string &method, const std::string &path, const std::string &body,
                         const std::string &contentType,
                         const std::map<std::string, std::string> &headers = {});

    std::string cookie(const std::string &name) const;
    void setCookie(const std::string &name, const std::string &value) { m_cookies[name] = value; }
    void clearCookies() { m_cookies.clear(); }

    // Loads the page and returns the csrf_token of its first form.
    std::string csrfToken(const std::string &pagePath);
    // Registers through the web form (fresh CSRF token) and, when the form is accepted, signs in with the
    // same email and password (registration itself signs no one in: it answers the same whether or not
    // the address is taken). Returns the sign-in's response, or the refused form's.
    HttpResponse registerAccount(const std::string &email, const std::string &password,
                                 const std::string &name = "Test User", const std::string &country = "DE",
                                 const std::map<std::string, std::string> &extra = {});
    // Only the registration form's POST (fresh CSRF token); returns its response.
    HttpResponse submitRegistration(const std::string &email, const std::string &password,
                                    const std::string &name = "Test User", const std::string &country = "DE",
                                    const std::map<std::string, std::string> &extra = {});
    HttpResponse signIn(const std::string &email, const std::string &password);

private:
    std::uint16_t m_port;
    std::map<std::string, std::string> m_cookies;
};

std::string extractCsrf(const std::string &html);
std::string formEncode(const std::map<std::string, std::string> &fields);

} // namespace caravan::test
