#include "ui/arbitrationview.h"

#include "models/disputequeuemodel.h"
#include "models/disputeshares.h"
#include "models/disputetext.h"
#include "models/ordertext.h"
#include "sync/disputeclient.h"
#include "ui/arbitrationcase.h"
#include "ui/arbitrationdecisiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace caravan::ui {

using models::DisputeQueueModel;
using models::DisputeText;

namespace {
constexpr int kClockMs = 60 * 1000;
} // namespace

ArbitrationView::ArbitrationView(sync::DisputeClient &client, const QString &me, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_me(me)
    , m_model(new DisputeQueueModel(this))
    , m_statusFilter(new QComboBox(this))
    , m_reasonFilter(new QComboBox(this))
    , m_minAmount(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_mine(new QCheckBox(tr("Claimed by me"), this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_case(new ArbitrationCase(this))
{
    setObjectName(QStringLiteral("arbitrationView"));
    m_model->setMyUserId(me);
    auto *title = new QLabel(tr("Arbitration"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    m_status->setObjectName(QStringLiteral("arbitrationStatus"));
    m_status->setWordWrap(true);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addWidget(m_status, 1);
    header->addWidget(m_refresh);

    m_statusFilter->addItem(tr("Every open case"), QString());
    for (const QString &s : DisputeText::statuses())
        m_statusFilter->addItem(DisputeText::statusText(s), s);
    m_reasonFilter->addItem(tr("Any reason"), QString());
    for (const QString &r : DisputeText::reasons())
        m_reasonFilter->addItem(DisputeText::reasonText(r), r);
    m_minAmount->setPlaceholderText(tr("any"));
    m_minAmount->setMaximumWidth(90);
    m_currency->addItems({QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"), QStringLiteral("JPY"),
                          QStringLiteral("CNY"), QStringLiteral("CHF"), QStringLiteral("CAD"), QStringLiteral("AUD"),
                          QStringLiteral("KRW"), QStringLiteral("SEK")});
    const auto *country = new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), this);
    for (QLineEdit *edit : {m_from, m_to}) {
        edit->setValidator(country);
        edit->setMaximumWidth(44);
        edit->setPlaceholderText(tr("any"));
    }
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_reasonFilter);
    filters->addWidget(new QLabel(tr("Held at least:"), this));
    filters->addWidget(m_minAmount);
    filters->addWidget(m_currency);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To:"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_mine);
    filters->addStretch(1);

    m_table->setObjectName(QStringLiteral("disputeQueue"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(DisputeQueueModel::Item, QHeaderView::Stretch);
    columns->resizeSection(DisputeQueueModel::Deadline, 120);
    columns->resizeSection(DisputeQueueModel::Status, 170);
    columns->resizeSection(DisputeQueueModel::Reason, 120);
    columns->resizeSection(DisputeQueueModel::Countries, 80);
    columns->resizeSection(DisputeQueueModel::Held, 100);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_case);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(header);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_refresh, &QPushButton::clicked, this, &ArbitrationView::refresh);
    for (QComboBox *box : {m_statusFilter, m_reasonFilter, m_currency})
        connect(box, &QComboBox::currentIndexChanged, this, &ArbitrationView::refresh);
    for (QLineEdit *edit : {m_minAmount, m_from, m_to})
        connect(edit, &QLineEdit::editingFinished, this, &ArbitrationView::refresh);
    connect(m_mine, &QCheckBox::toggled, this, &ArbitrationView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QString id = selectedId();
        if (!id.isEmpty() && id != m_shownId)
            openCase(id);
    });
    connect(m_case, &ArbitrationCase::claimRequested, this, &ArbitrationView::claim);
    connect(m_case, &ArbitrationCase::decideRequested, this, [this] { openDecisionDialog(); });
    connect(m_case, &ArbitrationCase::approveRequested, this, &ArbitrationView::approve);
    connect(m_case, &ArbitrationCase::rejectRequested, this, [this](const QString &id) {
        auto *ask = new QInputDialog(this);
        ask->setAttribute(Qt::WA_DeleteOnClose);
        ask->setWindowTitle(tr("Reject the proposed decision"));
        ask->setLabelText(tr("Why is it rejected? The case goes back to the queue."));
        ask->setOption(QInputDialog::UsePlainTextEditForTextInput);
        connect(ask, &QInputDialog::textValueSelected, this, [this, id](const QString &note) { reject(id, note); });
        ask->open();
    });
    m_clock.setInterval(kClockMs);
    connect(&m_clock, &QTimer::timeout, this, [this] { m_model->setCurrentTime(QDateTime::currentDateTimeUtc()); });
    m_clock.start();
}

ArbitrationView::~ArbitrationView() = default;

QString ArbitrationView::selectedId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->data(current, DisputeQueueModel::IdRole).toString() : QString();
}

data::DisputeQueueFilter ArbitrationView::filter() const
{
    data::DisputeQueueFilter f;
    f.status = m_statusFilter->currentData().toString();
    f.reason = m_reasonFilter->currentData().toString();
    f.from = m_from->text().trimmed().toUpper();
    f.to = m_to->text().trimmed().toUpper();
    f.assignedToMe = m_mine->isChecked();
    f.currency = m_currency->currentText();
    qint64 minor = 0;
    if (!m_minAmount->text().trimmed().isEmpty() &&
        models::DisputeSharesCalculator::parseAmount(m_minAmount->text(), f.currency, &minor, nullptr))
        f.minTotal = minor;
    return f;
}

void ArbitrationView::setFilter(const data::DisputeQueueFilter &f)
{
    const QSignalBlocker a(m_statusFilter), b(m_reasonFilter), c(m_currency), d(m_mine);
    m_statusFilter->setCurrentIndex(std::max(0, m_statusFilter->findData(f.status)));
    m_reasonFilter->setCurrentIndex(std::max(0, m_reasonFilter->findData(f.reason)));
    m_from->setText(f.from);
    m_to->setText(f.to);
    m_mine->setChecked(f.assignedToMe);
    if (!f.currency.isEmpty()) {
        if (m_currency->findText(f.currency) < 0)
            m_currency->addItem(f.currency);
        m_currency->setCurrentText(f.currency);
    }
    QString amount;
    if (f.minTotal > 0) {
        const int digits = models::OrderText::minorDigits(f.currency);
        qint64 unit = 1;
        for (int i = 0; i < digits; ++i)
            unit *= 10;
        amount = QString::number(f.minTotal / unit);
        if (digits > 0)
            amount += QLatin1Char('.') + QStringLiteral("%1").arg(f.minTotal % unit, digits, 10, QLatin1Char('0'));
    }
    m_minAmount->setText(amount);
}

void ArbitrationView::setPhotoClient(sync::StaffClient *client)
{
    m_case->setPhotoClient(client);
}

void ArbitrationView::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    m_refresh->setEnabled(online);
    if (!online) {
        m_status->setText(tr("Offline: arbitration works online only. The queue and the cases come back when the "
                             "server can be reached."));
        m_case->setMessage(tr("Offline: cases are not kept on this computer."));
        m_shownId.clear();
        return;
    }
    refresh();
}

