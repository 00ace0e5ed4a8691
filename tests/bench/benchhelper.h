#pragma once

// What every benchmark needs: the best of N runs (wall or processor time), and one line per
// measurement with the ratio to a baseline measured in the same run. Benchmarks report; they
// never fail on time.

#include <QElapsedTimer>
#include <QtGlobal>

#include <cstdio>
#include <ctime>
#include <limits>

namespace Bench {

// Prints WHAT, its time, the baseline's and their ratio (and, when given, how many SQL
// statements it ran). UNIT says which clock ("ms" wall, "ms CPU" processor time).
inline void report(const char *what, qint64 ns, qint64 baselineNs, int statements = -1,
                   const char *unit = "ms")
{
    std::printf("%-58s %9.2f %s  baseline %8.2f ms  ratio %6.2f", what, ns / 1e6, unit,
                baselineNs / 1e6, baselineNs > 0 ? double(ns) / double(baselineNs) : 0.0);
    if (statements >= 0)
        std::printf("  statements %d", statements);
    std::printf("\n");
    std::fflush(stdout);
}

// The same for processor times.
inline void reportCpu(const char *what, qint64 ns, qint64 baselineNs)
{
    report(what, ns, baselineNs, -1, "ms CPU");
}

// Processor time of this process in nanoseconds: on a machine shared with other builds, wall
// time swings with the load, while the work done (what a ratio compares) does not.
inline qint64 cpuNow()
{
    return qint64(double(std::clock()) * 1e9 / CLOCKS_PER_SEC);
}

// Both clocks of one measurement.
struct Timing
{
    qint64 wallNs = std::numeric_limits<qint64>::max();
    qint64 cpuNs = std::numeric_limits<qint64>::max();
};

// The fastest of RUNS runs of F, on each clock.
template<typename F>
Timing bestTimingOf(int runs, F f)
{
    Timing best;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const qint64 c0 = cpuNow();
        t.start();
        f();
        best.wallNs = qMin(best.wallNs, t.nsecsElapsed());
        best.cpuNs = qMin(best.cpuNs, cpuNow() - c0);
    }
    return best;
}

// The fastest of RUNS runs of F, in nanoseconds of wall time.
template<typename F>
qint64 bestOf(int runs, F f)
{
    return bestTimingOf(runs, f).wallNs;
}

// The fastest of RUNS runs of F, in nanoseconds of processor time.
template<typename F>
qint64 bestCpuOf(int runs, F f)
{
    return bestTimingOf(runs, f).cpuNs;
}

} // namespace Bench
