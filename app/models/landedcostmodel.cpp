#include "models/landedcostmodel.h"

#include "listing/categories.h"

#include <QBrush>
#include <QColor>
#include <QElapsedTimer>
#include <QLocale>
#include <QLoggingCategory>
#include <QMetaObject>

Q_LOGGING_CATEGORY(lcLandedCost, "caravan.landedcost")

namespace caravan::models {

namespace {

constexpr quintptr kTopLevel = 0; // internalId of top rows; child rows carry parent row + 1

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString money(const money::Money &m)
{
    return qs(m.toString());
}

// The engine's messages end with advice for the command line ("give one with --fx ..."); the panel
// has no command line.
QString withoutCliAdvice(const std::string &message)
{
    QString text = qs(message);
    const int cut = text.indexOf(QStringLiteral("; give one with"));
    return cut >= 0 ? text.left(cut) : text;
}

// What is wrong with the draft as a whole (every row shows it), and notes for every row.
struct Prepared
{
    QString problem;
    QString hsNote;
};

} // namespace

QStringList defaultLandedCostDestinations()
{
    return {QStringLiteral("US"), QStringLiteral("GB"), QStringLiteral("DE"), QStringLiteral("FR"),
            QStringLiteral("JP"), QStringLiteral("AU"), QStringLiteral("CA"), QStringLiteral("CN"),
            QStringLiteral("KR"), QStringLiteral("NL")};
}

LandedCostModel::LandedCostModel(QObject *parent)
    : LandedCostModel(trade::RuleSet::standard(), shipping::ServiceCatalog::standard(), parent)
{}

LandedCostModel::LandedCostModel(const trade::RuleSet &rules, const shipping::ServiceCatalog &services,
                                 QObject *parent)
    : QAbstractItemModel(parent)
    , m_rules(rules)
    , m_services(services)
    , m_destinations(defaultLandedCostDestinations())
{}

void LandedCostModel::setInput(const LandedCostInput &input)
{
    if (input == m_input)
        return;
    m_input = input;
    scheduleRefresh();
}

void LandedCostModel::setDestinations(const QStringList &countries)
{
    if (countries == m_destinations)
        return;
    m_destinations = countries;
    scheduleRefresh();
}

void LandedCostModel::scheduleRefresh()
{
    if (m_pending)
        return;
    m_pending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_pending)
                refresh();
        },
        Qt::QueuedConnection);
}

int LandedCostModel::rowOf(const QString &country) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].country == country)
            return i;
    return -1;
}

QString LandedCostModel::countryName(const QString &code)
{
    const QLocale::Territory t = QLocale::codeToTerritory(code);
    if (t == QLocale::AnyTerritory)
        return code;
    return tr("%1 (%2)").arg(QLocale::territoryToString(t), code);
}

