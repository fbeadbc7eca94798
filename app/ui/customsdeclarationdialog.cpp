#include "ui/customsdeclarationdialog.h"

#include "trade/rules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace caravan::ui {

namespace {

enum LineColumn {
    DescriptionCol,
    HsCol,
    QuantityCol,
    ValueCol,
    CurrencyCol,
    WeightCol,
    OriginCol,
    LineColumnCount
};

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string text(const QLineEdit *e)
{
    return e->text().trimmed().toStdString();
}

QString cell(const QTableWidget *t, int row, int col)
{
    const auto *item = t->item(row, col);
    return item ? item->text().trimmed() : QString();
}

} // namespace

CustomsDeclarationDialog::CustomsDeclarationDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Customs declaration (CN 22 / CN 23)"));
    auto *layout = new QVBoxLayout(this);

    auto *parties = new QHBoxLayout;
    parties->addWidget(partyBox(tr("Sender"), m_sender));
    parties->addWidget(partyBox(tr("Addressee"), m_addressee));
    layout->addLayout(parties);

    auto *form = new QFormLayout;
    m_category = new QComboBox(this);
    m_category->addItem(tr("Sale of goods"), static_cast<int>(trade::ItemCategory::SaleOfGoods));
    m_category->addItem(tr("Gift"), static_cast<int>(trade::ItemCategory::Gift));
    m_category->addItem(tr("Documents"), static_cast<int>(trade::ItemCategory::Documents));
    m_category->addItem(tr("Returned goods"), static_cast<int>(trade::ItemCategory::ReturnedGoods));
    m_category->addItem(tr("Commercial sample"), static_cast<int>(trade::ItemCategory::CommercialSample));
    m_category->addItem(tr("Other"), static_cast<int>(trade::ItemCategory::Other));
    form->addRow(tr("Category of item:"), m_category);
    m_explanation = new QLineEdit(this);
    m_explanation->setPlaceholderText(tr("Required for \"Other\""));
    form->addRow(tr("Explanation:"), m_explanation);
    layout->addLayout(form);

    m_lines = new QTableWidget(0, LineColumnCount, this);
    m_lines->setHorizontalHeaderLabels({tr("Description"), tr("HS code"), tr("Quantity"), tr("Value"),
                                        tr("Currency"), tr("Net weight (g)"), tr("Origin")});
    m_lines->horizontalHeader()->setSectionResizeMode(DescriptionCol, QHeaderView::Stretch);
    m_lines->verticalHeader()->setVisible(false);
    layout->addWidget(m_lines, 1);
    auto *lineButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add line"), this);
    auto *remove = new QPushButton(tr("Remove line"), this);
    lineButtons->addWidget(add);
    lineButtons->addWidget(remove);
    lineButtons->addStretch(1);
    lineButtons->addWidget(new QLabel(tr("Gross weight (g):"), this));
    m_grossGrams = new QSpinBox(this);
    m_grossGrams->setRange(0, 100000);
    m_grossGrams->setSpecialValueText(tr("sum of net weights"));
    lineButtons->addWidget(m_grossGrams);
    layout->addLayout(lineButtons);

    auto *options = new QHBoxLayout;
    m_parcel = new QCheckBox(tr("Sent as a parcel"), this);
    m_forceCn23 = new QCheckBox(tr("Use a CN 23 whatever the value"), this);
    m_pageSize = new QComboBox(this);
    m_pageSize->addItem(tr("A6 label"), static_cast<int>(DeclarationPageSize::A6));
    m_pageSize->addItem(tr("A4 page"), static_cast<int>(DeclarationPageSize::A4));
    options->addWidget(m_parcel);
    options->addWidget(m_forceCn23);
    options->addStretch(1);
    options->addWidget(new QLabel(tr("Paper:"), this));
    options->addWidget(m_pageSize);
    layout->addLayout(options);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *save = buttons->addButton(tr("Save PDF…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, [this] { addLine({}); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_lines->currentRow() >= 0)
            m_lines->removeRow(m_lines->currentRow());
        reassess();
    });
    connect(save, &QPushButton::clicked, this, &CustomsDeclarationDialog::savePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_lines, &QTableWidget::itemChanged, this, &CustomsDeclarationDialog::reassess);
    connect(m_category, &QComboBox::currentIndexChanged, this, &CustomsDeclarationDialog::reassess);
    connect(m_explanation, &QLineEdit::textChanged, this, &CustomsDeclarationDialog::reassess);
    connect(m_grossGrams, &QSpinBox::valueChanged, this, &CustomsDeclarationDialog::reassess);
    connect(m_parcel, &QCheckBox::toggled, this, &CustomsDeclarationDialog::reassess);
    connect(m_forceCn23, &QCheckBox::toggled, this, &CustomsDeclarationDialog::reassess);
    for (auto *e :
         {m_sender.name, m_sender.street, m_sender.postcode, m_sender.city, m_sender.country,
          m_addressee.name, m_addressee.street, m_addressee.postcode, m_addressee.city, m_addressee.country})
        connect(e, &QLineEdit::textChanged, this, &CustomsDeclarationDialog::reassess);
    resize(860, 620);
    reassess();
}

