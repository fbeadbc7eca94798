#include "ui/listingeditor.h"

#include "data/listingrepository.h"
#include "data/photostore.h"
#include "data/templaterepository.h"
#include "listing/hs.h"
#include "listing/messages.h"
#include "listing/validation.h"
#include "models/landedcostinput.h"
#include "models/listingtablemodel.h"
#include "ui/editorform.h"
#include "ui/landedcostpanel.h"
#include "ui/packingevidencedialog.h"
#include "ui/photostrip.h"
#include "ui/templatedialog.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace caravan::ui {

namespace {

// One edit of one field. Consecutive edits of the same field (typing) merge into one undo step.
class FieldEditCommand final : public QUndoCommand
{
public:
    FieldEditCommand(ListingEditor *editor, QString field, listing::Listing before, listing::Listing after)
        : m_editor(editor)
        , m_field(std::move(field))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        setText(ListingEditor::tr("edit %1").arg(m_field));
    }
    int id() const override { return 4711; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const FieldEditCommand *>(other);
        if (next->m_field != m_field || m_field == QLatin1String("photos"))
            return false;
        m_after = next->m_after;
        return true;
    }
    void redo() override
    {
        if (m_first) {
            m_first = false; // the widgets already show it
            return;
        }
        m_editor->applyState(m_after);
    }
    void undo() override { m_editor->applyState(m_before); }

private:
    ListingEditor *m_editor;
    QString m_field;
    listing::Listing m_before;
    listing::Listing m_after;
    bool m_first = true;
};

QStringList toQStringList(const std::vector<std::string> &items)
{
    QStringList out;
    for (const auto &s : items)
        out << QString::fromStdString(s);
    return out;
}

} // namespace

