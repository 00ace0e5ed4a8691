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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleFit();

    QAbstractItemView *m_view;
    QHeaderView *m_header;
    int m_column;
    int m_maxChars;
    bool m_pending = false;
    bool m_fitting = false;
};
