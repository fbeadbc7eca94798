#pragma once

#include <QWidget>

class QLabel;

namespace caravan::ui {

// An honest panel for a section that is not built yet: a title and one or two sentences saying so.
class PlaceholderPanel final : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPanel(const QString &title, const QString &explanation, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const;
    [[nodiscard]] QString explanation() const;

private:
    QLabel *m_title;
    QLabel *m_explanation;
};

} // namespace caravan::ui
