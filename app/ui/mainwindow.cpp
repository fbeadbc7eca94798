#include "ui/mainwindow.h"

#include "core/version.h"
#include "sync/accountsession.h"
#include "sync/connectivitymonitor.h"
#include "sync/disputeclient.h"
#include "sync/staffclient.h"
#include "sync/syncclient.h"
#include "sync/synccontroller.h"
#include "ui/conflictdialog.h"
#include "ui/listingsview.h"
#include "ui/messagesview.h"
#include "ui/ordersview.h"
#include "ui/payoutsview.h"
#include "ui/placeholderpanel.h"
#include "ui/settingspage.h"
#include "ui/signindialog.h"
#include "ui/staffconsole.h"
#include "ui/statusindicators.h"
#include "ui/synclogwindow.h"
#include "ui/syncstatus.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListView>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcMainWindow, "caravan.ui.mainwindow")

namespace caravan::ui {

using models::Section;

namespace {
constexpr int kNewOrderMessageMs = 15 * 1000;
} // namespace

MainWindow::MainWindow(sync::AccountSession &session, sync::ConnectivityMonitor &connectivity,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_connectivity(connectivity)
    , m_sections(new models::SectionModel(this))
    , m_navigation(new QListView(this))
    , m_stack(new QStackedWidget(this))
    , m_banner(new QWidget(this))
    , m_bannerText(new QLabel(m_banner))
    , m_bannerSignIn(new QPushButton(tr("Sign in…"), m_banner))
    , m_status(new StatusIndicators(this))
    , m_disputes(new sync::DisputeClient(session, this))
    , m_staff(new sync::StaffClient(session, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Caravan — seller workbench"));
    setWindowIcon(QIcon(QStringLiteral(":/caravan/icons/caravan.svg")));
    resize(1100, 700);

    // Navigation column: the app's mark, then the sections.
    auto *side = new QWidget(this);
    side->setObjectName(QStringLiteral("navigationPanel"));
    side->setAutoFillBackground(true);
    QPalette sidePalette = side->palette();
    sidePalette.setColor(QPalette::Window, sidePalette.color(QPalette::AlternateBase));
    side->setPalette(sidePalette);
    auto *brand = new QLabel(side);
    brand->setPixmap(QIcon(QStringLiteral(":/caravan/icons/caravan.svg")).pixmap(36, 36));
    auto *brandName = new QLabel(QStringLiteral("Caravan"), side);
    QFont brandFont = brandName->font();
    brandFont.setPointSizeF(brandFont.pointSizeF() * 1.5);
    brandFont.setBold(true);
    brandName->setFont(brandFont);
    auto *brandRow = new QHBoxLayout;
    brandRow->addWidget(brand);
    brandRow->addWidget(brandName, 1);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setModel(m_sections);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setSpacing(2);
    m_navigation->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_navigation->setStyleSheet(
        QStringLiteral("QListView { background: transparent; font-size: 11pt; outline: 0; }"
                       "QListView::item { padding: 7px 10px; border-radius: 5px; color: #1d2a30; }"
                       "QListView::item:hover { background: #dde8ec; }"
                       "QListView::item:selected { background: #1f6f8b; color: white; }"));
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(12, 14, 8, 12);
    sideLayout->addLayout(brandRow);
    sideLayout->addSpacing(12);
    sideLayout->addWidget(m_navigation, 1);
    side->setFixedWidth(200);

    // Banner for what the user should know now (not signed in, keyring missing, session ended).
    m_banner->setObjectName(QStringLiteral("noticeBanner"));
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xd6));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x4a, 0x3b, 0x00));
    m_banner->setPalette(bannerPalette);
    m_bannerText->setWordWrap(true);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 8, 12, 8);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerSignIn);
    connect(m_bannerSignIn, &QPushButton::clicked, this, &MainWindow::openSignInDialog);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(m_banner);
    contentLayout->addWidget(m_stack, 1);

    auto *central = new QWidget(this);
    auto *centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(side);
    centralLayout->addWidget(content, 1);
    setCentralWidget(central);

    // The indicators give way to a passing message (a new paid order) while it shows; sync stays in view.
    statusBar()->addWidget(m_status, 1);
    // Sync: the engine for the open account, its status area, the log and the conflict screen.
    m_sync = new sync::SyncController(m_session, m_connectivity, this);
    m_syncStatus = new SyncStatus(this);
    statusBar()->addPermanentWidget(m_syncStatus);
    m_syncStatus->setClient(m_sync->client());
    m_syncStatus->setOnline(m_connectivity.state() == sync::ConnectivityMonitor::State::Online);
    connect(m_sync, &sync::SyncController::clientChanged, m_syncStatus, &SyncStatus::setClient);
    connect(m_sync, &sync::SyncController::clientChanged, this, &MainWindow::followSyncClient);
    followSyncClient(m_sync->client());
    connect(&m_connectivity, &sync::ConnectivityMonitor::stateChanged, m_syncStatus,
            [this](sync::ConnectivityMonitor::State state) {
                m_syncStatus->setOnline(state == sync::ConnectivityMonitor::State::Online);
            });
    connect(m_syncStatus, &SyncStatus::syncLogRequested, this, &MainWindow::openSyncLog);
    connect(m_syncStatus, &SyncStatus::conflictsRequested, this, &MainWindow::openConflicts);
    connect(m_syncStatus, &SyncStatus::syncNowRequested, this, [this] {
        if (m_sync->client())
            m_sync->client()->syncNow();
    });
    buildMenus();
    installPlaceholders();

    connect(m_navigation->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { sectionActivated(current); });
    connect(&m_session, &sync::AccountSession::accountChanged, this, &MainWindow::refreshAccount);
    // The probe follows the server the user chose (in the sign-in dialog or the settings).
    connect(&m_session, &sync::AccountSession::serverUrlChanged, &m_connectivity,
            &sync::ConnectivityMonitor::setServer);
    connect(&m_session, &sync::AccountSession::keyringStateChanged, this, &MainWindow::refreshBanner);
    connect(&m_session, &sync::AccountSession::noticeChanged, this, &MainWindow::refreshBanner);
    connect(&m_connectivity, &sync::ConnectivityMonitor::stateChanged, this,
            [this](sync::ConnectivityMonitor::State state) {
                m_status->setConnectivity(state);
                m_status->setServer(m_connectivity.server());
                if (m_staffConsole)
                    m_staffConsole->setOnline(state != sync::ConnectivityMonitor::State::Offline);
            });
    m_status->setServer(m_connectivity.server().isEmpty() ? m_session.serverUrl() : m_connectivity.server());
    m_status->setConnectivity(m_connectivity.state());
    refreshAccount();
    showSection(Section::Listings);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *account = menuBar()->addMenu(tr("&Account"));
    m_signInAction = account->addAction(tr("&Sign in…"), this, &MainWindow::openSignInDialog);
    m_signOutAction = account->addAction(tr("Sign &out"), &m_session, &sync::AccountSession::signOut);
    account->addSeparator();
    account->addAction(tr("Sync &log"), this, &MainWindow::openSyncLog);
    account->addAction(tr("&Conflicts…"), this, &MainWindow::openConflicts);
    account->addSeparator();
    QAction *quit = account->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    m_listingsMenu = menuBar()->addMenu(tr("&Listings"));
    m_listingsMenu->setEnabled(false);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Caravan"), this, &MainWindow::showAbout);
}

