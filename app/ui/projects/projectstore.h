#pragma once

#include "common/areastore.h"
#include "domain/checklistentry.h"
#include "domain/project.h"
#include "domain/projectimage.h"

#include <QDateTime>
#include <QList>

#include <optional>

// The Projects area's store: the one place its edits are written, each in one transaction
// (AreaStore::write). Called by the undo commands only; the list model reads and the page
// re-reads it when projectChanged() says so.
class ProjectStore : public AreaStore
{
    Q_OBJECT
public:
    // What a repository scan left on a project: the folder, when, and the verdicts with their
    // evidence. A null scannedAt is "never scanned".
    struct Scan
    {
        QString path;
        QDateTime scannedAt;
        QList<ChecklistEntry> entries;
    };

    // What a delete takes with it, so that undo can restore all of it.
    struct Removal
    {
        Project project;
        QList<ProjectImage> images;
        QList<ChecklistEntry> checklist;
    };

    explicit ProjectStore(const WorkbenchContext &context, QObject *parent = nullptr);

    // Adds P (P.id != 0 restores that id); the result carries the new id.
    WriteResult add(const Project &p);
    // Restores a deleted project with its images and checklist under their old ids.
    WriteResult restore(const Removal &removal);
    WriteResult update(const Project &p);
    WriteResult remove(qint64 id);
    // Stores the order of IDS (featured projects stay first when listed).
    WriteResult setOrder(const QList<qint64> &ids);
    WriteResult setTicked(qint64 projectId, const QString &itemId, bool ticked);
    WriteResult saveScan(qint64 projectId, const Scan &scan);
    // The new image's id in the result; IMAGE.id != 0 restores that id.
    WriteResult addImage(const ProjectImage &image);
    WriteResult removeImage(qint64 projectId, qint64 imageId);

    // Everything a delete of ID removes; nullopt (and failed()) when it cannot be read, so
    // that a delete never goes ahead without what its undo needs.
    std::optional<Removal> removal(qint64 id);
    // The project's scan as stored now (what undo of a new scan goes back to).
    std::optional<Scan> currentScan(qint64 projectId);

signals:
    // Project ID was added, changed or removed: views re-read it.
    void projectChanged(qint64 id);
};