QWidget *CustomsDeclarationDialog::partyBox(const QString &title, PartyEdits &edits)
{
    auto *box = new QGroupBox(title, this);
    auto *form = new QFormLayout(box);
    edits.name = new QLineEdit(box);
    edits.street = new QLineEdit(box);
    edits.postcode = new QLineEdit(box);
    edits.city = new QLineEdit(box);
    edits.country = new QLineEdit(box);
    edits.country->setMaxLength(2);
    edits.country->setPlaceholderText(tr("e.g. DE"));
    form->addRow(tr("Name:"), edits.name);
    form->addRow(tr("Street:"), edits.street);
    form->addRow(tr("Postcode:"), edits.postcode);
    form->addRow(tr("City:"), edits.city);
    form->addRow(tr("Country:"), edits.country);
    return box;
}

void CustomsDeclarationDialog::addLine(const trade::DeclarationLine &line)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    const QString values[LineColumnCount] = {
        qs(line.description),
        qs(line.hs),
        QString::number(line.quantity),
        line.value.hasCurrency() ? qs(line.value.amountString()) : QString(),
        line.value.hasCurrency() ? QString::fromLatin1(line.value.currency().data(), 3) : QString(),
        line.netWeightGrams > 0 ? QString::number(line.netWeightGrams) : QString(),
        qs(line.origin)};
    for (int c = 0; c < LineColumnCount; ++c)
        m_lines->setItem(row, c, new QTableWidgetItem(values[c]));
    m_loading = wasLoading;
    reassess();
}

void CustomsDeclarationDialog::setFromLandedCost(const models::LandedCostInput &input)
{
    trade::Declaration d;
    d.sender.country = input.shipsFrom.toStdString();
    d.category = input.gift ? trade::ItemCategory::Gift : trade::ItemCategory::SaleOfGoods;
    d.date = money::Date::today();
    trade::DeclarationLine line;
    line.description = input.description.toStdString();
    line.hs = input.hsCode.toStdString();
    line.netWeightGrams = input.weightGrams;
    line.origin = input.origin.toStdString();
    try {
        line.value =
            money::Money::parse(input.price.trimmed().toStdString(), input.currency.trimmed().toStdString());
    } catch (const std::exception &) {
        // left empty: the line shows "the value must be more than zero" until the seller fills it in
    }
    d.lines.push_back(line);
    setDeclaration(d);
}

void CustomsDeclarationDialog::setDeclaration(const trade::Declaration &d)
{
    m_loading = true;
    auto fill = [](PartyEdits &e, const trade::DeclarationParty &p) {
        e.name->setText(qs(p.name));
        e.street->setText(qs(p.street));
        e.postcode->setText(qs(p.postcode));
        e.city->setText(qs(p.city));
        e.country->setText(qs(p.country));
    };
    fill(m_sender, d.sender);
    fill(m_addressee, d.addressee);
    m_category->setCurrentIndex(m_category->findData(static_cast<int>(d.category)));
    m_explanation->setText(qs(d.categoryExplanation));
    m_lines->setRowCount(0);
    for (const auto &l : d.lines)
        addLine(l);
    m_grossGrams->setValue(static_cast<int>(d.grossWeightGrams));
    m_parcel->setChecked(d.parcel);
    m_forceCn23->setChecked(d.senderChoosesCn23);
    m_loading = false;
    reassess();
}

trade::Declaration CustomsDeclarationDialog::declaration(QStringList *problems) const
{
    trade::Declaration d;
    auto read = [](const PartyEdits &e) {
        return trade::DeclarationParty{text(e.name),
                                       text(e.street),
                                       text(e.postcode),
                                       text(e.city),
                                       e.country->text().trimmed().toUpper().toStdString(),
                                       {},
                                       {}};
    };
    d.sender = read(m_sender);
    d.addressee = read(m_addressee);
    d.category = static_cast<trade::ItemCategory>(m_category->currentData().toInt());
    d.categoryExplanation = text(m_explanation);
    d.grossWeightGrams = m_grossGrams->value();
    d.parcel = m_parcel->isChecked();
    d.senderChoosesCn23 = m_forceCn23->isChecked();
    d.date = money::Date::today();
    for (int r = 0; r < m_lines->rowCount(); ++r) {
        trade::DeclarationLine l;
        l.description = cell(m_lines, r, DescriptionCol).toStdString();
        l.hs = cell(m_lines, r, HsCol).toStdString();
        bool ok = false;
        l.quantity = cell(m_lines, r, QuantityCol).toLongLong(&ok);
        if (!ok)
            l.quantity = 0;
        l.netWeightGrams = cell(m_lines, r, WeightCol).toLongLong(&ok);
        if (!ok)
            l.netWeightGrams = 0;
        l.origin = cell(m_lines, r, OriginCol).toUpper().toStdString();
        const QString value = cell(m_lines, r, ValueCol);
        const QString currency = cell(m_lines, r, CurrencyCol).toUpper();
        if (!value.isEmpty() || !currency.isEmpty()) {
            try {
                l.value = money::Money::parse(value.toStdString(), currency.toStdString());
            } catch (const std::exception &e) {
                if (problems)
                    *problems << tr("line %1: value: %2").arg(r + 1).arg(qs(e.what()));
            }
        }
        d.lines.push_back(l);
    }
    return d;
}

