#include "payments/form_encoding.h"

#include "payments/provider_http.h"

#include <stdexcept>

namespace caravan::payments {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::string decodeComponent(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%') {
            if (i + 2 >= text.size())
                throw std::invalid_argument("a form field ends in the middle of a % escape");
            const int hi = hexValue(text[i + 1]);
            const int lo = hexValue(text[i + 2]);
            if (hi < 0 || lo < 0)
                throw std::invalid_argument("a form field has a bad % escape");
            out += char(hi * 16 + lo);
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

// "a[b][0][]" -> {"a", "b", "0", ""}.
std::vector<std::string> keyPath(const std::string &key)
{
    std::vector<std::string> path;
    const auto open = key.find('[');
    path.push_back(key.substr(0, open));
    if (path.front().empty())
        throw std::invalid_argument("the form key '" + key + "' has no name");
    std::size_t pos = open;
    while (pos != std::string::npos && pos < key.size()) {
        if (key[pos] != '[')
            throw std::invalid_argument("the form key '" + key + "' has text after a ']'");
        const auto close = key.find(']', pos);
        if (close == std::string::npos)
            throw std::invalid_argument("the form key '" + key + "' has an unbalanced '['");
        const auto segment = key.substr(pos + 1, close - pos - 1);
        if (segment.find('[') != std::string::npos)
            throw std::invalid_argument("the form key '" + key + "' has an unbalanced '['");
        path.push_back(segment);
        pos = close + 1;
    }
    if (key.find(']') != std::string::npos && open == std::string::npos)
        throw std::invalid_argument("the form key '" + key + "' has an unbalanced ']'");
    return path;
}

bool isIndex(const std::string &segment)
{
    if (segment.empty())
        return false;
    for (char c : segment)
        if (c < '0' || c > '9')
            return false;
    return true;
}

// The child of `node` named by `segment`, created as an object or array as `next` asks.
nlohmann::json &child(nlohmann::json &node, const std::string &segment, const std::string &key)
{
    if (segment.empty()) {
        if (!node.is_array())
            throw std::invalid_argument("the form key '" + key + "' mixes [] with named keys");
        node.push_back(nullptr);
        return node.back();
    }
    if (node.is_array()) {
        if (!isIndex(segment))
            throw std::invalid_argument("the form key '" + key + "' mixes a list with named keys");
        if (segment.size() > 3)
            throw std::invalid_argument("the form key '" + key + "' has an index above 999");
        const auto index = static_cast<std::size_t>(std::stoul(segment));
        while (node.size() <= index)
            node.push_back(nullptr);
        return node[index];
    }
    return node[segment];
}

} // namespace

std::string encodeForm(const FormFields &fields)
{
    std::string out;
    for (const auto &[name, value] : fields) {
        if (!out.empty())
            out += '&';
        out += percentEncode(name);
        out += '=';
        out += percentEncode(value);
    }
    return out;
}

FormFields decodeForm(std::string_view body)
{
    FormFields out;
    std::size_t start = 0;
    while (start <= body.size()) {
        auto end = body.find('&', start);
        if (end == std::string_view::npos)
            end = body.size();
        const auto pair = body.substr(start, end - start);
        if (!pair.empty()) {
            const auto eq = pair.find('=');
            out.emplace_back(decodeComponent(pair.substr(0, eq)), eq == std::string_view::npos
                                                                      ? std::string()
                                                                      : decodeComponent(pair.substr(eq + 1)));
        }
        start = end + 1;
    }
    return out;
}

nlohmann::json nestForm(const FormFields &fields)
{
    nlohmann::json root = nlohmann::json::object();
    for (const auto &[key, value] : fields) {
        const auto path = keyPath(key);
        nlohmann::json *node = &root;
        for (std::size_t i = 0; i < path.size(); ++i) {
            nlohmann::json &next = child(*node, path[i], key);
            if (i + 1 == path.size()) {
                if (!next.is_null())
                    throw std::invalid_argument("the form key '" + key + "' is given twice");
                next = value;
                break;
            }
            const bool wantArray = path[i + 1].empty() || isIndex(path[i + 1]);
            if (next.is_null())
                next = wantArray ? nlohmann::json::array() : nlohmann::json::object();
            else if (next.is_string() || next.is_array() != wantArray)
                throw std::invalid_argument("the form key '" + key + "' contradicts an earlier key");
            node = &next;
        }
    }
    return root;
}

} // namespace caravan::payments