void MainWindow::installPlaceholders()
{
    // Sections that are not built yet say so plainly. Each is a slot another part replaces.
    setSectionWidget(Section::Listings,
                     new PlaceholderPanel(tr("Listings"),
                                          tr("Sign in once to work on your listings. They are kept on this "
                                             "computer, so you can draft and edit them offline afterwards."),
                                          this));
    setSectionWidget(Section::Orders, new PlaceholderPanel(tr("Orders"), ordersPlaceholderText(), this));
    setSectionWidget(Section::Payouts, new PlaceholderPanel(tr("Payouts"), payoutsPlaceholderText(), this));
    setSectionWidget(Section::Messages,
                     new PlaceholderPanel(tr("Messages"), messagesPlaceholderText(), this));
    setSectionWidget(Section::Arbitration,
                     new PlaceholderPanel(tr("Arbitration"),
                                          tr("Arbitration works online only: sign in with your staff account "
                                             "and its second factor to see the dispute queue."),
                                          this));
    m_settings = new SettingsPage(m_session, m_connectivity, this);
    connect(m_settings, &SettingsPage::signInRequested, this, &MainWindow::openSignInDialog);
    setSectionWidget(Section::Settings, m_settings);
}

QString MainWindow::payoutsPlaceholderText()
{
    return tr("Sign in once to see the money buyers paid you: what escrow holds, what is available and your "
              "payouts. The last figures stay on this computer for when you are offline.");
}

