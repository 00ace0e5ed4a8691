#pragma once

#include "domain/checklistentry.h"
#include "domain/project.h"
#include "domain/projectimage.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Portfolio projects with their metrics, skills, images and readiness checklist.
// Writes do not open transactions of their own: callers wrap a user's operation in one
// Transaction. Every read returns nullopt and sets *ERROR on failure, so that a failed read
// cannot pass for an empty one; every write must be checked ([[nodiscard]]).
// Reports read projects through all() and their impact lines through calc/impactline.h.
class ProjectRepository
{
public:
    // A roadmap category and how many of its skills projects demonstrate (the coverage chart).
    struct CategoryCoverage
    {
        QString category;
        int skills = 0; // skills in the category
        int demonstrated = 0; // of them, linked to at least one project
    };

    explicit ProjectRepository(QSqlDatabase db);

    // All projects, featured first, then in the user's order, with metrics and skill ids.
    std::optional<QList<Project>> all(QString *error) const;
    // nullopt with *ERROR empty: there is no such project.
    std::optional<Project> find(qint64 id, QString *error) const;
    // Inserts P with its metrics and skills; P.id != 0 restores that id (undo of a delete).
    // Metric ids are kept when given. Returns the id, or 0 on failure.
    [[nodiscard]] qint64 insert(const Project &p, QString *error);
    // Writes P's fields, and replaces its metrics and skills.
    [[nodiscard]] bool update(const Project &p, QString *error);
    // Deletes the project; metrics, links, images and checklist go with it (cascade).
    [[nodiscard]] bool remove(qint64 id, QString *error);
    // Stores IDS's order as their positions (drag to reorder).
    [[nodiscard]] bool setOrder(const QList<qint64> &ids, QString *error);
    [[nodiscard]] bool setSkills(qint64 projectId, const QList<qint64> &skillIds, QString *error);

    // Images without their bytes' decoding; in display order.
    std::optional<QList<ProjectImage>> images(qint64 projectId, QString *error) const;
    // Inserts IMAGE (image.id != 0 restores that id). Returns the id, or 0 on failure (an
    // image over ProjectImage::MaxBytes is refused).
    [[nodiscard]] qint64 addImage(const ProjectImage &image, QString *error);
    [[nodiscard]] bool removeImage(qint64 imageId, QString *error);

    // The checklist as stored: one entry per ReadinessItem id, in checklist order.
    std::optional<QList<ChecklistEntry>> checklist(qint64 projectId, QString *error) const;
    // Every project's checklist, by project id (the readiness chart).
    std::optional<QHash<qint64, QList<ChecklistEntry>>> checklists(QString *error) const;
    [[nodiscard]] bool setTicked(qint64 projectId, const QString &itemId, bool ticked,
                                 QString *error);
    // Replaces the scan verdicts and evidence of every item in ENTRIES (ticks are kept) and
    // records the scanned folder and time. A null SCANNEDAT clears the scan (undo).
    [[nodiscard]] bool saveScan(qint64 projectId, const QString &path, const QDateTime &scannedAt,
                                const QList<ChecklistEntry> &entries, QString *error);

    // Skills per roadmap category and how many are demonstrated by a project.
    std::optional<QList<CategoryCoverage>> skillCoverage(QString *error) const;

private:
    bool writeMetrics(qint64 projectId, const QList<ProjectMetric> &metrics, QString *error);

    QSqlDatabase m_db;
};
