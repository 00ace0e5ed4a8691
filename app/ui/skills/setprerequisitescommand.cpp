#include "setprerequisitescommand.h"

#include "roadmapstore.h"

#include <QCoreApplication>

SetPrerequisitesCommand::SetPrerequisitesCommand(RoadmapStore *store, qint64 skillId,
                                                 const QList<qint64> &oldList,
                                                 const QList<qint64> &newList)
    : SkillCommand(store, {})
    , m_skillId(skillId)
    , m_old(oldList)
    , m_new(newList)
{
    const Skill *s = store->skill(skillId);
    setText(QCoreApplication::translate("SkillCommands", "Change Prerequisites of \"%1\"")
                .arg(s ? s->name : QString()));
}

WriteResult SetPrerequisitesCommand::apply()
{
    return m_store->applyPrerequisites(m_skillId, m_new);
}

WriteResult SetPrerequisitesCommand::revert()
{
    return m_store->applyPrerequisites(m_skillId, m_old);
}
