#include "ui/payoutsview.h"

#include "data/orderrepository.h"
#include "models/ordertext.h"
#include "sync/accountsession.h"
#include "ui/payoutchart.h"
#include "ui/payoutidentitydialog.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QPointer>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>
#include <algorithm>

namespace caravan::ui {

using models::OrderText;

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

} // namespace

PayoutsView::PayoutsView(QSqlDatabase db, sync::AccountSession *session, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Payouts"), this);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.4);
    title->setFont(font);
    layout->addWidget(title);

    auto *identityRow = new QHBoxLayout;
    m_identity = new QLabel(this);
    m_identity->setWordWrap(true);
    m_identityButton = new QPushButton(tr("Verify identity…"), this);
    m_identityButton->setEnabled(session != nullptr);
    identityRow->addWidget(m_identity, 1);
    identityRow->addWidget(m_identityButton);
    layout->addLayout(identityRow);

    layout->addWidget(heading(tr("Balance"), this));
    m_balances = makeTable({tr("Currency"), tr("In escrow"), tr("Of which releasing"), tr("Available"),
                            tr("In transit"), tr("Paid out"), tr("Refunded to buyers")},
                           this);
    m_balances->setMaximumHeight(120);
    layout->addWidget(m_balances);

    auto *actions = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_request = new QPushButton(tr("Request payout"), this);
    m_export = new QPushButton(tr("Export ledger (CSV)…"), this);
    m_export->setToolTip(tr("Every amount released to you, each fee and each payout, with the running "
                            "balance: the lines add up to your payouts and what is available."));
    m_export->setEnabled(session != nullptr);
    actions->addWidget(m_status, 1);
    actions->addWidget(m_export);
    actions->addWidget(m_refresh);
    actions->addWidget(m_request);
    layout->addLayout(actions);

    m_chart = new PayoutChart(this);
    layout->addWidget(m_chart, 1);

    // What escrow holds and what was paid, side by side below the chart.
    auto *lists = new QHBoxLayout;
    auto *heldColumn = new QVBoxLayout;
    heldColumn->addWidget(heading(tr("Held in escrow"), this));
    m_held = makeTable({tr("Order"), tr("Amount"), tr("Status"), tr("Hold ends")}, this);
    heldColumn->addWidget(m_held, 1);
    auto *paidColumn = new QVBoxLayout;
    paidColumn->addWidget(heading(tr("Payout history"), this));
    m_payouts = makeTable({tr("Made"), tr("Amount"), tr("Status"), tr("Transfer")}, this);
    paidColumn->addWidget(m_payouts, 1);
    m_linesLabel = new QLabel(tr("Choose a payout to see the sales it paid out."), this);
    m_linesLabel->setWordWrap(true);
    paidColumn->addWidget(m_linesLabel);
    m_lines = makeTable({tr("Date"), tr("Order"), tr("Line"), tr("Amount")}, this);
    paidColumn->addWidget(m_lines, 1);
    lists->addLayout(heldColumn, 3);
    lists->addLayout(paidColumn, 2);
    layout->addLayout(lists, 1);

    connect(m_refresh, &QPushButton::clicked, this, &PayoutsView::refresh);
    connect(m_export, &QPushButton::clicked, this, &PayoutsView::exportLedger);
    connect(m_identityButton, &QPushButton::clicked, this, &PayoutsView::editIdentity);
    connect(m_payouts, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_payouts->selectionModel()->selectedRows();
        if (!rows.isEmpty() && m_summary && rows.first().row() < m_summary->payouts.size())
            showPayoutLines(m_summary->payouts[rows.first().row()].id);
    });
    connect(m_request, &QPushButton::clicked, this, [this] { requestPayout(selectedCurrency()); });
    connect(m_balances, &QTableWidget::itemSelectionChanged, this, [this] {
        updateRequestButton();
        updateChart();
    });
    reloadFromDatabase();
}

void PayoutsView::reloadFromDatabase()
{
    display(data::PayoutCache(m_db).load());
}

void PayoutsView::setSummary(const data::PayoutSummary &summary)
{
    data::PayoutCache(m_db).save(summary);
    display(summary);
}

void PayoutsView::refresh()
{
    if (!m_session)
        return;
    m_status->setText(tr("Asking the server…"));
    m_session->getJson(QStringLiteral("/api/v1/payouts"), [this](const QJsonObject &json, const sync::ApiError &error) {
        if (error.kind != sync::ApiError::Kind::None) {
            m_status->setText(m_summary ? tr("Not up to date: %1 Shown as of %2.")
                                              .arg(error.message, OrderText::localTime(m_summary->fetchedAt))
                                        : error.message);
            return;
        }
        setSummary(data::PayoutSummary::fromJson(json, QDateTime::currentDateTimeUtc()));
    });
}

