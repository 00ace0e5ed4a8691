#include "sm2.h"

#include <algorithm>
#include <cmath>

namespace Sm2 {

State review(const State &before, int quality, const QDate &day)
{
    const int q = std::clamp(quality, 1, 5);
    State after = before;
    if (q >= 3) {
        after.intervalDays = before.repetitions == 0 ? 1
            : before.repetitions == 1
            ? 6
            : std::max(1, int(std::lround(before.intervalDays * before.ease)));
        after.repetitions = before.repetitions + 1;
    } else {
        after.repetitions = 0;
        after.intervalDays = 1;
    }
    const int miss = 5 - q;
    after.ease = std::max(MinimumEase, before.ease + 0.1 - miss * (0.08 + miss * 0.02));
    after.last = day;
    after.due = day.addDays(after.intervalDays);
    return after;
}

} // namespace Sm2
