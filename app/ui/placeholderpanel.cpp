#include "ui/placeholderpanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace caravan::ui {

PlaceholderPanel::PlaceholderPanel(const QString &title, const QString &explanation, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_explanation(new QLabel(explanation, this))
{
    setObjectName(QStringLiteral("placeholderPanel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignHCenter);
    m_explanation->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignHCenter);
    // A fixed width lets the word-wrapped text take the height it needs.
    m_explanation->setFixedWidth(460);
    m_explanation->setObjectName(QStringLiteral("placeholderExplanation"));
    QFont explanationFont = m_explanation->font();
    explanationFont.setPointSizeF(explanationFont.pointSizeF() * 1.15);
    m_explanation->setFont(explanationFont);
    QPalette muted = m_explanation->palette();
    muted.setColor(QPalette::WindowText, QColor(0x56, 0x63, 0x6a));
    m_explanation->setPalette(muted);
    m_explanation->setMinimumHeight(m_explanation->heightForWidth(m_explanation->width()));

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_explanation, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

QString PlaceholderPanel::title() const
{
    return m_title->text();
}

QString PlaceholderPanel::explanation() const
{
    return m_explanation->text();
}

} // namespace caravan::ui
