#include "ui/settingspage.h"

#include "models/outboxmodel.h"
#include "sync/accountsession.h"
#include "sync/connectivitymonitor.h"
#include "sync/serveraddress.h"
#include "ui/language.h"

#include <QComboBox>
#include <QFileDialog>
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
    , m_caFile(new QLineEdit(this))
    , m_chooseCaFile(new QPushButton(tr("Choose…"), this))
    , m_applyCaFile(new QPushButton(tr("Use this CA file"), this))
    , m_caNote(new QLabel(this))
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
    m_caFile->setObjectName(QStringLiteral("settingsCaFileEdit"));
    m_caFile->setPlaceholderText(tr("Only for a server with a private certificate authority"));
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_account->setObjectName(QStringLiteral("settingsAccount"));
    m_keyring->setObjectName(QStringLiteral("settingsKeyring"));
    m_signOut->setObjectName(QStringLiteral("settingsSignOut"));

    for (QLabel *label : {m_serverNote, m_caNote, m_languageNote, m_account, m_keyring, m_localData}) {
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
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(new QLabel(tr("CA file:"), serverBox));
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_chooseCaFile);
    caRow->addWidget(m_applyCaFile);
    serverLayout->addLayout(caRow);
    serverLayout->addWidget(m_caNote);
    connect(m_applyServer, &QPushButton::clicked, this, &SettingsPage::applyServer);
    connect(m_server, &QLineEdit::returnPressed, this, &SettingsPage::applyServer);
    connect(m_applyCaFile, &QPushButton::clicked, this, &SettingsPage::applyCaFile);
    connect(m_caFile, &QLineEdit::returnPressed, this, &SettingsPage::applyCaFile);
    connect(m_chooseCaFile, &QPushButton::clicked, this, &SettingsPage::chooseCaFile);

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
    m_caFile->setText(m_session.caFile());
    m_caNote->setText(caDescription());
    refresh();
}

QString SettingsPage::serverNoteText() const
{
    return m_serverNote->text();
}

QString SettingsPage::caNoteText() const
{
    return m_caNote->text();
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
    const QUrl server = m_session.serverUrl();
    if (!sync::ServerAddress::isSecure(server)) {
        // An address kept from an older version: nothing is sent to it; say why.
        m_serverNote->setText(sync::ServerAddress::plainHttpRefused(server));
    } else {
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
    applyServerText(m_server->text());
}

void SettingsPage::applyServerText(const QString &text)
{
    m_server->setText(text);
    QString error;
    const QUrl url = sync::ServerAddress::fromUserInput(text, &error);
    if (url.isEmpty()) {
        m_serverNote->setText(error);
        return;
    }
    m_session.setServerUrl(url);
    m_server->setText(m_session.serverUrl().toDisplayString());
    refresh();
}

void SettingsPage::applyCaFile()
{
    applyCaFileText(m_caFile->text());
}

void SettingsPage::applyCaFileText(const QString &path)
{
    m_caFile->setText(path);
    QString error;
    if (!m_session.setCaFile(path, &error)) {
        m_caNote->setText(error);
        return;
    }
    m_caFile->setText(m_session.caFile());
    m_caNote->setText(caDescription());
    m_connectivity.probeNow();
}

void SettingsPage::chooseCaFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Certificate authority of the server"), m_caFile->text(),
                                     tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (!path.isEmpty())
        applyCaFileText(path);
}

QString SettingsPage::caDescription() const
{
    const auto certificates = sync::ServerTrust::customCertificates();
    if (certificates.isEmpty())
        return tr("The server's certificate is checked against the certificate authorities of this "
                  "computer.");
    QStringList names;
    for (const auto &certificate : certificates)
        names.append(certificate.subjectDisplayName());
    return tr("The server's certificate is also trusted when issued by: %1")
        .arg(names.join(QStringLiteral(", ")));
}

void SettingsPage::languageChosen(int index)
{
    m_session.settings().setLanguage(m_language->itemData(index).toString());
    m_session.settings().sync();
    m_languageNote->setText(tr("Saved. The new language takes effect when Caravan is started again."));
}

} // namespace caravan::ui
