#include "skillsmodel.h"

#include "domain/skilltext.h"
#include "moveskillcommand.h"
#include "renamegroupcommand.h"
#include "reordergroupscommand.h"
#include "roadmapstore.h"
#include "setskillfieldcommand.h"

#include <QApplication>
#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <QStyle>
#include <QUndoStack>

using namespace Qt::StringLiterals;

static const auto SkillMime = "application/x-careerworkbench-skill-ids"_L1;
static const auto GroupMime = "application/x-careerworkbench-group-id"_L1;

SkillsModel::SkillsModel(RoadmapStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    connect(store, &RoadmapStore::aboutToReset, this, [this] { beginResetModel(); });
    connect(store, &RoadmapStore::reset, this, [this] {
        regroup();
        endResetModel();
    });
    connect(store, &RoadmapStore::skillChanged, this, &SkillsModel::onSkillChanged);
    regroup();
}

void SkillsModel::setGrouping(RoadmapGroup::Kind kind)
{
    if (kind == m_grouping)
        return;
    beginResetModel();
    m_grouping = kind;
    regroup();
    endResetModel();
}

void SkillsModel::regroup()
{
    m_groups.clear();
    m_location.clear();
    const Roadmap &r = m_store->roadmap();
    QHash<qint64, int> rowOf;
    for (const RoadmapGroup &g : r.groups(m_grouping)) {
        rowOf.insert(g.id, int(m_groups.size()));
        m_groups << Group {g.id, {}};
    }
    for (int i = 0; i < r.skills.size(); ++i) {
        const Skill &s = r.skills[i];
        const int g
            = rowOf.value(m_grouping == RoadmapGroup::Kind::Stage ? s.stageId : s.categoryId, -1);
        if (g < 0)
            continue;
        m_location.insert(s.id, qMakePair(g, int(m_groups[g].skills.size())));
        m_groups[g].skills << i;
    }
}

void SkillsModel::onSkillChanged(qint64 id)
{
    const auto loc = m_location.value(id, qMakePair(-1, -1));
    if (loc.first < 0)
        return;
    const QModelIndex group = index(loc.first, 0);
    emit dataChanged(index(loc.second, 0, group), index(loc.second, ColumnCount - 1, group));
    emit dataChanged(group, index(loc.first, ColumnCount - 1)); // totals on the group row
}

QModelIndex SkillsModel::indexOfSkill(qint64 id, int column) const
{
    const auto loc = m_location.value(id, qMakePair(-1, -1));
    return loc.first < 0 ? QModelIndex() : index(loc.second, column, index(loc.first, 0));
}

QModelIndex SkillsModel::indexOfGroup(qint64 id) const
{
    for (int i = 0; i < m_groups.size(); ++i)
        if (m_groups[i].id == id)
            return index(i, 0);
    return {};
}

// Internal id: 0 for a group row, group row + 1 for a skill row.
QModelIndex SkillsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups[parent.row()].skills.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex SkillsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int SkillsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups[parent.row()].skills.size());
}

int SkillsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const Skill *SkillsModel::skillAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const Group &g = m_groups[int(index.internalId() - 1)];
    return &m_store->roadmap().skills[g.skills[index.row()]];
}

QVariant SkillsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (const Skill *s = skillAt(index))
        return skillData(*s, index.column(), role);
    return groupData(index.row(), index.column(), role);
}

static QString levelText(int level)
{
    return SkillsModel::tr("%1 %2").arg(QLocale().toString(level), SkillText::levelName(level));
}

static QString hoursText(double hours)
{
    return hours <= 0 ? QString() : QLocale().toString(hours, 'f', 1);
}

