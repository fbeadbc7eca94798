// bench_password: how long one Argon2id password hash takes on this machine (see
// bench/bench_password.cmake). From a build directory:
//   ./bench/bench_password [--runs N] [--budget-ms MS] [--ops 2,3,4] [--mib 19,32,64]
// Every cell is the median of N hashes (default 5) through PasswordHasher::hash, the very call a sign-in
// or a registration makes (verifying costs the same). A row stops growing once a cell's median passes
// twice the budget. The answer is the passing cell with the most work (memory × iterations), ties going
// to more memory, as OWASP's Password Storage Cheat Sheet weighs Argon2id's parameters; a second line
// gives the same under 80 % of the budget, leaving room for the rest of a sign-in and a busy machine.
#include "accounts/password.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

using caravan::accounts::PasswordHasher;

namespace {

using Clock = std::chrono::steady_clock;

struct Options
{
    int runs = 5;
    double budgetMs = 250.0;
    std::vector<unsigned long long> ops{2, 3, 4, 5, 6, 8};
    std::vector<std::size_t> mib{19, 24, 32, 46, 64, 96, 128, 192, 256};
};

template <typename T> std::vector<T> parseList(const char *text)
{
    std::vector<T> values;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ','))
        values.push_back(static_cast<T>(std::stoull(item)));
    return values;
}

[[noreturn]] void usage()
{
    std::fprintf(stderr,
                 "usage: bench_password [--runs N] [--budget-ms MS] [--ops 2,3,...] [--mib 19,32,...]\n");
    std::exit(2);
}

Options parse(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc)
            usage();
        const char *value = argv[++i];
        if (arg == "--runs")
            o.runs = std::max(1, std::atoi(value));
        else if (arg == "--budget-ms")
            o.budgetMs = std::atof(value);
        else if (arg == "--ops")
            o.ops = parseList<unsigned long long>(value);
        else if (arg == "--mib")
            o.mib = parseList<std::size_t>(value);
        else
            usage();
    }
    std::erase_if(o.ops, [](auto t) { return t < PasswordHasher::kMinOpsLimit; });
    std::erase_if(o.mib, [](auto m) { return (m << 20) < PasswordHasher::kMinMemLimit; });
    if (o.ops.empty() || o.mib.empty())
        usage();
    return o;
}

double medianMs(const PasswordHasher &hasher, int runs)
{
    std::vector<double> ms;
    const std::string password = "correct horse battery staple 2026";
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        const std::string hash = hasher.hash(password);
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        if (hash.empty())
            std::abort();
    }
    std::sort(ms.begin(), ms.end());
    return ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
}

struct Cell
{
    unsigned long long ops;
    std::size_t mib;
    double ms;
};

} // namespace

int main(int argc, char **argv)
{
    const Options o = parse(argc, argv);
    char today[16];
    const std::time_t now = std::time(nullptr);
    std::strftime(today, sizeof today, "%Y-%m-%d", std::gmtime(&now));
    std::printf(
        "bench_password %s: Argon2id (libsodium crypto_pwhash_str_alg), median of %d hashes per cell,\n"
        "%u hardware threads, budget %.0f ms per hash; current defaults t=%llu, %zu MiB\n\n",
        today, o.runs, std::thread::hardware_concurrency(), o.budgetMs, PasswordHasher::kDefaultOpsLimit,
        PasswordHasher::kDefaultMemLimit >> 20);

    std::printf("%8s", "MiB \\ t");
    for (const auto t : o.ops)
        std::printf("%9llu", t);
    std::printf("   (ms)\n");

    std::vector<Cell> cells;
    std::vector<bool> rowStopped(o.ops.size(), false);
    for (const std::size_t mib : o.mib) {
        std::printf("%8zu", mib);
        for (std::size_t i = 0; i < o.ops.size(); ++i) {
            if (rowStopped[i]) {
                std::printf("%9s", "-");
                continue;
            }
            const PasswordHasher hasher(o.ops[i], mib << 20);
            const double ms = medianMs(hasher, o.runs);
            cells.push_back({o.ops[i], mib, ms});
            std::printf("%9.1f", ms);
            std::fflush(stdout);
            if (ms > 2 * o.budgetMs)
                rowStopped[i] = true; // more memory only costs more
        }
        std::printf("\n");
    }

    // The most work under the budget; and the same with a fifth of the budget left for the rest of the
    // sign-in (the request, the database) and for a busy machine.
    const auto pick = [&cells](double limitMs) {
        std::optional<Cell> best;
        const auto work = [](const Cell &x) {
            return static_cast<double>(x.mib) * static_cast<double>(x.ops);
        };
        for (const Cell &c : cells)
            if (c.ms < limitMs &&
                (!best || work(c) > work(*best) || (work(c) == work(*best) && c.mib > best->mib)))
                best = c;
        return best;
    };
    std::printf("\n");
    for (const double limit : {o.budgetMs, 0.8 * o.budgetMs}) {
        const auto best = pick(limit);
        if (!best) {
            std::printf("no cell stays under %.0f ms: keep the floor (t=%llu, %zu MiB)\n", limit,
                        PasswordHasher::kMinOpsLimit, PasswordHasher::kMinMemLimit >> 20);
            continue;
        }
        std::printf("highest under %.0f ms: t=%llu, %zu MiB (%.1f ms median): password.opslimit = %llu, "
                    "password.memlimit_mib = %zu\n",
                    limit, best->ops, best->mib, best->ms, best->ops, best->mib);
    }
    return 0;
}
