#include "elidedtooltipdelegate.h"

#include <QAbstractItemView>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QStyle>
#include <QToolTip>

using namespace Qt::StringLiterals;

void ElidedToolTipDelegate::initStyleOption(QStyleOptionViewItem *option,
                                            const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (m_singleLine)
        option->features &= ~QStyleOptionViewItem::WrapText;
}

bool ElidedToolTipDelegate::isCut(const QStyleOptionViewItem &option, const QWidget *widget)
{
    if (option.text.isEmpty())
        return false;
    const QStyle *style = widget ? widget->style() : nullptr;
    if (!style)
        return false;
    // The text's rectangle less the margins the style keeps on either side.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &option, widget)
                           .adjusted(margin, 0, -margin, 0);
    const QFontMetrics metrics(option.font);
    const bool wraps = option.features & QStyleOptionViewItem::WrapText;
    const QRect need = metrics.boundingRect(QRect(0, 0, std::max(1, rect.width()), 100000),
                                            wraps ? int(Qt::TextWordWrap) : int(Qt::TextSingleLine),
                                            option.text);
    return need.width() > rect.width() || need.height() > rect.height();
}

QString ElidedToolTipDelegate::toolTip(const QStyleOptionViewItem &option, const QModelIndex &index,
                                       const QWidget *widget)
{
    const QString own = index.data(Qt::ToolTipRole).toString();
    if (!isCut(option, widget))
        return own;
    QString tip = option.text;
    if (!own.isEmpty() && own != option.text)
        tip += u"\n\n"_s + own;
    return u"<p style='white-space:pre-wrap'>%1</p>"_s.arg(tip.toHtmlEscaped());
}

bool ElidedToolTipDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                      const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid() || !view)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!isCut(opt, view))
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QToolTip::showText(event->globalPos(), toolTip(opt, index, view), view->viewport(),
                       option.rect);
    return true;
}
