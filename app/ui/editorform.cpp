#include "ui/editorform.h"

#include "listing/categories.h"
#include "listing/countries.h"
#include "listing/hs.h"
#include "listing/messages.h"
#include "money/money.h"
#include "shipping/shipping.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QTimeZone>
#include <QVBoxLayout>

namespace caravan::ui {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QSpinBox *optionalSpin(int max, const QString &suffix, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(-1, max);
    spin->setSpecialValueText(EditorForm::tr("—"));
    spin->setValue(-1);
    spin->setSuffix(suffix);
    spin->setMinimumWidth(90);
    return spin;
}

std::optional<std::int64_t> spinValue(const QSpinBox *spin)
{
    return spin->value() < 0 ? std::nullopt : std::optional<std::int64_t>(spin->value());
}

void fillCountries(QComboBox *box)
{
    box->addItem(EditorForm::tr("(choose a country)"), QString());
    for (const auto &code : listing::CountryTable::system().codes())
        box->addItem(q(code) + QStringLiteral(" — ") + q(listing::CountryTable::system().name(code)),
                     q(code));
}

void selectData(QComboBox *box, const QString &value)
{
    const int index = box->findData(value);
    if (index >= 0) {
        box->setCurrentIndex(index);
    } else if (box->isEditable()) {
        box->setEditText(value);
    } else {
        box->setCurrentIndex(0);
    }
}

} // namespace

QString EditorForm::language() const
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

