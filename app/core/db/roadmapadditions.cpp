#include "roadmapadditions.h"

#include "io/onboardingplan.h"
#include "io/roadmaptemplatejson.h"
#include "io/roadmaptranslation.h"
#include "sqlhelpers.h"

#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using SqlHelpers::failWith;
using SqlHelpers::textValue;

namespace {

// Every name a key has had in any language: "stage:foundations" -> {Foundations, Grundlagen}.
QHash<QString, QStringList> namesByKey()
{
    QHash<QString, QStringList> names;
    for (const QString &language : RoadmapTranslation::builtInLanguages()) {
        const RoadmapTemplate t = RoadmapTemplateJson::builtIn(QLocale(language));
        for (const auto &s : t.stages)
            names[u"stage:"_s + s.key] << s.name;
        for (const auto &c : t.categories)
            names[u"category:"_s + c.key] << c.name;
        for (const auto &s : t.skills)
            names[u"skill:"_s + s.key] << s.name;
    }
    return names;
}

qint64 findId(const QHash<QString, qint64> &idsByName, const QStringList &names)
{
    for (const QString &n : names) {
        if (const qint64 id = idsByName.value(n))
            return id;
    }
    return 0;
}

} // namespace

RoadmapAdditions::Plan RoadmapAdditions::plan(const Roadmap &workbench, const QLocale &locale)
{
    const QHash<QString, QStringList> names = namesByKey();
    QHash<QString, qint64> stages, categories, skills;
    for (const RoadmapGroup &g : workbench.stages)
        stages.insert(g.name, g.id);
    for (const RoadmapGroup &g : workbench.categories)
        categories.insert(g.name, g.id);
    for (const Skill &s : workbench.skills)
        skills.insert(s.name, s.id);

    const RoadmapTemplate t = RoadmapTemplateJson::builtIn(locale);
    Plan p;
    for (const auto &s : t.skills) {
        if (const qint64 id = findId(skills, names.value(u"skill:"_s + s.key))) {
            p.skillIds.insert(s.key, id);
            continue;
        }
        p.skills << s;
    }
    QSet<QString> neededStages, neededCategories;
    for (const auto &s : std::as_const(p.skills)) {
        neededStages.insert(s.stage);
        neededCategories.insert(s.category);
    }
    for (const auto &st : t.stages) {
        if (!neededStages.contains(st.key))
            continue;
        if (const qint64 id = findId(stages, names.value(u"stage:"_s + st.key)))
            p.stageIds.insert(st.key, id);
        else
            p.newStages << st;
    }
    for (const auto &c : t.categories) {
        if (!neededCategories.contains(c.key))
            continue;
        if (const qint64 id = findId(categories, names.value(u"category:"_s + c.key)))
            p.categoryIds.insert(c.key, id);
        else
            p.newCategories << c;
    }
    return p;
}

QSet<QString> RoadmapAdditions::chosenSpecialisations(const Roadmap &workbench)
{
    const auto builtIn = OnboardingPlan::builtInOf(workbench.skills);
    QSet<QString> chosen;
    for (const Skill &s : workbench.skills) {
        const auto b = builtIn.constFind(s.id);
        if (b != builtIn.cend() && !b->specialisation.isEmpty() && s.targetLevel > 0)
            chosen.insert(b->specialisation);
    }
    return chosen;
}

RoadmapAdditions::Plan RoadmapAdditions::choose(const Plan &plan, const QSet<QString> &skillKeys,
                                                const QSet<QString> &chosen)
{
    Plan p;
    p.stageIds = plan.stageIds;
    p.categoryIds = plan.categoryIds;
    p.skillIds = plan.skillIds;
    QSet<QString> stages, categories;
    for (RoadmapTemplate::Skill s : plan.skills) {
        if (!skillKeys.contains(s.key))
            continue;
        if (!s.specialisation.isEmpty() && !chosen.contains(s.specialisation))
            s.target = 0;
        stages.insert(s.stage);
        categories.insert(s.category);
        p.skills << s;
    }
    for (const auto &st : plan.newStages)
        if (stages.contains(st.key))
            p.newStages << st;
    for (const auto &c : plan.newCategories)
        if (categories.contains(c.key))
            p.newCategories << c;
    return p;
}

