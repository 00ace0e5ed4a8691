#pragma once

#include "calc/progressstats.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QWidget>

class QLabel;
class QProgressBar;
class StudyHeatmap;

// The Dashboard's progress over time: this week against the weekly budget, levels gained this
// month, overall roadmap progress, streaks, the pace actually achieved, and the study heatmap.
class ProgressPanel : public QWidget
{
    Q_OBJECT
public:
    struct Figures
    {
        QDate today;
        QMap<QDate, int> minutesPerDay; // the whole record (for the longest streak)
        QList<ProgressStats::LevelChange> levelChanges; // this month's at least
        QList<int> levels; // per targeted, not skipped skill
        QList<int> targets;
        double weeklyBudgetHours = 0;
    };

    explicit ProgressPanel(QWidget *parent = nullptr);

    void setFigures(const Figures &figures);
    // "14.2 h a week over the last 8 weeks, budget 10 h", or why there is no pace yet.
    static QString paceText(const ProgressStats::Pace &pace);

private:
    QWidget *tile(const QString &title, QLabel *value, QLabel *detail, QProgressBar *bar);

    QLabel *m_weekValue;
    QLabel *m_weekDetail;
    QProgressBar *m_weekBar;
    QLabel *m_levelsValue;
    QLabel *m_levelsDetail;
    QLabel *m_overallValue;
    QLabel *m_overallDetail;
    QProgressBar *m_overallBar;
    QLabel *m_streakValue;
    QLabel *m_streakDetail;
    QLabel *m_pace;
    StudyHeatmap *m_heatmap;
};
