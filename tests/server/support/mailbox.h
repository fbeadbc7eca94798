#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace caravan::test {

// One message as the mail transport left it: an .eml file of the file transport, or what the SMTP
// sink received. Headers are unfolded, encoded words (RFC 2047) decoded, the body's transfer encoding
// undone.
struct ReceivedMail
{
    std::string file; // the .eml's file name ("" for a parsed string)
    std::string raw;
    std::map<std::string, std::string> headers; // lower-case names
    std::string to;                             // the address of the To header
    std::string subject;
    std::string text;
    std::vector<std::string> links; // every http(s) URL in the text, in order

    std::string header(const std::string &lowerName) const;
    // The first link containing `part` ("" if none).
    std::string link(const std::string &part) const;
};

ReceivedMail parseMail(const std::string &raw);
// Every .eml file in `dir`, oldest first (by name: the file transport names files by time).
std::vector<ReceivedMail> readMailDir(const std::filesystem::path &dir);
// The messages in `dir` addressed to `to` (case-insensitive).
std::vector<ReceivedMail> mailTo(const std::filesystem::path &dir, const std::string &to);
// Waits until at least `count` messages to `to` are in `dir` (delivery runs on the server's mail thread),
// for at most 30 seconds, and returns them all. Fails the test if they do not come.
std::vector<ReceivedMail> waitForMail(const std::filesystem::path &dir, const std::string &to,
                                      std::size_t count = 1);

// The path and query of a link ("http://127.0.0.1:1234/verify-email?token=x" -> "/verify-email?token=x").
std::string pathOf(const std::string &url);

} // namespace caravan::test
