#pragma once

#include "store/database.h"

// The savepoint of one pushed mutation (docs/sync.md, "Push"): a batch runs in one transaction and each
// of its mutations applies completely or not at all. It is taken at once, or only before the mutation's
// first immediate write (a listing upsert writes nothing until the end of the batch unless it opens a
// conflict). Nothing happens on destruction: the caller releases it when the mutation succeeded and
// rolls back to it when the mutation failed, before it ends the batch.
namespace caravan::store {

class MutationSavepoint
{
public:
    explicit MutationSavepoint(Transaction &tx)
        : m_tx(tx)
    {}
    MutationSavepoint(const MutationSavepoint &) = delete;
    MutationSavepoint &operator=(const MutationSavepoint &) = delete;

    // Takes the savepoint unless it is taken already.
    void take()
    {
        if (m_taken)
            return;
        m_tx.execute("SAVEPOINT mutation");
        m_taken = true;
    }
    // Keeps what the mutation wrote.
    void release()
    {
        if (m_taken)
            m_tx.execute("RELEASE SAVEPOINT mutation");
        m_taken = false;
    }
    // Undoes what the mutation wrote.
    void rollback()
    {
        if (m_taken)
            m_tx.execute("ROLLBACK TO SAVEPOINT mutation");
        m_taken = false;
    }

private:
    Transaction &m_tx;
    bool m_taken = false;
};

} // namespace caravan::store