QVariant SkillsModel::skillData(const Skill &s, int column, int role) const
{
    switch (role) {
    case SkillIdRole:
        return s.id;
    case GroupIdRole:
        return m_grouping == RoadmapGroup::Kind::Stage ? s.stageId : s.categoryId;
    case UnprovenRole:
        return s.isUnproven();
    case Qt::TextAlignmentRole:
        return column == Name || column == Priority || column == Status || column == Current
                || column == Target
            ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (column == Evidence && s.isUnproven())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Name:
            return s.description.isEmpty() ? QVariant() : QVariant(s.description);
        case Current:
            return SkillText::levelMeaning(s.currentLevel);
        case Target:
            return SkillText::levelMeaning(s.targetLevel);
        case Evidence: {
            QString text
                = tr("%n project(s), %1, %2", nullptr, s.projectCount)
                      .arg(tr("%n earned certification(s)", nullptr, s.earnedCertificationCount),
                           tr("%n interview topic(s)", nullptr, s.topicCount));
            if (s.otherCertificationCount > 0)
                text += u'\n'
                    + tr("%n linked certification(s) not earned yet (not evidence until earned)",
                         nullptr, s.otherCertificationCount);
            if (s.isUnproven())
                text += u"\n\n"_s
                    + tr("Unproven: level %1 is a claim a hiring manager cannot verify. Link a "
                         "project, an earned certification or an interview topic that shows it.")
                          .arg(QLocale().toString(s.currentLevel));
            return text;
        }
        case Hours:
            return tr("%1 hours studied").arg(QLocale().toString(s.hoursStudied(), 'f', 1));
        }
        return {};
    case SortRole:
        switch (column) {
        case Name:
            return s.name;
        case Current:
            return s.currentLevel;
        case Target:
            return s.targetLevel;
        case Gap:
            return s.gap();
        case Priority:
            return s.priority;
        case Status:
            return int(s.status);
        case Evidence:
            return s.evidenceCount();
        case Hours:
            return s.minutesStudied;
        }
        return {};
    case Qt::EditRole:
        switch (column) {
        case Name:
            return s.name;
        case Current:
            return s.currentLevel;
        case Target:
            return s.targetLevel;
        case Priority:
            return s.priority;
        case Status:
            return int(s.status);
        }
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return s.name;
        case Current:
            return levelText(s.currentLevel);
        case Target:
            return levelText(s.targetLevel);
        case Gap:
            return QLocale().toString(s.gap());
        case Priority:
            return SkillText::priorityName(s.priority);
        case Status:
            return SkillText::statusName(s.status);
        case Evidence:
            return s.isUnproven() ? tr("Unproven") : QLocale().toString(s.evidenceCount());
        case Hours:
            return hoursText(s.hoursStudied());
        }
        return {};
    }
    return {};
}

QVariant SkillsModel::groupData(int row, int column, int role) const
{
    const Group &g = m_groups[row];
    const RoadmapGroup *info = m_store->group(m_grouping, g.id);
    const QList<Skill> &skills = m_store->roadmap().skills;
    auto sum = [&](auto value) {
        int total = 0;
        for (int i : g.skills)
            total += value(skills[i]);
        return total;
    };
    switch (role) {
    case GroupIdRole:
        return g.id;
    case SkillIdRole:
        return 0;
    case Qt::FontRole: {
        QFont f;
        f.setBold(true);
        return f;
    }
    case Qt::TextAlignmentRole:
        return column == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::EditRole:
        return column == Name && info ? QVariant(info->name) : QVariant();
    case Qt::ToolTipRole:
        return column == Name && info && !info->description.isEmpty() ? QVariant(info->description)
                                                                      : QVariant();
    case SortRole:
        return row;
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return info ? tr("%1 (%2)").arg(info->name, QLocale().toString(g.skills.size()))
                        : QVariant();
        case Gap: {
            const int gap = sum(
                [](const Skill &s) { return s.status == Skill::Status::Skipped ? 0 : s.gap(); });
            return QLocale().toString(gap);
        }
        case Evidence:
            return QLocale().toString(sum([](const Skill &s) { return s.evidenceCount(); }));
        case Hours:
            return hoursText(sum([](const Skill &s) { return s.minutesStudied; }) / 60.0);
        }
        return {};
    }
    return {};
}

QVariant SkillsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return tr("Skill");
        case Current:
            return tr("Level");
        case Target:
            return tr("Target");
        case Gap:
            return tr("Gap");
        case Priority:
            return tr("Priority");
        case Status:
            return tr("Status");
        case Evidence:
            return tr("Evidence");
        case Hours:
            return tr("Hours");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Current:
            return tr("Where you stand, 0 (none) to 5 (expert). Double-click to change.");
        case Gap:
            return tr("Levels between your level and the target.");
        case Evidence:
            return tr("Projects, earned certifications and interview topics that show the skill.");
        case Hours:
            return tr("Hours logged in the study log.");
        }
    }
    return {};
}

Qt::ItemFlags SkillsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f
        = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (skillAt(index)) {
        if (index.column() == Name || index.column() == Current || index.column() == Target
            || index.column() == Priority || index.column() == Status)
            f |= Qt::ItemIsEditable;
    } else if (index.column() == Name) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool SkillsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    if (const Skill *s = skillAt(index)) {
        Skill::Field field;
        QVariant old;
        QVariant next = value;
        switch (index.column()) {
        case Name:
            field = Skill::Field::Name;
            old = s->name;
            next = value.toString().trimmed();
            if (next.toString().isEmpty())
                return false;
            break;
        case Current:
            field = Skill::Field::CurrentLevel;
            old = s->currentLevel;
            next = qBound(0, value.toInt(), int(Skill::MaxLevel));
            break;
        case Target:
            field = Skill::Field::TargetLevel;
            old = s->targetLevel;
            next = qBound(0, value.toInt(), int(Skill::MaxLevel));
            break;
        case Priority:
            field = Skill::Field::Priority;
            old = s->priority;
            next = qBound(1, value.toInt(), 4);
            break;
        case Status:
            field = Skill::Field::Status;
            old = int(s->status);
            next = qBound(0, value.toInt(), int(Skill::Status::Skipped));
            break;
        default:
            return false;
        }
        if (old == next)
            return true;
        m_store->undoStack()->push(new SetSkillFieldCommand(m_store, s->id, field, old, next));
        return true;
    }
    const RoadmapGroup *g = m_store->group(m_grouping, m_groups[index.row()].id);
    const QString name = value.toString().trimmed();
    if (!g || index.column() != Name || name.isEmpty())
        return false;
    if (name != g->name)
        m_store->undoStack()->push(
            new RenameGroupCommand(m_store, m_grouping, g->id, g->name, name));
    return true;
}

