#include "ui/photostrip.h"

#include "data/photostore.h"
#include "ui/photocameradialog.h"
#include "ui/photocropdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

namespace caravan::ui {

namespace {

// Icon-mode list that reorders by internal drag and takes image files dropped from outside.
class PhotoList final : public QListWidget
{
public:
    std::function<void(const QStringList &)> onFiles;
    std::function<void()> onReordered;

    explicit PhotoList(QWidget *parent)
        : QListWidget(parent)
    {
        setViewMode(QListView::IconMode);
        setFlow(QListView::LeftToRight);
        setWrapping(false);
        setIconSize(QSize(96, 96));
        setGridSize(QSize(112, 112));
        setMovement(QListView::Snap);
        setDragDropMode(QAbstractItemView::DragDrop);
        setDefaultDropAction(Qt::MoveAction);
        setAcceptDrops(true);
        setFixedHeight(132);
        setSelectionMode(QAbstractItemView::SingleSelection);
    }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override
    {
        if (event->mimeData()->hasUrls())
            event->acceptProposedAction();
        else
            QListWidget::dragEnterEvent(event);
    }
    void dragMoveEvent(QDragMoveEvent *event) override
    {
        if (event->mimeData()->hasUrls())
            event->acceptProposedAction();
        else
            QListWidget::dragMoveEvent(event);
    }
    void dropEvent(QDropEvent *event) override
    {
        if (event->mimeData()->hasUrls()) {
            QStringList files;
            for (const QUrl &url : event->mimeData()->urls()) {
                if (url.isLocalFile())
                    files << url.toLocalFile();
            }
            event->acceptProposedAction();
            if (onFiles)
                onFiles(files);
            return;
        }
        QListWidget::dropEvent(event);
        if (onReordered)
            onReordered();
    }
};

} // namespace

PhotoStrip::PhotoStrip(data::PhotoStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    auto *list = new PhotoList(this);
    list->onFiles = [this](const QStringList &files) { addFiles(files); };
    list->onReordered = [this] {
        refreshState();
        emit photosChanged(photos());
    };
    m_list = list;
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_count = new QLabel(this);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add photos…"), this);
    connect(m_add, &QPushButton::clicked, this, &PhotoStrip::addFromDialog);
    auto *paste = new QPushButton(tr("Paste"), this);
    connect(paste, &QPushButton::clicked, this, &PhotoStrip::pasteFromClipboard);
    auto *camera = new QPushButton(tr("Camera…"), this);
    connect(camera, &QPushButton::clicked, this, &PhotoStrip::openCamera);
    auto *left = new QPushButton(tr("Rotate left"), this);
    connect(left, &QPushButton::clicked, this, [this] { rotateSelected(-1); });
    auto *right = new QPushButton(tr("Rotate right"), this);
    connect(right, &QPushButton::clicked, this, [this] { rotateSelected(1); });
    auto *crop = new QPushButton(tr("Crop…"), this);
    connect(crop, &QPushButton::clicked, this, &PhotoStrip::cropSelected);
    auto *cover = new QPushButton(tr("Make cover"), this);
    connect(cover, &QPushButton::clicked, this, &PhotoStrip::makeSelectedCover);
    auto *remove = new QPushButton(tr("Remove"), this);
    connect(remove, &QPushButton::clicked, this, &PhotoStrip::removeSelected);
    m_selectionButtons = {left, right, crop, cover, remove};
    for (QPushButton *b : {m_add, paste, camera})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_count);
    auto *selection = new QHBoxLayout;
    for (QPushButton *b : m_selectionButtons)
        selection->addWidget(b);
    selection->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addLayout(selection);
    layout->addWidget(m_message);
    auto *hint =
        new QLabel(tr("Drag photos here from your files, or paste one. The first photo is the cover; "
                      "drag to reorder. Location data and other metadata are removed from every photo."),
                   this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(hint);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &PhotoStrip::refreshState);
    refreshState();
}

void PhotoStrip::setPhotos(const QStringList &sha256s)
{
    m_list->clear();
    for (const QString &sha : sha256s)
        appendPhoto(sha);
    m_message->setVisible(false);
    refreshState();
}

QStringList PhotoStrip::photos() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->data(Qt::UserRole).toString();
    return out;
}

void PhotoStrip::appendPhoto(const QString &sha256)
{
    auto *item = new QListWidgetItem;
    item->setData(Qt::UserRole, sha256);
    const QImage thumb = m_store ? data::PhotoStore::thumbnail(m_store->folder(), sha256, 96) : QImage();
    if (!thumb.isNull())
        item->setIcon(QIcon(QPixmap::fromImage(thumb)));
    else
        item->setText(tr("(not on this computer)"));
    item->setToolTip(sha256);
    item->setFlags(item->flags() | Qt::ItemIsDragEnabled);
    m_list->addItem(item);
}

