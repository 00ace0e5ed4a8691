#pragma once

#include "domain/roadmapgroup.h"
#include "skillcommand.h"

// Renames a stage or a category.
class RenameGroupCommand : public SkillCommand
{
public:
    RenameGroupCommand(RoadmapStore *store, RoadmapGroup::Kind kind, qint64 id,
                       const QString &oldName, const QString &newName);

    WriteResult apply() override;
    WriteResult revert() override;

private:
    RoadmapGroup::Kind m_kind;
    qint64 m_id;
    QString m_old;
    QString m_new;
};
