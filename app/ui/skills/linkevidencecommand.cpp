#include "linkevidencecommand.h"

#include "roadmapstore.h"

#include <QCoreApplication>

LinkEvidenceCommand::LinkEvidenceCommand(RoadmapStore *store, const EvidenceItem &item,
                                         qint64 skillId, bool link)
    : SkillCommand(
        store,
        link ? QCoreApplication::translate("SkillCommands", "Link \"%1\"").arg(item.name)
             : QCoreApplication::translate("SkillCommands", "Unlink \"%1\"").arg(item.name))
    , m_kind(item.kind)
    , m_itemId(item.id)
    , m_skillId(skillId)
    , m_link(link)
    , m_previousTopicSkill(item.linked ? skillId : item.otherSkillId)
{ }

WriteResult LinkEvidenceCommand::apply()
{
    if (m_kind == EvidenceItem::Kind::InterviewTopic)
        return m_store->applyTopicSkill(m_itemId, m_link ? m_skillId : 0);
    else
        return m_store->applyEvidence(m_kind, m_itemId, m_skillId, m_link);
}

WriteResult LinkEvidenceCommand::revert()
{
    if (m_kind == EvidenceItem::Kind::InterviewTopic)
        return m_store->applyTopicSkill(m_itemId, m_previousTopicSkill);
    else
        return m_store->applyEvidence(m_kind, m_itemId, m_skillId, !m_link);
}