QString MainWindow::messagesPlaceholderText()
{
    return tr("Sign in once to read and answer your buyers' messages. They are kept on this computer, and "
              "your answers are sent with the next sync.");
}

QString MainWindow::ordersPlaceholderText()
{
    return tr("Sign in once to see the orders buyers placed. They are kept on this computer, so you can look "
              "them up and mark them shipped offline afterwards.");
}

void MainWindow::setSectionWidget(Section section, QWidget *widget)
{
    QWidget *previous = m_pages.value(section);
    const bool wasCurrent = previous && m_stack->currentWidget() == previous;
    m_stack->addWidget(widget);
    m_pages.insert(section, widget);
    if (wasCurrent)
        m_stack->setCurrentWidget(widget);
    if (previous) {
        m_stack->removeWidget(previous);
        previous->deleteLater();
    }
}

QWidget *MainWindow::sectionWidget(Section section) const
{
    return m_pages.value(section);
}

bool MainWindow::isSectionAvailable(Section section) const
{
    return m_sections->rowOf(section) >= 0;
}

void MainWindow::showSection(Section section)
{
    const int row = m_sections->rowOf(section);
    if (row < 0)
        return;
    m_navigation->setCurrentIndex(m_sections->index(row));
    m_stack->setCurrentWidget(m_pages.value(section));
}

Section MainWindow::currentSection() const
{
    return m_sections->sectionAt(m_navigation->currentIndex().row());
}

void MainWindow::sectionActivated(const QModelIndex &index)
{
    const Section section = m_sections->sectionAt(index.row());
    if (QWidget *page = m_pages.value(section))
        m_stack->setCurrentWidget(page);
}

void MainWindow::refreshAccount()
{
    refreshListings();
    refreshOrders();
    refreshMessages();
    const Section before = currentSection();
    m_sections->setStaff(m_session.isStaff());
    refreshArbitration();
    // Keep the user where they were unless that section just disappeared.
    showSection(isSectionAvailable(before) ? before : Section::Listings);

    const auto account = m_session.account();
    if (!account) {
        m_status->setAccountText(tr("Not signed in"));
    } else {
        const auto profile = m_session.profile();
        const QString name = profile.displayName.isEmpty() ? account->email : profile.displayName;
        m_status->setAccountText(m_session.isAuthenticated()
                                     ? tr("Signed in as %1 (%2)").arg(name, account->email)
                                     : tr("%1 (%2), not signed in").arg(name, account->email));
    }
    m_signOutAction->setEnabled(account.has_value());
    refreshBanner();
}

void MainWindow::refreshListings()
{
    // The listings view works on the signed-in account's local database; a new account gets a new view.
    data::LocalDatabase *db = m_session.database();
    if (db == m_listingsDatabase && (db == nullptr || m_listingsView))
        return;
    m_listingsDatabase = db;
    m_listingsMenu->clear();
    m_listingsMenu->setEnabled(db != nullptr);
    if (!db) {
        setSectionWidget(Section::Listings,
                         new PlaceholderPanel(tr("Listings"),
                                              tr("Sign in once to work on your listings. They are kept on this "
                                                 "computer, so you can draft and edit them offline afterwards."),
                                              this));
        return;
    }
    m_listingsView = new ListingsView(*db, this);
    setSectionWidget(Section::Listings, m_listingsView);
    m_listingsMenu->addActions(m_listingsView->menuActions());
}

