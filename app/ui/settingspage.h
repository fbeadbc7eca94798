#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace caravan::models {
class OutboxModel;
}
namespace caravan::sync {
class AccountSession;
class ConnectivityMonitor;
} // namespace caravan::sync

namespace caravan::ui {

// Server URL, interface language, the account (signed in as ..., sign in / sign out), the keyring's
// state, and the local data with its changes waiting to sync.
class SettingsPage final : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(sync::AccountSession &session, sync::ConnectivityMonitor &connectivity,
                 QWidget *parent = nullptr);

    [[nodiscard]] QString accountText() const;
    [[nodiscard]] QString keyringText() const;

signals:
    void signInRequested();

private:
    void refresh();
    void applyServer();
    void languageChosen(int index);

    sync::AccountSession &m_session;
    sync::ConnectivityMonitor &m_connectivity;
    QLineEdit *m_server;
    QPushButton *m_applyServer;
    QLabel *m_serverNote;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QLabel *m_account;
    QPushButton *m_signIn;
    QPushButton *m_signOut;
    QLabel *m_keyring;
    QLabel *m_localData;
    QTableView *m_outboxView;
    models::OutboxModel *m_outbox;
};

} // namespace caravan::ui
