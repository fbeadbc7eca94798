#pragma once

#include "sync/connectivitymonitor.h"

#include <QWidget>

class QLabel;

namespace caravan::ui {

// The permanent part of the status bar: who is signed in, to which server, and whether it answers.
class StatusIndicators final : public QWidget
{
    Q_OBJECT

public:
    explicit StatusIndicators(QWidget *parent = nullptr);

    void setAccountText(const QString &text);
    void setServer(const QUrl &server);
    void setConnectivity(sync::ConnectivityMonitor::State state);

    [[nodiscard]] QString accountText() const;
    [[nodiscard]] QString serverText() const;
    [[nodiscard]] QString connectivityText() const;

private:
    QLabel *m_account;
    QLabel *m_server;
    QLabel *m_connectivity;
};

} // namespace caravan::ui
