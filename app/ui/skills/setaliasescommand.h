#pragma once

#include "skillcommand.h"

#include <QStringList>

// Replaces the other names of a skill (what job postings may call it).
class SetAliasesCommand : public SkillCommand
{
public:
    SetAliasesCommand(RoadmapStore *store, qint64 skillId, const QStringList &oldList,
                      const QStringList &newList);

    WriteResult apply() override;
    WriteResult revert() override;

private:
    qint64 m_skillId;
    QStringList m_old;
    QStringList m_new;
};
