#pragma once

#include "data/dispute.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace caravan::sync {
class StaffClient;
} // namespace caravan::sync

namespace caravan::ui {

class StaffPhotoStrip;

// One case in full for staff (GET /api/v1/staff/disputes/{id}): what the dispute waits for, every event
// with its text and photos (SHA-256 and the server's receipt time), the order with its amounts and
// timeline, the sealed packing evidence, the order's ledger lines and both parties' history; the photos of
// the events and the evidence as thumbnails (fetched through `setPhotoClient`, held in memory only). The
// buttons ask the view to claim, decide, approve or reject.
class ArbitrationCase final : public QWidget
{
    Q_OBJECT

public:
    explicit ArbitrationCase(QWidget *parent = nullptr);

    // Shows `disputeCase`; `me` is the signed-in member of staff's user id (approval is for others' proposals).
    void setCase(const data::DisputeCase &disputeCase, const QString &me);
    // Shows a line instead of a case (none chosen, loading, offline).
    void setMessage(const QString &message);
    [[nodiscard]] bool hasCase() const { return !m_case.dispute.id.isEmpty(); }
    [[nodiscard]] const data::DisputeCase &disputeCase() const { return m_case; }

    // Where the case's photos are fetched from (GET /api/v1/staff/photos/{sha256}); none: hashes only.
    void setPhotoClient(sync::StaffClient *client);
    [[nodiscard]] StaffPhotoStrip *photoStrip() const { return m_photos; }

    [[nodiscard]] QString text() const;
    [[nodiscard]] QPushButton *claimButton() const { return m_claim; }
    [[nodiscard]] QPushButton *decideButton() const { return m_decide; }
    [[nodiscard]] QPushButton *approveButton() const { return m_approve; }
    [[nodiscard]] QPushButton *rejectButton() const { return m_reject; }

    static QString html(const data::DisputeCase &disputeCase);

signals:
    void claimRequested(const QString &id);
    void decideRequested(const QString &id);
    void approveRequested(const QString &id);
    void rejectRequested(const QString &id);

private:
    data::DisputeCase m_case;
    QLabel *m_heading;
    QTextBrowser *m_body;
    StaffPhotoStrip *m_photos;
    QPushButton *m_claim;
    QPushButton *m_decide;
    QPushButton *m_approve;
    QPushButton *m_reject;
};

} // namespace caravan::ui
