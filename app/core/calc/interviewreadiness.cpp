#include "interviewreadiness.h"

#include <QHash>

#include <algorithm>

namespace InterviewReadiness {

QList<FormatReadiness> perFormat(const QList<ScoredSession> &newestFirst, double target)
{
    QList<FormatReadiness> result;
    QHash<QString, qsizetype> index;
    QList<int> sums;
    QList<int> counted;
    for (const ScoredSession &s : newestFirst) {
        auto at = index.constFind(s.format);
        if (at == index.constEnd()) {
            at = index.insert(s.format, result.size());
            result.append({s.format, 0, 0, 0, false});
            sums << 0;
            counted << 0;
        }
        FormatReadiness &r = result[*at];
        ++r.sessions;
        if (counted[*at] < RecentSessions) {
            sums[*at] += scoreOf(s);
            ++counted[*at];
        }
    }
    for (qsizetype i = 0; i < result.size(); ++i) {
        FormatReadiness &r = result[i];
        r.recentAverage = counted.at(i) > 0 ? double(sums.at(i)) / counted.at(i) : 0;
        r.ofTarget = target > 0 ? std::min(1.0, r.recentAverage / target) : 1.0;
        r.ready = r.recentAverage + 1e-9 >= target;
    }
    return result;
}

} // namespace InterviewReadiness
