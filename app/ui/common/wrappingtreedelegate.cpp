#include "wrappingtreedelegate.h"

#include <QHeaderView>
#include <QTreeView>

WrappingTreeDelegate::WrappingTreeDelegate(QTreeView *tree)
    : ElidedToolTipDelegate(tree)
    , m_tree(tree)
{ }

QSize WrappingTreeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    // Only the first column wraps: the others size to their contents, on one line.
    if (index.column() != m_tree->header()->logicalIndex(0))
        return QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt = option;
    // The first column also holds the branch lines: one indentation per level.
    int depth = m_tree->rootIsDecorated() ? 1 : 0;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        ++depth;
    const int width = m_tree->header()->sectionSize(index.column()) - depth * m_tree->indentation();
    // The style wraps only within a valid rectangle (a height too); the height is the text's.
    opt.rect = QRect(0, 0, std::max(1, width), std::max(1, opt.rect.height()));
    return QStyledItemDelegate::sizeHint(opt, index);
}
