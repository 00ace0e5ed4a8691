#pragma once

#include <QString>

#include <optional>

// One measured result of a project (table `project_metrics`): what was measured, where it
// started (the baseline, when there was one) and where the project took it.
struct ProjectMetric
{
    qint64 id = 0;
    QString name; // "F1", "p95 latency"
    std::optional<double> baseline; // none: there was nothing to compare against
    double achieved = 0;
    QString unit; // "ms", "%", "" for a plain number
    bool higherIsBetter = true;

    bool operator==(const ProjectMetric &o) const
    {
        return id == o.id && name == o.name && baseline == o.baseline && achieved == o.achieved
            && unit == o.unit && higherIsBetter == o.higherIsBetter;
    }
    bool operator!=(const ProjectMetric &o) const { return !(*this == o); }
};
