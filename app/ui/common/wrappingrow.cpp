#include "wrappingrow.h"

#include <QBoxLayout>
#include <QResizeEvent>

#include <algorithm>

WrappingRow::WrappingRow(QWidget *parent)
    : QWidget(parent)
    , m_box(new QBoxLayout(QBoxLayout::LeftToRight, this))
{
    m_box->setContentsMargins(0, 0, 0, 0);
    // The row reports its own minimum (the widest group): the layout must not impose the
    // one-line minimum on it.
    m_box->setSizeConstraint(QLayout::SetNoConstraint);
}

void WrappingRow::addGroup(QWidget *group, int stretch)
{
    group->setParent(this);
    m_groups.append(group);
    m_box->addWidget(group, stretch);
    arrange(width());
}

bool WrappingRow::isStacked() const
{
    return m_box->direction() == QBoxLayout::TopToBottom;
}

int WrappingRow::oneLineWidth() const
{
    int total = 0;
    for (const QWidget *g : m_groups)
        total += g->sizeHint().width();
    return total + m_box->spacing() * std::max<int>(0, int(m_groups.size()) - 1);
}

QSize WrappingRow::minimumSizeHint() const
{
    int widest = 0;
    for (const QWidget *g : m_groups)
        widest = std::max(widest, g->minimumSizeHint().width());
    return {widest, QWidget::minimumSizeHint().height()};
}

void WrappingRow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange(event->size().width());
}

void WrappingRow::arrange(int width)
{
    const auto wanted = width >= oneLineWidth() ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_box->direction() == wanted)
        return;
    m_box->setDirection(wanted);
    updateGeometry(); // the height changes: the page's layout makes room
}
