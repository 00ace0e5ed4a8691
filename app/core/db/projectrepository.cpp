#include "projectrepository.h"

#include "sqlhelpers.h"

#include "domain/readinessitem.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;
using SqlHelpers::failWith;
using SqlHelpers::textValue;

namespace {

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType::fromType<QString>());
}

QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), Qt::ISODate);
}

const QString SelectProject
    = u"SELECT id, name, pitch, problem, approach, architecture_notes, dataset, role, status, "
      "started_on, finished_on, repository_url, demo_url, target_industry, target_company, "
      "highlights, featured, position, scan_path, scanned_at FROM projects "_s;

Project readProject(const QSqlQuery &q)
{
    Project p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.pitch = q.value(2).toString();
    p.problem = q.value(3).toString();
    p.approach = q.value(4).toString();
    p.architectureNotes = q.value(5).toString();
    p.dataset = q.value(6).toString();
    p.role = q.value(7).toString();
    p.status = Project::statusFromKey(q.value(8).toString()).value_or(Project::Status::Idea);
    p.startedOn = toDate(q.value(9));
    p.finishedOn = toDate(q.value(10));
    p.repositoryUrl = q.value(11).toString();
    p.demoUrl = q.value(12).toString();
    p.targetIndustry = q.value(13).toString();
    p.targetCompany = q.value(14).toString();
    p.highlights = q.value(15).toString();
    p.featured = q.value(16).toInt() != 0;
    p.position = q.value(17).toInt();
    p.scanPath = q.value(18).toString();
    if (!q.value(19).isNull())
        p.scannedAt = QDateTime::fromString(q.value(19).toString(), Qt::ISODate);
    return p;
}

void bindProject(QSqlQuery &q, const Project &p)
{
    q.bindValue(u":name"_s, p.name.trimmed());
    q.bindValue(u":pitch"_s, textValue(p.pitch));
    q.bindValue(u":problem"_s, textValue(p.problem));
    q.bindValue(u":approach"_s, textValue(p.approach));
    q.bindValue(u":architecture"_s, textValue(p.architectureNotes));
    q.bindValue(u":dataset"_s, textValue(p.dataset));
    q.bindValue(u":role"_s, textValue(p.role));
    q.bindValue(u":status"_s, Project::statusKey(p.status));
    q.bindValue(u":started"_s, dateValue(p.startedOn));
    q.bindValue(u":finished"_s, dateValue(p.finishedOn));
    q.bindValue(u":repository"_s, textValue(p.repositoryUrl.trimmed()));
    q.bindValue(u":demo"_s, textValue(p.demoUrl.trimmed()));
    q.bindValue(u":industry"_s, textValue(p.targetIndustry));
    q.bindValue(u":company"_s, textValue(p.targetCompany));
    q.bindValue(u":highlights"_s, textValue(p.highlights));
    q.bindValue(u":featured"_s, p.featured ? 1 : 0);
}

// Checklist keys written before schema 2 (and still by older demo data), by their new id.
QString currentItemId(const QString &key)
{
    static const QHash<QString, QString> legacy = {
        {u"install_instructions"_s, u"readme_install"_s},
        {u"coverage_report"_s, u"coverage"_s},
        {u"environment_file"_s, u"environment"_s},
        {u"relative_paths"_s, u"absolute_paths"_s},
        {u"secrets_documented"_s, u"secrets"_s},
        {u"ci_pipeline"_s, u"ci"_s},
        {u"architecture_diagram"_s, u"architecture"_s},
        {u"results_quantified"_s, u"results"_s},
    };
    return legacy.value(key, key);
}

QStringList legacyKeysOf(const QString &itemId)
{
    QStringList out;
    for (const QString &key :
         {u"install_instructions"_s, u"coverage_report"_s, u"environment_file"_s,
          u"relative_paths"_s, u"secrets_documented"_s, u"ci_pipeline"_s, u"architecture_diagram"_s,
          u"results_quantified"_s}) {
        if (currentItemId(key) == itemId)
            out << key;
    }
    return out;
}

} // namespace

