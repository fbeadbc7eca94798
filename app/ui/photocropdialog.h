#pragma once

#include <QDialog>
#include <QImage>
#include <QRect>

namespace caravan::ui {

// Shows a photo; the seller drags a rectangle over it. cropRect() is in the image's pixels.
class PhotoCropDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PhotoCropDialog(const QImage &image, QWidget *parent = nullptr);
    [[nodiscard]] QRect cropRect() const;
    void setCropRect(const QRect &imageRect);

private:
    class CropArea *m_area;
};

} // namespace caravan::ui
