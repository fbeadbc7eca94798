#pragma once

#include "listing/issues.h"
#include "listing/listing.h"
#include "listing/validation.h"

#include <cstddef>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

// Listings as CSV (docs/csv-format.md): RFC 4180, UTF-8 (a BOM is tolerated), a header row naming the
// columns, one listing per record. Import checks every row with the same validation as the app and the
// server, and imports nothing from a file with errors unless the caller asks to skip the bad rows.
namespace caravan::listing {

// The fixed columns, in export order. Item specifics follow as "specific.<key>" columns.
const std::vector<std::string_view> &csvColumns();
inline constexpr std::string_view kSpecificColumnPrefix = "specific.";

struct CsvImportOptions
{
    bool skipBadRows = false;          // import the good rows of a file that has bad ones
    bool ignoreUnknownColumns = false; // otherwise an unknown column is an error (its data would be lost)
};

struct CsvProblem
{
    std::size_t line = 0; // physical line where the record starts (the header is line 1); 0 = whole file
    Issue issue;          // issue.field is the CSV column name ("price", "specific.size", "file")
};

struct CsvImportResult
{
    std::vector<Listing> listings;    // empty when the file had errors and skipping was not chosen
    std::vector<std::size_t> lines;   // the line of each imported listing
    std::vector<CsvProblem> errors;   // every problem, in file order
    std::vector<CsvProblem> warnings; // ignored unknown columns
    std::size_t rowsRead = 0;         // data records read (not counting the header)
    std::size_t badRows = 0;          // records with at least one error
    bool ok() const { return errors.empty(); }
};

CsvImportResult importListingsCsv(std::istream &in, const ValidationContext &ctx,
                                  const CsvImportOptions &options = {});

// Writes the header and one record per listing; specifics columns are the union of the listings'
// keys, sorted. Prices are written in major units with the currency's decimals ("12.50").
void exportListingsCsv(std::ostream &out, const std::vector<Listing> &listings,
                       const money::CurrencyTable &currencies = money::CurrencyTable::standard());

} // namespace caravan::listing
