#pragma once

#include <QString>

// Something that can prove a skill: a project, a certification or an interview topic, and
// whether it is linked to the skill in question.
struct EvidenceItem
{
    enum class Kind { Project, Certification, InterviewTopic };

    Kind kind = Kind::Project;
    qint64 id = 0;
    QString name;
    QString status; // stored status key (projects, certifications); empty for topics
    bool linked = false;
    qint64 otherSkillId = 0; // topics: the other skill it is linked to now, if any
    QString otherSkillName;
};
