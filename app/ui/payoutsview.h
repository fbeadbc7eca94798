#pragma once

#include "data/payoutidentity.h"
#include "data/payoutsummary.h"

#include <QHash>
#include <QSqlDatabase>
#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace caravan::sync {
class AccountSession;
}

namespace caravan::ui {

class PayoutChart;
class PayoutIdentityDialog;

// The Payouts section: the seller's money per currency (in escrow, of which delivered and releasing,
// available, in transit, paid out; refunded orders), each order still held with the date or the rule that
// ends its hold, the payout history, and a payout request. Balances and payouts come from the server
// (GET /api/v1/payouts) and are kept for offline use with the time they were fetched; what is held per
// order comes from the synced orders.
class PayoutsView final : public QWidget
{
    Q_OBJECT

public:
    // `session` may be null (no server: the cached summary only).
    PayoutsView(QSqlDatabase db, sync::AccountSession *session, QWidget *parent = nullptr);

    // Reads the cached summary and the synced orders again.
    void reloadFromDatabase();
    // Asks the server for the current summary (no-op without a session); the view shows the answer or why
    // it could not.
    void refresh();
    // Shows `summary` as if the server had just sent it, and caches it.
    void setSummary(const data::PayoutSummary &summary);

    // Asks for a payout of what is available in `currency`. The Idempotency-Key of a request is kept until
    // it is answered, so pressing again after a lost answer repeats the same request, not a second payout.
    void requestPayout(const QString &currency);

    // Asks the server for the payout identity, then opens the form to send it (again).
    void editIdentity();
    // The identity form for `state`, its Send wired to submitIdentity (the dialog deletes itself when closed).
    PayoutIdentityDialog *showIdentityDialog(const data::PayoutIdentityState &state);
    // Sends the form (PUT /api/v1/payouts/identity); the dialog closes when the server took it, else shows
    // why not.
    void submitIdentity(const data::PayoutIdentityForm &form, PayoutIdentityDialog *dialog);

    // Asks the server for the ledger lines one payout paid out (GET /api/v1/payouts/{id}) and lists them.
    void showPayoutLines(const QString &payoutId);

    // Asks where to save the seller's ledger lines (CSV), then downloads them there.
    void exportLedger();
    // Downloads the ledger lines (GET /api/v1/payouts/ledger.csv) into `path`; `done` gets an empty error
    // on success, else why not (translated).
    void downloadLedger(const QString &path, std::function<void(const QString &error)> done);

    [[nodiscard]] QTableWidget *balanceTable() const { return m_balances; }
    [[nodiscard]] QTableWidget *heldTable() const { return m_held; }
    [[nodiscard]] QTableWidget *payoutTable() const { return m_payouts; }
    [[nodiscard]] QLabel *identityLabel() const { return m_identity; }
    [[nodiscard]] QPushButton *identityButton() const { return m_identityButton; }
    [[nodiscard]] QTableWidget *payoutLinesTable() const { return m_lines; }
    [[nodiscard]] QLabel *payoutLinesLabel() const { return m_linesLabel; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QPushButton *requestButton() const { return m_request; }
    [[nodiscard]] PayoutChart *chart() const { return m_chart; }

    // The hold of one order in words: until when, and why ("Released on 12 Dec unless the buyer reports
    // a problem").
    static QString holdText(const data::Order &order);
    // Where the payout identity stands and why payouts wait; `reason`: why staff refused it.
    static QString identityText(const QString &status, const QString &reason = {});
    static QString payoutStatusText(const QString &status);

private:
    void display(const std::optional<data::PayoutSummary> &summary);
    void updateRequestButton();
    void updateChart();
    [[nodiscard]] QString selectedCurrency() const;

    QSqlDatabase m_db;
    sync::AccountSession *m_session;
    QLabel *m_identity;
    QPushButton *m_identityButton;
    QLabel *m_status;
    QTableWidget *m_balances;
    QTableWidget *m_held;
    QTableWidget *m_payouts;
    QLabel *m_linesLabel;
    QTableWidget *m_lines;
    PayoutChart *m_chart;
    QVector<data::Order> m_orders;
    QPushButton *m_refresh;
    QPushButton *m_request;
    QPushButton *m_export;
    std::optional<data::PayoutSummary> m_summary;
    QHash<QString, QString> m_requestKeys; // currency -> Idempotency-Key of an unanswered request
};

} // namespace caravan::ui
