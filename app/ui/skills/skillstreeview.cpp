#include "skillstreeview.h"

#include "common/namecolumnfitter.h"

#include "skillitemdelegate.h"
#include "skillsmodel.h"

#include <QHeaderView>
#include <QKeyEvent>

using namespace Qt::StringLiterals;

SkillsTreeView::SkillsTreeView(QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(u"skillsTree"_s);
    setAccessibleName(tr("Skills"));
    setItemDelegate(new SkillItemDelegate(this));
    // A long name (Spanish "Despliegue en el borde y en móviles con TensorFlow Lite") goes on
    // to a second line rather than ending in "..." at 1024x640 (issue #9): rows are as tall as
    // their wrapped names, again whenever the name column changes width.
    setWordWrap(true);
    setUniformRowHeights(false);
    setTextElideMode(Qt::ElideRight);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::SelectedClicked);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setContextMenuPolicy(Qt::CustomContextMenu);
}

void SkillsTreeView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    header()->setSortIndicatorClearable(true);
    setSortingEnabled(true);
    sortByColumn(-1, Qt::AscendingOrder);
    header()->setStretchLastSection(false);
    header()->setMinimumSectionSize(48);
    // The other columns are fitted on load (fitColumns()); the skill name takes what is left,
    // so the status, evidence and hours stay in view without scrolling sideways. Not
    // ResizeToContents: that measures hundreds of rows on every edit and every relayout,
    // which made a 2,000-skill roadmap stutter.
    header()->setSectionResizeMode(QHeaderView::Interactive);
    // The name takes what the other columns leave, but never less than names need: on a small
    // screen the last columns scroll instead of every name becoming "Fo...".
    new NameColumnFitter(this, header(), SkillsModel::Name);
    connect(header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == SkillsModel::Name)
            scheduleDelayedItemsLayout();
    });
    header()->setResizeContentsPrecision(200);
}

void SkillsTreeView::fitColumns()
{
    const QFontMetrics metrics(font());
    const int margin = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1)
        + metrics.averageCharWidth();
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + 4;
    for (int c = SkillsModel::Current; c < SkillsModel::ColumnCount; ++c) {
        resizeColumnToContents(c);
        int width = columnWidth(c);
        for (const QString &text : SkillsModel::fixedTexts(c))
            width = std::max(
                width,
                metrics.horizontalAdvance(text) + margin
                    + (c == SkillsModel::Evidence || c == SkillsModel::Status ? icon : 0));
        setColumnWidth(c, width);
    }
}

QModelIndex SkillsTreeView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || (action != MoveLeft && action != MoveRight))
        return QTreeView::moveCursor(action, modifiers);
    const int visual = header()->visualIndex(current.column());
    const bool isGroup = !current.parent().isValid();
    const bool treeMove = (action == MoveLeft && visual == 0)
        || (action == MoveRight && isGroup && !isExpanded(current.siblingAtColumn(0)));
    if (treeMove)
        return QTreeView::moveCursor(action, modifiers);
    const int step = action == MoveRight ? 1 : -1;
    for (int v = visual + step; v >= 0 && v < header()->count(); v += step) {
        const int logical = header()->logicalIndex(v);
        if (!isColumnHidden(logical))
            return current.siblingAtColumn(logical);
    }
    return current;
}

void SkillsTreeView::keyPressEvent(QKeyEvent *event)
{
    // Enter edits the current cell, as F2 does (item views only do that on macOS).
    const QModelIndex i = currentIndex();
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && event->modifiers() == Qt::NoModifier && state() != EditingState
        && (i.flags() & Qt::ItemIsEditable)) {
        edit(i);
        event->accept();
        return;
    }
    QTreeView::keyPressEvent(event);
}
