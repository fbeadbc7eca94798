#include "ui/settingspage.h"

#include "models/outboxmodel.h"
#include "sync/accountsession.h"
#include "sync/connectivitymonitor.h"
#include "ui/language.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace caravan::ui {

SettingsPage::SettingsPage(sync::AccountSession &session, sync::ConnectivityMonitor &connectivity,
                           QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_connectivity(connectivity)
    , m_server(new QLineEdit(this))
    , m_applyServer(new QPushButton(tr("Use this server"), this))
    , m_serverNote(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(tr("A new language takes effect when Caravan is started again."), this))
    , m_account(new QLabel(this))
    , m_signIn(new QPushButton(tr("Sign in…"), this))
    , m_signOut(new QPushButton(tr("Sign out"), this))
    , m_keyring(new QLabel(this))
    , m_localData(new QLabel(this))
    , m_outboxView(new QTableView(this))
    , m_outbox(new models::OutboxModel(this))
{
    setObjectName(QStringLiteral("settingsPage"));
    m_server->setObjectName(QStringLiteral("settingsServerEdit"));
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_account->setObjectName(QStringLiteral("settingsAccount"));
    m_keyring->setObjectName(QStringLiteral("settingsKeyring"));
    m_signOut->setObjectName(QStringLiteral("settingsSignOut"));

    for (QLabel *label : {m_serverNote, m_languageNote, m_account, m_keyring, m_localData}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    // Server
    auto *serverBox = new QGroupBox(tr("Server"), this);
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_server, 1);
    serverRow->addWidget(m_applyServer);
    auto *serverLayout = new QVBoxLayout(serverBox);
    serverLayout->addLayout(serverRow);
    serverLayout->addWidget(m_serverNote);
    connect(m_applyServer, &QPushButton::clicked, this, &SettingsPage::applyServer);
    connect(m_server, &QLineEdit::returnPressed, this, &SettingsPage::applyServer);

    // Language
    auto *languageBox = new QGroupBox(tr("Language"), this);
    m_language->addItem(tr("System default"), QString());
    for (const auto &choice : availableLanguages())
        m_language->addItem(choice.nativeName, choice.code);
    const int current = m_language->findData(session.settings().language());
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    auto *languageLayout = new QVBoxLayout(languageBox);
    languageLayout->addWidget(m_language, 0, Qt::AlignLeft);
    languageLayout->addWidget(m_languageNote);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::languageChosen);

    // Account
    auto *accountBox = new QGroupBox(tr("Account"), this);
    auto *accountButtons = new QHBoxLayout;
    accountButtons->addWidget(m_signIn);
    accountButtons->addWidget(m_signOut);
    accountButtons->addStretch(1);
    auto *accountLayout = new QVBoxLayout(accountBox);
    accountLayout->addWidget(m_account);
    accountLayout->addLayout(accountButtons);
    connect(m_signIn, &QPushButton::clicked, this, &SettingsPage::signInRequested);
    connect(m_signOut, &QPushButton::clicked, &m_session, &sync::AccountSession::signOut);

    // Keyring
    auto *keyringBox = new QGroupBox(tr("Keyring"), this);
    auto *keyringLayout = new QVBoxLayout(keyringBox);
    keyringLayout->addWidget(m_keyring);

    // Local data
    auto *localBox = new QGroupBox(tr("Local data"), this);
    m_outboxView->setModel(m_outbox);
    m_outboxView->verticalHeader()->hide();
    m_outboxView->horizontalHeader()->setStretchLastSection(true);
    m_outboxView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_outboxView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_outboxView->setMinimumHeight(110);
    auto *localLayout = new QVBoxLayout(localBox);
    localLayout->addWidget(m_localData);
    localLayout->addWidget(m_outboxView);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    auto *heading = new QLabel(tr("Settings"), content);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);
    layout->addWidget(accountBox);
    layout->addWidget(serverBox);
    layout->addWidget(languageBox);
    layout->addWidget(keyringBox);
    layout->addWidget(localBox);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(&m_session, &sync::AccountSession::accountChanged, this, &SettingsPage::refresh);
    connect(&m_session, &sync::AccountSession::keyringStateChanged, this, &SettingsPage::refresh);
    connect(&m_session, &sync::AccountSession::noticeChanged, this, &SettingsPage::refresh);
    connect(&m_connectivity, &sync::ConnectivityMonitor::stateChanged, this, &SettingsPage::refresh);
    connect(&m_session, &sync::AccountSession::serverUrlChanged, this,
            [this](const QUrl &url) { m_server->setText(url.toDisplayString()); });
    m_server->setText(m_session.serverUrl().toDisplayString());
    refresh();
}

QString SettingsPage::accountText() const
{
    return m_account->text();
}

QString SettingsPage::keyringText() const
{
    return m_keyring->text();
}

void SettingsPage::refresh()
{
    using State = sync::ConnectivityMonitor::State;
    switch (m_connectivity.state()) {
    case State::Online:
        m_serverNote->setText(tr("The server answers."));
        break;
    case State::Offline:
        m_serverNote->setText(
            tr("The server does not answer right now. Caravan keeps trying in the background "
               "and works with the data on this computer meanwhile."));
        break;
    case State::Unknown:
        m_serverNote->setText(tr("Checking whether the server answers…"));
        break;
    }

    const auto account = m_session.account();
    if (!account) {
        m_account->setText(tr("Not signed in."));
    } else {
        const auto profile = m_session.profile();
        const QString name = profile.displayName.isEmpty() ? account->email : profile.displayName;
        QString text = m_session.isAuthenticated()
                           ? tr("Signed in as %1 (%2) on %3.")
                                 .arg(name, account->email, account->server.toDisplayString())
                           : tr("Working offline as %1 (%2) on %3; not signed in.")
                                 .arg(name, account->email, account->server.toDisplayString());
        if (profile.isStaff())
            text += QLatin1Char('\n') + tr("This is a staff account.");
        m_account->setText(text);
    }
    m_signIn->setVisible(!m_session.isAuthenticated());
    m_signOut->setVisible(account.has_value());

    using Keyring = sync::AccountSession::KeyringState;
    switch (m_session.keyringState()) {
    case Keyring::Unknown:
        m_keyring->setText(tr("The keyring has not been used yet in this session."));
        break;
    case Keyring::Available:
        m_keyring->setText(tr("The system keyring is available. Your sign-in is stored there, never in "
                              "plain text."));
        break;
    case Keyring::Unavailable:
    case Keyring::Error:
        m_keyring->setText(m_session.keyringMessage());
        break;
    }

    if (auto *db = m_session.database()) {
        m_outbox->setDatabase(db->connection());
        m_localData->setText(tr("Local database: %1\nChanges waiting to be sent to the server: %2")
                                 .arg(db->filePath())
                                 .arg(m_outbox->rowCount()));
    } else {
        m_outbox->setDatabase({});
        m_localData->setText(tr("No account is open, so there is no local data to show."));
    }
}

void SettingsPage::applyServer()
{
    const QUrl url = QUrl::fromUserInput(m_server->text().trimmed());
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        m_serverNote->setText(tr("The server address is not valid. Use a web address such as "
                                 "https://caravan.example."));
        return;
    }
    m_session.setServerUrl(url);
    m_server->setText(m_session.serverUrl().toDisplayString());
}

void SettingsPage::languageChosen(int index)
{
    m_session.settings().setLanguage(m_language->itemData(index).toString());
    m_session.settings().sync();
    m_languageNote->setText(tr("Saved. The new language takes effect when Caravan is started again."));
}

} // namespace caravan::ui
