#pragma once

#include "calc/completionprojector.h"
#include "calc/progressstats.h"
#include "domain/roadmapgroup.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QProgressBar;

// The Skills page header: levels reached over levels targeted for the whole roadmap and for
// each stage, with the date each stage is projected to be done at the weekly budget.
class StageProgressWidget : public QWidget
{
    Q_OBJECT
public:
    explicit StageProgressWidget(QWidget *parent = nullptr);

    void setProgress(const QList<RoadmapGroup> &stages,
                     const QList<CompletionProjector::Progress> &progress,
                     const ProgressStats::Pace &pace, double hoursPerLevel);
    // Which weekly hours the projection used, and why.
    static QString basisText(const ProgressStats::Pace &pace);

    // The text shown for a stage's projection ("done", a date, or why there is none).
    static QString projectionText(const CompletionProjector::Progress &p, double weeklyBudget);

private:
    QLabel *m_overall;
    QProgressBar *m_overallBar;
    QGridLayout *m_grid;
    QList<QWidget *> m_cells;
};
