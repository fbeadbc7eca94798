#include "ui/shipdialog.h"

#include "models/ordertext.h"
#include "shipping/tracking.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace caravan::ui {

ShipDialog::ShipDialog(const data::Order &order, QWidget *parent)
    : QDialog(parent)
    , m_orderId(order.id)
    , m_carrier(new QComboBox(this))
    , m_tracking(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("shipDialog"));
    setWindowTitle(tr("Mark shipped"));
    auto *intro = new QLabel(
        tr("<b>%1</b> to %2")
            .arg(models::OrderText::items(order).toHtmlEscaped(), order.shipTo.name.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    m_carrier->setObjectName(QStringLiteral("carrier"));
    m_carrier->setEditable(true);
    m_carrier->setInsertPolicy(QComboBox::NoInsert);
    for (const shipping::Carrier &c : shipping::knownCarriers()) {
        const QString id = QString::fromStdString(c.id);
        m_carrier->addItem(models::OrderText::carrierName(id), id);
    }
    m_carrier->setToolTip(tr("Choose the carrier, or type the name of another one."));
    m_tracking->setObjectName(QStringLiteral("trackingNumber"));
    m_tracking->setMaxLength(60);
    m_message->setObjectName(QStringLiteral("trackingMessage"));
    m_message->setWordWrap(true);

    auto *note = new QLabel(tr("The shipment goes to the server with the next sync. Until then the order "
                               "shows “Shipped — waiting to sync”."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto *form = new QFormLayout;
    form->addRow(tr("Carrier:"), m_carrier);
    form->addRow(tr("Tracking number:"), m_tracking);
    form->addRow(QString(), m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Mark shipped"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (check().ok())
            emit submitted(carrier(), trackingNumber());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);

    connect(m_carrier, &QComboBox::currentTextChanged, this, &ShipDialog::carrierChanged);
    connect(m_tracking, &QLineEdit::textChanged, this, &ShipDialog::validate);
    carrierChanged();
    resize(460, sizeHint().height());
}

QString ShipDialog::carrier() const
{
    const QString text = m_carrier->currentText().trimmed();
    const int row = m_carrier->findText(text);
    return row >= 0 ? m_carrier->itemData(row).toString() : text;
}

QString ShipDialog::trackingNumber() const
{
    return m_tracking->text();
}

data::ShipmentCheck ShipDialog::check() const
{
    return data::OrderRepository::checkShipment(carrier(), trackingNumber());
}

QString ShipDialog::message() const
{
    return m_message->text();
}

void ShipDialog::setError(const QString &message)
{
    m_message->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_message->setText(message);
}

void ShipDialog::carrierChanged()
{
    const shipping::Carrier *known = shipping::findCarrier(carrier().toStdString());
    m_tracking->setPlaceholderText(known ? tr("e.g. %1").arg(QString::fromStdString(known->sample))
                                         : tr("The number on the carrier's receipt"));
    validate();
}

void ShipDialog::validate()
{
    const data::ShipmentCheck result = check();
    m_ok->setEnabled(result.ok());
    if (result.ok()) {
        m_message->setStyleSheet(QStringLiteral("color: #1d6b2a;"));
        m_message->setText(tr("Will be sent as %1.").arg(result.shipment.trackingNumber));
    } else if (result.problem == QLatin1String("missing")) {
        m_message->setStyleSheet(QString());
        m_message->setText(result.message);
    } else {
        setError(result.message);
    }
}

} // namespace caravan::ui
