#include "ui/statusindicators.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>

namespace caravan::ui {

namespace {
QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}
} // namespace

StatusIndicators::StatusIndicators(QWidget *parent)
    : QWidget(parent)
    , m_account(new QLabel(this))
    , m_server(new QLabel(this))
    , m_connectivity(new QLabel(this))
{
    m_account->setObjectName(QStringLiteral("statusAccount"));
    m_account->setTextFormat(Qt::PlainText);
    m_server->setTextFormat(Qt::PlainText);
    m_server->setObjectName(QStringLiteral("statusServer"));
    m_connectivity->setObjectName(QStringLiteral("statusConnectivity"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->setSpacing(8);
    layout->addWidget(m_account);
    layout->addWidget(separator(this));
    layout->addWidget(m_server);
    layout->addWidget(separator(this));
    layout->addWidget(m_connectivity);
    setConnectivity(sync::ConnectivityMonitor::State::Unknown);
}

void StatusIndicators::setAccountText(const QString &text)
{
    m_account->setText(text);
}

void StatusIndicators::setServer(const QUrl &server)
{
    m_server->setText(tr("Server: %1").arg(server.toDisplayString()));
}

void StatusIndicators::setConnectivity(sync::ConnectivityMonitor::State state)
{
    QString text;
    QString colour;
    switch (state) {
    case sync::ConnectivityMonitor::State::Unknown:
        text = tr("Checking connection…");
        colour = QStringLiteral("#8a8a8a");
        break;
    case sync::ConnectivityMonitor::State::Online:
        text = tr("Online");
        colour = QStringLiteral("#2e7d32");
        break;
    case sync::ConnectivityMonitor::State::Offline:
        text = tr("Offline — working with local data");
        colour = QStringLiteral("#c62828");
        break;
    }
    m_connectivity->setText(
        QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2").arg(colour, text.toHtmlEscaped()));
    m_connectivity->setAccessibleName(text);
    m_connectivity->setProperty("plainText", text);
}

QString StatusIndicators::accountText() const
{
    return m_account->text();
}

QString StatusIndicators::serverText() const
{
    return m_server->text();
}

QString StatusIndicators::connectivityText() const
{
    return m_connectivity->property("plainText").toString();
}

} // namespace caravan::ui
