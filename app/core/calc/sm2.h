#pragma once

#include <QDate>

// SM-2 style spacing for interview topics. A review's quality is the 1-5 score the topic got in
// a session; 3 and above is a pass. Passes grow the interval (1 day, 6 days, then the last
// interval times the ease); a fail starts again at 1 day. Every review moves the ease by
// 0.1 - (5 - q) * (0.08 + (5 - q) * 0.02), never below 1.3.
namespace Sm2 {

struct State
{
    double ease = 2.5;
    int intervalDays = 0;
    int repetitions = 0;
    QDate last; // invalid: never reviewed
    QDate due; // invalid: never reviewed (due now)
};

constexpr double MinimumEase = 1.3;

// The state after a review of QUALITY (clamped to 1-5) on DAY.
State review(const State &before, int quality, const QDate &day);

// Whether a topic in STATE is due on TODAY (never reviewed counts as due).
inline bool isDue(const State &state, const QDate &today)
{
    return !state.due.isValid() || state.due <= today;
}

} // namespace Sm2
