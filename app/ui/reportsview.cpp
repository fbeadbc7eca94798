#include "ui/reportsview.h"

#include "models/ordertext.h"
#include "models/staffqueuemodels.h"
#include "models/stafftext.h"
#include "sync/staffclient.h"
#include "ui/disputehtml.h"
#include "ui/staffnotedialog.h"
#include "ui/staffphotostrip.h"
#include "ui/staffsupport.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

namespace caravan::ui {

using models::OrderText;
using models::ReportQueueModel;
using models::StaffText;

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right: 12px; color: #555;\">%1</td><td>%2</td></tr>")
        .arg(esc(label), esc(value));
}

QString listingHtml(const data::ReportedListing &l)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    html += row(ReportsView::tr("Listing"), l.id);
    html += row(ReportsView::tr("Price"), OrderText::money(l.priceMinor, l.currency));
    html += row(ReportsView::tr("Category"), l.category);
    html += row(ReportsView::tr("Condition"), l.condition);
    html += row(ReportsView::tr("Seller"),
                ReportsView::tr("%1 (%2), account %3").arg(l.sellerName, l.sellerCountry, l.sellerId));
    html += row(ReportsView::tr("Listing status"), StaffText::listingStatus(l.status));
    if (!l.moderation.isEmpty())
        html += row(ReportsView::tr("Moderation"), l.moderation);
    html += QStringLiteral("</table>");
    if (!l.description.isEmpty())
        html += QStringLiteral("<p style=\"white-space: pre-wrap;\">%1</p>").arg(esc(l.description));
    return html;
}

QString reportsHtml(const QVector<data::ListingReport> &reports)
{
    if (reports.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(esc(ReportsView::tr("No reports.")));
    QString html;
    for (const data::ListingReport &r : reports) {
        const QString who = r.reporterName.isEmpty() ? r.reporterId : r.reporterName;
        html += QStringLiteral("<p><b>%1</b> — %2<br><span style=\"color: #555;\">%3</span>")
                    .arg(esc(StaffText::reportReason(r.reason)), esc(StaffText::reportStatus(r.status)),
                         esc(ReportsView::tr("%1, by %2").arg(OrderText::localTime(r.createdAt), who)));
        if (!r.details.isEmpty())
            html +=
                QStringLiteral("<br><span style=\"white-space: pre-wrap;\">%1</span>").arg(esc(r.details));
        if (r.decidedAt.isValid())
            html += QStringLiteral("<br><span style=\"color: #555;\">%1</span>")
                        .arg(esc(ReportsView::tr("Decided %1 by %2: %3")
                                     .arg(OrderText::localTime(r.decidedAt), r.decidedBy, r.note)));
        html += QStringLiteral("</p>");
    }
    return html;
}

} // namespace

