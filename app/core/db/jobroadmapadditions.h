#pragma once

#include "calc/jobmatcher.h"
#include "db/writeresult.h"
#include "domain/roadmap.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// "Add missing to roadmap": what a job posting asks for and the roadmap lacks becomes part of
// the learn-next ranking, in one step that can be taken back.
// - A requirement the roadmap has no skill for becomes a new skill (level 0, target 3, high
//   priority) in the stage most of the posting's known skills are in, in a category of its own
//   (created when the roadmap has none by that name).
// - A requirement whose skill is not proven (claimed, or missing at level 0) is brought into the
//   ranking: a skipped skill is started, a skill at or above its target gets a target one level
//   above its level (at least 3), and its priority is raised to high.
class JobRoadmapAdditions
{
public:
    static constexpr int NewTarget = Skill::ClaimLevel;
    static constexpr int RaisedPriority = 3; // high

    struct Raise
    {
        qint64 skillId = 0;
        QString name;
        int targetBefore = 0, targetAfter = 0;
        int priorityBefore = 0, priorityAfter = 0;
        Skill::Status statusBefore = Skill::Status::NotStarted;
        Skill::Status statusAfter = Skill::Status::NotStarted;
    };
    struct Plan
    {
        QList<Skill> newSkills; // ids filled in by apply() (and reused when it runs again)
        QString categoryName;
        qint64 categoryId = 0; // the category the new skills go in; 0 until apply() makes it
        bool createsCategory = false;
        QList<Raise> raises;
        bool isEmpty() const { return newSkills.isEmpty() && raises.isEmpty(); }
    };

    // CATEGORYNAME: the category for new skills ("From job postings"); DESCRIPTION: the new
    // skills' description (which posting asked for them).
    static Plan plan(const Roadmap &roadmap, const JobMatch &match, const QString &categoryName,
                     const QString &description);

    explicit JobRoadmapAdditions(QSqlDatabase db);
    // Writes PLAN in the caller's transaction and records the ids it made in PLAN, so that
    // revert() can take it back and a second apply() (redo) makes the same rows again.
    WriteResult apply(Plan *plan);
    WriteResult revert(const Plan &plan);

private:
    QSqlDatabase m_db;
};
