#pragma once

#include "skillcommand.h"

#include <QList>

// Moves a skill to another stage or category, or to another place in its stage.
class MoveSkillCommand : public SkillCommand
{
public:
    struct Placement
    {
        qint64 stageId = 0;
        qint64 categoryId = 0;
        QList<qint64> order; // skills numbered in this order (empty: positions unchanged)
    };

    MoveSkillCommand(RoadmapStore *store, qint64 skillId, const Placement &from,
                     const Placement &to);

    void redo() override;
    void undo() override;

private:
    qint64 m_skillId;
    Placement m_from;
    Placement m_to;
};
