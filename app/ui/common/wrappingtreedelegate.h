#pragma once

#include "elidedtooltipdelegate.h"

class QTreeView;

// Lets a tree's rows grow to the height of their wrapped text in the first column (with the
// tree's wordWrap on). A QTreeView asks its delegate for a row's height without telling it the
// column's width, so a long text stays on one line and ends in "..."; this delegate measures
// the text at the width the column gives it. Text still cut shows whole in its tooltip.
class WrappingTreeDelegate : public ElidedToolTipDelegate
{
    Q_OBJECT
public:
    explicit WrappingTreeDelegate(QTreeView *tree);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_tree;
};
