#pragma once

#include "data/dispute.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace caravan::models {
class DisputeQueueModel;
}

namespace caravan::sync {
class DisputeClient;
class StaffClient;
struct ApiError;
} // namespace caravan::sync

namespace caravan::ui {

class ArbitrationCase;
class ArbitrationDecisionDialog;

// The Arbitration section, for staff only: the dispute queue (nearest deadline first) with its filters,
// the chosen case in full, claim, decide, approve and reject. It works online only: nothing of it is kept
// on this computer, and offline it says so.
class ArbitrationView final : public QWidget
{
    Q_OBJECT

public:
    // `me`: the signed-in member of staff's user id.
    ArbitrationView(sync::DisputeClient &client, const QString &me, QWidget *parent = nullptr);
    ~ArbitrationView() override;

    [[nodiscard]] models::DisputeQueueModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] ArbitrationCase *caseView() const { return m_case; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QString selectedId() const;

    // The filters as the form holds them.
    [[nodiscard]] data::DisputeQueueFilter filter() const;
    void setFilter(const data::DisputeQueueFilter &filter);

    // Where the case's photos are fetched from (none: hashes and times only).
    void setPhotoClient(sync::StaffClient *client);

    // Offline, the queue and the cases cannot be reached: the view says so and asks nothing.
    void setOnline(bool online);
    [[nodiscard]] bool isOnline() const { return m_online; }

    // Asks the server for the queue with the current filters.
    void refresh();
    // Shows `rows` as if the server had just sent them.
    void showQueue(const QVector<data::DisputeQueueRow> &rows);
    // Asks the server for a case and shows it.
    void openCase(const QString &id);
    void claim(const QString &id);
    // Opens the decision dialog for the case shown (nullptr without one).
    ArbitrationDecisionDialog *openDecisionDialog();
    void approve(const QString &id);
    void reject(const QString &id, const QString &note);

private:
    void showError(const QString &what, const sync::ApiError &error);
    void afterChange(const QString &id, const QString &message);

    sync::DisputeClient &m_client;
    QString m_me;
    models::DisputeQueueModel *m_model;
    QComboBox *m_statusFilter;
    QComboBox *m_reasonFilter;
    QLineEdit *m_minAmount;
    QComboBox *m_currency;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QCheckBox *m_mine;
    QPushButton *m_refresh;
    QLabel *m_status;
    QTableView *m_table;
    ArbitrationCase *m_case;
    QPointer<ArbitrationDecisionDialog> m_dialog;
    QTimer m_clock;
    bool m_online = true;
    QString m_shownId;
};

} // namespace caravan::ui