ProjectRepository::ProjectRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<QList<Project>> ProjectRepository::all(QString *error) const
{
    QList<Project> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(SelectProject + u"ORDER BY featured DESC, position, id"_s)) {
        failWith(q, error);
        return std::nullopt;
    }
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), out.size());
        out << readProject(q);
    }
    QSqlQuery m(m_db);
    m.setForwardOnly(true);
    if (!m.exec(u"SELECT project_id, id, name, baseline, achieved, unit, higher_is_better "
                "FROM project_metrics ORDER BY project_id, position, id"_s)) {
        failWith(m, error);
        return std::nullopt;
    }
    while (m.next()) {
        const auto it = index.constFind(m.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        ProjectMetric metric;
        metric.id = m.value(1).toLongLong();
        metric.name = m.value(2).toString();
        if (!m.value(3).isNull())
            metric.baseline = m.value(3).toDouble();
        metric.achieved = m.value(4).toDouble();
        metric.unit = m.value(5).toString();
        metric.higherIsBetter = m.value(6).toInt() != 0;
        out[*it].metrics << metric;
    }
    QSqlQuery s(m_db);
    s.setForwardOnly(true);
    if (!s.exec(
            u"SELECT project_id, skill_id FROM project_skills ORDER BY project_id, skill_id"_s)) {
        failWith(s, error);
        return std::nullopt;
    }
    while (s.next()) {
        const auto it = index.constFind(s.value(0).toLongLong());
        if (it != index.constEnd())
            out[*it].skillIds << s.value(1).toLongLong();
    }
    return out;
}

std::optional<Project> ProjectRepository::find(qint64 id, QString *error) const
{
    // Few projects per workbench: one read path keeps metrics and skills consistent.
    const std::optional<QList<Project>> projects = all(error);
    if (!projects)
        return std::nullopt;
    for (const Project &p : *projects) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

qint64 ProjectRepository::insert(const Project &p, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO projects (id, name, pitch, problem, approach, architecture_notes, "
              "dataset, role, status, started_on, finished_on, repository_url, demo_url, "
              "target_industry, target_company, highlights, featured, position) VALUES (:id, "
              ":name, :pitch, :problem, :approach, :architecture, :dataset, :role, :status, "
              ":started, :finished, :repository, :demo, :industry, :company, :highlights, "
              ":featured, COALESCE(:position, (SELECT COALESCE(max(position), -1) + 1 FROM "
              "projects)))"_s);
    q.bindValue(u":id"_s, p.id != 0 ? QVariant(p.id) : QVariant(QMetaType::fromType<qint64>()));
    bindProject(q, p);
    q.bindValue(u":position"_s,
                p.id != 0 ? QVariant(p.position) : QVariant(QMetaType::fromType<int>()));
    if (!q.exec()) {
        failWith(q, error);
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (!writeMetrics(id, p.metrics, error) || !setSkills(id, p.skillIds, error))
        return 0;
    return id;
}

bool ProjectRepository::update(const Project &p, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE projects SET name = :name, pitch = :pitch, problem = :problem, "
              "approach = :approach, architecture_notes = :architecture, dataset = :dataset, "
              "role = :role, status = :status, started_on = :started, finished_on = :finished, "
              "repository_url = :repository, demo_url = :demo, target_industry = :industry, "
              "target_company = :company, highlights = :highlights, featured = :featured, "
              "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = :id"_s);
    bindProject(q, p);
    q.bindValue(u":id"_s, p.id);
    if (!q.exec())
        return failWith(q, error);
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = QObject::tr("The project no longer exists.");
        return false;
    }
    QSqlQuery d(m_db);
    d.prepare(u"DELETE FROM project_metrics WHERE project_id = ?"_s);
    d.addBindValue(p.id);
    if (!d.exec())
        return failWith(d, error);
    return writeMetrics(p.id, p.metrics, error) && setSkills(p.id, p.skillIds, error);
}

bool ProjectRepository::writeMetrics(qint64 projectId, const QList<ProjectMetric> &metrics,
                                     QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO project_metrics (id, project_id, name, baseline, achieved, unit, "
              "higher_is_better, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        const ProjectMetric &m = metrics.at(i);
        q.addBindValue(m.id != 0 ? QVariant(m.id) : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(projectId);
        q.addBindValue(m.name.trimmed());
        q.addBindValue(m.baseline ? QVariant(*m.baseline)
                                  : QVariant(QMetaType::fromType<double>()));
        q.addBindValue(m.achieved);
        q.addBindValue(textValue(m.unit.trimmed()));
        q.addBindValue(m.higherIsBetter ? 1 : 0);
        q.addBindValue(int(i));
        if (!q.exec())
            return failWith(q, error);
    }
    return true;
}

bool ProjectRepository::remove(qint64 id, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM projects WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec() || failWith(q, error);
}

bool ProjectRepository::setOrder(const QList<qint64> &ids, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE projects SET position = ? WHERE id = ?"_s);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        q.addBindValue(int(i));
        q.addBindValue(ids.at(i));
        if (!q.exec())
            return failWith(q, error);
    }
    return true;
}