void ArbitrationView::refresh()
{
    if (!m_online)
        return;
    m_status->setText(tr("Asking the server…"));
    QPointer<ArbitrationView> self(this);
    m_client.queue(filter(), [self](const QVector<data::DisputeQueueRow> &rows, const sync::ApiError &error) {
        if (!self)
            return;
        if (error.kind != sync::ApiError::Kind::None) {
            self->showError(tr("The queue could not be read"), error);
            return;
        }
        self->showQueue(rows);
    });
}

void ArbitrationView::showQueue(const QVector<data::DisputeQueueRow> &rows)
{
    const QString keep = selectedId().isEmpty() ? m_shownId : selectedId();
    m_model->setCurrentTime(QDateTime::currentDateTimeUtc());
    m_model->setRows(rows);
    m_status->setText(tr("%n case(s)", nullptr, static_cast<int>(rows.size())));
    const int row = m_model->rowOf(keep);
    if (row >= 0) {
        m_table->selectRow(row);
        if (m_online)
            openCase(keep); // it may have moved on
    } else if (m_model->rowCount() > 0) {
        m_table->selectRow(0);
    } else {
        m_shownId.clear();
        m_case->setMessage(tr("No case matches the filters."));
    }
}

void ArbitrationView::openCase(const QString &id)
{
    if (!m_online || id.isEmpty())
        return;
    m_shownId = id;
    QPointer<ArbitrationView> self(this);
    m_client.staffCase(id, [self, id](const data::DisputeCase &c, const sync::ApiError &error) {
        if (!self || self->m_shownId != id)
            return;
        if (error.kind != sync::ApiError::Kind::None) {
            self->m_case->setMessage(tr("The case could not be read: %1").arg(error.message));
            return;
        }
        self->m_case->setCase(c, self->m_me);
    });
}