void PayoutsView::requestPayout(const QString &currency)
{
    if (!m_session || currency.isEmpty())
        return;
    QString &key = m_requestKeys[currency];
    if (key.isEmpty())
        key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_request->setEnabled(false);
    m_status->setText(tr("Asking for a payout in %1…").arg(currency));
    m_session->postJson(QStringLiteral("/api/v1/payouts"), {{QStringLiteral("currency"), currency}}, key,
                        [this, currency](const QJsonObject &payout, const sync::ApiError &error) {
                            if (error.kind == sync::ApiError::Kind::Unreachable ||
                                error.kind == sync::ApiError::Kind::Timeout) {
                                // The answer may be lost: the same key asks again, never twice.
                                m_status->setText(error.message);
                                updateRequestButton();
                                return;
                            }
                            m_requestKeys.remove(currency);
                            if (error.kind != sync::ApiError::Kind::None) {
                                m_status->setText(tr("The payout was refused: %1").arg(error.message));
                                updateRequestButton();
                                return;
                            }
                            m_status->setText(
                                tr("Payout of %1 made; the transfer follows.")
                                    .arg(OrderText::money(static_cast<qint64>(
                                                              payout.value(QStringLiteral("amount")).toDouble()),
                                                          currency)));
                            refresh();
                        });
}

void PayoutsView::exportLedger()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export ledger"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("caravan-ledger.csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    downloadLedger(path, [this, path](const QString &error) {
        m_status->setText(error.isEmpty() ? tr("Ledger saved to %1.").arg(QDir::toNativeSeparators(path))
                                          : tr("The ledger was not saved: %1").arg(error));
    });
}

void PayoutsView::downloadLedger(const QString &path, std::function<void(const QString &)> done)
{
    if (!m_session) {
        done(tr("There is no server to ask."));
        return;
    }
    m_session->getBytes(QStringLiteral("/api/v1/payouts/ledger.csv"),
                        [path, done = std::move(done)](const QByteArray &csv, const sync::ApiError &error) {
                            if (error.kind != sync::ApiError::Kind::None) {
                                done(error.message);
                                return;
                            }
                            QSaveFile file(path);
                            if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() ||
                                !file.commit()) {
                                done(file.errorString());
                                return;
                            }
                            done({});
                        });
}

QString PayoutsView::selectedCurrency() const
{
    const auto rows = m_balances->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? (m_balances->rowCount() == 1 ? 0 : -1) : rows.first().row();
    return row >= 0 && m_balances->item(row, 0) ? m_balances->item(row, 0)->text() : QString();
}

void PayoutsView::updateRequestButton()
{
    const QString currency = selectedCurrency();
    const bool can = m_session && m_summary && m_summary->canRequest(currency);
    m_request->setEnabled(can);
    if (!m_summary || currency.isEmpty()) {
        m_request->setToolTip(tr("Choose a currency in the balance."));
        return;
    }
    const data::PayoutBalance *b = m_summary->balance(currency);
    if (!m_summary->payoutsWait.isEmpty())
        m_request->setToolTip(identityText(m_summary->identityStatus, m_summary->identityReason));
    else if (!b || b->payable <= 0)
        m_request->setToolTip(tr("Nothing is available in %1 yet.").arg(currency));
    else if (!b->minimum)
        m_request->setToolTip(tr("There is no exchange rate for %1 today, so its minimum is unknown.").arg(currency));
    else if (b->payable < *b->minimum)
        m_request->setToolTip(tr("The smallest payout is %1.").arg(OrderText::money(*b->minimum, currency)));
    else
        m_request->setToolTip(tr("Pays out %1.").arg(OrderText::money(b->payable, currency)));
}