bool ProjectRepository::setSkills(qint64 projectId, const QList<qint64> &skillIds, QString *error)
{
    QSqlQuery d(m_db);
    d.prepare(u"DELETE FROM project_skills WHERE project_id = ?"_s);
    d.addBindValue(projectId);
    if (!d.exec())
        return failWith(d, error);
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR IGNORE INTO project_skills (project_id, skill_id) VALUES (?, ?)"_s);
    for (const qint64 skill : skillIds) {
        q.addBindValue(projectId);
        q.addBindValue(skill);
        if (!q.exec())
            return failWith(q, error);
    }
    return true;
}

std::optional<QList<ProjectImage>> ProjectRepository::images(qint64 projectId, QString *error) const
{
    QList<ProjectImage> out;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, caption, mime_type, data, position FROM project_images "
              "WHERE project_id = ? ORDER BY position, id"_s);
    q.addBindValue(projectId);
    if (!q.exec()) {
        failWith(q, error);
        return std::nullopt;
    }
    while (q.next()) {
        ProjectImage image;
        image.id = q.value(0).toLongLong();
        image.projectId = projectId;
        image.caption = q.value(1).toString();
        image.mimeType = q.value(2).toString();
        image.data = q.value(3).toByteArray();
        image.position = q.value(4).toInt();
        out << image;
    }
    return out;
}

qint64 ProjectRepository::addImage(const ProjectImage &image, QString *error)
{
    if (image.data.size() > ProjectImage::MaxBytes) {
        if (error)
            *error = QObject::tr("The image is too large to store.");
        return 0;
    }
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO project_images (id, project_id, caption, mime_type, data, position) "
              "VALUES (?, ?, ?, ?, ?, COALESCE(?, (SELECT COALESCE(max(position), -1) + 1 FROM "
              "project_images WHERE project_id = ?)))"_s);
    q.addBindValue(image.id != 0 ? QVariant(image.id) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(image.projectId);
    q.addBindValue(textValue(image.caption));
    q.addBindValue(image.mimeType);
    q.addBindValue(image.data);
    q.addBindValue(image.id != 0 ? QVariant(image.position) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(image.projectId);
    if (!q.exec()) {
        failWith(q, error);
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool ProjectRepository::removeImage(qint64 imageId, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM project_images WHERE id = ?"_s);
    q.addBindValue(imageId);
    return q.exec() || failWith(q, error);
}

std::optional<QHash<qint64, QList<ChecklistEntry>>>
ProjectRepository::checklists(QString *error) const
{
    QHash<qint64, QHash<QString, ChecklistEntry>> stored;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT p.id, pp.practice, pp.done, pp.scanned FROM projects p "
                "LEFT JOIN project_practices pp ON pp.project_id = p.id"_s)) {
        failWith(q, error);
        return std::nullopt;
    }
    while (q.next()) {
        auto &entries = stored[q.value(0).toLongLong()];
        if (q.value(1).isNull())
            continue;
        // A legacy key ticks its item too; the current key's own row wins for the scan.
        const QString id = currentItemId(q.value(1).toString());
        ChecklistEntry &e = entries[id];
        e.id = id;
        e.ticked = e.ticked || q.value(2).toInt() != 0;
        if (!q.value(3).isNull())
            e.scanned = q.value(3).toInt() != 0;
    }
    QSqlQuery ev(m_db);
    ev.setForwardOnly(true);
    if (!ev.exec(u"SELECT project_id, practice, file, line, text FROM project_practice_evidence "
                 "ORDER BY project_id, practice, position, id"_s)) {
        failWith(ev, error);
        return std::nullopt;
    }
    while (ev.next()) {
        auto &entries = stored[ev.value(0).toLongLong()];
        ChecklistEntry &e = entries[ev.value(1).toString()];
        e.id = ev.value(1).toString();
        e.evidence << ScanEvidence {ev.value(2).toString(), ev.value(3).toInt(),
                                    ev.value(4).toString()};
    }
    QHash<qint64, QList<ChecklistEntry>> out;
    const QStringList ids = ReadinessItem::ids();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        QList<ChecklistEntry> list;
        for (const QString &id : ids) {
            ChecklistEntry e = it.value().value(id);
            e.id = id;
            list << e;
        }
        out.insert(it.key(), list);
    }
    return out;
}

