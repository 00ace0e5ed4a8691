#pragma once

#include <QStyledItemDelegate>

// Shows a cell's whole text as its tooltip when the view cuts it ("Saltmarsh Retail ..."), in
// front of the tooltip the model gives (a description, a meaning). A cell shown whole keeps the
// model's tooltip alone.
class ElidedToolTipDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Keeps its cells on one line (cut at the end) in a view that wraps its other columns.
    void setSingleLine(bool single) { m_singleLine = single; }

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // Whether the cell's text does not fit the cell (on its lines, when the view wraps).
    static bool isCut(const QStyleOptionViewItem &option, const QWidget *widget);
    // The tooltip for a cell: its text when cut, then the model's own tooltip; as HTML that
    // shows the (user's) text as written.
    static QString toolTip(const QStyleOptionViewItem &option, const QModelIndex &index,
                           const QWidget *widget);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    bool m_singleLine = false;
};