void LandedCostModel::refresh()
{
    m_pending = false;
    QElapsedTimer timer;
    timer.start();

    Prepared p;
    const LandedCostInput &in = m_input;
    if (in.hsCode.trimmed().isEmpty() && !in.categoryId.isEmpty()) {
        try {
            const std::string heading =
                listing::CategoryCatalog::standard().suggestedHsHeading(in.categoryId.toStdString());
            if (!heading.empty()) {
                p.hsNote = tr("No HS code given: the category's heading %1 is used.").arg(qs(heading));
            }
        } catch (const std::exception &e) {
            qCWarning(lcLandedCost) << "category data unavailable:" << e.what();
        }
    }
    if (in.price.trimmed().isEmpty() || in.currency.trimmed().isEmpty()) {
        p.problem = tr("enter a price and its currency");
    } else {
        try {
            const auto price = money::Money::parse(in.price.trimmed().toStdString(),
                                                   in.currency.trimmed().toStdString(), m_rules.currencies());
            if (!price.isPositive())
                p.problem = tr("the price must be more than zero");
        } catch (const std::exception &e) {
            p.problem = tr("price: %1").arg(qs(e.what()));
        }
    }
    if (p.problem.isEmpty() && in.shipsFrom.isEmpty())
        p.problem = tr("choose the country the parcel ships from");

    if (!in.serviceId.isEmpty() && p.problem.isEmpty()) {
        if (!m_services.find(in.serviceId.toStdString()))
            p.problem = tr("unknown postage service \"%1\"").arg(in.serviceId);
        else if (in.weightGrams <= 0)
            p.problem = tr("enter the packed weight to price the postage");
        else if (in.lengthMm <= 0 || in.widthMm <= 0 || in.heightMm <= 0)
            p.problem = tr("enter the packed dimensions to price the postage");
    }

    QVector<Row> rows;
    rows.reserve(m_destinations.size());
    for (const QString &country : std::as_const(m_destinations)) {
        Row row;
        row.country = country;
        if (!p.problem.isEmpty()) {
            row.problem = p.problem;
        } else {
            row = computeRow(country);
            if (row.quotable && !p.hsNote.isEmpty())
                row.details.prepend({DetailKind::Warning, p.hsNote, {}, {}});
        }
        if (!row.quotable)
            row.details = {{DetailKind::Problem, row.problem, {}, {}}};
        rows.append(std::move(row));
    }
    replaceRows(std::move(rows));
    m_lastRefreshMicros = timer.nsecsElapsed() / 1000;
    emit refreshed();
}

LandedCostModel::Row LandedCostModel::computeRow(const QString &country) const
{
    Row row;
    row.country = country;
    const std::string to = country.toStdString();
    const LandedCostInput &in = m_input;
    if (country == in.shipsFrom) {
        row.problem = tr("domestic sale: no customs declaration or import charges");
        return row;
    }
    if (!m_rules.hasDestination(to)) {
        row.problem = tr("no customs rules for %1 in the shipped data").arg(country);
        return row;
    }

    trade::QuoteRequest request;
    request.from = in.shipsFrom.toStdString();
    request.to = to;
    const QDate day = in.date.isValid() ? in.date : QDate::currentDate();
    request.date = money::Date::fromYmd(day.year(), static_cast<unsigned>(day.month()),
                                        static_cast<unsigned>(day.day()));
    request.seller = in.seller;
    request.gift = in.gift;
    trade::QuoteItem item;
    item.description = in.description.isEmpty() ? std::string("item") : in.description.toStdString();
    item.hs = in.hsCode.trimmed().toStdString();
    if (item.hs.empty() && !in.categoryId.isEmpty()) {
        try {
            item.hs = listing::CategoryCatalog::standard().suggestedHsHeading(in.categoryId.toStdString());
        } catch (const std::exception &) {
        }
    }
    item.origin = in.origin.toStdString();
    item.weightGrams = in.weightGrams;
    try {
        item.unitValue = money::Money::parse(in.price.trimmed().toStdString(),
                                             in.currency.trimmed().toStdString(), m_rules.currencies());
    } catch (const std::exception &e) {
        row.problem = tr("price: %1").arg(qs(e.what()));
        return row;
    }
    request.items = {item};

    if (!in.serviceId.isEmpty()) {
        const shipping::Service *service = m_services.find(in.serviceId.toStdString());
        const shipping::Parcel parcel{in.lengthMm, in.widthMm, in.heightMm, in.weightGrams};
        const auto post = m_services.quote(in.serviceId.toStdString(), to, parcel);
        if (const auto *refusal = std::get_if<shipping::Refusal>(&post)) {
            row.problem = tr("parcel too large or heavy for %1: %2")
                              .arg(service ? qs(service->name) : in.serviceId, qs(refusal->reason));
            return row;
        }
        row.postage = std::get<shipping::PostageQuote>(post);
        request.shipping = row.postage->amount;
    }

    try {
        row.quote = trade::computeQuote(m_rules, request);
    } catch (const trade::QuoteError &e) {
        row.problem = withoutCliAdvice(e.what());
        return row;
    } catch (const std::exception &e) {
        row.problem = tr("cannot quote: %1").arg(withoutCliAdvice(e.what()));
        return row;
    }
    row.quotable = true;
    if (row.postage) {
        const auto &pq = *row.postage;
        QString text =
            tr("Postage: %1, chargeable weight %2, %3 (%4–%5 days%6).")
                .arg(qs(pq.serviceName), qs(shipping::formatGrams(pq.chargeableGrams)), money(pq.amount))
                .arg(pq.minDays)
                .arg(pq.maxDays)
                .arg(pq.tracking ? tr(", tracked") : QString());
        const shipping::Service *service = m_services.find(pq.serviceId);
        row.details.append(
            {DetailKind::Explanation, text, qs(pq.serviceId), service ? qs(service->source) : QString()});
        if (pq.sample)
            row.details.append(
                {DetailKind::Warning,
                 tr("The postage comes from a sample tariff; replace it with your carrier's prices."),
                 qs(pq.serviceId),
                 {}});
    } else {
        row.details.append(
            {DetailKind::Warning, tr("No postage service chosen: postage is not included."), {}, {}});
    }
    for (const auto &line : row.quote.lines)
        row.details.append({DetailKind::Explanation, qs(line.text), qs(line.ruleId), qs(line.source)});
    for (const auto &w : row.quote.warnings)
        row.details.append({DetailKind::Warning, qs(w), {}, {}});
    return row;
}

