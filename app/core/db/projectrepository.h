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
// Transaction. Every read returns an empty list / nullopt and sets *ERROR on failure.
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
    QList<Project> all(QString *error = nullptr) const;
    std::optional<Project> find(qint64 id, QString *error = nullptr) const;
    // Inserts P with its metrics and skills; P.id != 0 restores that id (undo of a delete).
    // Metric ids are kept when given. Returns the id, or 0 on failure.
    qint64 insert(const Project &p, QString *error = nullptr);
    // Writes P's fields, and replaces its metrics and skills.
    bool update(const Project &p, QString *error = nullptr);
    // Deletes the project; metrics, links, images and checklist go with it (cascade).
    bool remove(qint64 id, QString *error = nullptr);
    // Stores IDS's order as their positions (drag to reorder).
    bool setOrder(const QList<qint64> &ids, QString *error = nullptr);
    bool setSkills(qint64 projectId, const QList<qint64> &skillIds, QString *error = nullptr);

    // Images without their bytes' decoding; in display order.
    QList<ProjectImage> images(qint64 projectId, QString *error = nullptr) const;
    // Inserts IMAGE (image.id != 0 restores that id). Returns the id, or 0 on failure (an
    // image over ProjectImage::MaxBytes is refused).
    qint64 addImage(const ProjectImage &image, QString *error = nullptr);
    bool removeImage(qint64 imageId, QString *error = nullptr);

    // The checklist as stored: one entry per ReadinessItem id, in checklist order.
    QList<ChecklistEntry> checklist(qint64 projectId, QString *error = nullptr) const;
    // Every project's checklist, by project id (the readiness chart).
    QHash<qint64, QList<ChecklistEntry>> checklists(QString *error = nullptr) const;
    bool setTicked(qint64 projectId, const QString &itemId, bool ticked, QString *error = nullptr);
    // Replaces the scan verdicts and evidence of every item in ENTRIES (ticks are kept) and
    // records the scanned folder and time. A null SCANNEDAT clears the scan (undo).
    bool saveScan(qint64 projectId, const QString &path, const QDateTime &scannedAt,
                  const QList<ChecklistEntry> &entries, QString *error = nullptr);

    // Skills per roadmap category and how many are demonstrated by a project.
    QList<CategoryCoverage> skillCoverage(QString *error = nullptr) const;

private:
    bool writeMetrics(qint64 projectId, const QList<ProjectMetric> &metrics, QString *error);

    QSqlDatabase m_db;
};
