// The skills tree's structure, editing and drag and drop. What each cell shows is in
// skillsmodeldata.cpp.
#include "skillsmodel.h"

#include "moveskillcommand.h"
#include "renamegroupcommand.h"
#include "reordergroupscommand.h"
#include "roadmapstore.h"
#include "setskillfieldcommand.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
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
    connect(store, &RoadmapStore::groupChanged, this, [this](RoadmapGroup::Kind kind, qint64 id) {
        if (kind != m_grouping)
            return;
        if (const QModelIndex group = indexOfGroup(id); group.isValid())
            emit dataChanged(group, group.siblingAtColumn(ColumnCount - 1));
    });
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
