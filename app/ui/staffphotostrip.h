#pragma once

#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QPointer>
#include <QScrollArea>
#include <QVector>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace caravan::sync {
class StaffClient;
} // namespace caravan::sync

namespace caravan::ui {

// A row of photo thumbnails for staff, each fetched from GET /api/v1/staff/photos/{sha256} and held in
// memory only (never written to disk), with its SHA-256 and the time the server received it beside it.
// Clicking a thumbnail shows the photo larger in a dialog.
class StaffPhotoStrip final : public QScrollArea
{
    Q_OBJECT

public:
    struct Photo
    {
        QString sha256;
        QDateTime receivedAt; // invalid: not known (a listing's photos)
    };

    explicit StaffPhotoStrip(QWidget *parent = nullptr);
    ~StaffPhotoStrip() override;

    // Where photos come from; without a client the strip lists the photos without fetching them.
    void setClient(sync::StaffClient *client);
    // Shows `photos` (duplicates once), fetching those not held already; photos no longer shown are dropped.
    void setPhotos(const QVector<Photo> &photos);
    void clear() { setPhotos({}); }

    [[nodiscard]] int count() const { return static_cast<int>(m_items.size()); }
    // Photos fetched and decoded.
    [[nodiscard]] int loadedCount() const;
    [[nodiscard]] QToolButton *thumbnail(int index) const;
    [[nodiscard]] QString captionText(int index) const;
    // Opens the larger view of photo `index` (nullptr when it is not loaded).
    QWidget *openPhoto(int index);

    static constexpr int kThumbnail = 112;

private:
    struct Item
    {
        Photo photo;
        QWidget *box = nullptr;
        QToolButton *button = nullptr;
        QLabel *caption = nullptr;
    };
    void fetch(const QString &sha256);
    void showImage(const QString &sha256);
    void showFailure(const QString &sha256, const QString &why);

    QPointer<sync::StaffClient> m_client;
    QWidget *m_row;
    QHBoxLayout *m_layout;
    QVector<Item> m_items;
    QHash<QString, QImage> m_images; // decoded photos, in memory only
    QHash<QString, bool> m_asked;    // requests sent (and not failed)
};

} // namespace caravan::ui
