#include "listing/csv.h"

namespace caravan::listing::csv {

namespace {
constexpr std::size_t kChunk = 1 << 16;
constexpr int kEof = -1;
} // namespace

Reader::Reader(std::istream &in)
    : in_(in)
    , buf_(kChunk)
{}

bool Reader::refill()
{
    if (!in_)
        return false;
    in_.read(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    end_ = static_cast<std::size_t>(in_.gcount());
    pos_ = 0;
    return end_ > 0;
}

int Reader::peek()
{
    if (pos_ == end_ && !refill())
        return kEof;
    return static_cast<unsigned char>(buf_[pos_]);
}

int Reader::get()
{
    if (pos_ == end_ && !refill())
        return kEof;
    return static_cast<unsigned char>(buf_[pos_++]);
}

void Reader::skipRestOfLine()
{
    for (;;) {
        int c = get();
        if (c == kEof)
            return;
        if (c == '\n') {
            ++line_;
            return;
        }
        if (c == '\r') {
            if (peek() == '\n')
                get();
            ++line_;
            return;
        }
    }
}

bool Reader::next(Record &out)
{
    out.error.clear();
    // Field strings are reused from record to record, so a steady stream of rows allocates nothing.
    std::size_t count = 0;
    auto nextField = [&]() -> std::string & {
        if (count == out.fields.size())
            out.fields.emplace_back();
        std::string &f = out.fields[count++];
        f.clear();
        return f;
    };
    auto finish = [&] { out.fields.resize(count); };

    if (!started_) {
        started_ = true;
        if (peek() == 0xEF) {
            // Only a complete BOM is dropped; anything else is data.
            if (end_ - pos_ >= 3 && static_cast<unsigned char>(buf_[pos_ + 1]) == 0xBB &&
                static_cast<unsigned char>(buf_[pos_ + 2]) == 0xBF)
                pos_ += 3;
        }
    }

    // Skip blank lines.
    for (;;) {
        int c = peek();
        if (c == kEof) {
            out.fields.clear();
            return false;
        }
        if (c == '\n') {
            get();
            ++line_;
            continue;
        }
        if (c == '\r') {
            get();
            if (peek() == '\n')
                get();
            ++line_;
            continue;
        }
        break;
    }

    out.line = line_;
    for (;;) {
        std::string &field = nextField();
        int c = peek();
        if (c == '"') {
            get();
            for (;;) {
                // Fast path: copy up to the next quote or CR straight from the buffer, counting LFs.
                if (pos_ < end_) {
                    const char *p = buf_.data() + pos_;
                    const char *e = buf_.data() + end_;
                    const char *q = p;
                    while (q < e && *q != '"' && *q != '\r') {
                        if (*q == '\n')
                            ++line_;
                        ++q;
                    }
                    field.append(p, q);
                    pos_ += static_cast<std::size_t>(q - p);
                }
                c = get();
                if (c == kEof) {
                    finish();
                    out.error = "csv_unterminated_quote";
                    out.endLine = line_;
                    return true;
                }
                if (c == '"') {
                    if (peek() == '"') {
                        get();
                        field.push_back('"');
                        continue;
                    }
                    break;
                }
                if (c == '\n')
                    ++line_;
                else if (c == '\r' && peek() != '\n')
                    ++line_;
                field.push_back(static_cast<char>(c));
            }
            c = peek();
            if (c != ',' && c != '\n' && c != '\r' && c != kEof) {
                finish();
                out.error = "csv_bad_quote";
                out.endLine = line_;
                skipRestOfLine();
                return true;
            }
        } else {
            // Unquoted field: read up to the next separator; scan the buffer directly for speed.
            for (;;) {
                if (pos_ == end_ && !refill()) {
                    c = kEof;
                    break;
                }
                const char *p = buf_.data() + pos_;
                const char *e = buf_.data() + end_;
                const char *q = p;
                while (q < e && *q != ',' && *q != '\n' && *q != '\r' && *q != '"')
                    ++q;
                field.append(p, q);
                pos_ += static_cast<std::size_t>(q - p);
                if (q < e) {
                    c = static_cast<unsigned char>(*q);
                    break;
                }
            }
            if (c == '"') {
                finish();
                out.error = "csv_stray_quote";
                out.endLine = line_;
                skipRestOfLine();
                return true;
            }
        }
        c = get();
        if (c == ',')
            continue;
        finish();
        out.endLine = line_;
        if (c == '\r') {
            if (peek() == '\n')
                get();
            ++line_;
        } else if (c == '\n') {
            ++line_;
        }
        return true;
    }
}

void appendField(std::string &out, std::string_view field)
{
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
        out.append(field);
        return;
    }
    out.push_back('"');
    for (char ch : field) {
        if (ch == '"')
            out.push_back('"');
        out.push_back(ch);
    }
    out.push_back('"');
}

void writeRecord(std::ostream &out, const std::vector<std::string> &fields)
{
    std::string line;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i)
            line.push_back(',');
        appendField(line, fields[i]);
    }
    line += "\r\n";
    out.write(line.data(), static_cast<std::streamsize>(line.size()));
}

} // namespace caravan::listing::csv