ListingEditor::ListingEditor(data::ListingRepository &listings, data::PhotoStore *photos,
                             data::TemplateRepository *templates, data::SettingsRepository *settings,
                             QWidget *parent)
    : QWidget(parent)
    , m_listings(listings)
    , m_photoStore(photos)
    , m_templates(templates)
    , m_undo(new QUndoStack(this))
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, [this] { saveNow(); });

    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_status = new QLabel(this);
    m_status->setStyleSheet(
        QStringLiteral("padding: 2px 8px; border-radius: 8px; background: #e7eef8; color: #1d3f72;"));
    m_state = new QLabel(this);
    m_state->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto *undo = new QToolButton(this);
    undo->setDefaultAction(m_undo->createUndoAction(this, tr("Undo")));
    undo->defaultAction()->setShortcut(QKeySequence::Undo);
    auto *redo = new QToolButton(this);
    redo->setDefaultAction(m_undo->createRedoAction(this, tr("Redo")));
    redo->defaultAction()->setShortcut(QKeySequence::Redo);
    addActions({undo->defaultAction(), redo->defaultAction()});

    auto *save = new QPushButton(tr("Save"), this);
    connect(save, &QPushButton::clicked, this, [this] { saveNow(); });
    m_publish = new QPushButton(tr("Publish"), this);
    connect(m_publish, &QPushButton::clicked, this, [this] { publish(); });
    m_schedule = new QPushButton(tr("Schedule"), this);
    connect(m_schedule, &QPushButton::clicked, this, [this] { schedule(); });
    m_end = new QPushButton(tr("End"), this);
    connect(m_end, &QPushButton::clicked, this, [this] { endListing(); });
    m_relist = new QPushButton(tr("Relist"), this);
    connect(m_relist, &QPushButton::clicked, this, [this] { relist(); });
    auto *more = new QToolButton(this);
    more->setText(tr("More"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(more);
    menu->addAction(tr("Duplicate"), this, [this] { duplicate(); });
    menu->addAction(tr("Apply template…"), this, &ListingEditor::chooseTemplate);
    menu->addAction(tr("Save as template…"), this, &ListingEditor::saveAsTemplate);
    menu->addSeparator();
    menu->addAction(tr("Record packing evidence…"), this, &ListingEditor::recordPackingEvidence);
    more->setMenu(menu);

    auto *header = new QHBoxLayout;
    header->addWidget(m_heading);
    header->addWidget(m_status);
    header->addStretch(1);
    header->addWidget(m_state);
    header->addWidget(undo);
    header->addWidget(redo);
    for (QWidget *w : std::initializer_list<QWidget *>{save, m_publish, m_schedule, m_end, m_relist, more})
        header->addWidget(w);

    m_photos = new PhotoStrip(photos, this);
    connect(m_photos, &PhotoStrip::photosChanged, this, &ListingEditor::photosEdited);
    m_form = new EditorForm(this);
    connect(m_form, &EditorForm::edited, this, &ListingEditor::fieldEdited);

    auto *formColumn = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formColumn);
    formLayout->addWidget(m_photos);
    formLayout->addWidget(m_form);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(formColumn);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(scroll);
    // The landed-cost panel: what a buyer in each country pays, from the fields as typed.
    m_landedCost = new LandedCostPanel(this);
    m_landedCost->setSettingsRepository(settings);
    auto *costScroll = new QScrollArea(this); // its own scrolling, so it never squeezes the form
    costScroll->setWidgetResizable(true);
    costScroll->setFrameShape(QFrame::NoFrame);
    costScroll->setWidget(m_landedCost);
    splitter->addWidget(costScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({3000, 2000}); // proportions: the form gets the larger part
    scroll->setMinimumWidth(560);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    newListing();
}

ListingEditor::~ListingEditor()
{
    if (m_dirty)
        saveNow();
}

QString ListingEditor::language() const
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString ListingEditor::listingId() const
{
    return QString::fromStdString(m_current.id);
}

void ListingEditor::newListing()
{
    if (m_dirty)
        saveNow();
    listing::Listing fresh;
    fresh.id = data::ListingRepository::newId();
    m_stored = false;
    m_dirty = false;
    m_undo->clear();
    applyState(fresh);
    m_dirty = false;
    m_stateText = tr("New draft");
    updateHeader();
}

bool ListingEditor::openListing(const QString &id)
{
    if (m_dirty)
        saveNow();
    const auto loaded = m_listings.load(id);
    if (!loaded)
        return false;
    m_undo->clear();
    m_stored = true;
    applyState(*loaded);
    m_dirty = false;
    m_autosave.stop();
    m_stateText = tr("Saved");
    updateHeader();
    emit opened(id);
    return true;
}

void ListingEditor::applyState(const listing::Listing &state)
{
    const bool sameListing = state.id == m_current.id;
    m_current = state;
    m_form->write(state);
    if (!sameListing || toQStringList(state.photos) != m_photos->photos())
        m_photos->setPhotos(toQStringList(state.photos));
    m_dirty = true;
    revalidate();
    updateLandedCost();
    updateHeader();
    m_autosave.start();
}

void ListingEditor::recordEdit(const QString &field, const listing::Listing &next)
{
    if (next == m_current)
        return;
    m_undo->push(new FieldEditCommand(this, field, m_current, next));
    m_current = next;
    m_dirty = true;
    m_stateText = tr("Editing…");
    revalidate();
    updateLandedCost();
    updateHeader();
    m_autosave.start();
}

void ListingEditor::fieldEdited(const QString &field)
{
    listing::Listing next = m_form->read();
    next.photos = m_current.photos;
    recordEdit(field, next);
}

void ListingEditor::photosEdited()
{
    listing::Listing next = m_current;
    next.photos.clear();
    for (const QString &sha : m_photos->photos())
        next.photos.push_back(sha.toStdString());
    recordEdit(QStringLiteral("photos"), next);
}

void ListingEditor::revalidate()
{
    listing::ValidationContext ctx = m_listings.validationContext();
    std::vector<listing::Issue> errors = m_form->inputIssues();
    std::vector<listing::Issue> needed;
    const auto mode = m_current.status == listing::Status::Draft ? listing::ValidationMode::Draft
                                                                 : listing::ValidationMode::Publish;
    for (auto &issue : listing::validate(m_current, ctx, mode))
        errors.push_back(std::move(issue));
    if (mode == listing::ValidationMode::Draft) {
        for (auto &issue : listing::validate(m_current, ctx, listing::ValidationMode::Publish)) {
            if (std::find(errors.begin(), errors.end(), issue) == errors.end())
                needed.push_back(std::move(issue));
        }
    }
    m_form->showIssues(errors, needed, language());
}

bool ListingEditor::saveNow()
{
    m_autosave.stop();
    if (!m_dirty)
        return true;
    const auto inputIssues = m_form->inputIssues();
    if (!inputIssues.empty()) {
        m_stateText = tr("Not saved: fix the fields marked in red");
        updateHeader();
        return false;
    }
    listing::Listing blank;
    blank.id = m_current.id;
    if (!m_stored && m_current == blank) {
        m_dirty = false; // an untouched new draft is not worth storing
        return true;
    }
    const auto result = m_listings.save(m_current);
    if (!result.ok) {
        m_stateText = result.issues.empty() ? result.error : tr("Not saved: fix the fields marked in red");
        updateHeader();
        return false;
    }
    m_stored = true;
    m_dirty = false;
    m_stateText = tr("Saved %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
    updateHeader();
    emit saved(listingId());
    return true;
}

QString ListingEditor::saveState() const
{
    return m_stateText;
}

void ListingEditor::updateHeader()
{
    m_heading->setText(m_current.title.empty() ? tr("New listing") : QString::fromStdString(m_current.title));
    m_status->setText(models::ListingTableModel::statusText(
        QString::fromStdString(std::string(listing::toString(m_current.status)))));
    m_state->setText(m_stateText);
    using listing::Status;
    m_publish->setEnabled(listing::canTransition(m_current.status, Status::Active));
    m_schedule->setEnabled(listing::canTransition(m_current.status, Status::Scheduled));
    m_end->setEnabled(listing::canTransition(m_current.status, Status::Ended));
    m_relist->setEnabled(m_current.status == Status::Ended);
}

void ListingEditor::updateLandedCost()
{
    if (!m_landedCost)
        return;
    models::LandedCostInput in;
    in.price = m_form->priceEdit()->text().trimmed();
    in.currency = QString::fromStdString(m_current.currency);
    in.description = QString::fromStdString(m_current.title);
    in.hsCode = m_current.hsCode.empty() ? QString()
                                         : QString::fromStdString(listing::formatHsCode(m_current.hsCode));
    in.categoryId = QString::fromStdString(m_current.category);
    in.origin = QString::fromStdString(m_current.originCountry);
    in.shipsFrom = QString::fromStdString(m_current.shipsFrom);
    in.weightGrams = int(m_current.weightG.value_or(0));
    if (m_current.packedMm) {
        in.lengthMm = int(m_current.packedMm->lengthMm);
        in.widthMm = int(m_current.packedMm->widthMm);
        in.heightMm = int(m_current.packedMm->heightMm);
    }
    if (!m_current.postageServices.empty())
        in.serviceId = QString::fromStdString(m_current.postageServices.front());
    m_landedCost->setDraft(in);
}

bool ListingEditor::changeStatus(listing::Status to, const QString &what)
{
    if (!listing::canTransition(m_current.status, to)) {
        m_stateText = tr("This listing cannot be %1 now.").arg(what);
        updateHeader();
        return false;
    }
    listing::Listing next = m_current;
    next.status = to;
    if (to != listing::Status::Scheduled && to != listing::Status::Draft)
        next.scheduledStart.reset();
    const auto issues = listing::validateForStatus(next, m_listings.validationContext());
    if (!issues.empty()) {
        m_form->showIssues(issues, {}, language());
        m_stateText = tr("Cannot be %1 yet: %n field(s) to fix.", nullptr, int(issues.size())).arg(what);
        updateHeader();
        return false;
    }
    m_undo->push(new FieldEditCommand(this, QStringLiteral("status"), m_current, next));
    applyState(next);
    return saveNow();
}

bool ListingEditor::publish()
{
    return changeStatus(listing::Status::Active, tr("published"));
}

bool ListingEditor::schedule()
{
    if (!m_current.scheduledStart) {
        m_stateText = tr("Choose a start time under Start first.");
        updateHeader();
        return false;
    }
    return changeStatus(listing::Status::Scheduled, tr("scheduled"));
}

bool ListingEditor::endListing()
{
    return changeStatus(listing::Status::Ended, tr("ended"));
}

bool ListingEditor::relist()
{
    if (m_current.status != listing::Status::Ended)
        return false;
    // ended -> draft, then straight back to active when the listing is still complete.
    if (!changeStatus(listing::Status::Draft, tr("relisted")))
        return false;
    if (listing::validate(m_current, m_listings.validationContext(), listing::ValidationMode::Publish)
            .empty())
        return changeStatus(listing::Status::Active, tr("relisted"));
    return true;
}

bool ListingEditor::duplicate()
{
    if (!saveNow())
        return false;
    const auto copy = m_listings.duplicate(listingId());
    if (!copy) {
        m_stateText = m_listings.lastError();
        updateHeader();
        return false;
    }
    openListing(QString::fromStdString(copy->id));
    m_stateText = tr("This is a copy; edit it and publish when ready.");
    updateHeader();
    emit saved(listingId());
    return true;
}

void ListingEditor::applyTemplate(const data::ListingTemplate &tmpl)
{
    listing::Listing next = m_current;
    data::applyTemplate(tmpl, next);
    recordEdit(QStringLiteral("template"), next);
    m_form->write(m_current);
}

void ListingEditor::chooseTemplate()
{
    if (!m_templates)
        return;
    const auto all = m_templates->all();
    if (all.isEmpty()) {
        QMessageBox::information(
            this, tr("Templates"),
            tr("There are no templates yet. Fill in a listing and use “Save as template…”."));
        return;
    }
    QMenu menu(this);
    for (const auto &tmpl : all)
        menu.addAction(tmpl.name, this, [this, tmpl] { applyTemplate(tmpl); });
    menu.exec(QCursor::pos());
}

void ListingEditor::saveAsTemplate()
{
    if (!m_templates)
        return;
    TemplateDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    data::ListingTemplate tmpl;
    tmpl.name = dialog.name();
    tmpl.parts = dialog.parts();
    tmpl.source = m_current;
    if (!m_templates->save(tmpl))
        QMessageBox::warning(this, tr("Templates"), m_templates->lastError());
}

void ListingEditor::recordPackingEvidence()
{
    if (!saveNow() || !m_photoStore)
        return;
    PackingEvidenceDialog dialog(*m_photoStore, m_listings, listingId(), this);
    dialog.exec();
}

void ListingEditor::hideEvent(QHideEvent *event)
{
    if (m_dirty)
        saveNow();
    QWidget::hideEvent(event);
}

void ListingEditor::closeEvent(QCloseEvent *event)
{
    if (m_dirty)
        saveNow();
    QWidget::closeEvent(event);
}

} // namespace caravan::ui
