#pragma once

#include "calc/learningplanner.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

// "What to learn next": the planner's ranked list with the reason for each place.
class LearnNextWidget : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxShown = 100;

    explicit LearnNextWidget(QWidget *parent = nullptr);

    void setSteps(const QList<LearningPlanner::Step> &steps);

signals:
    void skillActivated(qint64 skillId);

private:
    QLabel *m_intro;
    QTreeWidget *m_list;
};
