#include "data/listingrepository.h"
#include "data/localdatabase.h"
#include "data/outboxrepository.h"
#include "data/photostore.h"
#include "data/settingsrepository.h"
#include "data/templaterepository.h"
#include "test_listing_support.h"
#include "testsupport.h"
#include "ui/editorform.h"
#include "ui/language.h"
#include "ui/listingeditor.h"
#include "ui/photostrip.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace caravan;

namespace {

struct EditorFixture
{
    test::Sandbox sandbox;
    std::unique_ptr<data::LocalDatabase> db;
    std::unique_ptr<data::ListingRepository> repo;
    std::unique_ptr<data::PhotoStore> photos;
    std::unique_ptr<data::TemplateRepository> templates;
    std::unique_ptr<data::SettingsRepository> settings;
    std::unique_ptr<ui::ListingEditor> editor;
    EditorFixture()
    {
        ui::installTranslators(QStringLiteral("en"));
        QString error;
        db = data::LocalDatabase::open(sandbox.path(QStringLiteral("caravan.sqlite")), &error);
        REQUIRE(db);
        repo = std::make_unique<data::ListingRepository>(db->connection());
        photos =
            std::make_unique<data::PhotoStore>(data::PhotoStore::folderFor(db->filePath()), db->connection());
        templates = std::make_unique<data::TemplateRepository>(db->connection());
        settings = std::make_unique<data::SettingsRepository>(db->connection());
        editor = std::make_unique<ui::ListingEditor>(*repo, photos.get(), templates.get(), settings.get());
        editor->resize(1200, 800);
        editor->show();
    }
    int outboxCount() { return data::OutboxRepository(db->connection()).count(); }
};

} // namespace

TEST_CASE("typing into the editor validates live, undoes and redoes, and autosaves with its mutation",
          "[editor]")
{
    EditorFixture f;
    ui::ListingEditor &editor = *f.editor;
    editor.setAutosaveDelay(50);
    ui::EditorForm &form = *editor.form();
    const QString id = editor.listingId();
    CHECK_FALSE(f.repo->load(id)); // a new draft is not stored until it has something in it

    QTest::keyClicks(form.titleEdit(), QStringLiteral("Tea"));
    CHECK(editor.current().title == "Tea");
    // Too short to publish: shown as what publishing still needs, in the catalog's words.
    CHECK(form.issueText(QStringLiteral("title")).contains(QStringLiteral("5")));
    REQUIRE(test::waitFor([&] { return f.repo->load(id).has_value(); }));
    CHECK(f.repo->load(id)->title == "Tea");
    CHECK(f.outboxCount() == 1);

    QTest::keyClicks(form.titleEdit(), QStringLiteral("pot, Yixing clay"));
    CHECK(editor.current().title == "Teapot, Yixing clay");
    CHECK(form.issueText(QStringLiteral("title")).isEmpty());
    // Price: a number that is not money in that currency is reported next to the field.
    QComboBox *currency = form.findChildren<QComboBox *>().at(2);
    REQUIRE(currency->isEditable());
    currency->setEditText(QStringLiteral("EUR"));
    QTest::keyClicks(form.priceEdit(), QStringLiteral("12.505"));
    CHECK_FALSE(form.issueText(QStringLiteral("price_minor")).isEmpty());
    CHECK_FALSE(editor.saveNow()); // refused while the price cannot be read; nothing is lost
    CHECK(form.priceEdit()->text() == QStringLiteral("12.505"));
    QTest::keyClick(form.priceEdit(), Qt::Key_Backspace);
    CHECK(form.issueText(QStringLiteral("price_minor")).isEmpty());
    CHECK(editor.current().priceMinor == 1250);

    // Undo steps back one field at a time; typing in one field is one step.
    QUndoStack *undo = editor.undoStack();
    REQUIRE(undo->canUndo());
    undo->undo(); // the price
    CHECK_FALSE(editor.current().priceMinor.has_value());
    undo->undo(); // the currency
    undo->undo(); // the title: all of its typing is one step
    CHECK(editor.current().title.empty());
    CHECK(form.titleEdit()->text().isEmpty());
    undo->redo();
    CHECK(form.titleEdit()->text() == QStringLiteral("Teapot, Yixing clay"));

    // Autosave stores the redone state and queues exactly the changed field with its base.
    const int before = f.outboxCount();
    REQUIRE(test::waitFor([&] { return f.repo->load(id)->title == "Teapot, Yixing clay"; }));
    CHECK(f.outboxCount() == before + 1);
    const auto last = data::OutboxRepository(f.db->connection()).pending().back().payload;
    CHECK(last.value(QStringLiteral("fields")).toObject().value(QStringLiteral("title")).toString() ==
          QStringLiteral("Teapot, Yixing clay"));
    CHECK(last.value(QStringLiteral("base")).toObject().value(QStringLiteral("title")).toString() ==
          QStringLiteral("Tea"));

    // Closing saves what is pending.
    QTest::keyClicks(form.descriptionEdit(), QStringLiteral("Small teapot, 200 ml, no chips."));
    editor.setAutosaveDelay(60000);
    QTest::keyClicks(form.titleEdit(), QStringLiteral(" (200 ml)"));
    f.editor.reset();
    CHECK(f.repo->load(id)->title == "Teapot, Yixing clay (200 ml)");
}

