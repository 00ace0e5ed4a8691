#pragma once

#include "domain/roadmaptemplate.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Writes a roadmap template into a workbench and reads the workbench's roadmap back out as one.
class RoadmapTemplateRepository
{
public:
    explicit RoadmapTemplateRepository(QSqlDatabase db);

    // Appends the template's stages, categories (merged by name) and skills. Runs in the
    // caller's transaction; on failure the caller rolls back. SKILLIDSBYKEY, if given, receives
    // the new id of every template skill under its key.
    bool insert(const RoadmapTemplate &t, QString *error,
                QHash<QString, qint64> *skillIdsByKey = nullptr);

    // The workbench's roadmap without personal levels, evidence or study time; nullopt (with
    // *ERROR) when it cannot be read.
    std::optional<RoadmapTemplate> read(const QString &name, QString *error) const;

private:
    QSqlDatabase m_db;
};
