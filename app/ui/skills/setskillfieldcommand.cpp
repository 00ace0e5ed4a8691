#include "setskillfieldcommand.h"

#include "roadmapstore.h"

#include <QCoreApplication>

static QString describe(Skill::Field field, const QString &name)
{
    switch (field) {
    case Skill::Field::Name:
        return QCoreApplication::translate("SkillCommands", "Rename Skill \"%1\"").arg(name);
    case Skill::Field::Description:
        return QCoreApplication::translate("SkillCommands", "Edit Description of \"%1\"").arg(name);
    case Skill::Field::Notes:
        return QCoreApplication::translate("SkillCommands", "Edit Notes of \"%1\"").arg(name);
    case Skill::Field::CurrentLevel:
        return QCoreApplication::translate("SkillCommands", "Change Level of \"%1\"").arg(name);
    case Skill::Field::TargetLevel:
        return QCoreApplication::translate("SkillCommands", "Change Target of \"%1\"").arg(name);
    case Skill::Field::Priority:
        return QCoreApplication::translate("SkillCommands", "Change Priority of \"%1\"").arg(name);
    case Skill::Field::Status:
        return QCoreApplication::translate("SkillCommands", "Change Status of \"%1\"").arg(name);
    }
    return {};
}

SetSkillFieldCommand::SetSkillFieldCommand(RoadmapStore *store, qint64 skillId, Skill::Field field,
                                           const QVariant &oldValue, const QVariant &newValue)
    : SkillCommand(store, {})
    , m_skillId(skillId)
    , m_field(field)
    , m_old(oldValue)
    , m_new(newValue)
{
    const Skill *s = store->skill(skillId);
    setText(describe(field, s ? s->name : QString()));
}

WriteResult SetSkillFieldCommand::apply()
{
    return m_store->applySkillField(m_skillId, m_field, m_new);
}

WriteResult SetSkillFieldCommand::revert()
{
    return m_store->applySkillField(m_skillId, m_field, m_old);
}