ReportsView::ReportsView(sync::StaffClient &client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new ReportQueueModel(this))
    , m_filter(new QComboBox(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_heading(StaffSupport::heading(QString(), 1.2, this))
    , m_remove(new QPushButton(tr("Remove listing…"), this))
    , m_dismiss(new QPushButton(tr("Dismiss reports…"), this))
    , m_hint(new QLabel(this))
    , m_body(new QTextBrowser(this))
    , m_photos(new StaffPhotoStrip(this))
{
    setObjectName(QStringLiteral("reportsView"));
    m_photos->setClient(&client);
    for (const QString &s : StaffText::reportStatuses())
        m_filter->addItem(StaffText::reportStatus(s), s);
    m_status->setObjectName(QStringLiteral("reportsStatus"));
    m_status->setWordWrap(true);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #555;"));
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Show:"), this));
    header->addWidget(m_filter);
    header->addWidget(m_status, 1);
    header->addWidget(m_refresh);

    m_table->setObjectName(QStringLiteral("reportQueue"));
    m_table->setModel(m_model);
    StaffSupport::setUpTable(m_table);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(ReportQueueModel::Title, QHeaderView::Stretch);
    columns->resizeSection(ReportQueueModel::Reports, 70);
    columns->resizeSection(ReportQueueModel::Seller, 140);
    columns->resizeSection(ReportQueueModel::Reasons, 220);
    columns->resizeSection(ReportQueueModel::LastReported, 130);

    m_body->setOpenLinks(false);
    m_body->setFrameShape(QFrame::NoFrame);
    m_remove->setToolTip(tr("Take the listing off the buyer pages; its photos stop being served publicly."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_hint, 1);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 8, 0, 0);
    detailLayout->addWidget(m_heading);
    detailLayout->addLayout(buttons);
    detailLayout->addWidget(m_photos);
    detailLayout->addWidget(m_body, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    connect(m_refresh, &QPushButton::clicked, this, &ReportsView::refresh);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ReportsView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QString id = selectedId();
        if (!id.isEmpty() && id != m_shownId)
            openListing(id);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { openDecision(QStringLiteral("remove")); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { openDecision(QStringLiteral("dismiss")); });
    showMessage(tr("Choose a listing in the queue."));
}

ReportsView::~ReportsView() = default;

QString ReportsView::selectedId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->data(current, ReportQueueModel::IdRole).toString() : QString();
}

QString ReportsView::detailText() const
{
    return m_body->toPlainText();
}

void ReportsView::setStatusFilter(const QString &status)
{
    const QSignalBlocker block(m_filter);
    m_filter->setCurrentIndex(std::max(0, m_filter->findData(status)));
}

QString ReportsView::statusFilter() const
{
    return m_filter->currentData().toString();
}

void ReportsView::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    m_refresh->setEnabled(online);
    if (!online) {
        m_status->setText(StaffSupport::offlineText());
        showMessage(tr("Offline: reported listings are not kept on this computer."));
        return;
    }
    refresh();
}

void ReportsView::refresh()
{
    if (!m_online)
        return;
    m_status->setText(m_notice.isEmpty() ? tr("Asking the server…") : m_notice);
    QPointer<ReportsView> self(this);
    m_client.reports(
        statusFilter(), [self](const QVector<data::ReportedListingRow> &rows, const sync::ApiError &error) {
            if (!self)
                return;
            if (error.kind != sync::ApiError::Kind::None) {
                self->m_status->setText(
                    StaffSupport::errorText(tr("The reported listings could not be read"), error));
                return;
            }
            self->showQueue(rows);
        });
}

void ReportsView::showQueue(const QVector<data::ReportedListingRow> &rows)
{
    const QString keep = selectedId().isEmpty() ? m_shownId : selectedId();
    m_model->setRows(rows);
    const QString count = tr("%n reported listing(s)", nullptr, static_cast<int>(rows.size()));
    m_status->setText(m_notice.isEmpty() ? count : m_notice + QLatin1Char(' ') + count);
    m_notice.clear();
    const int row = m_model->rowOf(keep);
    if (row >= 0) {
        m_table->selectRow(row);
        openListing(keep); // its reports may have moved on
    } else if (m_model->rowCount() > 0) {
        m_table->selectRow(0);
    } else {
        showMessage(tr("No listing is reported here."));
    }
}

void ReportsView::openListing(const QString &listingId)
{
    if (!m_online || listingId.isEmpty())
        return;
    m_shownId = listingId;
    QPointer<ReportsView> self(this);
    m_client.reportedListing(
        listingId, [self, listingId](const data::ReportedListing &l, const sync::ApiError &error) {
            if (!self || self->m_shownId != listingId)
                return;
            if (error.kind != sync::ApiError::Kind::None) {
                self->showMessage(StaffSupport::errorText(tr("The listing could not be read"), error));
                self->m_shownId = listingId;
                return;
            }
            self->showListing(l);
        });
}

void ReportsView::showMessage(const QString &message)
{
    m_listing = {};
    m_shownId.clear();
    m_heading->setText(tr("No listing chosen"));
    m_body->setPlainText(message);
    m_photos->clear();
    updateActions();
}

void ReportsView::showListing(const data::ReportedListing &l)
{
    m_listing = l;
    m_shownId = l.id;
    m_heading->setText(l.title.isEmpty() ? l.id : l.title);
    QString html = listingHtml(l);
    html += DisputeHtml::section(tr("Reports"));
    html += reportsHtml(l.reports);
    m_body->setHtml(html);
    QVector<StaffPhotoStrip::Photo> photos;
    for (const QString &sha : l.photos)
        photos.append({sha, {}});
    m_photos->setPhotos(photos);
    updateActions();
}

void ReportsView::updateActions()
{
    QString why;
    if (!m_online)
        why = tr("Offline: decisions need the server.");
    else if (m_listing.isEmpty())
        why = tr("Choose a listing to decide on its reports.");
    else if (!m_listing.hasOpenReports())
        why = tr("Nothing to decide: every report on this listing was decided already.");
    for (QPushButton *b : {m_remove, m_dismiss}) {
        b->setEnabled(why.isEmpty());
        b->setToolTip(why.isEmpty() ? QString() : why);
    }
    if (why.isEmpty())
        m_remove->setToolTip(
            tr("Take the listing off the buyer pages; its photos stop being served publicly."));
    m_hint->setText(why);
}

StaffNoteDialog *ReportsView::openDecision(const QString &decision)
{
    if (!m_online || m_listing.isEmpty() || !m_listing.hasOpenReports())
        return nullptr;
    const bool remove = decision == QLatin1String("remove");
    StaffNoteDialog::Texts texts;
    if (remove) {
        texts.title = tr("Remove the listing");
        texts.question =
            tr("Remove this listing? Buyers stop seeing it and its photos; the seller reads your note.");
        texts.placeholder = tr("Your note to the seller: what breaks the rules");
        texts.confirm = tr("Remove listing");
        texts.noteRequired = tr("Write a note for the seller: a listing is removed only with one.");
    } else {
        texts.title = tr("Dismiss the reports");
        texts.question = tr("Dismiss the reports on this listing? It stays on the buyer pages as it is.");
        texts.placeholder = tr("Note (optional)");
        texts.confirm = tr("Dismiss reports");
    }
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new StaffNoteDialog(texts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    const QString id = m_listing.id;
    connect(dialog, &StaffNoteDialog::submitted, this, [this, id, decision, remove](const QString &note) {
        QPointer<ReportsView> self(this);
        m_client.decideReports(
            id, decision, note,
            [self, id, remove](const data::ReportedListing &l, const sync::ApiError &error) {
                if (!self)
                    return;
                if (error.kind != sync::ApiError::Kind::None) {
                    const QString text =
                        StaffSupport::errorText(remove ? tr("Not removed") : tr("Not dismissed"), error);
                    if (self->m_dialog)
                        self->m_dialog->showError(text);
                    self->m_status->setText(text);
                    return;
                }
                if (self->m_dialog)
                    self->m_dialog->accept();
                if (!l.isEmpty() && self->m_shownId == id)
                    self->showListing(l);
                self->m_notice = remove ? tr("The listing is removed; the seller reads your note.")
                                        : tr("The reports are dismissed.");
                self->refresh();
            });
    });
    dialog->open();
    return dialog;
}

} // namespace caravan::ui
