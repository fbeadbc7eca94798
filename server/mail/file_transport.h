#pragma once

#include "mail/mail.h"

#include <atomic>
#include <filesystem>

namespace caravan::mail {

// Writes each message as an RFC 5322 .eml file into a folder (mail.transport = file): for demo and tests,
// and to look at what would be sent. Files are named <UTC time>-<counter>.eml, so names sort in sending
// order, and appear complete (written to a temporary name, then renamed). The folder is readable only by
// the server's user: the messages hold sign-in links.
class FileTransport : public Mailer
{
public:
    FileTransport(std::filesystem::path dir, std::string from);
    void send(const Mail &mail) override;
    std::string name() const override { return "file"; }
    const std::filesystem::path &dir() const { return m_dir; }

private:
    std::filesystem::path m_dir;
    std::string m_from;
    std::atomic<std::uint64_t> m_counter{0};
};

} // namespace caravan::mail
