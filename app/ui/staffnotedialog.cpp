#include "ui/staffnotedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace caravan::ui {

StaffNoteDialog::StaffNoteDialog(const Texts &texts, QWidget *parent)
    : QDialog(parent)
    , m_texts(texts)
    , m_question(new QLabel(texts.question, this))
    , m_note(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_confirm(new QPushButton(texts.confirm, this))
{
    setObjectName(QStringLiteral("staffNoteDialog"));
    setWindowTitle(texts.title);
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);
    QFont font = m_question->font();
    font.setBold(true);
    m_question->setFont(font);
    m_note->setPlaceholderText(texts.placeholder);
    m_note->setTabChangesFocus(true);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, &StaffNoteDialog::confirm);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_busy)
            m_message->clear();
        update();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(520, 300);
    update();
}

void StaffNoteDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

QString StaffNoteDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void StaffNoteDialog::update()
{
    const bool missing = !m_texts.noteRequired.isEmpty() && note().isEmpty();
    m_confirm->setEnabled(!m_busy && !missing);
    m_confirm->setToolTip(missing ? m_texts.noteRequired : QString());
    if (missing && m_message->text().isEmpty())
        m_message->setText(m_texts.noteRequired);
    else if (!missing && m_message->text() == m_texts.noteRequired)
        m_message->clear();
}

void StaffNoteDialog::confirm()
{
    if (m_busy || (!m_texts.noteRequired.isEmpty() && note().isEmpty())) {
        update();
        return;
    }
    m_busy = true;
    m_message->setText(tr("Sending…"));
    update();
    emit submitted(note());
}

void StaffNoteDialog::showError(const QString &message)
{
    m_busy = false;
    m_message->setText(message);
    update();
}

QString StaffNoteDialog::questionText() const
{
    return m_question->text();
}

QString StaffNoteDialog::messageText() const
{
    return m_message->text();
}

} // namespace caravan::ui
