#pragma once

#include <QDialog>
#include <QSqlDatabase>
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
    // For an order: the record goes to the server with the next sync and is sealed there.
    PackingEvidenceDialog(data::PhotoStore &photos, QSqlDatabase db, QString listingId, QString orderId,
                          QWidget *parent = nullptr);

    // The photos (SHA-256 in the photo store) the record will hold.
    void setPhotos(const QStringList &sha256s);
    // Records what the form holds; false (the reason shown in the dialog) when refused.
    bool record();
    [[nodiscard]] QString message() const;

private:
    void build();
    void addPhotos();

    data::PhotoStore &m_photoStore;
    QSqlDatabase m_db;
    QString m_listingId;
    QString m_orderId;
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
