#pragma once

#include "sync/sessionclient.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace caravan::sync {
class AccountSession;
}

namespace caravan::ui {

// Email + password against a server URL the user can change. Shows what went wrong in plain words
// (wrong password, server unreachable, throttled with a countdown, TLS error) and closes on success.
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(sync::AccountSession &session, QWidget *parent = nullptr);

    void setServerUrl(const QString &url);
    void setEmail(const QString &email);
    void setPassword(const QString &password);
    // Validates the form and starts signing in (what the Sign in button does).
    void submit();

    [[nodiscard]] QString errorText() const;
    [[nodiscard]] bool busy() const { return m_busy; }

private:
    void finished(bool ok, const sync::ApiError &error);
    void showError(const QString &message);
    void setBusy(bool busy);
    void tickThrottle();
    void updateButton();

    sync::AccountSession &m_session;
    QLineEdit *m_server;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_signIn;
    QTimer m_throttle;
    int m_throttleLeft = 0;
    bool m_busy = false;
};

} // namespace caravan::ui
