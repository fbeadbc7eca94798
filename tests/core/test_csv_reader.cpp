#include "listing/csv.h"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

using caravan::listing::csv::Reader;
using caravan::listing::csv::Record;

namespace {
std::vector<Record> readAll(const std::string &text)
{
    std::istringstream in(text);
    Reader reader(in);
    std::vector<Record> out;
    Record r;
    while (reader.next(r))
        out.push_back(r);
    return out;
}
} // namespace

TEST_CASE("CSV reader: plain records with CRLF and LF line ends", "[core][csv]")
{
    const auto rows = readAll("a,b,c\r\n1,2,3\n4,,6");
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].fields == std::vector<std::string>{"a", "b", "c"});
    CHECK(rows[1].fields == std::vector<std::string>{"1", "2", "3"});
    CHECK(rows[2].fields == std::vector<std::string>{"4", "", "6"});
    CHECK(rows[2].line == 3);
    for (const auto &r : rows)
        CHECK(r.error.empty());
}

TEST_CASE("CSV reader: quoted fields hold commas, doubled quotes and newlines", "[core][csv]")
{
    const auto rows =
        readAll("id,text\r\n1,\"Hello, \"\"world\"\"\"\r\n2,\"two\r\nlines\nhere\"\r\n3,end\r\n");
    REQUIRE(rows.size() == 4);
    CHECK(rows[1].fields[1] == "Hello, \"world\"");
    CHECK(rows[2].fields[1] == "two\r\nlines\nhere");
    CHECK(rows[2].line == 3);
    CHECK(rows[2].endLine == 5);
    CHECK(rows[3].line == 6); // line numbers keep counting through quoted newlines
}

TEST_CASE("CSV reader: a UTF-8 BOM is dropped, blank lines are skipped", "[core][csv]")
{
    const auto rows = readAll("\xEF\xBB\xBFtitle,price\n\nTeapot \xE8\x8C\xB6,12.50\n\r\n");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].fields[0] == "title");
    CHECK(rows[1].fields[0] == "Teapot \xE8\x8C\xB6");
    CHECK(rows[1].line == 3);
}

TEST_CASE("CSV reader: empty and trailing empty fields are kept", "[core][csv]")
{
    const auto rows = readAll(",,\n\"\",x,\n");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].fields == std::vector<std::string>{"", "", ""});
    CHECK(rows[1].fields == std::vector<std::string>{"", "x", ""});
}

TEST_CASE("CSV reader: malformed quoting is reported on its line and reading goes on", "[core][csv]")
{
    const auto rows = readAll("a,b\n1,x\"y\n2,\"ok\"junk,more\n3,fine\n4,\"never closed\n5,six\n");
    REQUIRE(rows.size() == 5);
    CHECK(rows[1].error == "csv_stray_quote");
    CHECK(rows[1].line == 2);
    CHECK(rows[2].error == "csv_bad_quote");
    CHECK(rows[2].line == 3);
    CHECK(rows[3].error.empty());
    CHECK(rows[3].fields == std::vector<std::string>{"3", "fine"});
    CHECK(rows[4].error == "csv_unterminated_quote");
    CHECK(rows[4].line == 5);
}

TEST_CASE("CSV reader: records larger than the read chunk", "[core][csv]")
{
    const std::string big(200000, 'x');
    const std::string quoted = "\"" + std::string(100000, 'y') + "\"\"" + std::string(100000, 'z') + "\"";
    const auto rows = readAll("h1,h2\n" + big + "," + quoted + "\nlast,row\n");
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].fields[0] == big);
    CHECK(rows[1].fields[1].size() == 200001);
    CHECK(rows[1].fields[1][100000] == '"');
    CHECK(rows[2].fields == std::vector<std::string>{"last", "row"});
}

TEST_CASE("CSV writer: quotes only what needs quoting and reads back identically", "[core][csv]")
{
    const std::vector<std::string> fields{"plain", "a,b", "say \"hi\"", "two\nlines", "", "crlf\r\nend"};
    std::ostringstream out;
    caravan::listing::csv::writeRecord(out, fields);
    CHECK(out.str() == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,\"crlf\r\nend\"\r\n");
    const auto rows = readAll(out.str());
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].fields == fields);
}
