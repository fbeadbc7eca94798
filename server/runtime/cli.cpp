#include "runtime/cli.h"

#include "accounts/account_service.h"
#include "accounts/qr_code.h"
#include "accounts/staff_factor.h"
#include "core/resources.h"
#include "core/version.h"
#include "demo/demo_seed.h"
#include "runtime/log.h"
#include "runtime/settings.h"
#include "store/database.h"
#include "store/listings.h"
#include "store/migrations.h"
#include "store/photo_files.h"
#include "store/users.h"
#include "web/format.h"

#include <Poco/AutoPtr.h>
#include <Poco/Exception.h>
#include <Poco/Util/LayeredConfiguration.h>
#include <Poco/Util/MapConfiguration.h>
#include <Poco/Util/PropertyFileConfiguration.h>
#include <iostream>
#include <map>
#include <memory>
#include <optional>

namespace caravan::server {

namespace {

const char *kUsage = R"(usage: caravan-cli [--data-dir DIR] [--db URL] [--config FILE] COMMAND ...

Commands:
  migrate [--to N]                 bring the database schema to the latest (or version N)
  user add --email E --name NAME --country CC --role ROLE [--role ROLE]
                                   create an account; ROLE is buyer, seller or staff;
                                   the password is read from standard input (one line);
                                   for staff, prints the second factor to add to an
                                   authenticator app (otpauth:// URI and QR code)
  user list                        list the accounts
  demo seed [--file FILE]          load the demo data (idempotent)
)";

struct UsageError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

// Splits "--name value" options from positional words. Repeated options keep every value.
struct Parsed
{
    std::vector<std::string> words;
    std::multimap<std::string, std::string> options;

