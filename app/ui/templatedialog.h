#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace caravan::ui {

// Names a new template and chooses which parts of the listing it keeps.
class TemplateDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TemplateDialog(QWidget *parent = nullptr);
    [[nodiscard]] QString name() const;
    [[nodiscard]] int parts() const; // data::ListingTemplate::Part flags

private:
    QLineEdit *m_name;
    QCheckBox *m_shipping;
    QCheckBox *m_description;
    QCheckBox *m_defaults;
};

} // namespace caravan::ui
