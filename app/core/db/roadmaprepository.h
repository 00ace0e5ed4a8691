#pragma once

#include "domain/roadmap.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

// Reads the roadmap in a fixed handful of queries (stages, categories, skills with their
// evidence counts and study minutes aggregated in SQL, prerequisites), and writes stages and
// categories. Writes run in the caller's transaction.
class RoadmapRepository
{
public:
    explicit RoadmapRepository(QSqlDatabase db);

    std::optional<Roadmap> load(QString *error) const;
    // One skill with its aggregates (after a link or a study session changed).
    std::optional<Skill> loadSkill(qint64 id, QString *error) const;

    // Inserts GROUP (with its id when it is non-zero, so an undo restores the same row) at
    // GROUP.position; returns the id or 0.
    qint64 insertGroup(const RoadmapGroup &group, QString *error);
    bool renameGroup(RoadmapGroup::Kind kind, qint64 id, const QString &name, QString *error);
    // Refused by the schema while skills still refer to the group.
    bool removeGroup(RoadmapGroup::Kind kind, qint64 id, QString *error);
    // Numbers the groups 0, 1, 2 ... in the order given.
    bool setGroupOrder(RoadmapGroup::Kind kind, const QList<qint64> &ids, QString *error);
    std::optional<int> skillCount(RoadmapGroup::Kind kind, qint64 id, QString *error) const;

private:
    QSqlDatabase m_db;
};