RoadmapAdditions::RoadmapAdditions(QSqlDatabase db)
    : m_db(std::move(db))
{ }

bool RoadmapAdditions::apply(const Plan &plan, QString *error, QList<qint64> *newSkillIds,
                             QList<RoadmapGroup> *newGroups)
{
    QList<RoadmapGroup> groups;
    QHash<QString, qint64> stageIds = plan.stageIds;
    QHash<QString, qint64> categoryIds = plan.categoryIds;
    QHash<QString, qint64> skillIds = plan.skillIds;
    QSqlQuery q(m_db);
    for (const auto &st : plan.newStages) {
        q.prepare(u"INSERT INTO roadmap_stages (name, description, position) "
                  "SELECT ?, ?, coalesce(max(position) + 1, 0) FROM roadmap_stages"_s);
        q.addBindValue(st.name);
        q.addBindValue(textValue(st.description));
        if (!q.exec())
            return failWith(q, error);
        stageIds.insert(st.key, q.lastInsertId().toLongLong());
        groups << RoadmapGroup {RoadmapGroup::Kind::Stage, q.lastInsertId().toLongLong(), st.name,
                                st.description};
    }
    for (const auto &c : plan.newCategories) {
        q.prepare(u"INSERT INTO skill_categories (name, description, position) "
                  "SELECT ?, ?, coalesce(max(position) + 1, 0) FROM skill_categories"_s);
        q.addBindValue(c.name);
        q.addBindValue(textValue(c.description));
        if (!q.exec())
            return failWith(q, error);
        categoryIds.insert(c.key, q.lastInsertId().toLongLong());
        groups << RoadmapGroup {RoadmapGroup::Kind::Category, q.lastInsertId().toLongLong(), c.name,
                                c.description};
    }
    QList<qint64> added;
    for (const auto &s : plan.skills) {
        q.prepare(u"INSERT INTO skills (stage_id, category_id, name, description, target_level, "
                  "priority, position) SELECT ?, ?, ?, ?, ?, ?, coalesce(max(position) + 1, 0) "
                  "FROM skills WHERE stage_id = ?"_s);
        q.addBindValue(stageIds.value(s.stage));
        q.addBindValue(categoryIds.value(s.category));
        q.addBindValue(s.name);
        q.addBindValue(textValue(s.description));
        q.addBindValue(s.target);
        q.addBindValue(s.priority);
        q.addBindValue(stageIds.value(s.stage));
        if (!q.exec())
            return failWith(q, error);
        skillIds.insert(s.key, q.lastInsertId().toLongLong());
        added << q.lastInsertId().toLongLong();
    }
    q.prepare(u"INSERT OR IGNORE INTO skill_prerequisites (skill_id, prerequisite_id) "
              "VALUES (?, ?)"_s);
    for (const auto &s : plan.skills) {
        for (const QString &p : s.prerequisites) {
            if (!skillIds.contains(p))
                continue; // the workbench has no such skill any more
            q.addBindValue(skillIds.value(s.key));
            q.addBindValue(skillIds.value(p));
            if (!q.exec())
                return failWith(q, error);
        }
    }
    q.prepare(
        u"INSERT OR IGNORE INTO skill_aliases (skill_id, alias, position) VALUES (?, ?, ?)"_s);
    for (const auto &s : plan.skills) {
        for (int i = 0; i < s.aliases.size(); ++i) {
            q.addBindValue(skillIds.value(s.key));
            q.addBindValue(s.aliases.at(i));
            q.addBindValue(i);
            if (!q.exec())
                return failWith(q, error);
        }
    }
    if (newSkillIds)
        *newSkillIds = added;
    if (newGroups)
        *newGroups = groups;
    return true;
}
