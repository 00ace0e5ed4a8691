#pragma once

// What every benchmark needs: the best of N runs, and one line per measurement with the ratio
// to a baseline measured in the same run. Benchmarks report; they never fail on time.

#include <QElapsedTimer>
#include <QtGlobal>

#include <cstdio>
#include <limits>

namespace Bench {

// Prints WHAT, its time, the baseline's and their ratio (and, when given, how many SQL
// statements it ran).
inline void report(const char *what, qint64 ns, qint64 baselineNs, int statements = -1)
{
    std::printf("%-58s %9.2f ms  baseline %8.2f ms  ratio %6.2f", what, ns / 1e6, baselineNs / 1e6,
                baselineNs > 0 ? double(ns) / double(baselineNs) : 0.0);
    if (statements >= 0)
        std::printf("  statements %d", statements);
    std::printf("\n");
    std::fflush(stdout);
}

// The fastest of RUNS runs of F, in nanoseconds.
template<typename F>
qint64 bestOf(int runs, F f)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = qMin(best, t.nsecsElapsed());
    }
    return best;
}

} // namespace Bench
