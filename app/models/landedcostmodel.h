#pragma once

#include "models/landedcostinput.h"
// moc (Qt 6.4) cannot parse the C++20 standard headers these pull in; it needs none of them.
#ifndef Q_MOC_RUN
#include "shipping/shipping.h"
#include "trade/quote.h"
#endif

#include <QAbstractItemModel>
#include <QStringList>
#include <QVector>
#include <optional>

namespace caravan::models {

// What a buyer in each chosen destination pays for a listing draft: one top-level row per destination
// (postage, duty, tax, fees, DDP and DAP totals in the destination currency), and under each row its
// explanation — one child row per step with the rule id and source — then its warnings. A destination
// that cannot be quoted says why in words; it never shows a number.
//
// Quotes come from shared/trade and shared/shipping with the shipped data: no network, no files read
// after the first use. setInput() and setDestinations() refresh on the next turn of the event loop, so
// a burst of keystrokes costs one computation.
class LandedCostModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        DestinationColumn,
        PostageColumn,
        DutyColumn,
        TaxColumn,
        FeesColumn,
        DdpTotalColumn,
        DapOnDeliveryColumn,
        CollectedAtColumn,
        NotesColumn,
        ColumnCount
    };
    enum Role {
        CountryRole = Qt::UserRole + 1, // top rows: the destination code
        QuotableRole,                   // top rows: bool
        AmountMinorRole,                // top rows, amount columns: qint64 minor units (absent if unquotable)
        CurrencyRole,                   // top rows: the destination currency
        DetailKindRole,                 // child rows: DetailKind
        RuleIdRole,                     // child rows: rule id (may be empty)
        SourceRole,                     // child rows: URL or legal reference (may be empty)
    };
    enum class DetailKind { Explanation, Warning, Problem };
    Q_ENUM(DetailKind)

    struct Detail
    {
        DetailKind kind = DetailKind::Explanation;
        QString text;
        QString ruleId;
        QString source;
    };
    struct Row
    {
        QString country;
        bool quotable = false;
        QString problem; // why there is no quote, in words
        trade::Quote quote;
        std::optional<shipping::PostageQuote> postage;
        QVector<Detail> details;
    };

    explicit LandedCostModel(QObject *parent = nullptr);
    // For tests and benches: other rule data and services than the shipped ones (must outlive the model).
    LandedCostModel(const trade::RuleSet &rules, const shipping::ServiceCatalog &services,
                    QObject *parent = nullptr);

    void setInput(const LandedCostInput &input);
    void setDestinations(const QStringList &countries);
    [[nodiscard]] const LandedCostInput &input() const { return m_input; }
    [[nodiscard]] const QStringList &destinations() const { return m_destinations; }

    // Computes every row now (the queued refresh calls this).
    void refresh();
    [[nodiscard]] bool refreshPending() const { return m_pending; }
    [[nodiscard]] qint64 lastRefreshMicros() const { return m_lastRefreshMicros; }

    [[nodiscard]] const Row &rowAt(int row) const { return m_rows.at(row); }
    [[nodiscard]] int rowOf(const QString &country) const;
    [[nodiscard]] const trade::RuleSet &rules() const { return m_rules; }
    [[nodiscard]] const shipping::ServiceCatalog &services() const { return m_services; }

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // "United States (US)" in the current UI language where Qt knows the name.
    static QString countryName(const QString &code);

signals:
    void refreshed();

private:
    void scheduleRefresh();
    Row computeRow(const QString &country) const;
    QVariant topData(const Row &row, int column, int role) const;
    QVariant detailData(const Row &row, int detail, int column, int role) const;
    void replaceRows(QVector<Row> rows);

    const trade::RuleSet &m_rules;
    const shipping::ServiceCatalog &m_services;
    LandedCostInput m_input;
    QStringList m_destinations;
    QVector<Row> m_rows;
    bool m_pending = false;
    qint64 m_lastRefreshMicros = 0;
};

} // namespace caravan::models