EditorForm::EditorForm(QWidget *parent)
    : QWidget(parent)
{
    const std::string lang = language().toStdString();
    auto *layout = new QVBoxLayout(this);

    auto *item = new QGroupBox(tr("Item"), this);
    auto *itemForm = new QFormLayout(item);
    m_title = new QLineEdit(item);
    m_title->setPlaceholderText(tr("What it is, brand, model, size: e.g. Vintage Seiko 5 automatic watch"));
    addRow(itemForm, tr("Title"), m_title, QStringLiteral("title"));
    m_category = new QComboBox(item);
    m_category->addItem(tr("(choose a category)"), QString());
    const auto &catalog = listing::CategoryCatalog::standard();
    for (const auto &id : catalog.allIds()) {
        const auto *category = catalog.find(id);
        const QString indent = category->parent.empty() ? QString() : QStringLiteral("    ");
        m_category->addItem(indent + q(category->name.in(lang)), q(id));
    }
    addRow(itemForm, tr("Category"), m_category, QStringLiteral("category"));
    m_condition = new QComboBox(item);
    m_condition->addItem(tr("(choose the condition)"), QString());
    for (const auto &info : listing::conditionInfos())
        m_condition->addItem(q(info.name.in(lang)), q(info.id));
    m_conditionDefinition = new QLabel(item);
    m_conditionDefinition->setWordWrap(true);
    m_conditionDefinition->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *conditionBox = new QWidget(item);
    auto *conditionLayout = new QVBoxLayout(conditionBox);
    conditionLayout->setContentsMargins(0, 0, 0, 0);
    conditionLayout->addWidget(m_condition);
    conditionLayout->addWidget(m_conditionDefinition);
    addRow(itemForm, tr("Condition"), conditionBox, QStringLiteral("condition"));
    m_brand = new QLineEdit(item);
    addRow(itemForm, tr("Brand"), m_brand, QStringLiteral("brand"));
    m_description = new QPlainTextEdit(item);
    m_description->setPlaceholderText(tr("Describe the item honestly: flaws, wear, what is included."));
    m_description->setMinimumHeight(110);
    addRow(itemForm, tr("Description"), m_description, QStringLiteral("description"));
    m_specificsBox = new QWidget(item);
    m_specificsForm = new QFormLayout(m_specificsBox);
    m_specificsForm->setContentsMargins(0, 0, 0, 0);
    addRow(itemForm, tr("Item specifics"), m_specificsBox, QStringLiteral("specifics"));
    layout->addWidget(item);

    auto *price = new QGroupBox(tr("Price and quantity"), this);
    auto *priceForm = new QFormLayout(price);
    m_price = new QLineEdit(price);
    m_price->setPlaceholderText(tr("e.g. 85.00"));
    m_currency = new QComboBox(price);
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"),
                          QStringLiteral("JPY"), QStringLiteral("CNY"), QStringLiteral("KRW"),
                          QStringLiteral("AUD"), QStringLiteral("CAD"), QStringLiteral("BRL"),
                          QStringLiteral("MXN"), QStringLiteral("INR"), QStringLiteral("CHF")});
    m_currency->setCurrentIndex(-1);
    auto *priceRow = new QWidget(price);
    auto *priceLayout = new QHBoxLayout(priceRow);
    priceLayout->setContentsMargins(0, 0, 0, 0);
    priceLayout->addWidget(m_price, 1);
    priceLayout->addWidget(m_currency);
    addRow(priceForm, tr("Price"), priceRow, QStringLiteral("price_minor"));
    addIssueLabel(QStringLiteral("currency"));
    priceForm->addRow(QString(), m_issueLabels.value(QStringLiteral("currency")));
    m_quantity = optionalSpin(9999, QString(), price);
    addRow(priceForm, tr("Quantity"), m_quantity, QStringLiteral("quantity"));
    m_offers = new QCheckBox(tr("Buyers may make offers"), price);
    addRow(priceForm, QString(), m_offers, QStringLiteral("accepts_offers"));
    layout->addWidget(price);

    auto *ship = new QGroupBox(tr("Shipping and customs"), this);
    auto *shipForm = new QFormLayout(ship);
    m_shipsFrom = new QComboBox(ship);
    fillCountries(m_shipsFrom);
    addRow(shipForm, tr("Ships from"), m_shipsFrom, QStringLiteral("ships_from"));
    m_handling = optionalSpin(30, tr(" days"), ship);
    addRow(shipForm, tr("Handling time"), m_handling, QStringLiteral("handling_days"));
    m_destMode = new QComboBox(ship);
    m_destMode->addItem(tr("Every country"), QStringLiteral("all"));
    m_destMode->addItem(tr("Only these countries"), QStringLiteral("only"));
    m_destMode->addItem(tr("Every country except these"), QStringLiteral("except"));
    m_destCountries = new QLineEdit(ship);
    m_destCountries->setPlaceholderText(tr("Country codes, e.g. DE, FR, IT"));
    auto *destRow = new QWidget(ship);
    auto *destLayout = new QHBoxLayout(destRow);
    destLayout->setContentsMargins(0, 0, 0, 0);
    destLayout->addWidget(m_destMode);
    destLayout->addWidget(m_destCountries, 1);
    addRow(shipForm, tr("Ships to"), destRow, QStringLiteral("destinations"));
    m_services = new QListWidget(ship);
    for (const auto &service : shipping::ServiceCatalog::standard().services()) {
        auto *entry = new QListWidgetItem(q(service.name) + QStringLiteral(" (") + q(service.carrier) +
                                          QLatin1Char(')'));
        entry->setData(Qt::UserRole, q(service.id));
        entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        entry->setCheckState(Qt::Unchecked);
        m_services->addItem(entry);
    }
    m_services->setMaximumHeight(110);
    addRow(shipForm, tr("Postage services"), m_services, QStringLiteral("services"));
    m_weight = optionalSpin(70000, tr(" g"), ship);
    addRow(shipForm, tr("Packed weight"), m_weight, QStringLiteral("weight_g"));
    m_length = optionalSpin(3000, tr(" mm"), ship);
    m_width = optionalSpin(3000, tr(" mm"), ship);
    m_height = optionalSpin(3000, tr(" mm"), ship);
    auto *dims = new QWidget(ship);
    auto *dimsLayout = new QHBoxLayout(dims);
    dimsLayout->setContentsMargins(0, 0, 0, 0);
    for (QSpinBox *spin : {m_length, m_width, m_height})
        dimsLayout->addWidget(spin);
    addRow(shipForm, tr("Packed size (L × W × H)"), dims, QStringLiteral("dims_mm"));
    m_origin = new QComboBox(ship);
    fillCountries(m_origin);
    addRow(shipForm, tr("Country of origin"), m_origin, QStringLiteral("origin"));
    m_hs = new QLineEdit(ship);
    m_hs->setPlaceholderText(tr("HS code, e.g. 9102.21, or search by keyword"));
    QStringList hsEntries;
    for (const auto &heading : listing::HsHeadings::standard().all())
        hsEntries << listing::formatHsCode(heading.code).c_str() + QStringLiteral(" ") +
                         q(lang == "zh_CN" ? heading.zhCN : heading.en);
    auto *completer = new QCompleter(hsEntries, m_hs);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_hs->setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        m_hs->setText(text.section(QLatin1Char(' '), 0, 0));
        notify(QStringLiteral("hs_code"));
    });
    m_hsSuggestion = new QLabel(ship);
    m_hsSuggestion->setWordWrap(true);
    m_hsSuggestion->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *hsBox = new QWidget(ship);
    auto *hsLayout = new QVBoxLayout(hsBox);
    hsLayout->setContentsMargins(0, 0, 0, 0);
    hsLayout->addWidget(m_hs);
    hsLayout->addWidget(m_hsSuggestion);
    addRow(shipForm, tr("HS code"), hsBox, QStringLiteral("hs_code"));
    layout->addWidget(ship);

    auto *schedule = new QGroupBox(tr("Start"), this);
    auto *scheduleForm = new QFormLayout(schedule);
    m_scheduled = new QCheckBox(tr("Start at a set time"), schedule);
    m_start = new QDateTimeEdit(QDateTime::currentDateTime().addDays(1), schedule);
    m_start->setCalendarPopup(true);
    m_start->setEnabled(false);
    auto *startRow = new QWidget(schedule);
    auto *startLayout = new QHBoxLayout(startRow);
    startLayout->setContentsMargins(0, 0, 0, 0);
    startLayout->addWidget(m_scheduled);
    startLayout->addWidget(m_start, 1);
    addRow(scheduleForm, tr("Scheduled start"), startRow, QStringLiteral("scheduled_at"));
    layout->addWidget(schedule);
    layout->addStretch(1);

    const auto field = [this](const char *name) { return QString::fromLatin1(name); };
    connect(m_title, &QLineEdit::textEdited, this, [=, this] { notify(field("title")); });
    connect(m_description, &QPlainTextEdit::textChanged, this, [=, this] { notify(field("description")); });
    connect(m_category, &QComboBox::currentIndexChanged, this, [=, this] {
        if (m_writing)
            return;
        rebuildSpecifics(m_category->currentData().toString().toStdString(), {});
        updateHsSuggestion();
        notify(field("category"));
    });
    connect(m_condition, &QComboBox::currentIndexChanged, this, [=, this] {
        updateConditionDefinition();
        notify(field("condition"));
    });
    connect(m_brand, &QLineEdit::textEdited, this, [=, this] { notify(field("brand")); });
    connect(m_price, &QLineEdit::textEdited, this, [=, this] { notify(field("price_minor")); });
    connect(m_currency, &QComboBox::currentTextChanged, this, [=, this] { notify(field("currency")); });
    connect(m_quantity, &QSpinBox::valueChanged, this, [=, this] { notify(field("quantity")); });
    connect(m_offers, &QCheckBox::toggled, this, [=, this] { notify(field("accepts_offers")); });
    connect(m_shipsFrom, &QComboBox::currentIndexChanged, this, [=, this] { notify(field("ships_from")); });
    connect(m_handling, &QSpinBox::valueChanged, this, [=, this] { notify(field("handling_days")); });
    connect(m_destMode, &QComboBox::currentIndexChanged, this, [=, this] { notify(field("destinations")); });
    connect(m_destCountries, &QLineEdit::textEdited, this, [=, this] { notify(field("destinations")); });
    connect(m_services, &QListWidget::itemChanged, this, [=, this] { notify(field("services")); });
    connect(m_weight, &QSpinBox::valueChanged, this, [=, this] { notify(field("weight_g")); });
    for (QSpinBox *spin : {m_length, m_width, m_height})
        connect(spin, &QSpinBox::valueChanged, this, [=, this] { notify(field("dims_mm")); });
    connect(m_origin, &QComboBox::currentIndexChanged, this, [=, this] { notify(field("origin")); });
    connect(m_hs, &QLineEdit::textEdited, this, [=, this] { notify(field("hs_code")); });
    connect(m_scheduled, &QCheckBox::toggled, this, [=, this](bool on) {
        m_start->setEnabled(on);
        notify(field("scheduled_at"));
    });
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, [=, this] { notify(field("scheduled_at")); });
    updateConditionDefinition();
    updateHsSuggestion();
}

