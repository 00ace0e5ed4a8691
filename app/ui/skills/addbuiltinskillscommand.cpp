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

WriteResult AddBuiltInSkillsCommand::apply()
{
    if (!m_done) {
        m_done = true;
        return m_store->applyAdditions(m_plan, &m_skillIds, &m_groups);
    }
    return m_store->applyRestoreAdditions(m_groups, m_snapshot);
}

WriteResult AddBuiltInSkillsCommand::revert()
{
    // What the skills hold by now (levels, study logged since) comes back on redo.
    const auto snapshot = m_store->snapshot(m_skillIds);
    if (!snapshot) // the store has said why
        return WriteResult::failure(m_store->lastError());
    m_snapshot = *snapshot;
    return m_store->applyRemoveAdditions(m_skillIds, m_groups);
}
