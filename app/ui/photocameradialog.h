#pragma once

#include <QDialog>
#include <QImage>

namespace caravan::ui {

// Takes a photo with a camera through Qt Multimedia. Where the build has no Qt Multimedia or the
// computer has no camera, cameraAvailable() is false and unavailableReason() says so in plain words.
class PhotoCameraDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PhotoCameraDialog(QWidget *parent = nullptr);
    ~PhotoCameraDialog() override;

    static bool cameraAvailable();
    static QString unavailableReason();

signals:
    void captured(const QImage &image);

private:
    struct Private;
    Private *d = nullptr;
};

} // namespace caravan::ui
