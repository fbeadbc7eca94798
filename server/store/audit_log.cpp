#include "store/audit_log.h"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

namespace caravan::store {

using nlohmann::json;

const std::string AuditLog::kGenesisHash(64, '0');

namespace {

const char *kColumns = "seq, at, actor_id, action, subject_type, subject_id, detail, prev_hash, hash";

AuditEntry entryOf(const Row &r)
{
    AuditEntry e;
    e.seq = r.integer(0);
    e.at = r.integer(1);
    e.actorId = r.text(2);
    e.action = r.text(3);
    e.subjectType = r.text(4);
    e.subjectId = r.text(5);
    // A detail that is no JSON object any more (an edited row) is kept as text, so verify reports the
    // row instead of failing to read it.
    e.detail = json::parse(r.text(6), nullptr, false);
    if (e.detail.is_discarded())
        e.detail = r.text(6);
    e.prevHash = r.text(7);
    e.hash = r.text(8);
    return e;
}

std::string sha256Hex(const std::string &text)
{
    Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
    engine.update(text);
    return Poco::DigestEngine::digestToHex(engine.digest());
}

} // namespace

std::string AuditEntry::computeHash() const
{
    return sha256Hex(
        json::array({"caravan-audit/1", prevHash, seq, at, actorId, action, subjectType, subjectId, detail})
            .dump());
}

AuditEntry AuditLog::record(Database &db, const AuditEntry &entry)
{
    Transaction tx(db);
    auto stored = append(tx, entry);
    tx.commit();
    return stored;
}

AuditEntry AuditLog::append(Transaction &tx, const AuditEntry &entry)
{
    const auto head =
        tx.query(tx.backend() == Backend::PostgreSQL
                     ? "SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE"
                     : "SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
    if (head.empty())
        throw std::runtime_error("audit_head is missing: the audit log cannot be written");
    AuditEntry e = entry;
    e.seq = head.front().integer(0) + 1;
    e.prevHash = head.front().text(1);
    if (e.at == 0)
        e.at = nowSeconds();
    if (!e.detail.is_object())
        throw std::invalid_argument("an audit entry's detail is a JSON object");
    e.hash = e.computeHash();
    tx.execute("INSERT INTO audit_log (seq, at, actor_id, action, subject_type, subject_id, detail, prev_hash, "
               "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
               {e.seq, e.at, e.actorId, e.action, e.subjectType, e.subjectId, e.detail.dump(), e.prevHash,
                e.hash});
    tx.execute("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1", {e.seq, e.hash});
    return e;
}

std::vector<AuditEntry> AuditLog::list(Database &db, std::int64_t sinceSeq, std::int64_t limit)
{
    std::vector<AuditEntry> out;
    for (const auto &r : db.query(std::string("SELECT ") + kColumns +
                                      " FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?",
                                  {sinceSeq, limit}))
        out.push_back(entryOf(r));
    return out;
}

AuditVerification AuditLog::verify(Database &db)
{
    AuditVerification v;
    ReadSnapshot read(db);
    const auto broken = [&v](std::int64_t seq, std::string problem) {
        v.ok = false;
        v.brokenSeq = seq;
        v.problem = std::move(problem);
        return v;
    };
    const auto head = read.query("SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
    if (head.empty())
        return broken(1, "the audit_head row is missing");
    v.headSeq = head.front().integer(0);
    v.headHash = head.front().text(1);

    constexpr std::int64_t kPage = 1000;
    std::int64_t expected = 1;
    std::string prev = kGenesisHash;
    for (;;) {
        const auto rows = read.query(std::string("SELECT ") + kColumns +
                                         " FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT ?",
                                     {expected, kPage});
        for (const auto &r : rows) {
            const auto e = entryOf(r);
            if (e.seq != expected)
                return broken(expected, "entry " + std::to_string(expected) + " is missing");
            if (e.prevHash != prev)
                return broken(e.seq, "its prev_hash is not the hash of the entry before it");
            if (!e.detail.is_object())
                return broken(e.seq, "its detail is not a JSON object");
            if (e.computeHash() != e.hash)
                return broken(e.seq, "its hash does not match its fields");
            prev = e.hash;
            ++expected;
            ++v.entries;
        }
        if (static_cast<std::int64_t>(rows.size()) < kPage)
            break;
    }
    if (v.headSeq != v.entries)
        return broken(v.entries + 1, "the head says " + std::to_string(v.headSeq) + " entries, the log holds " +
                                         std::to_string(v.entries));
    if (v.headHash != prev)
        return broken(v.entries, "the head's hash is not the last entry's");
    return v;
}

Migration auditLogMigration(int version)
{
    return {version,
            "audit log: append-only, hash-chained record of staff actions",
            {
                R"(CREATE TABLE audit_head (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    last_seq BIGINT NOT NULL,
    last_hash TEXT NOT NULL))",
                "INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, '" + AuditLog::kGenesisHash + "')",
                R"(CREATE TABLE audit_log (
    seq BIGINT PRIMARY KEY,
    at BIGINT NOT NULL,
    actor_id TEXT NOT NULL,
    action TEXT NOT NULL,
    subject_type TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL))",
                "CREATE INDEX audit_log_actor ON audit_log(actor_id, seq)",
                "CREATE INDEX audit_log_subject ON audit_log(subject_type, subject_id, seq)",
            },
            // Append-only: nothing may change or remove an entry, whoever asks.
            {
                "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
                "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
            },
            {
                R"(CREATE FUNCTION caravan_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END $$)",
                "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
                "FOR EACH ROW EXECUTE FUNCTION caravan_audit_append_only()",
            }};
}

} // namespace caravan::store
