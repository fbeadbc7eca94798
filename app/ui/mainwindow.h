#pragma once

#include "models/sectionmodel.h"
#include "ui/signindialog.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QMenu;
class QListView;
class QPushButton;
class QStackedWidget;

namespace caravan::sync {
class AccountSession;
class ConnectivityMonitor;
class DisputeClient;
class StaffClient;
class SyncClient;
class SyncController;
} // namespace caravan::sync

namespace caravan::ui {

class StaffConsole;
class ListingsView;
class OrdersView;
class MessagesView;
class PayoutsView;
class SettingsPage;
class StatusIndicators;
class SyncStatus;

// The seller's workbench: navigation on the left, the chosen section on the right, the account, server
// and connection in the status bar. Every section is a replaceable widget slot (setSectionWidget).
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(sync::AccountSession &session, sync::ConnectivityMonitor &connectivity,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Puts `widget` in the slot of `section` (the window takes ownership; the previous one is deleted).
    void setSectionWidget(models::Section section, QWidget *widget);
    [[nodiscard]] QWidget *sectionWidget(models::Section section) const;

    // Whether the navigation offers `section` (Arbitration only for staff).
    [[nodiscard]] bool isSectionAvailable(models::Section section) const;
    void showSection(models::Section section);
    [[nodiscard]] models::Section currentSection() const;

    [[nodiscard]] StatusIndicators *statusIndicators() const { return m_status; }
    [[nodiscard]] SignInDialog *signInDialog() const { return m_signInDialog; }
    [[nodiscard]] SyncStatus *syncStatus() const { return m_syncStatus; }
    [[nodiscard]] sync::SyncController *syncController() const { return m_sync; }
    [[nodiscard]] models::SectionModel *sections() const { return m_sections; }

    // Opens (or raises) the sign-in dialog without blocking.
    SignInDialog *openSignInDialog();
    // Open (or raise) the sync log and the conflict screen of the open account (nullptr without one).
    QWidget *openSyncLog();
    QWidget *openConflicts();

private:
    void buildMenus();
    void installPlaceholders();
    [[nodiscard]] static QString ordersPlaceholderText();
    [[nodiscard]] static QString messagesPlaceholderText();
    [[nodiscard]] static QString payoutsPlaceholderText();
    void refreshAccount();
    void refreshBanner();
    void refreshListings();
    void refreshOrders();
    void syncSoon();
    void refreshMessages();
    // The Arbitration section of a staff account (the staff console's tabs, online only), or its placeholder.
    void refreshArbitration();
    // Reloads the listings table after a sync cycle that pulled changes into the local database, and the
    // orders after one that pulled or pushed (a refused shipment comes back with the push's answer).
    void followSyncClient(sync::SyncClient *client);
    void sectionActivated(const QModelIndex &index);
    void showAbout();

    sync::AccountSession &m_session;
    sync::ConnectivityMonitor &m_connectivity;
    models::SectionModel *m_sections;
    QListView *m_navigation;
    QStackedWidget *m_stack;
    QHash<models::Section, QWidget *> m_pages;
    SettingsPage *m_settings = nullptr;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_bannerSignIn;
    StatusIndicators *m_status;
    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QPointer<SignInDialog> m_signInDialog;
    QMenu *m_listingsMenu = nullptr;
    QPointer<ListingsView> m_listingsView;
    bool m_pulledSinceReload = false;
    const void *m_listingsDatabase = nullptr; // the account database the listings view works on
    QPointer<OrdersView> m_ordersView;
    QPointer<PayoutsView> m_payoutsView;
    QPointer<MessagesView> m_messagesView;
    sync::DisputeClient *m_disputes;
    sync::StaffClient *m_staff;
    QPointer<StaffConsole> m_staffConsole; // the Arbitration section of a staff account
    QString m_arbitrationUser; // the staff user id the arbitration view works for
    const void *m_messagesDatabase = nullptr; // the account database the messages view works on
    bool m_ordersStale = false;
    const void *m_ordersDatabase = nullptr; // the account database the orders view works on
    sync::SyncController *m_sync = nullptr;
    SyncStatus *m_syncStatus = nullptr;
    QPointer<QWidget> m_syncLog;
    QPointer<QWidget> m_conflicts;
};

} // namespace caravan::ui
