#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace caravan::data {
class ListingRepository;
class PhotoStore;
} // namespace caravan::data

namespace caravan::ui {

// Records photos of a packed parcel with its measured weight and size (data::PackingEvidence).
class PackingEvidenceDialog final : public QDialog
{
    Q_OBJECT

public:
    PackingEvidenceDialog(data::PhotoStore &photos, data::ListingRepository &listings, QString listingId,
                          QWidget *parent = nullptr);

private:
    void addPhotos();
    void record();

    data::PhotoStore &m_photoStore;
    data::ListingRepository &m_listings;
    QString m_listingId;
    QStringList m_photos;
    QLabel *m_photoLabel;
    QSpinBox *m_weight;
    QSpinBox *m_length;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QLineEdit *m_note;
    QLabel *m_message;
};

} // namespace caravan::ui
