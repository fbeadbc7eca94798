#include "ui/landedcostdestinationsdialog.h"

#include "models/landedcostinput.h"
#include "models/landedcostmodel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace caravan::ui {

LandedCostDestinationsDialog::LandedCostDestinationsDialog(const QStringList &available,
                                                           const QStringList &chosen, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Destinations to quote"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Show the landed cost for buyers in:"), this));
    m_list = new QListWidget(this);
    for (const QString &code : available) {
        auto *item = new QListWidgetItem(models::LandedCostModel::countryName(code), m_list);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_list->sortItems();
    layout->addWidget(m_list, 1);
    setChosen(chosen);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *defaults = buttons->addButton(tr("Most common ten"), QDialogButtonBox::ResetRole);
    connect(defaults, &QPushButton::clicked, this,
            [this] { setChosen(models::defaultLandedCostDestinations()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(360, 480);
}

void LandedCostDestinationsDialog::setChosen(const QStringList &countries)
{
    for (int i = 0; i < m_list->count(); ++i) {
        auto *item = m_list->item(i);
        item->setCheckState(countries.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                    : Qt::Unchecked);
    }
}

QStringList LandedCostDestinationsDialog::chosen() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_list->item(i)->data(Qt::UserRole).toString();
    return out;
}

} // namespace caravan::ui
