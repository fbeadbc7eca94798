#include "paysim/webhook_sender.h"

#include "core/version.h"
#include "payments/payment_provider.h"
#include "payments/provider_http.h"
#include "payments/webhook_signature.h"

#include <algorithm>

namespace caravan::paysim {

namespace {

constexpr std::int64_t kMaxBackoffMs = 3600 * 1000;

std::uint64_t seedFrom(std::uint64_t seed)
{
    if (seed != 0)
        return seed;
    std::random_device device;
    return (std::uint64_t(device()) << 32) ^ device();
}

} // namespace

WebhookSender::WebhookSender(WebhookSenderOptions options)
    : m_options(std::move(options))
    , m_random(seedFrom(m_options.seed))
{}

WebhookSender::~WebhookSender()
{
    stop();
}

void WebhookSender::start()
{
    std::lock_guard lock(m_mutex);
    if (m_thread.joinable())
        return;
    m_stop = false;
    m_thread = std::thread([this] { run(); });
}

void WebhookSender::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_queue.clear();
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    m_idle.notify_all();
}

void WebhookSender::enqueue(std::vector<Outgoing> batch)
{
    {
        std::lock_guard lock(m_mutex);
        const auto now = std::chrono::steady_clock::now();
        std::vector<Delivery> duplicates;
        std::uniform_real_distribution<double> chance(0.0, 1.0);
        for (auto &event : batch) {
            const auto &url = event.channel == Channel::Stripe ? m_options.stripeUrl : m_options.easyPostUrl;
            Record record{std::move(event), "pending", {Copy{}}};
            const auto index = m_records.size();
            if (url.empty()) {
                record.status = "no_endpoint";
                record.copies.front().status = "no_endpoint";
                m_records.push_back(std::move(record));
                continue;
            }
            m_queue.push_back({index, 0, 0, now});
            if (m_options.duplicateRate > 0 && chance(m_random) < m_options.duplicateRate) {
                record.copies.emplace_back();
                duplicates.push_back({index, 1, 0, now});
            }
            m_records.push_back(std::move(record));
        }
        // A duplicate comes after the batch it belongs to, as a redelivery would.
        m_queue.insert(m_queue.end(), duplicates.begin(), duplicates.end());
    }
    m_wake.notify_all();
}

bool WebhookSender::flush(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    return m_idle.wait_for(lock, timeout, [this] { return m_stop || (m_queue.empty() && m_inFlight == 0); });
}

std::size_t WebhookSender::pending() const
{
    std::lock_guard lock(m_mutex);
    return m_queue.size() + m_inFlight;
}

int WebhookSender::post(const Outgoing &event, std::string &error) const
{
    payments::HttpCall call;
    call.method = "POST";
    call.timeoutSeconds = m_options.timeoutSeconds;
    call.contentType = "application/json; charset=utf-8";
    call.body = event.body;
    call.headers = {{"User-Agent", std::string("caravan-paysim/") + kVersion + " (SANDBOX)"}};
    if (event.channel == Channel::Stripe) {
        call.url = m_options.stripeUrl;
        call.headers.emplace_back(
            "Stripe-Signature",
            payments::stripeSignatureHeader(m_options.stripeSecret, SandboxState::now(), event.body));
    } else {
        call.url = m_options.easyPostUrl;
        call.headers.emplace_back(payments::kEasyPostSignatureHeader,
                                  payments::easyPostSignature(m_options.easyPostSecret, event.body));
    }
    try {
        const auto answer = payments::sendHttp(call);
        if (answer.status < 200 || answer.status >= 300)
            error = "HTTP " + std::to_string(answer.status);
        return answer.status;
    } catch (const payments::ProviderError &e) {
        error = e.what();
        return 0;
    }
}

void WebhookSender::settle(Record &record)
{
    bool pending = false, failed = false;
    for (const auto &copy : record.copies) {
        pending = pending || copy.status == "pending";
        failed = failed || copy.status == "failed";
    }
    record.status = pending ? "pending" : failed ? "failed" : "delivered";
}

void WebhookSender::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        if (m_queue.empty()) {
            m_wake.wait(lock);
            continue;
        }
        const auto now = std::chrono::steady_clock::now();
        std::vector<Delivery> due;
        auto earliest = std::chrono::steady_clock::time_point::max();
        for (auto it = m_queue.begin(); it != m_queue.end();) {
            if (it->due <= now) {
                due.push_back(*it);
                it = m_queue.erase(it);
            } else {
                earliest = std::min(earliest, it->due);
                ++it;
            }
        }
        if (due.empty()) {
            m_wake.wait_until(lock, earliest);
            continue;
        }
        if (m_options.reorder)
            std::shuffle(due.begin(), due.end(), m_random);
        m_inFlight += due.size();
        for (auto &delivery : due) {
            const Outgoing event = m_records[delivery.record].event;
            lock.unlock();
            std::string error;
            const int status = post(event, error);
            lock.lock();
            --m_inFlight;
            if (m_stop)
                continue;
            ++delivery.attempts;
            auto &record = m_records[delivery.record];
            auto &copy = record.copies[delivery.copy];
            copy.attempts.push_back({{"at", SandboxState::nowMs()},
                                     {"http_status", status},
                                     {"error", error.empty() ? json() : json(error)}});
            if (error.empty()) {
                copy.status = "delivered";
            } else if (delivery.attempts >= m_options.maxAttempts) {
                copy.status = "failed";
            } else {
                const auto backoff =
                    std::min<std::int64_t>(kMaxBackoffMs, std::int64_t(m_options.retryBaseMs)
                                                              << std::min(delivery.attempts - 1, 20));
                delivery.due = std::chrono::steady_clock::now() + std::chrono::milliseconds(backoff);
                m_queue.push_back(delivery);
            }
            settle(record);
        }
        m_idle.notify_all();
    }
    m_idle.notify_all();
}

json WebhookSender::report() const
{
    std::lock_guard lock(m_mutex);
    json out = json::array();
    for (const auto &record : m_records) {
        json copies = json::array();
        for (const auto &copy : record.copies)
            copies.push_back({{"status", copy.status}, {"attempts", copy.attempts}});
        out.push_back({{"id", record.event.eventId},
                       {"type", record.event.type},
                       {"channel", record.event.channel == Channel::Stripe ? "stripe" : "easypost"},
                       {"status", record.status},
                       {"copies", copies}});
    }
    return out;
}

} // namespace caravan::paysim
