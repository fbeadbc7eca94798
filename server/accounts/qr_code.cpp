#include "accounts/qr_code.h"

#include <memory>
#include <qrencode.h>
#include <stdexcept>

namespace caravan::accounts {

namespace {
constexpr int kQuietZone = 4;
}

std::vector<std::vector<bool>> qrModules(const std::string &text)
{
    const std::unique_ptr<QRcode, void (*)(QRcode *)> code(
        QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M), QRcode_free);
    if (!code)
        throw std::runtime_error("the text does not fit a QR code");
    const auto width = static_cast<std::size_t>(code->width);
    std::vector<std::vector<bool>> rows(width, std::vector<bool>(width));
    for (std::size_t y = 0; y < width; ++y)
        for (std::size_t x = 0; x < width; ++x)
            rows[y][x] = (code->data[y * width + x] & 1) != 0; // bit 0: dark
    return rows;
}

std::string qrSvg(const std::string &text, int moduleSize)
{
    const auto modules = qrModules(text);
    const int size = (static_cast<int>(modules.size()) + 2 * kQuietZone) * moduleSize;
    const auto s = std::to_string(size);
    std::string path;
    for (std::size_t y = 0; y < modules.size(); ++y)
        for (std::size_t x = 0; x < modules.size(); ++x)
            if (modules[y][x])
                path += "M" + std::to_string((static_cast<int>(x) + kQuietZone) * moduleSize) + " " +
                        std::to_string((static_cast<int>(y) + kQuietZone) * moduleSize) + "h" +
                        std::to_string(moduleSize) + "v" + std::to_string(moduleSize) + "h-" +
                        std::to_string(moduleSize) + "z";
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + s + "\" height=\"" + s + "\" viewBox=\"0 0 " +
           s + " " + s + "\" shape-rendering=\"crispEdges\"><rect width=\"" + s + "\" height=\"" + s +
           "\" fill=\"#ffffff\"/><path fill=\"#000000\" d=\"" + path + "\"/></svg>";
}

std::string qrTerminal(const std::string &text)
{
    const auto modules = qrModules(text);
    const int width = static_cast<int>(modules.size());
    const auto dark = [&](int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < width &&
               modules[static_cast<std::size_t>(y)][static_cast<std::size_t>(x)];
    };
    std::string out;
    // Light is drawn, dark is left blank: the upper half block lights the top module, the lower one the
    // bottom module, the full block both.
    for (int y = -kQuietZone; y < width + kQuietZone; y += 2) {
        for (int x = -kQuietZone; x < width + kQuietZone; ++x) {
            const bool top = !dark(x, y), bottom = !dark(x, y + 1) && y + 1 < width + kQuietZone;
            out += top && bottom ? "\u2588" : top ? "\u2580" : bottom ? "\u2584" : " ";
        }
        out += '\n';
    }
    return out;
}

} // namespace caravan::accounts