void PayoutsView::display(const std::optional<data::PayoutSummary> &summary)
{
    m_summary = summary;
    m_orders = data::OrderRepository(m_db).loadAll();
    const QVector<data::Order> &orders = m_orders;
    const QVector<data::HeldMoney> local = data::heldMoney(orders);

    m_identity->setText(summary ? identityText(summary->identityStatus, summary->identityReason)
                                : tr("Balances and payouts appear here once the server has been reached."));
    if (summary && summary->payoutsWait.isEmpty() && summary->identityStatus != QLatin1String("verified"))
        m_identity->setText(tr("Payouts are made without an identity check on this server."));
    const bool verified = summary && summary->identityStatus == QLatin1String("verified");
    m_identityButton->setVisible(!verified);
    m_identityButton->setText(summary && summary->identityStatus != QLatin1String("not_submitted")
                                  ? tr("Send identity again…")
                                  : tr("Verify identity…"));
    if (summary)
        m_status->setText(tr("As of %1.").arg(OrderText::localTime(summary->fetchedAt)));

    // Balance: the server's figures; releasing and refunded from the synced orders.
    QStringList currencies;
    if (summary)
        for (const auto &b : summary->balances)
            currencies.append(b.currency);
    for (const auto &m : local)
        if (!currencies.contains(m.currency))
            currencies.append(m.currency);
    std::sort(currencies.begin(), currencies.end());
    const QString keep = selectedCurrency();
    m_balances->setRowCount(static_cast<int>(currencies.size()));
    for (int row = 0; row < currencies.size(); ++row) {
        const QString &c = currencies[row];
        const data::PayoutBalance *b = summary ? summary->balance(c) : nullptr;
        const auto held = std::find_if(local.begin(), local.end(), [&](const auto &m) { return m.currency == c; });
        const auto money = [&](qint64 v) { return cell(OrderText::money(v, c), true); };
        const auto unknown = [] { return cell(QStringLiteral("—"), true); };
        m_balances->setItem(row, 0, cell(c));
        m_balances->setItem(row, 1, b ? money(b->held) : (held != local.end() ? money(held->held) : unknown()));
        m_balances->setItem(row, 2, money(held != local.end() ? held->releasing : 0));
        m_balances->setItem(row, 3, b ? money(b->payable) : unknown());
        m_balances->setItem(row, 4, b ? money(b->inTransit) : unknown());
        m_balances->setItem(row, 5, b ? money(b->paidOut) : unknown());
        m_balances->setItem(row, 6, money(held != local.end() ? held->refunded : 0));
        if (c == keep)
            m_balances->selectRow(row);
    }
    m_balances->resizeColumnsToContents();

    // Each order still held, the soonest end first.
    QVector<data::Order> held;
    for (const auto &o : orders)
        if (data::isHeld(o))
            held.append(o);
    std::sort(held.begin(), held.end(), [](const data::Order &a, const data::Order &b) {
        return a.paidAt < b.paidAt;
    });
    m_held->setRowCount(static_cast<int>(held.size()));
    for (int row = 0; row < held.size(); ++row) {
        const auto &o = held[row];
        m_held->setItem(row, 0, cell(OrderText::items(o)));
        m_held->setItem(row, 1, cell(OrderText::money(o.listingAmounts.sellerNet, o.listingAmounts.currency), true));
        m_held->setItem(row, 2, cell(OrderText::statusText(o.status)));
        m_held->setItem(row, 3, cell(holdText(o)));
    }
    m_held->resizeColumnsToContents();

    const int payouts = summary ? static_cast<int>(summary->payouts.size()) : 0;
    m_payouts->setRowCount(payouts);
    for (int row = 0; row < payouts; ++row) {
        const auto &p = summary->payouts[row];
        m_payouts->setItem(row, 0, cell(OrderText::localTime(p.createdAt)));
        m_payouts->setItem(row, 1, cell(OrderText::money(p.amount, p.currency), true));
        m_payouts->setItem(row, 2, cell(payoutStatusText(p.status)));
        m_payouts->setItem(row, 3, cell(p.transfer));
    }
    m_payouts->resizeColumnsToContents();
    updateRequestButton();
    updateChart();
}

void PayoutsView::updateChart()
{
    QString currency = selectedCurrency();
    if (currency.isEmpty() && m_balances->rowCount() > 0 && m_balances->item(0, 0))
        currency = m_balances->item(0, 0)->text();
    m_chart->setData(currency, m_orders, m_summary ? m_summary->payouts : QVector<data::PayoutEntry>());
}

QString PayoutsView::holdText(const data::Order &o)
{
    if (o.status == QLatin1String("paid"))
        return o.deadlines.shipBy.isValid()
                   ? tr("Until the buyer has it; ship by %1").arg(OrderText::localTime(o.deadlines.shipBy))
                   : tr("Until the buyer has it");
    if (o.status == QLatin1String("shipped"))
        return o.deadlines.deliveryDue.isValid()
                   ? tr("Until delivery (assumed by %1), then the buyer's inspection days")
                         .arg(OrderText::localTime(o.deadlines.deliveryDue))
                   : tr("Until delivery, then the buyer's inspection days");
    if (o.status == QLatin1String("delivered"))
        return o.deadlines.releaseAt.isValid()
                   ? tr("Released on %1 unless the buyer reports a problem")
                         .arg(OrderText::localTime(o.deadlines.releaseAt))
                   : tr("Released after the buyer's inspection days");
    if (o.status == QLatin1String("disputed"))
        return tr("Held while the dispute is open");
    return {};
}