void ArbitrationView::showError(const QString &what, const sync::ApiError &error)
{
    if (error.kind == sync::ApiError::Kind::Unreachable || error.kind == sync::ApiError::Kind::Timeout)
        m_status->setText(tr("%1: the server cannot be reached. Arbitration works online only. %2")
                              .arg(what, error.message));
    else
        m_status->setText(tr("%1: %2").arg(what, error.message));
}

void ArbitrationView::afterChange(const QString &id, const QString &message)
{
    m_status->setText(message);
    m_shownId = id;
    refresh();
}

void ArbitrationView::claim(const QString &id)
{
    QPointer<ArbitrationView> self(this);
    m_client.claim(id, [self, id](const data::Dispute &, const sync::ApiError &error) {
        if (!self)
            return;
        if (error.kind != sync::ApiError::Kind::None) {
            self->showError(tr("Not claimed"), error);
            return;
        }
        self->afterChange(id, tr("The case is yours."));
    });
}

ArbitrationDecisionDialog *ArbitrationView::openDecisionDialog()
{
    if (!m_case->hasCase() || !m_case->disputeCase().hasOrder)
        return nullptr;
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new ArbitrationDecisionDialog(m_case->disputeCase(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    const QString id = dialog->disputeId();
    connect(dialog, &ArbitrationDecisionDialog::submitted, this, [this, id](const data::DisputeDecision &decision) {
        QPointer<ArbitrationView> self(this);
        m_client.decide(id, decision, [self, id](const data::Dispute &d, const sync::ApiError &error) {
            if (!self)
                return;
            const bool ok = error.kind == sync::ApiError::Kind::None;
            if (self->m_dialog) {
                if (ok)
                    self->m_dialog->showResult(d);
                else
                    self->m_dialog->showError(error.message, sync::DisputeClient::answerMayBeLost(error));
            }
            if (ok)
                self->afterChange(id, d.status == QLatin1String("awaiting_approval")
                                          ? tr("The decision waits for a second approver.")
                                          : tr("Decided."));
        });
    });
    dialog->open();
    return dialog;
}

void ArbitrationView::approve(const QString &id)
{
    QPointer<ArbitrationView> self(this);
    m_status->setText(tr("Approving…"));
    m_client.approve(id, [self, id](const data::Dispute &, const sync::ApiError &error) {
        if (!self)
            return;
        if (error.kind != sync::ApiError::Kind::None) {
            self->showError(sync::DisputeClient::answerMayBeLost(error)
                                ? tr("No answer to the approval (Approve again sends the same request)")
                                : tr("Not approved"),
                            error);
            return;
        }
        self->afterChange(id, tr("Approved: the decision is carried out."));
    });
}

void ArbitrationView::reject(const QString &id, const QString &note)
{
    QPointer<ArbitrationView> self(this);
    m_client.reject(id, note, [self, id](const data::Dispute &, const sync::ApiError &error) {
        if (!self)
            return;
        if (error.kind != sync::ApiError::Kind::None) {
            self->showError(tr("Not rejected"), error);
            return;
        }
        self->afterChange(id, tr("Rejected: the case is back in the queue."));
    });
}

} // namespace caravan::ui
