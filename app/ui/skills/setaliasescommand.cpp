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

void SetAliasesCommand::redo()
{
    check(m_store->applyAliases(m_skillId, m_new));
}

void SetAliasesCommand::undo()
{
    check(m_store->applyAliases(m_skillId, m_old));
}
