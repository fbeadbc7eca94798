#pragma once

#ifndef Q_MOC_RUN
#include "listing/listing.h"
#endif

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QUndoStack;

namespace caravan::data {
class ListingRepository;
class PhotoStore;
class SettingsRepository;
class TemplateRepository;
struct ListingTemplate;
} // namespace caravan::data

namespace caravan::ui {

class EditorForm;
class LandedCostPanel;
class PhotoStrip;

// Edits one listing: every field with live validation in the UI language, photos, the landed-cost panel,
// undo/redo over field edits, autosave (debounced, and when the editor is hidden or closed), templates,
// duplicate, schedule, publish, end and relist. Saving goes through data::ListingRepository, which
// writes the listing and its sync mutation together.
class ListingEditor final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kAutosaveDelayMs = 800;

    ListingEditor(data::ListingRepository &listings, data::PhotoStore *photos,
                  data::TemplateRepository *templates, data::SettingsRepository *settings,
                  QWidget *parent = nullptr);
    ~ListingEditor() override;

    bool openListing(const QString &id);
    // Starts a new draft (not stored until it has something in it and autosave runs).
    void newListing();
    [[nodiscard]] QString listingId() const;
    [[nodiscard]] const listing::Listing &current() const { return m_current; }

    // Saves now if anything changed; false (with the reasons shown) if the listing cannot be saved.
    bool saveNow();
    [[nodiscard]] bool isDirty() const { return m_dirty; }
    [[nodiscard]] QString saveState() const;
    void setAutosaveDelay(int ms) { m_autosave.setInterval(ms); }

    bool publish();
    bool schedule();
    bool endListing();
    bool relist();
    bool duplicate();
    void applyTemplate(const data::ListingTemplate &tmpl);

    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }
    [[nodiscard]] EditorForm *form() const { return m_form; }
    [[nodiscard]] PhotoStrip *photoStrip() const { return m_photos; }

    // Called by the undo commands.
    void applyState(const listing::Listing &state);

signals:
    void saved(const QString &id);
    void opened(const QString &id);

protected:
    void hideEvent(QHideEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void fieldEdited(const QString &field);
    void photosEdited();
    void recordEdit(const QString &field, const listing::Listing &next);
    void revalidate();
    void updateHeader();
    void updateLandedCost();
    bool changeStatus(listing::Status to, const QString &what);
    void chooseTemplate();
    void saveAsTemplate();
    void recordPackingEvidence();
    QString language() const;

    data::ListingRepository &m_listings;
    data::PhotoStore *m_photoStore;
    data::TemplateRepository *m_templates;
    listing::Listing m_current;
    bool m_dirty = false;
    bool m_stored = false;
    QString m_stateText;
    QTimer m_autosave;
    QUndoStack *m_undo;
    EditorForm *m_form;
    PhotoStrip *m_photos;
    LandedCostPanel *m_landedCost = nullptr;
    QLabel *m_heading;
    QLabel *m_status;
    QLabel *m_state;
    QPushButton *m_publish;
    QPushButton *m_schedule;
    QPushButton *m_end;
    QPushButton *m_relist;
};

} // namespace caravan::ui
