#pragma once

#include <QDate>
#include <QList>
#include <QMap>

#include <optional>

// Progress over time, as pure functions over what the workbench records: study minutes per
// day (the heatmap, streaks, pace against the weekly budget) and level changes (levels gained).
class ProgressStats
{
public:
    // The weeks a pace is averaged over, on the Dashboard and in the Skills page's projection.
    static constexpr int PaceWeeks = 8;

    struct LevelChange
    {
        qint64 skillId = 0;
        QDate on;
        int from = 0;
        int to = 0;
    };
    struct Streaks
    {
        int current = 0; // consecutive study days ending today (or yesterday, if not yet today)
        int longest = 0;
    };
    struct Pace
    {
        double hoursPerWeek = 0; // actually studied, averaged over the weeks looked at
        double budgetHoursPerWeek = 0;
        int weeks = 0;
        // Actual over budget (1.4 = 40 % more than planned); unset without a budget.
        std::optional<double> ratio() const
        {
            if (budgetHoursPerWeek <= 0)
                return std::nullopt;
            return hoursPerWeek / budgetHoursPerWeek;
        }
    };

    // Minutes per day from FROM to TO inclusive, every day present (0 where nothing was logged).
    static QMap<QDate, int> heatmap(const QMap<QDate, int> &minutesPerDay, const QDate &from,
                                    const QDate &to);
    static Streaks streaks(const QMap<QDate, int> &minutesPerDay, const QDate &today);
    // The Monday-to-Sunday week holding TODAY (ISO weeks, as the weekly charts count).
    static QDate weekStart(const QDate &today);
    // Hours studied in the week holding TODAY, up to and including TODAY.
    static double hoursThisWeek(const QMap<QDate, int> &minutesPerDay, const QDate &today);
    // The average over the WEEKS full weeks before the one holding TODAY (the current week is
    // not over yet and would drag the average down).
    static Pace pace(const QMap<QDate, int> &minutesPerDay, const QDate &today, int weeks,
                     double budgetHoursPerWeek);
    // The weekly hours a projection should use: the pace actually achieved once there is a
    // record of WEEKS weeks with some study, the budget until then.
    static double projectionHoursPerWeek(const Pace &pace);
    // True when projectionHoursPerWeek() is the pace, false when it is the budget.
    static bool projectionUsesPace(const Pace &pace);
    // Net levels gained (raised minus lowered) in the calendar month holding TODAY.
    static int levelsGainedThisMonth(const QList<LevelChange> &changes, const QDate &today);
    // Levels reached towards the targets over levels targeted, 0..1 (1 with nothing targeted).
    // LEVELS and TARGETS are per skill, in the same order; skipped skills are left out by the
    // caller.
    static double overallProgress(const QList<int> &levels, const QList<int> &targets);
};
