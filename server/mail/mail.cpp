#include "mail/mail.h"

#include <Poco/Base64Encoder.h>
#include <Poco/Net/MailMessage.h>
#include <Poco/Net/MailRecipient.h>
#include <Poco/Timestamp.h>
#include <algorithm>
#include <sstream>

namespace caravan::mail {

namespace {

void requireOneLine(const std::string &value, const char *what)
{
    if (value.find_first_of("\r\n") != std::string::npos)
        throw MailError(std::string("the mail's ") + what + " holds a line break");
}

std::string withCrLf(const std::string &text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 40);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r'))
            out += '\r';
        out += text[i];
    }
    return out;
}

// RFC 2047: a header text that is not plain printable ASCII as "B" encoded words of whole UTF-8
// characters, each line short enough to fold cleanly. (Poco 1.11's MailMessage::encodeWord can end a
// header with an empty folded line.)
std::string encodeHeaderText(const std::string &text)
{
    const bool plain = std::all_of(text.begin(), text.end(), [](char c) {
        return static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7f;
    });
    if (plain && text.find("=?") == std::string::npos && text.size() <= 900)
        return text;
    constexpr std::size_t kChunk = 39; // bytes: 52 characters of base64, 64 with the markers
    std::string out;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = std::min(text.size(), start + kChunk);
        while (end < text.size() && end > start && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
            --end; // never split a character
        std::ostringstream encoded;
        Poco::Base64Encoder base64(encoded);
        base64.rdbuf()->setLineLength(0);
        base64 << text.substr(start, end - start);
        base64.close();
        out += (out.empty() ? "" : "\r\n ") + std::string("=?UTF-8?B?") + encoded.str() + "?=";
        start = end;
    }
    return out;
}

} // namespace

std::string addressOf(const std::string &mailbox)
{
    const auto lt = mailbox.rfind('<');
    const auto gt = mailbox.rfind('>');
    if (lt != std::string::npos && gt != std::string::npos && gt > lt)
        return mailbox.substr(lt + 1, gt - lt - 1);
    return mailbox;
}

std::string domainOf(const std::string &mailbox)
{
    const auto address = addressOf(mailbox);
    const auto at = address.rfind('@');
    return at == std::string::npos ? std::string("localhost") : address.substr(at + 1);
}

void compose(const Mail &mail, const std::string &from, Poco::Net::MailMessage &out)
{
    requireOneLine(mail.to, "recipient");
    requireOneLine(mail.subject, "subject");
    requireOneLine(from, "sender");
    requireOneLine(mail.messageId, "Message-ID");
    out.setSender(from);
    out.addRecipient(Poco::Net::MailRecipient(Poco::Net::MailRecipient::PRIMARY_RECIPIENT, mail.to));
    out.setSubject(encodeHeaderText(mail.subject));
    out.setDate(Poco::Timestamp::fromEpochTime(static_cast<std::time_t>(mail.createdAt)));
    out.set("Message-ID", "<" + mail.messageId + ">");
    out.set("Content-Language", mail.language == "zh_CN" ? "zh-CN" : mail.language);
    out.set("Auto-Submitted", "auto-generated");
    out.setContentType("text/plain; charset=UTF-8");
    out.setContent(withCrLf(mail.text), Poco::Net::MailMessage::ENCODING_QUOTED_PRINTABLE);
}

std::string toRfc5322(const Mail &mail, const std::string &from)
{
    Poco::Net::MailMessage message;
    compose(mail, from, message);
    std::ostringstream out;
    message.write(out);
    return out.str();
}

} // namespace caravan::mail
