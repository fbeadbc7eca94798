#include "ui/photocropdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

namespace caravan::ui {

class CropArea final : public QWidget
{
public:
    explicit CropArea(const QImage &image, QWidget *parent)
        : QWidget(parent)
        , m_image(image)
        , m_scaled(image.scaled(640, 480, Qt::KeepAspectRatio, Qt::SmoothTransformation))
        , m_scale(double(m_scaled.width()) / image.width())
        , m_selection(m_scaled.rect())
    {
        setFixedSize(m_scaled.size());
        setCursor(Qt::CrossCursor);
    }
    QRect imageRect() const
    {
        const QRect r = m_selection.normalized();
        return QRect(qRound(r.x() / m_scale), qRound(r.y() / m_scale), qRound(r.width() / m_scale),
                     qRound(r.height() / m_scale))
            .intersected(m_image.rect());
    }
    void setImageRect(const QRect &r)
    {
        m_selection = QRect(qRound(r.x() * m_scale), qRound(r.y() * m_scale), qRound(r.width() * m_scale),
                            qRound(r.height() * m_scale));
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.drawImage(0, 0, m_scaled);
        const QRect sel = m_selection.normalized();
        QRegion outside(rect());
        outside -= QRegion(sel);
        p.setClipRegion(outside);
        p.fillRect(rect(), QColor(0, 0, 0, 120));
        p.setClipping(false);
        p.setPen(QPen(Qt::white, 1, Qt::DashLine));
        p.drawRect(sel.adjusted(0, 0, -1, -1));
    }
    void mousePressEvent(QMouseEvent *e) override
    {
        m_selection = QRect(e->position().toPoint(), QSize(1, 1));
        update();
    }
    void mouseMoveEvent(QMouseEvent *e) override
    {
        m_selection.setBottomRight(e->position().toPoint());
        update();
    }

private:
    QImage m_image;
    QImage m_scaled;
    double m_scale;
    QRect m_selection;
};

PhotoCropDialog::PhotoCropDialog(const QImage &image, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Crop photo"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Drag over the photo to choose the part to keep."), this));
    m_area = new CropArea(image, this);
    layout->addWidget(m_area);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QRect PhotoCropDialog::cropRect() const
{
    return m_area->imageRect();
}

void PhotoCropDialog::setCropRect(const QRect &imageRect)
{
    m_area->setImageRect(imageRect);
}

} // namespace caravan::ui
