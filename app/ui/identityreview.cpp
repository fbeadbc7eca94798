#include "ui/identityreview.h"

#include "data/payoutidentity.h"
#include "models/ordertext.h"
#include "models/staffqueuemodels.h"
#include "models/stafftext.h"
#include "sync/staffclient.h"
#include "ui/staffnotedialog.h"
#include "ui/staffsupport.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

namespace caravan::ui {

using models::IdentityQueueModel;
using models::OrderText;
using models::StaffText;

namespace {

constexpr int kDocumentWidth = 560;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right: 12px; color: #555;\">%1</td><td>%2</td></tr>")
        .arg(esc(label), esc(value));
}

QString addressText(const QJsonObject &a)
{
    QStringList parts;
    for (const char *key : {"line1", "line2", "postal_code", "city", "region", "country"}) {
        const QString v = a.value(QLatin1String(key)).toString().trimmed();
        if (!v.isEmpty())
            parts.append(v);
    }
    return parts.join(QStringLiteral(", "));
}

QString recordHtml(const data::IdentityRecord &r)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    html += row(IdentityReview::tr("Legal name"), r.legalName);
    html += row(IdentityReview::tr("Date of birth"), r.dateOfBirth);
    html += row(IdentityReview::tr("Address"), addressText(r.address));
    html += row(IdentityReview::tr("Account"), IdentityReview::tr("%1 <%2>, %3, account country %4")
                                                   .arg(r.displayName, r.email, r.userId, r.accountCountry));
    html += row(IdentityReview::tr("Status"), StaffText::identityStatus(r.status));
    html += row(IdentityReview::tr("Submitted"), OrderText::localTime(r.submittedAt));
    if (r.reviewedAt.isValid())
        html += row(IdentityReview::tr("Reviewed"),
                    IdentityReview::tr("%1 by %2").arg(OrderText::localTime(r.reviewedAt), r.reviewedBy));
    if (!r.reason.isEmpty())
        html += row(IdentityReview::tr("Reason given"), r.reason);
    if (!r.document.mediaType.isEmpty())
        html += row(IdentityReview::tr("Document"),
                    IdentityReview::tr("%1, %2, SHA-256 %3")
                        .arg(r.document.mediaType, StaffText::byteSize(r.document.size), r.document.sha256));
    return html + QStringLiteral("</table>");
}

} // namespace

IdentityReview::IdentityReview(sync::StaffClient &client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new IdentityQueueModel(this))
    , m_filter(new QComboBox(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_heading(StaffSupport::heading(QString(), 1.2, this))
    , m_approve(new QPushButton(tr("Approve…"), this))
    , m_refuse(new QPushButton(tr("Refuse…"), this))
    , m_hint(new QLabel(this))
    , m_body(new QTextBrowser(this))
    , m_documentArea(new QScrollArea(this))
    , m_documentView(new QLabel(this))
    , m_save(new QPushButton(tr("Save a copy…"), this))
{
    setObjectName(QStringLiteral("identityReview"));
    for (const QString &s : StaffText::identityStatuses())
        m_filter->addItem(StaffText::identityStatus(s), s);
    m_filter->addItem(tr("Every status"), QString());
    m_status->setObjectName(QStringLiteral("identitiesStatus"));
    m_status->setWordWrap(true);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #555;"));
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Show:"), this));
    header->addWidget(m_filter);
    header->addWidget(m_status, 1);
    header->addWidget(m_refresh);

    m_table->setObjectName(QStringLiteral("identityQueue"));
    m_table->setModel(m_model);
    StaffSupport::setUpTable(m_table);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(IdentityQueueModel::Account, QHeaderView::Stretch);
    columns->resizeSection(IdentityQueueModel::Submitted, 130);
    columns->resizeSection(IdentityQueueModel::LegalName, 180);
    columns->resizeSection(IdentityQueueModel::Status, 140);

    m_body->setOpenLinks(false);
    m_body->setFrameShape(QFrame::NoFrame);
    m_documentView->setObjectName(QStringLiteral("identityDocument"));
    m_documentView->setAlignment(Qt::AlignCenter);
    m_documentView->setWordWrap(true);
    m_documentArea->setWidget(m_documentView);
    m_documentArea->setWidgetResizable(true);
    m_documentArea->setMinimumWidth(260);
    m_save->setToolTip(tr("Write the document to a file you choose. Nothing is saved unless you do."));
    connect(m_save, &QPushButton::clicked, this, &IdentityReview::saveCopy);
    auto *documentPane = new QWidget(this);
    auto *documentLayout = new QVBoxLayout(documentPane);
    documentLayout->setContentsMargins(0, 0, 0, 0);
    documentLayout->addWidget(m_documentArea, 1);
    documentLayout->addWidget(m_save, 0, Qt::AlignLeft);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_body);
    split->addWidget(documentPane);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_refuse);
    buttons->addWidget(m_hint, 1);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 8, 0, 0);
    detailLayout->addWidget(m_heading);
    detailLayout->addLayout(buttons);
    detailLayout->addWidget(split, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    connect(m_refresh, &QPushButton::clicked, this, &IdentityReview::refresh);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &IdentityReview::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QString id = selectedId();
        if (!id.isEmpty() && id != m_shownId)
            openIdentity(id);
    });
    connect(m_approve, &QPushButton::clicked, this, [this] { openDecision(QStringLiteral("approve")); });
    connect(m_refuse, &QPushButton::clicked, this, [this] { openDecision(QStringLiteral("refuse")); });
    showMessage(tr("Choose an identity in the queue."));
}

