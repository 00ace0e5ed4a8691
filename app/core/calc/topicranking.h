#pragma once

#include <QDate>
#include <QList>
#include <QString>

// Which interview topics to practise: the weakest by their recent scores, and those due.
namespace TopicRanking {

// How many of a topic's most recent scores its strength averages.
constexpr int RecentScores = 5;

struct TopicScores
{
    qint64 topicId = 0;
    QString name;
    QList<int> scores; // 1-5, newest first (only the first RecentScores count)
};

struct Ranked
{
    qint64 topicId = 0;
    QString name;
    double average = 0; // of the last RecentScores scores
    int count = 0; // scores averaged
};

// The average of the newest RecentScores scores (0 when there are none).
double recentAverage(const QList<int> &newestFirst);

// Topics with at least one score, weakest first: lowest recent average, then the topic with
// more evidence for it (more scores), then by name. At most LIMIT (all when LIMIT < 0).
QList<Ranked> weakest(const QList<TopicScores> &topics, int limit = -1);

} // namespace TopicRanking
