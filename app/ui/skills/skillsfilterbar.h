#pragma once

#include "domain/roadmapgroup.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class SkillsFilterProxy;

// Grouping (stage or category) and the filters of the Skills page: text, status, stage and
// "gaps only". It drives the filter proxy directly.
class SkillsFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit SkillsFilterBar(SkillsFilterProxy *proxy, QWidget *parent = nullptr);

    RoadmapGroup::Kind grouping() const;
    void setGrouping(RoadmapGroup::Kind kind);
    void setStages(const QList<RoadmapGroup> &stages);
    void clearFilters();

signals:
    void groupingChanged(RoadmapGroup::Kind kind);

private:
    SkillsFilterProxy *m_proxy;
    QComboBox *m_groupBy;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_stage;
    QCheckBox *m_gapsOnly;
};
