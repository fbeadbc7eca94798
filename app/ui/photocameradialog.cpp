#include "ui/photocameradialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#ifdef CARAVAN_HAVE_MULTIMEDIA
#include <QCamera>
#include <QImageCapture>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QVideoWidget>
#endif

namespace caravan::ui {

struct PhotoCameraDialog::Private
{
#ifdef CARAVAN_HAVE_MULTIMEDIA
    QCamera *camera = nullptr;
    QImageCapture *capture = nullptr;
    QMediaCaptureSession session;
#endif
};

bool PhotoCameraDialog::cameraAvailable()
{
#ifdef CARAVAN_HAVE_MULTIMEDIA
    return !QMediaDevices::videoInputs().isEmpty();
#else
    return false;
#endif
}

QString PhotoCameraDialog::unavailableReason()
{
#ifdef CARAVAN_HAVE_MULTIMEDIA
    return tr("No camera was found on this computer. Add photos from files or paste them instead.");
#else
    return tr("This build of Caravan cannot use a camera. Add photos from files or paste them instead.");
#endif
}

PhotoCameraDialog::PhotoCameraDialog(QWidget *parent)
    : QDialog(parent)
    , d(new Private)
{
    setWindowTitle(tr("Take a photo"));
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
#ifdef CARAVAN_HAVE_MULTIMEDIA
    if (cameraAvailable()) {
        auto *view = new QVideoWidget(this);
        view->setMinimumSize(480, 360);
        layout->addWidget(view);
        d->camera = new QCamera(QMediaDevices::defaultVideoInput(), this);
        d->capture = new QImageCapture(this);
        d->session.setCamera(d->camera);
        d->session.setImageCapture(d->capture);
        d->session.setVideoOutput(view);
        auto *take = buttons->addButton(tr("Take photo"), QDialogButtonBox::ActionRole);
        connect(take, &QPushButton::clicked, d->capture, [this] { d->capture->capture(); });
        connect(d->capture, &QImageCapture::imageCaptured, this,
                [this](int, const QImage &image) { emit captured(image); });
        d->camera->start();
    }
#endif
    if (!cameraAvailable()) {
        auto *label = new QLabel(unavailableReason(), this);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    layout->addWidget(buttons);
}

PhotoCameraDialog::~PhotoCameraDialog()
{
#ifdef CARAVAN_HAVE_MULTIMEDIA
    if (d->camera)
        d->camera->stop();
#endif
    delete d;
}

} // namespace caravan::ui
