#include "topicranking.h"

#include <algorithm>

namespace TopicRanking {

double recentAverage(const QList<int> &newestFirst)
{
    const qsizetype n = std::min<qsizetype>(newestFirst.size(), RecentScores);
    if (n == 0)
        return 0;
    int sum = 0;
    for (qsizetype i = 0; i < n; ++i)
        sum += newestFirst.at(i);
    return double(sum) / double(n);
}

QList<Ranked> weakest(const QList<TopicScores> &topics, int limit)
{
    QList<Ranked> ranked;
    ranked.reserve(topics.size());
    for (const TopicScores &t : topics) {
        if (t.scores.isEmpty())
            continue;
        ranked.append({t.topicId, t.name, recentAverage(t.scores),
                       int(std::min<qsizetype>(t.scores.size(), RecentScores))});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        // Compare averages as sums over a common count to avoid rounding noise.
        const long long lhs = std::llround(a.average * 60.0);
        const long long rhs = std::llround(b.average * 60.0);
        if (lhs != rhs)
            return lhs < rhs;
        if (a.count != b.count)
            return a.count > b.count;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    if (limit >= 0 && ranked.size() > limit)
        ranked.resize(limit);
    return ranked;
}

} // namespace TopicRanking
