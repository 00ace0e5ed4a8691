#include "addbuiltinskillscommand.h"

#include "roadmapstore.h"

#include <QCoreApplication>

AddBuiltInSkillsCommand::AddBuiltInSkillsCommand(RoadmapStore *store,
                                                 const RoadmapAdditions::Plan &plan)
    : SkillCommand(store,
                   QCoreApplication::translate("SkillCommands",
                                               "Add %n Skill(s) from the Built-in Roadmap", nullptr,
                                               int(plan.skills.size())))
    , m_plan(plan)
{ }

void AddBuiltInSkillsCommand::redo()
{
    if (!m_done) {
        m_done = true;
        check(m_store->applyAdditions(m_plan, &m_skillIds, &m_groups));
        return;
    }
    check(m_store->applyRestoreAdditions(m_groups, m_snapshot));
}

void AddBuiltInSkillsCommand::undo()
{
    // What the skills hold by now (levels, study logged since) comes back on redo.
    const auto snapshot = m_store->snapshot(m_skillIds);
    if (!snapshot) {
        setObsolete(true);
        return;
    }
    m_snapshot = *snapshot;
    check(m_store->applyRemoveAdditions(m_skillIds, m_groups));
}
