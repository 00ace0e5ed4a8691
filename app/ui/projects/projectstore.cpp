#include "projectstore.h"

#include "db/projectrepository.h"

namespace {
// Projects are evidence on the Skills page and material for reports.
constexpr auto Areas = ChangeNotifier::Projects | ChangeNotifier::Skills;
} // namespace

ProjectStore::ProjectStore(const WorkbenchContext &context, QObject *parent)
    : AreaStore(context, parent)
{ }

WriteResult ProjectStore::add(const Project &p)
{
    const WriteResult r = write(Areas, tr("The project could not be saved"), [&] {
        QString error;
        const qint64 id = ProjectRepository(connection()).insert(p, &error);
        return id > 0 ? WriteResult::success(id) : WriteResult::failure(error);
    });
    if (r.ok())
        emit projectChanged(r.id());
    return r;
}

WriteResult ProjectStore::restore(const Removal &removal)
{
    const WriteResult r = write(Areas, tr("The project could not be restored"), [&] {
        ProjectRepository repo(connection());
        QString error;
        const qint64 id = repo.insert(removal.project, &error);
        if (id <= 0)
            return WriteResult::failure(error);
        for (const ProjectImage &image : removal.images) {
            if (repo.addImage(image, &error) <= 0)
                return WriteResult::failure(error);
        }
        // Only what the user or a scan put there; untouched items have no row.
        QList<ChecklistEntry> scanned;
        for (const ChecklistEntry &e : removal.checklist) {
            if (e.scanned || !e.evidence.isEmpty())
                scanned << e;
        }
        if (!repo.saveScan(id, removal.project.scanPath, removal.project.scannedAt, scanned,
                           &error))
            return WriteResult::failure(error);
        for (const ChecklistEntry &e : removal.checklist) {
            if (e.ticked && !repo.setTicked(id, e.id, true, &error))
                return WriteResult::failure(error);
        }
        return WriteResult::success(id);
    });
    if (r.ok())
        emit projectChanged(r.id());
    return r;
}

WriteResult ProjectStore::update(const Project &p)
{
    const WriteResult r = write(Areas, tr("The project could not be saved"), [&] {
        QString error;
        const bool ok = ProjectRepository(connection()).update(p, &error);
        return WriteResult::check(ok, error);
    });
    if (r.ok())
        emit projectChanged(p.id);
    return r;
}

WriteResult ProjectStore::remove(qint64 id)
{
    const WriteResult r = write(Areas, tr("The project could not be deleted"), [&] {
        QString error;
        const bool ok = ProjectRepository(connection()).remove(id, &error);
        return WriteResult::check(ok, error);
    });
    if (r.ok())
        emit projectChanged(id);
    return r;
}

WriteResult ProjectStore::setOrder(const QList<qint64> &ids)
{
    const WriteResult r
        = write(ChangeNotifier::Projects, tr("The new order could not be saved"), [&] {
              QString error;
              const bool ok = ProjectRepository(connection()).setOrder(ids, &error);
              return WriteResult::check(ok, error);
          });
    if (r.ok())
        emit projectChanged(0);
    return r;
}

WriteResult ProjectStore::setTicked(qint64 projectId, const QString &itemId, bool ticked)
{
    const WriteResult r
        = write(ChangeNotifier::Projects, tr("The checklist could not be saved"), [&] {
              QString error;
              const bool ok
                  = ProjectRepository(connection()).setTicked(projectId, itemId, ticked, &error);
              return WriteResult::check(ok, error);
          });
    if (r.ok())
        emit projectChanged(projectId);
    return r;
}

WriteResult ProjectStore::saveScan(qint64 projectId, const Scan &scan)
{
    const WriteResult r = write(ChangeNotifier::Projects, tr("The scan could not be saved"), [&] {
        QString error;
        const bool ok = ProjectRepository(connection())
                            .saveScan(projectId, scan.path, scan.scannedAt, scan.entries, &error);
        return WriteResult::check(ok, error);
    });
    if (r.ok())
        emit projectChanged(projectId);
    return r;
}

WriteResult ProjectStore::addImage(const ProjectImage &image)
{
    const WriteResult r = write(ChangeNotifier::Projects, tr("The image could not be saved"), [&] {
        QString error;
        const qint64 id = ProjectRepository(connection()).addImage(image, &error);
        return id > 0 ? WriteResult::success(id) : WriteResult::failure(error);
    });
    if (r.ok())
        emit projectChanged(image.projectId);
    return r;
}

WriteResult ProjectStore::removeImage(qint64 projectId, qint64 imageId)
{
    const WriteResult r
        = write(ChangeNotifier::Projects, tr("The image could not be removed"), [&] {
              QString error;
              const bool ok = ProjectRepository(connection()).removeImage(imageId, &error);
              return WriteResult::check(ok, error);
          });
    if (r.ok())
        emit projectChanged(projectId);
    return r;
}

std::optional<ProjectStore::Removal> ProjectStore::removal(qint64 id)
{
    ProjectRepository repo(connection());
    QString error;
    const std::optional<Project> p = repo.find(id, &error);
    if (!p) {
        reportFailure(tr("The project cannot be read, so it was not deleted: %1")
                          .arg(error.isEmpty() ? tr("it no longer exists") : error));
        return std::nullopt;
    }
    const auto images = repo.images(id, &error);
    const auto checklist = images ? repo.checklist(id, &error) : std::nullopt;
    if (!checklist) {
        reportFailure(tr("The images or checklist of %1 cannot be read, so it was not "
                         "deleted: %2")
                          .arg(p->name, error));
        return std::nullopt;
    }
    return Removal {*p, *images, *checklist};
}

std::optional<ProjectStore::Scan> ProjectStore::currentScan(qint64 projectId)
{
    ProjectRepository repo(connection());
    QString error;
    const std::optional<Project> p = repo.find(projectId, &error);
    const auto entries = p ? repo.checklist(projectId, &error) : std::nullopt;
    if (!entries) {
        reportFailure(tr("The project's checklist cannot be read: %1")
                          .arg(error.isEmpty() ? tr("it no longer exists") : error));
        return std::nullopt;
    }
    return Scan {p->scanPath, p->scannedAt, *entries};
}
