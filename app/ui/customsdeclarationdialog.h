#pragma once

#include "models/landedcostinput.h"
// moc (Qt 6.4) cannot parse the C++20 standard headers these pull in; it needs none of them.
#ifndef Q_MOC_RUN
#include "trade/declaration.h"
#include "ui/pdfdeclarationwriter.h"
#endif

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace caravan::ui {

// Edits a CN 22 / CN 23 customs declaration — sender, addressee, category of item, contents lines —
// shows which form applies and what is missing, and saves it as a printable PDF.
//
// Wiring: `auto *d = new CustomsDeclarationDialog(this); d->setFromLandedCost(draft); d->open();`
// or setDeclaration() with an order's data. writePdf() is what the "Save PDF…" button calls.
class CustomsDeclarationDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CustomsDeclarationDialog(QWidget *parent = nullptr);

    // One contents line from the listing draft (description, HS code, price, weight, origin); the sender's
    // country is the ships-from country.
    void setFromLandedCost(const models::LandedCostInput &input);
    void setDeclaration(const trade::Declaration &declaration);

    // The declaration as entered. Cells that cannot be read are left out of it and listed in `problems`.
    [[nodiscard]] trade::Declaration declaration(QStringList *problems = nullptr) const;
    [[nodiscard]] trade::DeclarationAssessment assessment() const;
    [[nodiscard]] QString statusText() const;

    void setPageSize(DeclarationPageSize size);
    bool writePdf(const QString &path, QString *error);

private:
    struct PartyEdits
    {
        QLineEdit *name;
        QLineEdit *street;
        QLineEdit *postcode;
        QLineEdit *city;
        QLineEdit *country;
    };
    QWidget *partyBox(const QString &title, PartyEdits &edits);
    void addLine(const trade::DeclarationLine &line);
    void reassess();
    void savePdf();
    QString issueText(const trade::DeclarationIssue &issue) const;

    PartyEdits m_sender{};
    PartyEdits m_addressee{};
    QComboBox *m_category = nullptr;
    QLineEdit *m_explanation = nullptr;
    QTableWidget *m_lines = nullptr;
    QSpinBox *m_grossGrams = nullptr;
    QCheckBox *m_parcel = nullptr;
    QCheckBox *m_forceCn23 = nullptr;
    QComboBox *m_pageSize = nullptr;
    QLabel *m_status = nullptr;
    bool m_loading = false;
};

} // namespace caravan::ui
