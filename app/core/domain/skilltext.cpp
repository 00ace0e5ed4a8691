#include "skilltext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString SkillText::levelName(int level)
{
    switch (level) {
    case 0:
        return QCoreApplication::translate("SkillText", "None");
    case 1:
        return QCoreApplication::translate("SkillText", "Aware");
    case 2:
        return QCoreApplication::translate("SkillText", "Beginner");
    case 3:
        return QCoreApplication::translate("SkillText", "Working");
    case 4:
        return QCoreApplication::translate("SkillText", "Advanced");
    case 5:
        return QCoreApplication::translate("SkillText", "Expert");
    }
    return {};
}

QString SkillText::levelMeaning(int level)
{
    switch (level) {
    case 0:
        return QCoreApplication::translate("SkillText", "0 - None: not looked at yet.");
    case 1:
        return QCoreApplication::translate(
            "SkillText",
            "1 - Aware: you know what it is for and have read or watched an introduction.");
    case 2:
        return QCoreApplication::translate(
            "SkillText",
            "2 - Beginner: you have followed tutorials and can do simple tasks with help.");
    case 3:
        return QCoreApplication::translate(
            "SkillText",
            "3 - Working: you use it on real work without help and can show the result.");
    case 4:
        return QCoreApplication::translate(
            "SkillText",
            "4 - Advanced: you handle the hard cases, review others' work and teach it.");
    case 5:
        return QCoreApplication::translate(
            "SkillText", "5 - Expert: you design with it, lead others and are known for it.");
    }
    return {};
}

QString SkillText::priorityName(int priority)
{
    switch (priority) {
    case 1:
        return QCoreApplication::translate("SkillText", "Low");
    case 2:
        return QCoreApplication::translate("SkillText", "Normal");
    case 3:
        return QCoreApplication::translate("SkillText", "High");
    case 4:
        return QCoreApplication::translate("SkillText", "Critical");
    }
    return {};
}

QString SkillText::statusName(Skill::Status status)
{
    switch (status) {
    case Skill::Status::NotStarted:
        return QCoreApplication::translate("SkillText", "Not started");
    case Skill::Status::Learning:
        return QCoreApplication::translate("SkillText", "Learning");
    case Skill::Status::Proficient:
        return QCoreApplication::translate("SkillText", "Proficient");
    case Skill::Status::Skipped:
        return QCoreApplication::translate("SkillText", "Skipped");
    }
    return {};
}

QString SkillText::statusSuggestion(const Skill &skill)
{
    const std::optional<Skill::Status> suggested = skill.suggestedStatus();
    if (!suggested)
        return {};
    if (skill.status == Skill::Status::NotStarted)
        return QCoreApplication::translate("SkillText",
                                           "Level %1 says you have started, but the status is "
                                           "\"%2\": \"%3\" fits.")
            .arg(levelName(skill.currentLevel), statusName(skill.status), statusName(*suggested));
    return QCoreApplication::translate("SkillText",
                                       "The target is reached, but the status is \"%1\": "
                                       "\"%2\" fits.")
        .arg(statusName(skill.status), statusName(*suggested));
}

QString SkillText::statusKey(Skill::Status status)
{
    switch (status) {
    case Skill::Status::NotStarted:
        return u"not_started"_s;
    case Skill::Status::Learning:
        return u"learning"_s;
    case Skill::Status::Proficient:
        return u"proficient"_s;
    case Skill::Status::Skipped:
        return u"skipped"_s;
    }
    return u"not_started"_s;
}

Skill::Status SkillText::statusFromKey(const QString &key)
{
    if (key == "learning"_L1)
        return Skill::Status::Learning;
    if (key == "proficient"_L1)
        return Skill::Status::Proficient;
    if (key == "skipped"_L1)
        return Skill::Status::Skipped;
    return Skill::Status::NotStarted;
}

QString SkillText::evidenceKindName(EvidenceItem::Kind kind)
{
    switch (kind) {
    case EvidenceItem::Kind::Project:
        return QCoreApplication::translate("SkillText", "Project");
    case EvidenceItem::Kind::Certification:
        return QCoreApplication::translate("SkillText", "Certification");
    case EvidenceItem::Kind::InterviewTopic:
        return QCoreApplication::translate("SkillText", "Interview topic");
    }
    return {};
}
