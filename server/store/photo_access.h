#pragma once

#include "store/database.h"

#include <string>

namespace caravan::store {

// Who may see a stored photo. The public photo route (/photos/<sha>.jpg) serves only photos that a
// public listing shows; everything else is served only to its owner (and staff) through authorised
// routes. Each answer reads the database, so a listing removed by moderation, ended or turned back into a
// draft stops showing its photos at once.
class PhotoAccess
{
public:
    explicit PhotoAccess(Database &db)
        : m_db(db)
    {}

    // Whether a public listing shows the photo: status active or sold, not removed by moderation.
    bool isPublic(const std::string &sha256);
    // Whether a listing of `userId` shows (or waits for) the photo, or `userId` uploaded it.
    bool ownedBy(const std::string &sha256, const std::string &userId);
    // Whether the photo is part of a dispute `userId` is a party to: shown in one of its events, or in the
    // sealed packing evidence of its order (docs/disputes.md).
    bool inDisputeOf(const std::string &sha256, const std::string &userId);

private:
    Database &m_db;
};

} // namespace caravan::store
