#include "ui/bulkeditcommand.h"

#include "data/listingrepository.h"
#include "listing/bulk_edit.h"
#include "listing/messages.h"

#include <QLocale>
#include <QUndoCommand>
#include <QUndoStack>

namespace caravan::ui {

namespace {

class BulkEditCommand final : public QUndoCommand
{
public:
    BulkEditCommand(data::ListingRepository &repo, std::vector<listing::Listing> before,
                    std::vector<listing::Listing> after, std::function<void()> afterChange,
                    const QString &text)
        : QUndoCommand(text)
        , m_repo(repo)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_afterChange(std::move(afterChange))
    {}
    void redo() override
    {
        if (m_first) {
            m_first = false; // stored already, before the push
            return;
        }
        store(m_after);
    }
    void undo() override { store(m_before); }

private:
    void store(const std::vector<listing::Listing> &listings)
    {
        // A failure leaves the database as it was (one transaction); the view shows what is stored.
        m_repo.saveAll(listings);
        if (m_afterChange)
            m_afterChange();
    }

    data::ListingRepository &m_repo;
    std::vector<listing::Listing> m_before;
    std::vector<listing::Listing> m_after;
    std::function<void()> m_afterChange;
    bool m_first = true;
};

} // namespace

BulkEditOutcome BulkEdit::apply(data::ListingRepository &repo, QUndoStack &undo, const QStringList &ids,
                                const BulkEditRequest &request, std::function<void()> afterChange)
{
    BulkEditOutcome outcome;
    const auto listings = repo.loadMany(ids);
    if (listings.empty()) {
        outcome.error = tr("Select the listings to edit first.");
        return outcome;
    }
    listing::BulkResult result;
    try {
        switch (request.kind) {
        case BulkEditRequest::Kind::PriceByAmount:
            result = listing::adjustPriceByAmount(
                listings, money::Money::parse(request.amount.toStdString(), request.currency.toStdString()));
            break;
        case BulkEditRequest::Kind::PriceByPercent:
            result =
                listing::adjustPriceByPercent(listings, money::Decimal::parse(request.amount.toStdString()));
            break;
        case BulkEditRequest::Kind::Services:
            result = listing::setPostageServices(listings, request.services, repo.validationContext());
            break;
        case BulkEditRequest::Kind::Destinations:
            result = listing::setDestinations(listings, request.destinations, repo.validationContext());
            break;
        case BulkEditRequest::Kind::Status:
            result = listing::setStatus(listings, request.status, repo.validationContext());
            break;
        }
    } catch (const std::exception &e) {
        outcome.error = tr("The amount cannot be read: %1").arg(QString::fromUtf8(e.what()));
        return outcome;
    }
    const std::string lang = QLocale().language() == QLocale::Chinese ? "zh_CN" : "en";
    for (const auto &problem : result.problems) {
        const auto &l = listings[problem.index];
        outcome.problems << QString::fromStdString(l.title.empty() ? l.id : l.title) + QStringLiteral(": ") +
                                QString::fromStdString(
                                    listing::MessageCatalog::standard().render(problem.issue, lang));
    }
    std::vector<listing::Listing> before;
    std::vector<listing::Listing> after;
    for (std::size_t index : result.changed) {
        before.push_back(listings[index]);
        after.push_back(result.listings[index]);
    }
    if (after.empty()) {
        outcome.error = tr("No listing was changed.");
        return outcome;
    }
    const auto saved = repo.saveAll(after); // one transaction: all or nothing
    if (!saved.ok) {
        outcome.error = saved.error;
        return outcome;
    }
    undo.push(new BulkEditCommand(repo, before, after, afterChange,
                                  tr("bulk edit of %n listing(s)", nullptr, int(after.size()))));
    if (afterChange)
        afterChange();
    outcome.ok = true;
    outcome.changed = int(after.size());
    return outcome;
}

} // namespace caravan::ui