IdentityReview::~IdentityReview() = default;

QString IdentityReview::selectedId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->data(current, IdentityQueueModel::IdRole).toString() : QString();
}

QString IdentityReview::detailText() const
{
    return m_body->toPlainText();
}

void IdentityReview::setStatusFilter(const QString &status)
{
    const QSignalBlocker block(m_filter);
    m_filter->setCurrentIndex(std::max(0, m_filter->findData(status)));
}

QString IdentityReview::statusFilter() const
{
    return m_filter->currentData().toString();
}

void IdentityReview::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    m_refresh->setEnabled(online);
    if (!online) {
        m_status->setText(StaffSupport::offlineText());
        showMessage(tr("Offline: payout identities are not kept on this computer."));
        return;
    }
    refresh();
}

void IdentityReview::refresh()
{
    if (!m_online)
        return;
    m_status->setText(m_notice.isEmpty() ? tr("Asking the server…") : m_notice);
    QPointer<IdentityReview> self(this);
    m_client.identities(
        statusFilter(), [self](const QVector<data::IdentityRecord> &rows, const sync::ApiError &error) {
            if (!self)
                return;
            if (error.kind != sync::ApiError::Kind::None) {
                self->m_status->setText(
                    StaffSupport::errorText(tr("The payout identities could not be read"), error));
                return;
            }
            self->showQueue(rows);
        });
}

void IdentityReview::showQueue(const QVector<data::IdentityRecord> &rows)
{
    const QString keep = selectedId().isEmpty() ? m_shownId : selectedId();
    m_model->setRows(rows);
    const QString count = tr("%n identity(ies)", nullptr, static_cast<int>(rows.size()));
    m_status->setText(m_notice.isEmpty() ? count : m_notice + QLatin1Char(' ') + count);
    m_notice.clear();
    const int row = m_model->rowOf(keep);
    if (row >= 0) {
        m_table->selectRow(row);
        if (keep != m_shownId)
            openIdentity(keep);
    } else if (m_model->rowCount() > 0) {
        m_table->selectRow(0);
    } else {
        showMessage(tr("No identity waits here."));
    }
}

void IdentityReview::openIdentity(const QString &userId)
{
    if (!m_online || userId.isEmpty())
        return;
    m_shownId = userId;
    clearDocument(QString());
    QPointer<IdentityReview> self(this);
    m_client.identity(userId, [self, userId](const data::IdentityRecord &r, const sync::ApiError &error) {
        if (!self || self->m_shownId != userId)
            return;
        if (error.kind != sync::ApiError::Kind::None) {
            self->showMessage(StaffSupport::errorText(tr("The identity could not be read"), error));
            self->m_shownId = userId;
            return;
        }
        self->showIdentity(r);
    });
}

void IdentityReview::showMessage(const QString &message)
{
    m_record = {};
    m_shownId.clear();
    m_heading->setText(tr("No identity chosen"));
    m_body->setPlainText(message);
    clearDocument(QString());
    updateActions();
}

void IdentityReview::clearDocument(const QString &text)
{
    m_document.clear();
    m_document.squeeze();
    m_documentView->setPixmap({});
    m_documentView->setText(text);
    m_save->hide();
}

void IdentityReview::showIdentity(const data::IdentityRecord &r)
{
    // A record shown again (after a decision, a refresh) keeps the document held; another one is fetched.
    const bool sameDocument = r.userId == m_record.userId && r.document.sha256 == m_record.document.sha256 &&
                              r.document.size == m_record.document.size && r.document.kept &&
                              !m_document.isEmpty();
    m_record = r;
    m_shownId = r.userId;
    m_heading->setText(r.legalName.isEmpty() ? r.userId : r.legalName);
    m_body->setHtml(recordHtml(r));
    updateActions();
    if (sameDocument)
        return;
    if (!r.document.kept) {
        clearDocument(r.document.deletedAt.isValid()
                          ? tr("The document was deleted on %1 (the retention period after the decision).")
                                .arg(OrderText::localTime(r.document.deletedAt))
                          : tr("The server keeps no document for this identity."));
        return;
    }
    clearDocument(tr("Loading the document…"));
    if (!m_online)
        return;
    const QString userId = r.userId;
    QPointer<IdentityReview> self(this);
    m_client.identityDocument(userId, [self, userId](const QByteArray &bytes, const sync::ApiError &error) {
        if (!self || self->m_shownId != userId)
            return;
        if (error.kind != sync::ApiError::Kind::None) {
            self->clearDocument(StaffSupport::errorText(tr("The document could not be read"), error));
            return;
        }
        self->showDocument(bytes);
    });
}

