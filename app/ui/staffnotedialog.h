#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace caravan::ui {

// Confirms a staff decision with a note (a listing's removal, an identity's refusal, …): the question, the
// note, and a confirm button that stays disabled, saying why, while a required note is empty. The dialog
// stays open while the server answers: the view closes it on success or shows the error in it.
class StaffNoteDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Texts
    {
        QString title;
        QString question;
        QString placeholder;
        QString confirm;      // the confirm button's text
        QString noteRequired; // why the button is disabled while the note is empty; "" when it is optional
    };

    StaffNoteDialog(const Texts &texts, QWidget *parent = nullptr);

    void setNote(const QString &note);
    [[nodiscard]] QString note() const;
    // As the confirm button: emits submitted() when the note allows it.
    void confirm();
    void showError(const QString &message);

    [[nodiscard]] QPushButton *confirmButton() const { return m_confirm; }
    [[nodiscard]] QString questionText() const;
    [[nodiscard]] QString messageText() const;

signals:
    void submitted(const QString &note);

private:
    void update();

    Texts m_texts;
    QLabel *m_question;
    QPlainTextEdit *m_note;
    QLabel *m_message;
    QPushButton *m_confirm;
    bool m_busy = false;
};

} // namespace caravan::ui
