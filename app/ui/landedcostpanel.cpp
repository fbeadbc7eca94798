#include "ui/landedcostpanel.h"

#include "data/settingsrepository.h"
#include "models/landedcostmodel.h"
#include "ui/customsdeclarationdialog.h"
#include "ui/landedcostdestinationsdialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcLandedCostPanel, "caravan.ui.landedcost")

namespace caravan::ui {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

LandedCostPanel::LandedCostPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new models::LandedCostModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("<b>What buyers abroad pay</b>"), this);
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(new QLabel(tr("Postage:"), this));
    m_service = new QComboBox(this);
    m_service->addItem(tr("Not included"), QString());
    for (const auto &s : m_model->services().services())
        m_service->addItem(qs(s.name), qs(s.id));
    m_service->setCurrentIndex(m_service->findData(QStringLiteral("sample-post-registered")));
    top->addWidget(m_service);
    m_destinationsButton = new QPushButton(tr("Destinations…"), this);
    top->addWidget(m_destinationsButton);
    m_declarationButton = new QPushButton(tr("Customs declaration…"), this);
    top->addWidget(m_declarationButton);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_view = new QTreeView(splitter);
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    m_view->setWordWrap(false);
    m_view->header()->setStretchLastSection(true);
    // Ten destinations: sizing the columns to their contents is cheap and keeps every amount readable.
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_details = new QTextBrowser(splitter);
    m_details->setOpenExternalLinks(true);
    m_details->setPlaceholderText(tr("Select a destination to read how its figures were computed."));
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_service, &QComboBox::currentIndexChanged, this, &LandedCostPanel::onServiceChanged);
    connect(m_destinationsButton, &QPushButton::clicked, this, &LandedCostPanel::chooseDestinations);
    connect(m_declarationButton, &QPushButton::clicked, this, &LandedCostPanel::openCustomsDeclaration);
    connect(m_model, &models::LandedCostModel::refreshed, this, [this] {
        spanDetailRows();
        updateDetails();
        updateStatus();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int c = 0; c < models::LandedCostModel::ColumnCount; ++c)
            m_view->resizeColumnToContents(c);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LandedCostPanel::updateDetails);

    m_draft.serviceId = m_service->currentData().toString();
    m_model->setInput(m_draft);
}

LandedCostPanel::~LandedCostPanel() = default;

QString LandedCostPanel::settingsKey()
{
    return QStringLiteral("landedcost.destinations");
}

void LandedCostPanel::setDraft(const models::LandedCostInput &input)
{
    m_draft = input;
    if (!input.serviceId.isEmpty()) {
        const int at = m_service->findData(input.serviceId);
        if (at >= 0 && at != m_service->currentIndex()) {
            const QSignalBlocker block(m_service);
            m_service->setCurrentIndex(at);
        }
    } else {
        m_draft.serviceId = m_service->currentData().toString();
    }
    m_model->setInput(m_draft);
}

models::LandedCostInput LandedCostPanel::draft() const
{
    return m_draft;
}

void LandedCostPanel::onServiceChanged()
{
    m_draft.serviceId = m_service->currentData().toString();
    m_model->setInput(m_draft);
}

void LandedCostPanel::setSettingsRepository(data::SettingsRepository *settings)
{
    m_settings = settings;
    if (!m_settings)
        return;
    const QString stored = m_settings->value(settingsKey(), QString());
    QStringList countries = stored.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (countries.isEmpty())
        countries = models::defaultLandedCostDestinations();
    m_model->setDestinations(countries);
}

void LandedCostPanel::setDestinations(const QStringList &countries)
{
    if (countries == m_model->destinations())
        return;
    m_model->setDestinations(countries);
    if (m_settings && !m_settings->setValue(settingsKey(), countries.join(QLatin1Char(','))))
        qCWarning(lcLandedCostPanel) << "could not save the destinations:" << m_settings->lastError();
    emit destinationsChanged(countries);
}

QStringList LandedCostPanel::destinations() const
{
    return m_model->destinations();
}

void LandedCostPanel::chooseDestinations()
{
    QStringList available;
    for (const auto &c : m_model->rules().destinations())
        available << qs(c);
    LandedCostDestinationsDialog dialog(available, destinations(), this);
    if (dialog.exec() == QDialog::Accepted)
        setDestinations(dialog.chosen());
}

void LandedCostPanel::openCustomsDeclaration()
{
    auto *dialog = new CustomsDeclarationDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFromLandedCost(m_draft);
    dialog->open();
}

void LandedCostPanel::spanDetailRows()
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex parent = m_model->index(r, 0);
        for (int c = 0; c < m_model->rowCount(parent); ++c)
            m_view->setFirstColumnSpanned(c, parent, true);
    }
}

QString LandedCostPanel::detailsText() const
{
    return m_details->toPlainText();
}

void LandedCostPanel::updateDetails()
{
    QModelIndex current = m_view->currentIndex();
    if (current.isValid() && current.parent().isValid())
        current = current.parent();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        m_details->clear();
        return;
    }
    const auto &row = m_model->rowAt(current.row());
    QString html =
        QStringLiteral("<h3>%1</h3>").arg(escaped(models::LandedCostModel::countryName(row.country)));
    if (!row.quotable) {
        html += QStringLiteral("<p style='color:#a33b20'>%1</p>")
                    .arg(escaped(tr("Cannot quote: %1").arg(row.problem)));
        m_details->setHtml(html);
        return;
    }
    const auto &q = row.quote;
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(tr("Customs value %1 · duty %2 · %3 %4 · fees %5 · buyer pays %6 (DDP)")
                                 .arg(qs(q.customsValue.toString()), qs(q.duty.toString()),
                                      q.taxName.empty() ? tr("tax") : qs(q.taxName), qs(q.tax.toString()),
                                      qs(q.feesTotal.toString()), qs(q.ddpTotal.toString()))));
    html += QStringLiteral("<ol>");
    for (const auto &d : row.details) {
        QString item = escaped(d.text);
        if (d.kind == models::LandedCostModel::DetailKind::Warning)
            item = QStringLiteral("<span style='color:#8a5a00'>%1</span>")
                       .arg(escaped(tr("Warning: %1").arg(d.text)));
        if (!d.ruleId.isEmpty())
            item += QStringLiteral(" <code>%1</code>").arg(escaped(d.ruleId));
        if (!d.source.isEmpty()) {
            const bool link = d.source.startsWith(QLatin1String("http"));
            item += QStringLiteral("<br><small>%1 %2</small>")
                        .arg(escaped(tr("Source:")),
                             link ? QStringLiteral("<a href='%1'>%1</a>").arg(escaped(d.source))
                                  : escaped(d.source));
        }
        html += QStringLiteral("<li>%1</li>").arg(item);
    }
    html += QStringLiteral("</ol>");
    m_details->setHtml(html);
}

void LandedCostPanel::updateStatus()
{
    QString text;
    if (const auto newest = m_model->rules().fx().latestDate())
        text = tr("Exchange rates: ECB euro reference rates, newest published %1 (shipped with the app; no "
                  "network).")
                   .arg(qs(newest->toString()));
    else
        text = tr("No exchange rates are installed: only destinations in the item's currency can be quoted.");
    text += QLatin1Char(' ') +
            tr("Computed in %1 ms.")
                .arg(QString::number(static_cast<double>(m_model->lastRefreshMicros()) / 1000.0, 'f', 2));
    m_status->setText(text);
}

} // namespace caravan::ui
