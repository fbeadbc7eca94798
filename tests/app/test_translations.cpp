#include "models/sectionmodel.h"
#include "testsupport.h"
#include "ui/language.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

using namespace caravan;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
};

QList<Message> readTs(const QString &path, QString *language)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, {}, {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // Either plain text or <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations.append(xml.readElementText());
            }
            if (current.translations.isEmpty())
                current.translations.append(text);
            messages.append(current);
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (const auto &match : marker.globalMatch(text))
        found.insert(match.captured(0));
    return found;
}

} // namespace

TEST_CASE("every message of both catalogs is translated", "[translations]")
{
    QSet<QString> keysEn;
    QSet<QString> keysZh;
    for (const char *language : {"en", "zh_CN"}) {
        const QString path = QStringLiteral(CARAVAN_TRANSLATIONS_DIR "/caravan_") + QLatin1String(language) +
                             QStringLiteral(".ts");
        QString declared;
        const auto messages = readTs(path, &declared);
        CHECK(declared == QLatin1String(language));
        REQUIRE(messages.size() > 80);
        for (const Message &message : messages) {
            INFO(language << ": " << message.context.toStdString() << " / " << message.source.toStdString());
            CHECK(message.type.isEmpty());
            for (const QString &translation : message.translations) {
                CHECK_FALSE(translation.trimmed().isEmpty());
                CHECK(placeholders(translation) == placeholders(message.source));
            }
            (QLatin1String(language) == QLatin1String("en") ? keysEn : keysZh)
                .insert(message.context + QLatin1Char('\x1f') + message.source);
        }
    }
    // Both catalogs cover the same messages.
    CHECK(keysEn == keysZh);
}

TEST_CASE("the compiled Chinese catalog is in the app's resources and used", "[translations]")
{
    REQUIRE(QFile::exists(QStringLiteral(":/i18n/caravan_zh_CN.qm")));
    REQUIRE(QFile::exists(QStringLiteral(":/i18n/caravan_en.qm")));
    REQUIRE(ui::installTranslators(QStringLiteral("zh_CN")));
    CHECK(models::SectionModel::title(models::Section::Listings) == QStringLiteral("商品"));
    CHECK(models::SectionModel::title(models::Section::Arbitration) == QStringLiteral("仲裁"));
    REQUIRE(ui::installTranslators(QStringLiteral("en")));
    CHECK(models::SectionModel::title(models::Section::Listings) == QStringLiteral("Listings"));
}

TEST_CASE("the language follows a request, else the system, else English", "[translations]")
{
    CHECK(ui::resolveLanguage(QStringLiteral("zh_CN")) == QStringLiteral("zh_CN"));
    CHECK(ui::resolveLanguage(QStringLiteral("en")) == QStringLiteral("en"));
    const QString fallback = ui::resolveLanguage(QStringLiteral("xx"));
    CHECK((fallback == QStringLiteral("en") || fallback == QStringLiteral("zh_CN")));
}
