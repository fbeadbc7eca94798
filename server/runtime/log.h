#pragma once

#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

// Structured log lines: `ts=2025-01-31T12:00:00.123Z level=info event=listening port=8080`.
namespace caravan::server {

enum class LogLevel { Debug = 0, Info = 1, Warn = 2, Error = 3 };

using LogField = std::pair<std::string_view, std::string>;
using LogSink = std::function<void(const std::string &line)>;

void logEvent(LogLevel level, std::string_view event, std::initializer_list<LogField> fields = {});
// Where lines go (default: standard error). Pass nullptr to restore the default.
void setLogSink(LogSink sink);
void setLogLevel(LogLevel minimum);
LogLevel parseLogLevel(const std::string &name); // debug, info, warn, error

// While one lives, every line this thread logs ends with `request_id=<id>` (the dispatcher holds one for
// each request: Poco serves a request on one thread). Scopes nest; the inner one wins until it ends.
class LogRequestScope
{
public:
    explicit LogRequestScope(std::string requestId);
    ~LogRequestScope();
    LogRequestScope(const LogRequestScope &) = delete;
    LogRequestScope &operator=(const LogRequestScope &) = delete;

private:
    std::string m_previous;
};
// The request id of the request this thread is serving ("" outside a request).
const std::string &currentRequestId();

} // namespace caravan::server
