#include "mail/file_transport.h"

#include <Poco/DateTimeFormatter.h>
#include <Poco/Timestamp.h>
#include <cstdio>
#include <fstream>

namespace caravan::mail {

FileTransport::FileTransport(std::filesystem::path dir, std::string from)
    : m_dir(std::move(dir))
    , m_from(std::move(from))
{}

void FileTransport::send(const Mail &mail)
{
    const auto text = toRfc5322(mail, m_from);
    std::error_code ec;
    std::filesystem::create_directories(m_dir, ec);
    std::filesystem::permissions(m_dir, std::filesystem::perms::owner_all, std::filesystem::perm_options::replace,
                                 ec);
    char counter[16];
    std::snprintf(counter, sizeof counter, "%06llu", static_cast<unsigned long long>(++m_counter % 1000000));
    const auto stem = Poco::DateTimeFormatter::format(Poco::Timestamp(), "%Y%m%dT%H%M%S%F") + "-" + counter;
    const auto temporary = m_dir / (stem + ".tmp");
    const auto final = m_dir / (stem + ".eml");
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << text;
        out.close();
        if (!out)
            throw MailError("cannot write " + temporary.string());
    }
    std::filesystem::rename(temporary, final, ec);
    if (ec)
        throw MailError("cannot rename " + temporary.string() + ": " + ec.message());
}

} // namespace caravan::mail