void LandedCostModel::replaceRows(QVector<Row> rows)
{
    bool sameCountries = rows.size() == m_rows.size();
    for (int i = 0; sameCountries && i < rows.size(); ++i)
        sameCountries = rows[i].country == m_rows[i].country;
    if (!sameCountries) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    // Same destinations: update in place so the view keeps its expanded rows and selection.
    for (int i = 0; i < rows.size(); ++i) {
        const QModelIndex parentIndex = index(i, 0);
        const int oldCount = m_rows[i].details.size();
        const int newCount = rows[i].details.size();
        if (newCount < oldCount) {
            beginRemoveRows(parentIndex, newCount, oldCount - 1);
            m_rows[i].details.resize(newCount);
            endRemoveRows();
        }
        const int common = std::min(oldCount, newCount);
        if (newCount > oldCount) {
            beginInsertRows(parentIndex, oldCount, newCount - 1);
            m_rows[i] = std::move(rows[i]);
            endInsertRows();
        } else {
            m_rows[i] = std::move(rows[i]);
        }
        if (common > 0)
            emit dataChanged(index(0, 0, parentIndex), index(common - 1, ColumnCount - 1, parentIndex));
        emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
}

QModelIndex LandedCostModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, kTopLevel) : QModelIndex();
    if (parent.internalId() != kTopLevel || parent.column() != 0 || parent.row() >= m_rows.size())
        return {};
    if (row >= m_rows[parent.row()].details.size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex LandedCostModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kTopLevel);
}

int LandedCostModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_rows.size());
    if (parent.internalId() != kTopLevel || parent.column() != 0 || parent.row() >= m_rows.size())
        return 0;
    return static_cast<int>(m_rows[parent.row()].details.size());
}

int LandedCostModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant LandedCostModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == kTopLevel)
        return index.row() < m_rows.size() ? topData(m_rows[index.row()], index.column(), role) : QVariant();
    const int parentRow = static_cast<int>(index.internalId() - 1);
    if (parentRow >= m_rows.size() || index.row() >= m_rows[parentRow].details.size())
        return {};
    return detailData(m_rows[parentRow], index.row(), index.column(), role);
}

