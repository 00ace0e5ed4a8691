#pragma once

#include "skillcommand.h"

#include <QList>

// Replaces the prerequisites of a skill.
class SetPrerequisitesCommand : public SkillCommand
{
public:
    SetPrerequisitesCommand(RoadmapStore *store, qint64 skillId, const QList<qint64> &oldList,
                            const QList<qint64> &newList);

    WriteResult apply() override;
    WriteResult revert() override;

private:
    qint64 m_skillId;
    QList<qint64> m_old;
    QList<qint64> m_new;
};
