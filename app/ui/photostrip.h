#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace caravan::data {
class PhotoStore;
}

namespace caravan::ui {

// A listing's photos: up to 12, the first is the cover. Add by file dialog, drag and drop (files from
// the desktop), paste, or the camera; reorder by dragging; rotate, crop, make cover, remove.
// Every added picture goes through data::PhotoStore (re-encoded, metadata removed).
class PhotoStrip final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxPhotos = 12;

    explicit PhotoStrip(data::PhotoStore *store, QWidget *parent = nullptr);

    void setPhotos(const QStringList &sha256s);
    [[nodiscard]] QStringList photos() const;

    // Adds files (as dropped or chosen); returns the reasons for any refused, also shown in the strip.
    QStringList addFiles(const QStringList &paths);
    QStringList addImage(const QImage &image);
    void pasteFromClipboard();
    void openCamera();
    void rotateSelected(int quarterTurns);
    void cropSelected();
    void makeSelectedCover();
    void removeSelected();
    [[nodiscard]] QString message() const;

signals:
    void photosChanged(const QStringList &sha256s);

private:
    void addFromDialog();
    void appendPhoto(const QString &sha256);
    void replaceSelected(const QString &sha256);
    void showMessage(const QString &text, bool error);
    void refreshState();
    int selectedRow() const;

    data::PhotoStore *m_store;
    QListWidget *m_list;
    QLabel *m_message;
    QLabel *m_count;
    QList<QPushButton *> m_selectionButtons;
    QPushButton *m_add;
};

} // namespace caravan::ui
