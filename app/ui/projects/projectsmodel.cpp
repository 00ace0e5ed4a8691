#include "projectsmodel.h"

#include "calc/impactline.h"
#include "db/projectrepository.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace {
const QString MimeType = u"application/x-careerworkbench-project-ids"_s;
}

ProjectsModel::ProjectsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

bool ProjectsModel::reload(const QSqlDatabase &db, QString *error)
{
    ProjectRepository repo(db);
    const auto projects = repo.all(error);
    if (!projects)
        return false;
    const auto checklists = repo.checklists(error);
    if (!checklists)
        return false;
    setProjects(*projects, *checklists);
    return true;
}

void ProjectsModel::setProjects(const QList<Project> &projects,
                                const QHash<qint64, QList<ChecklistEntry>> &checklists)
{
    beginResetModel();
    m_projects = projects;
    m_readiness.clear();
    for (const Project &p : std::as_const(m_projects))
        m_readiness << ReadinessScore::evaluate(p, checklists.value(p.id));
    endResetModel();
}

int ProjectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_projects.size());
}

int ProjectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Project &p = m_projects.at(index.row());
    const ReadinessScore::Result &r = m_readiness.at(index.row());
    switch (role) {
    case ProjectIdRole:
        return p.id;
    case ScoreRole:
        return r.score;
    case FeaturedRole:
        return p.featured;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return p.featured ? QString(QChar(0x2605)) + u' ' + p.name : p.name;
        case Status:
            return Project::statusName(p.status);
        case Readiness:
            return QLocale().toString(r.score);
        case Impact:
            return p.metrics.isEmpty() ? QString() : ImpactLine::text(p.metrics.first());
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Title)
            return p.pitch.isEmpty() ? p.name : p.name + u'\n' + p.pitch;
        if (index.column() == Impact) {
            QStringList lines;
            for (const ProjectMetric &m : p.metrics)
                lines << ImpactLine::text(m);
            return lines.join(u'\n');
        }
        if (index.column() == Readiness)
            return tr("%n item(s) missing", nullptr, int(r.missing().size()));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Readiness)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ProjectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Project");
    case Status:
        return tr("Status");
    case Readiness:
        return tr("Readiness");
    case Impact:
        return tr("Result");
    }
    return {};
}

Qt::ItemFlags ProjectsModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return base | Qt::ItemIsDropEnabled;
    return base | Qt::ItemIsDragEnabled;
}

Qt::DropActions ProjectsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList ProjectsModel::mimeTypes() const
{
    return {MimeType};
}

QMimeData *ProjectsModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &i : indexes) {
        const qint64 id = m_projects.value(i.row()).id;
        if (i.isValid() && !ids.contains(id))
            ids << id;
    }
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << ids;
    auto *mime = new QMimeData;
    mime->setData(MimeType, bytes);
    return mime;
}

bool ProjectsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                    const QModelIndex &) const
{
    return data && data->hasFormat(MimeType) && action == Qt::MoveAction;
}

bool ProjectsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QList<qint64> moved;
    QDataStream in(data->data(MimeType));
    in >> moved;
    if (moved.isEmpty())
        return false;
    // Dropped on a row: before it; between rows: at ROW; below the last: at the end.
    int target = row >= 0 ? row : parent.isValid() ? parent.row() : int(m_projects.size());
    QList<qint64> ids = order();
    for (const qint64 id : std::as_const(moved)) {
        const int at = int(ids.indexOf(id));
        if (at < 0)
            return false;
        if (at < target)
            --target;
        ids.removeAt(at);
    }
    for (qsizetype i = 0; i < moved.size(); ++i)
        ids.insert(target + i, moved.at(i));
    if (ids == order())
        return false;
    emit reorderRequested(ids);
    // The rows move when the command has written the order and the page reloads.
    return false;
}

const Project *ProjectsModel::projectAt(int row) const
{
    return row >= 0 && row < m_projects.size() ? &m_projects.at(row) : nullptr;
}

int ProjectsModel::rowOf(qint64 projectId) const
{
    for (qsizetype i = 0; i < m_projects.size(); ++i) {
        if (m_projects.at(i).id == projectId)
            return int(i);
    }
    return -1;
}

ReadinessScore::Result ProjectsModel::readinessAt(int row) const
{
    return m_readiness.value(row);
}

QList<qint64> ProjectsModel::order() const
{
    QList<qint64> ids;
    for (const Project &p : m_projects)
        ids << p.id;
    return ids;
}
