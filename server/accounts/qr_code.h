#pragma once

#include <string>
#include <vector>

// QR codes of the staff second factor's otpauth:// URI (libqrencode), for an authenticator app to scan:
// as an SVG image (the sign-in answer, shown by the desktop app) and as text for a terminal
// (caravan-cli user add --role staff).
namespace caravan::accounts {

// The modules of the QR code of `text` (error correction level M, 8-bit mode), row by row, true = dark.
// Throws std::runtime_error if the text does not fit a QR code.
std::vector<std::vector<bool>> qrModules(const std::string &text);
// An SVG with a 4-module quiet zone, one path of the dark modules, `moduleSize` user units a module.
std::string qrSvg(const std::string &text, int moduleSize = 4);
// Two module rows per line with the Unicode half blocks, dark modules printed as spaces on a light
// quiet zone, so the code scans from a dark or a light terminal alike.
std::string qrTerminal(const std::string &text);

} // namespace caravan::accounts
