#pragma once

#include "data/staffqueues.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QTableView;
class QTextBrowser;

namespace caravan::models {
class IdentityQueueModel;
}

namespace caravan::sync {
class StaffClient;
struct ApiError;
} // namespace caravan::sync

namespace caravan::ui {

class StaffNoteDialog;

// Payout identities, for staff: the identities waiting for review, the chosen one in full with its identity
// document, and the decision (approve, or refuse with a reason the seller reads). The document is held in
// memory only while it is shown, never written under the app's data folder or to a temporary file: an
// image is shown scaled; a PDF (which this app cannot draw) is described, and "Save a copy…" writes it only
// where the user chooses. Online only, like the dispute queue.
class IdentityReview final : public QWidget
{
    Q_OBJECT

public:
    explicit IdentityReview(sync::StaffClient &client, QWidget *parent = nullptr);
    ~IdentityReview() override;

    [[nodiscard]] models::IdentityQueueModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QString detailText() const;
    [[nodiscard]] QPushButton *approveButton() const { return m_approve; }
    [[nodiscard]] QPushButton *refuseButton() const { return m_refuse; }
    // Why the decision buttons are disabled ("" when they are not).
    [[nodiscard]] QLabel *actionHint() const { return m_hint; }
    // The document: the image (a pixmap) or what it is, and the save button (PDF only).
    [[nodiscard]] QLabel *documentLabel() const { return m_documentView; }
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }
    [[nodiscard]] const QByteArray &documentBytes() const { return m_document; }
    [[nodiscard]] const data::IdentityRecord &record() const { return m_record; }
    [[nodiscard]] QString selectedId() const;

    // pending (the default), verified, refused, or "" for every identity.
    void setStatusFilter(const QString &status);
    [[nodiscard]] QString statusFilter() const;

    void setOnline(bool online);
    [[nodiscard]] bool isOnline() const { return m_online; }

    void refresh();
    void showQueue(const QVector<data::IdentityRecord> &rows);
    void openIdentity(const QString &userId);
    // Shows the record and asks for its document when the server keeps one.
    void showIdentity(const data::IdentityRecord &record);
    // Shows `bytes` as the document of the record shown.
    void showDocument(const QByteArray &bytes);
    // Writes the document held to `path` (the user's choice); false with the reason in the status line.
    bool saveDocumentTo(const QString &path);
    // Asks for the decision ("approve" or "refuse") on the identity shown; nullptr when none can be made.
    StaffNoteDialog *openDecision(const QString &decision);

private:
    void showMessage(const QString &message);
    void clearDocument(const QString &text);
    void updateActions();
    void saveCopy();

    sync::StaffClient &m_client;
    models::IdentityQueueModel *m_model;
    QComboBox *m_filter;
    QPushButton *m_refresh;
    QLabel *m_status;
    QTableView *m_table;
    QLabel *m_heading;
    QPushButton *m_approve;
    QPushButton *m_refuse;
    QLabel *m_hint;
    QTextBrowser *m_body;
    QScrollArea *m_documentArea;
    QLabel *m_documentView;
    QPushButton *m_save;
    QPointer<StaffNoteDialog> m_dialog;
    data::IdentityRecord m_record;
    QByteArray m_document; // in memory only
    QString m_shownId;
    QString m_notice;
    bool m_online = true;
};

} // namespace caravan::ui
