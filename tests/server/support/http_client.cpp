#include "support/http_client.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>
#include <sstream>

namespace caravan::test {

std::string HttpResponse::header(const std::string &lowerName) const
{
    const auto it = headers.find(lowerName);
    return it == headers.end() ? std::string() : it->second;
}

std::vector<std::string> HttpResponse::all(const std::string &lowerName) const
{
    std::vector<std::string> out;
    for (auto [b, e] = headers.equal_range(lowerName); b != e; ++b)
        out.push_back(b->second);
    return out;
}

std::string formEncode(const std::map<std::string, std::string> &fields)
{
    std::string out;
    for (const auto &[k, v] : fields) {
        std::string ek, ev;
        Poco::URI::encode(k, "!#$&'()*+,/:;=?@[]", ek);
        Poco::URI::encode(v, "!#$&'()*+,/:;=?@[]", ev);
        out += (out.empty() ? "" : "&") + ek + "=" + ev;
    }
    return out;
}

std::string extractCsrf(const std::string &html)
{
    const std::string marker = "name=\"csrf_token\" value=\"";
    const auto pos = html.find(marker);
    if (pos == std::string::npos)
        return {};
    const auto start = pos + marker.size();
    return html.substr(start, html.find('"', start) - start);
}

HttpResponse Client::request(const std::string &method, const std::string &path, const std::string &body,
                             const std::string &contentType,
                             const std::map<std::string, std::string> &headers)
{
    Poco::Net::HTTPClientSession session("127.0.0.1", m_port);
    session.setTimeout(Poco::Timespan(30, 0));
    Poco::Net::HTTPRequest req(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    if (!m_cookies.empty()) {
        std::string cookieHeader;
        for (const auto &[k, v] : m_cookies)
            cookieHeader += (cookieHeader.empty() ? "" : "; ") + k + "=" + v;
        req.set("Cookie", cookieHeader);
    }
    for (const auto &[k, v] : headers)
        req.set(k, v);
    if (!contentType.empty())
        req.setContentType(contentType);
    if (!body.empty() || method == "POST" || method == "PUT")
        req.setContentLength(static_cast<std::streamsize>(body.size()));
    auto &out = session.sendRequest(req);
    out << body;
    Poco::Net::HTTPResponse resp;
    auto &in = session.receiveResponse(resp);
    HttpResponse r;
    r.status = resp.getStatus();
    std::ostringstream buf;
    Poco::StreamCopier::copyStream(in, buf);
    r.body = buf.str();
    // A server killed while writing leaves a short body: that is no answer, as a browser would see it.
    if (method != "HEAD" && r.status != 304 && resp.hasContentLength() &&
        static_cast<std::int64_t>(r.body.size()) < resp.getContentLength64())
        throw std::runtime_error("the response ended after " + std::to_string(r.body.size()) + " of " +
                                 std::to_string(resp.getContentLength64()) + " bytes");
    for (const auto &[k, v] : resp) {
        std::string lower = k;
        for (auto &c : lower)
            c = char(std::tolower(static_cast<unsigned char>(c)));
        r.headers.emplace(lower, v);
    }
    for (const auto &setCookie : r.all("set-cookie")) {
        const auto eq = setCookie.find('=');
        const auto semi = setCookie.find(';');
        const auto name = setCookie.substr(0, eq);
        const auto value =
            setCookie.substr(eq + 1, semi == std::string::npos ? std::string::npos : semi - eq - 1);
        if (setCookie.find("Max-Age=0") != std::string::npos)
            m_cookies.erase(name);
        else
            m_cookies[name] = value;
    }
    return r;
}

HttpResponse Client::get(const std::string &path, const std::map<std::string, std::string> &headers)
{
    return request("GET", path, "", "", headers);
}

HttpResponse Client::postForm(const std::string &path, const std::map<std::string, std::string> &fields)
{
    return request("POST", path, formEncode(fields), "application/x-www-form-urlencoded");
}

HttpResponse Client::postMultipart(const std::string &path, const std::map<std::string, std::string> &fields,
                                   const std::vector<FilePart> &files)
{
    const std::string boundary = "----caravan-test-boundary-7MA4YWxkTrZu0gW";
    std::string body;
    for (const auto &[name, value] : fields)
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    for (const auto &f : files)
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.field + "\"; filename=\"" +
                f.filename + "\"\r\nContent-Type: image/jpeg\r\n\r\n" + f.bytes + "\r\n";
    body += "--" + boundary + "--\r\n";
    return request("POST", path, body, "multipart/form-data; boundary=" + boundary);
}

HttpResponse Client::postJson(const std::string &path, const std::string &json,
                              const std::map<std::string, std::string> &headers)
{
    return request("POST", path, json, "application/json", headers);
}

std::string Client::cookie(const std::string &name) const
{
    const auto it = m_cookies.find(name);
    return it == m_cookies.end() ? std::string() : it->second;
}

std::string Client::csrfToken(const std::string &pagePath)
{
    return extractCsrf(get(pagePath).body);
}

HttpResponse Client::registerAccount(const std::string &email, const std::string &password,
                                     const std::string &name, const std::string &country,
                                     const std::map<std::string, std::string> &extra)
{
    auto r = submitRegistration(email, password, name, country, extra);
    return r.status == 303 ? signIn(email, password) : r;
}

HttpResponse Client::submitRegistration(const std::string &email, const std::string &password,
                                        const std::string &name, const std::string &country,
                                        const std::map<std::string, std::string> &extra)
{
    std::map<std::string, std::string> fields{{"csrf_token", csrfToken("/register")},
                                              {"email", email},
                                              {"display_name", name},
                                              {"country", country},
                                              {"password", password}};
    for (const auto &[k, v] : extra)
        fields[k] = v;
    return postForm("/register", fields);
}

HttpResponse Client::signIn(const std::string &email, const std::string &password)
{
    return postForm("/signin",
                    {{"csrf_token", csrfToken("/signin")}, {"email", email}, {"password", password}});
}

} // namespace caravan::test
