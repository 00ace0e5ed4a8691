#pragma once

#include "domain/roadmap.h"
#include "domain/roadmaptemplate.h"

#include <QHash>
#include <QList>
#include <QLocale>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

// "Add what the built-in roadmap has and yours lacks": a workbench made from an older built-in
// roadmap is offered the skills added since, and never changed without being asked. Skills,
// stages and categories are matched by name in every language the roadmap comes in; what is
// added comes in LOCALE's language.
class RoadmapAdditions
{
public:
    struct Plan
    {
        QList<RoadmapTemplate::Stage> newStages; // appended after the workbench's stages
        QList<RoadmapTemplate::Category> newCategories;
        QList<RoadmapTemplate::Skill> skills; // the missing skills, in built-in order
        QHash<QString, qint64> stageIds; // template stage key -> existing stage id
        QHash<QString, qint64> categoryIds; // template category key -> existing id
        QHash<QString, qint64> skillIds; // template skill key -> existing skill id
        bool isEmpty() const { return skills.isEmpty(); }
    };

    static Plan plan(const Roadmap &workbench, const QLocale &locale = QLocale());
    // The specialisations WORKBENCH aims for, as the first-run guide leaves them: one counts as
    // chosen while one of its skills on the workbench still has a target.
    static QSet<QString> chosenSpecialisations(const Roadmap &workbench);
    // PLAN cut down to the skills keyed SKILLKEYS (and the stages and categories they need).
    // A skill of a specialisation not in CHOSEN comes without a target: optional, as the
    // first-run guide leaves the specialisations the user did not choose.
    static Plan choose(const Plan &plan, const QSet<QString> &skillKeys,
                       const QSet<QString> &chosen);

    explicit RoadmapAdditions(QSqlDatabase db);
    // Inserts PLAN in the caller's transaction; NEWSKILLIDS receives the new skills' ids and
    // NEWGROUPS the new stages and categories (kind, id, name and description).
    bool apply(const Plan &plan, QString *error, QList<qint64> *newSkillIds = nullptr,
               QList<RoadmapGroup> *newGroups = nullptr);

private:
    QSqlDatabase m_db;
};