QLabel *EditorForm::addIssueLabel(const QString &field)
{
    auto *label = new QLabel(this);
    label->setWordWrap(true);
    label->setVisible(false);
    label->setObjectName(QStringLiteral("issue-") + field);
    m_issueLabels.insert(field, label);
    return label;
}

void EditorForm::addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &fieldName)
{
    auto *box = new QWidget(field->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(addIssueLabel(fieldName));
    form->addRow(label, box);
}

void EditorForm::notify(const QString &field)
{
    if (!m_writing)
        emit edited(field);
}

void EditorForm::updateConditionDefinition()
{
    const QString id = m_condition->currentData().toString();
    m_conditionDefinition->clear();
    for (const auto &info : listing::conditionInfos()) {
        if (q(info.id) == id)
            m_conditionDefinition->setText(q(info.definition.in(language().toStdString())));
    }
    m_conditionDefinition->setVisible(!m_conditionDefinition->text().isEmpty());
}

void EditorForm::updateHsSuggestion()
{
    const std::string category = m_category->currentData().toString().toStdString();
    const std::string heading = listing::CategoryCatalog::standard().suggestedHsHeading(category);
    const auto *info = listing::HsHeadings::standard().find(heading);
    if (heading.empty() || !info) {
        m_hsSuggestion->setText(tr("Choose a category to get a suggested HS code."));
        return;
    }
    m_hsSuggestion->setText(
        tr("Suggested for this category: %1 — %2")
            .arg(q(heading), q(language() == QLatin1String("zh_CN") ? info->zhCN : info->en)));
}

void EditorForm::rebuildSpecifics(const std::string &categoryId,
                                  const std::map<std::string, std::string> &values)
{
    for (auto it = m_issueLabels.begin(); it != m_issueLabels.end();) {
        if (it.key().startsWith(QLatin1String("specifics.")))
            it = m_issueLabels.erase(it); // their widgets go with the rows below
        else
            ++it;
    }
    while (m_specificsForm->rowCount() > 0)
        m_specificsForm->removeRow(0);
    m_specificEditors.clear();
    const auto *category = listing::CategoryCatalog::standard().find(categoryId);
    const std::string lang = language().toStdString();
    if (!category || category->specifics.empty()) {
        auto *none = new QLabel(tr("This category has no item specifics."), m_specificsBox);
        none->setStyleSheet(QStringLiteral("color: palette(mid);"));
        m_specificsForm->addRow(none);
        return;
    }
    for (const auto &def : category->specifics) {
        const QString key = q(def.key);
        const auto found = values.find(def.key);
        const QString value = found == values.end() ? QString() : q(found->second);
        const QString fieldName = QStringLiteral("specifics.") + key;
        QWidget *editor = nullptr;
        if (def.type == listing::SpecificDef::Type::Enum || def.type == listing::SpecificDef::Type::Boolean) {
            auto *box = new QComboBox(m_specificsBox);
            box->addItem(QString(), QString());
            if (def.type == listing::SpecificDef::Type::Boolean) {
                box->addItem(tr("Yes"), QStringLiteral("true"));
                box->addItem(tr("No"), QStringLiteral("false"));
            }
            for (const auto &v : def.values)
                box->addItem(q(v.name.in(lang)), q(v.id));
            selectData(box, value);
            connect(box, &QComboBox::currentIndexChanged, this, [this, fieldName] { notify(fieldName); });
            editor = box;
        } else {
            auto *line = new QLineEdit(value, m_specificsBox);
            connect(line, &QLineEdit::textEdited, this, [this, fieldName] { notify(fieldName); });
            editor = line;
        }
        editor->setObjectName(fieldName);
        m_specificEditors.insert(key, editor);
        auto *box = new QWidget(m_specificsBox);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(editor);
        layout->addWidget(addIssueLabel(fieldName));
        m_specificsForm->addRow(q(def.name.in(lang)) + (def.required ? QStringLiteral(" *") : QString()),
                                box);
    }
}

listing::Listing EditorForm::read() const
{
    listing::Listing l;
    l.id = m_id.toStdString();
    l.status = m_status;
    l.photos = m_photos;
    l.title = m_title->text().toStdString();
    l.description = m_description->toPlainText().toStdString();
    l.category = m_category->currentData().toString().toStdString();
    l.condition = listing::parseCondition(m_condition->currentData().toString().toStdString());
    l.brand = m_brand->text().toStdString();
    for (auto it = m_specificEditors.begin(); it != m_specificEditors.end(); ++it) {
        QString value;
        if (auto *box = qobject_cast<QComboBox *>(it.value()))
            value = box->currentData().toString();
        else if (auto *line = qobject_cast<QLineEdit *>(it.value()))
            value = line->text().trimmed();
        if (!value.isEmpty())
            l.specifics[it.key().toStdString()] = value.toStdString();
    }
    l.quantity = spinValue(m_quantity);
    l.currency = m_currency->currentText().trimmed().toUpper().toStdString();
    const QString price = m_price->text().trimmed();
    if (!price.isEmpty() && !l.currency.empty()) {
        try {
            l.priceMinor = money::Money::parse(price.toStdString(), l.currency).minor();
        } catch (const std::exception &) {
            l.priceMinor.reset(); // reported by inputIssues()
        }
    }
    l.acceptsOffers = m_offers->isChecked();
    l.handlingDays = spinValue(m_handling);
    l.shipsFrom = m_shipsFrom->currentData().toString().toStdString();
    l.originCountry = m_origin->currentData().toString().toStdString();
    const QString mode = m_destMode->currentData().toString();
    l.destinations.mode = mode == QLatin1String("only")     ? listing::Destinations::Mode::Only
                          : mode == QLatin1String("except") ? listing::Destinations::Mode::AllExcept
                                                            : listing::Destinations::Mode::All;
    if (l.destinations.mode != listing::Destinations::Mode::All) {
        for (const QString &code : m_destCountries->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            l.destinations.countries.push_back(code.trimmed().toUpper().toStdString());
    }
    for (int i = 0; i < m_services->count(); ++i) {
        if (m_services->item(i)->checkState() == Qt::Checked)
            l.postageServices.push_back(m_services->item(i)->data(Qt::UserRole).toString().toStdString());
    }
    l.weightG = spinValue(m_weight);
    if (m_length->value() >= 0 || m_width->value() >= 0 || m_height->value() >= 0)
        l.packedMm = listing::Dimensions{std::max(0, m_length->value()), std::max(0, m_width->value()),
                                         std::max(0, m_height->value())};
    const QString hs = m_hs->text().trimmed();
    const auto normalized = listing::normalizeHsCode(hs.toStdString());
    l.hsCode = normalized ? *normalized : hs.toStdString();
    if (m_scheduled->isChecked())
        l.scheduledStart = m_start->dateTime().toSecsSinceEpoch();
    return l;
}

std::vector<listing::Issue> EditorForm::inputIssues() const
{
    std::vector<listing::Issue> issues;
    const QString price = m_price->text().trimmed();
    if (!price.isEmpty()) {
        const std::string currency = m_currency->currentText().trimmed().toUpper().toStdString();
        if (currency.empty()) {
            issues.push_back({"price_minor", "price_without_currency", {}});
        } else {
            try {
                money::Money::parse(price.toStdString(), currency);
            } catch (const std::exception &) {
                issues.push_back({"price_minor", "invalid_price", {{"value", price.toStdString()}}});
            }
        }
    }
    return issues;
}

void EditorForm::write(const listing::Listing &l)
{
    m_writing = true;
    m_id = q(l.id);
    m_status = l.status;
    m_photos = l.photos;
    if (m_title->text() != q(l.title))
        m_title->setText(q(l.title));
    if (m_description->toPlainText() != q(l.description))
        m_description->setPlainText(q(l.description));
    const QString category = q(l.category);
    const bool categoryChanged = m_category->currentData().toString() != category;
    selectData(m_category, category);
    if (categoryChanged || m_specificEditors.isEmpty()) {
        rebuildSpecifics(l.category, l.specifics);
    } else {
        for (auto it = m_specificEditors.begin(); it != m_specificEditors.end(); ++it) {
            const auto found = l.specifics.find(it.key().toStdString());
            const QString value = found == l.specifics.end() ? QString() : q(found->second);
            if (auto *box = qobject_cast<QComboBox *>(it.value()))
                selectData(box, value);
            else if (auto *line = qobject_cast<QLineEdit *>(it.value()); line && line->text() != value)
                line->setText(value);
        }
    }
    selectData(m_condition, l.condition ? q(std::string(listing::toString(*l.condition))) : QString());
    m_brand->setText(q(l.brand));
    m_quantity->setValue(l.quantity ? int(*l.quantity) : -1);
    m_currency->setEditText(q(l.currency));
    QString price;
    if (l.priceMinor && !l.currency.empty()) {
        try {
            price = q(money::Money::ofMinor(*l.priceMinor, l.currency).amountString());
        } catch (const std::exception &) {
            price = QString::number(*l.priceMinor);
        }
    }
    const bool priceParses = inputIssues().empty();
    if (!(priceParses == false && !l.priceMinor) && m_price->text() != price)
        m_price->setText(price); // keep a half-typed, unparsable price visible
    m_offers->setChecked(l.acceptsOffers);
    m_handling->setValue(l.handlingDays ? int(*l.handlingDays) : -1);
    selectData(m_shipsFrom, q(l.shipsFrom));
    selectData(m_origin, q(l.originCountry));
    const char *mode = l.destinations.mode == listing::Destinations::Mode::Only        ? "only"
                       : l.destinations.mode == listing::Destinations::Mode::AllExcept ? "except"
                                                                                       : "all";
    selectData(m_destMode, QString::fromLatin1(mode));
    QStringList countries;
    for (const auto &c : l.destinations.countries)
        countries << q(c);
    if (m_destCountries->text().split(QLatin1Char(','), Qt::SkipEmptyParts).size() != countries.size() ||
        l.destinations.mode != listing::Destinations::Mode::All)
        m_destCountries->setText(countries.join(QStringLiteral(", ")));
    for (int i = 0; i < m_services->count(); ++i) {
        const std::string id = m_services->item(i)->data(Qt::UserRole).toString().toStdString();
        const bool on =
            std::find(l.postageServices.begin(), l.postageServices.end(), id) != l.postageServices.end();
        m_services->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_weight->setValue(l.weightG ? int(*l.weightG) : -1);
    m_length->setValue(l.packedMm ? int(l.packedMm->lengthMm) : -1);
    m_width->setValue(l.packedMm ? int(l.packedMm->widthMm) : -1);
    m_height->setValue(l.packedMm ? int(l.packedMm->heightMm) : -1);
    const QString hs = l.hsCode.empty() ? QString() : q(listing::formatHsCode(l.hsCode));
    if (listing::normalizeHsCode(m_hs->text().toStdString()).value_or(m_hs->text().toStdString()) != l.hsCode)
        m_hs->setText(hs);
    m_scheduled->setChecked(l.scheduledStart.has_value());
    m_start->setEnabled(l.scheduledStart.has_value());
    if (l.scheduledStart)
        m_start->setDateTime(QDateTime::fromSecsSinceEpoch(*l.scheduledStart));
    updateConditionDefinition();
    updateHsSuggestion();
    m_writing = false;
}

void EditorForm::showIssues(const std::vector<listing::Issue> &errors,
                            const std::vector<listing::Issue> &needed, const QString &lang)
{
    QHash<QString, QStringList> errorText;
    QHash<QString, QStringList> neededText;
    const auto &catalog = listing::MessageCatalog::standard();
    const auto labelFor = [this](const std::string &field) {
        QString name = q(field);
        if (!m_issueLabels.contains(name) && name.startsWith(QLatin1String("specifics.")) &&
            !m_issueLabels.contains(name))
            name = QStringLiteral("specifics");
        if (!m_issueLabels.contains(name))
            name = name.section(QLatin1Char('.'), 0, 0);
        if (name == QLatin1String("packed_mm") || name == QLatin1String("dims"))
            name = QStringLiteral("dims_mm");
        return m_issueLabels.contains(name) ? name : QStringLiteral("title");
    };
    for (const auto &issue : errors)
        errorText[labelFor(issue.field)] << q(catalog.render(issue, lang.toStdString()));
    for (const auto &issue : needed)
        neededText[labelFor(issue.field)] << q(catalog.render(issue, lang.toStdString()));
    for (auto it = m_issueLabels.begin(); it != m_issueLabels.end(); ++it) {
        QLabel *label = it.value();
        const QStringList errs = errorText.value(it.key());
        const QStringList hints = neededText.value(it.key());
        if (!errs.isEmpty()) {
            label->setText(errs.join(QLatin1Char('\n')));
            label->setStyleSheet(QStringLiteral("color: #b3261e;"));
            label->setProperty("severity", QStringLiteral("error"));
        } else if (!hints.isEmpty()) {
            label->setText(hints.join(QLatin1Char('\n')));
            label->setStyleSheet(QStringLiteral("color: #7a6a2f;"));
            label->setProperty("severity", QStringLiteral("needed"));
        } else {
            label->clear();
        }
        label->setVisible(!label->text().isEmpty());
    }
}

QString EditorForm::issueText(const QString &field) const
{
    const QLabel *label = m_issueLabels.value(field);
    return label ? label->text() : QString();
}

} // namespace caravan::ui
