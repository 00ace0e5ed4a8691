#pragma once

#include <QList>
#include <QString>

#include <optional>

#include <algorithm>

// One skill of the roadmap with the figures the Skills page shows beside it. The evidence and
// study figures are read-only aggregates of the link tables and the study log.
struct Skill
{
    enum class Status { NotStarted, Learning, Proficient, Skipped };
    // The editable columns of the skills table.
    enum class Field { Name, Description, Notes, CurrentLevel, TargetLevel, Priority, Status };

    static constexpr int MaxLevel = 5;
    // Level 3 ("working") and above is a claim worth proving.
    static constexpr int ClaimLevel = 3;

    qint64 id = 0;
    qint64 stageId = 0;
    qint64 categoryId = 0;
    QString name;
    QString description;
    QString notes;
    int currentLevel = 0;
    int targetLevel = 3;
    int priority = 2; // 1 low .. 4 critical
    Status status = Status::NotStarted;
    int position = 0;
    QList<qint64> prerequisites; // skill ids

    int projectCount = 0;
    int earnedCertificationCount = 0;
    int otherCertificationCount = 0; // linked but not earned: not evidence yet
    int topicCount = 0;
    int minutesStudied = 0;

    int gap() const { return std::max(0, targetLevel - currentLevel); }
    int evidenceCount() const { return projectCount + earnedCertificationCount + topicCount; }
    bool isUnproven() const { return currentLevel >= ClaimLevel && evidenceCount() == 0; }
    double hoursStudied() const { return minutesStudied / 60.0; }
    // The status the levels speak for when the stored one contradicts them ("1 Aware" but "Not
    // started"; target reached but "Learning"); nullopt when they agree. Skipped is the user's
    // decision and never contradicted.
    std::optional<Status> suggestedStatus() const
    {
        const bool targetReached = targetLevel > 0 && currentLevel >= targetLevel;
        if (status == Status::NotStarted && currentLevel > 0)
            return targetReached ? Status::Proficient : Status::Learning;
        if (status == Status::Learning && targetReached)
            return Status::Proficient;
        return std::nullopt;
    }
};
