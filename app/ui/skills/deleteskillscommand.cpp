#include "deleteskillscommand.h"

#include "roadmapstore.h"

#include <QCoreApplication>

DeleteSkillsCommand::DeleteSkillsCommand(RoadmapStore *store, const SkillDeletion &snapshot)
    : SkillCommand(store, {})
    , m_snapshot(snapshot)
{
    for (const Skill &s : snapshot.skills)
        m_ids << s.id;
    setText(m_ids.size() == 1 ? QCoreApplication::translate("SkillCommands", "Delete Skill \"%1\"")
                                    .arg(snapshot.skills.first().name)
                              : QCoreApplication::translate("SkillCommands", "Delete %n Skill(s)",
                                                            nullptr, int(m_ids.size())));
}

WriteResult DeleteSkillsCommand::apply()
{
    return m_store->applyRemoveSkills(m_ids);
}

WriteResult DeleteSkillsCommand::revert()
{
    return m_store->applyRestoreSkills(m_snapshot);
}
