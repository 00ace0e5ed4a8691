#include "reordergroupscommand.h"

#include "roadmapstore.h"

#include <QCoreApplication>

ReorderGroupsCommand::ReorderGroupsCommand(RoadmapStore *store, RoadmapGroup::Kind kind,
                                           const QList<qint64> &oldOrder,
                                           const QList<qint64> &newOrder)
    : SkillCommand(store,
                   kind == RoadmapGroup::Kind::Stage
                       ? QCoreApplication::translate("SkillCommands", "Reorder Stages")
                       : QCoreApplication::translate("SkillCommands", "Reorder Categories"))
    , m_kind(kind)
    , m_old(oldOrder)
    , m_new(newOrder)
{ }

WriteResult ReorderGroupsCommand::apply()
{
    return m_store->applyGroupOrder(m_kind, m_new);
}

WriteResult ReorderGroupsCommand::revert()
{
    return m_store->applyGroupOrder(m_kind, m_old);
}
