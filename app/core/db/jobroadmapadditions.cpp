#include "jobroadmapadditions.h"

#include "roadmaprepository.h"
#include "skillrepository.h"
#include "sqlhelpers.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

JobRoadmapAdditions::Plan JobRoadmapAdditions::plan(const Roadmap &roadmap, const JobMatch &match,
                                                    const QString &categoryName,
                                                    const QString &description)
{
    Plan plan;
    plan.categoryName = categoryName;
    for (const RoadmapGroup &c : roadmap.categories) {
        if (c.name.compare(categoryName, Qt::CaseInsensitive) == 0)
            plan.categoryId = c.id;
    }
    QHash<qint64, const Skill *> skills;
    QSet<QString> names;
    for (const Skill &s : roadmap.skills) {
        skills.insert(s.id, &s);
        names.insert(JobMatcher::normalised(s.name));
    }
    // The stage most of the posting's known skills are in (the earlier one on a tie).
    QHash<qint64, int> perStage;
    for (const JobMatch::Requirement &r : match.requirements) {
        if (const Skill *s = skills.value(r.skillId))
            ++perStage[s->stageId];
    }
    qint64 stageId = roadmap.stages.isEmpty() ? 0 : roadmap.stages.constFirst().id;
    int best = 0;
    for (const RoadmapGroup &st : roadmap.stages) {
        if (perStage.value(st.id) > best) {
            best = perStage.value(st.id);
            stageId = st.id;
        }
    }

    QSet<qint64> raised;
    for (const JobMatch::Requirement &r : match.requirements) {
        if (r.status == JobMatch::Status::Proven)
            continue;
        if (r.skillId == 0) {
            const QString name = r.name.simplified();
            if (name.isEmpty() || names.contains(JobMatcher::normalised(name)) || stageId == 0)
                continue;
            names.insert(JobMatcher::normalised(name));
            Skill s;
            s.stageId = stageId;
            s.name = name;
            s.description = description;
            s.targetLevel = NewTarget;
            s.priority = RaisedPriority;
            s.position = -1; // last in its stage
            plan.newSkills.append(s);
            continue;
        }
        const Skill *s = skills.value(r.skillId);
        if (!s || raised.contains(s->id))
            continue;
        raised.insert(s->id);
        Raise raise {s->id,       s->name,     s->targetLevel, s->targetLevel,
                     s->priority, s->priority, s->status,      s->status};
        if (s->status == Skill::Status::Skipped)
            raise.statusAfter = Skill::Status::NotStarted;
        if (s->targetLevel <= s->currentLevel && s->currentLevel < Skill::MaxLevel)
            raise.targetAfter = std::max(s->currentLevel + 1, int(NewTarget));
        raise.priorityAfter = std::max(s->priority, int(RaisedPriority));
        if (raise.targetAfter != raise.targetBefore || raise.priorityAfter != raise.priorityBefore
            || raise.statusAfter != raise.statusBefore)
            plan.raises.append(raise);
    }
    return plan;
}

JobRoadmapAdditions::JobRoadmapAdditions(QSqlDatabase db)
    : m_db(std::move(db))
{ }

WriteResult JobRoadmapAdditions::apply(Plan *plan)
{
    QString error;
    RoadmapRepository roadmap(m_db);
    SkillRepository skills(m_db);
    if (!plan->newSkills.isEmpty() && (plan->categoryId == 0 || plan->createsCategory)) {
        RoadmapGroup category;
        category.kind = RoadmapGroup::Kind::Category;
        category.id = plan->categoryId;
        category.name = plan->categoryName;
        QSqlQuery q(m_db);
        if (!q.exec(u"SELECT coalesce(max(position) + 1, 0) FROM skill_categories"_s) || !q.next())
            return WriteResult::failure(q.lastError().text());
        category.position = q.value(0).toInt();
        const qint64 id = roadmap.insertGroup(category, &error);
        if (id <= 0)
            return WriteResult::failure(error);
        plan->categoryId = id;
        plan->createsCategory = true;
    }
    for (Skill &s : plan->newSkills) {
        s.categoryId = plan->categoryId;
        Skill row = s;
        row.position = -1;
        const qint64 id = skills.insert(row, &error);
        if (id <= 0)
            return WriteResult::failure(error);
        s.id = id;
    }
    for (const Raise &r : std::as_const(plan->raises)) {
        if (!skills.setField(r.skillId, Skill::Field::TargetLevel, r.targetAfter, &error)
            || !skills.setField(r.skillId, Skill::Field::Priority, r.priorityAfter, &error)
            || !skills.setField(r.skillId, Skill::Field::Status, int(r.statusAfter), &error))
            return WriteResult::failure(error);
    }
    return WriteResult::success();
}

WriteResult JobRoadmapAdditions::revert(const Plan &plan)
{
    QString error;
    QList<qint64> ids;
    for (const Skill &s : plan.newSkills)
        ids.append(s.id);
    SkillRepository skills(m_db);
    if (!skills.remove(ids, &error))
        return WriteResult::failure(error);
    if (plan.createsCategory
        && !RoadmapRepository(m_db).removeGroup(RoadmapGroup::Kind::Category, plan.categoryId,
                                                &error))
        return WriteResult::failure(error);
    for (const Raise &r : plan.raises) {
        if (!skills.setField(r.skillId, Skill::Field::TargetLevel, r.targetBefore, &error)
            || !skills.setField(r.skillId, Skill::Field::Priority, r.priorityBefore, &error)
            || !skills.setField(r.skillId, Skill::Field::Status, int(r.statusBefore), &error))
            return WriteResult::failure(error);
    }
    return WriteResult::success();
}