    std::optional<std::string> one(const std::string &name) const
    {
        const auto it = options.find(name);
        if (it == options.end())
            return std::nullopt;
        return it->second;
    }
    std::vector<std::string> all(const std::string &name) const
    {
        std::vector<std::string> out;
        for (auto [b, e] = options.equal_range(name); b != e; ++b)
            out.push_back(b->second);
        return out;
    }
};

Parsed parse(const std::vector<std::string> &args)
{
    static const std::vector<std::string> withValue = {
        "--data-dir", "--db", "--config", "--to", "--email", "--name", "--country", "--role", "--file"};
    Parsed p;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto &a = args[i];
        if (std::find(withValue.begin(), withValue.end(), a) != withValue.end()) {
            if (i + 1 >= args.size())
                throw UsageError(a + " needs a value");
            p.options.emplace(a, args[++i]);
        } else if (a == "--password") {
            throw UsageError("passwords are never taken on the command line; pipe it to standard input");
        } else if (a.rfind("--", 0) == 0) {
            throw UsageError("unknown option " + a);
        } else {
            p.words.push_back(a);
        }
    }
    return p;
}

Settings loadSettings(const Parsed &p)
{
    std::map<std::string, std::string> options;
    for (const char *name : {"--data-dir", "--db", "--config"})
        if (auto v = p.one(name))
            options[name] = *v;
    return cliSettings(options);
}

store::DatabaseOptions dbOptions(const Settings &s)
{
    return cliDatabaseOptions(s);
}

std::unique_ptr<accounts::AccountService> makeAccounts(store::Database &db, const Settings &s)
{
    return std::make_unique<accounts::AccountService>(
        db, s.accounts, accounts::PasswordPolicy::fromFile(resourcePath("security/common-passwords.txt")),
        listing::CountryTable::system());
}

int migrateCommand(const Parsed &p, std::ostream &out)
{
    const auto settings = loadSettings(p);
    store::Database db(dbOptions(settings));
    const int before = store::schemaVersion(db);
    int target = -1;
    if (auto to = p.one("--to")) {
        try {
            target = std::stoi(*to);
        } catch (const std::exception &) {
            throw UsageError("--to needs a schema version number");
        }
    }
    const int after = store::migrate(db, target);
    out << "schema version " << before << " -> " << after << " (" << db.description() << ")\n";
    return 0;
}

std::string readPassword(std::istream &in)
{
    std::string password;
    std::getline(in, password);
    if (!password.empty() && password.back() == '\r')
        password.pop_back();
    return password;
}

// A staff account signs in with a TOTP code: its secret is made now, for the operator to hand over.
void printStaffEnrollment(store::Database &db, accounts::AccountService &accounts, const store::User &user,
                          std::ostream &out)
{
    accounts::StaffSecondFactor factor(db, accounts);
    const auto enrollment = factor.pendingEnrollment(user, "caravan-cli");
    if (!enrollment)
        return;
    out << "\nSecond factor: scan this code with an authenticator app (or type the secret), then sign in\n"
        << "with the app's first code. Hand it to " << user.email << " only.\n\n"
        << accounts::qrTerminal(enrollment->otpauthUri) << "\n"
        << "otpauth URI: " << enrollment->otpauthUri << "\n"
        << "secret:      " << enrollment->secretBase32 << "\n";
}

int userAdd(const Parsed &p, std::istream &in, std::ostream &out, std::ostream &err)
{
    const auto email = p.one("--email"), name = p.one("--name"), country = p.one("--country");
    const auto roles = p.all("--role");
    if (!email || !name || !country || roles.empty())
        throw UsageError("user add needs --email, --name, --country and at least one --role");
    for (const auto &r : roles)
        if (r != "buyer" && r != "seller" && r != "staff")
            throw UsageError("unknown role " + r + " (buyer, seller, staff)");
    const auto password = readPassword(in);
    const auto settings = loadSettings(p);
    store::Database db(dbOptions(settings));
    store::migrate(db);
    auto accounts = makeAccounts(db, settings);
    const auto result = accounts->createUser(*email, *name, *country, password, roles);
    using accounts::RegisterError;
    switch (result.error) {
    case RegisterError::None:
        out << "created " << result.user->email << " (" << result.user->id << ")\n";
        if (result.user->hasRole("staff"))
            printStaffEnrollment(db, *accounts, *result.user, out);
        return 0;
    case RegisterError::InvalidEmail:
        err << "caravan-cli: the email address is not valid\n";
        break;
    case RegisterError::InvalidName:
        err << "caravan-cli: the name must have 1 to 80 characters, without control characters\n";
        break;
    case RegisterError::InvalidCountry:
        err << "caravan-cli: the country must be an ISO 3166-1 alpha-2 code such as JP\n";
        break;
    case RegisterError::PasswordTooShort:
        err << "caravan-cli: the password (standard input) needs at least "
            << accounts::PasswordPolicy::kMinLength << " characters\n";
        break;
    case RegisterError::PasswordTooLong:
        err << "caravan-cli: the password is too long\n";
        break;
    case RegisterError::PasswordCommon:
        err << "caravan-cli: the password is on the list of common passwords\n";
        break;
    case RegisterError::EmailTaken:
        err << "caravan-cli: an account with this email address exists already\n";
        return 1;
    case RegisterError::Throttled: // only web registration is throttled
        err << "caravan-cli: too many registration attempts\n";
        return 1;
    }
    return 2;
}

int userList(const Parsed &p, std::ostream &out)
{
    const auto settings = loadSettings(p);
    store::Database db(dbOptions(settings));
    store::migrate(db);
    store::UserRepository users(db);
    out << "email\tdisplay_name\tcountry\troles\tcreated\n";
    for (const auto &u : users.list()) {
        std::string roles;
        for (const auto &r : u.roles)
            roles += (roles.empty() ? "" : ",") + r;
        out << u.email << '\t' << u.displayName << '\t' << u.country << '\t' << roles << '\t'
            << web::formatTimestamp(u.createdAt) << '\n';
    }
    return 0;
}

int demoSeed(const Parsed &p, std::ostream &out)
{
    const auto settings = loadSettings(p);
    store::Database db(dbOptions(settings));
    store::migrate(db);
    auto accounts = makeAccounts(db, settings);
    store::UserRepository users(db);
    store::ListingRepository listings(db);
    store::PhotoFiles photos(settings.dataDir / "photos");
    const auto custom = p.one("--file");
    const std::filesystem::path file =
        custom ? std::filesystem::path(*custom) : resourcePath("demo/demo.json");
    const auto base = custom ? file.parent_path() : resourceDir();
    const auto r = demo::seedDemo(file, base, *accounts, users, listings, photos);
    const auto counts = listings.counts();
    out << "users: " << r.usersCreated << " created, " << r.usersKept << " already there\n"
        << "listings: " << r.listingsCreated << " created, " << r.listingsKept << " already there\n"
        << "totals: " << users.count() << " users, " << counts.listings << " listings, " << counts.photos
        << " photos\n";
    return 0;
}

} // namespace

