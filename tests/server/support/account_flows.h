#pragma once

#include "support/http_client.h"
#include "support/mailbox.h"
#include "support/test_env.h"

#include <string>

namespace caravan::test {

// The value of the first <input name="name" value="..."> in the page ("" if none), HTML entities undone.
std::string inputValue(const std::string &html, const std::string &name);

// The mail folder of the file transport.
std::filesystem::path mailDir(TestServer &ts);

// Opens a verification link (GET shows the page) and presses its button. Returns the POST's response.
HttpResponse confirmEmail(Client &browser, const std::string &link);

// Registers through the form, confirms the address with the link from the file transport and signs in.
void registerVerified(Client &browser, TestServer &ts, const std::string &email, const std::string &password,
                      const std::string &name = "Test User", const std::string &country = "DE");

} // namespace caravan::test
