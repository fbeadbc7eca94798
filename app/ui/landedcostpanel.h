#pragma once

#include "models/landedcostinput.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace caravan::data {
class SettingsRepository;
}
namespace caravan::models {
class LandedCostModel;
}

namespace caravan::ui {

// The listing editor's landed-cost panel: for each chosen destination, what the buyer pays (postage,
// duty, tax, fees, DDP and DAP totals) in the destination's currency, each row expandable to its
// explanation with rule ids and sources, and a details pane for the selected row. Offline.
//
// Wiring (listing editor):
//   auto *panel = new ui::LandedCostPanel(this);
//   panel->setSettingsRepository(&accountSettings);   // per-account destination choice (optional)
//   connect(priceEdit, &QLineEdit::textChanged, this, [=] { panel->setDraft(draftAsLandedCostInput()); });
// setDraft() may be called on every keystroke: the panel recomputes once, on the next event-loop turn.
class LandedCostPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit LandedCostPanel(QWidget *parent = nullptr);
    ~LandedCostPanel() override;

    void setDraft(const models::LandedCostInput &input);
    [[nodiscard]] models::LandedCostInput draft() const;

    // Loads the account's destinations (or the defaults) and saves every change there. nullptr: keep
    // the choice in memory only. The repository must outlive the panel or be reset to nullptr first.
    void setSettingsRepository(data::SettingsRepository *settings);
    void setDestinations(const QStringList &countries);
    [[nodiscard]] QStringList destinations() const;

    [[nodiscard]] models::LandedCostModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] QString detailsText() const;

    static QString settingsKey();

signals:
    void destinationsChanged(const QStringList &countries);

private:
    void onServiceChanged();
    void chooseDestinations();
    void openCustomsDeclaration();
    void updateDetails();
    void updateStatus();
    void spanDetailRows();

    models::LandedCostModel *m_model = nullptr;
    data::SettingsRepository *m_settings = nullptr;
    QComboBox *m_service = nullptr;
    QPushButton *m_destinationsButton = nullptr;
    QPushButton *m_declarationButton = nullptr;
    QTreeView *m_view = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_status = nullptr;
    models::LandedCostInput m_draft;
};

} // namespace caravan::ui
