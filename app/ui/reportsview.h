#pragma once

#include "data/staffqueues.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace caravan::models {
class ReportQueueModel;
}

namespace caravan::sync {
class StaffClient;
struct ApiError;
} // namespace caravan::sync

namespace caravan::ui {

class StaffNoteDialog;
class StaffPhotoStrip;

// Reported listings, for staff: the listings buyers reported (most reports first), the chosen listing with
// its photos and every report, and the decision: remove the listing (with a note the seller reads) or
// dismiss the reports. Online only, like the dispute queue.
class ReportsView final : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsView(sync::StaffClient &client, QWidget *parent = nullptr);
    ~ReportsView() override;

    [[nodiscard]] models::ReportQueueModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QString detailText() const;
    [[nodiscard]] QPushButton *removeButton() const { return m_remove; }
    [[nodiscard]] QPushButton *dismissButton() const { return m_dismiss; }
    // Why the decision buttons are disabled ("" when they are not).
    [[nodiscard]] QLabel *actionHint() const { return m_hint; }
    [[nodiscard]] StaffPhotoStrip *photoStrip() const { return m_photos; }
    [[nodiscard]] const data::ReportedListing &listing() const { return m_listing; }
    [[nodiscard]] QString selectedId() const;

    // open (the default), removed or dismissed.
    void setStatusFilter(const QString &status);
    [[nodiscard]] QString statusFilter() const;

    void setOnline(bool online);
    [[nodiscard]] bool isOnline() const { return m_online; }

    void refresh();
    void showQueue(const QVector<data::ReportedListingRow> &rows);
    void openListing(const QString &listingId);
    void showListing(const data::ReportedListing &listing);
    // Asks for the decision ("remove" or "dismiss") on the listing shown; nullptr when none can be made.
    StaffNoteDialog *openDecision(const QString &decision);

private:
    void showMessage(const QString &message);
    void updateActions();

    sync::StaffClient &m_client;
    models::ReportQueueModel *m_model;
    QComboBox *m_filter;
    QPushButton *m_refresh;
    QLabel *m_status;
    QTableView *m_table;
    QLabel *m_heading;
    QPushButton *m_remove;
    QPushButton *m_dismiss;
    QLabel *m_hint;
    QTextBrowser *m_body;
    StaffPhotoStrip *m_photos;
    QPointer<StaffNoteDialog> m_dialog;
    data::ReportedListing m_listing;
    QString m_shownId;
    QString m_notice; // what the last decision did, shown until the queue is read again
    bool m_online = true;
};

} // namespace caravan::ui
