#include "ui/staffsupport.h"

#include "sync/sessionclient.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace caravan::ui {

QString StaffSupport::errorText(const QString &what, const sync::ApiError &error)
{
    using Kind = sync::ApiError::Kind;
    if (error.kind == Kind::Unreachable || error.kind == Kind::Timeout)
        return tr("%1: the server cannot be reached. The staff console works online only. %2")
            .arg(what, error.message);
    if (error.code == QLatin1String("no_listing"))
        return tr("%1: the listing no longer exists.").arg(what);
    if (error.code == QLatin1String("no_open_reports"))
        return tr("%1: no report on this listing waits for a decision any more (someone decided them "
                  "already). Refresh to see how.")
            .arg(what);
    if (error.code == QLatin1String("no_identity"))
        return tr("%1: this account has no payout identity.").arg(what);
    if (error.code == QLatin1String("invalid") && !error.field.isEmpty())
        return tr("%1: the server refused the field “%2”. %3").arg(what, error.field, error.message);
    return tr("%1: %2").arg(what, error.message);
}

QString StaffSupport::offlineText()
{
    return tr(
        "Offline: the staff console works online only. Nothing of it is kept on this computer; it comes "
        "back when the server can be reached.");
}

void StaffSupport::setUpTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
}

QLabel *StaffSupport::heading(const QString &text, double scale, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace caravan::ui
