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

// Server URL and its custom CA file, interface language, the account (signed in as ..., sign in / sign out),
// the keyring's state, and the local data with its changes waiting to sync.
class SettingsPage final : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(sync::AccountSession &session, sync::ConnectivityMonitor &connectivity,
                 QWidget *parent = nullptr);

    [[nodiscard]] QString accountText() const;
    [[nodiscard]] QString keyringText() const;
    [[nodiscard]] QString serverNoteText() const;
    [[nodiscard]] QString caNoteText() const;
    // What the "Use this server" and "Use this CA file" buttons do with the text typed beside them.
    void applyServerText(const QString &text);
    void applyCaFileText(const QString &path);

signals:
    void signInRequested();

private:
    void refresh();
    void applyServer();
    void applyCaFile();
    void chooseCaFile();
    [[nodiscard]] QString caDescription() const;
    void languageChosen(int index);

    sync::AccountSession &m_session;
    sync::ConnectivityMonitor &m_connectivity;
    QLineEdit *m_server;
    QPushButton *m_applyServer;
    QLabel *m_serverNote;
    QLineEdit *m_caFile;
    QPushButton *m_chooseCaFile;
    QPushButton *m_applyCaFile;
    QLabel *m_caNote;
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
