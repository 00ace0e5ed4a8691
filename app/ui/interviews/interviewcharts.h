#pragma once

#include "calc/interviewreadiness.h"
#include "calc/topicranking.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QChartView;
class QComboBox;

// Progress in interviews, four charts: the score over time of one format (or all) with a
// moving average; sessions per week stacked by format; the strength of each topic (average of
// its last scores); and readiness per format against the target score from Preferences.
class InterviewCharts : public QWidget
{
    Q_OBJECT
public:
    struct Data
    {
        QList<InterviewReadiness::ScoredSession> scores; // newest first
        QHash<QString, QList<int>> weekly; // format -> sessions per week, oldest week first
        QDate firstWeek;
        QList<TopicRanking::Ranked> topics; // weakest first
        QHash<QString, QString> formatNames;
        double target = InterviewReadiness::DefaultTargetScore;
    };

    static constexpr int Weeks = 12;
    static constexpr int MovingAverage = 5;

    explicit InterviewCharts(QWidget *parent = nullptr);

    void setData(const Data &data);
    const Data &data() const { return m_data; }
    // The moving average of VALUES over WINDOW points (the first points average what there is).
    static QList<double> movingAverage(const QList<int> &values, int window);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void redraw();
    void drawScores();
    void drawWeekly();
    void drawTopics();
    void drawReadiness();
    QString formatName(const QString &key) const { return m_data.formatNames.value(key, key); }

    Data m_data;
    bool m_dirty = false;
    QComboBox *m_format;
    QChartView *m_scoreView;
    QChartView *m_weeklyView;
    QChartView *m_topicView;
    QChartView *m_readinessView;
};
