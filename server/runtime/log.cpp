#include "runtime/log.h"

#include <Poco/DateTimeFormatter.h>
#include <Poco/Timestamp.h>
#include <atomic>
#include <iostream>
#include <mutex>
#include <stdexcept>
#include <utility>

namespace caravan::server {

namespace {
std::mutex g_mutex;
LogSink g_sink;
std::atomic<int> g_minimum{static_cast<int>(LogLevel::Info)};
thread_local std::string t_requestId;

const char *levelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return "debug";
    case LogLevel::Info:
        return "info";
    case LogLevel::Warn:
        return "warn";
    case LogLevel::Error:
        return "error";
    }
    return "info";
}

// Values with spaces, quotes, '=' or control characters are quoted, with \" \\ \n escapes.
void appendValue(std::string &out, std::string_view value)
{
    bool quote = value.empty();
    for (char c : value)
        if (c == ' ' || c == '"' || c == '=' || c == '\\' || static_cast<unsigned char>(c) < 0x20)
            quote = true;
    if (!quote) {
        out += value;
        return;
    }
    out += '"';
    for (char c : value) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (static_cast<unsigned char>(c) < 0x20) {
            out += ' ';
        } else {
            out += c;
        }
    }
    out += '"';
}
} // namespace

void logEvent(LogLevel level, std::string_view event, std::initializer_list<LogField> fields)
{
    if (static_cast<int>(level) < g_minimum.load())
        return;
    std::string line = "ts=" + Poco::DateTimeFormatter::format(Poco::Timestamp(), "%Y-%m-%dT%H:%M:%S.%iZ");
    line += " level=";
    line += levelName(level);
    line += " event=";
    appendValue(line, event);
    for (const auto &[key, value] : fields) {
        line += ' ';
        line += key;
        line += '=';
        appendValue(line, value);
    }
    if (!t_requestId.empty()) {
        line += " request_id=";
        appendValue(line, t_requestId);
    }
    std::lock_guard lock(g_mutex);
    if (g_sink)
        g_sink(line);
    else
        std::cerr << line << std::endl;
}

void setLogSink(LogSink sink)
{
    std::lock_guard lock(g_mutex);
    g_sink = std::move(sink);
}

void setLogLevel(LogLevel minimum)
{
    g_minimum = static_cast<int>(minimum);
}

LogRequestScope::LogRequestScope(std::string requestId)
    : m_previous(std::exchange(t_requestId, std::move(requestId)))
{}

LogRequestScope::~LogRequestScope()
{
    t_requestId = std::move(m_previous);
}

const std::string &currentRequestId()
{
    return t_requestId;
}

LogLevel parseLogLevel(const std::string &name)
{
    if (name == "debug")
        return LogLevel::Debug;
    if (name == "info")
        return LogLevel::Info;
    if (name == "warn" || name == "warning")
        return LogLevel::Warn;
    if (name == "error")
        return LogLevel::Error;
    throw std::invalid_argument("unknown log level '" + name + "' (debug, info, warn, error)");
}

} // namespace caravan::server
