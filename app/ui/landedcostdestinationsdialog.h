#pragma once

#include <QDialog>
#include <QStringList>

class QListWidget;

namespace caravan::ui {

// A check list of every destination the rule data covers; the seller ticks the ones to quote.
class LandedCostDestinationsDialog final : public QDialog
{
    Q_OBJECT

public:
    LandedCostDestinationsDialog(const QStringList &available, const QStringList &chosen,
                                 QWidget *parent = nullptr);

    [[nodiscard]] QStringList chosen() const; // ticked codes, in the list's order (by country name)
    void setChosen(const QStringList &countries);

private:
    QListWidget *m_list = nullptr;
};

} // namespace caravan::ui