QVariant LandedCostModel::topData(const Row &row, int column, int role) const
{
    const trade::Quote &q = row.quote;
    auto amountOf = [&](int col) -> std::optional<money::Money> {
        if (!row.quotable)
            return std::nullopt;
        switch (col) {
        case PostageColumn:
            return q.shipping;
        case DutyColumn:
            return q.duty;
        case TaxColumn:
            return q.tax;
        case FeesColumn:
            return q.feesTotal;
        case DdpTotalColumn:
            return q.ddpTotal;
        case DapOnDeliveryColumn:
            return q.dapOnDelivery;
        default:
            return std::nullopt;
        }
    };
    switch (role) {
    case Qt::DisplayRole:
        if (column == DestinationColumn)
            return countryName(row.country);
        if (!row.quotable)
            return column == NotesColumn ? row.problem
                                         : (column == DdpTotalColumn ? QStringLiteral("—") : QString());
        if (const auto m = amountOf(column)) {
            if (column == PostageColumn && !row.postage)
                return tr("not included");
            return money(*m);
        }
        if (column == CollectedAtColumn) {
            switch (q.collectedAt) {
            case trade::CollectedAt::None:
                return tr("nothing due");
            case trade::CollectedAt::Border:
                return tr("on delivery");
            case trade::CollectedAt::Checkout:
                return q.checkoutScheme.empty() ? tr("at checkout")
                                                : tr("at checkout (%1)").arg(qs(q.checkoutScheme));
            }
        }
        if (column == NotesColumn) {
            const int n = static_cast<int>(q.warnings.size());
            return n == 0 ? QString() : (n == 1 ? qs(q.warnings.front()) : tr("%1 warnings").arg(n));
        }
        return {};
    case Qt::ToolTipRole:
        if (column == NotesColumn || !row.quotable) {
            if (!row.quotable)
                return row.problem;
            QStringList all;
            for (const auto &w : q.warnings)
                all << qs(w);
            return all.join(QLatin1Char('\n'));
        }
        if (column == TaxColumn && row.quotable && !q.taxName.empty())
            return qs(q.taxName);
        if (column == PostageColumn && row.postage && row.postage->sample)
            return tr("sample tariff");
        return {};
    case Qt::TextAlignmentRole:
        if (column >= PostageColumn && column <= DapOnDeliveryColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (!row.quotable && column == NotesColumn)
            return QBrush(QColor(0xa3, 0x3b, 0x20));
        return {};
    case Qt::FontRole:
        return {};
    case CountryRole:
        return row.country;
    case QuotableRole:
        return row.quotable;
    case CurrencyRole:
        return row.quotable ? qs(q.currency) : QVariant();
    case AmountMinorRole:
        if (const auto m = amountOf(column))
            return QVariant::fromValue<qint64>(m->minor());
        return {};
    default:
        return {};
    }
}

QVariant LandedCostModel::detailData(const Row &row, int detail, int column, int role) const
{
    const Detail &d = row.details[detail];
    switch (role) {
    case Qt::DisplayRole:
        if (column == DestinationColumn) {
            if (d.kind == DetailKind::Warning)
                return tr("Warning: %1").arg(d.text);
            return d.ruleId.isEmpty() ? d.text : tr("%1  [%2]").arg(d.text, d.ruleId);
        }
        return {};
    case Qt::ToolTipRole:
        return d.source.isEmpty() ? d.text : tr("%1\nSource: %2").arg(d.text, d.source);
    case Qt::ForegroundRole:
        if (d.kind == DetailKind::Warning)
            return QBrush(QColor(0x8a, 0x5a, 0x00));
        if (d.kind == DetailKind::Problem)
            return QBrush(QColor(0xa3, 0x3b, 0x20));
        return {};
    case DetailKindRole:
        return QVariant::fromValue(d.kind);
    case RuleIdRole:
        return d.ruleId;
    case SourceRole:
        return d.source;
    case CountryRole:
        return row.country;
    default:
        return {};
    }
}

QVariant LandedCostModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DestinationColumn:
        return tr("Destination");
    case PostageColumn:
        return tr("Postage");
    case DutyColumn:
        return tr("Duty");
    case TaxColumn:
        return tr("Tax");
    case FeesColumn:
        return tr("Fees");
    case DdpTotalColumn:
        return tr("Buyer pays (DDP)");
    case DapOnDeliveryColumn:
        return tr("Due on delivery (DAP)");
    case CollectedAtColumn:
        return tr("Collected");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

} // namespace caravan::models
