#pragma once

#include <QCoreApplication>
#include <QString>

class QLabel;
class QTableView;

namespace caravan::sync {
struct ApiError;
} // namespace caravan::sync

namespace caravan::ui {

// What the staff queues' views share: how a server error reads, and how a queue table looks.
class StaffSupport final
{
    Q_DECLARE_TR_FUNCTIONS(caravan::ui::StaffSupport)

public:
    // "<what>: <why>", with the API's known error codes in words (a listing that is gone, reports decided
    // already, a field the server refused) and "works online only" when the server cannot be reached.
    static QString errorText(const QString &what, const sync::ApiError &error);
    // The line offline views show instead of asking the server.
    static QString offlineText();
    // Row selection, no editing, no grid, no vertical header.
    static void setUpTable(QTableView *table);
    // A bold heading label.
    static QLabel *heading(const QString &text, double scale, QWidget *parent);
};

} // namespace caravan::ui
