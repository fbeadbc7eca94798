// Prints how long LandedCostModel::refresh() takes for the default ten destinations: the work the
// listing editor does after a keystroke. Target: well within one 60 Hz frame (16.7 ms).
#include "models/landedcostmodel.h"
#include "shipping/shipping.h"
#include "trade/rules.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 2000;

    QElapsedTimer load;
    load.start();
    const auto &rules = caravan::trade::RuleSet::standard();
    const auto &services = caravan::shipping::ServiceCatalog::standard();
    const double loadMs = static_cast<double>(load.nsecsElapsed()) / 1e6;

    caravan::models::LandedCostModel model(rules, services);
    caravan::models::LandedCostInput in;
    in.currency = QStringLiteral("EUR");
    in.description = QStringLiteral("Wool jacket");
    in.hsCode = QStringLiteral("6201.30");
    in.origin = QStringLiteral("IT");
    in.shipsFrom = QStringLiteral("IT");
    in.weightGrams = 1200;
    in.lengthMm = 300;
    in.widthMm = 200;
    in.heightMm = 100;
    in.serviceId = QStringLiteral("sample-post-registered");
    in.date = QDate(2026, 11, 22);

    std::vector<double> ms;
    ms.reserve(static_cast<std::size_t>(rounds));
    qint64 checksum = 0;
    for (int i = 0; i < rounds; ++i) {
        in.price = QString::number(50 + i % 400) + QStringLiteral(".00"); // as if the seller kept typing
        model.setInput(in);
        QElapsedTimer t;
        t.start();
        model.refresh();
        ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        checksum += model.index(0, caravan::models::LandedCostModel::DdpTotalColumn)
                        .data(caravan::models::LandedCostModel::AmountMinorRole)
                        .toLongLong();
    }
    std::sort(ms.begin(), ms.end());
    double sum = 0;
    for (double v : ms)
        sum += v;
    int quotable = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        quotable += model.rowAt(r).quotable ? 1 : 0;
    std::printf("rule data + services load: %.1f ms\n", loadMs);
    std::printf("panel refresh, %d destinations (%d quotable), %d rounds\n", model.rowCount(), quotable,
                rounds);
    std::printf("ms per refresh: mean %.3f, median %.3f, p99 %.3f, max %.3f (one 60 Hz frame = 16.667 ms)\n",
                sum / rounds, ms[ms.size() / 2], ms[ms.size() * 99 / 100], ms.back());
    std::printf("checksum: %lld\n", static_cast<long long>(checksum));
    return 0;
}
