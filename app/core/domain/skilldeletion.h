#pragma once

#include "skill.h"
#include "studysession.h"

#include <QList>
#include <QPair>

// Everything that goes when skills are deleted, kept so that an undo can put it all back:
// the skill rows, prerequisite edges in both directions, evidence links, study sessions and the
// skills' aliases.
struct SkillDeletion
{
    QList<Skill> skills;
    QList<QPair<qint64, qint64>> prerequisites; // (skill, prerequisite)
    QList<QPair<qint64, qint64>> projectLinks; // (project, skill)
    QList<QPair<qint64, qint64>> certificationLinks; // (certification, skill)
    QList<QPair<qint64, qint64>> topicLinks; // (topic, skill)
    QList<StudySession> studySessions;
    QList<QPair<QString, QString>> timestamps; // (created_at, updated_at) per skill
    QList<QPair<qint64, QString>> aliases; // (skill, alias), in each skill's order

    int evidenceLinkCount() const
    {
        return int(projectLinks.size() + certificationLinks.size() + topicLinks.size());
    }
    int studyMinutes() const
    {
        int m = 0;
        for (const auto &s : studySessions)
            m += s.minutes;
        return m;
    }
};
