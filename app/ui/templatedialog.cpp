#include "ui/templatedialog.h"

#include "data/templaterepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace caravan::ui {

TemplateDialog::TemplateDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Save as template"));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Japan Post, worldwide"));
    form->addRow(tr("Name"), m_name);
    m_shipping = new QCheckBox(
        tr("Shipping: ships from, destinations, services, handling time, weight and size"), this);
    m_description = new QCheckBox(tr("Description boilerplate"), this);
    m_defaults =
        new QCheckBox(tr("Defaults: category, condition, brand, price, quantity, origin, HS code"), this);
    for (QCheckBox *box : {m_shipping, m_description, m_defaults}) {
        box->setChecked(box != m_defaults);
        form->addRow(QString(), box);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this, buttons] {
        buttons->button(QDialogButtonBox::Save)->setEnabled(!name().isEmpty() && parts() != 0);
    };
    connect(m_name, &QLineEdit::textChanged, this, update);
    for (QCheckBox *box : {m_shipping, m_description, m_defaults})
        connect(box, &QCheckBox::toggled, this, update);
    update();
    form->addRow(buttons);
}

QString TemplateDialog::name() const
{
    return m_name->text().trimmed();
}

int TemplateDialog::parts() const
{
    int parts = 0;
    if (m_shipping->isChecked())
        parts |= data::ListingTemplate::Shipping;
    if (m_description->isChecked())
        parts |= data::ListingTemplate::Description;
    if (m_defaults->isChecked())
        parts |= data::ListingTemplate::Defaults;
    return parts;
}

} // namespace caravan::ui
