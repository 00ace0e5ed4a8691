#include "progressstats.h"

#include <algorithm>

QMap<QDate, int> ProgressStats::heatmap(const QMap<QDate, int> &minutesPerDay, const QDate &from,
                                        const QDate &to)
{
    QMap<QDate, int> days;
    if (!from.isValid() || !to.isValid() || from > to || from.daysTo(to) > 3660)
        return days;
    for (QDate d = from; d <= to; d = d.addDays(1))
        days.insert(d, 0);
    for (auto it = minutesPerDay.lowerBound(from); it != minutesPerDay.end() && it.key() <= to;
         ++it)
        days[it.key()] += std::max(0, it.value());
    return days;
}

ProgressStats::Streaks ProgressStats::streaks(const QMap<QDate, int> &minutesPerDay,
                                              const QDate &today)
{
    Streaks s;
    QDate previous;
    int run = 0;
    for (auto it = minutesPerDay.cbegin(); it != minutesPerDay.cend(); ++it) {
        if (it.value() <= 0 || it.key() > today)
            continue;
        run = previous.isValid() && previous.daysTo(it.key()) == 1 ? run + 1 : 1;
        previous = it.key();
        s.longest = std::max(s.longest, run);
    }
    // The current streak is still alive if the last study day is today or yesterday.
    if (previous.isValid() && previous.daysTo(today) <= 1)
        s.current = run;
    return s;
}

QDate ProgressStats::weekStart(const QDate &today)
{
    return today.addDays(1 - today.dayOfWeek());
}

static double hoursBetween(const QMap<QDate, int> &minutesPerDay, const QDate &from,
                           const QDate &to)
{
    qint64 minutes = 0;
    for (auto it = minutesPerDay.lowerBound(from); it != minutesPerDay.end() && it.key() <= to;
         ++it)
        minutes += std::max(0, it.value());
    return minutes / 60.0;
}

double ProgressStats::hoursThisWeek(const QMap<QDate, int> &minutesPerDay, const QDate &today)
{
    return hoursBetween(minutesPerDay, weekStart(today), today);
}

ProgressStats::Pace ProgressStats::pace(const QMap<QDate, int> &minutesPerDay, const QDate &today,
                                        int weeks, double budgetHoursPerWeek)
{
    Pace p;
    p.budgetHoursPerWeek = std::max(0.0, budgetHoursPerWeek);
    if (weeks <= 0 || !today.isValid())
        return p;
    const QDate end = weekStart(today).addDays(-1);
    const QDate from = weekStart(today).addDays(-7 * weeks);
    // Weeks before the first study day are not part of the record: a user who started two
    // weeks ago has a pace over two weeks, not over eight.
    QDate first;
    for (auto it = minutesPerDay.cbegin(); it != minutesPerDay.cend(); ++it) {
        if (it.value() > 0) {
            first = it.key();
            break;
        }
    }
    if (!first.isValid() || first > end)
        return p;
    const QDate start = std::max(from, weekStart(first));
    p.weeks = int(start.daysTo(end) + 1) / 7;
    if (p.weeks > 0)
        p.hoursPerWeek = hoursBetween(minutesPerDay, start, end) / p.weeks;
    return p;
}

bool ProgressStats::projectionUsesPace(const Pace &pace)
{
    return pace.weeks >= 2 && pace.hoursPerWeek > 0;
}

double ProgressStats::projectionHoursPerWeek(const Pace &pace)
{
    if (projectionUsesPace(pace))
        return pace.hoursPerWeek;
    return pace.budgetHoursPerWeek;
}

int ProgressStats::levelsGainedThisMonth(const QList<LevelChange> &changes, const QDate &today)
{
    int gained = 0;
    for (const LevelChange &c : changes) {
        if (c.on.year() == today.year() && c.on.month() == today.month() && c.on <= today)
            gained += c.to - c.from;
    }
    return gained;
}

double ProgressStats::overallProgress(const QList<int> &levels, const QList<int> &targets)
{
    int reached = 0;
    int targeted = 0;
    for (qsizetype i = 0; i < std::min(levels.size(), targets.size()); ++i) {
        const int target = std::max(0, targets[i]);
        targeted += target;
        reached += std::clamp(levels[i], 0, target);
    }
    return targeted > 0 ? double(reached) / targeted : 1.0;
}