void MainWindow::refreshOrders()
{
    // Like the listings: the orders of the signed-in account's local database, or a word on signing in.
    data::LocalDatabase *db = m_session.database();
    if (db == m_ordersDatabase && (db == nullptr || m_ordersView))
        return;
    m_ordersDatabase = db;
    if (!db) {
        setSectionWidget(Section::Orders, new PlaceholderPanel(tr("Orders"), ordersPlaceholderText(), this));
        setSectionWidget(Section::Payouts, new PlaceholderPanel(tr("Payouts"), payoutsPlaceholderText(), this));
        return;
    }
    // Payouts read the same orders (what escrow holds) and ask the server for balances and payouts.
    m_payoutsView = new PayoutsView(db->connection(), &m_session, this);
    setSectionWidget(Section::Payouts, m_payoutsView);
    m_payoutsView->refresh();
    m_ordersView = new OrdersView(db->connection(), this);
    m_ordersView->setDisputeClient(m_disputes);
    connect(m_ordersView, &OrdersView::disputeChanged, this, &MainWindow::syncSoon);
    connect(m_ordersView, &OrdersView::shipmentQueued, this, &MainWindow::syncSoon);
    connect(m_ordersView, &OrdersView::evidenceQueued, this, &MainWindow::syncSoon);
    connect(m_ordersView, &OrdersView::newPaidOrders, this, [this](const QStringList &items) {
        statusBar()->showMessage(tr("New paid order(s) to ship: %1", nullptr, static_cast<int>(items.size()))
                                     .arg(items.join(QStringLiteral("; "))),
                                 kNewOrderMessageMs);
    });
    setSectionWidget(Section::Orders, m_ordersView);
}

void MainWindow::refreshMessages()
{
    // Like the orders: the conversations in the signed-in account's local database.
    data::LocalDatabase *db = m_session.database();
    if (db == m_messagesDatabase && (db == nullptr || m_messagesView))
        return;
    m_messagesDatabase = db;
    m_sections->setBadge(Section::Messages, 0);
    if (!db) {
        setSectionWidget(Section::Messages,
                         new PlaceholderPanel(tr("Messages"), messagesPlaceholderText(), this));
        return;
    }
    m_messagesView = new MessagesView(db->connection(), this);
    connect(m_messagesView, &MessagesView::messageQueued, this, &MainWindow::syncSoon);
    connect(m_messagesView, &MessagesView::unreadChanged, this,
            [this](int unread) { m_sections->setBadge(Section::Messages, unread); });
    connect(m_messagesView, &MessagesView::newBuyerMessages, this, [this](const QStringList &buyers) {
        statusBar()->showMessage(tr("New message(s) from %1", nullptr, static_cast<int>(buyers.size()))
                                     .arg(buyers.join(QStringLiteral(", "))),
                                 kNewOrderMessageMs);
    });
    m_sections->setBadge(Section::Messages, m_messagesView->unreadTotal());
    setSectionWidget(Section::Messages, m_messagesView);
}

void MainWindow::refreshArbitration()
{
    const bool staff = m_session.isStaff() && m_session.isAuthenticated();
    const QString user = staff ? m_session.profile().id : QString();
    if (user == m_arbitrationUser && (!staff || m_staffConsole))
        return;
    m_arbitrationUser = user;
    if (!staff) {
        setSectionWidget(Section::Arbitration,
                         new PlaceholderPanel(tr("Arbitration"),
                                              tr("Arbitration works online only: sign in with your staff account "
                                                 "and its second factor to see the dispute queue."),
                                              this));
        return;
    }
    m_staffConsole = new StaffConsole(*m_disputes, *m_staff, user, this);
    m_staffConsole->setOnline(m_connectivity.state() != sync::ConnectivityMonitor::State::Offline);
    setSectionWidget(Section::Arbitration, m_staffConsole);
    m_staffConsole->refresh();
}

