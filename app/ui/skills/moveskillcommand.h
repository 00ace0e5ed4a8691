#pragma once

#include "skillcommand.h"

#include <QList>
#include <QPair>

// Moves a skill to another stage or category, or to another place in its stage.
class MoveSkillCommand : public SkillCommand
{
public:
    struct Placement
    {
        qint64 stageId = 0;
        qint64 categoryId = 0;
        // (skill, position) for every skill whose place changes; empty: positions unchanged
        QList<QPair<qint64, int>> positions;
    };

    // Positions 0, 1, 2 ... for IDS in that order.
    static QList<QPair<qint64, int>> numbered(const QList<qint64> &ids);

    MoveSkillCommand(RoadmapStore *store, qint64 skillId, const Placement &from,
                     const Placement &to);

    WriteResult apply() override;
    WriteResult revert() override;

private:
    qint64 m_skillId;
    Placement m_from;
    Placement m_to;
};
