#include "ui/packingevidencedialog.h"

#include "data/listingrepository.h"
#include "data/packingevidence.h"
#include "data/photostore.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

namespace caravan::ui {

PackingEvidenceDialog::PackingEvidenceDialog(data::PhotoStore &photos, data::ListingRepository &listings,
                                             QString listingId, QWidget *parent)
    : QDialog(parent)
    , m_photoStore(photos)
    , m_db(listings.database())
    , m_listingId(std::move(listingId))
{
    build();
}

PackingEvidenceDialog::PackingEvidenceDialog(data::PhotoStore &photos, QSqlDatabase db, QString listingId,
                                             QString orderId, QWidget *parent)
    : QDialog(parent)
    , m_photoStore(photos)
    , m_db(std::move(db))
    , m_listingId(std::move(listingId))
    , m_orderId(std::move(orderId))
{
    build();
}

void PackingEvidenceDialog::build()
{
    setWindowTitle(tr("Record packing evidence"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(
        m_orderId.isEmpty()
            ? tr("Photograph the packed parcel and weigh it. The record is timestamped and sealed "
                 "with a hash, so it can back you up if a buyer disputes what was sent.")
            : tr("Photograph the packed parcel and weigh it. The record and its photos go to Caravan with the "
                 "next sync; from then on nobody, you included, can change or delete them, and they back you "
                 "up if the buyer disputes what was sent."),
        this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_photoLabel = new QLabel(tr("No photos yet"), this);
    auto *add = new QPushButton(tr("Add photos…"), this);
    connect(add, &QPushButton::clicked, this, &PackingEvidenceDialog::addPhotos);
    auto *photoRow = new QHBoxLayout;
    photoRow->addWidget(m_photoLabel, 1);
    photoRow->addWidget(add);
    form->addRow(tr("Photos"), photoRow);
    const auto spin = [this](int max, const QString &suffix) {
        auto *s = new QSpinBox(this);
        s->setRange(0, max);
        s->setSuffix(suffix);
        return s;
    };
    m_weight = spin(70000, tr(" g"));
    m_weight->setObjectName(QStringLiteral("weight"));
    form->addRow(tr("Measured weight"), m_weight);
    m_length = spin(3000, tr(" mm"));
    m_width = spin(3000, tr(" mm"));
    m_height = spin(3000, tr(" mm"));
    m_length->setObjectName(QStringLiteral("length"));
    m_width->setObjectName(QStringLiteral("width"));
    m_height->setObjectName(QStringLiteral("height"));
    auto *dims = new QHBoxLayout;
    for (QSpinBox *s : {m_length, m_width, m_height})
        dims->addWidget(s);
    form->addRow(tr("Measured size (L × W × H)"), dims);
    m_note = new QLineEdit(this);
    form->addRow(tr("Note"), m_note);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    form->addRow(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        // An order's evidence is queued for upload: the dialog's work is done.
        if (record() && !m_orderId.isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void PackingEvidenceDialog::addPhotos()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Photos of the packed parcel"), QString(), tr("Images (*.jpg *.jpeg *.png *.webp)"));
    QStringList errors;
    for (const QString &file : files) {
        const auto result = m_photoStore.importFile(file);
        if (result.ok)
            m_photos << result.sha256;
        else
            errors << result.error;
    }
    m_photoLabel->setText(tr("%n photo(s)", nullptr, int(m_photos.size())));
    m_message->setText(errors.join(QLatin1Char('\n')));
}

void PackingEvidenceDialog::setPhotos(const QStringList &sha256s)
{
    m_photos = sha256s;
    m_photoLabel->setText(tr("%n photo(s)", nullptr, int(m_photos.size())));
}

QString PackingEvidenceDialog::message() const
{
    return m_message->text();
}

bool PackingEvidenceDialog::record()
{
    data::PackingEvidenceRepository repo(m_db);
    data::PackingEvidence evidence;
    evidence.listingId = m_listingId;
    evidence.orderId = m_orderId;
    evidence.photos = m_photos;
    evidence.weightG = m_weight->value();
    evidence.lengthMm = m_length->value();
    evidence.widthMm = m_width->value();
    evidence.heightMm = m_height->value();
    evidence.note = m_note->text().trimmed();
    const auto stored = repo.record(evidence);
    if (!stored) {
        m_message->setText(repo.lastError());
        return false;
    }
    m_message->setText(m_orderId.isEmpty()
                           ? tr("Recorded %1, seal %2.")
                                 .arg(QLocale().toString(stored->recordedAt.toLocalTime(), QLocale::ShortFormat),
                                      stored->sha256.left(16))
                           : tr("Recorded %1, seal %2. It is sent with the next sync.")
                                 .arg(QLocale().toString(stored->recordedAt.toLocalTime(), QLocale::ShortFormat),
                                      stored->sha256.left(16)));
    return true;
}

} // namespace caravan::ui
