#pragma once

#include "common/wrappingtreedelegate.h"

// Edits levels (0-5, each with its meaning as a tooltip), priority and status in place with a
// drop-down that commits as soon as a choice is made. A name longer than its column goes on to
// more lines (the tree's rows take the height of their names).
class SkillItemDelegate : public WrappingTreeDelegate
{
    Q_OBJECT
public:
    using WrappingTreeDelegate::WrappingTreeDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    // A drop-down at least as wide as its longest choice, even in a narrow column.
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
};