trade::DeclarationAssessment CustomsDeclarationDialog::assessment() const
{
    return trade::assessDeclaration(declaration(), trade::RuleSet::standard().fx());
}

QString CustomsDeclarationDialog::issueText(const trade::DeclarationIssue &i) const
{
    using C = trade::DeclarationIssue::Code;
    const QString line = tr("line %1").arg(i.line + 1);
    switch (i.code) {
    case C::MissingSenderName:
        return tr("the sender's name is missing");
    case C::MissingSenderAddress:
        return tr("the sender's street and city are required");
    case C::BadSenderCountry:
        return tr("the sender's country must be a two-letter code such as JP");
    case C::MissingAddresseeName:
        return tr("the addressee's name is missing");
    case C::MissingAddresseeAddress:
        return tr("the addressee's street and city are required");
    case C::BadAddresseeCountry:
        return tr("the addressee's country must be a two-letter code such as DE");
    case C::SameCountry:
        return tr("sender and addressee are in the same country: no customs declaration is needed");
    case C::NoLines:
        return tr("list the contents");
    case C::MissingDescription:
        return tr("%1: describe the item").arg(line);
    case C::VagueDescription:
        return tr("%1: the description is too general; say what the item is (e.g. \"wool sweater\")")
            .arg(line);
    case C::BadQuantity:
        return tr("%1: the quantity must be at least 1").arg(line);
    case C::BadValue:
        return tr("%1: the value must be more than zero").arg(line);
    case C::MixedCurrencies:
        return tr("all values must be in one currency");
    case C::BadWeight:
        return tr("%1: the net weight must be more than 0 g").arg(line);
    case C::MissingHs:
        return tr("%1: goods for sale need an HS tariff number (6 digits or more)").arg(line);
    case C::BadHs:
        return tr("%1: the HS tariff number needs at least 6 digits").arg(line);
    case C::MissingOrigin:
        return tr("%1: goods for sale need their country of origin").arg(line);
    case C::BadOrigin:
        return tr("%1: the country of origin must be a two-letter code").arg(line);
    case C::MissingExplanation:
        return tr("explain the contents when the category is \"Other\"");
    case C::GrossBelowNet:
        return tr("the gross weight is less than the net weights");
    case C::NoSdrRate:
        return tr("no exchange rate into SDR: CN 23 is used, which is valid at any value");
    }
    return qs(i.message);
}

void CustomsDeclarationDialog::reassess()
{
    if (m_loading)
        return;
    m_status->setText(statusText());
}

QString CustomsDeclarationDialog::statusText() const
{
    QStringList problems;
    const auto d = declaration(&problems);
    const auto a = trade::assessDeclaration(d, trade::RuleSet::standard().fx());
    QString status;
    const QString form =
        a.form == trade::DeclarationForm::CN22 ? QStringLiteral("CN 22") : QStringLiteral("CN 23");
    if (a.valueInSdr)
        status = tr("Form %1: total %2 ≈ %3 SDR (limit for a CN 22: SDR 300).")
                     .arg(form, qs(a.totalValue.toString()), qs(a.valueInSdr->amountString()));
    else
        status = tr("Form %1.").arg(form);
    for (const auto &i : a.issues)
        problems << (i.severity == trade::IssueSeverity::Error ? tr("To fix: %1") : tr("Note: %1"))
                        .arg(issueText(i));
    if (!problems.isEmpty())
        status += QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    return status;
}

void CustomsDeclarationDialog::setPageSize(DeclarationPageSize size)
{
    m_pageSize->setCurrentIndex(m_pageSize->findData(static_cast<int>(size)));
}

bool CustomsDeclarationDialog::writePdf(const QString &path, QString *error)
{
    QStringList problems;
    const auto d = declaration(&problems);
    const auto a = trade::assessDeclaration(d, trade::RuleSet::standard().fx());
    if (!problems.isEmpty() || a.hasErrors()) {
        if (error)
            *error = tr("The declaration is not complete:\n%1").arg(statusText());
        return false;
    }
    const auto size = static_cast<DeclarationPageSize>(m_pageSize->currentData().toInt());
    return PdfDeclarationWriter::write(d, a, size, path, error);
}

void CustomsDeclarationDialog::savePdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save customs declaration"),
                                                      tr("customs-declaration.pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writePdf(path, &error))
        QMessageBox::warning(this, tr("Customs declaration"), error);
}

} // namespace caravan::ui