void MainWindow::syncSoon()
{
    // Something waits in the outbox (a shipment, packing evidence, an answer): sync soon.
    if (m_sync->client())
        m_sync->client()->localChanged();
}

void MainWindow::followSyncClient(sync::SyncClient *client)
{
    if (!client)
        return;
    connect(client, &sync::SyncClient::progressChanged, this,
            [this](sync::SyncClient::Phase phase, int done, int) {
                if (phase == sync::SyncClient::Phase::Pulling && done > 0)
                    m_pulledSinceReload = true;
                // Pushed answers count too: a refused shipment comes back with them.
                if (phase == sync::SyncClient::Phase::Pushing && done > 0)
                    m_ordersStale = true;
                if (phase == sync::SyncClient::Phase::Pulling && done > 0)
                    m_ordersStale = true;
            });
    connect(client, &sync::SyncClient::photosArrived, this, [this](const QStringList &sha256s) {
        if (m_listingsView)
            m_listingsView->photosArrived(sha256s);
    });
    connect(client, &sync::SyncClient::syncFinished, this, [this](bool ok) {
        if (m_pulledSinceReload && m_listingsView)
            m_listingsView->reloadFromDatabase();
        m_pulledSinceReload = false;
        if (m_ordersStale && m_ordersView)
            m_ordersView->reloadFromDatabase();
        if (m_ordersStale && m_messagesView)
            m_messagesView->reloadFromDatabase(); // pulled messages, or answers to pushed ones
        if (m_payoutsView && (m_ordersStale || ok))
            m_payoutsView->refresh(); // reached the server: its balances may have moved
        m_ordersStale = false;
    });
}

void MainWindow::refreshBanner()
{
    QStringList lines;
    const bool unavailable = m_session.keyringState() == sync::AccountSession::KeyringState::Unavailable ||
                             m_session.keyringState() == sync::AccountSession::KeyringState::Error;
    if (unavailable)
        lines << m_session.keyringMessage();
    if (!m_session.notice().isEmpty())
        lines << m_session.notice();
    if (!m_session.hasAccount())
        lines << tr("You are not signed in. Sign in to sync your listings and see your orders.");
    m_bannerText->setText(lines.join(QLatin1Char('\n')));
    m_bannerSignIn->setVisible(!m_session.isAuthenticated());
    m_banner->setVisible(!lines.isEmpty());
}

SignInDialog *MainWindow::openSignInDialog()
{
    if (!m_signInDialog) {
        m_signInDialog = new SignInDialog(m_session, this);
        m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_signInDialog->open();
    m_signInDialog->raise();
    m_signInDialog->activateWindow();
    return m_signInDialog;
}

QWidget *MainWindow::openSyncLog()
{
    if (!m_session.database())
        return nullptr;
    if (!m_syncLog) {
        auto *window = new SyncLogWindow(m_session.database()->connection(), this);
        window->setAttribute(Qt::WA_DeleteOnClose);
        if (auto *client = m_sync->client())
            connect(client, &sync::SyncClient::logAppended, window, &SyncLogWindow::reload);
        m_syncLog = window;
    }
    m_syncLog->show();
    m_syncLog->raise();
    return m_syncLog;
}

QWidget *MainWindow::openConflicts()
{
    if (!m_session.database())
        return nullptr;
    if (!m_conflicts) {
        auto *dialog = new ConflictDialog(m_session.database()->connection(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (auto *client = m_sync->client()) {
            connect(client, &sync::SyncClient::conflictsChanged, dialog, &ConflictDialog::reload);
            connect(dialog, &ConflictDialog::resolved, client, [client] {
                emit client->conflictsChanged();
                client->localChanged();
            });
        }
        m_conflicts = dialog;
    }
    m_conflicts->show();
    m_conflicts->raise();
    return m_conflicts;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Caravan"),
                       tr("<h3>Caravan %1</h3><p>The seller's workbench for cross-border sales between "
                          "private people: list, ship and get paid through escrow.</p>")
                           .arg(QLatin1String(caravan::kVersion)));
}

} // namespace caravan::ui
