#pragma once

#include "domain/skill.h"
#include "domain/skilldeletion.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

// Writes skills: insert, field edits, placement and order, prerequisites, and deletion with a
// snapshot that restores every row that went with the skills. Writes run in the caller's
// transaction.
class SkillRepository
{
public:
    explicit SkillRepository(QSqlDatabase db);

    // Inserts SKILL (with its id when non-zero); a negative position appends to its stage.
    qint64 insert(const Skill &skill, QString *error);
    bool setField(qint64 id, Skill::Field field, const QVariant &value, QString *error);
    bool setPlacement(qint64 id, qint64 stageId, qint64 categoryId, QString *error);
    // Numbers the skills 0, 1, 2 ... in the order given.
    bool setOrder(const QList<qint64> &ids, QString *error);
    // Gives each skill the position paired with it.
    bool setPositions(const QList<QPair<qint64, int>> &positions, QString *error);
    bool setPrerequisites(qint64 id, const QList<qint64> &prerequisites, QString *error);
    // True when making PREREQUISITE a prerequisite of SKILL would close a circle.
    std::optional<bool> wouldCycle(qint64 skill, qint64 prerequisite, QString *error) const;

    std::optional<SkillDeletion> snapshot(const QList<qint64> &ids, QString *error) const;
    bool remove(const QList<qint64> &ids, QString *error);
    bool restore(const SkillDeletion &deletion, QString *error);

private:
    QSqlDatabase m_db;
};
