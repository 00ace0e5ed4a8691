#pragma once

#include "evidenceitem.h"
#include "skill.h"

#include <QString>

// The user's words for skill levels, priorities and statuses, and the stored keys of statuses.
class SkillText
{
public:
    static QString levelName(int level);
    static QString levelMeaning(int level);
    static QString priorityName(int priority);
    static QString statusName(Skill::Status status);
    static QString statusKey(Skill::Status status);
    static Skill::Status statusFromKey(const QString &key);
    static QString evidenceKindName(EvidenceItem::Kind kind);
    // Why the status contradicts the levels and what fits, or "" when they agree.
    static QString statusSuggestion(const Skill &skill);
};
