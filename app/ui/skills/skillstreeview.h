#pragma once

#include <QTreeView>

// The skills tree: rows selected whole, edited in place, dragged to reorder, and usable from
// the keyboard. With whole rows selected QTreeView ignores Left and Right, so the level and
// target columns could not be reached without a mouse: here Left and Right move between
// the cells of a row, and F2 (the page's Rename action) or Enter edits the cell. Left on the
// name column and Right on a closed stage keep their tree meaning.
class SkillsTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit SkillsTreeView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // Fits every column but the name (which takes what is left) to the rows in view, a sample
    // of the rest and every fixed text a cell can show, so an edit never truncates one.
    void fitColumns();

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void keyPressEvent(QKeyEvent *event) override;
};