QStringList PhotoStrip::addFiles(const QStringList &paths)
{
    QStringList errors;
    int added = 0;
    for (const QString &path : paths) {
        if (m_list->count() >= kMaxPhotos) {
            errors << tr("A listing has at most %1 photos; the rest were not added.").arg(kMaxPhotos);
            break;
        }
        const auto result = m_store->importFile(path);
        if (!result.ok) {
            errors << result.error;
            continue;
        }
        if (photos().contains(result.sha256))
            continue;
        appendPhoto(result.sha256);
        ++added;
    }
    if (!errors.isEmpty())
        showMessage(errors.join(QLatin1Char('\n')), true);
    else
        m_message->setVisible(false);
    refreshState();
    if (added > 0)
        emit photosChanged(photos());
    return errors;
}

QStringList PhotoStrip::addImage(const QImage &image)
{
    if (m_list->count() >= kMaxPhotos) {
        const QString error = tr("A listing has at most %1 photos.").arg(kMaxPhotos);
        showMessage(error, true);
        return {error};
    }
    const auto result = m_store->importImage(image);
    if (!result.ok) {
        showMessage(result.error, true);
        return {result.error};
    }
    if (!photos().contains(result.sha256)) {
        appendPhoto(result.sha256);
        refreshState();
        emit photosChanged(photos());
    }
    m_message->setVisible(false);
    return {};
}

void PhotoStrip::addFromDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add photos"), QString(), tr("Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.heic)"));
    if (!files.isEmpty())
        addFiles(files);
}

void PhotoStrip::pasteFromClipboard()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (mime && mime->hasUrls()) {
        QStringList files;
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile())
                files << url.toLocalFile();
        }
        if (!files.isEmpty()) {
            addFiles(files);
            return;
        }
    }
    const QImage image = QApplication::clipboard()->image();
    if (image.isNull()) {
        showMessage(tr("The clipboard holds no picture."), true);
        return;
    }
    addImage(image);
}

void PhotoStrip::openCamera()
{
    if (!PhotoCameraDialog::cameraAvailable()) {
        showMessage(PhotoCameraDialog::unavailableReason(), true);
        return;
    }
    PhotoCameraDialog dialog(this);
    connect(&dialog, &PhotoCameraDialog::captured, this, [this](const QImage &image) { addImage(image); });
    dialog.exec();
}

int PhotoStrip::selectedRow() const
{
    const auto items = m_list->selectedItems();
    return items.isEmpty() ? -1 : m_list->row(items.front());
}

void PhotoStrip::replaceSelected(const QString &sha256)
{
    const int row = selectedRow();
    if (row < 0)
        return;
    delete m_list->takeItem(row);
    appendPhoto(sha256);
    m_list->insertItem(row, m_list->takeItem(m_list->count() - 1));
    m_list->setCurrentRow(row);
    emit photosChanged(photos());
}

void PhotoStrip::rotateSelected(int quarterTurns)
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const auto result = m_store->rotate(m_list->item(row)->data(Qt::UserRole).toString(), quarterTurns);
    if (!result.ok) {
        showMessage(result.error, true);
        return;
    }
    replaceSelected(result.sha256);
}

void PhotoStrip::cropSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QImage image = m_store->load(m_list->item(row)->data(Qt::UserRole).toString());
    if (image.isNull()) {
        showMessage(tr("The photo is not on this computer."), true);
        return;
    }
    PhotoCropDialog dialog(image, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto result = m_store->crop(m_list->item(row)->data(Qt::UserRole).toString(), dialog.cropRect());
    if (!result.ok) {
        showMessage(result.error, true);
        return;
    }
    replaceSelected(result.sha256);
}

void PhotoStrip::makeSelectedCover()
{
    const int row = selectedRow();
    if (row <= 0)
        return;
    m_list->insertItem(0, m_list->takeItem(row));
    m_list->setCurrentRow(0);
    refreshState();
    emit photosChanged(photos());
}

void PhotoStrip::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    delete m_list->takeItem(row);
    refreshState();
    emit photosChanged(photos());
}

void PhotoStrip::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setVisible(true);
}

QString PhotoStrip::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void PhotoStrip::refreshState()
{
    const bool selected = selectedRow() >= 0;
    for (QPushButton *b : m_selectionButtons)
        b->setEnabled(selected);
    m_add->setEnabled(m_list->count() < kMaxPhotos);
    m_count->setText(tr("%1 of %2 photos").arg(m_list->count()).arg(kMaxPhotos));
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setText(i == 0 ? tr("Cover") : QString());
}

} // namespace caravan::ui
