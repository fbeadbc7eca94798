// Packing evidence for an order: recorded with its sync mutation in one transaction, its photos queued
// for upload first, and shown as waiting, sealed by the server, or refused.
#include "data/outboxrepository.h"
#include "data/packingevidence.h"
#include "test_order_support.h"
#include "ui/orderdetail.h"
#include "ui/ordersview.h"
#include "ui/packingevidencedialog.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace caravan;
using SealState = data::PackingEvidenceRepository::SealState;

namespace {

data::PackingEvidence packed(const QString &orderId)
{
    data::PackingEvidence e;
    e.orderId = orderId;
    e.listingId = QStringLiteral("listing-o-1");
    e.photos = {QString(64, QLatin1Char('d')), QString(64, QLatin1Char('e'))};
    e.weightG = 640;
    e.lengthMm = 220;
    e.widthMm = 160;
    e.heightMm = 110;
    e.note = QStringLiteral("Wrapped twice");
    return e;
}

void exec(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const auto &v : values)
        q.addBindValue(v);
    REQUIRE(q.exec());
}

} // namespace

TEST_CASE("order evidence: recorded with its mutation, photos first, then sealed by the server", "[orders][evidence]")
{
    test::Sandbox sandbox;
    auto db = test::openOrderDatabase(sandbox);
    data::SyncJournal journal(db->connection());
    test::pullOrders(journal, {test::orderRecord(QStringLiteral("o-1"), QStringLiteral("paid"))});

    data::PackingEvidenceRepository repository(db->connection());
    const auto stored = repository.record(packed(QStringLiteral("o-1")));
    REQUIRE(stored);
    CHECK(data::PackingEvidenceRepository::verify(*stored));

    // One outbox entry carrying the record as the server takes it.
    const auto pending = data::OutboxRepository(db->connection()).pending();
    REQUIRE(pending.size() == 1);
    CHECK(pending[0].entity == QLatin1String("evidence"));
    CHECK(pending[0].entityId == stored->id);
    const QJsonObject fields = pending[0].payload.value(QStringLiteral("fields")).toObject();
    CHECK(fields.value(QStringLiteral("order_id")).toString() == QLatin1String("o-1"));
    CHECK(fields.value(QStringLiteral("weight_g")).toInt() == 640);
    CHECK(fields.value(QStringLiteral("dims_mm")).toArray() == QJsonArray{220, 160, 110});
    CHECK(fields.value(QStringLiteral("sha256")).toString() == stored->sha256);
    CHECK(fields.value(QStringLiteral("recorded_at")).toString() ==
          stored->recordedAt.toString(Qt::ISODateWithMs));
    // Its photos are uploaded before the push.
    const QStringList photos = journal.pendingPhotoHashes();
    CHECK(photos.contains(QString(64, QLatin1Char('d'))));
    CHECK(photos.contains(QString(64, QLatin1Char('e'))));

    auto shown = repository.forOrder(QStringLiteral("o-1"));
    REQUIRE(shown.size() == 1);
    CHECK(shown[0].state == SealState::Waiting);

    // The server took it: the push removed the outbox entry and the pull brought its seal.
    exec(db->connection(), QStringLiteral("DELETE FROM outbox"), {});
    exec(db->connection(),
         QStringLiteral("INSERT INTO sync_records (entity, entity_id, revision, deleted, data_json, pulled_at) "
                        "VALUES ('evidence', ?, 1, 0, ?, '2026-12-03T09:00:00Z')"),
         {stored->id, QStringLiteral("{\"received_at\":\"2026-12-03T09:31:02Z\",\"seal_sha256\":\"%1\"}")
                          .arg(QString(64, QLatin1Char('f')))});
    shown = repository.forOrder(QStringLiteral("o-1"));
    REQUIRE(shown.size() == 1);
    CHECK(shown[0].state == SealState::Sealed);
    CHECK(shown[0].sealSha256 == QString(64, QLatin1Char('f')));
    CHECK(shown[0].receivedAt == QDateTime::fromString(QStringLiteral("2026-12-03T09:31:02Z"), Qt::ISODate));

    // A refusal (say, a photo the server never got) shows with the server's words.
    const auto second = repository.record(packed(QStringLiteral("o-1")));
    REQUIRE(second);
    exec(db->connection(), QStringLiteral("DELETE FROM outbox"), {});
    exec(db->connection(),
         QStringLiteral("INSERT INTO sync_issues (entity, entity_id, mutation_id, code, message, details_json, at) "
                        "VALUES ('evidence', ?, 7, 'validation', 'The packing evidence is not valid: photos.', '{}', "
                        "'2026-12-03T09:40:00Z')"),
         {second->id});
    shown = repository.forOrder(QStringLiteral("o-1"));
    REQUIRE(shown.size() == 2);
    CHECK(shown[1].state == SealState::Refused);
    CHECK(shown[1].refusal.contains(QStringLiteral("photos")));

    // Evidence for a listing alone stays on this computer: nothing to sync.
    auto local = packed(QString());
    REQUIRE(repository.record(local));
    CHECK(data::OutboxRepository(db->connection()).pending().isEmpty());
}

TEST_CASE("order evidence: recorded from the order's detail and shown with its state", "[orders][evidence]")
{
    test::Sandbox sandbox;
    auto db = test::openOrderDatabase(sandbox);
    data::SyncJournal journal(db->connection());
    test::pullOrders(journal, {test::orderRecord(QStringLiteral("o-1"), QStringLiteral("paid"), test::orderTestNow()),
                               test::orderRecord(QStringLiteral("o-2"), QStringLiteral("cancelled"))});
    ui::OrdersView view(db->connection());
    view.selectOrder(QStringLiteral("o-2"));
    CHECK_FALSE(view.detail()->evidenceButton()->isEnabled()); // nothing to pack for a cancelled order
    view.selectOrder(QStringLiteral("o-1"));
    REQUIRE(view.detail()->evidenceButton()->isEnabled());
    CHECK(view.detail()->text().contains(QStringLiteral("None recorded")));

    QSignalSpy queued(&view, &ui::OrdersView::evidenceQueued);
    ui::PackingEvidenceDialog *dialog = view.openEvidenceDialog(QStringLiteral("o-1"));
    REQUIRE(dialog);
    // Nothing measured yet: refused, and the dialog stays open.
    CHECK_FALSE(dialog->record());
    CHECK_FALSE(dialog->message().isEmpty());
    dialog->setPhotos({QString(64, QLatin1Char('d'))});
    dialog->findChild<QSpinBox *>(QStringLiteral("weight"))->setValue(640);
    dialog->findChild<QSpinBox *>(QStringLiteral("length"))->setValue(220);
    dialog->findChild<QSpinBox *>(QStringLiteral("width"))->setValue(160);
    dialog->findChild<QSpinBox *>(QStringLiteral("height"))->setValue(110);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    REQUIRE(queued.count() == 1);
    CHECK(queued.first().at(0).toString() == QLatin1String("o-1"));
    view.selectOrder(QStringLiteral("o-1"));
    CHECK(view.detail()->text().contains(QStringLiteral("waiting to upload with the next sync")));
    CHECK(view.detail()->text().contains(QStringLiteral("640 g")));
}
