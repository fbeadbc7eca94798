#include "http/request.h"

#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/Net/PartHandler.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <sstream>

namespace caravan::http {

std::string lowerAscii(std::string s)
{
    for (auto &c : s)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return s;
}

namespace {
// One name or value of application/x-www-form-urlencoded text: '+' is a space, then %XX escapes.
std::string decodeComponent(std::string s)
{
    for (auto &c : s)
        if (c == '+')
            c = ' ';
    std::string out;
    try {
        Poco::URI::decode(s, out, true);
    } catch (const Poco::Exception &) {
        out.clear();
    }
    return out;
}

std::string trim(const std::string &s)
{
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string::npos)
        return {};
    const auto e = s.find_last_not_of(" \t");
    return s.substr(b, e - b + 1);
}
} // namespace

std::map<std::string, std::string> parseUrlEncoded(const std::string &text)
{
    std::map<std::string, std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('&', start);
        if (end == std::string::npos)
            end = text.size();
        const auto pair = text.substr(start, end - start);
        if (!pair.empty()) {
            const auto eq = pair.find('=');
            const auto name = decodeComponent(pair.substr(0, eq));
            const auto value = eq == std::string::npos ? std::string() : decodeComponent(pair.substr(eq + 1));
            out.emplace(name, value);
        }
        start = end + 1;
    }
    return out;
}

std::map<std::string, std::string> parseCookies(const std::string &header)
{
    std::map<std::string, std::string> out;
    std::size_t start = 0;
    while (start < header.size()) {
        auto end = header.find(';', start);
        if (end == std::string::npos)
            end = header.size();
        const auto pair = header.substr(start, end - start);
        const auto eq = pair.find('=');
        if (eq != std::string::npos)
            out.emplace(trim(pair.substr(0, eq)), trim(pair.substr(eq + 1)));
        start = end + 1;
    }
    return out;
}

std::string urlEncode(const std::string &text)
{
    std::string out;
    Poco::URI::encode(text, "!#$&'()*+,/:;=?@[]%\"<>", out);
    return out;
}

std::string Request::header(const std::string &lowerName) const
{
    const auto it = headers.find(lowerName);
    return it == headers.end() ? std::string() : it->second;
}

std::string Request::queryValue(const std::string &name) const
{
    const auto it = query.find(name);
    return it == query.end() ? std::string() : it->second;
}

std::string Request::cookieValue(const std::string &name) const
{
    const auto it = cookies.find(name);
    return it == cookies.end() ? std::string() : it->second;
}

std::string Request::param(const std::string &name) const
{
    const auto it = params.find(name);
    return it == params.end() ? std::string() : it->second;
}

bool Request::isFormPost() const
{
    const auto type = lowerAscii(header("content-type"));
    return type.rfind("application/x-www-form-urlencoded", 0) == 0 || isMultipart();
}

bool Request::isMultipart() const
{
    return lowerAscii(header("content-type")).rfind("multipart/form-data", 0) == 0;
}

namespace {

// Keeps each file part of a multipart form in memory (the dispatcher already bounded the body).
class KeepFiles final : public Poco::Net::PartHandler
{
public:
    explicit KeepFiles(std::vector<FormFile> &files)
        : m_files(files)
    {}
    void handlePart(const Poco::Net::MessageHeader &header, std::istream &stream) override
    {
        std::string disposition;
        Poco::Net::NameValueCollection params;
        Poco::Net::MessageHeader::splitParameters(header.get("Content-Disposition", ""), disposition, params);
        FormFile f;
        f.field = params.get("name", "");
        f.filename = params.get("filename", "");
        f.contentType = header.get("Content-Type", "");
        Poco::StreamCopier::copyToString(stream, f.bytes);
        if (!f.filename.empty() || !f.bytes.empty()) // an empty file input sends neither
            m_files.push_back(std::move(f));
    }

private:
    std::vector<FormFile> &m_files;
};

} // namespace

void Request::parseForm() const
{
    m_form.emplace();
    if (isMultipart()) {
        Poco::Net::HTTPRequest head(Poco::Net::HTTPRequest::HTTP_POST, "/");
        head.setContentType(header("content-type"));
        std::istringstream in(body);
        KeepFiles keep(m_files);
        try {
            Poco::Net::HTMLForm html;
            html.load(head, in, keep);
            for (const auto &[name, value] : html)
                m_form->emplace(name, value); // the first value of a name wins
            // Some clients send every value of a multipart form as a file part (Python's requests with
            // files=, which scanners use): a file part whose name no field has also gives that field its
            // text, so the CSRF token and the text arrive however they were sent. The part stays a file
            // too; what reads photos reads the bytes, never this text.
            for (const auto &f : m_files)
                if (!m_form->count(f.field) && f.bytes.size() <= 64 * 1024)
                    m_form->emplace(f.field, f.bytes);
        } catch (const Poco::Exception &) {
            m_form->clear(); // a malformed body is no form: the CSRF check refuses it
            m_files.clear();
        }
    } else if (isFormPost()) {
        *m_form = parseUrlEncoded(body);
    }
}

const std::map<std::string, std::string> &Request::form() const
{
    if (!m_form)
        parseForm();
    return *m_form;
}

const std::vector<FormFile> &Request::files() const
{
    form();
    return m_files;
}

std::string Request::formValue(const std::string &name) const
{
    const auto &f = form();
    const auto it = f.find(name);
    return it == f.end() ? std::string() : it->second;
}

} // namespace caravan::http