QString PayoutsView::identityText(const QString &status, const QString &reason)
{
    if (status == QLatin1String("verified"))
        return tr("Your payout identity is verified. Available money is paid out automatically when it "
                  "reaches the minimum, or now with Request payout.");
    if (status == QLatin1String("pending"))
        return tr("Payouts wait: your payout identity is being checked by Caravan staff.");
    if (status == QLatin1String("refused"))
        return reason.isEmpty()
                   ? tr("Payouts wait: your payout identity was refused. Correct it and send it again.")
                   : tr("Payouts wait: your payout identity was refused: %1 Correct it and send it again.")
                         .arg(reason);
    return tr("Payouts wait: your payout identity is not submitted yet. Money you earn is kept for you until "
              "staff have verified it; send it with Verify identity.");
}

void PayoutsView::editIdentity()
{
    if (!m_session)
        return;
    m_status->setText(tr("Asking the server…"));
    m_session->getJson(QStringLiteral("/api/v1/payouts/identity"),
                       [this](const QJsonObject &json, const sync::ApiError &error) {
                           if (error.kind != sync::ApiError::Kind::None) {
                               m_status->setText(tr("The identity form needs the server: %1").arg(error.message));
                               return;
                           }
                           m_status->clear();
                           showIdentityDialog(data::PayoutIdentityState::fromJson(json));
                       });
}

PayoutIdentityDialog *PayoutsView::showIdentityDialog(const data::PayoutIdentityState &state)
{
    auto *dialog =
        new PayoutIdentityDialog(state, m_session ? m_session->profile().country : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PayoutIdentityDialog::submitted, this,
            [this, dialog](const data::PayoutIdentityForm &form) { submitIdentity(form, dialog); });
    dialog->open();
    return dialog;
}

void PayoutsView::submitIdentity(const data::PayoutIdentityForm &form, PayoutIdentityDialog *dialog)
{
    if (!m_session)
        return;
    QPointer<PayoutIdentityDialog> guard(dialog);
    m_session->putJson(QStringLiteral("/api/v1/payouts/identity"), form.toJson(),
                       [this, guard](const QJsonObject &json, const sync::ApiError &error) {
                           if (error.kind != sync::ApiError::Kind::None) {
                               if (guard)
                                   guard->setMessage(tr("Not sent: %1").arg(error.message));
                               return;
                           }
                           const auto state = data::PayoutIdentityState::fromJson(json);
                           m_identity->setText(identityText(state.status, state.reason));
                           m_status->setText(tr("Your identity was sent; staff will review it."));
                           if (guard)
                               guard->accept();
                           refresh();
                       });
}

void PayoutsView::showPayoutLines(const QString &payoutId)
{
    m_lines->setRowCount(0);
    if (!m_session) {
        m_linesLabel->setText(tr("The sales a payout paid out are shown when the server can be reached."));
        return;
    }
    m_linesLabel->setText(tr("Asking the server…"));
    m_session->getJson(QStringLiteral("/api/v1/payouts/") + payoutId,
                       [this, payoutId](const QJsonObject &json, const sync::ApiError &error) {
                           if (error.kind != sync::ApiError::Kind::None) {
                               m_linesLabel->setText(
                                   tr("The sales a payout paid out are shown when the server can be reached: %1")
                                       .arg(error.message));
                               return;
                           }
                           const QString currency = json.value(QStringLiteral("currency")).toString();
                           const QJsonArray lines = json.value(QStringLiteral("lines")).toArray();
                           m_lines->setRowCount(static_cast<int>(lines.size()));
                           for (int row = 0; row < lines.size(); ++row) {
                               const QJsonObject line = lines[row].toObject();
                               const auto amount =
                                   static_cast<qint64>(line.value(QStringLiteral("amount")).toDouble());
                               const QString title = line.value(QStringLiteral("title")).toString();
                               m_lines->setItem(
                                   row, 0,
                                   cell(OrderText::localTime(QDateTime::fromString(
                                       line.value(QStringLiteral("at")).toString(), Qt::ISODate))));
                               m_lines->setItem(row, 1,
                                                cell(title.isEmpty() ? line.value(QStringLiteral("order_id")).toString()
                                                                     : title));
                               m_lines->setItem(row, 2, cell(amount >= 0 ? tr("Released to you") : tr("Fee")));
                               m_lines->setItem(row, 3, cell(OrderText::money(amount, currency), true));
                           }
                           m_lines->resizeColumnsToContents();
                           m_linesLabel->setText(
                               tr("Paid out by this payout: %n line(s), %1.", nullptr, static_cast<int>(lines.size()))
                                   .arg(OrderText::money(
                                       static_cast<qint64>(json.value(QStringLiteral("amount")).toDouble()), currency)));
                       });
}

QString PayoutsView::payoutStatusText(const QString &status)
{
    if (status == QLatin1String("created"))
        return tr("In transit");
    if (status == QLatin1String("paid"))
        return tr("Paid");
    if (status == QLatin1String("failed"))
        return tr("Failed; the amount is available again");
    return status;
}

} // namespace caravan::ui
