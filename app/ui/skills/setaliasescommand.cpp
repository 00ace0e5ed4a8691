#include "setaliasescommand.h"

#include "roadmapstore.h"

#include <QCoreApplication>

SetAliasesCommand::SetAliasesCommand(RoadmapStore *store, qint64 skillId,
                                     const QStringList &oldList, const QStringList &newList)
    : SkillCommand(store, {})
    , m_skillId(skillId)
    , m_old(oldList)
    , m_new(newList)
{
    const Skill *s = store->skill(skillId);
    setText(QCoreApplication::translate("SkillCommands", "Change Other Names of \"%1\"")
                .arg(s ? s->name : QString()));
}

WriteResult SetAliasesCommand::apply()
{
    return m_store->applyAliases(m_skillId, m_new);
}

WriteResult SetAliasesCommand::revert()
{
    return m_store->applyAliases(m_skillId, m_old);
}