Settings cliSettings(const std::map<std::string, std::string> &options)
{
    Poco::AutoPtr<Poco::Util::LayeredConfiguration> config = new Poco::Util::LayeredConfiguration;
    Poco::AutoPtr<Poco::Util::MapConfiguration> cmd = new Poco::Util::MapConfiguration;
    if (const auto it = options.find("--data-dir"); it != options.end())
        cmd->setString("server.data_dir", it->second);
    if (const auto it = options.find("--db"); it != options.end())
        cmd->setString("server.db", it->second);
    config->add(cmd, -100);
    if (const auto it = options.find("--config"); it != options.end())
        config->add(new Poco::Util::PropertyFileConfiguration(it->second), 0);
    return Settings::fromConfig(*config);
}

store::DatabaseOptions cliDatabaseOptions(const Settings &s)
{
    store::DatabaseOptions o;
    o.url = s.db;
    o.dataDir = s.dataDir;
    o.maxSessions = 4;
    o.busyTimeoutMs = s.dbBusyTimeoutMs;
    return o;
}

int reportCliException(std::ostream &err)
{
    try {
        throw;
    } catch (const std::invalid_argument &e) {
        err << "caravan-cli: " << e.what() << '\n';
        return 2;
    } catch (const Poco::Exception &e) {
        err << "caravan-cli: " << e.displayText() << '\n';
        return 1;
    } catch (const std::exception &e) {
        err << "caravan-cli: " << e.what() << '\n';
        return 1;
    } catch (...) {
        err << "caravan-cli: unexpected failure\n";
        return 1;
    }
}

int runCli(const std::vector<std::string> &args, std::istream &in, std::ostream &out, std::ostream &err,
           const DomainCommands &domain)
{
    if (args.empty()) {
        err << kUsage;
        return 2;
    }
    if (args.front() == "--version") {
        out << "caravan-cli " << caravan::kVersion << '\n';
        return 0;
    }
    if (args.front() == "--help" || args.front() == "help") {
        out << kUsage;
        if (domain.help)
            out << domain.help();
        return 0;
    }
    if (args.front() == "quote" || args.front() == "rules") {
        const auto &fn = args.front() == "quote" ? domain.quote : domain.rules;
        if (!fn) {
            err << "caravan-cli: '" << args.front() << "' is not built into this caravan-cli\n";
            return 2;
        }
        return fn(std::vector<std::string>(args.begin() + 1, args.end()), out, err);
    }
    setLogLevel(LogLevel::Warn);
    try {
        const auto p = parse(args);
        const auto &w = p.words;
        if (w.size() == 1 && w[0] == "migrate")
            return migrateCommand(p, out);
        if (w.size() == 2 && w[0] == "user" && w[1] == "add")
            return userAdd(p, in, out, err);
        if (w.size() == 2 && w[0] == "user" && w[1] == "list")
            return userList(p, out);
        if (w.size() == 2 && w[0] == "demo" && w[1] == "seed")
            return demoSeed(p, out);
        throw UsageError("unknown command");
    } catch (const UsageError &e) {
        err << "caravan-cli: " << e.what() << "\n\n" << kUsage;
        return 2;
    } catch (...) {
        return reportCliException(err);
    }
}

} // namespace caravan::server
