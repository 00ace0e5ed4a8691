#include "jobmatchmodel.h"

#include <QColor>
#include <QPainter>
#include <QPixmap>

JobMatchModel::JobMatchModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void JobMatchModel::setMatch(const JobMatch &match)
{
    beginResetModel();
    m_match = match;
    endResetModel();
}

int JobMatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_match.requirements.size());
}

int JobMatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobMatchModel::statusText(JobMatch::Status status)
{
    switch (status) {
    case JobMatch::Status::Proven:
        return tr("Proven");
    case JobMatch::Status::Claimed:
        return tr("Claimed");
    case JobMatch::Status::Missing:
        break;
    }
    return tr("Missing");
}

static QPixmap statusDot(JobMatch::Status status)
{
    // The word says it too: colour only helps the eye down the column.
    static const QColor colours[]
        = {QColor(0x2e, 0x7d, 0x32), QColor(0xef, 0x9a, 0x00), QColor(0xc6, 0x28, 0x28)};
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colours[int(status)]);
    painter.drawEllipse(1, 1, 10, 10);
    return pixmap;
}

QVariant JobMatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobMatch::Requirement &r = m_match.requirements.at(index.row());
    if (role == StatusKeyRole)
        return JobMatch::statusKey(r.status);
    if (role == SkillIdRole)
        return r.skillId;
    if (role == Qt::DecorationRole && index.column() == Status)
        return statusDot(r.status);
    if (role == Qt::ToolTipRole) {
        if (index.column() == Evidence && !r.evidence.isEmpty())
            return r.evidence.join(u'\n');
        if (index.column() == Status) {
            switch (r.status) {
            case JobMatch::Status::Proven:
                return tr("You have this skill and evidence that shows it.");
            case JobMatch::Status::Claimed:
                return tr("You have a level in this skill but nothing that shows it yet: link a "
                          "project, an earned certification or interview practice.");
            case JobMatch::Status::Missing:
                return r.skillId ? tr("On your roadmap, not started yet.")
                                 : tr("Not on your roadmap.");
            }
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Requirement:
        return r.name;
    case Status:
        return statusText(r.status);
    case Skill:
        if (!r.skillId)
            return tr("(not on the roadmap)");
        //: %1 skill, %2 current level, %3 target level
        return tr("%1 (level %2 of %3)").arg(r.skill).arg(r.level).arg(r.target);
    case Evidence:
        return r.evidence.join(u"; ");
    default:
        return {};
    }
}

QVariant JobMatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Requirement:
        return tr("Requirement");
    case Status:
        return tr("Status");
    case Skill:
        return tr("Roadmap skill");
    case Evidence:
        return tr("Evidence");
    default:
        return {};
    }
}