TEST_CASE("the category suggests an HS code and brings its item specifics", "[editor]")
{
    EditorFixture f;
    ui::EditorForm &form = *f.editor->form();
    const int watches = form.categoryBox()->findData(QStringLiteral("watches"));
    REQUIRE(watches >= 0);
    form.categoryBox()->setCurrentIndex(watches);
    CHECK(f.editor->current().category == "watches");
    const auto suggestion = form.findChildren<QLabel *>();
    bool suggested = false;
    for (QLabel *label : suggestion)
        suggested = suggested || label->text().startsWith(QStringLiteral("Suggested for this category: 91"));
    CHECK(suggested);
    CHECK(form.findChild<QWidget *>(QStringLiteral("specifics.movement")) != nullptr);
    // The HS field takes a keyword search result: code first.
    QTest::keyClicks(form.hsEdit(), QStringLiteral("9102.21"));
    CHECK(f.editor->current().hsCode == "910221");
}

TEST_CASE("publishing needs a complete listing - end and relist move the status", "[editor]")
{
    EditorFixture f;
    listing::Listing l = test::publishableListing();
    l.status = listing::Status::Draft;
    l.description.clear();
    REQUIRE(f.repo->save(l).ok);
    REQUIRE(f.editor->openListing(QString::fromStdString(l.id)));
    CHECK_FALSE(f.editor->publish());
    CHECK_FALSE(f.editor->form()->issueText(QStringLiteral("description")).isEmpty());
    QTest::keyClicks(f.editor->form()->descriptionEdit(),
                     QStringLiteral("Runs well, keeps about +15 s/day. Light scratches on the crystal."));
    REQUIRE(f.editor->publish());
    CHECK(f.repo->load(QString::fromStdString(l.id))->status == listing::Status::Active);
    REQUIRE(f.editor->endListing());
    CHECK(f.repo->load(QString::fromStdString(l.id))->status == listing::Status::Ended);
    REQUIRE(f.editor->relist());
    CHECK(f.repo->load(QString::fromStdString(l.id))->status == listing::Status::Active);

    // Duplicate opens a draft copy.
    REQUIRE(f.editor->duplicate());
    CHECK(f.editor->listingId() != QString::fromStdString(l.id));
    CHECK(f.editor->current().status == listing::Status::Draft);
    CHECK(f.repo->count() == 2);

    // A template fills the shipping fields of a new draft.
    data::ListingTemplate tmpl;
    tmpl.name = QStringLiteral("Watches from Japan");
    tmpl.parts = data::ListingTemplate::Shipping;
    tmpl.source = l;
    f.editor->newListing();
    f.editor->applyTemplate(tmpl);
    CHECK(f.editor->current().postageServices == l.postageServices);
    CHECK(f.editor->current().shipsFrom == "JP");
    f.editor->undoStack()->undo();
    CHECK(f.editor->current().postageServices.empty());
}

TEST_CASE("photos added in the editor go through the pipeline - a camera is reported missing offscreen",
          "[editor][photos]")
{
    EditorFixture f;
    ui::PhotoStrip &strip = *f.editor->photoStrip();
    const QString photo =
        test::projectSourceDir() + QStringLiteral("/resources/demo/photos/03e1af260596-1.jpg");
    const QString bogus = f.sandbox.path(QStringLiteral("notes.jpg"));
    {
        QFile file(bogus);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a photo");
    }
    const QStringList errors = strip.addFiles({photo, bogus});
    REQUIRE(errors.size() == 1);
    CHECK(errors.front().contains(QStringLiteral("notes.jpg")));
    REQUIRE(strip.photos().size() == 1);
    CHECK(f.editor->current().photos.size() == 1);
    CHECK(f.photos->contains(strip.photos().front()));
    strip.openCamera();
    CHECK_FALSE(strip.message().isEmpty());
    f.editor->undoStack()->undo();
    CHECK(f.editor->current().photos.empty());
}
