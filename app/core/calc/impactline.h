#pragma once

#include "domain/projectmetric.h"

#include <QLocale>
#include <QString>

#include <optional>

// Turns a project metric into the line a resume shows, in the user's locale:
//   "F1 0.71 → 0.84 (+18.3%)", "p95 latency 420 ms → 95 ms (−77.4%)",
//   "F1 0.84" (no baseline), "Users from 0 to 12" (a zero baseline).
// The sign in brackets is the direction the number moved (U+2212 for minus); whether that is
// an improvement depends on higherIsBetter (see improved()). Reports use the same functions.
namespace ImpactLine {

// The whole line.
QString text(const ProjectMetric &metric, const QLocale &locale = QLocale());
// A value with the metric's unit: "420 ms", "0.84", "91%".
QString value(double v, const QString &unit, const QLocale &locale = QLocale());
// Relative change from BASELINE to ACHIEVED in percent, measured against |baseline|; none
// when there is no baseline or it is zero.
std::optional<double> percentChange(const ProjectMetric &metric);
// "+18.3%", "−77.4%", "0.0%".
QString percentText(double percent, const QLocale &locale = QLocale());
// True when the metric moved the good way; none when there is no baseline or no change.
std::optional<bool> improved(const ProjectMetric &metric);

} // namespace ImpactLine
