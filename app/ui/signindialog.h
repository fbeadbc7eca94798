#pragma once

#include "sync/sessionclient.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPushButton;
class QSvgWidget;
class QWidget;

namespace caravan::sync {
class AccountSession;
}

namespace caravan::ui {

// Email + password against a server URL the user can change. Shows what went wrong in plain words
// (wrong password, server unreachable, throttled with a countdown, TLS error) and closes on success.
// A staff account then needs the code of its authenticator app: the dialog shows a code field (and, the
// first time, the QR code and the secret to set the app up with) and signs in again with the code.
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(sync::AccountSession &session, QWidget *parent = nullptr);

    void setServerUrl(const QString &url);
    void setEmail(const QString &email);
    void setPassword(const QString &password);
    void setCode(const QString &code);
    // Validates the form and starts signing in (what the Sign in button does).
    void submit();

    [[nodiscard]] QString errorText() const;
    [[nodiscard]] bool busy() const { return m_busy; }
    // The second factor's part of the dialog: the code field, and the set-up (QR code and secret).
    [[nodiscard]] bool asksForCode() const;
    [[nodiscard]] bool showsEnrollment() const;
    [[nodiscard]] QString enrollmentSecret() const { return m_enrollmentSecret; }

private:
    void finished(bool ok, const sync::ApiError &error);
    void askForCode(const sync::ApiError &error);
    void forgetSecondFactor();
    void showError(const QString &message);
    void setBusy(bool busy);
    void tickThrottle();
    void updateButton();

    sync::AccountSession &m_session;
    QLineEdit *m_server;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLabel *m_error;
    QWidget *m_factor;
    QLabel *m_factorNote;
    QSvgWidget *m_qr;
    QLabel *m_secret;
    QLineEdit *m_code;
    QString m_enrollmentSecret;
    QPushButton *m_signIn;
    QTimer m_throttle;
    int m_throttleLeft = 0;
    bool m_busy = false;
};

} // namespace caravan::ui
