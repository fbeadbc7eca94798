#pragma once

#include <cstddef>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

// A streaming RFC 4180 reader and writer. The reader pulls the input in fixed-size chunks, so a file of
// any size is read with constant memory apart from the current record.
namespace caravan::listing::csv {

struct Record
{
    std::vector<std::string> fields;
    std::size_t line = 0;    // physical line (1-based) on which the record starts
    std::size_t endLine = 0; // physical line on which it ends (differs when a quoted field holds newlines)
    std::string error;       // empty, or a code: csv_unterminated_quote, csv_bad_quote, csv_stray_quote
};

class Reader
{
public:
    explicit Reader(std::istream &in);

    // Reads the next record into `out`. Returns false at the end of the input. A malformed record is
    // still returned (with `error` set and whatever fields were read); reading continues on the next line.
    // Blank lines are skipped. A UTF-8 byte-order mark at the very start is dropped.
    bool next(Record &out);

private:
    int peek();
    int get();
    bool refill();
    void skipRestOfLine();

    std::istream &in_;
    std::vector<char> buf_;
    std::size_t pos_ = 0;
    std::size_t end_ = 0;
    std::size_t line_ = 1;
    bool started_ = false;
};

// Appends one field, quoted when it holds a comma, quote, CR or LF.
void appendField(std::string &out, std::string_view field);
// Writes one record terminated by CRLF.
void writeRecord(std::ostream &out, const std::vector<std::string> &fields);

} // namespace caravan::listing::csv
