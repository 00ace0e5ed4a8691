#pragma once

#include <QObject>

class QAbstractItemView;
class QHeaderView;

// Keeps the name column of a table or tree readable on small screens. The column takes the
// room the other columns leave, as a stretched column would; but when that room is less than
// what the names need (up to MAXCHARS average characters), the column keeps that width and the
// view scrolls sideways to the last columns instead of cutting every name to "AWS C...".
class NameColumnFitter : public QObject
{
    Q_OBJECT
public:
    NameColumnFitter(QAbstractItemView *view, QHeaderView *header, int column, int maxChars = 28);

    // The width the names need: the widest of the first rows, capped at maxChars characters.
    int readableWidth() const;
    void fit();
    // A column that steps aside (hidden) while the names lack their readable width, and comes
    // back when the view is wide enough for both: a preview also shown elsewhere.
    void setExpendableColumn(int column);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleFit();

    QAbstractItemView *m_view;
    QHeaderView *m_header;
    int m_column;
    int m_maxChars;
    int m_expendable = -1;
    int m_expendableWidth = 0;
    bool m_pending = false;
    bool m_fitting = false;
};
