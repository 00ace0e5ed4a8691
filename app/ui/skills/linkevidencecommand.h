#pragma once

#include "domain/evidenceitem.h"
#include "skillcommand.h"

// Links a skill to a project, certification or interview topic, or removes the link. A topic
// points at one skill at most: undo gives it back to the skill it pointed at before.
class LinkEvidenceCommand : public SkillCommand
{
public:
    LinkEvidenceCommand(RoadmapStore *store, const EvidenceItem &item, qint64 skillId, bool link);

    WriteResult apply() override;
    WriteResult revert() override;

private:
    EvidenceItem::Kind m_kind;
    qint64 m_itemId;
    qint64 m_skillId;
    bool m_link;
    qint64 m_previousTopicSkill;
};
