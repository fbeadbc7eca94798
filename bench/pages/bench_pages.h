#pragma once

#include "store/database.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

// bench_pages: a catalogue of public listings in a fresh database (fill.cpp) and a closed-loop load
// generator over keep-alive connections (load.cpp). See bench/bench_pages.cmake.
namespace caravan::bench {

struct FillOptions
{
    std::int64_t listings = 1000000;
    int sellers = 300;
    // Multi-row INSERTs: 250 rows of `listings` are 5,000 parameters (libpq of PostgreSQL 15 takes a statement's
    // parameter description only below 30,000 bytes, about 7,500 parameters).
    std::int64_t rowsPerStatement = 250;
    std::int64_t rowsPerTransaction = 10000;
    std::size_t sampleIds = 4000; // listing ids kept for the listing-page route
};

struct FillReport
{
    double seconds = 0;
    std::int64_t listings = 0;
    std::int64_t photoRows = 0;
    int sellers = 0;
    int photos = 0;
    std::int64_t rareListings = 0;
    std::int64_t commonListings = 0;
    std::vector<std::string> sampleIds; // random public listings
    std::string filterCategory;         // a top-level category for the filters route
};

// Runs the server's migrations on `db`, stores a handful of real JPEGs in <dataDir>/photos and writes
// `o.listings` public listings (their projection rows, synced documents and photo rows) with their sellers.
FillReport fillCatalogue(store::Database &db, const std::filesystem::path &dataDir, const FillOptions &o);

struct LoadResult
{
    double requestsPerSecond = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    std::int64_t requests = 0;
    std::int64_t failures = 0; // not 200, or no answer
    double meanBodyBytes = 0;
    std::string firstFailure; // what the first failed request got
};

// `connections` threads, each with one keep-alive HTTPClientSession to 127.0.0.1:`port`, send GET
// path(connection, n) back to back: one warm-up second, then `seconds` of measurement.
using PathOf = std::function<std::string(int connection, std::int64_t n)>;
LoadResult runLoad(std::uint16_t port, int connections, double seconds, const PathOf &path,
                   const std::string &cookie);

} // namespace caravan::bench
