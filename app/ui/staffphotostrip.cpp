#include "ui/staffphotostrip.h"

#include "models/ordertext.h"
#include "sync/staffclient.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScreen>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>

namespace caravan::ui {

StaffPhotoStrip::StaffPhotoStrip(QWidget *parent)
    : QScrollArea(parent)
    , m_row(new QWidget(this))
    , m_layout(new QHBoxLayout(m_row))
{
    setObjectName(QStringLiteral("staffPhotoStrip"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addStretch(1);
    setWidget(m_row);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFixedHeight(kThumbnail + 64);
    hide();
}

StaffPhotoStrip::~StaffPhotoStrip() = default;

void StaffPhotoStrip::setClient(sync::StaffClient *client)
{
    m_client = client;
    for (const Item &item : std::as_const(m_items))
        fetch(item.photo.sha256);
}

void StaffPhotoStrip::setPhotos(const QVector<Photo> &photos)
{
    QVector<Photo> unique;
    QSet<QString> seen;
    for (const Photo &p : photos)
        if (!p.sha256.isEmpty() && !seen.contains(p.sha256)) {
            seen.insert(p.sha256);
            unique.append(p);
        }
    for (Item &item : m_items)
        delete item.box;
    m_items.clear();
    for (auto it = m_images.begin(); it != m_images.end();)
        it = seen.contains(it.key()) ? std::next(it) : m_images.erase(it);
    for (auto it = m_asked.begin(); it != m_asked.end();)
        it = seen.contains(it.key()) ? std::next(it) : m_asked.erase(it);

    for (const Photo &p : std::as_const(unique)) {
        Item item;
        item.photo = p;
        item.box = new QWidget(m_row);
        item.button = new QToolButton(item.box);
        item.button->setObjectName(QStringLiteral("photoThumbnail"));
        item.button->setFixedSize(kThumbnail + 8, kThumbnail + 8);
        item.button->setIconSize(QSize(kThumbnail, kThumbnail));
        item.button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        item.button->setText(tr("Loading…"));
        item.button->setToolTip(tr("Photo SHA-256 %1").arg(p.sha256));
        item.caption = new QLabel(item.box);
        item.caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
        item.caption->setToolTip(p.sha256);
        item.caption->setText(
            p.receivedAt.isValid()
                ? tr("%1…\nreceived %2").arg(p.sha256.left(12), models::OrderText::localTime(p.receivedAt))
                : tr("%1…").arg(p.sha256.left(12)));
        auto *column = new QVBoxLayout(item.box);
        column->setContentsMargins(0, 0, 6, 0);
        column->addWidget(item.button, 0, Qt::AlignHCenter);
        column->addWidget(item.caption);
        m_layout->insertWidget(m_layout->count() - 1, item.box);
        const QString sha = p.sha256;
        connect(item.button, &QToolButton::clicked, this, [this, sha] {
            for (int i = 0; i < m_items.size(); ++i)
                if (m_items.at(i).photo.sha256 == sha)
                    openPhoto(i);
        });
        m_items.append(item);
        if (m_images.contains(sha))
            showImage(sha);
        else
            fetch(sha);
    }
    setVisible(!m_items.isEmpty());
}

int StaffPhotoStrip::loadedCount() const
{
    int n = 0;
    for (const Item &item : m_items)
        n += m_images.contains(item.photo.sha256) ? 1 : 0;
    return n;
}

QToolButton *StaffPhotoStrip::thumbnail(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index).button : nullptr;
}

QString StaffPhotoStrip::captionText(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index).caption->text() : QString();
}

void StaffPhotoStrip::fetch(const QString &sha256)
{
    if (!m_client || m_asked.value(sha256) || m_images.contains(sha256))
        return;
    m_asked.insert(sha256, true);
    QPointer<StaffPhotoStrip> self(this);
    m_client->photo(sha256, [self, sha256](const QByteArray &bytes, const sync::ApiError &error) {
        if (!self || !self->m_asked.contains(sha256))
            return; // no longer shown
        if (error.kind != sync::ApiError::Kind::None) {
            self->m_asked.remove(sha256); // asked again the next time it is shown
            self->showFailure(sha256, error.message);
            return;
        }
        const QImage image = QImage::fromData(bytes);
        if (image.isNull()) {
            self->showFailure(sha256, tr("The server sent something that is not an image."));
            return;
        }
        self->m_images.insert(sha256, image);
        self->showImage(sha256);
    });
}

void StaffPhotoStrip::showImage(const QString &sha256)
{
    const QImage image = m_images.value(sha256);
    const QPixmap thumb = QPixmap::fromImage(
        image.scaled(kThumbnail, kThumbnail, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    for (Item &item : m_items)
        if (item.photo.sha256 == sha256) {
            item.button->setIcon(QIcon(thumb));
            item.button->setText(QString());
            item.button->setToolTip(tr("Photo SHA-256 %1 (%2 × %3 px): click to enlarge")
                                        .arg(sha256)
                                        .arg(image.width())
                                        .arg(image.height()));
        }
}

void StaffPhotoStrip::showFailure(const QString &sha256, const QString &why)
{
    for (Item &item : m_items)
        if (item.photo.sha256 == sha256) {
            item.button->setText(tr("Not loaded"));
            item.button->setToolTip(tr("The photo %1 could not be loaded: %2").arg(sha256, why));
        }
}

QWidget *StaffPhotoStrip::openPhoto(int index)
{
    if (index < 0 || index >= m_items.size() || !m_images.contains(m_items.at(index).photo.sha256))
        return nullptr;
    const Photo &p = m_items.at(index).photo;
    const QImage image = m_images.value(p.sha256);
    auto *dialog = new QDialog(window());
    dialog->setObjectName(QStringLiteral("staffPhotoDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Photo %1").arg(p.sha256.left(12)));
    QSize room(1000, 760);
    if (const QScreen *screen = this->screen())
        room = room.boundedTo(screen->availableSize() * 0.85);
    auto *picture = new QLabel(dialog);
    picture->setAlignment(Qt::AlignCenter);
    picture->setPixmap(
        QPixmap::fromImage(image.width() > room.width() || image.height() > room.height()
                               ? image.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                               : image));
    auto *area = new QScrollArea(dialog);
    area->setWidget(picture);
    area->setWidgetResizable(true);
    auto *caption =
        new QLabel(p.receivedAt.isValid() ? tr("SHA-256 %1, received by the server %2")
                                                .arg(p.sha256, models::OrderText::localTime(p.receivedAt))
                                          : tr("SHA-256 %1").arg(p.sha256),
                   dialog);
    caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    caption->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(area, 1);
    layout->addWidget(caption);
    layout->addWidget(buttons);
    dialog->resize(room.boundedTo(image.size() + QSize(40, 110)).expandedTo(QSize(360, 280)));
    dialog->open();
    return dialog;
}

} // namespace caravan::ui
