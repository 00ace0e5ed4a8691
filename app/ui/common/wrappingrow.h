#pragma once

#include <QList>
#include <QWidget>

class QBoxLayout;

// A toolbar row of groups (the filters, the buttons) that stands on one line when they fit
// at their natural width and stacks them, one group per line, when they do not. Its minimum
// width is that of its widest group, so a long translation (German) never forces the page
// wider than the window or squeezes a filter field to "Fähi…".
class WrappingRow : public QWidget
{
    Q_OBJECT
public:
    explicit WrappingRow(QWidget *parent = nullptr);

    // Adds GROUP after the others; STRETCH as in QBoxLayout (on one line).
    void addGroup(QWidget *group, int stretch = 0);
    bool isStacked() const;

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int oneLineWidth() const;
    void arrange(int width);

    QBoxLayout *m_box;
    QList<QWidget *> m_groups;
};
