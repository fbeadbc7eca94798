#pragma once

#include "data/staffqueues.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace caravan::models {
class RiskFlagModel;
}

namespace caravan::sync {
class StaffClient;
} // namespace caravan::sync

namespace caravan::ui {

// Risk flags, for staff: accounts whose figures are worth a look (a new account buying high-value goods,
// failed payments, a seller who ships nothing), each explained in the user's language from its figures.
// Read only: a flag is a prompt to look, nothing is decided here. Online only.
class RiskFlagsView final : public QWidget
{
    Q_OBJECT

public:
    explicit RiskFlagsView(sync::StaffClient &client, QWidget *parent = nullptr);
    ~RiskFlagsView() override;

    [[nodiscard]] models::RiskFlagModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QString detailText() const;

    void setOnline(bool online);
    [[nodiscard]] bool isOnline() const { return m_online; }

    void refresh();
    void showFlags(const QVector<data::RiskFlag> &flags);
    void showFlag(const data::RiskFlag &flag);

private:
    void showMessage(const QString &message);

    sync::StaffClient &m_client;
    models::RiskFlagModel *m_model;
    QPushButton *m_refresh;
    QLabel *m_status;
    QTableView *m_table;
    QLabel *m_heading;
    QTextBrowser *m_body;
    bool m_online = true;
};

} // namespace caravan::ui