void IdentityReview::showDocument(const QByteArray &bytes)
{
    clearDocument(QString());
    m_document = bytes;
    QString type = data::PayoutIdentityForm::documentType(bytes);
    if (type.isEmpty())
        type = m_record.document.mediaType;
    if (type == QLatin1String("application/pdf")) {
        m_documentView->setText(tr("PDF document, %1. This app cannot show PDF files: save a copy to open it "
                                   "elsewhere, and delete the copy afterwards.")
                                    .arg(StaffText::byteSize(bytes.size())));
        m_save->show();
        return;
    }
    const QImage image = QImage::fromData(bytes);
    if (image.isNull()) {
        m_documentView->setText(
            tr("The document (%1, %2) cannot be shown.").arg(type, StaffText::byteSize(bytes.size())));
        return;
    }
    // Scaled to the pane's width (at most kDocumentWidth); the scroll area shows a taller one whole.
    const int viewport = m_documentArea->viewport()->width() - 8;
    const int width = viewport > 200 ? std::min(kDocumentWidth, viewport) : kDocumentWidth;
    m_documentView->setPixmap(QPixmap::fromImage(
        image.width() > width ? image.scaledToWidth(width, Qt::SmoothTransformation) : image));
    m_documentView->setToolTip(tr("%1 × %2 px, %3").arg(image.width()).arg(image.height()).arg(type));
}

bool IdentityReview::saveDocumentTo(const QString &path)
{
    if (m_document.isEmpty() || path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(m_document) != m_document.size()) {
        m_status->setText(tr("The copy could not be saved to %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(tr("A copy of the document is saved to %1.").arg(path));
    return true;
}

void IdentityReview::saveCopy()
{
    if (m_document.isEmpty())
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save a copy of the identity document"),
                                     QStringLiteral("identity-document.pdf"), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        saveDocumentTo(path);
}

void IdentityReview::updateActions()
{
    QString why;
    if (!m_online)
        why = tr("Offline: decisions need the server.");
    else if (m_record.isEmpty())
        why = tr("Choose an identity to decide on it.");
    else if (!m_record.isPending())
        why = tr("Already decided: %1.").arg(StaffText::identityStatus(m_record.status));
    for (QPushButton *b : {m_approve, m_refuse}) {
        b->setEnabled(why.isEmpty());
        b->setToolTip(why);
    }
    m_hint->setText(why);
}

StaffNoteDialog *IdentityReview::openDecision(const QString &decision)
{
    if (!m_online || m_record.isEmpty() || !m_record.isPending())
        return nullptr;
    const bool refuse = decision == QLatin1String("refuse");
    StaffNoteDialog::Texts texts;
    if (refuse) {
        texts.title = tr("Refuse the payout identity");
        texts.question =
            tr("Refuse this payout identity? The seller reads your reason and may send it again.");
        texts.placeholder = tr("The reason, for the seller: what does not match");
        texts.confirm = tr("Refuse");
        texts.noteRequired = tr("Write the reason: an identity is refused only with one.");
    } else {
        texts.title = tr("Approve the payout identity");
        texts.question = tr("Approve this payout identity? Payouts to %1 can start.")
                             .arg(m_record.legalName.isEmpty() ? m_record.userId : m_record.legalName);
        texts.placeholder = tr("Note (optional)");
        texts.confirm = tr("Approve");
    }
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new StaffNoteDialog(texts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    const QString id = m_record.userId;
    connect(dialog, &StaffNoteDialog::submitted, this, [this, id, decision, refuse](const QString &reason) {
        QPointer<IdentityReview> self(this);
        m_client.decideIdentity(
            id, decision, reason,
            [self, id, refuse](const data::IdentityRecord &r, const sync::ApiError &error) {
                if (!self)
                    return;
                if (error.kind != sync::ApiError::Kind::None) {
                    const QString text =
                        StaffSupport::errorText(refuse ? tr("Not refused") : tr("Not approved"), error);
                    if (self->m_dialog)
                        self->m_dialog->showError(text);
                    self->m_status->setText(text);
                    return;
                }
                if (self->m_dialog)
                    self->m_dialog->accept();
                if (!r.isEmpty() && self->m_shownId == id)
                    self->showIdentity(r);
                self->m_notice = refuse ? tr("Refused: the seller reads your reason.") : tr("Approved.");
                self->refresh();
            });
    });
    dialog->open();
    return dialog;
}

} // namespace caravan::ui