Qt::DropActions SkillsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions SkillsModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList SkillsModel::mimeTypes() const
{
    return {SkillMime, GroupMime};
}

QMimeData *SkillsModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> skills;
    qint64 group = 0;
    for (const QModelIndex &i : indexes) {
        if (i.column() != Name)
            continue;
        if (const Skill *s = skillAt(i))
            skills << s->id;
        else
            group = m_groups[i.row()].id;
    }
    auto *mime = new QMimeData;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    if (!skills.isEmpty()) {
        out << skills;
        mime->setData(SkillMime, bytes);
    } else if (group > 0) {
        out << group;
        mime->setData(GroupMime, bytes);
    }
    return mime;
}

bool SkillsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                  const QModelIndex &parent) const
{
    if (action != Qt::MoveAction)
        return false;
    if (data->hasFormat(SkillMime))
        return parent.isValid(); // onto or into a group, or onto a skill
    // Groups are reordered among themselves.
    return data->hasFormat(GroupMime) && (!parent.isValid() || parent.internalId() == 0);
}

bool SkillsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                               const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QDataStream in(data->data(data->hasFormat(SkillMime) ? SkillMime : GroupMime));
    if (data->hasFormat(SkillMime)) {
        QList<qint64> ids;
        in >> ids;
        if (parent.internalId() != 0) // dropped onto a skill: before it, in its group
            return dropSkills(ids, int(parent.internalId() - 1), parent.row());
        return dropSkills(ids, parent.row(), row);
    }
    qint64 id = 0;
    in >> id;
    return dropGroup(id, parent.isValid() ? parent.row() : row);
}

bool SkillsModel::dropSkills(const QList<qint64> &ids, int groupRow, int row)
{
    if (groupRow < 0 || groupRow >= m_groups.size() || ids.isEmpty())
        return false;
    const qint64 target = m_groups[groupRow].id;
    const QList<Skill> &skills = m_store->roadmap().skills;
    // Skills in the target group before the drop row stay before the moved ones.
    QList<qint64> before, after;
    const QList<int> &members = m_groups[groupRow].skills;
    for (int i = 0; i < members.size(); ++i) {
        const qint64 id = skills[members[i]].id;
        if (!ids.contains(id))
            ((row < 0 || i < row) ? before : after) << id;
    }
    QUndoStack *stack = m_store->undoStack();
    bool started = false;
    for (qint64 id : ids) {
        const Skill *s = m_store->skill(id);
        if (!s)
            continue;
        MoveSkillCommand::Placement from {s->stageId, s->categoryId, {}};
        MoveSkillCommand::Placement to = from;
        if (m_grouping == RoadmapGroup::Kind::Stage) {
            from.positions = m_store->stagePositions(s->stageId);
            if (s->stageId != target)
                from.positions += m_store->stagePositions(target);
            to.stageId = target;
            to.positions = MoveSkillCommand::numbered(before + QList<qint64> {id} + after);
            before << id;
        } else {
            to.categoryId = target;
        }
        if (from.stageId == to.stageId && from.categoryId == to.categoryId
            && from.positions == to.positions)
            continue;
        if (!started && ids.size() > 1)
            stack->beginMacro(tr("Move %n Skill(s)", nullptr, int(ids.size())));
        started = true;
        stack->push(new MoveSkillCommand(m_store, id, from, to));
    }
    if (started && ids.size() > 1)
        stack->endMacro();
    return true;
}

bool SkillsModel::dropGroup(qint64 id, int row)
{
    QList<qint64> order;
    for (const Group &g : std::as_const(m_groups))
        order << g.id;
    const int from = int(order.indexOf(id));
    if (from < 0)
        return false;
    QList<qint64> next = order;
    next.removeAt(from);
    int to = row < 0 ? int(next.size()) : row;
    if (row > from)
        --to;
    next.insert(qBound(0, to, int(next.size())), id);
    if (next != order)
        m_store->undoStack()->push(new ReorderGroupsCommand(m_store, m_grouping, order, next));
    return true;
}
