#include "ui/signindialog.h"

#include "sync/accountsession.h"
#include "sync/serveraddress.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSvgWidget>
#include <QVBoxLayout>

namespace caravan::ui {

SignInDialog::SignInDialog(sync::AccountSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_server(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_factor(new QWidget(this))
    , m_factorNote(new QLabel(m_factor))
    , m_qr(new QSvgWidget(m_factor))
    , m_secret(new QLabel(m_factor))
    , m_code(new QLineEdit(m_factor))
    , m_signIn(new QPushButton(tr("Sign in"), this))
{
    setWindowTitle(tr("Sign in to Caravan"));
    setWindowIcon(QIcon(QStringLiteral(":/caravan/icons/caravan.svg")));
    setMinimumWidth(440);

    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_qr->setObjectName(QStringLiteral("qrCode"));
    m_secret->setObjectName(QStringLiteral("secretLabel"));

    m_server->setText(session.serverUrl().toDisplayString());
    m_server->setPlaceholderText(QStringLiteral("https://caravan.example"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_password->setEchoMode(QLineEdit::Password);
    if (const auto account = session.settings().lastAccount())
        m_email->setText(account->email);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto *intro = new QLabel(tr("Sign in with your Caravan account. Your password is sent only to the "
                                "server below; the session is kept in the system keyring."),
                             this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Email:"), m_email);
    form->addRow(tr("Password:"), m_password);

    // The second factor: hidden until the server asks a staff account for it.
    m_factorNote->setWordWrap(true);
    m_qr->setFixedSize(220, 220);
    m_secret->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_secret->setWordWrap(true);
    m_code->setMaxLength(6);
    m_code->setPlaceholderText(QStringLiteral("123456"));
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_code));
    auto *codeForm = new QFormLayout;
    codeForm->setContentsMargins(0, 0, 0, 0);
    codeForm->addRow(tr("Authenticator code:"), m_code);
    auto *factorLayout = new QVBoxLayout(m_factor);
    factorLayout->setContentsMargins(0, 0, 0, 0);
    factorLayout->addWidget(m_factorNote);
    factorLayout->addWidget(m_qr, 0, Qt::AlignHCenter);
    factorLayout->addWidget(m_secret);
    factorLayout->addLayout(codeForm);
    m_factor->hide();

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_signIn->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_factor);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    m_throttle.setInterval(1000);
    connect(&m_throttle, &QTimer::timeout, this, &SignInDialog::tickThrottle);
    connect(&m_session, &sync::AccountSession::signInFinished, this, &SignInDialog::finished);
    connect(m_email, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    // Another account or server: the code asked for belongs to the one before.
    connect(m_email, &QLineEdit::textEdited, this, &SignInDialog::forgetSecondFactor);
    connect(m_server, &QLineEdit::textEdited, this, &SignInDialog::forgetSecondFactor);
    updateButton();
    if (m_email->text().isEmpty())
        m_email->setFocus();
    else
        m_password->setFocus();
}

void SignInDialog::setServerUrl(const QString &url)
{
    m_server->setText(url);
}

void SignInDialog::setEmail(const QString &email)
{
    m_email->setText(email);
}

void SignInDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void SignInDialog::setCode(const QString &code)
{
    m_code->setText(code);
}

bool SignInDialog::asksForCode() const
{
    return !m_factor->isHidden();
}

bool SignInDialog::showsEnrollment() const
{
    return asksForCode() && !m_qr->isHidden();
}

QString SignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SignInDialog::submit()
{
    if (m_busy || m_throttleLeft > 0)
        return;
    QString addressError;
    const QUrl server = sync::ServerAddress::fromUserInput(m_server->text(), &addressError);
    if (server.isEmpty()) {
        showError(addressError);
        m_server->setFocus();
        return;
    }
    const QString email = m_email->text().trimmed();
    if (email.isEmpty() || !email.contains(QLatin1Char('@'))) {
        showError(tr("Enter the email address of your Caravan account."));
        m_email->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    QString code;
    if (asksForCode()) {
        code = m_code->text().trimmed();
        if (code.size() != 6) {
            showError(tr("Enter the 6-digit code your authenticator app shows."));
            m_code->setFocus();
            return;
        }
    }
    m_error->hide();
    m_session.setServerUrl(server);
    setBusy(true);
    m_session.signIn(email, m_password->text(), code);
}

void SignInDialog::finished(bool ok, const sync::ApiError &error)
{
    if (!m_busy)
        return; // a sign-in this dialog did not start
    setBusy(false);
    if (ok) {
        m_password->clear();
        m_code->clear();
        accept();
        return;
    }
    using Kind = sync::ApiError::Kind;
    if (error.kind == Kind::SecondFactorRequired || error.kind == Kind::SecondFactorInvalid ||
        error.kind == Kind::SecondFactorEnrollment) {
        askForCode(error);
        return;
    }
    showError(error.message);
    if (error.kind == sync::ApiError::Kind::InvalidCredentials) {
        m_password->selectAll();
        m_password->setFocus();
    } else if (error.kind == sync::ApiError::Kind::Throttled && error.retryAfterSeconds > 0) {
        m_throttleLeft = error.retryAfterSeconds;
        m_throttle.start();
        updateButton();
    }
}

void SignInDialog::askForCode(const sync::ApiError &error)
{
    using Kind = sync::ApiError::Kind;
    if (error.kind == Kind::SecondFactorEnrollment) {
        m_enrollmentSecret = error.secondFactorSecret;
        m_qr->load(error.qrSvg);
        // In groups of four, as authenticator apps show and take it.
        QString grouped;
        for (qsizetype i = 0; i < m_enrollmentSecret.size(); i += 4)
            grouped += (i ? QStringLiteral(" ") : QString()) + m_enrollmentSecret.mid(i, 4);
        m_secret->setText(tr("Secret (if you cannot scan): %1").arg(grouped));
        m_qr->show();
        m_secret->show();
        m_factorNote->setText(error.message);
    } else if (error.kind == Kind::SecondFactorRequired) {
        m_enrollmentSecret.clear();
        m_qr->hide();
        m_secret->hide();
        m_factorNote->setText(error.message);
    }
    m_factor->show();
    if (error.kind == Kind::SecondFactorInvalid)
        showError(error.message);
    else
        m_error->hide();
    m_code->clear();
    m_code->setFocus();
    adjustSize();
}

void SignInDialog::forgetSecondFactor()
{
    m_enrollmentSecret.clear();
    m_code->clear();
    m_factor->hide();
}

void SignInDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_server->setEnabled(!busy);
    m_email->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_code->setEnabled(!busy);
    updateButton();
}

void SignInDialog::tickThrottle()
{
    if (--m_throttleLeft <= 0) {
        m_throttleLeft = 0;
        m_throttle.stop();
        m_error->hide();
    } else {
        showError(tr("Too many attempts. Try again in %1 s.").arg(m_throttleLeft));
    }
    updateButton();
}

void SignInDialog::updateButton()
{
    if (m_busy)
        m_signIn->setText(tr("Signing in…"));
    else if (m_throttleLeft > 0)
        m_signIn->setText(tr("Wait %1 s").arg(m_throttleLeft));
    else
        m_signIn->setText(tr("Sign in"));
    m_signIn->setEnabled(!m_busy && m_throttleLeft == 0);
}

} // namespace caravan::ui
