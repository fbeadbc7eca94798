// The customs declaration dialog and its PDF: CN 22 or CN 23 by value, A6 and A4 pages, and the text.
#include "testsupport.h"
#include "ui/customsdeclarationdialog.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <catch2/catch.hpp>
#include <cstdlib>

using namespace caravan;

namespace {

trade::Declaration order(const char *value)
{
    trade::Declaration d;
    d.sender = {"Mei Tanaka", "1-2-3 Jingumae", "150-0001", "Tokyo", "JP", "", ""};
    d.addressee = {"Emma Johnson", "12 Elm Street", "02139", "Cambridge MA", "US", "", ""};
    d.category = trade::ItemCategory::SaleOfGoods;
    d.date = money::Date::parse("2026-11-22");
    d.lines.push_back({"Vintage silk kimono", "6211.49", 1, money::Money::parse(value), 850, "JP"});
    d.lines.push_back({"Cotton obi belt", "6217.10", 2, money::Money::parse("4000 JPY"), 300, "JP"});
    return d;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// Page count and the first page's size (points) straight from the PDF's objects.
void checkPdf(const QByteArray &pdf, int widthPt, int heightPt)
{
    CHECK(pdf.startsWith("%PDF-1."));
    CHECK(pdf.trimmed().endsWith("%%EOF"));
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    CHECK(QString::fromLatin1(pdf).count(page) == 1);
    static const QRegularExpression box(
        QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)\\s*\\]"));
    const auto m = box.match(QString::fromLatin1(pdf));
    REQUIRE(m.hasMatch());
    // Qt writes whole points (A6 is 297.6 × 419.5 pt)
    CHECK(std::abs(qRound(m.captured(1).toDouble()) - widthPt) <= 1);
    CHECK(std::abs(qRound(m.captured(2).toDouble()) - heightPt) <= 1);
}

// A second pass over the PDF's text, when poppler's pdftotext is installed.
QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(20000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("a low-value order gets a CN 22 on an A6 label", "[customs]")
{
    ui::CustomsDeclarationDialog dialog;
    dialog.setDeclaration(order("18000 JPY")); // 22,000 JPY in all ≈ 106 SDR
    const auto a = dialog.assessment();
    CHECK_FALSE(a.hasErrors());
    CHECK(a.form == trade::DeclarationForm::CN22);
    CHECK(dialog.statusText().contains(QLatin1String("CN 22")));

    QDir().mkpath(QStringLiteral(CARAVAN_SCREENSHOT_DIR));
    const QString path = QStringLiteral(CARAVAN_SCREENSHOT_DIR "/customs-cn22-a6.pdf");
    dialog.setPageSize(ui::DeclarationPageSize::A6);
    QString error;
    REQUIRE(dialog.writePdf(path, &error));
    checkPdf(readAll(path), 298, 420); // A6: 105 × 148 mm
    const QString text = pdfText(path);
    if (!text.isEmpty()) {
        CHECK(text.contains(QLatin1String("CN 22")));
        CHECK(text.contains(QLatin1String("Vintage silk kimono")));
        CHECK(text.contains(QLatin1String("6211.49")));
        CHECK(text.contains(QLatin1String("22000 JPY")));
    }
}

TEST_CASE("a high-value order gets a CN 23 on A4 with the sender's declaration", "[customs]")
{
    ui::CustomsDeclarationDialog dialog;
    dialog.setDeclaration(order("95000 JPY"));
    const auto a = dialog.assessment();
    CHECK(a.form == trade::DeclarationForm::CN23);
    const QString path = QStringLiteral(CARAVAN_SCREENSHOT_DIR "/customs-cn23-a4.pdf");
    QDir().mkpath(QStringLiteral(CARAVAN_SCREENSHOT_DIR));
    dialog.setPageSize(ui::DeclarationPageSize::A4);
    QString error;
    REQUIRE(dialog.writePdf(path, &error));
    checkPdf(readAll(path), 595, 842);
    const QString text = pdfText(path);
    if (!text.isEmpty()) {
        CHECK(text.contains(QLatin1String("CN 23")));
        CHECK(text.contains(QLatin1String("Emma Johnson")));
        CHECK(text.contains(QLatin1String("certify that the particulars")));
        CHECK(text.contains(
            QString::fromStdString(money::Date::today().toString()))); // dated the day it is made
    }
}

TEST_CASE("an incomplete declaration is refused with what to fix, and no file is written", "[customs]")
{
    ui::CustomsDeclarationDialog dialog;
    models::LandedCostInput in;
    in.price = QStringLiteral("30.00");
    in.currency = QStringLiteral("EUR");
    in.description = QStringLiteral("Leather wallet");
    in.hsCode = QStringLiteral("4202.31");
    in.origin = QStringLiteral("IT");
    in.shipsFrom = QStringLiteral("IT");
    in.weightGrams = 200;
    dialog.setFromLandedCost(in);
    const auto d = dialog.declaration();
    REQUIRE(d.lines.size() == 1);
    CHECK(d.lines[0].value.toString() == "30.00 EUR");
    CHECK(d.sender.country == "IT");
    test::Sandbox sandbox;
    const QString path = sandbox.path(QStringLiteral("incomplete.pdf"));
    QString error;
    CHECK_FALSE(dialog.writePdf(path, &error));
    CHECK(error.contains(QLatin1String("the sender's name is missing")));
    CHECK(error.contains(QLatin1String("the addressee's name is missing")));
    CHECK_FALSE(QFile::exists(path));
}
