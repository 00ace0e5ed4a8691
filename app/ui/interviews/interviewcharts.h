#pragma once

#include "calc/interviewreadiness.h"
#include "calc/topicranking.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTimer;

// Progress in interviews, four charts: the score over time of one format (or all) with a
// moving average; sessions per week stacked by format; the strength of each topic (average of
// its last scores); and readiness per format against the target score from Preferences.
// One chart at a time, chosen above it: four in a quarter of a 1024x640 screen each had their
// axis labels cut to "..." and every other category name dropped.
class InterviewCharts : public QWidget
{
    Q_OBJECT
public:
    enum Chart { ScoreOverTime, SessionsPerWeek, TopicStrength, Readiness, ChartCount };

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
    // Shows CHART (what choosing it in the chart list does).
    void showChart(Chart chart);
    Chart currentChart() const;
    QChartView *view(Chart chart) const;
    // The moving average of VALUES over WINDOW points (the first points average what there is).
    static QList<double> movingAverage(const QList<int> &values, int window);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void redraw();
    void draw(Chart chart);
    void drawScores();
    void drawWeekly();
    void drawTopics();
    void drawReadiness();
    QString formatName(const QString &key) const { return m_data.formatNames.value(key, key); }

    Data m_data;
    bool m_dirty = false;
    QComboBox *m_chart;
    QLabel *m_formatLabel;
    QComboBox *m_format;
    QStackedWidget *m_stack;
    QChartView *m_scoreView;
    QChartView *m_weeklyView;
    QChartView *m_topicView;
    QChartView *m_readinessView;
    QTimer *m_resized;
};
