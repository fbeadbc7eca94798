// Disputes in the app: the server's JSON read, the staff queue model, the split arithmetic the decision
// dialog shows (docs/disputes.md, "Split"), the Idempotency-Key kept until an answer arrives, and the
// seller's answer form.
#include "cannedhttpserver.h"
#include "data/dispute.h"
#include "models/disputequeuemodel.h"
#include "models/disputeshares.h"
#include "models/ordertext.h"
#include "sync/disputeclient.h"
#include "test_dispute_support.h"
#include "testsupport.h"
#include "ui/arbitrationdecisiondialog.h"
#include "ui/disputeanswerdialog.h"
#include "ui/language.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <catch2/catch.hpp>

using namespace caravan;
using models::OrderText;

namespace {

QString eur(qint64 minor)
{
    return OrderText::money(minor, QStringLiteral("EUR"));
}

QString jpy(qint64 minor)
{
    return OrderText::money(minor, QStringLiteral("JPY"));
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("disputes: a staff case reads with its events, photos, order, evidence, ledger and parties",
          "[disputes]")
{
    const auto c = data::DisputeCase::fromJson(test::disputeCaseJson(QStringLiteral("d1"), QStringLiteral("awaiting_approval"),
                                                                     QStringLiteral("u-staff-2")));
    CHECK(c.dispute.id == QLatin1String("d1"));
    CHECK(c.dispute.status == QLatin1String("awaiting_approval"));
    CHECK(c.dispute.offer.kind == QLatin1String("partial_refund"));
    CHECK(c.dispute.offer.amountMinor == 2000);
    CHECK(c.dispute.proposal.outcome == QLatin1String("split"));
    CHECK(c.dispute.proposal.refundMinor == 3000);
    CHECK(c.dispute.proposal.buyerFeeRefunded);
    CHECK(c.dispute.proposal.proposedBy == QLatin1String("u-staff-2"));
    CHECK(c.dispute.proposal.proposedAt == QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC));
    CHECK(c.dispute.assignedTo.isEmpty());
    REQUIRE(c.events.size() == 3);
    REQUIRE(c.events[0].photos.size() == 1);
    CHECK(c.events[0].photos[0].sha256.size() == 64);
    CHECK(c.events[0].photos[0].receivedAt == c.events[0].at); // the server received it with the event
    CHECK(c.events[1].detail.value(QStringLiteral("offer")).toObject().value(QStringLiteral("amount_minor")).toInt() == 2000);
    REQUIRE(c.hasOrder);
    CHECK(c.order.buyerAmounts.total == 16690);
    CHECK(c.order.listingAmounts.sellerNet == 20340);
    CHECK(c.order.timeline.size() == 2);
    REQUIRE(c.evidence.size() == 1);
    CHECK(c.evidence[0].photos[0].byteSize == 81234);
    CHECK(c.evidence[0].photos[0].receivedAt == c.evidence[0].receivedAt);
    REQUIRE(c.ledger.size() == 1);
    CHECK(c.ledger[0].amountMinor == 16690);
    CHECK(c.seller.ordersAsSeller == 41);
    CHECK(c.buyer.displayName == QLatin1String("Emma Johnson"));
}

TEST_CASE("disputes: the queue puts the nearest deadline first and filters as the server does", "[disputes]")
{
    const QDateTime now(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
    QVector<data::DisputeQueueRow> rows;
    rows << data::DisputeQueueRow::fromJson(test::disputeRowJson(QStringLiteral("late"), QStringLiteral("escalated"),
                                                                 now.addDays(2), QStringLiteral("Kokeshi"),
                                                                 QStringLiteral("EUR"), 5000))
         << data::DisputeQueueRow::fromJson(test::disputeRowJson(QStringLiteral("none"), QStringLiteral("awaiting_approval"),
                                                                 QDateTime(), QStringLiteral("Tea bowl"),
                                                                 QStringLiteral("USD"), 9000))
         << data::DisputeQueueRow::fromJson(test::disputeRowJson(QStringLiteral("soon"), QStringLiteral("escalated"),
                                                                 now.addSecs(5 * 3600), QStringLiteral("Seiko"),
                                                                 QStringLiteral("EUR"), 16690, QStringLiteral("u-me")));
    models::DisputeQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCurrentTime(now);
    model.setMyUserId(QStringLiteral("u-me"));
    model.setRows(rows);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.rowAt(0)->dispute.id == QLatin1String("soon"));
    CHECK(model.rowAt(1)->dispute.id == QLatin1String("late"));
    CHECK(model.rowAt(2)->dispute.id == QLatin1String("none")); // no deadline: last
    CHECK(model.data(model.index(0, models::DisputeQueueModel::Held)).toString() == eur(16690));
    CHECK(model.data(model.index(0, models::DisputeQueueModel::Countries)).toString() == QStringLiteral("JP → DE"));
    CHECK(model.data(model.index(0, models::DisputeQueueModel::Assigned)).toString() == QLatin1String("You"));
    CHECK(model.data(model.index(1, models::DisputeQueueModel::Assigned)).toString() == QLatin1String("Nobody"));
    CHECK(model.data(model.index(0, 0), models::DisputeQueueModel::UrgentRole).toBool());
    CHECK_FALSE(model.data(model.index(1, 0), models::DisputeQueueModel::UrgentRole).toBool());

    data::DisputeQueueFilter f;
    CHECK(f.query().isEmpty());
    f.status = QStringLiteral("escalated");
    f.reason = QStringLiteral("not_received");
    f.currency = QStringLiteral("EUR");
    f.minTotal = 10000;
    f.from = QStringLiteral("jp");
    f.to = QStringLiteral("DE");
    f.assignedToMe = true;
    CHECK(f.query() ==
          QStringLiteral("?status=escalated&reason=not_received&assigned=me&min_total=10000&from=JP&to=DE"));
    CHECK(f.accepts(rows[2]));       // EUR 166.90, escalated, JP → DE
    CHECK_FALSE(f.accepts(rows[0])); // EUR 50.00 is less
    f.currency = QStringLiteral("USD");
    CHECK_FALSE(f.accepts(rows[2])); // another currency is not compared
}

TEST_CASE("disputes: a split shows what the doc says each side gets", "[disputes]")
{
    const auto c = data::DisputeCase::fromJson(test::disputeCaseJson(QStringLiteral("d1"), QStringLiteral("escalated")));
    // R = 30.00 EUR. The seller keeps item + postage - R = 113.00 + 25.00 - 30.00 = 108.00 EUR, which is
    // 10800 * 22600 / 13800 = 17686.96 -> 17,687 JPY (the order's locked proportion, half up); the seller fee
    // in the same proportion 2260 * 17687 / 22600 = 1768.7 -> 1,769 JPY; paid out 17,687 - 1,769 = 15,918 JPY.
    auto s = models::DisputeSharesCalculator::compute(c.order, QStringLiteral("split"), 3000, false);
    REQUIRE(s.valid);
    CHECK(s.buyerGets == 3000);
    CHECK(s.platformKeepsFee == 690);
    CHECK(s.sellerKeepsB == 10800);
    CHECK(s.sellerKeepsL == 17687);
    CHECK(s.sellerFeeL == 1769);
    CHECK(s.sellerNetL == 15918);
    CHECK(s.importNotRefunded == 2200);
    // With the buyer fee given back the buyer gets R + 6.90; the seller's part does not change.
    s = models::DisputeSharesCalculator::compute(c.order, QStringLiteral("split"), 3000, true);
    CHECK(s.buyerGets == 3690);
    CHECK(s.buyerFeeBack == 690);
    CHECK(s.platformKeepsFee == 0);
    CHECK(s.sellerKeepsB == 10800);
    CHECK(s.sellerNetL == 15918);
    // R must be more than 0 and less than item + postage (138.00 EUR).
    CHECK_FALSE(models::DisputeSharesCalculator::compute(c.order, QStringLiteral("split"), 13800, false).valid);
    CHECK_FALSE(models::DisputeSharesCalculator::compute(c.order, QStringLiteral("split"), 0, false).valid);
    CHECK(models::DisputeSharesCalculator::compute(c.order, QStringLiteral("split"), 13799, false).valid);
    // Release: the seller is paid the order's net; refund: the buyer gets the whole total.
    s = models::DisputeSharesCalculator::compute(c.order, QStringLiteral("release"), 0, false);
    CHECK(s.buyerGets == 0);
    CHECK(s.sellerNetL == 20340);
    s = models::DisputeSharesCalculator::compute(c.order, QStringLiteral("refund"), 0, false);
    CHECK(s.buyerGets == 16690);
    CHECK(s.sellerNetL == 0);
}

TEST_CASE("disputes: the decision dialog shows every part before it sends", "[disputes][ui]")
{
    ui::installTranslators(QStringLiteral("en"));
    const auto c = data::DisputeCase::fromJson(test::disputeCaseJson(QStringLiteral("d1"), QStringLiteral("escalated")));
    ui::ArbitrationDecisionDialog dialog(c);
    CHECK_FALSE(dialog.confirmButton()->isEnabled()); // nothing chosen yet
    dialog.setOutcome(QStringLiteral("split"));
    dialog.setRefund(QStringLiteral("138.00"));
    CHECK_FALSE(dialog.confirmButton()->isEnabled());
    CHECK(dialog.sharesText().contains(QStringLiteral("less than item + postage (%1)").arg(eur(13800))));
    dialog.setRefund(QStringLiteral("30.00"));
    dialog.setBuyerFeeRefunded(true);
    REQUIRE(dialog.confirmButton()->isEnabled());
    const QString shown = dialog.sharesText();
    CHECK(shown.contains(QStringLiteral("The buyer gets %1 back.").arg(eur(3690))));
    CHECK(shown.contains(QStringLiteral("Of that, the buyer protection fee: %1.").arg(eur(690))));
    CHECK(shown.contains(QStringLiteral("The seller keeps %1 (%2) of item + postage, pays a seller fee of %3 and is paid %4.")
                             .arg(eur(10800), jpy(17687), jpy(1769), jpy(15918))));
    CHECK(shown.contains(QStringLiteral("(%1) are not refunded").arg(eur(2200))));
    CHECK_FALSE(shown.contains(QStringLiteral("Caravan keeps")));
    dialog.setBuyerFeeRefunded(false);
    CHECK(dialog.sharesText().contains(QStringLiteral("Caravan keeps the buyer protection fee of %1.").arg(eur(690))));
    dialog.setNote(QStringLiteral("The photos show a scratch."));

    const QJsonObject body = dialog.decision().toJson();
    CHECK(body.value(QStringLiteral("outcome")).toString() == QLatin1String("split"));
    CHECK(body.value(QStringLiteral("refund_minor")).toInteger() == 3000);
    CHECK_FALSE(body.value(QStringLiteral("buyer_fee_refunded")).toBool());
    CHECK(body.value(QStringLiteral("note")).toString() == QLatin1String("The photos show a scratch."));

    QVector<data::DisputeDecision> sent;
    QObject::connect(&dialog, &ui::ArbitrationDecisionDialog::submitted,
                     [&](const data::DisputeDecision &d) { sent.append(d); });
    dialog.confirm();
    dialog.confirm(); // once while it is sending
    REQUIRE(sent.size() == 1);
    CHECK_FALSE(dialog.confirmButton()->isEnabled());
    data::Dispute answered = c.dispute;
    answered.status = QStringLiteral("awaiting_approval");
    dialog.showResult(answered);
    CHECK(dialog.messageText().startsWith(QStringLiteral("The decision waits for a second approver")));
}

TEST_CASE("disputes: a decision keeps its Idempotency-Key until the server answers", "[disputes]")
{
    test::CannedHttpServer server;
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    sync::SessionClient session;
    sync::DisputeClient client(session, url, QStringLiteral("staff-token"));
    data::DisputeDecision decision;
    decision.outcome = QStringLiteral("refund");
    decision.note = QStringLiteral("Never arrived.");

    const auto decide = [&](const QString &id) {
        std::optional<std::pair<data::Dispute, sync::ApiError>> answer;
        client.decide(id, decision, [&](const data::Dispute &d, const sync::ApiError &e) { answer.emplace(d, e); });
        REQUIRE(test::waitFor([&] { return answer.has_value(); }, 20000));
        return *answer;
    };

    server.respondWith(503, R"({"error":"unavailable","message":"try again"})");
    auto first = decide(QStringLiteral("d1"));
    CHECK(first.second.kind == sync::ApiError::Kind::Server);
    const QString kept = client.pendingKey(QStringLiteral("decision"), QStringLiteral("d1"));
    REQUIRE_FALSE(kept.isEmpty());

    server.respondWith(200, json({{QStringLiteral("dispute"),
                                   QJsonObject{{QStringLiteral("id"), QStringLiteral("d1")},
                                               {QStringLiteral("status"), QStringLiteral("awaiting_approval")}}}}));
    auto second = decide(QStringLiteral("d1"));
    CHECK(second.second.kind == sync::ApiError::Kind::None);
    CHECK(second.first.status == QLatin1String("awaiting_approval"));
    CHECK(client.pendingKey(QStringLiteral("decision"), QStringLiteral("d1")).isEmpty());

    server.respondWith(409, R"({"error":"dispute_resolved","message":"The dispute is resolved."})");
    auto third = decide(QStringLiteral("d1"));
    CHECK(third.second.kind == sync::ApiError::Kind::Rejected);
    CHECK(client.pendingKey(QStringLiteral("decision"), QStringLiteral("d1")).isEmpty()); // answered: no retry

    // The queue's filters travel as the URL's query.
    data::DisputeQueueFilter filter;
    filter.status = QStringLiteral("escalated");
    filter.assignedToMe = true;
    bool listed = false;
    server.respondWith(200, R"({"disputes":[]})");
    client.queue(filter, [&](const QVector<data::DisputeQueueRow> &, const sync::ApiError &) { listed = true; });
    REQUIRE(test::waitFor([&] { return listed; }, 20000));
    CHECK(server.requests().last().path == "/api/v1/staff/disputes?status=escalated&assigned=me");

    const auto requests = server.requests().mid(0, 3);
    REQUIRE(requests.size() == 3);
    CHECK(requests[0].method == "POST");
    CHECK(requests[0].path == "/api/v1/staff/disputes/d1/decision");
    CHECK(requests[0].header("Authorization") == "Bearer staff-token");
    CHECK(requests[0].header("Idempotency-Key") == kept.toUtf8());
    CHECK(requests[1].header("Idempotency-Key") == kept.toUtf8()); // the same request again
    CHECK(requests[2].header("Idempotency-Key") != kept.toUtf8()); // a new one after the answer
    const QJsonObject body = QJsonDocument::fromJson(requests[0].body).object();
    CHECK(body.value(QStringLiteral("outcome")).toString() == QLatin1String("refund"));
    CHECK(body.value(QStringLiteral("refund_minor")).toInteger() == 0);
}

TEST_CASE("disputes: the seller's answer is checked before it is sent", "[disputes][ui]")
{
    ui::installTranslators(QStringLiteral("en"));
    const auto c = data::DisputeCase::fromJson(test::disputeCaseJson(QStringLiteral("d2"), QStringLiteral("awaiting_seller")));
    ui::DisputeAnswerDialog dialog(c);
    CHECK_FALSE(dialog.sendButton()->isEnabled());
    dialog.setText(QStringLiteral("It was packed in bubble wrap; see the sealed photos."));
    CHECK(dialog.sendButton()->isEnabled()); // an answer without an offer
    CHECK(dialog.offer().isEmpty());

    dialog.setOfferKind(QStringLiteral("partial_refund"));
    dialog.setRefund(QStringLiteral("150"));
    CHECK_FALSE(dialog.sendButton()->isEnabled());
    CHECK(dialog.problem().contains(eur(13800)));
    dialog.setRefund(QStringLiteral("20.00"));
    REQUIRE(dialog.sendButton()->isEnabled());
    CHECK(dialog.offer().toJson() == QJsonObject{{QStringLiteral("kind"), QStringLiteral("partial_refund")},
                                                 {QStringLiteral("amount_minor"), 2000}});

    dialog.setOfferKind(QStringLiteral("return"));
    CHECK_FALSE(dialog.sendButton()->isEnabled());
    dialog.setReturnAddress({QStringLiteral("Mei Tanaka"), QStringLiteral("1-2-3 Jingumae"), QString(),
                             QStringLiteral("Tokyo"), QStringLiteral("150-0001"), QString(), QStringLiteral("jp"), QString()});
    REQUIRE(dialog.sendButton()->isEnabled());
    const QJsonObject offer = dialog.offer().toJson();
    CHECK(offer.value(QStringLiteral("kind")).toString() == QLatin1String("return"));
    CHECK(offer.value(QStringLiteral("return_address")).toObject().value(QStringLiteral("country")).toString() ==
          QLatin1String("JP"));

    QStringList sent;
    QObject::connect(&dialog, &ui::DisputeAnswerDialog::submitted,
                     [&](const QString &text, const data::DisputeOffer &) { sent << text; });
    dialog.send();
    REQUIRE(sent.size() == 1);
    dialog.showError(QStringLiteral("The dispute is resolved."));
    CHECK(dialog.messageText() == QStringLiteral("Not sent: The dispute is resolved."));
    CHECK(dialog.sendButton()->isEnabled());
}