std::optional<QList<ChecklistEntry>> ProjectRepository::checklist(qint64 projectId,
                                                                  QString *error) const
{
    const auto all = checklists(error);
    if (!all)
        return std::nullopt;
    QList<ChecklistEntry> list = all->value(projectId);
    if (list.isEmpty()) {
        for (const QString &id : ReadinessItem::ids())
            list << ChecklistEntry {id, false, std::nullopt, {}};
    }
    return list;
}

bool ProjectRepository::setTicked(qint64 projectId, const QString &itemId, bool ticked,
                                  QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO project_practices (project_id, practice, done) VALUES (?, ?, ?) "
              "ON CONFLICT (project_id, practice) DO UPDATE SET done = excluded.done"_s);
    q.addBindValue(projectId);
    q.addBindValue(itemId);
    q.addBindValue(ticked ? 1 : 0);
    if (!q.exec())
        return failWith(q, error);
    // A tick under an older key would keep the item ticked: it goes with the user's change.
    QSqlQuery legacy(m_db);
    legacy.prepare(
        u"UPDATE project_practices SET done = 0 WHERE project_id = ? AND practice = ?"_s);
    for (const QString &key : legacyKeysOf(itemId)) {
        legacy.addBindValue(projectId);
        legacy.addBindValue(key);
        if (!legacy.exec())
            return failWith(legacy, error);
    }
    return true;
}

bool ProjectRepository::saveScan(qint64 projectId, const QString &path, const QDateTime &scannedAt,
                                 const QList<ChecklistEntry> &entries, QString *error)
{
    QSqlQuery p(m_db);
    p.prepare(u"UPDATE projects SET scan_path = ?, scanned_at = ? WHERE id = ?"_s);
    p.addBindValue(textValue(path));
    p.addBindValue(scannedAt.isValid() ? QVariant(scannedAt.toString(u"yyyy-MM-ddTHH:mm:ss"_s))
                                       : QVariant(QMetaType::fromType<QString>()));
    p.addBindValue(projectId);
    if (!p.exec())
        return failWith(p, error);
    QSqlQuery verdict(m_db), clear(m_db), add(m_db);
    verdict.prepare(u"INSERT INTO project_practices (project_id, practice, scanned) "
                    "VALUES (?, ?, ?) ON CONFLICT (project_id, practice) "
                    "DO UPDATE SET scanned = excluded.scanned"_s);
    clear.prepare(u"DELETE FROM project_practice_evidence WHERE project_id = ? AND practice = ?"_s);
    add.prepare(u"INSERT INTO project_practice_evidence (project_id, practice, file, line, text, "
                "position) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const ChecklistEntry &e : entries) {
        verdict.addBindValue(projectId);
        verdict.addBindValue(e.id);
        verdict.addBindValue(e.scanned ? QVariant(*e.scanned ? 1 : 0)
                                       : QVariant(QMetaType::fromType<int>()));
        clear.addBindValue(projectId);
        clear.addBindValue(e.id);
        if (!verdict.exec())
            return failWith(verdict, error);
        if (!clear.exec())
            return failWith(clear, error);
        for (qsizetype i = 0; i < e.evidence.size(); ++i) {
            const ScanEvidence &ev = e.evidence.at(i);
            add.addBindValue(projectId);
            add.addBindValue(e.id);
            add.addBindValue(textValue(ev.file));
            add.addBindValue(ev.line > 0 ? QVariant(ev.line)
                                         : QVariant(QMetaType::fromType<int>()));
            add.addBindValue(textValue(ev.text));
            add.addBindValue(int(i));
            if (!add.exec())
                return failWith(add, error);
        }
    }
    return true;
}

std::optional<QList<ProjectRepository::CategoryCoverage>>
ProjectRepository::skillCoverage(QString *error) const
{
    QList<CategoryCoverage> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT c.name, count(DISTINCT s.id), count(DISTINCT ps.skill_id) FROM "
                u"skill_categories c "
                "JOIN skills s ON s.category_id = c.id "
                "LEFT JOIN project_skills ps ON ps.skill_id = s.id "
                "GROUP BY c.id ORDER BY c.position, c.name"_s)) {
        failWith(q, error);
        return std::nullopt;
    }
    while (q.next())
        out << CategoryCoverage {q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt()};
    return out;
}
