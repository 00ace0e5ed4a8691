#pragma once

#include "domain/skill.h"
#include "domain/skilltext.h"

#include <QSqlQuery>

// Reads the skills columns every skill query starts with, in this order:
// id, stage_id, category_id, name, description, notes, current_level, target_level, priority,
// status, position. Returns the index of the next column.
inline int readSkillColumns(const QSqlQuery &q, Skill *s)
{
    s->id = q.value(0).toLongLong();
    s->stageId = q.value(1).toLongLong();
    s->categoryId = q.value(2).toLongLong();
    s->name = q.value(3).toString();
    s->description = q.value(4).toString();
    s->notes = q.value(5).toString();
    s->currentLevel = q.value(6).toInt();
    s->targetLevel = q.value(7).toInt();
    s->priority = q.value(8).toInt();
    s->status = SkillText::statusFromKey(q.value(9).toString());
    s->position = q.value(10).toInt();
    return 11;
}
