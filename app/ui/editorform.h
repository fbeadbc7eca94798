#pragma once

#ifndef Q_MOC_RUN
#include "listing/issues.h"
#include "listing/listing.h"
#endif

#include <QHash>
#include <QString>
#include <QWidget>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace caravan::ui {

// Every field of a listing as widgets, each with a message line under it for validation issues.
// read() builds a listing from the widgets; write() fills them without emitting edited(). Fields are
// named as the sync protocol names them (title, price_minor, services, specifics.<key>, ...).
class EditorForm final : public QWidget
{
    Q_OBJECT

public:
    explicit EditorForm(QWidget *parent = nullptr);

    [[nodiscard]] listing::Listing read() const;
    void write(const listing::Listing &listing);
    // Problems found while reading the widgets (e.g. a price that is not a number), as issues.
    [[nodiscard]] std::vector<listing::Issue> inputIssues() const;

    // Errors (red) and what publishing still needs (grey), rendered in `language`.
    void showIssues(const std::vector<listing::Issue> &errors, const std::vector<listing::Issue> &needed,
                    const QString &language);

    // For tests and the editor's focus handling.
    [[nodiscard]] QLineEdit *titleEdit() const { return m_title; }
    [[nodiscard]] QLineEdit *priceEdit() const { return m_price; }
    [[nodiscard]] QComboBox *categoryBox() const { return m_category; }
    [[nodiscard]] QLineEdit *hsEdit() const { return m_hs; }
    [[nodiscard]] QPlainTextEdit *descriptionEdit() const { return m_description; }
    [[nodiscard]] QString issueText(const QString &field) const;

signals:
    void edited(const QString &field);

private:
    QLabel *addIssueLabel(const QString &field);
    void addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &fieldName);
    void rebuildSpecifics(const std::string &category, const std::map<std::string, std::string> &values);
    void updateConditionDefinition();
    void updateHsSuggestion();
    void notify(const QString &field);
    QString language() const;

    bool m_writing = false;
    QString m_id;
    listing::Status m_status = listing::Status::Draft;
    std::vector<std::string> m_photos;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QComboBox *m_category;
    QComboBox *m_condition;
    QLabel *m_conditionDefinition;
    QLineEdit *m_brand;
    QWidget *m_specificsBox;
    QFormLayout *m_specificsForm;
    QHash<QString, QWidget *> m_specificEditors;
    QSpinBox *m_quantity;
    QLineEdit *m_price;
    QComboBox *m_currency;
    QCheckBox *m_offers;
    QSpinBox *m_handling;
    QComboBox *m_shipsFrom;
    QComboBox *m_origin;
    QComboBox *m_destMode;
    QLineEdit *m_destCountries;
    QListWidget *m_services;
    QSpinBox *m_weight;
    QSpinBox *m_length;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QLineEdit *m_hs;
    QLabel *m_hsSuggestion;
    QCheckBox *m_scheduled;
    QDateTimeEdit *m_start;
    QHash<QString, QLabel *> m_issueLabels;
};

} // namespace caravan::ui
