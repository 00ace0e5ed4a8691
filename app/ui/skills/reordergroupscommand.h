#pragma once

#include "domain/roadmapgroup.h"
#include "skillcommand.h"

#include <QList>

// Puts the stages (or categories) in a new order.
class ReorderGroupsCommand : public SkillCommand
{
public:
    ReorderGroupsCommand(RoadmapStore *store, RoadmapGroup::Kind kind,
                         const QList<qint64> &oldOrder, const QList<qint64> &newOrder);

    WriteResult apply() override;
    WriteResult revert() override;

private:
    RoadmapGroup::Kind m_kind;
    QList<qint64> m_old;
    QList<qint64> m_new;
};
